/// A document field that does not have the shape the schema gives it.
public struct SchemaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Where in the document, e.g. `sentences[3].end`.
    public var path: String
    public var problem: String

    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    static func wrongType(_ path: String, expected: String, found: JSONValue) -> SchemaError {
        SchemaError(path: path, problem: "expected \(expected), found \(found.typeName)")
    }

    static func missing(_ path: String, expected: String) -> SchemaError {
        SchemaError(path: path, problem: "missing (expected \(expected))")
    }

    public var description: String { "field `\(path)`: \(problem)" }
}
