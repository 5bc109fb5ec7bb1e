/// Why an external process failed a document (or failed to start). Each
/// message says what happened and what the plugin's author can do.
public enum ExecFailure: Error, Sendable, CustomStringConvertible {
    case cannotStart(String)
    /// The process exited while textpipe waited for its answer.
    case exited(status: Int32, stderrTail: String)
    case timedOut(seconds: Double)
    case protocolViolation(String)

    public var description: String {
        switch self {
        case .cannotStart(let why):
            return "cannot start the process: \(why)"
        case .exited(let status, let tail):
            let last = tail.isEmpty ? "" : "; its last words on stderr: \(tail)"
            return "the process exited (status \(status)) before answering\(last); it was restarted for the next document"
        case .timedOut(let seconds):
            return "no answer within \(seconds) s (timeout_seconds); the process was killed and restarted"
        case .protocolViolation(let what):
            return what
        }
    }
}
