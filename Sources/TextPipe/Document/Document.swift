/// One document as it travels through a pipeline: a JSON object whose known
/// layers are read and written through typed `LayerKey`s, while every other
/// field, including ones added by other tools, is carried along untouched and
/// in its original order.
public struct Document: Sendable {
    /// All top-level fields in order; a span layer kept typed (see
    /// `spanLayers`) holds a null here to keep its place.
    private var storage: JSONObject

    /// Span layers (paragraphs, sentences, tokens) set by stages, kept as
    /// spans until the document is written: a token layer has one object per
    /// word, and building a `JSONValue` for each cost more than finding them.
    private var spanLayers: [String: [Span]] = [:]

    /// All top-level fields, `id` included.
    public var fields: JSONObject {
        guard !spanLayers.isEmpty else { return storage }
        var all = storage
        for (name, spans) in spanLayers { all[name] = spans.json }
        return all
    }

    /// A new document with an id and, optionally, its text.
    public init(id: String, text: String? = nil) {
        storage = JSONObject()
        storage["id"] = .string(id)
        if let text { storage["text"] = .string(text) }
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
        storage = object
    }

    public var id: String {
        get { storage["id"]?.stringValue ?? "" }
        set { storage["id"] = .string(newValue) }
    }

    /// The clean text, when some stage or the input provided it.
    public var text: String? {
        get { storage["text"]?.stringValue }
        set {
            spanLayers["text"] = nil
            storage["text"] = newValue.map(JSONValue.string)
        }
    }

    /// Whether the top-level field is present and not null.
    public func has(_ layer: String) -> Bool {
        if spanLayers[layer] != nil { return true }
        if let v = storage[layer] { return !v.isNull }
        return false
    }

    /// Reads a layer; nil when absent, a `SchemaError` when present with the wrong shape.
    public func get<V>(_ key: LayerKey<V>) throws(SchemaError) -> V? {
        if let spans = spanLayers[key.name] {
            if let typed = spans as? V { return typed }
            return try V(json: spans.json, path: key.name)
        }
        guard let value = storage[key.name], !value.isNull else { return nil }
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
        spanLayers[key.name] = nil
        if let spans = value as? [Span], key.name != "id", spans.allSatisfy({ $0.extra.isEmpty }) {
            storage[key.name] = .null
            spanLayers[key.name] = spans
            return
        }
        storage[key.name] = value?.json
    }

    /// Reads or writes any top-level field by name. The id can only be changed
    /// through `id`, so it is never removed or given another type.
    public subscript(field name: String) -> JSONValue? {
        get {
            if let spans = spanLayers[name] { return spans.json }
            return storage[name]
        }
        set {
            guard name != "id" else { return }
            spanLayers[name] = nil
            storage[name] = newValue
        }
    }

    /// Records that a stage has run on this document.
    public mutating func appendProvenance(_ entry: Provenance) {
        spanLayers["provenance"] = nil
        if case .array(var list) = storage["provenance"] ?? .null {
            list.append(entry.json)
            storage["provenance"] = .array(list)
        } else {
            storage["provenance"] = .array([entry.json])
        }
    }

    public var json: JSONValue { .object(fields) }

    /// The document as one JSON line, newline included.
    public func jsonLine() -> [UInt8] {
        var w = JSONWriter()
        if spanLayers.isEmpty {
            w.write(.object(storage))
        } else {
            w.appendByte(UInt8(ascii: "{"))
            var first = true
            for (name, value) in storage {
                if !first { w.appendByte(UInt8(ascii: ",")) }
                first = false
                w.write(string: name)
                w.appendByte(UInt8(ascii: ":"))
                if let spans = spanLayers[name] { w.write(plainSpans: spans) } else { w.write(value) }
            }
            w.appendByte(UInt8(ascii: "}"))
        }
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

extension Document: Equatable {
    /// Documents are equal when their JSON is, however their layers are kept.
    public static func == (a: Document, b: Document) -> Bool {
        if a.spanLayers.isEmpty && b.spanLayers.isEmpty { return a.storage == b.storage }
        return a.fields == b.fields
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
