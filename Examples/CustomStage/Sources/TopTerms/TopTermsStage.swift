import TextPipe

/// The most frequent terms of each document, common words left out, as a
/// `top_terms` layer: `[{"term": "troops", "count": 7}, ...]`.
public struct TopTermsStage: Stage {
    public static let description = StageDescription(
        name: "top-terms",
        version: "1.0.0",
        summary: "Lists each document's most frequent terms (common English words left out).",
        options: [
            StageOption("count", .int(min: 1, max: 1000), default: 10, doc: "How many terms to keep."),
            StageOption("min_length", .int(min: 1, max: 50), default: 3, doc: "Shorter words are not terms."),
        ],
        needs: ["text"],
        adds: ["top_terms"],
        examples: [
            StageExample("counts words, ignoring case and common words",
                         options: ["count": 2],
                         input: Document(id: "a", text: "Troops moved. The troops, said Kursk officials, reached Kursk and troops."),
                         expected: ["top_terms": [["term": "troops", "count": 3], ["term": "kursk", "count": 2]]])
        ]
    )

    static let common: Set<String> = [
        "the", "and", "for", "that", "with", "said", "was", "were", "are", "has", "have", "had", "this", "from",
        "but", "not", "its", "his", "her", "they", "their", "will", "would", "could", "about", "which", "been",
    ]

    let count: Int
    let minLength: Int

    public init(options: StageOptions) {
        count = options.int("count")
        minLength = options.int("min_length")
    }

    public func process(_ document: inout Document, context: StageContext) throws {
        let text = try document.require(Layer.text)
        var counts: [String: Int] = [:]
        var order: [String] = []
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) where word.count >= minLength {
            let term = String(word)
            if Self.common.contains(term) { continue }
            if counts[term] == nil { order.append(term) }
            counts[term, default: 0] += 1
        }
        // Ties keep the order of first appearance, so the output is stable.
        let ranked = order.enumerated().sorted { a, b in
            let (ca, cb) = (counts[a.element]!, counts[b.element]!)
            return ca != cb ? ca > cb : a.offset < b.offset
        }
        let top: [JSONValue] = ranked.prefix(count).map { ["term": .string($0.element), "count": JSONValue(counts[$0.element]!)] }
        document[field: "top_terms"] = .array(top)
    }
}
