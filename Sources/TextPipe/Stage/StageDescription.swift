/// Everything about a stage that can be said without creating it: shown by
/// `textpipe stages`, used to validate pipeline files, and carrying examples
/// that the test suite runs for every registered stage.
public struct StageDescription: Sendable {
    /// The name used in pipeline files (`use: segment`).
    public var name: String
    /// Semantic version; recorded in each document's provenance.
    public var version: String
    /// One line, shown in `textpipe stages`.
    public var summary: String
    public var options: [StageOption]
    /// Layers that must be present before this stage runs.
    public var needs: [String]
    /// Layers this stage writes.
    public var adds: [String]
    /// Worked examples; each is also a test.
    public var examples: [StageExample]

    public init(name: String, version: String, summary: String, options: [StageOption] = [],
                needs: [String] = [], adds: [String] = [], examples: [StageExample] = []) {
        self.name = name
        self.version = version
        self.summary = summary
        self.options = options
        self.needs = needs
        self.adds = adds
        self.examples = examples
    }

    public func option(named name: String) -> StageOption? {
        options.first { $0.name == name }
    }
}

/// A document before and after a stage: the stage, run with `options` on
/// `input`, must produce a document in which every field of `expected` has
/// exactly the given value.
public struct StageExample: Sendable {
    public var title: String
    public var options: JSONObject
    public var input: Document
    public var expected: JSONObject
    /// When set, the stage must fail on `input` with an error whose message contains this.
    public var expectedError: String?

    public init(_ title: String, options: JSONObject = JSONObject(), input: Document, expected: JSONObject = JSONObject(),
                expectedError: String? = nil) {
        self.title = title
        self.options = options
        self.input = input
        self.expected = expected
        self.expectedError = expectedError
    }
}
