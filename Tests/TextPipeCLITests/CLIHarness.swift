import Foundation

/// Runs the built `textpipe` binary the way a user would, in a temporary folder.
struct CLI {
    /// A small pipeline of utility stages for end-to-end runs: fails empty
    /// documents, counts the rest.
    static let statsPipeline = """
        name: stats
        stages:
          - use: require
            with: {min_chars: 1}
          - use: stats
        """

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The binary next to the test bundle (both are products of the same build).
    static let binary: String = {
        if let env = ProcessInfo.processInfo.environment["TEXTPIPE_BINARY"] { return env }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = dir.appendingPathComponent("textpipe").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/textpipe").path
    }()

    let directory: String

    /// Runs to completion.
    @discardableResult
    func run(_ arguments: [String], stdin: String? = nil) throws -> Result {
        let process = start(arguments, stdin: stdin)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        if let stdin, let input = process.standardInput as? Pipe {
            input.fileHandleForWriting.write(Data(stdin.utf8))
            try input.fileHandleForWriting.close()
        }
        // Read both pipes before waiting, so a large output cannot block the child.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }

    /// A process set up but not started, for tests that signal it mid-run.
    func start(_ arguments: [String], stdin: String? = nil) -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardInput = stdin == nil ? FileHandle.nullDevice : Pipe()
        return process
    }
}

/// A folder under the system's temporary directory, removed when the value is freed.
final class Workspace {
    let path: String
    var cli: CLI { CLI(directory: path) }

    init() throws {
        path = NSTemporaryDirectory() + "textpipe-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    @discardableResult
    func write(_ relative: String, _ content: String) -> String {
        let full = path + "/" + relative
        try? FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: full, contents: Data(content.utf8))
        return full
    }

    func read(_ relative: String) -> String {
        (try? String(contentsOfFile: path + "/" + relative, encoding: .utf8)) ?? ""
    }

    func lines(_ relative: String) -> [String] {
        read(relative).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
    }

    func exists(_ relative: String) -> Bool { FileManager.default.fileExists(atPath: path + "/" + relative) }

    /// Text files `in/doc-NNN.txt`; every seventh contains an empty-text marker the tests' pipelines reject.
    func corpus(count: Int, folder: String = "in") {
        for i in 0..<count {
            write("\(folder)/doc-\(String(format: "%04d", i)).txt", "Document \(i) says hello.\nSecond line of \(i).\n")
        }
    }

    /// The ids, in order, of a JSONL file.
    func ids(_ relative: String) -> [String] {
        lines(relative).map { line in
            let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
            return object?["id"] as? String ?? "<unparseable: \(line.prefix(40))>"
        }
    }
}
