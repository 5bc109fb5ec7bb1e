import Foundation
import TextPipe

/// The `sentiment` stage: VADER-method polarity of every sentence, quote and
/// the whole document, and the stance of quote speakers (and of the document's
/// own voice) toward the entities and topics the text mentions.
public struct SentimentStage: Stage {
    public static let description = StageDescription(
        name: "sentiment",
        version: "1.0.0",
        summary: "Polarity of sentences, quotes and the document (VADER method, with news additions) and the stance of speakers toward entities and topics, with evidence.",
        options: [
            StageOption("news_extensions", .bool, default: true,
                        doc: "Add textpipe's news vocabulary (escalation, destabilising, condemn, ...) and read curly quotes, dashes and British spellings. Off: the scores are vaderSentiment 3.3.2's compound scores."),
            StageOption("lexicons", .pathList, default: [],
                        doc: "Extra lexicon files, one `word<TAB>valence` a line (valence -4...4, VADER's scale; # comments); later files win over earlier ones and over the built-in words."),
            StageOption("positive_threshold", .double(min: 0, max: 1), default: 0.05,
                        doc: "Scores at or above this are labelled positive."),
            StageOption("negative_threshold", .double(min: -1, max: 0), default: -0.05,
                        doc: "Scores at or below this are labelled negative."),
            StageOption("targets", .choice(["entities", "topics", "both", "none"]), default: "entities",
                        doc: "Stance targets: entity clusters (needs the entities layer to find any), the `topics`, both, or none (no stance, the `stance` layer is empty)."),
            StageOption("topics", .stringList, default: [],
                        doc: "Topic targets, each `Name: term, term...` (or one term, which names itself); a term matches whole words, case-insensitively, with a trailing * for any ending (`deploy*`)."),
            StageOption("target_labels", .stringList, default: ["PERSON", "ORG", "LOC", "NORP"],
                        doc: "Entity labels whose clusters are stance targets."),
            StageOption("stance_threshold", .double(min: 0, max: 1), default: 0.1,
                        doc: "A stance whose score is within ±this is neutral."),
            StageOption("min_evidence", .double(min: 0, max: 100), default: 0.5,
                        doc: "The evidence weight a holder–target pair needs to be labelled favor or against; less is neutral with the note \"too little evidence\". A mention inside a quote weighs 1, a stance verb 1.5, context less."),
        ],
        needs: ["text", "sentences"],
        adds: ["sentiment", "stance"],
        examples: [
            StageExample(
                "sentences and the document get a score and a label",
                input: {
                    var d = Document(id: "a", text: "The ceasefire held and brought relief. Then the shelling resumed.")
                    d.set(Layer.sentences, [Span(start: 0, end: 38), Span(start: 39, end: 65)])
                    return d
                }(),
                expected: [
                    "sentiment": [
                        "document": ["score": 0.0256, "label": "neutral"],
                        "sentences": [["index": 0, "score": 0.7469, "label": "positive"],
                                      ["index": 1, "score": -0.6956, "label": "negative"]],
                        "quotes": [],
                    ],
                    "stance": [],
                ]),
            StageExample(
                "quotes are scored; a stance verb makes its subject the holder",
                input: {
                    var d = Document(id: "b", text: "“This escalation is dangerous,” Kim said. Seoul praised Tokyo.")
                    d.set(Layer.sentences, [Span(start: 0, end: 41), Span(start: 42, end: 62)])
                    d.set(Layer.entities, [Entity(start: 32, end: 35, text: "Kim", label: "PERSON", cluster: 0),
                                           Entity(start: 42, end: 47, text: "Seoul", label: "LOC", cluster: 1),
                                           Entity(start: 56, end: 61, text: "Tokyo", label: "LOC", cluster: 2)])
                    d.set(Layer.clusters, [EntityCluster(id: 0, canonical: "Kim Min-ji", label: "PERSON"),
                                           EntityCluster(id: 1, canonical: "Seoul", label: "LOC"),
                                           EntityCluster(id: 2, canonical: "Tokyo", label: "LOC")])
                    d.set(Layer.quotes, [Quote(start: 0, end: 31, text: "This escalation is dangerous,", kind: "direct",
                                               speaker: Quote.Speaker(text: "Kim", start: 32, end: 35, cluster: 0, canonical: "Kim Min-ji"))])
                    return d
                }(),
                expected: [
                    "sentiment": [
                        "document": ["score": -0.1512, "label": "negative"],
                        "sentences": [["index": 0, "score": -0.7964, "label": "negative"],
                                      ["index": 1, "score": 0.4939, "label": "positive"]],
                        "quotes": [["index": 0, "score": -0.7964, "label": "negative"]],
                    ],
                    "stance": [["holder": "Seoul", "target": "Tokyo", "label": "favor", "score": 0.8, "evidence": [],
                                "weight": 1.5, "sentences": [1]]],
                ]),
            StageExample("needs sentences", input: Document(id: "c", text: "No sentences yet."),
                         expectedError: "no `sentences` layer"),
        ]
    )

    public let scorer: PolarityScorer
    public let labels: PolarityLabels
    let stance: StanceAnalyzer

