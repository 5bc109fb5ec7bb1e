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

    /// What is wrong with a set of options given to this stage: unknown names
    /// (with the nearest valid one) and values of the wrong type.
    public func problems(in given: JSONObject) -> [OptionProblem] {
        var found: [OptionProblem] = []
        let declared = options.map(\.name)
        for (key, value) in given {
            guard let option = option(named: key) else {
                let fix = declared.isEmpty
                    ? "\(name) takes no options; remove `\(key)`"
                    : (EditDistance.nearest(to: key, in: declared).map { "did you mean `\($0)`? " } ?? "")
                        + "options of \(name): " + declared.joined(separator: ", ")
                found.append(OptionProblem(option: key, message: "unknown option `\(key)`", fix: fix))
                continue
            }
            if let complaint = option.check(value) {
                found.append(OptionProblem(option: key, message: "option `\(key)`: \(complaint)",
                                           fix: "`\(key)` takes \(option.kind) (\(option.doc))"))
            }
        }
        return found
    }
}

/// One problem with one option, as `StageDescription.problems(in:)` finds it.
public struct OptionProblem: Sendable, Equatable {
    public var option: String
    public var message: String
    public var fix: String
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
