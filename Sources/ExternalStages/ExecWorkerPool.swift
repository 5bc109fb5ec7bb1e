import Foundation

/// The processes of one exec stage: one per document in flight, started when
/// first needed, kept alive between documents, and replaced after a failure.
final class ExecWorkerPool: @unchecked Sendable {
    private let condition = NSCondition()
    private var idle: [ExecWorker] = []
    private var running = 0
    private var closed = false
    private let limit: Int
    private let start: @Sendable () throws(ExecFailure) -> ExecWorker

    init(limit: Int, first: ExecWorker, start: @escaping @Sendable () throws(ExecFailure) -> ExecWorker) {
        self.limit = limit
        self.start = start
        idle = [first]
        running = 1
    }

    /// Runs `body` with a worker of its own; a worker that failed is terminated and not reused.
    func withWorker<T>(_ body: (ExecWorker) throws(ExecFailure) -> T) throws(ExecFailure) -> T {
        let worker = try checkOut()
        do {
            let result = try body(worker)
            checkIn(worker)
            return result
        } catch {
            worker.terminate()
            condition.lock()
            running -= 1
            condition.signal()
            condition.unlock()
            throw error
        }
    }

    private func checkOut() throws(ExecFailure) -> ExecWorker {
        condition.lock()
        while true {
            if let worker = idle.popLast() {
                condition.unlock()
                return worker
            }
            if running < limit {
                running += 1
                condition.unlock()
                do {
                    return try start()
                } catch {
                    condition.lock()
                    running -= 1
                    condition.signal()
                    condition.unlock()
                    throw error
                }
            }
            condition.wait()
        }
    }

    private func checkIn(_ worker: ExecWorker) {
        condition.lock()
        if closed {
            condition.unlock()
            worker.terminate()
            return
        }
        idle.append(worker)
        condition.signal()
        condition.unlock()
    }

    func close() {
        condition.lock()
        closed = true
        let workers = idle
        idle = []
        condition.unlock()
        for worker in workers { worker.terminate() }
    }
}