    public init(options: StageOptions) throws {
        var lexicon = Lexicon.vader
        let news = options.bool("news_extensions")
        if news { lexicon = lexicon.adding(NewsLexicon.entries).addingBritishSpellings() }
        for path in options.paths("lexicons") {
            let contents: String
            do {
                contents = try String(contentsOfFile: path, encoding: .utf8)
            } catch {
                throw StageSetupError(option: "lexicons", "cannot read the lexicon file \(path): \(error)")
            }
            do {
                lexicon = lexicon.adding(try Lexicon.entries(fromFile: contents, name: path))
            } catch {
                throw StageSetupError(option: "lexicons", "cannot use the lexicon file: \(error)")
            }
        }
        scorer = PolarityScorer(lexicon: lexicon, news: news)
        let positive = options.double("positive_threshold")
        let negative = options.double("negative_threshold")
        labels = PolarityLabels(positive: positive, negative: negative)
        var topics: [Topic] = []
        for spec in options.strings("topics") {
            guard let topic = Topic(spec) else {
                throw StageSetupError(option: "topics", "cannot read the topic \"\(spec)\"; write `Name: term, term*` or a single term")
            }
            topics.append(topic)
        }
        let targets = options.string("targets") ?? "entities"
        if (targets == "topics" || targets == "both") && topics.isEmpty {
            throw StageSetupError(option: "topics", "`targets: \(targets)` needs at least one topic, e.g. `topics: [\"Deployment: deploy*, troops\"]`")
        }
        stance = StanceAnalyzer(
            scorer: scorer,
            useEntities: targets == "entities" || targets == "both",
            topics: targets == "topics" || targets == "both" ? topics : [],
            labels: Set(options.strings("target_labels")),
            threshold: options.double("stance_threshold"),
            minEvidence: options.double("min_evidence"))
    }

    public func process(_ document: inout Document, context: StageContext) throws {
        let text = try document.require(Layer.text)
        let sentences = try document.require(Layer.sentences)
        var utf8Text = text
        // ASCII text (most news) needs no offset table: scalar offsets are byte offsets.
        let isASCII = utf8Text.withUTF8 { bytes in !bytes.contains { $0 >= 0x80 } }
        let offsets: TextOffsets? = isASCII ? nil : TextOffsets(text)
        let scalarCount = offsets?.scalarCount ?? utf8Text.utf8.count
        var sentenceScores: [Sentiment.Score] = []
        sentenceScores.reserveCapacity(sentences.count)
        var total = 0.0
        for (index, span) in sentences.enumerated() {
            guard span.start >= 0, span.end <= scalarCount, span.start <= span.end else {
                throw StageError.invalidInput("sentence \(index) [\(span.start), \(span.end)) lies outside the text (\(scalarCount) characters); re-run `segment` on this text")
            }
        }
        // Sentences are scored from the text's own UTF-8 bytes: no substring is made.
        utf8Text.withUTF8 { bytes in
            for (index, span) in sentences.enumerated() {
                let a = offsets?.utf8Offset(ofScalar: span.start) ?? span.start
                let b = offsets?.utf8Offset(ofScalar: span.end) ?? span.end
                let score = scorer.score(utf8: UnsafeBufferPointer(rebasing: bytes[a..<b]))
                total += score
                sentenceScores.append(Sentiment.Score(index: index, score: Self.rounded(score), label: labels.label(score)))
            }
        }
        // The document's tone is the mean of its sentences': VADER over a whole
        // article sums hundreds of valences and saturates at ±1.
        let documentScore = sentences.isEmpty ? 0 : total / Double(sentences.count)

        let quotes: [Quote]
        let entities: [Entity]
        let clusters: [EntityCluster]
        do {
            quotes = try document.get(Layer.quotes) ?? []
            entities = try document.get(Layer.entities) ?? []
            clusters = try document.get(Layer.clusters) ?? []
        } catch {
            throw StageError.schema(error)
        }
        var quoteScores: [Double] = []
        var quoteEntries: [Sentiment.Score] = []
        // Only partial quotes may need their clause, so only they pay for the scalar copy.
        let clauses = quotes.contains { $0.kind == Quote.Kind.partial.rawValue }
            ? QuoteClause(text: text, sentences: sentences) : nil
        for (index, quote) in quotes.enumerated() {
            let score = scorer.score(clauses?.text(of: quote) ?? quote.text)
            quoteScores.append(score)
            // Scare quotes and titles are not quotations.
            if quote.kind == Quote.Kind.mention.rawValue { continue }
            quoteEntries.append(Sentiment.Score(index: index, score: Self.rounded(score), label: labels.label(score)))
        }
        for entity in entities where entity.start < 0 || entity.end > scalarCount || entity.start > entity.end {
            throw StageError.invalidInput("entity \"\(entity.text)\" [\(entity.start), \(entity.end)) lies outside the text (\(scalarCount) characters)")
        }

        document.set(Layer.sentiment, Sentiment(
            document: Sentiment.Score(score: Self.rounded(documentScore), label: labels.label(documentScore)),
            sentences: sentenceScores, quotes: quoteEntries))
        document.set(Layer.stance, stance.analyze(StanceAnalyzer.Input(
            text: text, sentences: sentences, entities: entities, clusters: clusters,
            quotes: quotes, quoteScores: quoteScores)))
    }

    /// Four decimals, as vaderSentiment reports its compound score.
    static func rounded(_ x: Double) -> Double { (x * 10_000).rounded() / 10_000 }
}
