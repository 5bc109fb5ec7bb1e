/// Does nothing to the document. Useful to convert inputs to JSONL, to measure
/// the runner's own cost, and as the smallest example of a stage.
public struct PassthroughStage: Stage {
    public static let description = StageDescription(
        name: "passthrough",
        version: "1.0.0",
        summary: "Leaves documents unchanged (format conversion, runner benchmarks).",
        examples: [
            StageExample("keeps every field", input: try! Document(json: ["id": "a", "text": "Hi.", "x-custom": [1, 2]]),
                         expected: ["text": "Hi.", "x-custom": [1, 2]])
        ]
    )

    public init(options: StageOptions) {}

    public func process(_ document: inout Document, context: StageContext) {}
}
