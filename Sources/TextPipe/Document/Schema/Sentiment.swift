/// Polarity scores for the document, its sentences and its quotes.
public struct Sentiment: JSONConvertible, Codable, Equatable {
    /// One score in [-1, 1], with its label (negative, neutral, positive) when given.
    public struct Score: JSONConvertible, Codable, Equatable {
        /// The sentence or quote index; nil for the document score.
        public var index: Int?
        public var score: Double
        public var label: String?
        public var extra: JSONObject

        public init(index: Int? = nil, score: Double, label: String? = nil, extra: JSONObject = JSONObject()) {
            self.index = index
            self.score = score
            self.label = label
            self.extra = extra
        }

        private static let known: Set<String> = ["index", "score", "label"]

        public init(json: JSONValue, path: String) throws(SchemaError) {
            let r = try FieldReader(json, path: path)
            index = try r.optional("index")
            score = try r.required("score")
            label = try r.optional("label")
            extra = r.extra(known: Score.known)
        }

        public var json: JSONValue {
            var w = FieldWriter()
            w.set("index", index)
            w.set("score", score)
            w.set("label", label)
            return w.finish(extra: extra)
        }
    }

    public var document: Score?
    public var sentences: [Score]
    public var quotes: [Score]
    public var extra: JSONObject

    public init(document: Score? = nil, sentences: [Score] = [], quotes: [Score] = [], extra: JSONObject = JSONObject()) {
        self.document = document
        self.sentences = sentences
        self.quotes = quotes
        self.extra = extra
    }

    private static let known: Set<String> = ["document", "sentences", "quotes"]

    public init(json: JSONValue, path: String) throws(SchemaError) {
        let r = try FieldReader(json, path: path)
        document = try r.optional("document")
        sentences = try r.optional("sentences") ?? []
        quotes = try r.optional("quotes") ?? []
        extra = r.extra(known: Sentiment.known)
    }

    public var json: JSONValue {
        var w = FieldWriter()
        w.set("document", document)
        w.set("sentences", sentences)
        w.set("quotes", quotes)
        return w.finish(extra: extra)
    }
}

/// Where a holder stands toward a target, with the evidence for it.
public struct Stance: JSONConvertible, Codable, Equatable {
    /// The speaker's canonical name; nil for the document's own voice.
    public var holder: String?
    public var target: String
    /// favor, against or neutral.
    public var label: String
    public var score: Double
    /// Quote indices, or sentence indices when the holder is the document.
    public var evidence: [Int]
    public var extra: JSONObject

    public init(holder: String?, target: String, label: String, score: Double, evidence: [Int],
                extra: JSONObject = JSONObject()) {
        self.holder = holder
        self.target = target
        self.label = label
        self.score = score
        self.evidence = evidence
        self.extra = extra
    }

    private static let known: Set<String> = ["holder", "target", "label", "score", "evidence"]

    public init(json: JSONValue, path: String) throws(SchemaError) {
        let r = try FieldReader(json, path: path)
        holder = try r.optional("holder")
        target = try r.required("target")
        label = try r.required("label")
        score = try r.optional("score") ?? 0
        evidence = try r.optional("evidence") ?? []
        extra = r.extra(known: Stance.known)
    }

    public var json: JSONValue {
        var w = FieldWriter()
        w.setOrNull("holder", holder)
        w.set("target", target)
        w.set("label", label)
        w.set("score", score)
        w.set("evidence", evidence)
        return w.finish(extra: extra)
    }
}
