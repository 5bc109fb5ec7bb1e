/// What the lexicon knows about one word, whatever its case: one lookup per
/// token answers every question the rules ask about it.
struct WordFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt64

    // From the compiled data (scripts/data/build_entities.py).
    /// A lower-case WordNet lemma: the word may be capitalised only because it starts a sentence.
    static let common = WordFlags(rawValue: 1 << 0)
    static let givenMale = WordFlags(rawValue: 1 << 1)
    static let givenFemale = WordFlags(rawValue: 1 << 2)
    /// A given name of either or unknown gender (Census "both", or a WordNet person's first name).
    static let givenOther = WordFlags(rawValue: 1 << 3)
    static let surname = WordFlags(rawValue: 1 << 4)
    /// A noun whose first sense is a kind of person ("fellow", "analyst").
    static let personNoun = WordFlags(rawValue: 1 << 5)
    /// A noun whose first sense is a kind of organisation ("company", "think tank").
    static let orgNoun = WordFlags(rawValue: 1 << 6)
    /// A noun whose first sense is a kind of place ("city", "province").
    static let placeNoun = WordFlags(rawValue: 1 << 7)
    /// A legal form that ends a company name ("Inc.", "GmbH").
    static let companySuffix = WordFlags(rawValue: 1 << 8)

    // From the rules' own vocabulary (NewsVocabulary).
    static let function = WordFlags(rawValue: 1 << 9)
    static let title = WordFlags(rawValue: 1 << 10)
    static let honorificMale = WordFlags(rawValue: 1 << 11)
    static let honorificFemale = WordFlags(rawValue: 1 << 12)
    static let orgHead = WordFlags(rawValue: 1 << 13)
    static let locHead = WordFlags(rawValue: 1 << 14)
    /// A place word that comes first: "Mount", "Lake", "Cape".
    static let locHeadFirst = WordFlags(rawValue: 1 << 15)
    /// Joins capitalised words into one name: "of", "for", "and", "de".
    static let connector = WordFlags(rawValue: 1 << 16)
    /// Belongs to a surname: "de", "van", "al", "bin".
    static let particle = WordFlags(rawValue: 1 << 17)
    static let speechVerb = WordFlags(rawValue: 1 << 18)
    /// "in", "near", "across": the name after it is more likely a place.
    static let locPreposition = WordFlags(rawValue: 1 << 19)
    /// "North", "Northeast", "Central": makes a region of a place name.
    static let compass = WordFlags(rawValue: 1 << 20)
    /// Keeps its period: "Gen.", "Inc.", "St.".
    static let abbreviation = WordFlags(rawValue: 1 << 21)
    static let pronounMale = WordFlags(rawValue: 1 << 22)
    static let pronounFemale = WordFlags(rawValue: 1 << 23)
    static let determiner = WordFlags(rawValue: 1 << 24)
    /// Capitalised but never one of our entities: days, months, holidays.
    static let nonEntity = WordFlags(rawValue: 1 << 25)
    /// Upper-case words that are no name: "CEO", "GDP", "TV".
    static let stopAcronym = WordFlags(rawValue: 1 << 26)
    /// "who", "whose": after a comma, they make the name before a person.
    static let relative = WordFlags(rawValue: 1 << 27)
    /// First part of a hyphenated region: "Indo-Pacific", "Euro-Atlantic".
    static let regionPrefix = WordFlags(rawValue: 1 << 28)
    /// Lower-case place word that a nationality turns into a place: "the Korean peninsula".
    static let demonymPlace = WordFlags(rawValue: 1 << 29)
    /// Lower-case second half of a hyphenated word that ends a name: "Kyiv-based".
    static let nameSuffix = WordFlags(rawValue: 1 << 30)
    /// A title held in an organisation: the unknown name before it is the
    /// organisation ("Tesla CEO Elon Musk").
    static let orgTitle = WordFlags(rawValue: 1 << 31)

    /// A first word that makes an organisation of the name after it: "Air Astana", "Air Canada".
    static let orgHeadFirst = WordFlags(rawValue: 1 << 32)
    /// Ends a person's name without being its surname: "Jr.", "Sr.", "III".
    static let personSuffix = WordFlags(rawValue: 1 << 33)
    /// A lower-case noun that a person's name is put before: "the Trump
    /// administration", "the Biden campaign".
    static let personOwned = WordFlags(rawValue: 1 << 34)
    /// A lower-case place noun that names what comes before it: "Zabul
    /// province", "Belmarsh prison", "the Gush Etzion settlement".
    static let placeAfter = WordFlags(rawValue: 1 << 35)
    /// A building's head word: "Pepsi Center", "Keck Observatory", "Aberdeen
    /// Royal Infirmary" are places (facilities), though the word also heads
    /// organisations.
    static let facilityHead = WordFlags(rawValue: 1 << 36)
    /// A word that makes an institution of a facility-headed name: "Tax Policy
    /// Center", "Feinstein International Center".
    static let institutional = WordFlags(rawValue: 1 << 37)
    /// Lower-case nouns a company or platform names before it: "Twitter
    /// users", "a YouTube channel", "Lowe's shares".
    static let orgModified = WordFlags(rawValue: 1 << 38)
    /// Place prepositions that take people as readily as places: "to", "from",
    /// "via", "toward" ("valuable to Morales", "an email from Morales").
    static let directional = WordFlags(rawValue: 1 << 39)
    /// A WordNet word never tagged in SemCor ("macron", "burke"): ordinary in
    /// the dictionary, a surname far more often in news.
    static let rareWord = WordFlags(rawValue: 1 << 40)
    /// Nouns for a man or a woman that stand before a name: "daughter Gina", "his son Jose".
    static let maleNoun = WordFlags(rawValue: 1 << 41)
    static let femaleNoun = WordFlags(rawValue: 1 << 42)
    /// Some of the word's flags come only from a hyphenated vocabulary word
    /// ("co" of "co-founder"); `Lexicon.hyphenPrefixFlags` says which.
    static let hyphenPrefix = WordFlags(rawValue: 1 << 43)

    static let given: WordFlags = [.givenMale, .givenFemale, .givenOther]
}
