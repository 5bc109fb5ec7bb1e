import Foundation

/// Reports progress on standard error from its own thread: a redrawn bar with
/// documents/s and ETA on a terminal, a plain line every few seconds when
/// standard error is a file or pipe (logs, CI), nothing when quiet.
final class ProgressReporter: @unchecked Sendable {
    private let lock = NSLock()
    private var units = 0
    private var failed = 0
    private var bytes = 0
    private let totalUnits: Int?
    private let totalBytes: Int
    private let started = Date()
    private var finished = false
    private let isTerminal: Bool
    private let interval: Double
    private let enabled: Bool
    private let wake = NSCondition()
    private var thread: Thread?

    init(totalUnits: Int?, totalBytes: Int, mode: RunOptions.ProgressMode, plainInterval: Double) {
        self.totalUnits = totalUnits
        self.totalBytes = totalBytes
        isTerminal = isatty(2) != 0
        interval = isTerminal ? 0.25 : plainInterval
        enabled = mode != .quiet
    }

    func start() {
        guard enabled else { return }
        let t = Thread { [self] in loop() }
        t.name = "textpipe.progress"
        thread = t
        t.start()
    }

    func record(units: Int, failed: Int, bytes: Int) {
        lock.lock()
        self.units += units
        self.failed += failed
        self.bytes += bytes
        lock.unlock()
    }

    func finish() {
        guard enabled else { return }
        wake.lock()
        finished = true
        wake.signal()
        wake.unlock()
        while thread?.isFinished == false { usleep(1000) }
        if isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }

    private func loop() {
        wake.lock()
        while !finished {
            _ = wake.wait(until: Date().addingTimeInterval(interval))
            if finished { break }
            draw()
        }
        wake.unlock()
    }

    private func draw() {
        lock.lock()
        let (u, f, b) = (units, failed, bytes)
        lock.unlock()
        let elapsed = max(Date().timeIntervalSince(started), 0.001)
        let rate = Double(u) / elapsed
        var fraction: Double?
        if let totalUnits, totalUnits > 0 {
            fraction = Double(u) / Double(totalUnits)
        } else if totalBytes > 0 {
            fraction = Double(b) / Double(totalBytes)
        }
        var eta = ""
        if let fraction, fraction > 0.001, fraction < 1 {
            eta = " ETA " + Self.duration(elapsed * (1 - fraction) / fraction)
        }
        let counts = totalUnits.map { "\(u)/\($0)" } ?? "\(u)"
        let failedText = f > 0 ? ", \(f) failed" : ""
        let line: String
        if isTerminal {
            let width = 24
            let filled = Int((fraction ?? 0) * Double(width))
            let bar = String(repeating: "█", count: min(filled, width)) + String(repeating: "░", count: max(0, width - filled))
            line = "\r\u{1B}[K\(bar) \(counts) documents, \(String(format: "%.0f", rate))/s\(failedText)\(eta)"
        } else {
            line = "textpipe: \(counts) documents, \(String(format: "%.0f", rate))/s\(failedText)\(eta)\n"
        }
        FileHandle.standardError.write(Data(line.utf8))
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s >= 3600 { return "\(s / 3600)h\(String(s % 3600 / 60).leftPadded(to: 2))m" }
        if s >= 60 { return "\(s / 60)m\(String(s % 60).leftPadded(to: 2))s" }
        return "\(s)s"
    }
}
