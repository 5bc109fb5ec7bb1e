/// A half-open range `[start, end)` of Unicode scalar offsets into `text`.
/// Paragraphs, sentences and tokens are spans; `extra` keeps any further fields
/// (html-cleanup's `source_start`/`source_end`, or a user tool's own).
public struct Span: JSONConvertible, Codable, Hashable {
    public var start: Int
    public var end: Int
    public var extra: JSONObject

    public init(start: Int, end: Int, extra: JSONObject = JSONObject()) {
        self.start = start
        self.end = end
        self.extra = extra
    }

    public var length: Int { end - start }

    private static let known: Set<String> = ["start", "end"]

    public init(json: JSONValue, path: String) throws(SchemaError) {
        let r = try FieldReader(json, path: path)
        start = try r.required("start")
        end = try r.required("end")
        guard start >= 0, end >= start else {
            throw SchemaError(path: path, problem: "span [\(start), \(end)) is not a valid range")
        }
        extra = r.extra(known: Span.known)
    }

    public var json: JSONValue {
        // Spans are the most numerous values in a document (one per token), so
        // the common case builds its object in one step.
        if extra.isEmpty {
            return .object(JSONObject(uniquePairs: [("start", .number(JSONNumber(start))), ("end", .number(JSONNumber(end)))]))
        }
        var w = FieldWriter()
        w.set("start", start)
        w.set("end", end)
        return w.finish(extra: extra)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(start)
        hasher.combine(end)
    }
}
