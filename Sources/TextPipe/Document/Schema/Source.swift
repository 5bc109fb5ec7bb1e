/// Where a document came from: its file, detected format, checksum and size.
public struct Source: JSONConvertible, Codable, Equatable {
    public enum Format: String, Sendable, CaseIterable {
        case html, xml, text, jsonl
    }

    public var path: String?
    public var format: Format?
    public var sha256: String?
    public var bytes: Int?
    /// The character encoding the bytes were decoded from, when it was not UTF-8.
    public var encoding: String?
    public var extra: JSONObject

    public init(path: String? = nil, format: Format? = nil, sha256: String? = nil, bytes: Int? = nil,
                encoding: String? = nil, extra: JSONObject = JSONObject()) {
        self.path = path
        self.format = format
        self.sha256 = sha256
        self.bytes = bytes
        self.encoding = encoding
        self.extra = extra
    }

    private static let known: Set<String> = ["path", "format", "sha256", "bytes", "encoding"]

    public init(json: JSONValue, path: String) throws(SchemaError) {
        let r = try FieldReader(json, path: path)
        self.path = try r.optional("path")
        if let f: String = try r.optional("format") {
            guard let format = Format(rawValue: f) else {
                throw SchemaError(path: path + ".format",
                                  problem: "unknown format \"\(f)\" (use html, xml, text or jsonl)")
            }
            self.format = format
        }
        sha256 = try r.optional("sha256")
        bytes = try r.optional("bytes")
        encoding = try r.optional("encoding")
        extra = r.extra(known: Source.known)
    }

    public var json: JSONValue {
        var w = FieldWriter()
        w.set("path", path)
        w.set("format", format?.rawValue)
        w.set("sha256", sha256)
        w.set("bytes", bytes)
        w.set("encoding", encoding)
        return w.finish(extra: extra)
    }
}
