/// The rules that read one sentence of news: they group capitalised words
/// into chunks ("U.S. Defense Secretary Lloyd Austin"), split each chunk at
/// titles, head words and gazetteer names, and label the pieces; then the
/// words around a mention (an appositive, a role noun, a speech verb) label
/// what the chunk alone could not.
struct SentenceTagger {
    let lexicon: Lexicon
    let scalars: UnsafeBufferPointer<Unicode.Scalar>
    let tokens: UnsafeBufferPointer<Token>
    /// Token range of the sentence.
    let range: Range<Int>
    let sentence: Int32

    enum Mode {
        /// Ordinary text: capital letters mean something.
        case cased
        /// All capitals or a title-case headline: only the lexicon can tell names.
        case caseless
        /// A document without a single capital letter: only unambiguous places and groups.
        case lowercase
    }

    static let according = TextHash.word("according")
    static let theHash = TextHash.word("the")
    static let andHash = TextHash.word("and")
    static let networkHashes: Set<UInt64> = Set(["abc", "nbc", "cbs", "fox", "cw", "pbs"].map(TextHash.word))
    static let newsHash = TextHash.word("news")
    static let localHash = TextHash.word("local")
    static let countyHash = TextHash.word("county")
    static let allHash = TextHash.word("all")
    static let politicalRoleHashes: Set<UInt64> = Set([
        "mp", "mps", "mla", "mlas", "mep", "meps", "msp", "td", "tds", "senator", "senators", "caucus", "majority",
        "minority", "government", "leader", "leadership", "candidate", "candidates", "member", "members", "voters",
        "lawmaker", "lawmakers", "legislator", "legislators", "councillor", "councillors", "councilor", "minister",
        "ministers", "premier", "presidential", "congressman", "congresswoman", "backbencher", "backbenchers",
        "frontbencher", "nominee", "delegates", "activists", "supporters", "strategist", "senate", "house", "primary",
    ].map(TextHash.word))
    static let oppositionHash = TextHash.word("opposition")
    static let postNominalHashes: Set<UInt64> = Set(["mp", "mep", "msp", "ms", "td", "mla", "mpp", "qc", "kc", "sc", "obe", "mbe", "cbe", "kbe", "dbe"].map(TextHash.word))
    static let numberHashes: Set<UInt64> = Set(["no", "no.", "number"].map(TextHash.word))
    static let tenHash = TextHash.word("10")
    static let numberTenFollowerHashes: Set<UInt64> = Set([
        "said", "says", "has", "had", "is", "was", "insisted", "denied", "confirmed", "sources", "source", "spokesman",
        "spokeswoman", "spokesperson", "official", "officials", "aide", "aides", "would", "will", "and", "or", "but",
    ].map(TextHash.word))
    /// Party adjectives that are also towns' names ("Liberal, Kansas").
    static let partyWordHashes: Set<UInt64> = Set(["liberal", "progressive", "independent"].map(TextHash.word))
    static let namePrefixHashes: Set<UInt64> = Set(["pro", "anti", "ex", "non", "post", "pre", "mid"].map(TextHash.word))
    static let washingtonHash = TextHash.word("washington")
    static let districtOfColumbiaHashes: Set<UInt64> = Set(["d.c.", "dc"].map(TextHash.word))
    static let roadHashes: Set<UInt64> = Set(["highway", "hwy", "hwy.", "route", "interstate", "motorway", "freeway"].map(TextHash.word))
    static let roadOwnerHashes: Set<UInt64> = Set(["u.s.", "us", "state", "county", "national", "provincial", "trans-canada"].map(TextHash.word))
    static let orHash = TextHash.word("or")
    static let stateHash = TextHash.word("state")
    static let peopleHash = TextHash.word("people")
    static let ampersandHash = TextHash.word("&")
    static let alongHash = TextHash.word("along")
    static let onHash = TextHash.word("on")
    static let ofHash = TextHash.word("of")
    static let forHash = TextHash.word("for")
    static let comma = TextHash.word(",")
    static let told = TextHash.word("told")
    static let indexHash = TextHash.word("index")
    static let pressHash = TextHash.word("press")
    static let chiefHash = TextHash.word("chief")
    static let arabicArticleHashes: Set<UInt64> = Set(["al", "el", "ad", "ar", "as", "ash", "at", "az", "ud", "ul"].map(TextHash.word))
    /// Degrees written like a state's code after a person's name: "Jane Roe, MD".
    static let degreeHashes: Set<UInt64> = Set(["md", "pa", "do"].map(TextHash.word))
    static let laterDegreeHashes: Set<UInt64> = Set(["mph", "phd", "ph.d.", "rn", "mba", "jd", "dds", "facs", "msc", "ms", "ma", "mpp", "dnp"]
        .map(TextHash.word))
    static let wordPrefixHashes: Set<UInt64> = Set(["co", "re", "pre", "non", "self", "inter", "multi", "semi"].map(TextHash.word))
    static let diseaseWordHashes: Set<UInt64> = Set(["virus", "fever", "disease"].map(TextHash.word))
    static let oldHash = TextHash.word("old")
    static let ownedByCompanyHashes: Set<UInt64> = Set(["shareholders", "stockholders", "investors", "shares", "stock"].map(TextHash.word))
    static let agePeriodHashes: Set<UInt64> = Set(["year", "month", "week", "day"].map(TextHash.word))
    /// Relatives and counsel spoken of as someone's: "Hendricks’ family", "Smith’s lawyer".
    static let relativeHashes: Set<UInt64> = Set(["family", "relatives", "parents", "lawyer", "attorney", "children", "kids",
                                                  "siblings", "cousin", "grandparents"].map(TextHash.word))
    static let seatHolderHashes: Set<UInt64> = Set(["member", "mp", "mla", "mpp", "td", "candidate", "councillor"].map(TextHash.word))
    static let officeTermHashes: Set<UInt64> = Set(["interim", "acting", "former", "outgoing", "incoming", "new", "longtime", "founding"].map(TextHash.word))
    static let parkKindHashes: Set<UInt64> = Set(["national", "state", "game", "nature", "marine", "wildlife", "forest"].map(TextHash.word))
    static let parkHashes: Set<UInt64> = Set(["park", "parks", "reserve", "reserves", "sanctuary", "forest"].map(TextHash.word))
    static let broadcastBandHashes: Set<UInt64> = Set(["tv", "fm", "am", "dt"].map(TextHash.word))
    /// Place heads that end no person's name, though the Census lists them as surnames.
    static let surnameFreeHeadHashes: Set<UInt64> = Set(["parish", "nagar"].map(TextHash.word))
    /// Legal forms of two capitals that cleanco lists but that are words or initials
    /// elsewhere ("AG" is also an attorney general), read only after a name.
    static let shortCompanyFormHashes: Set<UInt64> = Set(["ag", "nv", "se", "ab"].map(TextHash.word))
    static let stormWordHashes: Set<UInt64> = Set(["hurricane", "typhoon", "cyclone", "storm"].map(TextHash.word))
    static let countyAbbreviationHashes: Set<UInt64> = Set(["co", "co."].map(TextHash.word))
    static let saintHashes: Set<UInt64> = Set(["st.", "st", "saint", "ste.", "sainte"].map(TextHash.word))
    static let possessedPluralHashes: Set<UInt64> = Set(["children", "women", "men", "people", "veterans"].map(TextHash.word))
    static let pluralPossessiveHash = TextHash.word("'")
    static let streetHeadHashes: Set<UInt64> = Set(["street", "st.", "road", "rd.", "avenue", "ave.", "lane", "boulevard", "blvd.",
                                                    "drive", "highway", "hwy."].map(TextHash.word))
    static let streetPrepositionHashes: Set<UInt64> = Set(["on", "along", "off", "onto", "of", "down", "up", "near", "across", "at", "in"].map(TextHash.word))
    static let personalHonorificHashes: Set<UInt64> = Set(["mr", "mrs", "ms", "miss", "mx", "dr", "mr.", "mrs.", "ms.", "dr."].map(TextHash.word))
    static let journalHash = TextHash.word("journal")
    static let ownedHashes: Set<UInt64> = Set(["shares", "stock", "stake", "stocks"].map(TextHash.word))
    static let eventHeadHashes: Set<UInt64> = Set([
        "olympics", "paralympics", "cup", "finals", "championship", "championships", "festival", "awards", "summit", "show",
        "expo", "marathon", "tournament", "prix", "war",
    ].map(TextHash.word))
    static let marketIndexHashes: Set<UInt64> = Set(["index", "composite", "average"].map(TextHash.word))
    /// Last words of spelled-out acronyms that name no body: agreements, laws, schemes, things.
    static let spelledNonBodyHashes: Set<UInt64> = Set([
        "agreement", "treaty", "accord", "act", "pact", "deal", "protocol", "scheme", "programme", "program", "plan",
        "things", "technology", "technologies", "system", "systems", "platform", "index", "rate", "standard", "test",
    ].map(TextHash.word))
    static let toHash = TextHash.word("to")
    static let inHash = TextHash.word("in")
    static let creditHashes: Set<UInt64> = Set(["reporting", "editing", "writing", "compiled", "edited", "written"].map(TextHash.word))
    static let byHash = TextHash.word("by")
    static let atHash = TextHash.word("at")
    /// Head words that, alone, are ordinary nouns capitalised for emphasis or house style.
    static let genericHeadHashes: Set<UInt64> = Set([
        "project", "press", "group", "bank", "federation", "services", "service", "international", "company", "forum",
        "coalition", "network", "initiative", "partners", "capital", "ventures", "industries", "systems", "technologies",
        "labs", "media", "news", "entertainment", "records", "studios", "brands", "foods", "holdings", "trust", "alliance",
        "movement", "front", "exchange", "fund", "sports", "insider", "management", "solutions", "software", "securities",
    ].map(TextHash.word))
    /// Nouns for someone who makes or supplies things, which news uses of
    /// companies as often as of people: "Dräger, a global producer of medical
    /// technology"; "Ascom, a global solutions provider".
    static let businessAgentHashes: Set<UInt64> = Set([
        "provider", "producer", "supplier", "maker", "manufacturer", "distributor", "developer", "vendor", "operator",
        "retailer", "wholesaler", "exporter", "importer", "publisher", "broadcaster", "carrier", "lender", "insurer",
    ].map(TextHash.word))
    /// Nouns that news puts right before a company's name, like a title before a
    /// person's: "energy regulator Ofgem", "aluminium giant Alcoa".
    static let companyRoleHashes: Set<UInt64> = businessAgentHashes.union(Set([
        "regulator", "watchdog", "giant", "firm", "conglomerate", "startup", "start-up", "chain", "miner", "utility",
        "airline", "automaker", "carmaker", "telco", "multinational", "bank",
    ].map(TextHash.word)))
    static let groupHashes: Set<UInt64> = Set(["group", "movement", "outfit", "militia", "faction", "organisation", "organization"].map(TextHash.word))
    /// What one company is to another: "Google’s parent Alphabet", "its rival Lyft".
    static let companyRelationHashes: Set<UInt64> = Set([
        "parent", "owner", "subsidiary", "unit", "rival", "rivals", "competitor", "competitors", "affiliate", "spinoff",
    ].map(TextHash.word))
    /// "His mother, Karen, said": whose relative or colleague the name after the comma is.
    static let possessivePronounHashes: Set<UInt64> = Set(["his", "her", "their", "our", "my", "your", "its"].map(TextHash.word))
    /// Kinds of work whose title follows them: "the film The Madness of King George".
    static let workNounHashes: Set<UInt64> = Set([
        "film", "movie", "book", "novel", "album", "song", "show", "series", "play", "musical", "opera", "documentary", "game",
        "memoir", "single", "poem", "painting",
    ].map(TextHash.word))
    /// Kinds of publication and broadcaster whose name follows them.
    static let publicationHashes: Set<UInt64> = Set([
        "daily", "weekly", "newspaper", "paper", "tabloid", "broadsheet", "magazine", "broadcaster", "newsweekly", "outlet",
    ].map(TextHash.word))
    /// Articles among the particles: "al", "el", "la", "le".
    static let articleParticleHashes: Set<UInt64> = Set(["al", "el", "la", "le"].map(TextHash.word))
    /// First words of Spanish and Portuguese place names: "Costa del Sol", "Mar del Plata".
    static let romancePlaceHashes: Set<UInt64> = Set([
        "costa", "rio", "río", "puerto", "porto", "ciudad", "mar", "villa", "vila", "isla", "ilha", "playa", "praia", "sierra",
        "serra", "monte", "punta", "ponta", "cabo", "lago", "bahia", "bahía", "nova", "nueva", "nuevo", "santo", "santa",
    ].map(TextHash.word))
    /// Places that belong to someone: "the home of Morales" names a person.
    static let ownedPlaceHashes: Set<UInt64> = Set([
        "home", "house", "office", "residence", "apartment", "flat", "room", "bedroom", "garden", "farm", "estate",
        "property", "compound", "car", "yard", "backyard", "studio", "grave", "tomb", "birthplace", "hometown",
    ].map(TextHash.word))
    static let itsHash = TextHash.word("its")
    static let universityHash = TextHash.word("university")
    static let collegeHash = TextHash.word("college")
    static let healthHash = TextHash.word("health")
    static let nhsHash = TextHash.word("nhs")
    static let againstHash = TextHash.word("against")
    static let publishedHashes: Set<UInt64> = Set(["published", "appeared", "reported", "printed", "writing", "wrote"].map(TextHash.word))

    // MARK: - Entry point

    func tag(mode: Mode, into mentions: inout [Mention]) {
        let firstMention = mentions.count
        switch mode {
        case .cased:
            var k = range.lowerBound
            var creditOpen = false
            while k < range.upperBound {
                // "(Reporting by Will Dunham and Jane Doe; Editing by Tom Brown)".
                if startsChunk(k) {
                    if let end = creditNameEnd(from: k, listOpen: creditOpen) {
                        emit(k, end, .person, .good, .credit, into: &mentions)
                        creditOpen = true
                        k = end
                        continue
                    }
                    creditOpen = false
                }
                // "Raleigh, NC", "Washington, DC": a state's postal code after a place and a comma.
                if isStateCodeAfterPlace(k) {
                    emit(k, k + 1, .loc, .good, .placeHead, into: &mentions)
                    k += 1
                    continue
                }
                if isOrdinalBeforePlaceHead(k) {
                    emit(k, k + 2, .loc, .good, .placeHead, into: &mentions)
                    k += 2
                    continue
                }
                guard startsChunk(k) else { k += 1; continue }
                if let name = fixedName(at: k) {
                    emit(name.start, name.end, name.label, .good, name.rule, into: &mentions)
                    k = name.end
                    continue
                }
                let j = chunkEnd(from: k)
                analyze(k, j, allowTitle: true, into: &mentions)
                k = j
            }
            applyContext(to: &mentions, from: firstMention)
            dropTitles(from: firstMention, in: &mentions)
            joinNicknames(from: firstMention, in: &mentions)
            labelLists(from: firstMention, in: &mentions)
            dropDegrees(from: firstMention, in: &mentions)
            dropModelNumbers(from: firstMention, in: &mentions)
            attachCompanySuffixes(from: firstMention, in: &mentions)
            takeArticles(from: firstMention, in: &mentions)
            spellOutAcronyms(from: firstMention, in: &mentions)
        case .caseless, .lowercase:
            tagWithoutCase(lowercase: mode == .lowercase, into: &mentions)
        }
    }

    // MARK: - Token questions

    @inline(__always) func flags(_ k: Int) -> WordFlags { tokens[k].flags }

    @inline(__always) func isNameToken(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.shape.contains(.word) && t.shape.contains(.hasLetter) && (t.shape.contains(.capitalized) || t.shape.contains(.allCaps))
    }

    @inline(__always) func isLowerWord(_ k: Int) -> Bool {
        let t = tokens[k]
        return t.shape.contains(.word) && !t.shape.contains(.capitalized) && !t.shape.contains(.allCaps)
    }

    /// A two-letter state code after a capitalised place name and a comma, or
    /// after a place preposition, and not followed by another name: "Raleigh,
    /// NC", "Washington, DC", "when in DC".
    func isStateCodeAfterPlace(_ k: Int) -> Bool {
        let t = tokens[k]
        // "Salmon Arm, B.C.": a province's code with periods, after a known place only.
        if t.length == 4, t.shape.contains(.hasPeriod), k - 2 >= range.lowerBound, tokens[k - 1].mark == ",",
           lexicon.stateCodes.contains(t.hash), k + 1 >= range.upperBound || !isNameToken(k + 1) {
            var s = k - 2
            while s > range.lowerBound && isNameToken(s - 1) && k - 2 - s < 4 { s -= 1 }
            return (s...(k - 2)).contains { start in
                longestPhrase(from: start, limit: k - 1).map { len, e in e.label == .loc && start + len == k - 1 } ?? false
            }
        }
        guard t.length == 2, t.shape.contains(.allCaps), !t.shape.contains(.hasPeriod), k - 1 >= range.lowerBound,
              lexicon.stateCodes.contains(t.hash), k + 1 >= range.upperBound || !isNameToken(k + 1) else { return false }
        if k - 2 >= range.lowerBound, tokens[k - 1].mark == ",", isNameToken(k - 2) { return true }
        // "in DC", "from NC": after a place preposition, unless the code is also a word ("in IT", "in OR").
        return isLowerWord(k - 1) && flags(k - 1).contains(.locPreposition)
            && flags(k).isDisjoint(with: [.function, .common, .stopAcronym])
    }

    /// "17th Street", "42nd Avenue": an ordinal number before a street's head word.
    func isOrdinalBeforePlaceHead(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.shape.contains(.hasDigit), t.shape.contains(.hasLetter), k + 1 < range.upperBound,
              flags(k + 1).contains(.locHead), isNameToken(k + 1), t.length >= 3 else { return false }
        let end = Int(t.end)
        // The Times writes "42d Street" and "23d Street".
        if ["2d", "3d"].contains(text(end - 2, end).lowercased()) { return true }
        return ["st", "nd", "rd", "th"].contains(text(end - 2, end).lowercased())
    }

    /// "bin Laden", "ibn Saud": an Arabic patronymic particle before a name is
    /// part of the name even when nothing capitalised comes before it.
    static let patronymicHashes: Set<UInt64> = Set(["bin", "ibn", "bint"].map(TextHash.word))

    func isPatronymicBeforeName(_ k: Int) -> Bool {
        Self.patronymicHashes.contains(tokens[k].hash) && isLowerWord(k) && k + 1 < range.upperBound
            && isNameToken(k + 1) && !tokens[k + 1].shape.contains(.hyphenJoined)
    }

    func startsChunk(_ k: Int) -> Bool {
        if isNameToken(k) { return true }
        if isPatronymicBeforeName(k) { return true }
        // "al-Assad": a lower-case particle joined to a capitalised name.
        return flags(k).contains(.particle) && k + 1 < range.upperBound
            && tokens[k + 1].shape.contains(.hyphenJoined) && tokens[k + 1].shape.contains(.capitalized)
    }

    /// An ordinary English word, inflections included ("Brooks" is "brook" + s),
    /// so a capital at the start of a sentence says nothing about it.
    func isCommonWord(_ k: Int) -> Bool {
        let t = tokens[k]
        if t.flags.contains(.common) || t.flags.contains(.function) { return true }
        guard t.shape.contains(.word), !t.shape.contains(.hasDigit), t.length >= 3 else { return false }
        let start = Int(t.start)
        var end = Int(t.end)
        // "They’re", "You’ll": the word before the apostrophe decides.
        for i in start..<end where ScalarClass.isApostrophe(scalars[i]) {
            end = i
            var h = TextHash.empty
            for j in start..<end { h = TextHash.addFolded(h, scalars[j]) }
            if !lexicon.flags(h).isDisjoint(with: [.common, .function]) { return true }
            break
        }
        func stem(dropping n: Int, adding suffix: String = "") -> Bool {
            guard end - n - start >= 2 else { return false }
            var h = TextHash.empty
            for i in start..<(end - n) { h = TextHash.addFolded(h, scalars[i]) }
            for s in suffix.unicodeScalars { h = TextHash.add(h, s.value) }
            return lexicon.flags(h).contains(.common)
        }
        func ends(_ suffix: String) -> Bool {
            let u = Array(suffix.unicodeScalars)
            guard end - start > u.count else { return false }
            for (i, s) in u.enumerated() where scalars[end - u.count + i].value | 0x20 != s.value { return false }
            return true
        }
        if ends("ies") && stem(dropping: 3, adding: "y") { return true }
        if ends("es") && stem(dropping: 2) { return true }
        if ends("s") && !ends("ss") && stem(dropping: 1) { return true }
        if ends("ed") && (stem(dropping: 2) || stem(dropping: 1)) { return true }
        if ends("ing") && (stem(dropping: 3) || stem(dropping: 3, adding: "e")) { return true }
        if ends("ly") && stem(dropping: 2) { return true }
        if ends("er") && stem(dropping: 2) { return true }
        return false
    }

