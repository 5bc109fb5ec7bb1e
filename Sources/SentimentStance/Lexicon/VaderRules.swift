/// The fixed word lists and constants of the VADER method (Hutto & Gilbert
/// 2014) as vaderSentiment 3.3.2 uses them. textpipe's scorer must reproduce
/// that package's compound score, so these values are facts to match, not
/// choices: change one and the agreement check in Benchmarks/sentiment fails.
enum VaderRules {
    /// Added to (or, for negative words, subtracted from) a word's valence by a
    /// preceding booster; the negative value is a dampener.
    static let boost = 0.293
    static let dampen = -0.293
    /// Extra valence for a sentiment word in capitals when the rest of the text is not.
    static let capsEmphasis = 0.733
    /// Negation flips and shrinks a valence.
    static let negationScalar = -0.74
    /// Normalisation constant of the compound score: x / sqrt(x² + alpha).
    static let alpha = 15.0

    /// Words that negate a sentiment word up to three tokens later. Any token
    /// containing "n't" negates as well.
    static let negations: [String] = [
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
        "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
        "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
        "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
        "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
        "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
        "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
        "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite",
    ]

    static let boosters: [String] = [
        "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably",
        "decidedly", "deeply", "effing", "enormous", "enormously", "entirely", "especially",
        "exceptional", "exceptionally", "extreme", "extremely", "fabulously", "flipping", "flippin",
        "frackin", "fracking", "fricking", "frickin", "frigging", "friggin", "fully", "fuckin",
        "fucking", "fuggin", "fugging", "greatly", "hella", "highly", "hugely", "incredible",
        "incredibly", "intensely", "major", "majorly", "more", "most", "particularly", "purely",
        "quite", "really", "remarkably", "so", "substantially", "thoroughly", "total", "totally",
        "tremendous", "tremendously", "uber", "unbelievably", "unusually", "utter", "utterly", "very",
    ]

    static let dampeners: [String] = [
        "almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of",
        "less", "little", "marginal", "marginally", "occasional", "occasionally", "partly",
        "scarce", "scarcely", "slight", "slightly", "somewhat", "sort of", "sorta", "sortof", "sort-of",
    ]

    /// Phrases whose valence replaces that of the sentiment word inside them.
    static let specialCases: [(String, Double)] = [
        ("the shit", 3), ("the bomb", 3), ("bad ass", 1.5), ("badass", 1.5), ("bus stop", 0.0),
        ("yeah right", -2), ("kiss of death", -1.5), ("to die for", 3), ("beating heart", 3.5),
    ]
}
