/// A byte-level JSON reader tuned for JSON Lines documents: one pass, no
/// intermediate tokens, strings without escapes copied in one go.
public struct JSONParser {
    /// Nesting deeper than this is refused instead of exhausting the stack.
    public static let maximumDepth = 512

    private let base: UnsafePointer<UInt8>
    private let end: Int
    private var i = 0
    private var depth = 0

    private init(_ buffer: UnsafeBufferPointer<UInt8>) {
        // An empty buffer has no base address; any valid pointer with end 0 works.
        base = buffer.baseAddress ?? UnsafePointer(bitPattern: 1)!
        end = buffer.count
    }

    /// Parses exactly one JSON value (surrounding whitespace allowed).
    public static func parse(_ buffer: UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> JSONValue {
        if let bad = UTF8Validation.firstInvalidOffset(buffer) {
            throw JSONParseError(offset: bad, reason: "invalid UTF-8")
        }
        var parser = JSONParser(buffer)
        parser.skipWhitespace()
        let value = try parser.parseValue()
        parser.skipWhitespace()
        if parser.i != parser.end {
            throw JSONParseError(offset: parser.i, reason: "unexpected text after the JSON value")
        }
        return value
    }

    public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        try bytes.withUnsafeBufferPointer { (b) throws(JSONParseError) -> JSONValue in try parse(b) }
    }

    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    private func fail(_ reason: String, at offset: Int? = nil) -> JSONParseError {
        JSONParseError(offset: offset ?? i, reason: reason)
    }

    private mutating func skipWhitespace() {
        while i < end {
            switch base[i] {
            case 0x20, 0x0A, 0x0D, 0x09: i += 1
            default: return
            }
        }
    }

    private mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard i < end else { throw fail("unexpected end of input") }
        switch base[i] {
        case UInt8(ascii: "{"): return .object(try parseObject())
        case UInt8(ascii: "["): return .array(try parseArray())
        case UInt8(ascii: "\""): return .string(try parseString())
        case UInt8(ascii: "t"): try expectWord("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectWord("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectWord("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try parseNumber())
        default: throw fail("unexpected character '\(Character(Unicode.Scalar(base[i])))'")
        }
    }

    private mutating func expectWord(_ word: StaticString) throws(JSONParseError) {
        let n = word.utf8CodeUnitCount
        guard i + n <= end else { throw fail("unexpected end of input") }
        let w = word.utf8Start
        for k in 0..<n where base[i + k] != w[k] {
            throw fail("unexpected character")
        }
        i += n
    }

    private mutating func enter() throws(JSONParseError) {
        depth += 1
        if depth > JSONParser.maximumDepth {
            throw fail("nesting deeper than \(JSONParser.maximumDepth) levels")
        }
    }

    private mutating func parseObject() throws(JSONParseError) -> JSONObject {
        try enter()
        defer { depth -= 1 }
        i += 1
        var pairs: [(key: String, value: JSONValue)] = []
        skipWhitespace()
        if i < end, base[i] == UInt8(ascii: "}") { i += 1; return JSONObject(uniquePairs: pairs) }
        while true {
            skipWhitespace()
            guard i < end, base[i] == UInt8(ascii: "\"") else { throw fail("expected a quoted key") }
            let keyOffset = i
            let key = try parseString()
            skipWhitespace()
            guard i < end, base[i] == UInt8(ascii: ":") else { throw fail("expected ':' after key \"\(key)\"") }
            i += 1
            skipWhitespace()
            let value = try parseValue()
            if pairs.contains(where: { $0.key == key }) {
                throw fail("duplicate key \"\(key)\"", at: keyOffset)
            }
            pairs.append((key, value))
            skipWhitespace()
            guard i < end else { throw fail("unexpected end of input inside an object") }
            if base[i] == UInt8(ascii: ",") { i += 1; continue }
            if base[i] == UInt8(ascii: "}") { i += 1; return JSONObject(uniquePairs: pairs) }
            throw fail("expected ',' or '}'")
        }
    }

    private mutating func parseArray() throws(JSONParseError) -> [JSONValue] {
        try enter()
        defer { depth -= 1 }
        i += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if i < end, base[i] == UInt8(ascii: "]") { i += 1; return items }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            guard i < end else { throw fail("unexpected end of input inside a list") }
            if base[i] == UInt8(ascii: ",") { i += 1; continue }
            if base[i] == UInt8(ascii: "]") { i += 1; return items }
            throw fail("expected ',' or ']'")
        }
    }