    /// A word that can be (part of) a person's name rather than a title or an ordinary word.
    @inline(__always) func isNamey(_ k: Int) -> Bool {
        let f = flags(k)
        if f.contains(.title) || f.contains(.orgHead) || f.contains(.locHead) || f.contains(.function) { return false }
        return !f.contains(.common) || !f.isDisjoint(with: [.givenMale, .givenFemale, .givenOther, .surname])
    }

    @inline(__always) func isGiven(_ k: Int) -> Bool { !flags(k).isDisjoint(with: WordFlags.given) }

    /// A month or weekday that is a surname after a capitalised given name:
    /// "Theresa May", "Brian May" (not "PA July", whose "PA" is in capitals).
    func isSurnameAfterGivenName(_ k: Int) -> Bool {
        k > range.lowerBound && flags(k).contains(.surname) && isGiven(k - 1) && isNameToken(k - 1)
            && !tokens[k - 1].shape.contains(.allCaps)
    }

    // MARK: - Chunks

    /// The end of the chunk of capitalised words starting at `k`, with the
    /// connectors that join one name ("Bank of England", "Charles de Gaulle").
    func chunkEnd(from k: Int) -> Int {
        let limit = range.upperBound
        var j = k + 1
        var inComplement = false
        var hasHead = !flags(k).isDisjoint(with: [.orgHead, .locHead, .locHeadFirst, .title])
        while j < limit && j - k < 24 {
            let t = tokens[j]
            // "Airbus A350-900", "Brent LCOc1": a model number or ticker is no part of a name.
            if t.shape.contains(.hasDigit) && t.shape.contains(.hasLetter) && !t.shape.contains(.hyphenJoined) { break }
            if j + 1 < limit, j > k, isBranchNumber(j + 1) {
                j += 2
                break
            }
            // "Independent Commission Against Corruption", "Mothers Against Drunk Driving".
            if t.hash == Self.againstHash, t.shape.contains(.capitalized), !t.shape.contains(.initial), hasHead || j - k >= 2,
               j + 1 < limit, isNameToken(j + 1) {
                j += 1
                continue
            }
            if t.shape.contains(.word) && !isPlainName(j) { break }
            // "U.S. Attorney’s Office", "Westminster Magistrate’s Court": an office named
            // after a title or an ordinary noun, not "Russia’s Defense Ministry".
            if t.shape.contains(.possessive) && j + 1 < limit && isNameToken(j + 1) && !tokens[j + 1].shape.contains(.hyphenJoined)
                && (!tokens[j + 1].flags.isDisjoint(with: [.orgHead, .locHead]) || Self.possessedPluralHashes.contains(tokens[j - 1].hash)) {
                let before = tokens[j - 1].flags
                // "St. Mary’s Hospital", "Boston Children’s Hospital": a saint's name or a
                // plural of people before the head is part of the building's name too.
                // "Magistrates’ Court", "Farmers’ Union": so is any plural common noun.
                let pluralOfNoun = t.hash == Self.pluralPossessiveHash && isCommonWord(j - 1)
                    && lexicon.phrase(tokens[j - 1].hash) == nil
                if !before.isDisjoint(with: [.title, .personNoun]) && lexicon.phrase(tokens[j - 1].hash) == nil
                    || Self.saintHashes.contains(tokens[k].hash) && j - k <= 3
                    // ("But St James’s Hospital": after a capitalised first word too.)
                    || k + 1 < j && flags(k).contains(.function) && Self.saintHashes.contains(tokens[k + 1].hash) && j - k <= 4
                    // "Prince George’s County", "Queen Anne’s County".
                    || tokens[j + 1].hash == Self.countyHash && j - k <= 2
                    || Self.possessedPluralHashes.contains(tokens[j - 1].hash) || pluralOfNoun {
                    j += 2
                    hasHead = true
                    continue
                }
            }
            if t.shape.contains(.hyphenJoined) && t.shape.contains(.word) {
                if t.shape.contains(.capitalized) || t.shape.contains(.allCaps) || t.shape.contains(.hasDigit) {
                    j += 1
                    continue
                }
                // "Kyiv-based" ends the name; "Yong-hyun" and "Co-operative" go on, and so does
                // the short last syllable of a Korean given name ("Son Heung-min", "Lee Kang-in").
                let syllable = t.length <= 4 && !t.flags.contains(.nameSuffix) && j - 2 >= k && isNameToken(j - 2)
                    && isNamey(j - 1) && !isCommonWord(j - 1) && lexicon.phrase(tokens[j - 1].hash) == nil
                if (t.flags.contains(.nameSuffix) || t.flags.contains(.common)) && !Self.wordPrefixHashes.contains(tokens[j - 1].hash)
                    && !syllable { break }
                j += 1
                continue
            }
            if isNameToken(j) {
                // "Allentown, PA June 27": a month or weekday ends a name, unless it is a surname ("Theresa May").
                if t.flags.contains(.nonEntity) && !isSurnameAfterGivenName(j) { break }
                // "Joseph Park of the Atlantic Council": a head word that is a surname
                // after a given name heads no name, so "of" does not join.
                if !t.flags.isDisjoint(with: [.orgHead, .locHead, .locHeadFirst, .title])
                    && !(isSurnameAfterGivenName(j) && !flags(j - 1).contains(.function)) { hasHead = true }
                j += 1
                continue
            }
            // "University of California at Berkeley": a campus after "at".
            if t.hash == Self.atHash, isLowerWord(j), j + 1 < limit, isNameToken(j + 1),
               (k..<j).contains(where: { tokens[$0].hash == Self.universityHash }) {
                j += 2
                continue
            }
            // "Society for the Prevention of Cruelty to Children": inside an organisation's
            // complement, "to" joins the name too.
            if t.hash == Self.toHash, inComplement, isLowerWord(j), j + 1 < limit, isNameToken(j + 1),
               !tokens[j + 1].shape.contains(.hyphenJoined), (k..<j).contains(where: { flags($0).contains(.orgHead) }) {
                j += 2
                continue
            }
            // "Abdul Rahman al-Masri": a particle joined to a capitalised name by a hyphen goes on the name.
            // ("Tareq al-Haddad", "Nabil al-Sayegh": after any name, the Arabic article is one.)
            if t.flags.contains(.particle) && isLowerWord(j) && j + 1 < limit && tokens[j + 1].shape.contains(.hyphenJoined)
                && tokens[j + 1].shape.contains(.capitalized)
                && (!flags(j - 1).isDisjoint(with: [.givenMale, .givenFemale, .givenOther, .surname])
                    || Self.arabicArticleHashes.contains(t.hash) && isNameToken(j - 1) && flags(j - 1).isDisjoint(with: [.orgHead, .locHead, .title])) {
                j += 2
                continue
            }
            if t.flags.contains(.connector) && (isLowerWord(j) || t.mark == "&") && j + 1 < limit {
                var n = j + 1
                if (t.hash == Self.ofHash || t.hash == Self.forHash) && tokens[n].hash == Self.theHash && n + 1 < limit { n += 1 }
                // "Gómez de la Torre", "van der Berg": particles in a row.
                if t.flags.contains(.particle) && !t.flags.contains(.function) {
                    while n + 1 < limit && n - j < 3 && flags(n).contains(.particle) && isLowerWord(n) { n += 1 }
                }
                if isNameToken(n) && !tokens[n].shape.contains(.hyphenJoined) {
                    let isAnd = t.hash == Self.andHash
                    // ("Secretary of State John Kerry and …", "Dr. Michael Ryan of the Cleveland Museum":
                    // a person's name ends the run.)
                    let personBefore = j - 2 >= k && isGiven(j - 2) && isNameToken(j - 2) && isNameToken(j - 1)
                        && flags(j - 1).isDisjoint(with: [.orgHead, .locHead])
                    let joins: Bool
                    if t.hash == Self.ampersandHash {
                        joins = true   // "Procter & Gamble", "Pacific Gas & Electric"
                    } else if t.flags.contains(.particle) && !isAnd && t.hash != Self.ofHash && t.hash != Self.forHash {
                        joins = true
                    } else if isAnd {
                        // "Department of Health and Human Services"; not "Gannett and GateHouse Media".
                        // "Citizenship and Immigration Services": the words after "and" end in a head.
                        // "the Department of Homeland Security and DHS officials": an acronym after "and" is a name of its own.
                        let acronymAlone = tokens[n].shape.contains(.allCaps) && !(n + 1 < limit && isNameToken(n + 1))
                        // ("… of the Cleveland Museum and Dr. David Evans": a title after "and" opens a new name.)
                        joins = (inComplement && !acronymAlone && !personBefore && !(flags(n).contains(.title) && n + 1 < limit && isNameToken(n + 1))
                                 && !(isGiven(n) && n + 1 < limit && isNameToken(n + 1) && flags(n + 1).isDisjoint(with: [.orgHead, .locHead])))
                            || phraseCrosses(k, j, n)
                            || !hasHead && isCommonWord(j - 1) && !startsWithWholePhrase(k, j) && andRunEndsInHead(n)
                    } else if t.hash == Self.onHash {
                        // "Council on Foreign Relations" joins; "Gen. Mark Hertling on CNN" does not: a title is no head here.
                        // ("Jezero Crater on Mars": a place is no body, and "on" only locates it.)
                        joins = (k..<j).contains(where: { flags($0).contains(.orgHead) }) || phraseCrosses(k, j, n)
                    } else {
                        let titledPerson = personBefore && (k..<(j - 2)).contains { flags($0).contains(.title) }
                        // ("Wrigley Field for the Hilton": a place is for nothing; bodies and offices are.)
                        let placeOnly = t.hash == Self.forHash && !(k..<j).contains { !flags($0).isDisjoint(with: [.orgHead, .title]) }
                        joins = hasHead && !titledPerson && !placeOnly || phraseCrosses(k, j, n)
                        if joins && (t.hash == Self.ofHash || t.hash == Self.forHash) && hasHead { inComplement = true }
                    }
                    if joins {
                        j = n + 1
                        if !flags(n).isDisjoint(with: [.orgHead, .locHead, .title]) { hasHead = true }
                        continue
                    }
                }
            }
            break
        }
        // "People’s Republic of China", "Martha’s Vineyard": a known name whose
        // first word is possessive runs on past the possessive.
        if j < limit, tokens[j].shape.contains(.possessive) {
            var s = k
            while s < j - 1 && flags(s).contains(.determiner) { s += 1 }
            if let (len, _) = longestPhrase(from: s, limit: limit), s + len > j + 1 { return s + len }
        }
        return j
    }

    /// Whether `[k, j)`, after a leading "The", is one gazetteer name ("The United Nations").
    func startsWithWholePhrase(_ k: Int, _ j: Int) -> Bool {
        var s = k
        while s < j && flags(s).contains(.determiner) { s += 1 }
        guard s < j, let (len, _) = longestPhrase(from: s, limit: j) else { return false }
        return s + len == j
    }

    /// Whether the capitalised words from `n` end in an organisation head:
    /// "(Citizenship and) Immigration Services".
    func andRunEndsInHead(_ n: Int) -> Bool {
        var q = n
        while q < range.upperBound && isNameToken(q) && q - n < 4 { q += 1 }
        return q > n && flags(q - 1).contains(.orgHead) && (q == range.upperBound || !isNameToken(q))
    }

    /// Whether a gazetteer phrase that starts in the chunk `[k, j)` runs past
    /// the connector at `j` up to token `n` ("Bosnia and Herzegovina").
    func phraseCrosses(_ k: Int, _ j: Int, _ n: Int) -> Bool {
        var p = k
        while p < j {
            let maxLen = Int(tokens[p].maxPhrase)
            if maxLen >= n - p + 1 {
                var h = tokens[p].hash
                var q = p + 1
                while q < range.upperBound && q - p < maxLen {
                    h = TextHash.extend(h, with: tokens[q].hash, hyphen: tokens[q].shape.contains(.hyphenJoined))
                    q += 1
                    if q > n, lexicon.phrase(h) != nil { return true }
                }
            }
            p += 1
        }
        return false
    }

    /// The longest gazetteer phrase starting at `p` and ending by `limit`, not
    /// ending inside a hyphenated name ("Yong" of "Yong-hyun").
    func longestPhrase(from p: Int, limit: Int) -> (length: Int, entry: Lexicon.PhraseEntry)? {
        let maxLen = min(Int(tokens[p].maxPhrase), limit - p)
        guard maxLen > 0 else { return nil }
        var best: (Int, Lexicon.PhraseEntry)?
        var h = tokens[p].hash
        var len = 1
        while true {
            if let e = lexicon.phrase(h), boundaryAllowsEnd(p + len), len > 1 || !tokens[p].flags.contains(.nonEntity),
               len > 1 || tokens[p].length > 2 || !tokens[p].shape.contains(.hasLower) || e.label != .loc {
                best = (len, e)
            }
            if len >= maxLen { break }
            let q = p + len
            h = TextHash.extend(h, with: tokens[q].hash, hyphen: tokens[q].shape.contains(.hyphenJoined))
            len += 1
        }
        return best
    }

    @inline(__always) func boundaryAllowsEnd(_ q: Int) -> Bool {
        guard q < range.upperBound else { return true }
        let t = tokens[q]
        if !t.shape.contains(.hyphenJoined) { return true }
        if t.shape.contains(.capitalized) || t.shape.contains(.allCaps) {
            // "Russia-Ukraine" splits; "France-Presse" does not.
            return lexicon.phrase(t.hash) != nil || t.flags.contains(.regionPrefix)
        }
        return t.flags.contains(.nameSuffix) || t.flags.contains(.common)
    }

    /// Words in a run, counting hyphenated parts as one.
    func wordCount(_ a: Int, _ b: Int) -> Int {
        var n = 0
        for k in a..<b where !tokens[k].shape.contains(.hyphenJoined) { n += 1 }
        return n
    }

    // MARK: - Chunk analysis

