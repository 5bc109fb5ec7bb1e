/// What the scorer needs to know of a word, packed into 16 bytes so that a
/// table record (key and word) fills half a cache line.
struct PackedWord: Sendable, Equatable {
    /// The mean valence; NaN when the word is not a sentiment word.
    var valence = Double.nan
    /// +1 for a booster, -1 for a dampener, 0 otherwise (VADER's all weigh 0.293).
    var boosterSign: Int8 = 0
    var flags: UInt8 = 0
    var rule = RuleWord.none

    static let negatesFlag: UInt8 = 1
    static let inPhraseFlag: UInt8 = 2
    static let unknown = PackedWord()

    init() {}

    init(_ info: WordInfo) {
        valence = info.valence ?? .nan
        if let b = info.booster { boosterSign = b > 0 ? 1 : -1 }
        if info.negates { flags |= Self.negatesFlag }
        if info.inPhrase { flags |= Self.inPhraseFlag }
        rule = info.rule
    }

    var isSentimentWord: Bool { !valence.isNaN }
    var negates: Bool { flags & Self.negatesFlag != 0 }
    var inPhrase: Bool { flags & Self.inPhraseFlag != 0 }
    var booster: Double { boosterSign > 0 ? VaderRules.boost : (boosterSign < 0 ? VaderRules.dampen : 0) }
}
