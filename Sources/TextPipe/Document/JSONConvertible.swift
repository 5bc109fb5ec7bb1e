/// A schema type that converts to and from `JSONValue` directly, which is how
/// textpipe reads and writes layers without going through `Codable`'s boxing.
public protocol JSONConvertible: Sendable {
    /// `path` names where the value sits in the document, for error messages.
    init(json: JSONValue, path: String) throws(SchemaError)
    var json: JSONValue { get }
}

extension JSONConvertible where Self: Codable {
    public init(from decoder: any Decoder) throws {
        let value = try JSONValue(from: decoder)
        try self.init(json: value, path: "$")
    }

    public func encode(to encoder: any Encoder) throws {
        try json.encode(to: encoder)
    }
}

extension Array: JSONConvertible where Element: JSONConvertible {
    public init(json: JSONValue, path: String) throws(SchemaError) {
        guard case .array(let items) = json else { throw .wrongType(path, expected: "a list", found: json) }
        var result: [Element] = []
        result.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            result.append(try Element(json: item, path: "\(path)[\(i)]"))
        }
        self = result
    }

    public var json: JSONValue { .array(map(\.json)) }
}

extension String: JSONConvertible {
    public init(json: JSONValue, path: String) throws(SchemaError) {
        guard case .string(let s) = json else { throw .wrongType(path, expected: "a string", found: json) }
        self = s
    }

    public var json: JSONValue { .string(self) }
}

extension Int: JSONConvertible {
    public init(json: JSONValue, path: String) throws(SchemaError) {
        guard case .number(let n) = json, let v = n.intValue else {
            throw .wrongType(path, expected: "an integer", found: json)
        }
        self = v
    }

    public var json: JSONValue { JSONValue(self) }
}

extension Double: JSONConvertible {
    public init(json: JSONValue, path: String) throws(SchemaError) {
        guard case .number(let n) = json else { throw .wrongType(path, expected: "a number", found: json) }
        self = n.doubleValue
    }

    public var json: JSONValue { JSONValue(self) }
}

extension JSONValue: JSONConvertible {
    public init(json: JSONValue, path: String) { self = json }
    public var json: JSONValue { self }
}

/// Reads the fields of one JSON object with typed accessors and collects the
/// keys it did not ask for, so a schema type can keep them untouched.
public struct FieldReader {
    public let object: JSONObject
    public let path: String

    public init(_ json: JSONValue, path: String) throws(SchemaError) {
        guard case .object(let o) = json else { throw .wrongType(path, expected: "a mapping", found: json) }
        object = o
        self.path = path
    }

    private func fieldPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    public func required<T: JSONConvertible>(_ key: String, as type: T.Type = T.self) throws(SchemaError) -> T {
        guard let v = object[key], !v.isNull else { throw .missing(fieldPath(key), expected: String(describing: T.self)) }
        return try T(json: v, path: fieldPath(key))
    }

    public func optional<T: JSONConvertible>(_ key: String, as type: T.Type = T.self) throws(SchemaError) -> T? {
        guard let v = object[key], !v.isNull else { return nil }
        return try T(json: v, path: fieldPath(key))
    }

    /// The fields whose keys are not in `known`, in their original order.
    public func extra(known: Set<String>) -> JSONObject {
        var rest = JSONObject()
        for (k, v) in object where !known.contains(k) { rest[k] = v }
        return rest
    }
}

/// Builds a JSON object field by field, leaving out nil values, then appends
/// the unknown fields a value carried in.
public struct FieldWriter {
    public private(set) var object = JSONObject()

    public init() {}

    public mutating func set<T: JSONConvertible>(_ key: String, _ value: T?) {
        if let value { object[key] = value.json }
    }

    /// Writes an explicit `null` when the value is missing (schema fields that are
    /// always present, like a quote's `speaker`).
    public mutating func setOrNull<T: JSONConvertible>(_ key: String, _ value: T?) {
        object[key] = value?.json ?? .null
    }

    public func finish(extra: JSONObject) -> JSONValue {
        var o = object
        for (k, v) in extra where o[k] == nil { o[k] = v }
        return .object(o)
    }
}