    func analyze(_ a0: Int, _ b0: Int, allowTitle: Bool, into mentions: inout [Mention]) {
        var a = a0
        var b = b0
        // Leading words that are capitalised only for being first, and
        // determiners, days and acronyms like "CEO" that are no names.
        while a < b {
            let t = tokens[a]
            let f = t.flags
            // "Six-Day War" after "Six", "anti-Semitism": the tail of a hyphenated word is no name
            // ("al-Assad" keeps its particle's name).
            // ("pro-Moscow rebels", "anti-Israel protests": after a prefix, a known name is one.)
            let prefixed = a > range.lowerBound && Self.namePrefixHashes.contains(tokens[a - 1].hash) && isLowerWord(a - 1)
                && (longestPhrase(from: a, limit: b).map { !$0.1.tags.contains(.weak) } ?? false)
            if t.shape.contains(.hyphenJoined) && !(a > range.lowerBound && flags(a - 1).contains(.particle)) && !prefixed {
                a += 1
                continue
            }
            // "D-Minn.", "R-Neb.": a party and a state.
            if a + 1 < b && t.length == 1 && tokens[a + 1].shape.contains(.hyphenJoined)
                && !tokens[a + 1].shape.isDisjoint(with: [.capitalized, .allCaps]),
               t.shape.contains(.allCaps), ["D", "R", "I"].contains(scalars[Int(t.start)]) {
                a += 2
                continue
            }
            // "Ballinasloe, Co Galway": the Irish abbreviation of "County" before a known place is
            // part of its name, as "County" is.
            if Self.countyAbbreviationHashes.contains(t.hash), a + 1 < b, t.shape.contains(.capitalized),
               let (len, e) = longestPhrase(from: a + 1, limit: b), a + 1 + len == b, e.label == .loc {
                emit(a, b, .loc, .good, .placeHead, into: &mentions)
                return
            }
            // "The Washington Post": the article stays out of a name known without it.
            if t.hash == Self.theHash, let (len, _) = longestPhrase(from: a, limit: b), a + 1 < b,
               let (inner, _) = longestPhrase(from: a + 1, limit: b), a + 1 + inner == a + len {
                a += 1
                continue
            }
            // "the All Progressives Congress", "All India Radio": "All" opens a body's name.
            if t.hash == Self.allHash, t.shape.contains(.capitalized), b - a >= 3, flags(b - 1).contains(.orgHead),
               (a + 1..<b).allSatisfy({ isNameToken($0) }) {
                break
            }
            // ("in the ICU", "a super PAC", "an NGO": an acronym for a kind of thing is stripped
            // below and names nothing, whatever the data says it stands for.)
            if let (len, e) = longestPhrase(from: a, limit: b), len > 1 || !(e.tags.contains(.weak) && t.shape.contains(.initial)),
               !(len == 1 && f.contains(.stopAcronym) && t.shape.contains(.allCaps) && !e.tags.contains(.user)) {
                break
            }
            // "Will Moy", "May Mobley" in mid-sentence: a given name that is also a function word.
            if f.contains(.function) && !f.contains(.determiner) && !f.contains(.connector) && !t.shape.contains(.initial)
                && !f.contains(.locPreposition)
                && isGiven(a) && b - a > 1 && isNameToken(a + 1)
                && !flags(a + 1).contains(.function) && !tokens[a + 1].shape.contains(.hyphenJoined) {
                break
            }
            if f.contains(.title) && !f.contains(.function) { break }
            // "He Jianxiong": a Chinese surname that is also a pronoun.
            if f.contains(.function) && !f.contains(.locPreposition) && b - a >= 2 && isChineseName(a) { break }
            if f.contains(.function) || f.contains(.determiner) || f.contains(.connector) && isLowerWord(a) && !isPatronymicBeforeName(a) {
                a += 1
                continue
            }
            if f.contains(.nonEntity) && !(b - a > 1 && isGiven(a)) {
                a += 1
                continue
            }
            if f.contains(.stopAcronym) && t.shape.contains(.allCaps) {
                a += 1
                continue
            }
            // "[National Society for …": a modifier right before an organisation's head is part of its name.
            // ("Northwest Community Group": a compass word before a capitalised body's name is part of it.)
            if t.shape.contains(.initial) && !t.shape.contains(.allCaps) && b - a > 1 && isCommonWord(a)
                && !(f.contains(.compass) && b - a >= 3 && flags(b - 1).contains(.orgHead) && (a + 1..<b).allSatisfy({ isNameToken($0) }))
                && !(isGiven(a) && isNamey(a + 1)) && !flags(a + 1).contains(.orgHead) && restStandsAlone(a + 1, b)
                && !isNameBeforeTown(a, b) && !(b - a >= 2 && isChineseName(a)) && !isTeam(a, b)
                // "Amazon Web Services": a company's own name opens the longer one.
                && !(lexicon.phrase(t.hash).map { $0.tags.contains(.brand) || $0.label == .org && !$0.tags.contains(.weak) } ?? false)
                // "Customs and Border Protection", "Pacific Gas & Electric Co.": joined by a connector
                // or ending in a company suffix, the first word is part of the name.
                && !flags(a + 1).contains(.connector) && !flags(b - 1).contains(.companySuffix)
                // "“People’s Liberation Front”": the chunk kept the possessive because of its owner.
                && !tokens[a + 1].shape.contains(.possessive) {
                a += 1
                continue
            }
            break
        }
        // "Tom Hale MP", "Ann Roe QC": letters after a person's name are no part of it.
        while b - a > 1, tokens[b - 1].shape.contains(.allCaps), Self.postNominalHashes.contains(tokens[b - 1].hash) { b -= 1 }
        // Trailing connectors and days ("Russia Monday" never forms one name).
        while b > a && (isLowerWord(b - 1) && !tokens[b - 1].shape.contains(.hyphenJoined) && !isBranchNumber(b - 1)
                        || flags(b - 1).contains(.nonEntity) && b - a > 1 && !isSurnameAfterGivenName(b - 1)) { b -= 1 }
        // "the Red Cross I understand is helping": the pronoun "I" before a verb ends the name.
        if b - a > 1, tokens[b - 1].length == 1, scalars[Int(tokens[b - 1].start)] == "I",
           b < range.upperBound, isLowerWord(b), !flags(b).contains(.function) || flags(b).contains(.speechVerb) { b -= 1 }
        guard a < b else { return }

        // "County Down", "County Kerry": the Irish county before its name.
        // (Not "the County Commissioners" or "the County Clerk": an ordinary word is no county's name.)
        if b - a == 2, tokens[a].hash == Self.countyHash, tokens[a].shape.contains(.capitalized), isNameToken(a + 1),
           flags(a + 1).isDisjoint(with: [.orgHead, .locHead, .title, .personNoun]),
           !isCommonWord(a + 1) || lexicon.phrase(tokens[a + 1].hash)?.label == .loc
            || a > range.lowerBound && flags(a - 1).contains(.locPreposition) {
            emit(a, b, .loc, .good, .placeHead, into: &mentions)
            return
        }
        // "Trinity College Dublin", "University College London": the city closes the college's name.
        if b - a >= 3, [Self.collegeHash, Self.universityHash].contains(tokens[b - 2].hash), isNameToken(b - 1),
           let (len, e) = longestPhrase(from: b - 1, limit: b), len == 1, e.label == .loc, e.tags.contains(.city),
           !e.tags.contains(.country) {
            emit(a, b, .org, .good, .orgHead, into: &mentions)
            return
        }
        // "Ontario Health", "NHS England": a region's health service.
        if b - a == 2, tokens[b - 1].hash == Self.healthHash || tokens[a].hash == Self.nhsHash,
           let (len, e) = longestPhrase(from: tokens[a].hash == Self.nhsHash ? a + 1 : a, limit: tokens[a].hash == Self.nhsHash ? b : b - 1),
           len == 1, e.label == .loc {
            emit(a, b, .org, .good, .orgHead, into: &mentions)
            return
        }
        // "United Steelworkers Local 7310": the union is read alone and its branch number added to it.
        if b - a >= 3, isBranchNumber(b - 1) {
            let before = mentions.count
            analyze(a, b - 2, allowTitle: allowTitle, into: &mentions)
            if mentions.count > before, let last = mentions.indices.last, Int(mentions[last].end) == b - 2,
               mentions[last].label == .org || mentions[last].label == nil {
                mentions[last].end = Int32(b)
                mentions[last].label = .org
            }
            return
        }

        // "the 2008 Beijing Olympics", "Davis Cup Finals": an event is no entity;
        // only the places and bodies named in it are ("Beijing", "United Nations").
        if b - a >= 2 && Self.eventHeadHashes.contains(tokens[b - 1].hash) && isNameToken(b - 1) {
            var p = a
            while p < b - 1 {
                // A one-word place that is also a name ("Davis Cup") names the event's founder, not a place.
                if let (len, e) = longestPhrase(from: p, limit: b - 1), e.label != .person, !e.tags.contains(.weak),
                   len > 1 || flags(p).isDisjoint(with: [.surname, .givenMale, .givenFemale, .givenOther]) {
                    emitPhrase(p, p + len, e, into: &mentions)
                    p += len
                } else {
                    p += 1
                }
            }
            return
        }

        // "Jean-Pierre", "Rose-Lynn": two given names joined by a hyphen are one
        // person's first name, though "Pierre" and "Lynn" are towns too.
        if b - a == 2, tokens[a + 1].shape.contains(.hyphenJoined), tokens[a + 1].shape.contains(.capitalized),
           isGiven(a), isGiven(a + 1), !tokens[a].shape.contains(.allCaps) {
            emit(a, b, .person, .good, .givenName, into: &mentions)
            return
        }
        // "Los Angeles Lakers", "Manchester United", "FC Porto", "Real Madrid": a team.
        if isTeam(a, b) {
            emit(a, b, .org, .good, .teamName, into: &mentions)
            return
        }

        // "Ernst & Young", "Frost & Sullivan": names joined by an ampersand are a firm.
        // "JPMorgan Chase & Co. CEO Jamie Dimon": the firm ends at its suffix; the rest is read on its own.
        if b - a >= 3, let amp = (a + 1..<b - 1).first(where: { tokens[$0].hash == Self.ampersandHash }),
           longestPhrase(from: a, limit: b).map({ a + $0.0 == b }) != true {
            var end = b
            if let c = (amp + 1..<b).first(where: { flags($0).contains(.companySuffix) }) {
                end = c + 1
                if end < b && tokens[end].mark == "." { end += 1 }
            }
            emit(a, end, .org, .good, .companySuffix, into: &mentions)
            if end < b { analyze(end, b, allowTitle: true, into: &mentions) }
            return
        }
        // "Edmunds.com", "Polygraph.info": a site is an organisation.
        if b - a == 1 && tokens[a].shape.contains(.domain) && tokens[a].shape.contains(.capitalized) {
            emit(a, b, .org, .good, .orgHead, into: &mentions)
            return
        }

        // "5-year-old Tobias", "the 4-month-old Lila": an age before a name is a person's.
        if b - a <= 3, a - 3 >= range.lowerBound, tokens[a - 1].hash == Self.oldHash, tokens[a - 1].shape.contains(.hyphenJoined),
           Self.agePeriodHashes.contains(tokens[a - 2].hash), (a..<b).allSatisfy({ isNameToken($0) && !flags($0).contains(.title) }),
           // (Not "a 62-year-old Spring Valley man": a place before a noun for a person.)
           !(b < range.upperBound && isLowerWord(b) && !flags(b).isDisjoint(with: [.personNoun, .maleNoun, .femaleNoun, .placeNoun, .orgNoun])),
           longestPhrase(from: a, limit: b).map({ $0.1.label == .person || $0.1.tags.contains(.weak) || $0.1.tags.contains(.city) }) ?? true {
            emit(a, b, .person, .good, .age, into: &mentions)
            return
        }
        // "Garland’s aunt told him", "Hendricks’ mother": a name whose relatives are spoken of is a
        // person's (a town's name too), not a country's or a body's.
        if b - a <= 3, b + 1 < range.upperBound, tokens[b].shape.contains(.possessive),
           !flags(b + 1).isDisjoint(with: [.maleNoun, .femaleNoun]) || Self.relativeHashes.contains(tokens[b + 1].hash),
           !(a - 1 >= range.lowerBound && tokens[a - 1].hash == Self.theHash),
           (a..<b).allSatisfy({ isNameToken($0) && flags($0).isDisjoint(with: [.title, .orgHead, .locHead]) }),
           longestPhrase(from: a, limit: b).map({ a + $0.0 == b && ($0.1.label == .person || $0.1.label == .loc && $0.1.tags.contains(.city)
                && $0.1.tags.isDisjoint(with: [.country, .subdivision, .region])) }) ?? true,
           !(b - a == 1 && isCommonWord(a) && !flags(a).contains(.surname)) {
            emit(a, b, .person, .fair, .relative, into: &mentions)
            return
        }
        // A known name as a whole.
        if let (len, e) = longestPhrase(from: a, limit: b), a + len == b {
            if allowTitle, e.label != .person, splitAtTitle(a, b, into: &mentions) { return }
            emitPhrase(a, b, e, into: &mentions)
            return
        }
        if allowTitle && splitAtTitle(a, b, into: &mentions) { return }
        // "Air Astana", "Air Canada": not "Air Show".
        // ("Partido del Trabajo": a particle may follow the head.)
        if b - a >= 2 && flags(a).contains(.orgHeadFirst) && (isNameToken(a + 1) || b - a >= 3 && flags(a + 1).contains(.particle))
            && !isCommonWord(b - 1) {
            emit(a, b, .org, .strong, .orgHead, into: &mentions)
            return
        }
        // "the Legislature", "a career Army officer", "the Statehouse": a head word alone in
        // mid-sentence stands for the body or building the text is about. Not
        // "the Government" or "the Administration": the capital there is house
        // style for whichever government is in office, no name.
        if b - a == 1 && !tokens[a].shape.contains(.initial) && tokens[a].shape.contains(.capitalized) && !tokens[a].shape.contains(.allCaps)
            && !flags(a).contains(.title) && !flags(a).contains(.personOwned) && lexicon.phrase(tokens[a].hash) == nil {
            // Only heads that name one body in a story ("the Legislature", "the Court");
            // "the Group", "the Bank", "the Project" capitalise an ordinary noun.
            if flags(a).contains(.orgHead) && !Self.genericHeadHashes.contains(tokens[a].hash) {
                emit(a, b, .org, .fair, .orgHead, into: &mentions)
                return
            }
            // A place noun alone only after "the": "the Statehouse", not "Dawson’s Creek".
            if flags(a).contains(.locHead) && a - 1 >= range.lowerBound && tokens[a - 1].hash == Self.theHash {
                emit(a, b, .loc, .fair, .placeHead, into: &mentions)
                return
            }
        }
        // "chairperson of ZEC Priscilla Chigumba": an acronym before a person's full name is the body.
        if b - a >= 3, tokens[a].shape.contains(.allCaps), tokens[a].length >= 2, !tokens[a].shape.contains(.hasPeriod),
           flags(a).isDisjoint(with: [.title, .stopAcronym, .function]), isGiven(a + 1), !isGiven(a), !isCommonWord(b - 1),
           emitBeforePerson(a, b, .org, .fair, .acronym, into: &mentions) {
            return
        }
        // "the member for Lismore", "the member for Lismore Bridgette Taffin": after a seat holder and "for".
        if a - 2 >= range.lowerBound, tokens[a - 1].hash == Self.forHash, isLowerWord(a - 1),
           Self.seatHolderHashes.contains(tokens[a - 2].hash), emitSeat(a, b, into: &mentions) {
            return
        }
        // "Nina Fabian", "Jane Christian": a first name before a group's word that is also a
        // person's name is a person, whatever place or group the words name alone.
        if b - a == 2, isGiven(a), !tokens[a].shape.contains(.allCaps), !(tokens[a].shape.contains(.initial) && isCommonWord(a)),
           !(a > range.lowerBound && flags(a - 1).contains(.determiner)),
           let (len, e) = longestPhrase(from: a + 1, limit: b), len == 1, e.label == .norp,
           !flags(a + 1).isDisjoint(with: WordFlags.given.union(.surname)), flags(a + 1).isDisjoint(with: [.orgHead, .locHead]),
           longestPhrase(from: a, limit: b).map({ $0.0 < 2 }) ?? true,
           lexicon.phrase(tokens[a].hash).map({ !$0.tags.contains(.country) && $0.label != .norp }) ?? true {
            emit(a, b, .person, .good, .givenName, into: &mentions)
            return
        }
        // "American Kevin King", "Australian Timothy Weeks": a nationality before a name.
        // (Not a company's name: "Philippine Long Distance Telephone Co.")
        if let (len, e) = longestPhrase(from: a, limit: b), a + len < b, e.label == .norp || e.tags.contains(.country),
           isGiven(a + len), !(a + len..<b).contains(where: { !flags($0).isDisjoint(with: [.orgHead, .companySuffix]) }),
           personByGivenName(a + len, b, into: &mentions) {
            emitPhrase(a, a + len, e, into: &mentions)
            return
        }
        // "Anambra State", "Kogi State": a state named with its word is the place (not "Ohio State",
        // a university, nor "Washington State").
        if b - a >= 2, tokens[b - 1].hash == Self.stateHash, let (len, e) = longestPhrase(from: a, limit: b - 1), a + len == b - 1,
           e.label == .loc, e.tags.contains(.subdivision), !e.tags.contains(.country),
           !lexicon.codedStateNames.contains(Tokenizer.phraseHash(tokens, a..<(b - 1))) {
            emit(a, b, .loc, .good, .placeHead, into: &mentions)
            return
        }
        // "the Islamic State": a group's adjective before "State" names a body, not a place.
        if b - a == 2, tokens[a + 1].hash == Self.stateHash, let (len, e) = longestPhrase(from: a, limit: a + 1), len == 1, e.label == .norp {
            emit(a, b, .org, .good, .orgHead, into: &mentions)
            return
        }
        // "J.K. Rowling", "J. Smith": initials before a name are a person's.
        if b - a >= 2, b - a <= 3, isInitials(a), longestPhrase(from: a, limit: b) == nil,
           (a + 1..<b).allSatisfy({ isNamey($0) && isNameToken($0) && !tokens[$0].shape.contains(.allCaps) }) {
            emit(a, b, .person, .good, .givenName, into: &mentions)
            return
        }
        // "Elon Musk said": a town's name before an unknown surname-like word is a
        // first name when the pair speaks or follows a title.
        if b - a == 2, let (len, e) = longestPhrase(from: a, limit: b), len == 1, e.label == .loc,
           e.tags.isDisjoint(with: [.country, .region, .subdivision, .ocean, .brand]), isNameToken(a + 1),
           flags(a + 1).isDisjoint(with: [.orgHead, .locHead, .title, .function]),
           // ("Austin O’Hara": a surname the lists know as a person's is one too.)
           lexicon.phrase(tokens[a + 1].hash).map({ $0.label == .person }) ?? true,
           b < range.upperBound && isLowerWord(b) && flags(b).contains(.speechVerb)
            || a - 1 >= range.lowerBound && flags(a - 1).contains(.title)
            // "Milford Jones, the Labour MP for …": an appositive that names a role.
            || appositiveNamesRole(after: b)
            // "Austin O’Hara", "Tyler McKenna": a Gaelic surname's shape.
            || hasSurnameShape(a + 1)
            // "Elon Musk's X Corp.": a possessive unknown word after a town is a person's surname.
            // (Not a team's plural, an event or a place noun: "Detroit Lions'", "Boston Marathon's", "Jackson Hole's".)
            || b < range.upperBound && tokens[b].shape.contains(.possessive)
                && flags(a + 1).isDisjoint(with: [.placeNoun, .orgNoun, .personNoun]) && !isEventWord(a + 1)
                && scalars[Int(tokens[a + 1].end) - 1] != "s" {
            // A frequent ordinary word is no surname: "Dayton Plumbing announced" is the firm ("Musk" is a rare word).
            let ordinary = flags(a + 1).contains(.common) && !flags(a + 1).contains(.rareWord) && !flags(a + 1).contains(.surname)
            emit(a, b, ordinary ? .org : .person, .fair, .speechVerb, into: &mentions)
            return
        }
        if isNameBeforeTown(a, b) {
            emit(a, b, .person, .fair, .givenName, into: &mentions)
            return
        }
        if orgByHead(a, b, into: &mentions) { return }
        if placeByHead(a, b, into: &mentions) { return }
        // "the Tora Bora mountains", "the Tora Bora region": a name before a place noun is a place's,
        // whatever given name it starts with (the context rule then labels it).
        let placeNounAfter = b < range.upperBound && isLowerWord(b) && flags(b).contains(.placeAfter)
        if !placeNounAfter, personByGivenName(a, b, into: &mentions) { return }
        if !placeNounAfter, isNameWithParticle(a, b) {
            emit(a, b, .person, .fair, .givenName, into: &mentions)
            return
        }
        if regionWithCompass(a, b, into: &mentions) { return }
        segment(a, b, into: &mentions)
    }

    /// Whether a comma at `b` opens an appositive whose noun phrase holds a
    /// role: "the Labour MP for", "a senior fellow at", "its chief executive".
    func appositiveNamesRole(after b: Int) -> Bool {
        guard b + 2 < range.upperBound, tokens[b].hash == Self.comma, flags(b + 1).contains(.determiner) else { return false }
        var k = b + 2
        while k < range.upperBound && k < b + 9 {
            let t = tokens[k]
            if t.shape.contains(.punctuation) { return false }
            if t.shape.contains(.possessive) { k += 1; continue }
            let f = t.flags
            if f.contains(.function) && !f.contains(.determiner) { return false }
            // "MP", "CEO": a title in capitals names a role as well as a lower-case one.
            if f.contains(.title) && (isLowerWord(k) || t.shape.contains(.allCaps)) || f.contains(.personNoun) && isLowerWord(k) {
                return true
            }
            k += 1
        }
        return false
    }

    /// "Barack Obama", "Lenin Moreno", "Ketanji Brown Jackson", "Cooper Lund": a
    /// name before a one-word town is a person's, not a district of the town, when
    /// its first word is no ordinary word, no place and no body, or when it and
    /// the town are both family names.
    func isNameBeforeTown(_ a: Int, _ b: Int) -> Bool {
        guard b - a == 2 || b - a == 3, isNameToken(a), tokens[a].shape.contains(.hasLower), tokens[a].length >= 3,
              (a..<b).allSatisfy({ !tokens[$0].shape.contains(.allCaps) && !tokens[$0].shape.contains(.hyphenJoined) }),
              flags(a).isDisjoint(with: [.orgHead, .locHead, .locHeadFirst, .title, .function, .compass, .nonEntity, .connector]),
              longestPhrase(from: a, limit: b).map({ $0.length == 1 && $0.entry.label == .person }) ?? true,
              let (len, e) = longestPhrase(from: b - 1, limit: b), len == 1, e.label == .loc, e.tags.contains(.city),
              e.tags.isDisjoint(with: [.country, .region, .subdivision, .ocean, .brand]),
              flags(b - 1).isDisjoint(with: [.orgHead, .locHead]) else { return false }
        // A middle word is a family or given name and nothing else ("Brown").
        if b - a == 3 {
            let m = a + 1
            guard isNameToken(m), !flags(m).isDisjoint(with: [.surname, .givenMale, .givenFemale, .givenOther]),
                  flags(m).isDisjoint(with: [.orgHead, .locHead, .title, .function]),
                  longestPhrase(from: m, limit: m + 1) == nil else { return false }
        }
        return !isCommonWord(a) || flags(a).contains(.surname) && flags(b - 1).contains(.surname)
    }

    /// "Luiz Inácio Lula da Silva", "Ursula von der Leyen": capitalised words with
    /// a lower-case particle inside, no head word and no known place or body among
    /// them, are a person's name, whatever lists the words are in.
    func isNameWithParticle(_ a: Int, _ b: Int) -> Bool {
        guard b - a >= 3, b - a <= 7, isNameToken(a), isNameToken(b - 1), !Self.romancePlaceHashes.contains(tokens[a].hash),
              // ("Later de Vries left": an ordinary word opening the sentence is no first name.)
              !(isCommonWord(a) && !isGiven(a)) else { return false }
        var particle = false
        for k in a..<b {
            if isLowerWord(k) {
                // (Not the Arabic article, which also names groups: "Maghawir al Thawra".)
                guard flags(k).contains(.particle), !Self.articleParticleHashes.contains(tokens[k].hash),
                      ![Self.ofHash, Self.forHash, Self.andHash, Self.theHash].contains(tokens[k].hash) else { return false }
                particle = true
                continue
            }
            guard isNameToken(k), !tokens[k].shape.contains(.allCaps),
                  flags(k).isDisjoint(with: [.orgHead, .locHead, .locHeadFirst, .title, .nonEntity, .companySuffix]) else { return false }
            if let (_, e) = longestPhrase(from: k, limit: b), e.label != .person, !e.tags.contains(.weak) { return false }
        }
        return particle
    }

    /// "K Sivan", "M K Stalin", "R Subhash Reddy": initials written without periods,
    /// as South Indian and Chinese names often are, then a capitalised name.
    /// ("A" and "I" are words, unless another initial follows: "A R Rahman".)
    func bareInitialsNameEnd(from k: Int) -> Int? {
        func isBareInitial(_ i: Int) -> Bool {
            i < range.upperBound && tokens[i].length == 1 && tokens[i].shape.contains(.capitalized) && !tokens[i].shape.contains(.hasPeriod)
                && ("A"..."Z").contains(scalars[Int(tokens[i].start)])
                // ("T-Mobile", "R-Texas": a letter joined by a hyphen is part of a word.)
                && (Int(tokens[i].end) >= scalars.count || scalars[Int(tokens[i].end)] != "-")
        }
        guard isBareInitial(k) else { return nil }
        var j = k + 1
        while j - k < 3, isBareInitial(j) { j += 1 }
        let letter = scalars[Int(tokens[k].start)]
        if j == k + 1, letter == "A" || letter == "I" { return nil }
        // ("S Morgan Burnett", "F Hamidou Diallo": one letter before a given name is a player's position.)
        if j == k + 1, j < range.upperBound, isGiven(j) { return nil }
        var end = j
        while end < range.upperBound, end - j < 3, tokens[end].shape.contains(.capitalized), !tokens[end].shape.contains(.allCaps),
              tokens[end].length >= 3, !flags(end).contains(.function), !tokens[end].shape.contains(.hasDigit) {
            end += 1
        }
        return end > j ? end : nil
    }

    /// A token of one to three capital letters, each followed by a period ("J.", "J.K.").
    func isInitials(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.shape.contains(.allCaps), t.shape.contains(.hasPeriod), t.length <= 6 else { return false }
        var letters = 0
        for i in Int(t.start)..<Int(t.end) {
            let c = scalars[i]
            if ScalarClass.isUpper(c) { letters += 1 } else if c != "." { return false }
        }
        return letters >= 1 && letters <= 3 && scalars[Int(t.end) - 1] == "."
    }

    /// Whether the words after a sentence-initial ordinary word carry a name
    /// on their own: "Facing Moscow" drops "Facing", "Security Council" keeps "Security".
    func restStandsAlone(_ a: Int, _ b: Int) -> Bool {
        if flags(b - 1).contains(.orgHead) || flags(b - 1).contains(.locHead) {
            return b - a >= 2
        }
        return true
    }

