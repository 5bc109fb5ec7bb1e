/// Words that VADER's rules test for by identity ("no", "but", "least", ...).
/// Giving them a small code lets the scorer compare codes instead of strings.
enum RuleWord: UInt8, Sendable {
    case none, no, or, nor, kind, of, but, least, at, very, never, so, this, without, doubt, `if`, unless

    init(_ word: String) {
        switch word {
        case "no": self = .no
        case "or": self = .or
        case "nor": self = .nor
        case "kind": self = .kind
        case "of": self = .of
        case "but": self = .but
        case "least": self = .least
        case "at": self = .at
        case "very": self = .very
        case "never": self = .never
        case "so": self = .so
        case "this": self = .this
        case "without": self = .without
        case "doubt": self = .doubt
        case "if": self = .if
        case "unless": self = .unless
        default: self = .none
        }
    }
}

/// Everything the scorer needs to know about one lower-cased word, found with
/// a single dictionary look-up per token.
struct WordInfo: Sendable {
    /// The word's mean valence (-4...4) when it is a sentiment word.
    var valence: Double?
    /// The scalar a booster (positive) or dampener (negative) adds to the next sentiment words.
    var booster: Double?
    /// A negation word ("not", "never", "without").
    var negates = false
    var rule = RuleWord.none
    /// The word occurs in a multi-word phrase ("kiss of death", "sort of"), so
    /// phrases around it are worth building and looking up.
    var inPhrase = false
}
