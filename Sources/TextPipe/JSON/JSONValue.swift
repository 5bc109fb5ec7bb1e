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
/// `1.0` and a 20-digit id is never rounded through a `Double`. Integers made
/// by stages are kept as `Int` (no text to build for every offset of every span).
public struct JSONNumber: Sendable, Equatable, CustomStringConvertible {
    private enum Storage: Sendable {
        case int(Int)
        case literal(String)
    }

    private let storage: Storage

    /// Wraps text that is already a valid JSON number literal.
    public init(literal: String) { storage = .literal(literal) }

    public init(_ value: Int) { storage = .int(value) }

    public init(_ value: Double) {
        if value.isNaN || value.isInfinite {
            // JSON has no NaN or infinity; zero keeps the output valid.
            storage = .literal("0")
        } else if value == value.rounded(), abs(value) < 1e15 {
            storage = .literal(String(Int(value)) + ".0")
        } else {
            storage = .literal("\(value)")
        }
    }

    /// The number as JSON text.
    public var literal: String {
        switch storage {
        case .int(let i): return String(i)
        case .literal(let s): return s
        }
    }

    public var intValue: Int? {
        switch storage {
        case .int(let i): return i
        case .literal(let s): return Int(s)
        }
    }

    public var doubleValue: Double {
        switch storage {
        case .int(let i): return Double(i)
        case .literal(let s): return Double(s) ?? 0
        }
    }

    public var description: String { literal }

    /// Appends the number's JSON text to a byte buffer without building a String for integers.
    func write(to bytes: inout [UInt8]) {
        switch storage {
        case .literal(let s):
            bytes.append(contentsOf: s.utf8)
        case .int(let value):
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.maxDecimalLength) { digits in
                let n = Self.writeDecimal(value, to: digits.baseAddress!)
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: digits[0..<n]))
            }
        }
    }

    /// The longest decimal an `Int` can take: a sign and 19 digits.
    static let maxDecimalLength = 20

    /// Writes `value` in decimal at `out` (room for `maxDecimalLength`
    /// bytes) and returns how many bytes it took.
    @inline(__always)
    static func writeDecimal(_ value: Int, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var n = 0
        if value < 0 {
            out[0] = UInt8(ascii: "-")
            n = 1
        }
        var v = value.magnitude
        var digits = 1
        var scale: UInt = 10
        while v >= scale && digits < 19 {
            digits += 1
            scale &*= 10
        }
        var i = n + digits
        n = i
        repeat {
            i -= 1
            out[i] = UInt8(truncatingIfNeeded: v % 10) &+ 0x30
            v /= 10
        } while v > 0
        return n
    }

    /// Two numbers are equal when they denote the same value (`1.0` == `1`).
    public static func == (a: JSONNumber, b: JSONNumber) -> Bool {
        if case .int(let x) = a.storage, case .int(let y) = b.storage { return x == y }
        return a.literal == b.literal || a.doubleValue == b.doubleValue
    }
}