    /// "U.S. Defense Secretary Lloyd Austin": places and groups before the
    /// title, the title itself (not an entity), the person after it.
    func splitAtTitle(_ a: Int, _ b: Int, into mentions: inout [Mention]) -> Bool {
        var t = b - 2
        while t >= a {
            // "Caldwell-Pope": the tail of a hyphenated surname is no title.
            if flags(t).contains(.title) && !flags(t).contains(.function) && !tokens[t].shape.contains(.hyphenJoined) {
                if var nameStart = Optional(t + 1) {
                    // "Secretary-General Antonio Guterres": the title's hyphenated tail is part of it.
                    while nameStart < b - 1 && tokens[nameStart].shape.contains(.hyphenJoined) && flags(nameStart).contains(.title) { nameStart += 1 }
                    let mark = mentions.count
                    var officeComplement = false
                    // "Secretary of State Antony Blinken", "Minister for Foreign Affairs Wang Yi".
                    if flags(nameStart).contains(.connector) && isLowerWord(nameStart) {
                        // "the U.S. Attorney for the Western District of New York": a
                        // complement with a place or organisation head is that place, no person.
                        var c = nameStart + 1
                        while c < b && tokens[c].hash == Self.theHash { c += 1 }
                        var headed = false
                        for q in c..<b where isNameToken(q) && !flags(q).isDisjoint(with: [.locHead, .orgHead]) && !flags(q).contains(.title) {
                            headed = true
                        }
                        if headed && c < b {
                            if t > a { analyze(a, t, allowTitle: false, into: &mentions) }
                            analyze(c, b, allowTitle: false, into: &mentions)
                            return true
                        }
                        // "The MP for Stanley West said": a capitalised seat holder's complement is the seat.
                        if Self.seatHolderHashes.contains(tokens[t].hash), tokens[nameStart].hash == Self.forHash, c < b {
                            if t > a { analyze(a, t, allowTitle: false, into: &mentions) }
                            if emitSeat(c, b, into: &mentions) { return true }
                            mentions.removeSubrange(mark...)
                        }
                        var k = nameStart + 1
                        while k < b {
                            if tokens[k].hash == Self.theHash || flags(k).contains(.connector) && isLowerWord(k) { k += 1; continue }
                            // "Archbishop of Brisbane", "the Mayor of London": a known place or body
                            // ending the name is the office's, and nobody is named.
                            if let (len, e) = longestPhrase(from: k, limit: b), k + len == b, e.label == .loc || e.label == .org,
                               !e.tags.contains(.weak) {
                                if t > a { analyze(a, t, allowTitle: false, into: &mentions) }
                                emitPhrase(k, b, e, into: &mentions)
                                return true
                            }
                            if isGiven(k) { break }
                            if let (len, e) = longestPhrase(from: k, limit: b), e.label != .person, k + len < b,
                               !e.tags.contains(.weak), len > 1 || e.tags.contains(.country) || e.label != .loc {
                                emitPhrase(k, k + len, e, into: &mentions)
                                k += len
                                continue
                            }
                            if isCommonWord(k) && !isGiven(k) && k + 1 < b { k += 1; continue }
                            break
                        }
                        // "the CEO of Hipcricket", "Vice President of Sales for Dräger": right after
                        // "of" or "for" comes what the office is of, not who holds it.
                        // ("Interior Minister de Maiziere": a name's particle is no "of".)
                        if k < b && flags(k - 1).contains(.connector) && isLowerWord(k - 1) && !isGiven(k) && !isCommonWord(k)
                            && !flags(k - 1).contains(.particle) {
                            if t > a { analyze(a, t, allowTitle: false, into: &mentions) }
                            // ("President and CEO of QFRB Harriet Lozano": the body, then its officer's full name.)
                            if b - k >= 3, isGiven(k + 1), !isCommonWord(b - 1),
                               emitBeforePerson(k, b, .org, .fair, .roleNoun, into: &mentions) {
                                return true
                            }
                            if flags(t).contains(.orgTitle) || flags(t).contains(.title) && lexicon.phrase(tokens[k].hash) == nil {
                                emit(k, b, .org, .fair, .roleNoun, into: &mentions)
                            } else {
                                analyze(k, b, allowTitle: false, into: &mentions)
                            }
                            return true
                        }
                        // "One Minister for State described …": an ordinary word alone after "for"
                        // or "of" completes the office and names nobody.
                        officeComplement = k == b - 1 && isCommonWord(k) && !isGiven(k)
                        nameStart = k
                    }
                    // "United Nations High Commissioner for Human Rights": an
                    // organisation's office with no person after it is one name.
                    // "Mrs Ridge", "Dr. Street": after a personal honorific any name is a surname.
                    let named = nameStart < b && !officeComplement && (looksLikePersonName(nameStart, b) || isNameAfterHonorific(t, nameStart, b))
                    if nameStart > t + 1 && !named,
                       let (_, e) = longestPhrase(from: a, limit: t), e.label == .org {
                        mentions.removeSubrange(mark...)
                        emit(a, b, .org, .good, .orgHead, into: &mentions)
                        return true
                    }
                    if officeComplement {
                        if t > a { analyze(a, t, allowTitle: false, into: &mentions) }
                        return true
                    }
                    if named {
                        var titleStart = t
                        while titleStart - 1 >= a {
                            let p = titleStart - 1
                            let f = flags(p)
                            // "Defense" of "Defense Secretary" belongs to the title, even
                            // though "Defense" alone can name the department.
                            // ("Otis Lake Mayor Casey Tubb": a place's head word is the place's.)
                            let ordinary = f.contains(.common) && f.isDisjoint(with: [.orgHead, .locHead, .locHeadFirst])
                                // ("Twitter CEO Jack Dorsey": before a company's office, a company's name is the company.)
                                && !(flags(t).contains(.orgTitle) && lexicon.phrase(tokens[p].hash)?.label == .org)
                                && tokens[p].shape.contains(.capitalized) && !tokens[p].shape.contains(.allCaps)
                                && (lexicon.phrase(tokens[p].hash).map { $0.label == .org || $0.tags.contains(.weak) } ?? true)
                            // ("Chief Financial Officer": any word between "Chief" and the office is the title's.)
                            let chiefs = p - 1 >= a && tokens[p - 1].hash == Self.chiefHash && tokens[p].shape.contains(.capitalized)
                            if f.contains(.title) || ordinary || chiefs {
                                titleStart = p
                            } else {
                                break
                            }
                        }
                        if titleStart > a {
                            let before = mentions.count
                            analyze(a, titleStart, allowTitle: false, into: &mentions)
                            // "Tesla CEO Elon Musk": an unknown name before an organisation's title.
                            if flags(t).contains(.orgTitle) {
                                // A person only by a weak reading of the word ("Disney" the cartoonist) is the company.
                                for i in before..<mentions.count where (mentions[i].label == nil
                                    || (mentions[i].label == .person && mentions[i].strength <= .weak && mentions[i].tokenCount == 1))
                                    && !mentions[i].facts.contains(.initialCommon) {
                                    mentions[i].label = .org
                                    mentions[i].strength = .fair
                                    mentions[i].rule = .beforeTitle
                                }
                            }
                        }
                        var gender: Gender?
                        for k in titleStart...t {
                            if flags(k).contains(.honorificMale) { gender = .male }
                            if flags(k).contains(.honorificFemale) { gender = .female }
                        }
                        // "Prime Minister Rishi Sunak of Britain": the place after "of" is no part of the name.
                        var nameEnd = b
                        for k in (nameStart + 1)..<b where tokens[k].hash == Self.ofHash && isLowerWord(k) {
                            if let (len, e) = longestPhrase(from: k + 1, limit: b), k + 1 + len == b, e.label == .loc || e.label == .org {
                                nameEnd = k
                                emit(nameStart, nameEnd, .person, .certain, .title, gender: gender, facts: .titled, into: &mentions)
                                emitPhrase(k + 1, b, e, into: &mentions)
                            }
                            break
                        }
                        if nameEnd < b { return true }
                        emit(nameStart, b, .person, .certain, .title, gender: gender, facts: .titled, into: &mentions)
                        return true
                    }
                }
            }
            t -= 1
        }
        return false
    }

    /// The words of a name, a lower-case particle not counted as one of its own
    /// ("Mohammed bin Rashid Al Maktoum" has four).
    func nameWordCount(_ a: Int, _ b: Int) -> Int {
        wordCount(a, b) - (a..<b).filter { flags($0).contains(.particle) && isLowerWord($0) }.count
    }

    /// One to four words of a person's name: no head words, not a known place
    /// or group, and at least one word that is no ordinary word or is a name.
    /// A name of one or two words right after "Mr", "Mrs", "Ms", "Miss" or "Dr",
    /// unless it is a country, a people or a body: such a title is only ever a person's.
    func isNameAfterHonorific(_ title: Int, _ a: Int, _ b: Int) -> Bool {
        guard Self.personalHonorificHashes.contains(tokens[title].hash), b - a <= 2, a == title + 1 || a == title + 2,
              (a..<b).allSatisfy(isNameToken) else { return false }
        if let (_, e) = longestPhrase(from: a, limit: b), e.label != .person,
           e.tags.contains(.country) || e.label == .norp || e.label == .org && !e.tags.contains(.weak)
            // ("Miss Idaho" is a pageant: a state that is no town and no one's name.)
            || e.label == .loc && !e.tags.contains(.city) && !isGiven(a) && !flags(a).contains(.surname) { return false }
        return true
    }

    func looksLikePersonName(_ a: Int, _ b: Int) -> Bool {
        let words = nameWordCount(a, b)
        guard words >= 1 && words <= 4 else { return false }
        if let (len, e) = longestPhrase(from: a, limit: b), a + len == b, e.label != .person, !e.tags.contains(.weak) {
            // "President Austin" can be a person; "President Russia" cannot.
            // ("Ms. Chang": a river's name that is also a family name can be a person's.)
            if e.tags.contains(.country) || e.label == .norp || len > 1 || e.label == .org
                || e.tags.contains(.region) && !(len == 1 && flags(a).contains(.surname)) { return false }
            // "Miss Idaho" is a pageant; a state that is no town and no one's name is no person.
            if e.label == .loc && !e.tags.contains(.city) && !isGiven(a) && !flags(a).contains(.surname) { return false }
        }
        if words == 1 && b - a == 1 && isCommonWord(a) && !isGiven(a) && !flags(a).contains(.surname) { return false }
        // "President Ascom North America": a name ending in a country or region of
        // several words is an organisation's branch there, no person.
        for k in (a + 1)..<b {
            if let (len, e) = longestPhrase(from: k, limit: b), k + len == b, len > 1, e.label == .loc,
               e.tags.contains(.country) || e.tags.contains(.region) { return false }
        }
        var namey = false
        for k in a..<b {
            let f = flags(k)
            // A head word that is a surname after a given name ("James Hall", "Joseph Park") is the surname.
            if (f.contains(.orgHead) || f.contains(.locHead) || f.contains(.nonEntity)) && !(k > a && isSurnameAfterGivenName(k)) { return false }
            if tokens[k].shape.contains(.allCaps) && !tokens[k].shape.contains(.hasPeriod) && tokens[k].length > 1 && words == 1 { return false }
            if isNamey(k) || f.contains(.particle) { namey = true }
        }
        return namey
    }

    /// "Asia-Pacific Security Institute", "Ministry of Defense", "Acme Inc.".
    func orgByHead(_ a: Int, _ b: Int, into mentions: inout [Mention]) -> Bool {
        var h = b - 1
        var found = -1
        var rule = Rule.orgHead
        if flags(b - 1).contains(.companySuffix) && b - a >= 2 { found = b - 1; rule = .companySuffix }
        while found < 0 && h >= a {
            // "White House Press Secretary": "Press" before a title is part of the title.
            let titlePart = tokens[h].hash == Self.pressHash && h + 1 < range.upperBound && flags(h + 1).contains(.title) && isNameToken(h + 1)
            if flags(h).contains(.orgHead) && isNameToken(h) && !titlePart { found = h }
            h -= 1
        }
        guard found >= 0 else { return false }
        // "Ameris Bank Amphitheatre", "Mohegan Sun Arena": a venue named after its sponsor is one place.
        if found < b - 1 && flags(b - 1).contains(.locHead) && isNameToken(b - 1) && !flags(b - 1).contains(.orgHead)
            && !(found + 1..<b - 1).contains(where: { flags($0).contains(.connector) && isLowerWord($0) }) {
            return false
        }
        var end = found + 1
        // "Fort Worth Star-Telegram": the head's hyphenated tail is part of the name.
        while end < b && tokens[end].shape.contains(.hyphenJoined) { end += 1 }
        if end < b && flags(end).contains(.connector) && isLowerWord(end) { end = b }
        // "Independent Commission Against Corruption": the capitalised "Against" the chunk kept joins its cause.
        if end < b && tokens[end].hash == Self.againstHash { end = b }
        // "Peterson Institute for International Economics": after a head and its
        // "for"/"of", the complement is part of the name to its end.
        if end < b, let c = (a..<found).first(where: { (tokens[$0].hash == Self.forHash || tokens[$0].hash == Self.ofHash) && isLowerWord($0) }),
           (a..<c).contains(where: { flags($0).contains(.orgHead) && isNameToken($0) }) {
            end = b
        }
        if found == a && end == a + 1 { return false }   // "Council" alone names nothing
        // "Goddard Space Flight Center", "Aberdeen Royal Infirmary": a building is a place,
        // unless the name says it is an institution ("Tax Policy Center").
        if rule == .orgHead && end == b && found == b - 1 && flags(found).contains(.facilityHead)
            && !(a..<found).contains(where: { flags($0).contains(.institutional) || (flags($0).contains(.connector) && isLowerWord($0)) }) {
            emit(a, b, .loc, .strong, .placeHead, into: &mentions)
            return true
        }
        if end < b {
            emit(a, end, .org, .strong, rule, into: &mentions)
            analyze(end, b, allowTitle: true, into: &mentions)
        } else {
            emit(a, end, .org, .strong, rule, into: &mentions)
        }
        return true
    }

    /// "Kursk Oblast", "Mount Everest", "Gulf of Mexico".
    func placeByHead(_ a: Int, _ b: Int, into mentions: inout [Mention]) -> Bool {
        guard b - a >= 2 else { return false }
        let last = flags(b - 1)
        // "Myrtle Street", "Clifford St.": a given name before a street's head is the street's
        // when the head is abbreviated or the name follows "on", "along", "of" or a house number.
        let street = Self.streetHeadHashes.contains(tokens[b - 1].hash)
            && (tokens[b - 1].shape.contains(.hasPeriod) && isNameToken(a) || a > 0 && (Self.streetPrepositionHashes.contains(tokens[a - 1].hash)
                || tokens[a - 1].shape.contains(.hasDigit)))
        if street || last.contains(.locHead) && !tokens[b - 1].shape.contains(.hyphenJoined)
            && !(isGiven(a) && b - a == 2 && last.contains(.surname) && !Self.surnameFreeHeadHashes.contains(tokens[b - 1].hash)
                 && !(a > range.lowerBound && [Self.onHash, Self.alongHash, Self.atHash].contains(tokens[a - 1].hash)
                      && !(b < range.upperBound && tokens[b].shape.contains(.possessive)))) {
            emit(a, b, .loc, .strong, .placeHead, into: &mentions)
            return true
        }
        if flags(a).contains(.locHeadFirst) && isNameToken(a + 1) && !flags(a).contains(.title) {
            emit(a, b, .loc, .strong, .placeHead, into: &mentions)
            return true
        }
        // "the Gulf of Aden": a place head followed by its "of" complement.
        for k in a..<(b - 1) where flags(k).contains(.locHead) && tokens[k + 1].hash == Self.ofHash {
            emit(a, b, .loc, .strong, .placeHead, into: &mentions)
            return true
        }
        return false
    }

    /// One word at `a` labelled as given, then a person's name from `a + 1` to `b`
    /// ("ZEC Priscilla Chigumba", "Lismore Bridgette Taffin"); nothing when the rest
    /// is no person's name.
    func emitBeforePerson(_ a: Int, _ b: Int, _ label: EntityLabel, _ strength: Strength, _ rule: Rule,
                          into mentions: inout [Mention]) -> Bool {
        let mark = mentions.count
        emit(a, a + 1, label, strength, rule, into: &mentions)
        if personByGivenName(a + 1, b, into: &mentions) { return true }
        mentions.removeSubrange(mark...)
        return false
    }

    /// "Joseph Park", "Evelyn Brooks", "Kim Yong-hyun".
    func personByGivenName(_ a: Int, _ b: Int, into mentions: inout [Mention]) -> Bool {
        let words = nameWordCount(a, b)
        guard words >= 2 && words <= 4 else { return false }
        if isEventWord(b - 1) { return false }
        // The tail of a hyphenated surname is part of it whatever it means alone ("Caldwell-Pope").
        for k in a..<b where !tokens[k].shape.contains(.hyphenJoined) && !flags(k).isDisjoint(with: [.orgHead, .locHead, .title, .nonEntity]) {
            // "Ken Doctor", "Martin Luther King": a title word after a given name is a surname.
            if k > a && flags(k).contains(.surname) && flags(k).contains(.title) && isGiven(a) { continue }
            if k > a && isSurnameAfterGivenName(k) { continue }
            return false
        }
        // "Dallas-Fort Worth", "Raleigh-Durham": two cities joined by a hyphen are one area.
        if tokens[a + 1].shape.contains(.hyphenJoined),
           let first = lexicon.phrase(tokens[a].hash), first.label == .loc, first.tags.contains(.city),
           let (rest, second) = longestPhrase(from: a + 1, limit: b), a + 1 + rest == b, second.label == .loc {
            emit(a, b, .loc, .good, .hyphenRegion, into: &mentions)
            return true
        }
        // "UN Middle East envoy": an acronym is no given name, whatever the lists say of "Un".
        if isGiven(a) && isNameToken(a) && !(tokens[a].shape.contains(.allCaps) && tokens[a].length > 1) {
            // "Georgia Peach"? The rest must look like a surname, not an ordinary word or a country.
            let last = b - 1
            // ("Darren Fleming said": a people's adjective after a given name, before a speech verb, is a surname.)
            // "Dominica Red Cross": a place named like a first name, then a known body, is the body's branch.
            // (Not "Vernon Dea": a one-word body after a first name may be a surname.)
            if let (len, e) = longestPhrase(from: a + 1, limit: b), a + 1 + len == b, len >= 2, e.label == .org, !e.tags.contains(.weak) {
                if let (placeLen, place) = longestPhrase(from: a, limit: a + 1), placeLen == 1, place.label == .loc {
                    emit(a, b, .org, .good, .orgHead, into: &mentions)
                    return true
                }
                return false
            }
            if let (len, e) = longestPhrase(from: a + 1, limit: b), a + 1 + len == b, e.tags.contains(.country) || e.label == .norp,
               !(e.label == .norp && len == 1 && b < range.upperBound && isLowerWord(b) && flags(b).contains(.speechVerb)) {
                return false
            }
            // "Loretta Vasicek Productions", "Ross Andrew Wineries": a person's name before a
            // plural ordinary word names a business.
            if b - a >= 3, isCommonWord(last) && !flags(last).contains(.surname) && !isGiven(last),
               scalars[Int(tokens[last].end) - 1] == "s", !tokens[last].shape.contains(.allCaps),
               (a..<last).allSatisfy({ isNamey($0) && isNameToken($0) }) {
                emit(a, b, .org, .fair, .orgHead, into: &mentions)
                return true
            }
            // "Sydney Swans": a city named like a first name, then a plural
            // ordinary word, is a club, not a person.
            if isCommonWord(last) && !flags(last).contains(.surname), scalars[Int(tokens[last].end) - 1] == "s",
               let (len, e) = longestPhrase(from: a, limit: b), len == 1, e.label == .loc {
                return false
            }
            // "Kevin King": a surname that is also a title.
            // ("Emmanuel Macron": a word the dictionary knows but usage hardly does is a surname after a given name.)
            if isNamey(last) || tokens[last].shape.contains(.hyphenJoined) || last > a && flags(last).contains(.surname) && isNameToken(last)
                || b - a == 2 && flags(last).contains(.rareWord) && isNameToken(last) {
                emit(a, b, .person, .strong, .givenName, into: &mentions)
                return true
            }
        }
        // "Yoon Suk-yeol", "Moon Jae-in": a Korean given name in two hyphenated parts.
        // Not "Israeli F-16": a model number is no name.
        if words == 2, b - a == 3, tokens[a + 2].shape.contains(.hyphenJoined), isLowerWord(a + 2), isNamey(a),
           !tokens[a + 1].shape.contains(.hasDigit), !tokens[a + 2].shape.contains(.hasDigit) {
            emit(a, b, .person, .good, .koreanName, into: &mentions)
            return true
        }
        // "Xi Jinping", "He Jianxiong", "Liu He": a surname that is one pinyin syllable,
        // then a given name of two syllables that is no English word, or of one short syllable.
        if words == 2, b - a == 2, isChineseName(a) {
            emit(a, b, .person, .good, .chineseName, into: &mentions)
            return true
        }
        // "Administrator Jim Bridenstine": ordinary capitalised words before a given name.
        var g = a + 1
        while g < b - 1 && flags(g).contains(.common) && !isGiven(g) && !flags(g).contains(.surname) { g += 1 }
        if g > a + 1 || (g == a + 1 && flags(a).contains(.common) && !isGiven(a) && !flags(a).contains(.surname)) {
            if g < b - 1 && isGiven(g) && isNameToken(g) && isNamey(b - 1) && flags(a).contains(.common) {
                emit(g, b, .person, .strong, .givenName, into: &mentions)
                return true
            }
        }
        // Two or three words, none an ordinary word, ending in a surname: "Aleksandr Petrov".
        if words <= 3 {
            var allNamey = true
            // A surname's look of an inflected word ("James" = "jam" + "es") does not make it ordinary.
            // Nor does a rare word's in mid-sentence ("Burke Knapp": "burke" is a verb too).
            for k in a..<b where !tokens[k].shape.contains(.hyphenJoined)
                && (!isNamey(k) || isCommonWord(k) && !(k > a && !flags(k).contains(.common) && flags(k).contains(.surname))
                    && !(b - a >= 2 && isSurnameNamedLikeWeakPlace(k))
                    || tokens[k].shape.contains(.allCaps)) { allNamey = false }
            // The last word, hyphenated parts included ("Caldwell-Pope", "Martínez-Ruiz"), holds a surname.
            var surname = b - 1
            while surname > a && tokens[surname].shape.contains(.hyphenJoined) { surname -= 1 }
            let endsInSurname = surname > a && (surname..<b).contains { flags($0).contains(.surname) }
            // A weak gazetteer word first ("Burke", also a town) does not stop "Burke Knapp",
            // but a compass word or a known last word does ("Eastern Europe").
            let known = longestPhrase(from: a, limit: b)
            if allNamey && endsInSurname && (known == nil || known!.length == 1 && isSurnameNamedLikeWeakPlace(a) && !isCommonWord(b - 1)
                    && !flags(a).contains(.compass) && longestPhrase(from: b - 1, limit: b) == nil) {
                emit(a, b, .person, .fair, .surname, into: &mentions)
                return true
            }
        }
        return false
    }

