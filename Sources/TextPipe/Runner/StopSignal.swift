import Foundation

/// Turns Ctrl-C (SIGINT) and SIGTERM into a request to stop: the runner stops
/// reading input, finishes the documents in progress, writes its checkpoint
/// and exits, leaving output that `--resume` continues. A second signal exits
/// at once; the checkpoint written before it still makes the output resumable.
final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false
    private var sources: [any DispatchSourceSignal] = []

    var isSet: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    func set() {
        lock.lock()
        stopped = true
        lock.unlock()
    }

    /// Starts listening; `onFirst` runs once, on the first signal.
    func install(onFirst: @escaping @Sendable () -> Void) {
        for sig in [SIGINT, SIGTERM] {
            signal(sig, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: sig, queue: .global())
            source.setEventHandler { [self] in
                if isSet { _exit(130) }
                set()
                onFirst()
            }
            source.resume()
            sources.append(source)
        }
    }

    func uninstall() {
        for source in sources { source.cancel() }
        sources = []
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }
}
