/// Runs one stage on documents in memory, with the checks the runner makes,
/// so a stage's author can test it in a few lines without files or a pipeline:
///
/// ```swift
/// let harness = try StageHarness(SegmentStage.self, options: ["tokens": true])
/// let doc = try harness.run(text: "Mr. Smith left. He said so.")
/// #expect(try doc.get(Layer.sentences)?.count == 2)
/// ```
public struct StageHarness<S: Stage>: Sendable {
    public let stage: S
    public let options: StageOptions
    public let contract: StageContract

    /// Creates the stage from options checked as a pipeline file's would be.
    public init(_ type: S.Type = S.self, options: JSONObject = [:], baseDirectory: String = ".") throws {
        let problems = S.description.problems(in: options)
        if let first = problems.first {
            throw StageSetupError(option: first.option, "\(first.message); \(first.fix)")
        }
        self.options = StageOptions.defaults(for: S.description, overriding: options, baseDirectory: baseDirectory)
        stage = try S(options: self.options)
        contract = stage.effectiveContract
    }

    /// Processes one document: its needed layers must be there, and the added
    /// ones must be there afterwards (a stage that forgets a layer fails here).
    public func run(_ document: Document) throws -> Document {
        try outputs(of: document).first ?? document
    }

    /// Processes a new document with this text and id.
    public func run(text: String, id: String = "test") throws -> Document {
        try run(Document(id: id, text: text))
    }

    /// All documents a splitting stage makes of one (one for other stages).
    public func outputs(of document: Document) throws -> [Document] {
        for need in contract.needs where !document.has(need) { throw StageError.missingLayer(need) }
        let context = StageContext(stageID: S.description.name)
        var results: [Document]
        if let splitter = stage as? any SplittingStage {
            results = try splitter.split(document, context: context)
        } else {
            var doc = document
            try stage.process(&doc, context: context)
            results = [doc]
        }
        for doc in results {
            for layer in contract.adds where !doc.has(layer) {
                throw StageError.invalidInput("\(S.description.name) declares that it adds `\(layer)` but did not add it to \(doc.id)")
            }
        }
        return results
    }
}
