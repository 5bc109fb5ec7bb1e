/// A line of a user's lexicon file that cannot be read.
public struct LexiconFileError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var problem: String
    public var description: String { "\(file):\(line): \(problem)" }
}
