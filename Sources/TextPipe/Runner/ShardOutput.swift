#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Logging

/// The output folder of one shard, made safe for schedulers that retry a task
/// or run it twice at once (Slurm requeues, Spark speculation, Kubernetes pod
/// restarts). The shard is written into `OUT.partial` while holding an
/// exclusive lock on a hidden file beside it (`.OUT.lock`), and renamed to `OUT`
/// only when complete, so `OUT` is either absent or whole. An attempt that finds
/// `OUT` complete does nothing; one that finds a stopped `OUT.partial` continues
/// it from its checkpoint; a second attempt running at the same time waits for
/// the first and then finds `OUT` complete.
final class ShardOutput {
    /// Where the finished shard goes.
    let final: String
    /// Where it is written until it is complete.
    let partial: String
    private let lockPath: String
    private var lockDescriptor: Int32 = -1

    /// What the folders hold for the run about to start.
    enum State {
        /// `OUT` already holds this very run, complete: nothing to do.
        case complete(Checkpoint)
        /// Write (or continue) `OUT.partial`.
        case write
    }

    init(directory: String) {
        var out = directory
        while out.count > 1 && out.hasSuffix("/") { out.removeLast() }
        final = out
        partial = out + ".partial"
        lockPath = Paths.join(Paths.directory(of: out), "." + Paths.fileName(of: out) + ".lock")
    }

    deinit {
        if lockDescriptor >= 0 { close(lockDescriptor) }
    }

    /// Takes the lock (waiting for another attempt that holds it), then decides
    /// what to do and clears what must not be continued.
    func prepare(expecting expected: Checkpoint, overwrite: Bool, logger: Logger) throws(RunError) -> State {
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: Paths.directory(of: final), withIntermediateDirectories: true)
        } catch {
            throw .io("cannot create \(Paths.directory(of: final)): \(error.localizedDescription)")
        }
        try lock(logger: logger)

        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: final, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw .usage("-o \(final) is a file; give a folder for the output (or - for standard output)")
            }
            if !overwrite {
                if let saved = Checkpoint.load(from: final), saved.complete, Self.sameRun(saved, expected) {
                    return .complete(saved)
                }
                throw .usage("\(final) holds the output of another run (another pipeline file, inputs, options or shard, or a run that did not finish); pass --overwrite to replace it, or choose another -o")
            }
            try remove(final)
        }
        if fm.fileExists(atPath: partial) {
            // Ours to continue only if it is this run's; anything else is a left-over of a changed command.
            if overwrite || !(Checkpoint.load(from: partial).map { Self.sameRun($0, expected) } ?? false) {
                try remove(partial)
            } else {
                logger.info("continuing the unfinished shard in \(partial)")
            }
        }
        return .write
    }

    /// Renames the complete `OUT.partial` to `OUT`; the lock is still held, so nothing else wrote `OUT`.
    func publish() throws(RunError) {
        if rename(partial, final) != 0 {
            throw .io("cannot rename \(partial) to \(final): \(String(cString: strerror(errno)))")
        }
    }

    private static func sameRun(_ a: Checkpoint, _ b: Checkpoint) -> Bool {
        a.pipelineSHA256 == b.pipelineSHA256 && a.inputsFingerprint == b.inputsFingerprint
    }

    private func remove(_ path: String) throws(RunError) {
        do {
            try FileManager.default.removeItem(atPath: path)
        } catch {
            throw .io("cannot remove \(path): \(error.localizedDescription)")
        }
    }

    /// flock(2): released by the kernel when the process dies, however it dies,
    /// so a killed attempt never leaves a stale lock behind.
    private func lock(logger: Logger) throws(RunError) {
        let fd = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io("cannot open the lock file \(lockPath): \(String(cString: strerror(errno)))") }
        lockDescriptor = fd
        if flock(fd, LOCK_EX | LOCK_NB) == 0 { return }
        guard errno == EWOULDBLOCK else { throw lockError() }
        logger.info("another attempt is writing \(final); waiting for it to finish")
        while flock(fd, LOCK_EX) != 0 {
            guard errno == EINTR else { throw lockError() }
        }
    }

    private func lockError() -> RunError {
        .io("cannot lock \(lockPath): \(String(cString: strerror(errno))); write shard outputs to a file system with flock(2) support (local disk, NFSv4, Lustre mounted with -o flock)")
    }
}
