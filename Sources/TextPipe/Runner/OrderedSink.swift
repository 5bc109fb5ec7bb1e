import Foundation
import Logging

/// Receives finished units from any worker, in any order, and writes them in
/// input order: a unit waits until every unit before it is written. That makes
/// the output identical whatever `--jobs` is, and makes the set of finished
/// units always a prefix of the input, which is what the checkpoint records.
final class OrderedSink: @unchecked Sendable {
    struct Files {
        var documents: LineFile
        /// nil when errors go to standard error.
        var errors: LineFile?
        /// By stage position; nil for stages without intermediate output.
        var stages: [LineFile?]
        /// Output folder for checkpoints; nil when streaming to standard output.
        var directory: String?
        /// Error records go into the documents stream, in input order (`--errors-ok` with `-o -`),
        /// for engines that keep only standard output.
        var errorsInDocuments: Bool
    }

    private let lock = NSLock()
    private var pending: [Int: UnitResult] = [:]
    private var nextSequence = 0
    private let files: Files
    private let window: DispatchSemaphore
    private let progress: ProgressReporter
    private let logger: Logger
    private var checkpoint: Checkpoint
    private var lastFlush = MonotonicClock.nanoseconds()
    private let flushBytes = 4 << 20
    private let flushNanoseconds: UInt64 = 1_000_000_000
    private let streaming: Bool
    private(set) var ioError: RunError?
    private(set) var summary: RunSummary
    private var loggedErrors = 0
    private let maxLoggedErrors = 10

    init(files: Files, window: DispatchSemaphore, progress: ProgressReporter, logger: Logger,
         checkpoint: Checkpoint, summary: RunSummary) {
        self.files = files
        self.window = window
        self.progress = progress
        self.logger = logger
        self.checkpoint = checkpoint
        self.summary = summary
        streaming = files.directory == nil
        // A checkpoint before the first document: a run killed before its first
        // flush completes can still be resumed (from nothing, or from where an
        // earlier resume started).
        if !streaming { flushLocked(complete: false) }
    }

    func deliver(_ sequence: Int, _ result: UnitResult) {
        lock.lock()
        defer { lock.unlock() }
        pending[sequence] = result
        while let next = pending.removeValue(forKey: nextSequence) {
            write(next)
            nextSequence += 1
            window.signal()
        }
    }

    private func write(_ result: UnitResult) {
        for (i, lines) in result.stageLines.enumerated() where !lines.isEmpty {
            files.stages[i]?.append(lines)
        }
        if !result.errorLines.isEmpty {
            if files.errorsInDocuments {
                files.documents.append(result.errorLines)
            } else if let errors = files.errors {
                errors.append(result.errorLines)
            } else {
                FileHandle.standardError.write(Data(result.errorLines))
            }
        }
        files.documents.append(result.documentLines)

        summary.units += 1
        summary.documents += result.documents
        summary.failed += result.errors.count
        summary.inputBytes += result.inputBytes
        for i in summary.stages.indices {
            summary.stages[i].documents += result.stageDocuments[i]
            summary.stages[i].failed += result.stageFailures[i]
            summary.stages[i].seconds += Double(result.stageNanoseconds[i]) / 1e9
        }
        for error in result.errors {
            if summary.sampleErrors.count < 5 { summary.sampleErrors.append(error) }
            if !streaming {
                if loggedErrors < maxLoggedErrors {
                    logger.warning("\(error.summary)")
                } else if loggedErrors == maxLoggedErrors {
                    logger.warning("more documents failed; all are listed in errors.jsonl")
                }
                loggedErrors += 1
            }
        }
        progress.record(units: 1, failed: result.errors.count, bytes: result.inputBytes)

        checkpoint.unitsDone += 1
        checkpoint.lastKey = result.key
        checkpoint.documents = summary.documents
        checkpoint.failed = summary.failed

        let buffered = files.documents.bufferedBytes + (files.errors?.bufferedBytes ?? 0)
            + files.stages.reduce(0) { $0 + ($1?.bufferedBytes ?? 0) }
        if streaming || buffered >= flushBytes || MonotonicClock.nanoseconds() - lastFlush >= flushNanoseconds {
            flushLocked(complete: false)
        }
    }

    /// Writes every buffer out, then the checkpoint that describes the files as they now are.
    private func flushLocked(complete: Bool) {
        guard ioError == nil else { return }
        do {
            for file in files.stages { try file?.flush() }
            try files.errors?.flush()
            try files.documents.flush()
            if let directory = files.directory {
                var sizes: [String: Int] = ["documents.jsonl": files.documents.flushedSize]
                if let errors = files.errors { sizes["errors.jsonl"] = errors.flushedSize }
                for file in files.stages.compactMap({ $0 }) {
                    sizes["stages/" + Paths.fileName(of: file.path)] = file.flushedSize
                }
                checkpoint.fileSizes = sizes
                checkpoint.complete = complete
                try checkpoint.save(to: directory)
            }
        } catch {
            ioError = error
        }
        lastFlush = MonotonicClock.nanoseconds()
    }

    func finish(complete: Bool) -> RunSummary {
        lock.lock()
        defer { lock.unlock() }
        flushLocked(complete: complete)
        return summary
    }
}