    /// A surname in mid-sentence that the gazetteer knows only weakly as
    /// something else ("Burke", a town and a verb): in a run of names, a name.
    func isSurnameNamedLikeWeakPlace(_ k: Int) -> Bool {
        flags(k).contains(.surname) && !tokens[k].shape.contains(.initial)
            && lexicon.phrase(tokens[k].hash).map { $0.tags.contains(.weak) } ?? false
    }

    func isChineseName(_ a: Int) -> Bool {
        let family = tokens[a]
        let given = tokens[a + 1]
        guard family.shape.contains(.capitalized), given.shape.contains(.capitalized), !given.shape.contains(.hyphenJoined),
              !family.shape.contains(.allCaps), !given.shape.contains(.allCaps),
              flags(a).contains(.surname) || flags(a).subtracting([.stopAcronym, .common]).isEmpty && lexicon.phrase(family.hash) == nil,
              longestPhrase(from: a, limit: a + 2)?.length != 2 else { return false }
        let f = text(Int(family.start), Int(family.end)).lowercased()
        let g = text(Int(given.start), Int(given.end)).lowercased()
        guard f.count <= 5, g.count >= 2, Pinyin.syllableCount(f) == 1, let n = Pinyin.syllableCount(g) else { return false }
        // "He Jianxiong": a surname that is a function word needs a given name no English word could be.
        if flags(a).contains(.function) || !flags(a).contains(.surname) { return n == 2 && !isCommonWord(a + 1) && flags(a + 1).isEmpty }
        return n == 2 && !isCommonWord(a + 1) || n == 1 && g.count <= 3
    }

    /// The text of scalars `start..<end`, for the few rules that compare spellings.
    func text(_ start: Int, _ end: Int) -> String {
        var s = ""
        s.unicodeScalars.append(contentsOf: scalars[start..<end])
        return s
    }

    /// "Northeast Asia", "Western Europe", "Central Asian".
    func regionWithCompass(_ a: Int, _ b: Int, into mentions: inout [Mention]) -> Bool {
        guard b - a >= 2, flags(a).contains(.compass) else { return false }
        guard let (len, e) = longestPhrase(from: a + 1, limit: b), a + 1 + len == b else { return false }
        if e.label == .loc && (e.tags.contains(.region) || e.tags.contains(.country) || e.tags.contains(.city) || len == 1) {
            emit(a, b, .loc, .good, .compassRegion, into: &mentions)
            return true
        }
        if e.label == .norp {
            emit(a, b, .norp, .good, .compassRegion, into: &mentions)
            return true
        }
        return false
    }

    /// Gazetteer names from left to right; what lies between them is kept as
    /// an unlabelled name for the context rules and the linker.
    func segment(_ a: Int, _ b: Int, into mentions: inout [Mention]) {
        var p = a
        var unknownStart = -1
        while p < b {
            // "Asia-Pacific", "Indo-Pacific": a continent or prefix joined to an ocean.
            if p + 1 < b, tokens[p + 1].shape.contains(.hyphenJoined) {
                let prefixOK = flags(p).contains(.regionPrefix) || (lexicon.phrase(tokens[p].hash).map { $0.tags.contains(.region) } ?? false)
                if prefixOK, let second = lexicon.phrase(tokens[p + 1].hash), second.tags.contains(.ocean) {
                    if unknownStart >= 0 { flushUnknown(unknownStart, p, into: &mentions); unknownStart = -1 }
                    emit(p, p + 2, .loc, .good, .hyphenRegion, into: &mentions)
                    p += 2
                    continue
                }
            }
            if isNameToken(p), let (len, e) = longestPhrase(from: p, limit: b),
               !(len == 1 && e.tags.contains(.weak) && (unknownStart >= 0 || p + 1 < b)) {
                if unknownStart >= 0 { flushUnknown(unknownStart, p, into: &mentions); unknownStart = -1 }
                emitPhrase(p, p + len, e, into: &mentions)
                p += len
                continue
            }
            if unknownStart < 0 { unknownStart = p }
            p += 1
        }
        if unknownStart >= 0 { flushUnknown(unknownStart, b, into: &mentions) }
    }

    /// Keeps a run of capitalised words no rule could label, if it can be a name.
    func flushUnknown(_ a0: Int, _ b0: Int, into mentions: inout [Mention]) {
        var a = a0
        var b = b0
        while a < b && (flags(a).contains(.connector) && isLowerWord(a) && !isPatronymicBeforeName(a)
                        || flags(a).contains(.title) || flags(a).contains(.function)) { a += 1 }
        while b > a && (isLowerWord(b - 1) && !tokens[b - 1].shape.contains(.hyphenJoined) || flags(b - 1).contains(.title)) { b -= 1 }
        // "King and Weeks were abducted": a title word alone that is also a surname
        // is kept for the linker, which takes it only for someone named in full.
        if b0 - a0 == 1 && a == b && flags(a0).contains(.surname) && tokens[a0].shape.contains(.capitalized) {
            emit(a0, b0, nil, .unknown, .unknown, facts: .initialCommon, into: &mentions)
            return
        }
        guard a < b else { return }
        if b - a == 1 && !isPlainName(a) { return }
        // "@ArvindKejriwal", "#MethWeAreOnIt", "pic.twitter.com/KQLpngeTbO": handles, tags and links are no names.
        if Int(tokens[a].start) > 0, "@#/".unicodeScalars.contains(scalars[Int(tokens[a].start) - 1]) { return }
        // "the Clippers beat the Rockets": a capitalised plural after "the" in mid-sentence names a team or a band
        // ("The Seahawks scored late": so does one after the "The" that opens the sentence).
        if b - a == 1, a > range.lowerBound, tokens[a - 1].hash == Self.theHash, isLowerWord(a - 1) || a - 1 == range.lowerBound,
           isPluralNickname(a),
           b >= range.upperBound || !(isNameToken(b) || flags(b).contains(.connector) && b + 1 < range.upperBound && isNameToken(b + 1)) {
            emit(a, b, .org, .fair, .teamName, into: &mentions)
            return
        }
        // "Rs 24 lakh": a unit before a number is no name, in any case.
        if b - a == 1 && flags(a).contains(.stopAcronym) && b < range.upperBound && tokens[b].shape.contains(.hasDigit) { return }
        // "Delhiites", "Chicagoans": the people of a place named in the lexicon.
        if b - a == 1, inhabitantStem(a) != nil {
            emit(a, b, .norp, .fair, .placeNoun, into: &mentions)
            return
        }
        // "S&P 500 index", "STOXX 600 index": a market index, not its owner.
        if b + 1 < range.upperBound && tokens[b].shape.contains(.hasDigit) && !tokens[b].shape.contains(.hasLetter)
            && tokens[b + 1].hash == Self.indexHash { return }
        // A lone word with a capital inside: "GateHouse", "PayPal" are brands.
        if b - a == 1, isBrandCased(a) {
            emit(a, b, .org, .fair, .brandCase, into: &mentions)
            return
        }
        // "Hang Seng Index", "Shanghai Composite": a market index is no organisation.
        if b - a >= 2 && Self.marketIndexHashes.contains(tokens[b - 1].hash) { return }
        // A lone acronym: "IAEA", "ECOWAS", or any in brackets after a name: "(MOD)".
        if b - a == 1 && tokens[a].shape.contains(.allCaps) {
            let f = flags(a)
            let bracketed = a > range.lowerBound && tokens[a - 1].mark == "("
            // "S&P 500", "FTSE 100": an acronym before a number names an index or a model.
            if b < range.upperBound && tokens[b].shape.contains(.hasDigit) && !tokens[b].shape.contains(.hasLetter) { return }
            // The ticker of an index: "Shanghai Composite (SHCOMP)", "Nikkei 225 (N225)".
            if bracketed && a >= range.lowerBound + 2
                && (Self.marketIndexHashes.contains(tokens[a - 2].hash) || tokens[a - 2].shape.contains(.hasDigit)) { return }
            if f.contains(.stopAcronym) || (f.contains(.common) || f.contains(.function)) && !bracketed
                || tokens[a].shape.contains(.hasDigit) { return }
            emit(a, b, .org, .fair, .acronym, facts: .acronym, into: &mentions)
            return
        }
        var namey = false
        for k in a..<b where isNamey(k) || tokens[k].shape.contains(.allCaps) { namey = true }
        var facts: Mention.Facts = []
        if tokens[a].shape.contains(.initial) && isCommonWord(a) {
            facts.insert(.initialCommon)
        }
        var surnamesOrUnknown = true
        // ("Nabil al-Sayegh": a small particle of a surname is no ordinary word.)
        for k in a..<b where !tokens[k].shape.contains(.hyphenJoined)
            && !(flags(k).contains(.particle) && isLowerWord(k) && k + 1 < b && tokens[k + 1].shape.contains(.hyphenJoined)) {
            if isCommonWord(k) { facts.insert(.hasOrdinaryWord) }
            if !(flags(k).contains(.surname) || flags(k).isDisjoint(with: [.common]) && !isGiven(k) && !tokens[k].shape.contains(.allCaps)) {
                surnamesOrUnknown = false
            }
        }
        // "the 1984 Winter Games": an ordinary last word makes no person, whatever the first.
        if isGiven(a) && wordCount(a, b) >= 2 && isNamey(b - 1) && !facts.contains(.hasOrdinaryWord) {
            facts.insert(.personShaped)
        } else if surnamesOrUnknown && !facts.contains(.hasOrdinaryWord) && wordCount(a, b) >= 2
                    && !beforeCompoundNoun(b) {
            // Not before a compound noun it modifies: "the Cineplex Odeon movie theater" names a company.
            facts.insert(.personShaped)
        } else if wordCount(a, b) == 1 && flags(a).contains(.surname) && !facts.contains(.hasOrdinaryWord) {
            facts.insert(.personShaped)
        }
        if !namey && !(b - a == 1 && facts.isEmpty && !isCommonWord(a)) {
            if b - a == 1 {
                // One ordinary word: "Defense", or "Brooks" at the start of a
                // sentence, which the linker keeps if the text names a Brooks.
                guard tokens[a].shape.contains(.initial) || !flags(a).contains(.function) else { return }
                // In mid-sentence the capital says "name", but not which: the context may.
                facts.insert(tokens[a].shape.contains(.initial) ? .initialCommon : .hasOrdinaryWord)
            } else {
                // Capitalised ordinary words in mid-sentence name something ("Nature
                // Astronomy", "Live Science"); kept only if the context says what.
                guard !tokens[a].shape.contains(.initial) else { return }
                facts.insert(.hasOrdinaryWord)
            }
        }
        emit(a, b, nil, .unknown, .unknown, facts: facts, into: &mentions)
    }

    /// The length of a place name inside a people's name ("Delhi" in
    /// "Delhiites", "Chicago" in "Chicagoans", "London" in "Londoners"), if
    /// the lexicon knows that place.
    @discardableResult
    func inhabitantStem(_ k: Int) -> Int? {
        let t = tokens[k]
        guard t.shape.contains(.capitalized), t.shape.contains(.hasLower), t.length >= 6 else { return nil }
        let start = Int(t.start)
        let end = Int(t.end)
        for suffix in ["ites", "ite", "ers", "er", "ans", "an"] {
            let n = suffix.unicodeScalars.count
            guard end - start > n + 2 else { continue }
            var matches = true
            for (i, c) in suffix.unicodeScalars.enumerated() where scalars[end - n + i] != c { matches = false }
            guard matches else { continue }
            var h = TextHash.empty
            for j in start..<(end - n) { h = TextHash.addFolded(h, scalars[j]) }
            if let e = lexicon.phrase(h), e.label == .loc, !e.tags.contains(.weak), e.tags.contains(.city) || e.tags.contains(.country) {
                return end - n - start
            }
        }
        return nil
    }

    /// The seat named after a seat holder and "for": a place however much it reads like a
    /// person ("the MP for Stanley West"), then its member's full name if one follows ("the
    /// member for Lismore Bridgette Taffin"); not a portfolio, an ordinary word ("the cabinet
    /// member for Housing").
    func emitSeat(_ a: Int, _ b: Int, into mentions: inout [Mention]) -> Bool {
        if b - a >= 3, isGiven(a + 1), !isGiven(a), emitBeforePerson(a, b, .loc, .good, .placeNoun, into: &mentions) { return true }
        guard b - a <= 4, !isCommonWord(a) || a + 1 < b, flags(a).isDisjoint(with: [.title, .orgHead]),
              !(a + 1 < b && isGiven(a + 1)), (a..<b).allSatisfy({ isNameToken($0) }) else { return false }
        emit(a, b, .loc, .good, .placeNoun, into: &mentions)
        return true
    }

    /// "O’Connor", "McBride", "MacLeod": a Gaelic surname's shape.
    func hasSurnameShape(_ k: Int) -> Bool {
        let t = tokens[k]
        let start = Int(t.start)
        guard t.length >= 4, t.shape.contains(.capitalized), !t.shape.contains(.allCaps) else { return false }
        let c0 = scalars[start], c1 = scalars[start + 1], c2 = scalars[start + 2]
        if c0 == "O", ScalarClass.isApostrophe(c1), ScalarClass.isUpper(c2) { return true }
        if c0 == "M", c1 == "c", ScalarClass.isUpper(c2) { return true }
        if t.length >= 5, c0 == "M", c1 == "a", c2 == "c", ScalarClass.isUpper(scalars[start + 3]) { return true }
        return false
    }

    /// A sports club or team: a place and a plural nickname ("Los Angeles
    /// Lakers", "Buffalo Sabres"), a place and a club word ("Manchester
    /// United", "Porto FC"), or a club prefix and a place ("FC Porto", "Real Madrid").
    func isTeam(_ a: Int, _ b: Int) -> Bool {
        guard b - a >= 2 else { return false }
        if Self.clubPrefixHashes.contains(tokens[a].hash) && isNameToken(a),
           let (len, e) = longestPhrase(from: a + 1, limit: b), a + 1 + len == b, e.label == .loc, !flags(a + 1).contains(.compass) { return true }
        guard let (len, e) = longestPhrase(from: a, limit: b), e.label == .loc, !e.tags.contains(.weak) else { return false }
        // "David Holmes", "George Soros": a place named like a person's first name starts a person
        // (but "Manchester United" is a club whatever else "Manchester" is).
        // "Sydney Swans" is a club all the same: no family is named with a plural ordinary word.
        // ("the Houston Astros": nor with a plural no list knows as a name, after "the"; "George
        // Stephanopoulos" takes none.)
        let unknownPlural = tokens[b - 1].length >= 5 && scalars[Int(tokens[b - 1].end) - 1] == "s"
            && !flags(b - 1).contains(.common) && !isGiven(b - 1) && a > range.lowerBound && tokens[a - 1].hash == Self.theHash
        if len == 1 && !flags(a).isDisjoint(with: [.givenMale, .givenFemale, .givenOther, .surname])
            && !Self.clubWordHashes.contains(tokens[b - 1].hash)
            && !((isCommonWord(b - 1) || unknownPlural) && !flags(b - 1).contains(.surname)) { return false }
        let tail = a + len
        guard tail < b, b - tail <= 2 else { return false }
        for k in tail..<b {
            let t = tokens[k]
            guard t.isWord, t.shape.contains(.capitalized), !t.shape.contains(.allCaps) || Self.clubWordHashes.contains(t.hash),
                  !flags(k).contains(.function), flags(k).isDisjoint(with: [.orgHead, .locHead, .title, .nonEntity]) || Self.clubWordHashes.contains(t.hash)
            else { return false }
        }
        // The tail must not be a place or a group of its own ("California Democrats").
        if let (tailLength, tailEntry) = longestPhrase(from: tail, limit: b), tail + tailLength == b,
           tailEntry.label == .loc || tailEntry.label == .norp { return false }
        if Self.clubWordHashes.contains(tokens[b - 1].hash) { return true }
        let last = tokens[b - 1]
        // "Cincinnati Reds", "New York Mets": four letters will do after a city's name.
        guard last.length >= 5 || last.length == 4 && e.tags.contains(.city), scalars[Int(last.end) - 1] == "s",
              !isEventWord(b - 1) else { return false }
        return true
    }

    /// "Rockets", "Clippers", "Sabres": a capitalised plural that is no known place,
    /// group or family ("the Philippines", "the Democrats", "the Obamas", "the Oscars").
    func isPluralNickname(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.shape.contains(.capitalized), !t.shape.contains(.allCaps), !t.shape.contains(.initial), t.length >= 5,
              scalars[Int(t.end) - 1] == "s", scalars[Int(t.end) - 2] != "s", lexicon.phrase(t.hash) == nil,
              flags(k).isDisjoint(with: [.function, .orgHead, .locHead, .title, .nonEntity, .surname]) else { return false }
        var stem = TextHash.empty
        for i in Int(t.start)..<(Int(t.end) - 1) { stem = TextHash.addFolded(stem, scalars[i]) }
        return lexicon.phrase(stem) == nil
            && lexicon.flags(stem).isDisjoint(with: [.givenMale, .givenFemale, .givenOther, .surname])
    }

    static func endsWithMaker(_ t: Token, _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        let end = Int(t.end)
        guard end - Int(t.start) >= 5 else { return false }
        return scalars[end - 5] == "m" && scalars[end - 4] == "a" && scalars[end - 3] == "k" && scalars[end - 2] == "e" && scalars[end - 1] == "r"
    }

    static let clubWordHashes: Set<UInt64> = Set(["united", "fc", "afc", "hotspur", "rovers", "wanderers", "athletic", "albion"].map(TextHash.word))
    static let clubPrefixHashes: Set<UInt64> = Set([
        "fc", "afc", "ac", "real", "inter", "atletico", "atlético", "sporting", "bayern", "borussia", "olympique", "dynamo", "dinamo",
    ].map(TextHash.word))
    static let gamesHash = TextHash.word("games")

    /// "Winter Games", "Olympic Games", "Davis Cup Finals": a name ending in an
    /// event's head word names no person or club. ("Games" is kept apart from
    /// the event heads because a company may end in it: "Epic Games".)
    func isEventWord(_ k: Int) -> Bool {
        Self.eventHeadHashes.contains(tokens[k].hash) || tokens[k].hash == Self.gamesHash
    }

    /// A capitalised word with an upper-case letter after a lower-case one
    /// ("GateHouse", "LinkedIn"), unless what comes before it is a family-name
    /// prefix ("McConnell", "DeSantis", "LaMarcus").
    func isBrandCased(_ k: Int) -> Bool {
        let t = tokens[k]
        if Int(t.start) > 0, "@#/".unicodeScalars.contains(scalars[Int(t.start) - 1]) { return false }
        guard t.shape.contains(.capitalized), t.shape.contains(.hasLower), !t.shape.contains(.hasDigit) else { return false }
        let start = Int(t.start)
        let end = Int(t.end)
        guard end - start >= 4 else { return false }
        var i = start + 2
        while i < end {
            if ScalarClass.isUpper(scalars[i]) && ScalarClass.isLower(scalars[i - 1]) { break }
            if !ScalarClass.isLetter(scalars[i]) { return false }
            i += 1
        }
        guard i < end - 1, ScalarClass.isLower(scalars[i + 1]) else { return false }
        return !Self.familyNamePrefixes.contains(text(start, i).lowercased())
    }

    static let familyNamePrefixes: Set<String> = [
        "mc", "mac", "de", "di", "da", "du", "le", "la", "van", "von", "fitz", "ja", "ka", "ke", "ty", "de'", "d'", "o'",
    ]

    /// Whether a lone unknown word can be a name: not "I’m" or "They’ve", not
    /// a market ticker glued to a period or an equals sign (".DJI", "GBP=").
    func isPlainName(_ k: Int) -> Bool {
        let t = tokens[k]
        let start = Int(t.start)
        let end = Int(t.end)
        if start > 0 && (scalars[start - 1] == "." || scalars[start - 1] == "=") { return false }
        if end < scalars.count && scalars[end] == "=" { return false }
        for i in start..<end where ScalarClass.isApostrophe(scalars[i]) {
            var h = TextHash.empty
            for j in start..<i { h = TextHash.addFolded(h, scalars[j]) }
            return !lexicon.flags(h).contains(.function)
        }
        return true
    }

