

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
