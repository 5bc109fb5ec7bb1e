/// One document as it travels through a pipeline: a JSON object whose known
/// layers are read and written through typed `LayerKey`s, while every other
/// field, including ones added by other tools, is carried along untouched and
/// in its original order.
public struct Document: Sendable, Equatable {
    /// All top-level fields, `id` included.
    public private(set) var fields: JSONObject

    /// A new document with an id and, optionally, its text.
    public init(id: String, text: String? = nil) {
        fields = JSONObject()
        fields["id"] = .string(id)
        if let text { fields["text"] = .string(text) }
    }

    /// Reads a document from a JSON object; it must have a string `id`.
    public init(json: JSONValue) throws(SchemaError) {
        guard case .object(let object) = json else {
            throw SchemaError(path: "$", problem: "a document must be a JSON object, found \(json.typeName)")
        }
        guard let id = object["id"] else {
            throw SchemaError(path: "id", problem: "missing: every document needs a string \"id\"")
        }
        guard case .string(let s) = id, !s.isEmpty else {
            throw SchemaError(path: "id", problem: "expected a non-empty string, found \(id.typeName)")
        }
        fields = object
    }

    public var id: String {
        get { fields["id"]?.stringValue ?? "" }
        set { fields["id"] = .string(newValue) }
    }

    /// The clean text, when some stage or the input provided it.
    public var text: String? {
        get { fields["text"]?.stringValue }
        set { fields["text"] = newValue.map(JSONValue.string) }
    }

    /// Whether the top-level field is present and not null.
    public func has(_ layer: String) -> Bool {
        if let v = fields[layer] { return !v.isNull }
        return false
    }

    /// Reads a layer; nil when absent, a `SchemaError` when present with the wrong shape.
    public func get<V>(_ key: LayerKey<V>) throws(SchemaError) -> V? {
        guard let value = fields[key.name], !value.isNull else { return nil }
        return try V(json: value, path: key.name)
    }

    /// Reads a layer a stage cannot work without.
    public func require<V>(_ key: LayerKey<V>) throws(StageError) -> V {
        let value: V?
        do { value = try get(key) } catch { throw .schema(error) }
        guard let value else { throw .missingLayer(key.name) }
        return value
    }

    /// Writes a layer in place (new layers go last); nil removes it.
    public mutating func set<V>(_ key: LayerKey<V>, _ value: V?) {
        fields[key.name] = value?.json
    }

    /// Reads or writes any top-level field by name. The id can only be changed
    /// through `id`, so it is never removed or given another type.
    public subscript(field name: String) -> JSONValue? {
        get { fields[name] }
        set {
            guard name != "id" else { return }
            fields[name] = newValue
        }
    }

    /// Records that a stage has run on this document.
    public mutating func appendProvenance(_ entry: Provenance) {
        if case .array(var list) = fields["provenance"] ?? .null {
            list.append(entry.json)
            fields["provenance"] = .array(list)
        } else {
            fields["provenance"] = .array([entry.json])
        }
    }

    public var json: JSONValue { .object(fields) }

    /// The document as one JSON line, newline included.
    public func jsonLine() -> [UInt8] {
        var w = JSONWriter()
        w.write(.object(fields))
        w.appendByte(0x0A)
        return w.bytes
    }

    /// Parses one JSON line into a document.
    public static func parse(line: [UInt8]) throws(DocumentReadError) -> Document {
        let value: JSONValue
        do {
            value = try JSONParser.parse(line)
        } catch {
            throw .json(error)
        }
        do {
            return try Document(json: value)
        } catch {
            throw .schema(error)
        }
    }
}

/// Why one line of JSONL could not become a document.
public enum DocumentReadError: Error, Sendable, CustomStringConvertible {
    case json(JSONParseError)
    case schema(SchemaError)

    public var description: String {
        switch self {
        case .json(let e): return "not valid JSON: \(e)"
        case .schema(let e): return e.description
        }
    }
}

extension Document: Codable {
    public init(from decoder: any Decoder) throws {
        try self.init(json: try JSONValue(from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }
}