    func emitPhrase(_ a: Int, _ b: Int, _ e: Lexicon.PhraseEntry, into mentions: inout [Mention]) {
        // A two-letter state code is a place after a comma ("Hartford, CT"); elsewhere
        // it is an initial or an abbreviation ("A CT of his chest", "Struan WA Wilkie", "DC charging").
        if b - a == 1, e.label == .loc, !e.tags.contains(.country), !e.tags.contains(.user), tokens[a].shape.contains(.allCaps),
           tokens[a].length == 2, !(a > range.lowerBound && tokens[a - 1].hash == Self.comma) {
            return
        }
        // "the Inspector-General of Police": a weak town named like a body's head word
        // (Police, Poland) is that word, unless the text puts it where places go.
        if b - a == 1, e.label == .loc, e.tags.contains(.weak), !e.tags.contains(.user), flags(a).contains(.orgHead),
           !(a - 1 >= range.lowerBound && flags(a - 1).contains(.locPreposition) && !flags(a - 1).contains(.directional)) {
            return
        }
        var strength: Strength
        var facts: Mention.Facts = []
        if e.tags.contains(.user) {
            strength = .certain
        } else if e.tags.contains(.weak) {
            strength = .weak
        } else if b - a > 1 || e.tags.contains(.country) || e.label == .norp {
            strength = .good
        } else {
            strength = .fair
        }
        if e.tags.contains(.acronym) || tokens[a].shape.contains(.allCaps) && b - a == 1 { facts.insert(.acronym) }
        // A weak name that is also an ordinary word ("Twitter", "Orange") is read
        // as one by the context rules: "top Twitter trends" is no place.
        if b - a == 1 && e.tags.contains(.weak) && isCommonWord(a) { facts.insert(.hasOrdinaryWord) }
        var label: EntityLabel? = e.label
        if b - a == 1, e.label == .loc, e.tags.contains(.brand), !isPlaceUseOfBrand(a) {
            label = .org
            strength = .fair
        }
        // A company named like a function word ("Now") is one only if the context says so.
        if b - a == 1 && e.label == .org && flags(a).contains(.function) && !e.tags.contains(.user) {
            label = nil
            strength = .unknown
            facts.insert(.hasOrdinaryWord)
        }
        if b - a == 1 && tokens[a].shape.contains(.initial) && !tokens[a].shape.contains(.allCaps) && isCommonWord(a) && !e.tags.contains(.country) {
            // "Reading", "Split", "Chad" at the start of a sentence.
            facts.insert(.initialCommon)
            if e.tags.contains(.weak) || flags(a).contains(.function) { label = nil; strength = .unknown }
        }
        emit(a, b, label, strength, e.tags.contains(.user) ? .userGazetteer : .gazetteer, canonical: e.canonical, tags: e.tags, facts: facts, into: &mentions)
    }

    /// "Toyota" is the carmaker unless the text puts the name where places go:
    /// after a place preposition or "the" ("in Toyota", "the Amazon"), or before
    /// ", Japan".
    func isPlaceUseOfBrand(_ a: Int) -> Bool {
        if a - 1 >= range.lowerBound && (flags(a - 1).contains(.locPreposition) || tokens[a - 1].hash == Self.theHash) {
            return true
        }
        if a + 2 < range.upperBound, tokens[a + 1].hash == Self.comma,
           let (_, e) = longestPhrase(from: a + 2, limit: range.upperBound), e.label == .loc, !e.tags.contains(.weak) {
            return true
        }
        return false
    }

    func emit(_ a: Int, _ b: Int, _ label: EntityLabel?, _ strength: Strength, _ rule: Rule, gender: Gender? = nil, canonical: Int32 = -1,
              tags: Lexicon.PhraseTags = [], facts: Mention.Facts = [], into mentions: inout [Mention]) {
        guard a < b, !isPartyAndState(a) else { return }
        var facts = facts
        if a - 1 >= range.lowerBound && flags(a - 1).contains(.locPreposition)
            && !(a - 2 >= range.lowerBound && tokens[a - 2].hash == Self.according) {
            facts.insert(.afterPlacePreposition)
        }
        if a - 1 >= range.lowerBound && flags(a - 1).contains(.title) && isLowerWord(a - 1) { facts.insert(.titled) }
        mentions.append(Mention(first: Int32(a), end: Int32(b), label: label, strength: strength, sentence: sentence,
                                gender: gender, canonical: canonical, tags: tags, facts: facts, rule: rule))
    }

    // MARK: - Titles

    /// Title-case words in quotation marks name a work ("Melvin and Howard",
    /// “Takin’ It To The Streets”): the names in them are no entities, unless
    /// a country or city is quoted as itself.
    func dropTitles(from firstMention: Int, in mentions: inout [Mention]) {
        guard firstMention < mentions.count else { return }
        var titles: [Range<Int>] = []
        var k = range.lowerBound
        while k < range.upperBound {
            guard Self.isOpeningMark(tokens[k]) else { k += 1; continue }
            var j = k + 1
            var words = 0
            var capitals = 0
            var titleCase = true
            var lowerNonArticle = false
            while j < range.upperBound, j - k <= 12, !Self.isClosingMark(tokens[j]) {
                let t = tokens[j]
                if t.isWord {
                    words += 1
                    if t.isCapitalized { capitals += 1 } else if !t.flags.contains(.function) && !t.flags.contains(.connector) { titleCase = false }
                    if !t.isCapitalized && !t.flags.contains(.determiner) && !t.flags.contains(.connector) { lowerNonArticle = true }
                } else if t.mark != "," && t.mark != "’" && t.mark != "'" && t.mark != "-" && t.mark != "&" {
                    // A full stop, question or colon inside makes it speech, not a title;
                    // American style puts the sentence's full stop inside the marks
                    // of a title of two words or more (NBC’s “Meet the Press.”).
                    let finalStop = t.mark == "." && j + 1 < range.upperBound && Self.isClosingMark(tokens[j + 1]) && words >= 2
                        && !lowerNonArticle
                    if t.mark != "!" && !finalStop { titleCase = false }
                }
                j += 1
            }
            if j < range.upperBound, Self.isClosingMark(tokens[j]), titleCase, words >= 1, words <= 8, capitals >= 1 {
                titles.append((k + 1)..<j)
                k = j + 1
            } else {
                k += 1
            }
        }
        guard !titles.isEmpty else { return }
        var kept: [Mention] = Array(mentions[..<firstMention])
        for m in mentions[firstMention...] {
            let inside = titles.contains { $0.lowerBound <= Int(m.first) && Int(m.end) <= $0.upperBound }
            if inside && !(m.label == .loc && m.tags.contains(.country)) { continue }
            kept.append(m)
        }
        mentions = kept
    }

    /// `Lee “Faker” Sang-hyeok`, `Joaquín “El Chapo” Guzmán`: a nickname in
    /// quotation marks between two parts of a name makes one person, written
    /// as the text writes it.
    func joinNicknames(from firstMention: Int, in mentions: inout [Mention]) {
        var i = firstMention
        while i < mentions.count {
            let m = mentions[i]
            let open = Int(m.end)
            guard Self.namesSomeone(m), open + 3 < range.upperBound, Self.isOpeningMark(tokens[open]) else { i += 1; continue }
            var close = open + 1
            while close < range.upperBound && close <= open + 3 && tokens[close].shape.contains(.word)
                    && !tokens[close].shape.isDisjoint(with: [.capitalized, .allCaps]) {
                close += 1
            }
            guard close > open + 1, close < range.upperBound, Self.isClosingMark(tokens[close]),
                  let k = mentions[(i + 1)...].firstIndex(where: { Int($0.first) > close }),
                  Int(mentions[k].first) == close + 1, Self.namesSomeone(mentions[k]) else { i += 1; continue }
            var joined = Mention(first: m.first, end: mentions[k].end, label: .person, strength: .good, sentence: m.sentence,
                                 gender: m.gender ?? mentions[k].gender, rule: .nickname)
            joined.facts = .personShaped
            mentions.replaceSubrange(i...k, with: [joined])
            i += 1
        }
    }

    /// "CNN, the BBC, Reuters and Bloomberg": in a list of three names or more,
    /// a name no rule could label is of the kind most of the others are.
    func labelLists(from firstMention: Int, in mentions: inout [Mention]) {
        var i = firstMention
        while i < mentions.count {
            var j = i
            while j + 1 < mentions.count && separatesListItems(Int(mentions[j].end), Int(mentions[j + 1].first)) { j += 1 }
            defer { i = j + 1 }
            // "Governors Cuomo, Dukakis and Sununu", "Sens. Kaine and Warner": a plural
            // title names a person in every item.
            let t = Int(mentions[i].first) - 1
            if j > i, t >= range.lowerBound, flags(t).contains(.title),
               flags(t).isDisjoint(with: [.function, .honorificMale, .honorificFemale]), tokens[t].length >= 4,
               scalars[Int(tokens[t].end) - 1] == "s" || tokens[t].shape.contains(.hasPeriod) && scalars[Int(tokens[t].end) - 2] == "s" {
                for k in i...j where mentions[k].label == nil && mentions[k].tokenCount <= 3 && !mentions[k].facts.contains(.caseless) {
                    mentions[k].label = .person
                    mentions[k].strength = .fair
                    mentions[k].rule = .listItem
                }
                continue
            }
            // "United Launch Alliance and Arianespace": a pair, one named for sure, the
            // other an unknown word that is no ordinary one, are of a kind.
            if j - i == 1 {
                let (x, y) = (mentions[i], mentions[j])
                // Only a bare "and" or "or": "Ms. Chang, Citibank had" is no list, and
                // "around Australia, and Austar is" joins two clauses.
                guard Int(y.first) - Int(x.end) == 1, tokens[Int(x.end)].hash == Self.andHash || tokens[Int(x.end)].hash == Self.orHash else { continue }
                for (known, k) in [(x, j), (y, i)] where known.label != nil && known.label != .norp && known.strength >= .good {
                    let m = mentions[k]
                    if m.label == nil, m.tokenCount == 1, m.facts.isDisjoint(with: [.initialCommon, .hasOrdinaryWord, .caseless, .acronym]),
                       !isCommonWord(Int(m.first)) {
                        mentions[k].label = known.label
                        mentions[k].strength = .fair
                        mentions[k].rule = .listItem
                    }
                }
                continue
            }
            guard j - i >= 2 else { continue }
            var votes: [EntityLabel: Int] = [:]
            for m in mentions[i...j] where m.strength >= .fair { if let l = m.label { votes[l, default: 0] += 1 } }
            guard let (label, count) = votes.max(by: { $0.value != $1.value ? $0.value < $1.value : $0.key.rawValue > $1.key.rawValue }),
                  count * 2 > j - i + 1 else { continue }
            // "FC Porto, Inter Milan, Chelsea, Real Madrid": a city among teams is a club.
            let teams = mentions[i...j].filter { $0.rule == .teamName }.count
            for k in i...j where label == .org && teams >= 2 && mentions[k].label == .loc && mentions[k].strength <= .fair
                && mentions[k].tags.isDisjoint(with: [.country, .subdivision]) {
                mentions[k].label = .org
                mentions[k].strength = .fair
                mentions[k].rule = .teamName
            }
            for k in i...j where mentions[k].label == nil && !mentions[k].facts.contains(.initialCommon) && !mentions[k].facts.contains(.caseless)
                && (label == .person || !mentions[k].facts.contains(.personShaped)) {
                mentions[k].label = label
                mentions[k].strength = .fair
                mentions[k].rule = .listItem
            }
        }
    }

    /// Only commas, "and", "or" and "the" between two names.
    func separatesListItems(_ end: Int, _ next: Int) -> Bool {
        guard next > end else { return false }
        var separator = false
        for k in end..<next {
            let h = tokens[k].hash
            if h == Self.comma || h == Self.andHash || h == Self.orHash { separator = true; continue }
            if h == Self.theHash && isLowerWord(k) { continue }
            return false
        }
        return separator
    }

    /// A name whose extent a rule knows before the chunk rules read the run: a party's
    /// adjective before a role, "No 10", "Washington, D.C.", a numbered road, a station or
    /// an outlet, a group for a cause, a city before an outlet's name. The first two may
    /// follow the sentence's capitalised article ("A Liberal majority", "A No 10 source").
    func fixedName(at k: Int) -> (start: Int, end: Int, label: EntityLabel, rule: Rule)? {
        for s in [k, k + 1] where s == k || flags(k).contains(.determiner) && s < range.upperBound {
            if isPartyBeforeRole(s) { return (s, s + 1, .norp, .roleNoun) }
            if let end = numberTenEnd(from: s) { return (s, end, .org, .orgHead) }
        }
        // "Washington, D.C.": the city and its district are one name.
        if tokens[k].hash == Self.washingtonHash, k + 2 < range.upperBound, tokens[k + 1].mark == ",",
           Self.districtOfColumbiaHashes.contains(tokens[k + 2].hash), tokens[k + 2].shape.contains(.allCaps) {
            return (k, k + 3, .loc, .gazetteer)
        }
        if let end = roadEnd(from: k) { return (k, end, .loc, .placeHead) }
        if let end = bareInitialsNameEnd(from: k) { return (k, end, .person, .givenName) }
        if let end = stationEnd(from: k) ?? outletEnd(from: k) { return (k, end, .org, .outlet) }
        // "People for the Ethical Treatment of Animals", "Students for Fair Admissions".
        if let end = groupForCauseEnd(from: k) { return (k, end, .org, .orgHead) }
        if let end = namedGroupEnd(from: k) { return (k, end, .org, .roleNoun) }
        // "the Sioux Falls Argus Leader": a city before an outlet's name is part of it.
        // (Not "West Main Street": a place before a street's name is part of the street's.)
        if let (len, e) = longestPhrase(from: k, limit: range.upperBound), e.label == .loc, k + len < range.upperBound,
           let end = outletEnd(from: k + len), !flags(end - 1).contains(.locHead) {
            return (k, end, .org, .outlet)
        }
        return nil
    }

    /// "Conservative MP", "a Liberal senator", "the Liberal caucus", "Republican presidential
    /// candidate": a party's adjective before a political role names its members, at the start
    /// of a sentence too, and whatever small town shares the word.
    func isPartyBeforeRole(_ k: Int) -> Bool {
        guard k + 1 < range.upperBound, tokens[k].shape.contains(.capitalized), !tokens[k].shape.contains(.allCaps),
              Self.politicalRoleHashes.contains(tokens[k + 1].hash),
              isLowerWord(k + 1) || tokens[k + 1].shape.contains(.allCaps),
              let (len, e) = longestPhrase(from: k, limit: k + 1), len == 1 else { return false }
        // ("Opposition leader": the side in a house, no group of people by belief.)
        if e.label == .norp { return tokens[k].hash != Self.oppositionHash }
        return e.label == .loc && e.tags.contains(.weak) && e.tags.contains(.city) && Self.partyWordHashes.contains(tokens[k].hash)
    }

    /// "No 10", "No. 10", "Number 10": the British prime minister's office, not a shirt or a seed
    /// ("the No 10 shirt"), so only before punctuation, a verb or its people.
    func numberTenEnd(from k: Int) -> Int? {
        var j = k
        guard Self.numberHashes.contains(tokens[j].hash), tokens[j].shape.contains(.capitalized) else { return nil }
        j += 1
        if j < range.upperBound, tokens[j].mark == "." { j += 1 }
        guard j < range.upperBound, tokens[j].hash == Self.tenHash else { return nil }
        j += 1
        if j < range.upperBound, tokens[j].shape.contains(.word), isLowerWord(j),
           !Self.numberTenFollowerHashes.contains(tokens[j].hash) { return nil }
        return j
    }

    /// The end of a road named by its number: "Highway 12", "Route 9",
    /// "U.S. Highway 70", "State Route 4".
    func roadEnd(from k: Int) -> Int? {
        var r = k
        if Self.roadOwnerHashes.contains(tokens[k].hash), k + 1 < range.upperBound, Self.roadHashes.contains(tokens[k + 1].hash) { r = k + 1 }
        guard Self.roadHashes.contains(tokens[r].hash), tokens[r].shape.contains(.capitalized) || tokens[r].shape.contains(.allCaps),
              r + 1 < range.upperBound else { return nil }
        let n = tokens[r + 1]
        guard n.shape.contains(.hasDigit), n.length <= 5, Int(n.start) == Int(tokens[r].end) + 1,
              ("0"..."9").contains(scalars[Int(n.start)]) else { return nil }
        return r + 2
    }

    /// Whether the number at `k` numbers a union's branch: "United Steelworkers
    /// Local 7310", "IBEW Local 46".
    func isBranchNumber(_ k: Int) -> Bool {
        k > range.lowerBound && tokens[k - 1].hash == Self.localHash && tokens[k - 1].shape.contains(.capitalized)
            && tokens[k].shape.contains(.hasDigit) && !tokens[k].shape.contains(.hasLetter) && tokens[k].length <= 5
    }

    /// The end of a local television station named by its network and channel:
    /// "CBS 8", "Fox 9 News", "NBC12". A network's name alone is left to the lexicon.
    func stationEnd(from k: Int) -> Int? {
        let t = tokens[k]
        guard t.shape.contains(.allCaps) || t.shape.contains(.capitalized) else { return nil }
        var letters = TextHash.empty
        var digits = 0
        for i in Int(t.start)..<Int(t.end) {
            let c = scalars[i]
            if ("0"..."9").contains(c) { digits += 1 } else if digits == 0 { letters = TextHash.addFolded(letters, c) } else { return nil }
        }
        guard Self.networkHashes.contains(letters) else { return nil }
        var end = k + 1
        if digits == 0 {
            // The channel is a number of one or two digits on its own: not "Fox 2-1" or "CBS 2024".
            guard end < range.upperBound, tokens[end].shape.contains(.hasDigit), !tokens[end].shape.contains(.hasLetter),
                  tokens[end].length <= 2, Int(tokens[end].start) == Int(t.end) + 1 else { return nil }
            end += 1
            let next = Int(tokens[k + 1].end) < scalars.count ? scalars[Int(tokens[k + 1].end)] : " "
            let afterNext = Int(tokens[k + 1].end) + 1 < scalars.count ? scalars[Int(tokens[k + 1].end) + 1] : " "
            guard ScalarClass.isSpace(next) || ScalarClass.isApostrophe(next) || ",.;:)".unicodeScalars.contains(next),
                  !ScalarClass.isDigit(afterNext) else { return nil }
        } else if digits > 2 {
            return nil
        }
        if end < range.upperBound, tokens[end].hash == Self.newsHash, tokens[end].shape.contains(.capitalized) { end += 1 }
        return end
    }

    /// The end of the longest run of one to five capitalised words from `k`
    /// whose letters spell a news outlet's domain name: "USA Today", "the Argus
    /// Leader" ("argusleader"), "the Hill" ("thehill").
    func outletEnd(from k: Int) -> Int? {
        guard !lexicon.outletKeys.isEmpty, tokens[k].shape.contains(.capitalized) || tokens[k].shape.contains(.allCaps),
              !flags(k).contains(.function) || tokens[k].hash == Self.theHash else { return nil }
        let afterThe = k > range.lowerBound && tokens[k - 1].hash == Self.theHash
        var h = TextHash.empty
        var withThe = TextHash.word("the")
        var best: Int?
        var j = k
        while j < range.upperBound && j - k < 5 {
            let t = tokens[j]
            // "The Globe and Mail": "and" between capitalised words may belong to the name.
            if j > k, t.hash == Self.andHash, isLowerWord(j), j + 1 < range.upperBound, isNameToken(j + 1) {
                for c in "and".unicodeScalars {
                    h = TextHash.addFolded(h, c)
                    withThe = TextHash.addFolded(withThe, c)
                }
                j += 1
                continue
            }
            guard t.shape.contains(.word), !t.shape.contains(.possessive),
                  t.shape.contains(.capitalized) || t.shape.contains(.allCaps) || t.shape.contains(.hasDigit) else { break }
            for i in Int(t.start)..<Int(t.end) where ScalarClass.isLetter(scalars[i]) || ("0"..."9").contains(scalars[i]) {
                h = TextHash.addFolded(h, scalars[i])
                withThe = TextHash.addFolded(withThe, scalars[i])
            }
            j += 1
            if lexicon.isOutlet(h) || afterThe && lexicon.isOutlet(withThe) { best = j }
        }
        // The whole name only: not "World" of "World Health Organization", nor "Nikkei 225".
        if let end = best, end < range.upperBound, tokens[end].shape.contains(.word),
           tokens[end].shape.contains(.capitalized) || tokens[end].shape.contains(.allCaps) || tokens[end].shape.contains(.hasDigit) {
            return nil
        }
        // "on Main Street": a street or square after a place preposition is the place, whatever site shares its name.
        if let end = best, flags(end - 1).contains(.locHead), k > range.lowerBound,
           flags(k - 1).contains(.locPreposition) || [Self.onHash, Self.atHash, Self.alongHash].contains(tokens[k - 1].hash) {
            return nil
        }
        return best
    }

