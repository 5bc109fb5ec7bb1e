/// Why a run could not start or go on (as opposed to one document failing).
public enum RunError: Error, Sendable, CustomStringConvertible {
    /// The command line or the output folder is not usable; the message says what to type.
    case usage(String)
    case input(InputError)
    case io(String)

    public var description: String {
        switch self {
        case .usage(let m): return m
        case .input(let e): return e.description
        case .io(let m): return m
        }
    }
}
