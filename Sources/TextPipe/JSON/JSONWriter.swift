/// Writes JSON compactly into a byte buffer: no spaces, keys in their stored
/// order, non-ASCII text as UTF-8 (not `\u` escapes), one line per value.
public struct JSONWriter {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    /// The compact serialisation of one value.
    public static func serialize(_ value: JSONValue) -> [UInt8] {
        var w = JSONWriter()
        w.write(value)
        return w.bytes
    }

    public static func string(_ value: JSONValue) -> String {
        String(decoding: serialize(value), as: UTF8.self)
    }

    public mutating func removeAll(keepingCapacity: Bool = true) {
        bytes.removeAll(keepingCapacity: keepingCapacity)
    }

    public mutating func appendRaw(_ raw: [UInt8]) { bytes.append(contentsOf: raw) }
    public mutating func appendByte(_ b: UInt8) { bytes.append(b) }

    public mutating func write(_ value: JSONValue) {
        switch value {
        case .null: appendASCII("null")
        case .bool(let b): appendASCII(b ? "true" : "false")
        case .number(let n): n.write(to: &bytes)
        case .string(let s): write(string: s)
        case .array(let items):
            bytes.append(UInt8(ascii: "["))
            var first = true
            for item in items {
                if !first { bytes.append(UInt8(ascii: ",")) }
                first = false
                write(item)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let object):
            bytes.append(UInt8(ascii: "{"))
            var first = true
            for (key, item) in object {
                if !first { bytes.append(UInt8(ascii: ",")) }
                first = false
                write(string: key)
                bytes.append(UInt8(ascii: ":"))
                write(item)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    private mutating func appendASCII(_ s: String) {
        bytes.append(contentsOf: s.utf8)
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    public mutating func write(string: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = string
        s.withUTF8 { buffer in
            var runStart = 0
            var i = 0
            let n = buffer.count
            while i < n {
                // Eight bytes at a time while none needs escaping: article
                // text is written at every stage, and most of it is plain.
                if let base = buffer.baseAddress, i + 8 <= n,
                   !Self.needsEscape(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
                    i += 8
                    continue
                }
                let b = buffer[i]
                i += 1
                guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
                let at = i - 1
                if runStart < at {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<at]))
                }
                runStart = at + 1
                bytes.append(UInt8(ascii: "\\"))
                switch b {
                case 0x22: bytes.append(0x22)
                case 0x5C: bytes.append(0x5C)
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                default:
                    bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30])
                    bytes.append(JSONWriter.hexDigits[Int(b >> 4)])
                    bytes.append(JSONWriter.hexDigits[Int(b & 0xF)])
                }
            }
            if runStart < buffer.count {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart...]))
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether any of eight bytes is a control character, `"` or `\\`
    /// (bit tricks: a byte's high bit survives only where it matched).
    @inline(__always)
    static func needsEscape(_ w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let below20 = (w &- ones &* 0x20) & ~w & highs
        let quote = w ^ (ones &* 0x22)
        let backslash = w ^ (ones &* 0x5C)
        let zeroQuote = (quote &- ones) & ~quote & highs
        let zeroBackslash = (backslash &- ones) & ~backslash & highs
        return (below20 | zeroQuote | zeroBackslash) != 0
    }

    /// Writes plain spans (no extra fields) as `[{"start":0,"end":5},...]`
    /// straight from their integers: a token layer has one span per word,
    /// and going through a `JSONValue` per span cost more than finding them.
    public mutating func write(plainSpans spans: [Span]) {
        bytes.append(UInt8(ascii: "["))
        // In chunks, so that a 50 MB document's token layer never needs a
        // second full copy of its JSON in memory.
        let chunkSize = 4096
        var from = 0
        while from < spans.count {
            let to = min(spans.count, from + chunkSize)
            // 18 fixed bytes ("," {"start": ,"end": }) and two numbers a span.
            let chunk = [UInt8](unsafeUninitializedCapacity: (to - from) * (18 + 2 * JSONNumber.maxDecimalLength)) { out, count in
                var n = 0
                @inline(__always) func put(_ b: UInt8) {
                    out[n] = b
                    n += 1
                }
                @inline(__always) func put(_ value: Int) {
                    n += JSONNumber.writeDecimal(value, to: out.baseAddress! + n)
                }
                for k in from..<to {
                    if k > 0 { put(UInt8(ascii: ",")) }
                    for b in "{\"start\":".utf8 { put(b) }
                    put(spans[k].start)
                    for b in ",\"end\":".utf8 { put(b) }
                    put(spans[k].end)
                    put(UInt8(ascii: "}"))
                }
                count = n
            }
            bytes.append(contentsOf: chunk)
            from = to
        }
        bytes.append(UInt8(ascii: "]"))
    }
}
