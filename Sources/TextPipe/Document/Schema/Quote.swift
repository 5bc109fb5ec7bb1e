/// A quotation, who said it, and the words that say so.
public struct Quote: JSONConvertible, Codable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case direct, partial, multiParagraph = "multi_paragraph", split, mention
        /// A quotation inside another one ("He told me ‘never again’"): kept, but
        /// not counted as the outer speaker's words, nor in evaluation.
        case nested
    }

    /// The speaker as written in the text. An anonymous source keeps its phrase
    /// with no cluster ("a senior official").
    public struct Speaker: JSONConvertible, Codable, Equatable {
        public var text: String
        public var start: Int?
        public var end: Int?
        public var cluster: Int?
        public var canonical: String?
        public var extra: JSONObject

        public init(text: String, start: Int? = nil, end: Int? = nil, cluster: Int? = nil, canonical: String? = nil,
                    extra: JSONObject = JSONObject()) {
            self.text = text
            self.start = start
            self.end = end
            self.cluster = cluster
            self.canonical = canonical
            self.extra = extra
        }

        private static let known: Set<String> = ["text", "start", "end", "cluster", "canonical"]

        public init(json: JSONValue, path: String) throws(SchemaError) {
            let r = try FieldReader(json, path: path)
            text = try r.required("text")
            start = try r.optional("start")
            end = try r.optional("end")
            cluster = try r.optional("cluster")
            canonical = try r.optional("canonical")
            extra = r.extra(known: Speaker.known)
        }

        public var json: JSONValue {
            var w = FieldWriter()
            w.set("text", text)
            w.set("start", start)
            w.set("end", end)
            w.setOrNull("cluster", cluster)
            w.setOrNull("canonical", canonical)
            return w.finish(extra: extra)
        }
    }

    public var start: Int
    public var end: Int
    /// The quoted words without the quote marks; a split quote's parts joined by one space.
    public var text: String
    public var kind: String
    public var speaker: Speaker?
    /// The cue ("said", "according to"), as a span.
    public var cue: Cue?
    /// The rule or sieve that attributed the quote.
    public var method: String?
    public var confidence: Double?
    public var extra: JSONObject

    public struct Cue: JSONConvertible, Codable, Equatable {
        public var text: String
        public var start: Int
        public var end: Int

        public init(text: String, start: Int, end: Int) {
            self.text = text
            self.start = start
            self.end = end
        }

        public init(json: JSONValue, path: String) throws(SchemaError) {
            let r = try FieldReader(json, path: path)
            text = try r.required("text")
            start = try r.required("start")
            end = try r.required("end")
        }

        public var json: JSONValue { ["text": .string(text), "start": JSONValue(start), "end": JSONValue(end)] }
    }

    public init(start: Int, end: Int, text: String, kind: String, speaker: Speaker? = nil, cue: Cue? = nil,
                method: String? = nil, confidence: Double? = nil, extra: JSONObject = JSONObject()) {
        self.start = start
        self.end = end
        self.text = text
        self.kind = kind
        self.speaker = speaker
        self.cue = cue
        self.method = method
        self.confidence = confidence
        self.extra = extra
    }

    private static let known: Set<String> = ["start", "end", "text", "kind", "speaker", "cue", "method", "confidence"]

    public init(json: JSONValue, path: String) throws(SchemaError) {
        let r = try FieldReader(json, path: path)
        start = try r.required("start")
        end = try r.required("end")
        text = try r.required("text")
        kind = try r.optional("kind") ?? Kind.direct.rawValue
        speaker = try r.optional("speaker")
        cue = try r.optional("cue")
        method = try r.optional("method")
        confidence = try r.optional("confidence")
        extra = r.extra(known: Quote.known)
    }

    public var json: JSONValue {
        var w = FieldWriter()
        w.set("start", start)
        w.set("end", end)
        w.set("text", text)
        w.set("kind", kind)
        w.setOrNull("speaker", speaker)
        w.setOrNull("cue", cue)
        w.set("method", method)
        w.set("confidence", confidence)
        return w.finish(extra: extra)
    }
}
