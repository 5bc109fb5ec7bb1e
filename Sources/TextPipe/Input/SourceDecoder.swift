import Foundation

/// Turns a file's bytes into text, deciding the encoding the way browsers and
/// feed readers do, so html-cleanup and every later stage see one `String`.
///
/// The order: a byte-order mark; then a charset declared in the first 2 KB
/// (`<meta charset>`, `http-equiv` Content-Type, the XML declaration); then
/// UTF-8; then windows-1252. One exception: a page declared as a single-byte
/// Western charset whose bytes are valid UTF-8 with multi-byte sequences is
/// read as UTF-8, since mislabelled UTF-8 pages are far commoner than Latin-1
/// text that happens to form valid UTF-8.
public enum SourceDecoder {
    public struct Decoded: Sendable, Equatable {
        public var text: String
        /// The encoding's name when it was not UTF-8 (recorded in `source.encoding`).
        public var encoding: String?
    }

    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        /// A NUL byte in text: almost certainly not a text or markup file.
        case binary(offset: Int)

        public var description: String {
            switch self {
            case .binary(let offset):
                return "looks like binary data (NUL byte at offset \(offset)); textpipe reads HTML, XML, plain text or JSONL"
            }
        }
    }

    public static func decode(_ bytes: [UInt8], sniffMarkup: Bool = true) throws(Failure) -> Decoded {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return Decoded(text: String(decoding: bytes.dropFirst(3), as: UTF8.self), encoding: nil)
        }
        if bytes.starts(with: [0xFE, 0xFF]) { return Decoded(text: utf16(bytes.dropFirst(2), bigEndian: true), encoding: "utf-16be") }
        if bytes.starts(with: [0xFF, 0xFE]) { return Decoded(text: utf16(bytes.dropFirst(2), bigEndian: false), encoding: "utf-16le") }
        if let nul = bytes.firstIndex(of: 0) { throw .binary(offset: nul) }

        let invalidAt = UTF8Validation.firstInvalidOffset(bytes)
        let declared = sniffMarkup ? declaredCharset(bytes) : nil
        if let declared, !isUTF8Name(declared), bytes.contains(where: { $0 >= 0x80 }) {
            let westernSingleByte = ["iso-8859-1", "iso8859-1", "latin1", "latin-1", "windows-1252", "cp1252", "us-ascii", "ascii"]
                .contains(declared)
            if westernSingleByte {
                if invalidAt != nil { return Decoded(text: windows1252(bytes), encoding: "windows-1252") }
            } else if let encoding = foundationEncoding(declared),
                      let text = String(data: Data(bytes), encoding: encoding) {
                return Decoded(text: text, encoding: declared)
            }
        }
        if invalidAt == nil {
            return Decoded(text: String(decoding: bytes, as: UTF8.self), encoding: nil)
        }
        return Decoded(text: windows1252(bytes), encoding: "windows-1252")
    }

    private static func isUTF8Name(_ name: String) -> Bool { name == "utf-8" || name == "utf8" }

    /// The charset named by a `<meta>` tag or XML declaration near the start.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        if head.hasPrefix("<?xml"), let end = head.firstIndex(of: ">") {
            let decl = head[..<end]
            if let r = decl.range(of: "encoding=") {
                return quotedValue(decl[r.upperBound...])
            }
        }
        var search = head[...]
        while let r = search.range(of: "charset=") {
            if let v = quotedValue(search[r.upperBound...]), !v.isEmpty { return v }
            search = search[r.upperBound...]
        }
        return nil
    }

    private static func quotedValue(_ s: Substring) -> String? {
        var rest = s.drop { $0 == " " }
        if let q = rest.first, q == "\"" || q == "'" { rest = rest.dropFirst() }
        let value = rest.prefix { !"\"'; >/\n\r\t".contains($0) }
        return value.isEmpty ? nil : String(value)
    }

    private static func foundationEncoding(_ name: String) -> String.Encoding? {
        switch name {
        case "iso-8859-2", "latin2", "iso8859-2": return .isoLatin2
        case "windows-1250", "cp1250": return .windowsCP1250
        case "windows-1251", "cp1251": return .windowsCP1251
        case "windows-1253", "cp1253": return .windowsCP1253
        case "windows-1254", "cp1254": return .windowsCP1254
        case "shift_jis", "shift-jis", "sjis": return .shiftJIS
        case "euc-jp": return .japaneseEUC
        case "iso-2022-jp": return .iso2022JP
        case "utf-16": return .utf16
        default: return nil
        }
    }

    /// Code points of windows-1252's 0x80–0x9F; the five unassigned bytes map to
    /// the C1 control of the same number, as the WHATWG encoding standard does.
    private static let cp1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    public static func windows1252<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var scalars = String.UnicodeScalarView()
        for b in bytes {
            let value: UInt32 = (0x80...0x9F).contains(b) ? cp1252High[Int(b) - 0x80] : UInt32(b)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }

    private static func utf16<C: Collection>(_ bytes: C, bigEndian: Bool) -> String where C.Element == UInt8 {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var it = bytes.makeIterator()
        while let a = it.next() {
            let b = it.next() ?? 0
            units.append(bigEndian ? UInt16(a) << 8 | UInt16(b) : UInt16(b) << 8 | UInt16(a))
        }
        return String(decoding: units, as: UTF16.self)
    }
}
