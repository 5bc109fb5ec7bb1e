/// Builds one line of clean text from UTF-8 pieces: runs of whitespace become
/// one space, no space at either end; `&nbsp;` and the other Unicode spaces
/// count as whitespace; soft hyphens, zero-width spaces, word joiners, byte
/// order marks and control characters are dropped. Everything else (curly
/// quotes, dashes, ellipses) is kept exactly, because later stages (quotes,
/// sentiment) read them.
///
/// Zero-width joiner and non-joiner are kept: they change how Persian, Indic
/// scripts and emoji sequences read, unlike the zero-width space.
///
/// Works on bytes: pages are mostly ASCII and this runs over every character
/// of every page.
struct TextNormalizer {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

    init() {}

    var isEmpty: Bool { bytes.isEmpty }

    /// Requests a space before the next visible character (none at the start).
    mutating func appendSpace() {
        if !bytes.isEmpty { pendingSpace = true }
    }

    /// Appends `source[start..<end]`; returns whether any visible character was added.
    @discardableResult
    mutating func append(bytes source: [UInt8], _ start: Int, _ end: Int) -> Bool {
        source.withUnsafeBufferPointer { append(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    mutating func append(_ string: String) {
        var s = string
        s.withUTF8 { _ = append($0) }
    }

    @discardableResult
    mutating func append(_ buf: UnsafeBufferPointer<UInt8>) -> Bool {
        let before = bytes.count
        var i = 0
        let n = buf.count
        while i < n {
            let b = buf[i]
            if b < 0x80 {
                if b > 0x20 && b != 0x7F {
                    if pendingSpace { bytes.append(0x20); pendingSpace = false }
                    bytes.append(b)
                } else if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C || b == 0x0B {
                    if !bytes.isEmpty { pendingSpace = true }
                }
                // other C0 controls and DEL: dropped
                i += 1
                continue
            }
            let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
            guard i + width <= n else { break }
            switch Self.classify(buf, i, width) {
            case .space:
                if !bytes.isEmpty { pendingSpace = true }
            case .drop:
                break
            case .keep:
                if pendingSpace { bytes.append(0x20); pendingSpace = false }
                for k in 0..<width { bytes.append(buf[i + k]) }
            }
            i += width
        }
        return bytes.count > before
    }

    private enum Kind { case keep, space, drop }

    private static func classify(_ buf: UnsafeBufferPointer<UInt8>, _ i: Int, _ width: Int) -> Kind {
        let b0 = buf[i]
        if width == 2 && b0 == 0xC2 {
            let b1 = buf[i + 1]
            if b1 == 0xA0 || b1 == 0x85 { return .space }  // no-break space, next line
            if b1 == 0xAD { return .drop }  // soft hyphen
            if b1 < 0xA0 { return .drop }  // C1 controls
            return .keep
        }
        if width == 3 {
            let b1 = buf[i + 1], b2 = buf[i + 2]
            switch b0 {
            case 0xE2:
                if b1 == 0x80 {
                    if b2 <= 0x8A || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF { return .space }  // U+2000–200A, 2028, 2029, 202F
                    if b2 == 0x8B || b2 == 0x8E || b2 == 0x8F { return .drop }  // zero-width space, LRM, RLM
                } else if b1 == 0x81 {
                    if b2 == 0x9F { return .space }  // medium mathematical space
                    if b2 >= 0xA0 && b2 <= 0xA4 { return .drop }  // word joiner, invisible operators
                }
            case 0xEF:
                if b1 == 0xBB && b2 == 0xBF { return .drop }  // zero-width no-break space (BOM)
            case 0xE3:
                if b1 == 0x80 && b2 == 0x80 { return .space }  // ideographic space
            case 0xE1:
                if b1 == 0x9A && b2 == 0x80 { return .space }  // ogham space mark
            default:
                break
            }
        }
        return .keep
    }

    /// The text built so far, without a trailing space.
    func finish() -> String { String(decoding: bytes, as: UTF8.self) }

    /// Clears the builder for the next line, keeping its storage.
    mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
    }

    /// `s` with its whitespace collapsed and invisible characters removed.
    static func collapse(_ s: String) -> String {
        var n = TextNormalizer()
        n.append(s)
        return n.finish()
    }
}
