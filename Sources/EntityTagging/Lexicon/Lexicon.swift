/// Every word list and gazetteer the stage uses, as hash tables keyed by
/// folded token and phrase hashes (`TextHash`). Built once per process (or per
/// distinct `data_dir` and `gazetteer` options) and shared read-only by all
/// threads.
struct Lexicon: Sendable {
    struct WordEntry: Sendable {
        var flags: WordFlags = []
        /// Longest gazetteer phrase, in tokens, that starts with this word.
        var maxPhrase: UInt8 = 0
    }

    struct PhraseTags: OptionSet, Sendable {
        let rawValue: UInt16
        /// A country (never overridden by a person of the same name).
        static let country = PhraseTags(rawValue: 1 << 0)
        /// A continent, ocean or large region: "East" may be put in front.
        static let region = PhraseTags(rawValue: 1 << 1)
        static let ocean = PhraseTags(rawValue: 1 << 2)
        /// Also an ordinary word or only a surname: needs support from the text.
        static let weak = PhraseTags(rawValue: 1 << 3)
        static let acronym = PhraseTags(rawValue: 1 << 4)
        static let city = PhraseTags(rawValue: 1 << 5)
        /// Added by the user (`gazetteer` option): wins over the built-in rules.
        static let user = PhraseTags(rawValue: 1 << 6)
        /// A state, province or other first-level subdivision ("New York", "Idaho").
        static let subdivision = PhraseTags(rawValue: 1 << 7)
        /// A place that is also a listed company's whole name ("Toyota", "Amazon"):
        /// the company unless the text puts the name where places go.
        static let brand = PhraseTags(rawValue: 1 << 8)
    }

    struct PhraseEntry: Sendable {
        var label: EntityLabel
        var tags: PhraseTags
        /// Index into `canonicals`, or -1 when the phrase is its own canonical name.
        var canonical: Int32
        var tokenCount: UInt8
    }

    var words: [UInt64: WordEntry] = [:]
    var phrases: [UInt64: PhraseEntry] = [:]
    var canonicals: [String] = []
    /// The data's one-word names ending in a period ("Calif.", "Okla."), as
    /// hashes of the word without it: the tokenizer keeps their period.
    var abbreviations: Set<UInt64> = []
    /// News outlets by the letters of their domain name ("argusleader",
    /// "usatoday"), from newspaper4k's source lists.
    var outletKeys: Set<UInt64> = [] { didSet { outletFilter = HashFilter(outletKeys) } }
    /// Rejects most candidates with one load before the set is asked.
    private(set) var outletFilter = HashFilter([])

    func isOutlet(_ hash: UInt64) -> Bool { outletFilter.mightContain(hash) && outletKeys.contains(hash) }
    /// Flags a word has only as the first part of a hyphenated vocabulary word
    /// ("co" of "co-founder"): the tagger drops them where no hyphen follows,
    /// so "Co Galway" is no title and a name.
    var hyphenPrefixFlags: [UInt64: WordFlags] = [:]
    /// The postal codes of US states and DC ("NC", "DC"), from the `us`
    /// package: a place only after a place and a comma ("Raleigh, NC").
    var stateCodes: Set<UInt64> = []
    /// The names of those states and provinces, as phrase hashes: "Ohio State"
    /// is a university, "Anambra State" a place.
    var codedStateNames: Set<UInt64> = []

    /// One bit per low 16 bits of the hashes a set holds: TextHash values are
    /// spread evenly, so a miss costs a shift and a load instead of hashing.
    struct HashFilter: Sendable {
        private var bits = [UInt64](repeating: 0, count: 1024)
        init(_ hashes: Set<UInt64>) {
            for h in hashes { bits[Int((h >> 6) & 1023)] |= 1 << (h & 63) }
        }
        @inline(__always) func mightContain(_ h: UInt64) -> Bool { bits[Int((h >> 6) & 1023)] & (1 << (h & 63)) != 0 }
    }

    @inline(__always)
    func flags(_ hash: UInt64) -> WordFlags { words[hash]?.flags ?? [] }

    @inline(__always)
    func phrase(_ hash: UInt64) -> PhraseEntry? { phrases[hash] }

    mutating func addFlags(_ flags: WordFlags, toWord hash: UInt64) {
        words[hash, default: WordEntry()].flags.formUnion(flags)
    }

    /// Adds a phrase under the hash of its tokens. An existing entry is
    /// replaced only by a user entry.
    mutating func addPhrase(_ text: String, label: EntityLabel, tags: PhraseTags, canonical: String?) {
        let tokens = Tokenizer.phraseTokens(text, dataAbbreviations: abbreviations)
        guard !tokens.isEmpty, tokens.count <= Int(UInt8.max) else { return }
        var hash = tokens[0].hash
        for t in tokens.dropFirst() { hash = TextHash.extend(hash, with: t.hash, hyphen: t.shape.contains(.hyphenJoined)) }
        addPhrase(hash: hash, firstWord: tokens[0].hash, tokenCount: tokens.count, text: text, label: label, tags: tags,
                  canonical: canonical)
    }

    /// Adds a phrase whose token hashes are already known (the loader hashes
    /// plain entries straight from their bytes). `text` is only compared with
    /// `canonical`.
    mutating func addPhrase(hash: UInt64, firstWord: UInt64, tokenCount: Int, text: @autoclosure () -> String, label: EntityLabel,
                            tags: PhraseTags, canonical: String?) {
        // The compiled data lists each name once; a user's gazetteer replaces it.
        if phrases[hash] != nil, !tags.contains(.user) { return }
        var tags = tags
        if tokenCount == 1 && !tags.contains(.user) {
            let f = words[hash]?.flags ?? []
            if f.contains(.common) && !tags.contains(.country) {
                // "Defense" (the department) and "State" name nothing alone; "Orange"
                // or "Mobile" are places only when the text says so.
                // Likewise "Federal" or "Western" (prosecutors, officials) for groups.
                if label == .loc || label == .person || label == .norp { tags.insert(.weak) }
            }
            if f.contains(.nonEntity) { return }
        }
        var canonicalIndex: Int32 = -1
        if let canonical, !canonical.isEmpty, canonical != text() {
            canonicalIndex = Int32(canonicals.count)
            canonicals.append(canonical)
        }
        phrases[hash] = PhraseEntry(label: label, tags: tags, canonical: canonicalIndex, tokenCount: UInt8(tokenCount))
        var first = words[firstWord, default: WordEntry()]
        first.maxPhrase = max(first.maxPhrase, UInt8(tokenCount))
        words[firstWord] = first
    }

    func canonical(of entry: PhraseEntry) -> String? {
        entry.canonical >= 0 ? canonicals[Int(entry.canonical)] : nil
    }
}