    /// "R-S.C.", "D-N.Y.": a party's letter and a state's abbreviation after a
    /// lawmaker's name, however the tokens fell.
    /// A name in a wire service's credit line: after "Reporting by", "Editing
    /// by" and the like, or after "and" or a comma that continues such a list.
    /// The line names people only, so every capitalised word counts, "Will"
    /// and "Brown" included; one word alone is not enough.
    func creditNameEnd(from k: Int, listOpen: Bool) -> Int? {
        let lo = range.lowerBound
        guard k - 1 >= lo else { return nil }
        let before = tokens[k - 1]
        let opens = before.hash == Self.byHash && k - 2 >= lo && Self.creditHashes.contains(tokens[k - 2].hash)
        let continues = listOpen && (before.hash == Self.andHash || before.mark == ",")
        guard opens || continues else { return nil }
        var j = k
        while j < range.upperBound, j - k < 4, isNameToken(j), !tokens[j].shape.contains(.possessive) { j += 1 }
        return j - k >= 2 ? j : nil
    }

    func isPartyAndState(_ a: Int) -> Bool {
        let start = Int(tokens[a].start)
        func party(_ i: Int) -> Bool {
            i >= 0 && ["D", "R", "I"].contains(scalars[i]) && (i == 0 || !ScalarClass.isLetter(scalars[i - 1]))
        }
        if party(start), start + 2 < scalars.count, scalars[start + 1] == "-", ScalarClass.isUpper(scalars[start + 2]) { return true }
        if start >= 2, scalars[start - 1] == "-", party(start - 2) {
            let end = Int(tokens[a].end)
            return end < scalars.count && scalars[end - 1] == "." || tokens[a].length <= 4
        }
        return false
    }

    /// The end of a group named for its cause: a capitalised plural of people
    /// ("People", "Students", "Doctors", "Americans") then "for" and capitalised
    /// words, "the", "of" and "and" allowed inside.
    func groupForCauseEnd(from k: Int) -> Int? {
        let t = tokens[k]
        guard k + 2 < range.upperBound, t.shape.contains(.capitalized), !t.shape.contains(.allCaps),
              scalars[Int(t.end) - 1] == "s" || t.hash == Self.peopleHash,
              tokens[k + 1].hash == Self.forHash, isLowerWord(k + 1),
              pluralOfPersonNoun(k) || lexicon.phrase(t.hash)?.label == .norp || t.hash == Self.peopleHash else { return nil }
        var j = k + 2
        var lastName = -1
        while j < range.upperBound && j - k < 12 {
            if isNameToken(j) && !tokens[j].shape.contains(.allCaps) { lastName = j; j += 1; continue }
            if isLowerWord(j) && (tokens[j].hash == Self.theHash || tokens[j].hash == Self.ofHash || tokens[j].hash == Self.andHash)
                && j + 1 < range.upperBound && isNameToken(j + 1) { j += 1; continue }
            break
        }
        guard lastName > k + 1 else { return nil }
        // "Lawyers for Jane Doe", "lawyers for Epstein": those who act for a person are no group's name.
        let first = k + 2
        if lastName == first + 1 && isGiven(first) && !isCommonWord(first)
            || lastName == first && !isCommonWord(first) && !flags(first).isDisjoint(with: [.surname, .givenMale, .givenFemale, .givenOther]) {
            return nil
        }
        return lastName + 1
    }

    /// "campaign group Friends of the Earth", "rights group Voices for Justice": a kind of
    /// group, then a name joined by connectors, is the group's whole name, whatever its
    /// words name alone. (One without connectors is read as usual, then labelled by context.)
    func namedGroupEnd(from k: Int) -> Int? {
        guard k - 2 >= range.lowerBound, Self.groupHashes.contains(tokens[k - 1].hash), isLowerWord(k - 1),
              tokens[k - 2].shape.contains(.word), flags(k - 2).isDisjoint(with: [.determiner, .function]),
              !tokens[k - 2].shape.contains(.possessive), isNameToken(k), !isGiven(k) else { return nil }
        var j = k + 1
        var last = k
        var joined = false
        while j < range.upperBound && j - k < 8 {
            if isNameToken(j) && !flags(j).contains(.speechVerb) { last = j; j += 1; continue }
            // "of the Earth": a connector, perhaps an article, then a capitalised word.
            let next = j + 1 < range.upperBound && flags(j + 1).contains(.determiner) ? j + 2 : j + 1
            if isLowerWord(j) && flags(j).contains(.connector) && next < range.upperBound && isNameToken(next) {
                joined = true
                j += 1
                continue
            }
            break
        }
        return joined && last > k ? last + 1 : nil
    }

    /// "Students", "Doctors", "Physicians": the plural of a noun for people.
    func pluralOfPersonNoun(_ k: Int) -> Bool {
        let t = tokens[k]
        var h = TextHash.empty
        for i in Int(t.start)..<(Int(t.end) - 1) { h = TextHash.addFolded(h, scalars[i]) }
        return lexicon.flags(h).contains(.personNoun)
    }

    /// "PSLV-C23", "Velox-1", "Covid-19", "GLP-1": a name with a number joined by a hyphen
    /// names a model, a mission or a disease, no body; only the data or the user may say otherwise.
    func dropModelNumbers(from firstMention: Int, in mentions: inout [Mention]) {
        var i = firstMention
        while i < mentions.count {
            let m = mentions[i]
            let numbered = (Int(m.first) + 1..<Int(m.end)).contains { k in
                tokens[k].shape.contains(.hasDigit) && tokens[k].start > 0 && scalars[Int(tokens[k].start) - 1] == "-"
            }
            if numbered, m.rule != .gazetteer, m.rule != .userGazetteer, !m.tags.contains(.user) {
                mentions.remove(at: i)
                continue
            }
            i += 1
        }
    }

    /// "Facebook, Inc.", "Software AG", "Siemens AG": a company suffix on its own
    /// closes the name before it (across a comma), the one the tagger found or
    /// the capitalised words it did not take; with no name before it, it is none.
    /// ("R&D", "Q&A": letters joined by an ampersand that name a kind of work are no body.)
    func attachCompanySuffixes(from firstMention: Int, in mentions: inout [Mention]) {
        var i = firstMention
        while i < mentions.count {
            let m = mentions[i], a = Int(m.first)
            if m.label == .org, isKindOfWork(a, Int(m.end)) {
                mentions.remove(at: i)
                continue
            }
            // ("Volkswagen AG", "Software AG": two capitals name a legal form only right after a name.)
            let shortForm = Self.shortCompanyFormHashes.contains(tokens[a].hash) && tokens[a].shape.contains(.allCaps)
                && a - 1 >= range.lowerBound && tokens[a - 1].shape.contains(.capitalized) && !flags(a - 1).contains(.function)
            guard m.tokenCount == 1, flags(a).contains(.companySuffix) || shortForm, m.rule != .gazetteer, !m.tags.contains(.user) else { i += 1; continue }
            var b = a
            if b - 1 > range.lowerBound, tokens[b - 1].hash == Self.comma { b -= 1 }
            if i > firstMention, Int(mentions[i - 1].end) == b, mentions[i - 1].label != .person, mentions[i - 1].label != .loc {
                mentions[i - 1].end = m.end
                mentions[i - 1].label = .org
                mentions.remove(at: i)
                continue
            }
            var start = b
            while start - 1 >= range.lowerBound, tokens[start - 1].shape.contains(.capitalized) || tokens[start - 1].shape.contains(.allCaps),
                  !flags(start - 1).contains(.function), b - start < 4,
                  i == firstMention || Int(mentions[i - 1].end) <= start - 1 {
                start -= 1
            }
            if start < b {
                mentions[i].first = Int32(start)
                mentions[i].label = .org
                i += 1
            } else {
                mentions.remove(at: i)
            }
        }
    }

    /// "R&D", "R & D", "Q&A", "M&A", "P&L".
    func isKindOfWork(_ a: Int, _ b: Int) -> Bool {
        guard b - a <= 3, (a..<b).contains(where: { scalars[Int(tokens[$0].start)..<Int(tokens[$0].end)].contains("&") }) else { return false }
        var letters = ""
        for k in a..<b {
            for c in scalars[Int(tokens[k].start)..<Int(tokens[k].end)] where c != "&" { letters.unicodeScalars.append(c) }
        }
        return ["RD", "QA", "MA", "PL"].contains(letters)
    }

    /// "Anshul Mazumbar, MD, MPH", "Jane Roe, MD": a degree after a person's name
    /// and a comma is written like a state's code, but names no place.
    func dropDegrees(from firstMention: Int, in mentions: inout [Mention]) {
        var i = max(firstMention, 1)
        while i < mentions.count {
            let m = mentions[i], a = Int(m.first)
            let before = mentions[i - 1]
            if m.label == .loc, m.tokenCount == 1, Self.degreeHashes.contains(tokens[a].hash), tokens[a].shape.contains(.allCaps),
               a >= 2, tokens[a - 1].hash == Self.comma, Int(before.end) == a - 1, before.label != .loc,
               before.label == .person || isGiven(Int(before.first)) || isBeforeDegree(a + 1) {
                mentions.remove(at: i)
                continue
            }
            i += 1
        }
    }

    /// "al-Nuaimi said": the Arabic article joined to a surname by a hyphen is part of
    /// the name, though it is written in small letters. So is a particle before a
    /// surname used alone: "Interior Minister de Maiziere", "said van Dijk" (after a
    /// given name, "Wim de Villiers" is one name already).
    func takeArticles(from firstMention: Int, in mentions: inout [Mention]) {
        for i in firstMention..<mentions.count where mentions[i].label == .person {
            let a = Int(mentions[i].first)
            guard a - 1 >= range.lowerBound, isLowerWord(a - 1),
                  i == firstMention || Int(mentions[i - 1].end) < a else { continue }
            let joined = tokens[a].shape.contains(.hyphenJoined) && Self.arabicArticleHashes.contains(tokens[a - 1].hash)
            // (A name of capitalised words only: "der Lebenszyklus der Akte" is German prose.)
            let particle = !tokens[a].shape.contains(.hyphenJoined) && flags(a - 1).contains(.particle)
                && (a..<Int(mentions[i].end)).allSatisfy({ isNameToken($0) }) && mentions[i].tokenCount <= 2
                && (a - 2 < range.lowerBound || flags(a - 2).contains(.title) || tokens[a - 2].shape.contains(.punctuation)
                    || isLowerWord(a - 2) && !flags(a - 2).isDisjoint(with: [.function, .speechVerb]))
            guard joined || particle else { continue }
            mentions[i].first = Int32(a - 1)
        }
    }

    /// "Border Security Force (BSF)", "Dairy Farmers of Ontario (DFO)": the acronym in
    /// brackets spells out the name before it, whose first words the rules may have
    /// dropped as ordinary ones or read as a place. The name is taken whole: a body,
    /// unless it was read whole as something else.
    func spellOutAcronyms(from firstMention: Int, in mentions: inout [Mention]) {
        var k = range.lowerBound + 1
        while k + 2 < range.upperBound {
            defer { k += 1 }
            guard tokens[k].mark == "(", tokens[k + 2].mark == ")", tokens[k + 1].isWord, tokens[k + 1].isCapitalized,
                  !tokens[k + 1].shape.contains(.hasDigit) else { continue }
            let t = tokens[k + 1]
            let letters = (Int(t.start)..<Int(t.end)).map { scalars[$0] }.filter { $0.properties.isUppercase }
            guard letters.count >= 2, letters.count <= 7 else { continue }
            // Back from the bracket: the capitalised words whose initials spell the acronym,
            // with lower-case connectors between them ("of", "and", "for").
            var j = k - 1
            var matched = letters.count
            while j >= range.lowerBound, matched > 0 {
                let w = tokens[j]
                if isLowerWord(j) && flags(j).contains(.connector) && matched < letters.count { j -= 1; continue }
                guard w.isWord, w.isCapitalized, !w.shape.contains(.possessive),
                      scalars[Int(w.start)].properties.uppercaseMapping == String(letters[matched - 1]).uppercased() else { break }
                matched -= 1
                j -= 1
            }
            let a = j + 1, b = k
            guard matched == 0, b - a >= 2, tokens[a].isCapitalized,
                  // Not an event, an index, a treaty or a thing ("Hang Seng Index (HSI)", "Internet of Things (IoT)"),
                  // nor an office ("Inspector General (IG)").
                  !isEventWord(b - 1), !Self.marketIndexHashes.contains(tokens[b - 1].hash),
                  !Self.spelledNonBodyHashes.contains(tokens[b - 1].hash),
                  !(a..<b).allSatisfy({ isLowerWord($0) || flags($0).contains(.title) }) else { continue }
            let inside = mentions[firstMention...].indices.filter { Int(mentions[$0].end) > a && Int(mentions[$0].first) < b }
            // Read whole already: nothing to do ("Democratic Republic of the Congo (DRC)").
            if inside.count == 1, Int(mentions[inside[0]].first) == a, Int(mentions[inside[0]].end) == b { continue }
            // (A person's name is no body's: "Jane Roe (JR)" is rare, and left as read.)
            if inside.contains(where: { mentions[$0].label == .person && mentions[$0].strength >= .good }) { continue }
            guard inside.allSatisfy({ Int(mentions[$0].first) >= a && Int(mentions[$0].end) <= b }) else { continue }
            let at = inside.first ?? (mentions[firstMention...].firstIndex(where: { Int($0.first) >= b }) ?? mentions.count)
            for i in inside.reversed() { mentions.remove(at: i) }
            mentions.insert(Mention(first: Int32(a), end: Int32(b), label: .org, strength: .good, sentence: sentence, rule: .orgHead), at: at)
        }
    }

    /// ", MPH", ", PhD" at `k`: a list of degrees goes on.
    func isBeforeDegree(_ k: Int) -> Bool {
        k + 1 < range.upperBound && tokens[k].hash == Self.comma && Self.laterDegreeHashes.contains(tokens[k + 1].hash)
    }

    /// A short name no rule made a place or a group.
    static func namesSomeone(_ m: Mention) -> Bool {
        m.tokenCount <= 3 && m.label != .norp && m.label != .loc && !m.facts.contains(.caseless)
    }

    static func isOpeningMark(_ t: Token) -> Bool { t.mark == "\u{201C}" || t.mark == "\"" && !t.isWord }
    static func isClosingMark(_ t: Token) -> Bool { t.mark == "\u{201D}" || t.mark == "\"" && !t.isWord }

    // MARK: - Context

    /// Labels what the chunks left open from the words around them, and turns
    /// "Korean" + "peninsula" into a place.
    func applyContext(to mentions: inout [Mention], from firstMention: Int) {
        guard firstMention < mentions.count else { return }
        for i in firstMention..<mentions.count {
            var m = mentions[i]
            let a = Int(m.first)
            let b = Int(m.end)
            // "the Korean peninsula"
            if m.label == .norp, b < range.upperBound, flags(b).contains(.demonymPlace), isLowerWord(b) {
                m.end = Int32(b + 1)
                m.label = .loc
                m.canonical = -1
                m.rule = .demonymPlace
                mentions[i] = m
                continue
            }
            // "Austin, Texas": a place followed by its state or country, or an
            // unknown name after "in" followed by its city ("in Tel Rumeida, Hebron").
            // Not "Separately, Norway’s", nor "SunExpress, Kazakhstan’s Air Astana".
            if m.label != .norp && b + 1 < range.upperBound && tokens[b].hash == Self.comma && isNameToken(b + 1),
               !(Self.degreeHashes.contains(tokens[b + 1].hash) && (m.label == .person || isGiven(a) || isBeforeDegree(b + 2))),
               !m.facts.contains(.initialCommon), !(a == range.lowerBound && m.label == nil),
               let (len, e) = longestPhrase(from: b + 1, limit: range.upperBound), e.label == .loc, !e.tags.contains(.weak),
               e.tags.contains(.country) || !e.tags.contains(.city) || m.facts.contains(.afterPlacePreposition) && m.label == nil,
               m.strength < .strong, wordCount(a, b) <= 3,
               b + 1 + len == range.upperBound || !isNameToken(b + 1 + len) && !tokens[b + 1 + len].shape.contains(.possessive) {
                m.label = .loc
                m.strength = .good
                m.rule = .placeNoun
                m.facts.insert(.afterPlacePreposition)
                mentions[i] = m
                continue
            }
            if b - a <= 2, b < range.upperBound, isLowerWord(b), Self.diseaseWordHashes.contains(tokens[b].hash),
               m.label != .norp, !m.tags.contains(.country) {
                mentions[i].facts.insert(.namesEvent)
                continue
            }
            // "Hurricane Harvey", "Tropical Storm Nate", "Typhoon Haiyan": a storm's name.
            if b - a == 1, a - 1 >= range.lowerBound, tokens[a - 1].shape.contains(.capitalized),
               Self.stormWordHashes.contains(tokens[a - 1].hash), m.label != .norp, !m.tags.contains(.country) {
                mentions[i].facts.insert(.namesEvent)
                continue
            }
            // Context that outweighs any look-up of the name itself.
            if let (label, strength, rule) = overridingLabel(a, b, mention: m) {
                m.label = label
                m.strength = strength
                m.rule = rule
                if label != .org { m.canonical = -1 }
                mentions[i] = m
                continue
            }
            // "Aberdeen, Scotland, the former president …": a place after "Place,"
            // is that place's state or country, whatever follows it.
            let afterPlaceComma = i > firstMention && a - 1 >= range.lowerBound && tokens[a - 1].hash == Self.comma
                && mentions[i - 1].label == .loc && Int(mentions[i - 1].end) == a - 1
            let open = m.label == nil || m.strength <= .weak
                || (m.label == .loc && m.strength <= .fair && !m.tags.contains(.country) && m.tokenCount == 1 && !afterPlaceComma)
            // "Google said", "Target announced": a company named like an ordinary
            // word opens the sentence before a reporting verb.
            if m.label == nil, m.facts.contains(.initialCommon), b - a == 1, b < range.upperBound,
               let e = lexicon.phrase(tokens[a].hash), e.label == .org || e.label == .norp, !flags(a).contains(.function),
               flags(b).contains(.speechVerb), isLowerWord(b) {
                m.label = e.label
                m.strength = .fair
                m.rule = .speechVerb
                m.facts.remove(.initialCommon)
                mentions[i] = m
                continue
            }
            // "Trump said": a family name that opens the sentence before a reporting verb.
            if open, m.facts.contains(.initialCommon), b - a == 1, flags(a).contains(.surname), b < range.upperBound,
               flags(a).isDisjoint(with: [.personNoun, .orgNoun, .placeNoun, .title, .function]),
               flags(b).contains(.speechVerb), isLowerWord(b) {
                m.label = .person
                m.strength = .fair
                m.rule = .speechVerb
                m.facts.remove(.initialCommon)
                mentions[i] = m
                continue
            }
            // "Islamist group Boko Haram", "militant group Hamas": a group of a kind named right after
            // it, whatever person or place its words could name ("the group Jane Doe leads" names its leader).
            if m.strength <= .fair, m.label != .org, isNamedGroup(a, b, mention: m) {
                m.label = .org
                m.strength = .good
                m.rule = .roleNoun
                mentions[i] = m
                continue
            }
            // A first word that is also an ordinary word ("Ironically, the dry
            // weather") is left to the linker, which keeps it only as a known name.
            guard open, !m.facts.contains(.initialCommon) else { continue }
            if let (label, strength, rule) = contextLabel(a, b, mention: m), m.label != label || m.strength < strength {
                m.label = label
                m.strength = max(m.strength, strength)
                m.rule = rule
                m.facts.remove(.initialCommon)
                mentions[i] = m
            }
        }
    }

    /// A lower-case word ending in "-ed" after something other than a
    /// determiner is a verb ("has accused Beijing"), not the role noun
    /// WordNet also lists ("the accused Smith").
    func isVerbForm(_ k: Int) -> Bool {
        let t = tokens[k]
        guard t.length > 3, scalars[Int(t.end) - 1] == "d", scalars[Int(t.end) - 2] == "e" else { return false }
        return !(k - 1 >= range.lowerBound && flags(k - 1).contains(.determiner))
    }

    /// An article, a possessive pronoun or a possessive name: "the", "his", "Ali's".
    func opensNounPhrase(_ k: Int) -> Bool {
        flags(k).contains(.determiner) || Self.possessivePronounHashes.contains(tokens[k].hash) || tokens[k].shape.contains(.possessive)
    }

    /// Whether a determiner or possessive opens the noun phrase that ends at `k`,
    /// over at most three lower-case words before it.
    func determinerOpens(before k: Int) -> Bool {
        var p = k - 1
        while p >= range.lowerBound && k - p <= 4 {
            if opensNounPhrase(p) { return true }
            guard isLowerWord(p) || tokens[p].shape.contains(.hyphenJoined) || isNameToken(p) else { return false }
            p -= 1
        }
        return false
    }

    /// Two ordinary nouns after a name ("Cineplex Odeon movie theater"): a
    /// modifier of a compound, where one noun alone might be a verb ("Peskov spoke").
    func beforeCompoundNoun(_ b: Int) -> Bool {
        guard b + 1 < range.upperBound, modifiesNoun(b), isLowerWord(b + 1), modifiesNoun(b + 1) else { return false }
        let t = tokens[b + 1]
        return !(scalars[Int(t.end) - 1] == "y" && t.length > 2 && scalars[Int(t.end) - 2] == "l")
    }

