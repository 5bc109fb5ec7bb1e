/// 64-bit hashes of words and phrases, case-folded, so that a lexicon of a
/// few hundred thousand entries is one dictionary lookup per token and a
/// phrase lookup needs no string at all. The lexicon hashes its entries with
/// the same functions after tokenizing them with the same tokenizer.
enum TextHash {
    static let empty: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func add(_ hash: UInt64, _ value: UInt32) -> UInt64 {
        (hash ^ UInt64(value)) &* 0x0000_0100_0000_01B3
    }

    /// Adds one scalar folded to lower case, with typographic apostrophes and
    /// hyphens made plain.
    @inline(__always)
    static func addFolded(_ hash: UInt64, _ s: Unicode.Scalar) -> UInt64 {
        let v = s.value
        if v < 0x80 {
            return add(hash, (v >= 0x41 && v <= 0x5A) ? v | 0x20 : v)
        }
        if v == 0x2019 { return add(hash, 0x27) }
        if v == 0x2010 || v == 0x2011 { return add(hash, 0x2D) }
        var h = hash
        for l in s.properties.lowercaseMapping.unicodeScalars { h = add(h, l.value) }
        return h
    }

    /// The next token of a phrase; `hyphen` when it is joined to the one
    /// before by a hyphen rather than by space.
    @inline(__always)
    static func extend(_ phrase: UInt64, with token: UInt64, hyphen: Bool) -> UInt64 {
        var h = phrase ^ (hyphen ? 0x9E37_79B9_7F4A_7C15 : 0xC2B2_AE3D_27D4_EB4F)
        h = (h ^ (h >> 29)) &* 0xBF58_476D_1CE4_E5B9
        h ^= token
        h = (h ^ (h >> 32)) &* 0x94D0_49BB_1331_11EB
        return h ^ (h >> 29)
    }

    static func word<S: StringProtocol>(_ text: S) -> UInt64 {
        var h = empty
        for s in text.unicodeScalars { h = addFolded(h, s) }
        return h
    }
}
