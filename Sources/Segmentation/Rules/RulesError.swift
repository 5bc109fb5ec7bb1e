/// A rules file or an abbreviations file that cannot be used, with where and why.
public struct RulesError: Error, Sendable, CustomStringConvertible {
    /// The file, or "built-in en" for embedded rules.
    public var source: String
    public var message: String

    public init(source: String, _ message: String) {
        self.source = source
        self.message = message
    }

    public var description: String { "\(source): \(message)" }
}