    /// Whether the name ending before token b modifies the ordinary noun after
    /// it ("a professional Instagram account"): then the word before the name
    /// is an adjective of that noun, not the name's role.
    func modifiesNoun(_ b: Int) -> Bool {
        guard b < range.upperBound, isLowerWord(b) else { return false }
        let f = flags(b)
        return f.contains(.common) && f.isDisjoint(with: [.function, .speechVerb, .title, .personNoun]) && !isVerbForm(b)
    }

    /// The contexts that make an organisation of a name: shares of it, its
    /// users, a journal or outlet that published or was told something.
    func organisationContext(_ a: Int, _ b: Int, mention m: Mention) -> (EntityLabel, Strength, Rule)? {
        let lo = range.lowerBound
        let hi = range.upperBound
        // "Shares of Winnebago", "a stake in Gylt": what is owned in shares is a company.
        if a - 2 >= lo && Self.ownedHashes.contains(tokens[a - 2].hash) && (tokens[a - 1].hash == Self.ofHash || tokens[a - 1].hash == Self.inHash)
            && !m.facts.contains(.personShaped) && (m.label == nil || m.strength <= .weak) {
            return (.org, .fair, .roleNoun)
        }
        // "a spokesperson for Amazon", "the CEO of Hipcricket": an organisation's officer
        // speaks for a body, even one named like a river or a region.
        // "a trade professor at Cornell", "an analyst at Nomura": where someone works.
        let officer = a - 2 >= lo && flags(a - 2).contains(.orgTitle) && [Self.forHash, Self.ofHash, Self.atHash].contains(tokens[a - 1].hash)
            || a - 2 >= lo && flags(a - 2).contains(.personNoun) && !flags(a - 2).contains(.function) && tokens[a - 1].hash == Self.atHash
        if officer && isLowerWord(a - 2) && !m.facts.contains(.personShaped)
            && (m.label == nil || m.strength <= .weak
                || m.label == .loc && m.tags.isDisjoint(with: [.country, .subdivision, .city])) {
            return (.org, .fair, .roleNoun)
        }
        // "told The Hill", "The Intercept's Sam Biddle": a capital "The" inside a sentence
        // belongs to a title, and an unknown name under it is a publication or a group.
        if a - 1 >= lo, tokens[a - 1].hash == Self.theHash, tokens[a - 1].shape.contains(.capitalized),
           !tokens[a - 1].shape.contains(.initial), !tokens[a - 1].shape.contains(.allCaps), m.label == nil,
           b - a == 1, flags(a).isDisjoint(with: [.orgHead, .locHead, .personNoun, .placeNoun, .title]),
           !m.facts.contains(.personShaped) || m.facts.contains(.hasOrdinaryWord),
           // (Not a work's title: "the 1995 film The Madness of King George", "<The Palace: …>".)
           !(b < hi && (tokens[b].hash == Self.ofHash || tokens[b].mark == ":")),
           !(a - 2 >= lo && (Self.workNounHashes.contains(tokens[a - 2].hash) || tokens[a - 2].mark == "<")) {
            return (.org, .fair, .outlet)
        }
        // "the Spanish daily El País", "the British tabloid The Sun": a publication's name after its kind.
        var p = a - 1
        if p >= lo && tokens[p].hash == Self.theHash && !isLowerWord(p) { p -= 1 }
        if p >= lo && isLowerWord(p) && Self.publicationHashes.contains(tokens[p].hash) && !isGiven(a) {
            return (.org, .good, .outlet)
        }
        // A platform or company before what it has: "Twitter users", "Lowe's shares".
        if b < hi && isLowerWord(b) && flags(b).contains(.orgModified) && wordCount(a, b) <= 3 && !m.facts.contains(.personShaped)
            && (m.label == nil || m.strength <= .weak) {
            return (.org, .fair, .roleNoun)
        }
        // "Altmark Boerse shareholders": nobody but a company has shareholders, however much its name reads like a person's.
        if b < hi && isLowerWord(b) && Self.ownedByCompanyHashes.contains(tokens[b].hash) && wordCount(a, b) <= 3
            && (m.label == nil || m.label == .person && m.strength <= .fair) {
            return (.org, .fair, .roleNoun)
        }
        // A journal or an outlet: "the journal Nature Astronomy", "published in
        // JAMA Psychiatry", "she told Live Science", "according to USA Today".
        if m.facts.contains(.hasOrdinaryWord) || m.label == nil && !m.facts.contains(.personShaped) {
            if a - 1 >= lo && tokens[a - 1].hash == Self.journalHash { return (.org, .good, .roleNoun) }
            // Only ordinary words, none a name: "told Live Science", not "told Hawk Sawyer".
            var noNames = m.facts.contains(.hasOrdinaryWord)
            for k in a..<b where !flags(k).isDisjoint(with: [.surname, .givenMale, .givenFemale, .givenOther]) { noNames = false }
            if noNames && a - 1 >= lo && tokens[a - 1].hash == Self.told { return (.org, .fair, .speechVerb) }
            if noNames && a - 2 >= lo && tokens[a - 2].hash == Self.according && tokens[a - 1].hash == Self.toHash { return (.org, .fair, .speechVerb) }
            if a - 2 >= lo && tokens[a - 1].hash == Self.inHash {
                var v = a - 2
                if v > lo && flags(v).contains(.nonEntity) { v -= 1 }
                if Self.publishedHashes.contains(tokens[v].hash) { return (.org, .fair, .roleNoun) }
            }
        }
        return nil
    }

    /// Context that says what a name is whatever the lists say of it.
    func overridingLabel(_ a: Int, _ b: Int, mention m: Mention) -> (EntityLabel, Strength, Rule)? {
        let lo = range.lowerBound
        let hi = range.upperBound
        // "north of Glen Innes": what lies north of something is a place, whoever shares its name.
        if m.label != .loc, a - 2 >= lo, tokens[a - 1].hash == Self.ofHash, isLowerWord(a - 1),
           flags(a - 2).contains(.compass), isLowerWord(a - 2), wordCount(a, b) <= 3,
           !(b < hi && tokens[b].shape.contains(.possessive)) {
            return (.loc, .good, .placeNoun)
        }
        // "Makaso East national park", "Kitui South game reserve": a protected area, whoever shares its name.
        if m.label != .loc, b + 1 < hi, isLowerWord(b), isLowerWord(b + 1), Self.parkKindHashes.contains(tokens[b].hash),
           Self.parkHashes.contains(tokens[b + 1].hash), wordCount(a, b) <= 3 {
            return (.loc, .good, .placeNoun)
        }
        // "WKRN-TV", "KQED-FM": a US broadcaster's call sign.
        if b - a == 2, tokens[a].shape.contains(.allCaps), (3...4).contains(tokens[a].length),
           scalars[Int(tokens[a].start)] == "K" || scalars[Int(tokens[a].start)] == "W",
           tokens[a + 1].shape.contains(.hyphenJoined), Self.broadcastBandHashes.contains(tokens[a + 1].hash) {
            return (.org, .good, .outlet)
        }
        // "Mr Ward's mother, Ann, said": a first name set off after a relative is that relative's,
        // whatever town shares it.
        if m.label != .person, b - a == 1, isGiven(a), a - 2 >= lo, tokens[a - 1].hash == Self.comma,
           isLowerWord(a - 2), !flags(a - 2).isDisjoint(with: [.maleNoun, .femaleNoun]),
           m.tags.isDisjoint(with: [.country, .subdivision, .region]),
           b == hi || tokens[b].hash == Self.comma || flags(b).contains(.speechVerb) {
            return (.person, .good, .appositive)
        }
        return nil
    }

    /// Whether a kind of group with its modifier comes right before: "Islamist group",
    /// "rebel faction", "pop group" (not "the group").
    func isNamedGroup(_ a: Int, _ b: Int, mention m: Mention) -> Bool {
        let lo = range.lowerBound
        guard a - 2 >= lo, Self.groupHashes.contains(tokens[a - 1].hash), isLowerWord(a - 1),
              tokens[a - 2].shape.contains(.word), !flags(a - 2).contains(.determiner), !flags(a - 2).contains(.function),
              !tokens[a - 2].shape.contains(.possessive), wordCount(a, b) <= 4,
              // (Not a person's name: "director of the media group Saad Mohseni".)
              !isGiven(a) else { return false }
        return m.label != .loc || m.tokenCount > 1 && m.tags.isDisjoint(with: [.country, .subdivision, .region])
    }

    func contextLabel(_ a: Int, _ b: Int, mention m: Mention) -> (EntityLabel, Strength, Rule)? {
        let lo = range.lowerBound
        let hi = range.upperBound
        // "SEOUL, Aug. 20 (Yonhap) --": the agency in a dateline's brackets.
        if a - 1 >= lo, tokens[a - 1].mark == "(", b + 1 < hi, tokens[b].mark == ")",
           tokens[b + 1].mark == "-" || tokens[b + 1].mark == "\u{2014}" || tokens[b + 1].mark == "\u{2013}",
           wordCount(a, b) <= 3 {
            return (.org, .good, .dateline)
        }
        let nameShaped = wordCount(a, b) <= 4 && !m.facts.contains(.acronym)
        // A role noun or lower-case title before it: "spokesperson Dmitry Peskov".
        // (Not a prefix joined by a hyphen: "pro-Moscow".)
        if a - 1 >= lo && isLowerWord(a - 1) && !tokens[a].shape.contains(.hyphenJoined) {
            let f = flags(a - 1)
            // "vehicle-maker Winnebago", "drugmaker Pfizer": a maker is a company.
            if Self.endsWithMaker(tokens[a - 1], scalars) && !m.facts.contains(.personShaped) { return (.org, .fair, .roleNoun) }
            // "energy regulator Ofgem", "replacement provider Visionstream": a company's kind before
            // its name ("property developer Tony Smith" is a person, by his first name).
            if Self.companyRoleHashes.contains(tokens[a - 1].hash), !isGiven(a), wordCount(a, b) <= 3,
               m.label == nil || m.strength <= .fair && m.label != .loc
                || m.label == .loc && (m.tags.contains(.brand) || m.tokenCount == 1 && m.tags.isDisjoint(with: [.country, .subdivision, .region])) {
                return (.org, .good, .roleNoun)
            }
            // "Google’s parent Alphabet", "its rival Lyft", "Facebook parent Meta": a company's relation is a company.
            if Self.companyRelationHashes.contains(tokens[a - 1].hash), a - 2 >= lo,
               (tokens[a - 2].shape.contains(.possessive) || tokens[a - 2].hash == Self.itsHash) && !isGiven(a)
                || isNameToken(a - 2) && lexicon.phrase(tokens[a - 2].hash).map({ $0.label == .org || $0.tags.contains(.brand) }) == true {
                return (.org, .good, .roleNoun)
            }
            // ("a senior Afghan commander": a people's adjective stays one.)
            if (f.contains(.title) || f.contains(.personNoun)) && nameShaped && !f.contains(.function) && !isVerbForm(a - 1)
                && !modifiesNoun(b) && m.label != .norp {
                return (.person, .good, .roleNoun)
            }
            if f.contains(.orgNoun) && !f.contains(.function) && !isVerbForm(a - 1) { return (.org, .fair, .roleNoun) }
            // Not for an ordinary word: "top Twitter trends" is no place.
            // "the port city Odesa", "the capital Kyiv": a noun phrase with its article
            // (not "He beat Daniil Medvedev", where the "place noun" is a verb).
            if f.contains(.placeNoun) && !f.contains(.function) && !m.facts.contains(.hasOrdinaryWord) && determinerOpens(before: a - 1) {
                return (.loc, .fair, .placeNoun)
            }
            // "the city of Kharkiv", "the region of Kursk"; not "the home of Morales",
            // where the place belongs to someone rather than being named.
            // (Not "the end of World War II": an event is no place.)
            if tokens[a - 1].hash == Self.ofHash && a - 2 >= lo && flags(a - 2).contains(.placeNoun) && isLowerWord(a - 2)
                && !Self.ownedPlaceHashes.contains(tokens[a - 2].hash) && !(a..<b).contains(where: isEventWord) {
                return (.loc, .good, .placeNoun)
            }
        }
        // "Sinn Féin leader Mary Lou McDonald", "Hamas spokesman Hazem Qassem": a body before
        // the lower-case office of the person named after it.
        if b + 1 < hi && isLowerWord(b) && flags(b).contains(.orgTitle) && isNameToken(b + 1) && !isGiven(a)
            && (m.label == nil || m.label == .person && m.strength <= .weak) && !m.facts.contains(.acronym)
            && !(a..<b).contains(where: { lexicon.phrase(tokens[$0].hash)?.label == .norp }) {
            return (.org, .fair, .beforeTitle)
        }
        // A place noun after it: "Zabul province", "Belmarsh prison"; a person's
        // administration or campaign: "the Trump administration".
        if b < hi && isLowerWord(b) && !m.facts.contains(.acronym) {
            let f = flags(b)
            if f.contains(.placeAfter) && wordCount(a, b) <= 3 && m.label != .norp && !(b - a == 1 && isCommonWord(a)) {
                return (.loc, .good, .placeNoun)
            }
            if f.contains(.personOwned) && wordCount(a, b) <= 3 {
                var personal = false
                for k in a..<b where !flags(k).isDisjoint(with: [.surname, .givenMale, .givenFemale, .givenOther]) { personal = true }
                // "the Biden administration", "the Modi government": an unknown name owns it too.
                if m.label == nil && !m.facts.contains(.hasOrdinaryWord) && !m.facts.contains(.acronym) && a - 1 >= lo
                    && tokens[a - 1].hash == Self.theHash { personal = true }
                if personal { return (.person, .fair, .roleNoun) }
            }
        }
        // An organisation's officer after it: "Disney’s chairman", "Edmunds’ executive director".
        if b + 1 < hi && tokens[b].shape.contains(.possessive) && nameShaped {
            // ("Eskom’s interim chairperson": a word for the term of office comes first.)
            for k in (b + 1)..<min(hi, b + 3) where isLowerWord(k) {
                if flags(k).contains(.orgTitle) { return (.org, .good, .roleNoun) }
                if !flags(k).contains(.title) && !flags(k).contains(.compass) && !Self.officeTermHashes.contains(tokens[k].hash) { break }
            }
        }
        // A known place after "in", "near" ("in north Queensland, whose son …",
        // "near Jalalabad, the military chief said"): what follows the comma is
        // about someone else, not an appositive of the place.
        var p = a - 1
        while p >= lo && isLowerWord(p) && flags(p).contains(.compass) { p -= 1 }
        let placeAfterPreposition = m.label == .loc && p >= lo && isLowerWord(p) && flags(p).contains(.locPreposition)
        // An appositive: "Joseph Park, a senior fellow at ...", "Petrov, who ...", "Smith, 45,".
        // (A lone letter is no name: "In a post on X, the former president wrote".)
        if b + 1 < hi && tokens[b].hash == Self.comma && !placeAfterPreposition && !(b - a == 1 && tokens[a].length == 1) {
            let n = b + 1
            // (Not "The head of Northwind, who was brought in": after "of", "who" is about the head.)
            // ("said of Ferrer, who won": after a verb of speaking, "of" names the person.)
            let complement = a - 2 >= lo && tokens[a - 1].hash == Self.ofHash && !flags(a - 2).contains(.speechVerb)
            if flags(n).contains(.relative) && nameShaped && !complement { return (.person, .good, .appositive) }
            if tokens[n].shape.contains(.hasDigit) && !tokens[n].shape.contains(.hasLetter) && nameShaped
                && n + 1 < hi && tokens[n + 1].hash == Self.comma {
                return (.person, .good, .appositive)
            }
            if flags(n).contains(.determiner) {
                // The head of the noun phrase is its last noun before a
                // preposition or punctuation: "a senior fellow at", "a Kyiv-based security analyst".
                var k = n + 1
                var head: WordFlags = []
                while k < hi && k < n + 8 {
                    let t = tokens[k]
                    if t.shape.contains(.punctuation) { break }
                    // "the team’s captain": a possessive noun modifies the head after it.
                    if t.shape.contains(.possessive) { k += 1; continue }
                    let f = t.flags
                    if f.contains(.function) && !f.contains(.determiner) { break }
                    if isLowerWord(k) && Self.businessAgentHashes.contains(t.hash) && !isGiven(a) {
                        head = .orgNoun
                    } else if isLowerWord(k) && !f.isDisjoint(with: [.personNoun, .orgNoun, .placeNoun]) {
                        head = f.intersection([.personNoun, .orgNoun, .placeNoun])
                    }
                    k += 1
                }
                if head.contains(.personNoun) && nameShaped { return (.person, .good, .appositive) }
                if head.contains(.orgNoun) { return (.org, .good, .appositive) }
                if head.contains(.placeNoun) { return (.loc, .good, .appositive) }
            }
        }
        // "A spokesman for the Taliban, Zabihullah Mujahid, spoke": a name between
        // commas after a phrase whose head is a person noun.
        if nameShaped, a - 2 >= lo, tokens[a - 1].hash == Self.comma, b < hi, tokens[b].hash == Self.comma || flags(b).contains(.speechVerb),
           m.label == nil || m.strength <= .weak {
            var k = a - 2
            while k >= lo && a - k <= 10 {
                let t = tokens[k]
                // "the so-called Peshawar group": a hyphenated modifier is no verb.
                if t.shape.contains(.hyphenJoined) { k -= 1; continue }
                if t.shape.contains(.punctuation) && t.hash != Self.comma || isVerbForm(k) && !flags(k).contains(.personNoun) { break }
                if t.hash == Self.comma { break }
                if isLowerWord(k) && !flags(k).isDisjoint(with: [.personNoun, .title]) && !flags(k).contains(.function)
                    && k - 1 >= lo && (opensNounPhrase(k - 1) || flags(k - 1).contains(.title) || isLowerWord(k - 1)) {
                    return (.person, .good, .appositive)
                }
                k -= 1
            }
        }
        if let org = organisationContext(a, b, mention: m) { return org }
        // Next to a speech verb: "Park added", "said Evelyn Brooks". Not for a
        // first word that is also an ordinary word: "Authorities said".
        // ("Macron said": one word the dictionary knows but usage hardly does is a surname here.)
        let rare = b - a == 1 && flags(a).contains(.rareWord)
        var allNamey = true
        for k in a..<b where !isNamey(k) && !rare || tokens[k].shape.contains(.allCaps) { allNamey = false }
        if nameShaped && allNamey && wordCount(a, b) <= 3 && (!m.facts.contains(.initialCommon) || rare) && m.label != .loc {
            if b < hi && flags(b).contains(.speechVerb) && isLowerWord(b) {
                // "the Rodong Sinmun said": a body speaks after "the", a person does not.
                if a - 1 >= lo && tokens[a - 1].hash == Self.theHash && !isGiven(a) { return (.org, .fair, .speechVerb) }
                return (.person, .fair, .speechVerb)
            }
            // "said Evelyn Brooks," but not "said Tyvak would" nor "told Newsweek".
            if a - 1 >= lo && flags(a - 1).contains(.speechVerb) && isLowerWord(a - 1) && tokens[a - 1].hash != Self.told
                && (b == hi || tokens[b].shape.contains(.punctuation)) {
                return (.person, .fair, .speechVerb)
            }
        }
        return nil
    }

    // MARK: - Sentences without case

    /// All capitals, a title-case headline, or no capitals at all: the
    /// gazetteer, titles and known given names are the only evidence.
    func tagWithoutCase(lowercase: Bool, into mentions: inout [Mention]) {
        var p = range.lowerBound
        let b = range.upperBound
        while p < b {
            guard tokens[p].shape.contains(.word) else { p += 1; continue }
            if let (len, e) = longestPhrase(from: p, limit: b) {
                let single = len == 1
                let ordinary = single && (isCommonWord(p) && !(e.tags.contains(.country) && !lowercase) || flags(p).contains(.stopAcronym))
                let acceptable = !(single && (ordinary || e.tags.contains(.weak)))
                    && !(lowercase && e.label == .person)
                if acceptable {
                    emit(p, p + len, e.label, single ? .fair : .good, .caseless, canonical: e.canonical, tags: e.tags, facts: .caseless, into: &mentions)
                    p += len
                    continue
                }
            }
            if !lowercase {
                // "SECRETARY LLOYD AUSTIN", "JOSEPH PARK"
                var start = p
                var gender: Gender?
                if flags(p).contains(.title) && !flags(p).contains(.function) {
                    if flags(p).contains(.honorificMale) { gender = .male }
                    if flags(p).contains(.honorificFemale) { gender = .female }
                    start = p + 1
                }
                if start < b && isGiven(start) && flags(start).isDisjoint(with: [.function, .nonEntity]) {
                    var e = start + 1
                    // (Not "NICK SABAN SAID": a reporting verb after a surname ends the name.)
                    while e < b && e < start + 3 && tokens[e].shape.contains(.hasLetter) && isNamey(e) && !flags(e).contains(.function)
                        && (flags(e).contains(.surname) || !isCommonWord(e) || tokens[e].shape.contains(.hyphenJoined))
                        && !(e > start + 1 && flags(e).contains(.speechVerb)) {
                        e += 1
                    }
                    if e > start + 1 {
                        emit(start, e, .person, start > p ? .certain : .fair, .caseless, gender: gender, facts: .caseless, into: &mentions)
                        p = e
                        continue
                    }
                }
            }
            p += 1
        }
    }
}
