import TextPipe

/// Finds every quotation in a document, who said it and the words that say
/// so, and links each speaker to its entity cluster.
public struct QuoteStage: ContractProvidingStage {
    public static let description = StageDescription(
        name: "quotes",
        version: "1.0.0",
        summary: "Finds direct, partial, split and multi-paragraph quotations, their speakers and cues, linked to entity clusters.",
        options: [
            StageOption("mentions", .choice(["keep", "drop"]), default: "keep",
                        doc: "Quoted words that are not quotations (scare quotes, titles, nicknames): keep them with kind `mention`, or drop them."),
            StageOption("min_confidence", .double(min: 0, max: 1), default: 0,
                        doc: "Attributions less certain than this leave the speaker unknown (null)."),
            StageOption("single_quotes", .bool, default: true,
                        doc: "Treat single curly quotes as quotation marks when a text uses them as its primary quotes, and nested ones."),
            StageOption("summary", .bool, default: false,
                        doc: "Add `speakers`: each speaker with its number of quotes, in order of first appearance."),
        ],
        needs: ["text", "sentences", "entities"],
        adds: ["quotes"],
        examples: [
            StageExample(
                "said after a quote, linked to the cluster",
                input: try! Document(json: [
                    "id": "e1", "text": "“We will not back down,” Austin said.",
                    "sentences": [["start": 0, "end": 37]],
                    "entities": [["start": 25, "end": 31, "text": "Austin", "label": "PERSON", "cluster": 0]],
                    "clusters": [["id": 0, "canonical": "Lloyd Austin", "label": "PERSON", "gender": "male"]],
                ]),
                expected: ["quotes": [[
                    "start": 1, "end": 23, "text": "We will not back down,", "kind": "direct",
                    "speaker": ["text": "Austin", "start": 25, "end": 31, "cluster": 0, "canonical": "Lloyd Austin"],
                    "cue": ["text": "said", "start": 32, "end": 36], "method": "said_after", "confidence": 0.95,
                ]]]),
            StageExample(
                "scare quotes are mentions",
                input: try! Document(json: [
                    "id": "e2", "text": "The so-called “peace plan” was rejected.", "sentences": [["start": 0, "end": 40]], "entities": [],
                ]),
                expected: ["quotes": [[
                    "start": 15, "end": 25, "text": "peace plan", "kind": "mention", "speaker": nil, "cue": nil,
                    "method": "mention", "confidence": 0.9,
                ]]]),
        ]
    )

    public let contract: StageContract
    let keepMentions: Bool
    let minConfidence: Double
    let singleQuotes: Bool
    let summary: Bool

    public init(options: StageOptions) {
        keepMentions = options.string("mentions") != "drop"
        minConfidence = options.double("min_confidence")
        singleQuotes = options.bool("single_quotes")
        summary = options.bool("summary")
        contract = StageContract(needs: Self.description.needs, adds: summary ? ["quotes", "speakers"] : ["quotes"])
    }

    public func process(_ document: inout Document, context: StageContext) throws {
        let text = try document.require(Layer.text)
        let sentences = try document.require(Layer.sentences)
        let entities = try document.require(Layer.entities)
        let clusters: [EntityCluster]
        let paragraphs: [Span]?
        do {
            clusters = try document.get(Layer.clusters) ?? []
            paragraphs = try document.get(Layer.paragraphs)
        } catch {
            throw StageError.schema(error)
        }
        let analyzer = QuoteAnalyzer(text: text, sentences: sentences, paragraphs: paragraphs, entities: entities,
                                     clusters: clusters, singleQuotes: singleQuotes)
        var quotes: [Quote] = []
        for found in analyzer.analyze() {
            if found.kind == .mention && !keepMentions { continue }
            let parts = found.span.parts.map { analyzer.text($0) }
            var quote = Quote(start: found.span.content.lowerBound, end: found.span.content.upperBound,
                              text: parts.joined(separator: " "), kind: found.kind.rawValue)
            if found.kind == .mention {
                quote.method = "mention"
                quote.confidence = 0.9
            } else if let a = found.attribution, a.confidence >= minConfidence {
                quote.speaker = a.speaker.speaker
                quote.cue = a.cue.map { Quote.Cue(text: $0.text, start: $0.start, end: $0.end) }
                quote.method = a.method
                quote.confidence = (a.confidence * 100).rounded() / 100
            } else {
                quote.method = found.span.nested ? "nested" : "unattributed"
                quote.confidence = 0
            }
            if found.span.repaired { quote.extra["repaired"] = true }
            quotes.append(quote)
        }
        document.set(Layer.quotes, quotes)
        if summary { document[field: "speakers"] = Self.summary(of: quotes) }
    }

    /// Speakers in order of first appearance, with their quote counts (mentions left out).
    static func summary(of quotes: [Quote]) -> JSONValue {
        var order: [String] = []
        var counts: [String: (cluster: Int?, n: Int)] = [:]
        for q in quotes where q.kind != Quote.Kind.mention.rawValue && q.kind != Quote.Kind.nested.rawValue {
            guard let s = q.speaker else { continue }
            let name = s.canonical ?? s.text
            if counts[name] == nil { order.append(name) }
            counts[name] = (s.cluster, (counts[name]?.n ?? 0) + 1)
        }
        return .array(order.map { name in
            ["speaker": .string(name), "cluster": counts[name]!.cluster.map { JSONValue($0) } ?? .null,
             "quotes": JSONValue(counts[name]!.n)]
        })
    }
}