    private mutating func parseNumber() throws(JSONParseError) -> JSONNumber {
        let start = i
        if base[i] == UInt8(ascii: "-") { i += 1 }
        guard i < end, isDigit(base[i]) else { throw fail("invalid number") }
        if base[i] == UInt8(ascii: "0") {
            i += 1
        } else {
            while i < end, isDigit(base[i]) { i += 1 }
        }
        if i < end, base[i] == UInt8(ascii: ".") {
            i += 1
            guard i < end, isDigit(base[i]) else { throw fail("invalid number") }
            while i < end, isDigit(base[i]) { i += 1 }
        }
        if i < end, base[i] == UInt8(ascii: "e") || base[i] == UInt8(ascii: "E") {
            i += 1
            if i < end, base[i] == UInt8(ascii: "+") || base[i] == UInt8(ascii: "-") { i += 1 }
            guard i < end, isDigit(base[i]) else { throw fail("invalid number") }
            while i < end, isDigit(base[i]) { i += 1 }
        }
        let literal = String(decoding: UnsafeBufferPointer(start: base + start, count: i - start), as: UTF8.self)
        return JSONNumber(literal: literal)
    }

    @inline(__always) private func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }

    private mutating func parseString() throws(JSONParseError) -> String {
        let open = i
        i += 1
        let start = i
        // Fast path: find the closing quote; fall back when an escape appears.
        while i < end {
            let b = base[i]
            if b == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(start: base + start, count: i - start), as: UTF8.self)
                i += 1
                return s
            }
            if b == UInt8(ascii: "\\") { break }
            if b < 0x20 { throw fail("control character inside a string (escape it as \\u00XX)") }
            i += 1
        }
        guard i < end else { throw fail("unterminated string", at: open) }
        var bytes = [UInt8](UnsafeBufferPointer(start: base + start, count: i - start))
        while i < end {
            let b = base[i]
            if b == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: bytes, as: UTF8.self)
            }
            if b < 0x20 { throw fail("control character inside a string (escape it as \\u00XX)") }
            if b != UInt8(ascii: "\\") {
                bytes.append(b)
                i += 1
                continue
            }
            i += 1
            guard i < end else { break }
            let e = base[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""): bytes.append(0x22)
            case UInt8(ascii: "\\"): bytes.append(0x5C)
            case UInt8(ascii: "/"): bytes.append(0x2F)
            case UInt8(ascii: "b"): bytes.append(0x08)
            case UInt8(ascii: "f"): bytes.append(0x0C)
            case UInt8(ascii: "n"): bytes.append(0x0A)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "t"): bytes.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try parseHex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    // A high surrogate must be followed by an escaped low one.
                    if i + 6 <= end, base[i] == UInt8(ascii: "\\"), base[i + 1] == UInt8(ascii: "u") {
                        let save = i
                        i += 2
                        let low = try parseHex4()
                        if (0xDC00...0xDFFF).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        } else {
                            i = save
                            scalar = 0xFFFD
                        }
                    } else {
                        scalar = 0xFFFD
                    }
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    scalar = 0xFFFD
                }
                appendUTF8(Unicode.Scalar(scalar) ?? "\u{FFFD}", to: &bytes)
            default:
                throw fail("invalid escape '\\\(Character(Unicode.Scalar(e)))'", at: i - 2)
            }
        }
        throw fail("unterminated string", at: open)
    }

    private mutating func parseHex4() throws(JSONParseError) -> UInt32 {
        guard i + 4 <= end else { throw fail("incomplete \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = base[i]
            let d: UInt32
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - 0x30)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - 0x61 + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - 0x41 + 10)
            default: throw fail("invalid \\u escape")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }

    private func appendUTF8(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        for unit in UTF8.encode(scalar)! { bytes.append(unit) }
    }
}
