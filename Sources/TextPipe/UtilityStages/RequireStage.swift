/// Fails documents that lack given fields or whose text is too short, so that
/// they land in errors.jsonl with a reason instead of flowing on half-empty.
public struct RequireStage: Stage {
    public static let description = StageDescription(
        name: "require",
        version: "1.0.0",
        summary: "Fails documents missing given fields, or whose text is shorter than `min_chars`.",
        options: [
            StageOption("fields", .stringList, default: ["text"], doc: "Top-level fields every document must have (non-null)."),
            StageOption("min_chars", .int(min: 0, max: nil), default: 0,
                        doc: "Minimum length of `text` in characters (Unicode scalars)."),
        ],
        examples: [
            StageExample("passes a complete document", input: Document(id: "a", text: "Enough."), expected: ["text": "Enough."]),
            StageExample("fails a document without text", input: Document(id: "b"),
                         expectedError: "missing the required field `text`"),
            StageExample("fails a short text", options: ["min_chars": 10], input: Document(id: "c", text: "Short."),
                         expectedError: "6 characters"),
        ]
    )

    private let fields: [String]
    private let minChars: Int

    public init(options: StageOptions) {
        fields = options.strings("fields")
        minChars = options.int("min_chars")
    }

    public func process(_ document: inout Document, context: StageContext) throws {
        for field in fields where !document.has(field) {
            throw StageError.invalidInput("missing the required field `\(field)`")
        }
        if minChars > 0 {
            let n = document.text?.unicodeScalars.count ?? 0
            if n < minChars {
                throw StageError.invalidInput("text has \(n) characters, fewer than min_chars \(minChars)")
            }
        }
    }
}
