/// Counts characters, words and lines of the text into a `stats` layer: a tiny
/// stage with a real result, to check a pipeline end to end.
public struct StatsStage: Stage {
    public static let description = StageDescription(
        name: "stats",
        version: "1.0.0",
        summary: "Counts characters (Unicode scalars), words and lines of the text into `stats`.",
        needs: ["text"],
        adds: ["stats"],
        examples: [
            StageExample("counts scalars, not bytes", input: Document(id: "a", text: "Où est-il?\nIci."),
                         expected: ["stats": ["characters": 15, "words": 3, "lines": 2]]),
            StageExample("empty text", input: Document(id: "b", text: ""),
                         expected: ["stats": ["characters": 0, "words": 0, "lines": 0]]),
            StageExample("needs text", input: Document(id: "c"), expectedError: "no `text` layer"),
        ]
    )

    public init(options: StageOptions) {}

    public func process(_ document: inout Document, context: StageContext) throws {
        let text = try document.require(Layer.text)
        var characters = 0
        var words = 0
        var lines = text.isEmpty ? 0 : 1
        var inWord = false
        for scalar in text.unicodeScalars {
            characters += 1
            if scalar == "\n" { lines += 1 }
            let isWordScalar = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWordScalar && !inWord { words += 1 }
            if isWordScalar { inWord = true } else if scalar != "-" && scalar != "'" { inWord = false }
        }
        if text.hasSuffix("\n") { lines -= 1 }
        document[field: "stats"] = ["characters": JSONValue(characters), "words": JSONValue(words), "lines": JSONValue(lines)]
    }
}
