import Testing
@testable import TextPipe

@Suite("JSON reading and writing")
struct JSONTests {
    @Test("a document round-trips byte for byte, unknown fields and number spellings included")
    func roundTrip() throws {
        let line = #"{"id":"a","zz":[1.50,1e3,-0.0,12345678901234567890],"text":"caf\u00e9 \"q\" \\ \n","nested":{"k":null,"b":true}}"#
        let value = try JSONParser.parse(line)
        let out = JSONWriter.string(value)
        #expect(out == #"{"id":"a","zz":[1.50,1e3,-0.0,12345678901234567890],"text":"café \"q\" \\ \n","nested":{"k":null,"b":true}}"#)
        #expect(try JSONParser.parse(out) == value)
    }

    @Test("keys keep their order")
    func keyOrder() throws {
        let value = try JSONParser.parse(#"{"z":1,"a":2,"m":3}"#)
        #expect(value.objectValue?.keys == ["z", "a", "m"])
    }

    @Test("escapes, surrogate pairs and lone surrogates")
    func escapes() throws {
        #expect(try JSONParser.parse(#""\ud83d\ude00""#) == "😀")
        #expect(try JSONParser.parse(#""\ud83d x""#) == "\u{FFFD} x")
        #expect(try JSONParser.parse(#""\t\/\b\f\r""#) == "\t/\u{08}\u{0C}\r")
        #expect(JSONWriter.string("\u{01}\u{1F}") == #""\u0001\u001f""#)
    }

    @Test("errors name the byte offset", arguments: [
        (#"{"a":1,}"#, 7, "expected a quoted key"),
        (#"{"a" 1}"#, 5, "expected ':'"),
        (#"[1,2"#, 4, "unexpected end of input"),
        (#"{"a":1}x"#, 7, "unexpected text after"),
        (#"{"a":"x"#, 5, "unterminated string"),
        (#"{"a":01}"#, 6, "expected ',' or '}'"),
        (#"{"a":1,"a":2}"#, 7, "duplicate key"),
        ("\"a\u{01}\"", 2, "control character"),
        (#""\q""#, 1, "invalid escape"),
        ("", 0, "unexpected end of input"),
    ])
    func errors(input: String, offset: Int, reason: String) {
        do {
            _ = try JSONParser.parse(input)
            Issue.record("expected an error for \(input)")
        } catch {
            #expect(error.offset == offset, "\(input): \(error)")
            #expect(error.reason.contains(reason), "\(input): \(error)")
        }
    }

    @Test("invalid UTF-8 is refused with its offset")
    func invalidUTF8() {
        let bytes: [UInt8] = Array(#"{"text":"ab"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
        #expect(throws: JSONParseError(offset: 11, reason: "invalid UTF-8")) { try JSONParser.parse(bytes) }
        #expect(UTF8Validation.firstInvalidOffset([0xED, 0xA0, 0x80]) == 0, "UTF-8-encoded surrogates are invalid")
        #expect(UTF8Validation.firstInvalidOffset([0xF4, 0x90, 0x80, 0x80]) == 0, "beyond U+10FFFF is invalid")
        #expect(UTF8Validation.firstInvalidOffset(Array("aaaaaaaaaaé😀".utf8)) == nil)
        #expect(UTF8Validation.firstInvalidOffset(Array("aaaaaaaaaa".utf8) + [0xE2, 0x82]) == 10, "truncated at the end")
    }

    @Test("deep nesting is refused instead of overflowing the stack")
    func depthLimit() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(deep) }
        let ok = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: Never.self) { try JSONParser.parse(ok) }
    }

    @Test("numbers compare by value but keep their spelling")
    func numbers() throws {
        let a = try JSONParser.parse("1.0")
        let b = try JSONParser.parse("1")
        #expect(a == b)
        #expect(JSONWriter.string(a) == "1.0")
        #expect(JSONValue(0.5).doubleValue == 0.5)
        #expect(JSONWriter.string(JSONValue(Double.nan)) == "0")
        #expect(JSONWriter.string(JSONValue(3.0)) == "3.0")
    }

    @Test("integers made by stages are written exactly, and equal their spelled-out forms")
    func integers() throws {
        for value in [0, 7, -7, 1_000_000, Int.max, Int.min] {
            let written = JSONWriter.string(JSONValue(value))
            #expect(written == String(value))
            #expect(try JSONParser.parse(written) == JSONValue(value))
        }
        #expect(JSONValue(3) == (try JSONParser.parse("3.0")), "an Int equals the same value spelled as a literal")
        #expect(JSONNumber(42).literal == "42")
        #expect(JSONNumber(42).doubleValue == 42)
        let span = Span(start: 3, end: 12)
        #expect(JSONWriter.string(span.json) == #"{"start":3,"end":12}"#)
    }

    @Test("Codable bridging decodes and encodes the same values")
    func codable() throws {
        let value: JSONValue = ["a": [1, 2.5, "x", nil, true], "b": ["c": "d"]]
        let data = try JSONEncoder().encode(value)
        let back = try JSONDecoder().decode(JSONValue.self, from: data)
        #expect(back == value)
    }
}

import Foundation

/// The writer skips plain text eight bytes at a time; every special byte must
/// still be escaped wherever it falls in the word.
@Suite("JSON string escaping")
struct JSONEscapingTests {
    static func naive(_ s: String) -> String {
        var out: [UInt8] = [0x22]
        for b in s.utf8 {
            switch b {
            case 0x22: out += Array("\\\"".utf8)
            case 0x5C: out += Array("\\\\".utf8)
            case 0x0A: out += Array("\\n".utf8)
            case 0x0D: out += Array("\\r".utf8)
            case 0x09: out += Array("\\t".utf8)
            case 0x08: out += Array("\\b".utf8)
            case 0x0C: out += Array("\\f".utf8)
            case 0..<0x20: out += Array(String(format: "\\u%04x", b).utf8)
            default: out.append(b)
            }
        }
        out.append(0x22)
        return String(decoding: out, as: UTF8.self)
    }

    @Test func everyPositionOfEverySpecialByte() throws {
        let specials: [Character] = ["\"", "\\", "\n", "\r", "\t", "\u{08}", "\u{0C}", "\u{01}", "\u{1F}"]
        for length in 0..<20 {
            for position in 0..<max(length, 1) {
                for special in specials {
                    var chars = Array(repeating: Character("a"), count: length)
                    if length > 0 { chars[position] = special }
                    let s = String(chars) + "é—x"
                    var w = JSONWriter()
                    w.write(string: s)
                    let written = String(decoding: w.bytes, as: UTF8.self)
                    #expect(written == Self.naive(s))
                    #expect(try JSONParser.parse(w.bytes) == .string(s))
                }
            }
        }
    }
}
