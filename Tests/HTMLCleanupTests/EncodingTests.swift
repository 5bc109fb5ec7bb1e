import Testing
import TextPipe
@testable import HTMLCleanup

/// The runner decodes a file's bytes (`SourceDecoder`) before the stage sees
/// them; these check the two together, from raw bytes to clean text.
@Suite("encodings, from bytes")
struct EncodingTests {
    func cleanBytes(_ bytes: [UInt8]) throws -> (Document, SourceDecoder.Decoded) {
        let decoded = try SourceDecoder.decode(bytes)
        return (try cleanHTML(decoded.text, ["mode": "full"]), decoded)
    }

    @Test func utf8WithBOM() throws {
        let (doc, _) = try cleanBytes([0xEF, 0xBB, 0xBF] + Array("<p>Grüße</p>".utf8))
        #expect(doc.text == "Grüße")
    }

    @Test func utf16WithBOM() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "<p>Grüße “x”</p>".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let (doc, decoded) = try cleanBytes(bytes)
        #expect(doc.text == "Grüße “x”")
        #expect(decoded.encoding != nil)
    }

    @Test func declaredLatin1() throws {
        let bytes = Array("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Gr".utf8) + [0xFC, 0xDF, 0x65]
            + Array("</p></body></html>".utf8)
        let (doc, decoded) = try cleanBytes(bytes)
        #expect(doc.text == "Grüße")
        #expect(decoded.encoding != nil)
    }

    @Test func undeclaredInvalidUTF8FallsBackToWindows1252() throws {
        // 0x93/0x94 are curly quotes in windows-1252; they must stay curly.
        let bytes = Array("<p>".utf8) + [0x93] + Array("Hi".utf8) + [0x94, 0x20, 0x96, 0x20, 0xE9] + Array("</p>".utf8)
        let (doc, _) = try cleanBytes(bytes)
        #expect(doc.text == "“Hi” – é")
    }
}
