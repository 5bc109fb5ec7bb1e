/// A JSON value as textpipe stores documents: objects keep their key order and
/// numbers keep their literal text, so a document read and written again comes
/// out with every field, known or not, exactly as it went in.
public enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONValue])
    case object(JSONObject)
}

extension JSONValue {
    public init(_ value: Int) { self = .number(JSONNumber(value)) }
    public init(_ value: Double) { self = .number(JSONNumber(value)) }
    public init(_ value: String) { self = .string(value) }
    public init(_ value: Bool) { self = .bool(value) }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    public var intValue: Int? {
        if case .number(let n) = self { return n.intValue }
        return nil
    }

    public var doubleValue: Double? {
        if case .number(let n) = self { return n.doubleValue }
        return nil
    }

    public var boolValue: Bool? {
        if case .bool(let b) = self { return b }
        return nil
    }

    public var arrayValue: [JSONValue]? {
        if case .array(let a) = self { return a }
        return nil
    }

    public var objectValue: JSONObject? {
        if case .object(let o) = self { return o }
        return nil
    }

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    /// The JSON type's name, for error messages.
    public var typeName: String {
        switch self {
        case .null: return "null"
        case .bool: return "boolean"
        case .number(let n): return n.intValue != nil ? "integer" : "number"
        case .string: return "string"
        case .array: return "list"
        case .object: return "mapping"
        }
    }
}

extension JSONValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByBooleanLiteral, ExpressibleByNilLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .number(JSONNumber(value)) }
    public init(floatLiteral value: Double) { self = .number(JSONNumber(value)) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(nilLiteral: ()) { self = .null }
    public init(arrayLiteral elements: JSONValue...) { self = .array(elements) }
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        self = .object(JSONObject(elements))
    }
}

/// A JSON number kept as the text it was written with, so that `1.0` stays
/// `1.0` and a 20-digit id is never rounded through a `Double`.
public struct JSONNumber: Sendable, Equatable, CustomStringConvertible {
    public let literal: String

    /// Wraps text that is already a valid JSON number literal.
    public init(literal: String) { self.literal = literal }

    public init(_ value: Int) { self.literal = String(value) }

    public init(_ value: Double) {
        if value.isNaN || value.isInfinite {
            // JSON has no NaN or infinity; null-like zero keeps the output valid.
            self.literal = "0"
        } else if value == value.rounded(), abs(value) < 1e15 {
            self.literal = String(Int(value)) + ".0"
        } else {
            self.literal = "\(value)"
        }
    }

    public var intValue: Int? { Int(literal) }
    public var doubleValue: Double { Double(literal) ?? 0 }
    public var description: String { literal }

    /// Two numbers are equal when they denote the same value (`1.0` == `1`).
    public static func == (a: JSONNumber, b: JSONNumber) -> Bool {
        a.literal == b.literal || a.doubleValue == b.doubleValue
    }
}
