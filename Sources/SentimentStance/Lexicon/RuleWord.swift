/// Words that VADER's rules test for by identity ("no", "but", "least", ...).
/// Giving them a small code lets the scorer compare codes instead of strings.
enum RuleWord: UInt8, Sendable {
    case none, no, or, nor, kind, of, but, least, at, very, never, so, this, without, doubt, `if`, unless, pretty

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
        case "pretty": self = .pretty
        default: self = .none
        }
    }
}
