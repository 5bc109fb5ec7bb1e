/// One line of errors.jsonl: which document failed, where it came from, in
/// which stage, and why.
public struct ErrorRecord: Error, Sendable, Equatable {
    public var id: String
    public var path: String?
    /// The 1-based line, for a document read from JSONL.
    public var line: Int?
    /// The stage id, or `read` when the input itself could not be read.
    public var stage: String
    public var message: String

    public init(id: String, path: String?, line: Int? = nil, stage: String, message: String) {
        self.id = id
        self.path = path
        self.line = line
        self.stage = stage
        self.message = message
    }

    public var json: JSONValue {
        var o = JSONObject()
        o["id"] = .string(id)
        if let path { o["path"] = .string(path) }
        if let line { o["line"] = JSONValue(line) }
        o["stage"] = .string(stage)
        o["error"] = .string(message)
        return .object(o)
    }

    /// A one-line summary for logs: `seeds/a.html: stage segment: message`.
    public var summary: String {
        var place = path ?? id
        if let line { place += ":\(line)" }
        return "\(place): \(stage): \(message)"
    }
}
