/// The words and phrases the polarity scorer knows: the VADER lexicon and
/// rule words, optionally with textpipe's news additions and a user's own files
/// on top. Built once per stage; read-only and shared by every thread after that.
public struct Lexicon: Sendable {
    /// Keyed by the lower-cased token as the tokenizer produces it.
    private(set) var words: [String: WordInfo]
    /// Multi-word phrases whose valence replaces the sentiment word's ("kiss of death").
    private(set) var specialCases: [String: Double]
    /// Multi-word dampeners ("sort of"), keyed by the phrase.
    private(set) var phraseBoosters: [String: Double]
    /// Emoji (one code point each) and the words they are read as.
    private(set) var emoji: [Unicode.Scalar: String]

    /// The number of sentiment words.
    public var count: Int { words.values.reduce(0) { $0 + ($1.valence == nil ? 0 : 1) } }

    /// The lexicon of vaderSentiment 3.3.2 with its rule words, parsed once per process.
    public static let vader: Lexicon = Lexicon(vaderData: VaderLexiconData.lexicon, emoji: VaderLexiconData.emoji)

    private init(vaderData: String, emoji emojiData: String) {
        words = [:]
        words.reserveCapacity(8_000)
        specialCases = [:]
        phraseBoosters = [:]
        emoji = [:]
        // Lines and tabs are found on the UTF-8 view: splitting by Characters
        // (grapheme clusters, emoji among them) took most of start-up.
        for line in vaderData.utf8.split(separator: 0x0A).map(Substring.init) {
            guard let tab = line.utf8.firstIndex(of: 0x09) else { continue }
            let rest = Substring(line.utf8[line.utf8.index(after: tab)...])
            guard let value = Double(rest) else { continue }
            words[String(Substring(line.utf8[..<tab])), default: WordInfo()].valence = value
        }
        for line in emojiData.utf8.split(separator: 0x0A).map(Substring.init) {
            guard let tab = line.utf8.firstIndex(of: 0x09) else { continue }
            let key = Substring(line.utf8[..<tab]).unicodeScalars
            guard key.count == 1, let scalar = key.first else { continue }
            emoji[scalar] = String(Substring(line.utf8[line.utf8.index(after: tab)...]))
        }
        for word in VaderRules.negations { words[word, default: WordInfo()].negates = true }
        for (list, value) in [(VaderRules.boosters, VaderRules.boost), (VaderRules.dampeners, VaderRules.dampen)] {
            for word in list {
                if word.contains(" ") {
                    phraseBoosters[word] = value
                    markPhrase(word)
                } else {
                    words[word, default: WordInfo()].booster = value
                }
            }
        }
        for (phrase, value) in VaderRules.specialCases where phrase.contains(" ") {
            specialCases[phrase] = value
            markPhrase(phrase)
        }
        for word in ["no", "or", "nor", "kind", "of", "but", "least", "at", "very", "never", "so", "this", "without", "doubt", "if", "unless", "pretty"] {
            words[word, default: WordInfo()].rule = RuleWord(word)
        }
    }

    private mutating func markPhrase(_ phrase: String) {
        for part in phrase.split(separator: " ") { words[String(part), default: WordInfo()].inPhrase = true }
    }

    func info(_ word: String) -> WordInfo? { words[word] }

    func valence(of word: String) -> Double? { words[word]?.valence }

    /// This lexicon with more sentiment words; a word already present takes the new valence.
    public func adding(_ entries: [(word: String, valence: Double)]) -> Lexicon {
        var copy = self
        for (word, value) in entries { copy.words[word.lowercased(), default: WordInfo()].valence = value }
        return copy
    }

    /// This lexicon with the British spelling of every American -ize, -or,
    /// -led/-ling and -ense sentiment word that lacks one ("destabilising",
    /// "favourable"). Forms that are not words ("actour") are harmless: no
    /// text contains them.
    public func addingBritishSpellings() -> Lexicon {
        var copy = self
        for (word, info) in words {
            guard let valence = info.valence else { continue }
            for british in Self.britishSpellings(of: word) where copy.words[british]?.valence == nil {
                copy.words[british, default: WordInfo()].valence = valence
            }
        }
        return copy
    }

    static func britishSpellings(of word: String) -> [String] {
        let endings: [(String, String)] = [
            ("ization", "isation"), ("izations", "isations"), ("izing", "ising"), ("ized", "ised"), ("izes", "ises"),
            ("ize", "ise"), ("or", "our"), ("ors", "ours"), ("ored", "oured"), ("oring", "ouring"), ("orable", "ourable"),
            ("orite", "ourite"), ("orites", "ourites"), ("led", "lled"), ("ling", "lling"), ("ense", "ence"),
        ]
        var out: [String] = []
        for (american, british) in endings where word.hasSuffix(american) && word.count > american.count + 2 {
            out.append(String(word.dropLast(american.count)) + british)
        }
        return out
    }

    /// This lexicon without some sentiment words (their rule roles stay).
    public func removing(_ removed: [String]) -> Lexicon {
        var copy = self
        for word in removed { copy.words[word.lowercased()]?.valence = nil }
        return copy
    }

    /// Reads a lexicon file in VADER's format: one `token<TAB>valence` a line,
    /// further columns ignored; blank lines and lines starting with `#` skipped.
    /// Valences are on VADER's -4...4 scale.
    public static func entries(fromFile contents: String, name: String) throws(LexiconFileError) -> [(word: String, valence: Double)] {
        var result: [(word: String, valence: Double)] = []
        var lineNumber = 0
        for rawLine in contents.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 2 else {
                throw LexiconFileError(file: name, line: lineNumber, problem: "expected `word<TAB>valence`, found no tab")
            }
            let word = columns[0].trimmingSpaces()
            guard !word.isEmpty, !word.contains(" ") else {
                throw LexiconFileError(file: name, line: lineNumber, problem: "the word must be one token without spaces, found \"\(word)\"")
            }
            guard let value = Double(columns[1].trimmingSpaces()), value.isFinite, abs(value) <= 4 else {
                throw LexiconFileError(file: name, line: lineNumber, problem: "the valence must be a number from -4 to 4, found \"\(columns[1])\"")
            }
            result.append((word, value))
        }
        return result
    }
}

extension Substring {
    func trimmingSpaces() -> String {
        var s = self[...]
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}
