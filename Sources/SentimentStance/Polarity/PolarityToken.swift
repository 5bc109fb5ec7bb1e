/// One word of a text as the polarity scorer sees it. Plain data (no String),
/// so that arrays of tokens are copied without reference counting.
struct PolarityToken: Sendable {
    /// What the lexicon says of the word (`PackedWord.unknown` when it has no entry).
    var word = PackedWord.unknown
    /// For a word that occurs in multi-word phrases, its lower-cased text's
    /// index in `PolarityTokens.phraseWords` (the only words compared as text).
    var phrase: Int32 = -1
    /// Contains "n't", which negates like "not".
    var hasNT = false
    /// Written in capitals (Python's `isupper`), for VADER's emphasis rule.
    var isUpper = false
    /// News mode only: capitalised like a name ("Security"), for the proper-name rule.
    var isTitle = false
    /// News mode only: the token as written ends a sentence or clause ("said.", "Council,").
    var endsSentence = false
    var endsWithComma = false
    var hasLetter = false
}

/// What the tokenizer found besides the tokens: the text of words that occur
/// in phrases, and the punctuation that adds emphasis.
struct PolarityTokens: Sendable {
    var count: Int
    var phraseWords: [String]
    var exclamations: Int
    var questions: Int
}
