import Foundation
import Logging

/// One running external process speaking textpipe's JSONL protocol: a line
/// in, a line out. Writing happens on another thread while this one reads,
/// so a document larger than the pipe buffers cannot deadlock the two sides.
final class ExecWorker: @unchecked Sendable {
    private let process: Process
    private let stdinFD: Int32
    private let stdoutFD: Int32
    private let stdinHandle: FileHandle
    private let stdoutHandle: FileHandle
    private var pending: [UInt8] = []
    private let stderrTail = StderrTail()
    private let writer = DispatchQueue(label: "textpipe.exec.writer")

    init(command: [String], environment: [String: String], directory: String?, stageID: String,
         logger: Logger) throws(ExecFailure) {
        let process = Process()
        guard let program = command.first, !program.isEmpty else { throw .cannotStart("the command is empty") }
        guard let executable = ExecWorker.resolve(program, directory: directory, path: environment["PATH"]) else {
            throw .cannotStart("\(program) is not an executable file\(program.contains("/") ? "" : " on PATH")")
        }
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = Array(command.dropFirst())
        process.environment = environment
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw .cannotStart("\(command.joined(separator: " ")): \(error.localizedDescription)")
        }
        self.process = process
        stdinHandle = input.fileHandleForWriting
        stdoutHandle = output.fileHandleForReading
        stdinFD = stdinHandle.fileDescriptor
        stdoutFD = stdoutHandle.fileDescriptor
        let errorHandle = errors.fileHandleForReading
        let tail = stderrTail
        let thread = Thread {
            // Forward the plugin's stderr to the log, line by line, with the stage id.
            var partial: [UInt8] = []
            while true {
                let chunk = errorHandle.availableData
                if chunk.isEmpty { break }
                partial += chunk
                while let nl = partial.firstIndex(of: 0x0A) {
                    let line = String(decoding: partial[..<nl], as: UTF8.self)
                    partial.removeSubrange(...nl)
                    tail.remember(line)
                    logger.info("\(stageID): \(line)")
                }
            }
            if !partial.isEmpty {
                let line = String(decoding: partial, as: UTF8.self)
                tail.remember(line)
                logger.info("\(stageID): \(line)")
            }
        }
        thread.name = "textpipe.exec.stderr"
        thread.start()
    }

    deinit { terminate() }

    /// Sends one line and waits for one line back.
    func request(_ line: [UInt8], timeout: Double) throws(ExecFailure) -> [UInt8] {
        let written = DispatchSemaphore(value: 0)
        let fd = stdinFD
        writer.async {
            line.withUnsafeBufferPointer { buffer in
                var offset = 0
                while offset < buffer.count {
                    let n = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    if n < 0 {
                        if errno == EINTR { continue }
                        break  // the process has gone; the reader reports it
                    }
                    offset += n
                }
            }
            written.signal()
        }
        let deadline = Date().addingTimeInterval(timeout)
        let failure: ExecFailure
        do {
            let answer = try readLine(until: deadline, timeout: timeout)
            if written.wait(timeout: .now() + max(0.1, deadline.timeIntervalSinceNow)) == .success {
                return answer
            }
            failure = .protocolViolation("the process answered before reading the whole document; read one full line from stdin, then answer")
        } catch {
            failure = error
        }
        terminate()
        _ = written.wait(timeout: .now() + 5)
        throw failure
    }

    private func readLine(until deadline: Date, timeout: Double) throws(ExecFailure) -> [UInt8] {
        var scanned = 0
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            if let nl = pending[scanned...].firstIndex(of: 0x0A) {
                let line = Array(pending[..<nl])
                pending.removeSubrange(...nl)
                return line
            }
            scanned = pending.count
            let remaining = deadline.timeIntervalSinceNow
            if remaining <= 0 { throw .timedOut(seconds: timeout) }
            var pfd = pollfd(fd: stdoutFD, events: Int16(POLLIN), revents: 0)
            let ready = poll(&pfd, 1, Int32(min(remaining * 1000, 1000).rounded(.up)))
            if ready < 0 && errno == EINTR { continue }
            if ready <= 0 { continue }
            let n = chunk.withUnsafeMutableBufferPointer { read(stdoutFD, $0.baseAddress!, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 {
                process.waitUntilExit()
                usleep(20_000)  // let the stderr thread catch the last lines
                throw .exited(status: process.terminationStatus, stderrTail: stderrTail.text)
            }
            pending.append(contentsOf: chunk[..<n])
        }
    }

    /// Kills the process if it still runs and closes its pipes.
    func terminate() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        try? stdinHandle.close()
    }

    private static func resolve(_ program: String, directory: String?, path: String?) -> String? {
        let fm = FileManager.default
        if program.contains("/") {
            let full = program.hasPrefix("/") ? program : Paths.join(directory ?? fm.currentDirectoryPath, program)
            return fm.isExecutableFile(atPath: full) ? full : nil
        }
        for dir in (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":") {
            let candidate = Paths.join(String(dir), program)
            if fm.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}

/// The last few lines a process wrote to stderr, for error messages.
final class StderrTail: @unchecked Sendable {
    private let lock = NSLock()
    private var lines: [String] = []

    func remember(_ line: String) {
        lock.lock()
        lines.append(String(line.prefix(300)))
        if lines.count > 3 { lines.removeFirst() }
        lock.unlock()
    }

    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return lines.joined(separator: " | ")
    }
}

import TextPipe
