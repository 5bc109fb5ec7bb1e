import TextPipe

/// The scores of one document.
public struct DocumentEvaluation: Sendable, Equatable {
    public struct QuoteNote: Sendable, Equatable {
        public enum Outcome: String, Sendable { case right, wrongSpeaker = "wrong speaker", missed, extra }
        public var gold: String
        public var speaker: String?
        public var predictedSpeaker: String?
        public var outcome: Outcome
    }

    public var id: String
    public var quotesExact = Counts()
    public var quotesOverlap = Counts()
    public var speakers = Accuracy()
    /// By label; nil when gold has no entities.
    public var entities: [String: Counts]?
    public var sentences: Counts?
    public var documentPolarity = Accuracy()
    public var quotePolarity = Accuracy()
    /// What happened to each gold quote, and each predicted quote no gold one matched.
    public var quoteNotes: [QuoteNote] = []

    public init(id: String) { self.id = id }

    public var entitiesOverall: Counts? { entities.map { $0.values.reduce(Counts(), +) } }
}

/// All documents' scores and their totals (micro-averaged: counts are summed).
public struct Evaluation: Sendable {
    public var documents: [DocumentEvaluation]
    public var predictedWithoutGold: [String]
    public var goldWithoutPrediction: [String]

    public var total: DocumentEvaluation {
        var t = DocumentEvaluation(id: "total")
        for d in documents {
            t.quotesExact = t.quotesExact + d.quotesExact
            t.quotesOverlap = t.quotesOverlap + d.quotesOverlap
            t.speakers = t.speakers + d.speakers
            t.documentPolarity = t.documentPolarity + d.documentPolarity
            t.quotePolarity = t.quotePolarity + d.quotePolarity
            if let e = d.entities {
                var merged = t.entities ?? [:]
                for (label, c) in e { merged[label] = (merged[label] ?? Counts()) + c }
                t.entities = merged
            }
            if let s = d.sentences { t.sentences = (t.sentences ?? Counts()) + s }
        }
        return t
    }

    /// The metrics `--fail-under` can name, with their total values (nil: nothing to measure).
    public var metrics: [(name: String, value: Double?)] {
        let t = total
        var list: [(String, Double?)] = [
            ("quotes.exact.precision", t.quotesExact.precision), ("quotes.exact.recall", t.quotesExact.recall),
            ("quotes.exact.f1", t.quotesExact.f1),
            ("quotes.precision", t.quotesOverlap.precision), ("quotes.recall", t.quotesOverlap.recall),
            ("quotes.f1", t.quotesOverlap.f1),
            ("speakers.accuracy", t.speakers.value),
            ("entities.precision", t.entitiesOverall?.precision), ("entities.recall", t.entitiesOverall?.recall),
            ("entities.f1", t.entitiesOverall?.f1),
            ("sentences.f1", t.sentences?.f1),
            ("polarity.accuracy", t.documentPolarity.value), ("quote_polarity.accuracy", t.quotePolarity.value),
        ]
        for label in (t.entities ?? [:]).keys.sorted() {
            list.append(("entities.\(label).f1", t.entities?[label]?.f1))
        }
        return list
    }
}
