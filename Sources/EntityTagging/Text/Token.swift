/// One word, number or punctuation mark of a sentence, with what the rules
/// ask about it computed once: its shape, its folded hash and the lexicon's
/// flags for it.
struct Token: Sendable {
    /// Scalar offsets into the document text, half-open.
    var start: Int32
    var end: Int32
    /// Folded hash of the token's text (`TextHash`).
    var hash: UInt64
    var shape: Shape
    /// The lexicon's flags for this word (empty for unknown words and punctuation).
    var flags: WordFlags = []
    /// Longest gazetteer phrase, in tokens, that starts with this word (0: none).
    var maxPhrase: UInt8 = 0
    /// For punctuation: the scalar itself.
    var mark: Unicode.Scalar = " "

    struct Shape: OptionSet, Sendable {
        let rawValue: UInt16
        static let word = Shape(rawValue: 1 << 0)
        /// Starts with an upper-case (or title-case) letter.
        static let capitalized = Shape(rawValue: 1 << 1)
        /// Two or more letters, none lower case: "NATO", "U.S.".
        static let allCaps = Shape(rawValue: 1 << 2)
        static let hasDigit = Shape(rawValue: 1 << 3)
        /// Letters with periods: "U.S.", "J.", "Gen." (abbreviations keep their period).
        static let hasPeriod = Shape(rawValue: 1 << 4)
        /// Joined to the token before by a hyphen: the "Ukraine" of "Russia-Ukraine".
        static let hyphenJoined = Shape(rawValue: 1 << 5)
        /// A possessive ending split off: "’s", or a lone "’" after a plural.
        static let possessive = Shape(rawValue: 1 << 6)
        static let punctuation = Shape(rawValue: 1 << 7)
        /// First word of the sentence, or first after an opening quote or
        /// bracket: capitalised whatever it is.
        static let initial = Shape(rawValue: 1 << 8)
        static let hasLower = Shape(rawValue: 1 << 9)
        /// Contains a letter at all.
        static let hasLetter = Shape(rawValue: 1 << 10)
        /// A web site's name: "Edmunds.com", "Polygraph.info".
        static let domain = Shape(rawValue: 1 << 11)
    }

    var isWord: Bool { shape.contains(.word) }
    var isCapitalized: Bool { shape.contains(.capitalized) }
    var length: Int { Int(end - start) }
}
