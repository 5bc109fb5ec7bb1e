/// The document-level pass: links the mentions of one person, organisation or
/// place ("Lloyd Austin" … "Austin", "North Atlantic Treaty Organization" …
/// "NATO"), settles labels by weighted vote within each cluster (a typed full
/// name outweighs everything else), drops what stayed unlabelled, and gives
/// each cluster a canonical name and, for people, a gender.
struct DocumentLinker {
    let lexicon: Lexicon
    let scalars: UnsafeBufferPointer<Unicode.Scalar>
    let tokens: UnsafeBufferPointer<Token>
    /// Token range of each sentence.
    let sentences: [Range<Int>]

    struct Cluster {
        var label: EntityLabel
        var members: [Int] = []
        var canonical: String = ""
        var gender: Gender?
    }

    struct Result {
        /// Mentions that survived, in text order, each with its cluster index.
        var mentions: [(mention: Mention, cluster: Int)]
        var clusters: [Cluster]
    }

    // MARK: - Words of a mention

    /// Hash of each word of a mention, hyphenated parts joined ("Yong-hyun").
    func words(_ m: Mention) -> [UInt64] {
        var result: [UInt64] = []
        var k = Int(m.first)
        while k < Int(m.end) {
            var h = tokens[k].hash
            k += 1
            while k < Int(m.end) && tokens[k].shape.contains(.hyphenJoined) {
                h = TextHash.extend(h, with: tokens[k].hash, hyphen: true)
                k += 1
            }
            result.append(h)
        }
        return result
    }

    /// The words of a person's name without a trailing "Jr." or "III", so that
    /// "Patrick W. Carlineo Jr." is found again as "Carlineo".
    func nameWords(_ m: Mention) -> [UInt64] {
        var w = words(m)
        var k = Int(m.end) - 1
        while w.count > 1 && k >= Int(m.first) && tokens[k].flags.contains(.personSuffix) {
            w.removeLast()
            k -= 1
        }
        return w
    }

    /// Hash of a run of word hashes, for the last words of a full name.
    /// The cluster, among people with the same surname, whose given name is a
    /// longer or shorter form of this mention's ("Pat" and "Patrick", "Chris"
    /// and "Christopher"): one starts with the other and the shorter has three
    /// letters or more.
    func shortFormMatch(_ m: Mention, among candidates: [Int], clusters: [Cluster], mentions: [Mention]) -> Int? {
        guard !candidates.isEmpty else { return nil }
        let t = tokens[Int(m.first)]
        let given = text(from: Int(t.start), to: Int(t.end)).lowercased()
        for c in candidates {
            guard let first = clusters[c].members.first else { continue }
            let u = tokens[Int(mentions[first].first)]
            let other = text(from: Int(u.start), to: Int(u.end)).lowercased()
            let (short, long) = given.count <= other.count ? (given, other) : (other, given)
            if short.count >= 3, short != long, long.hasPrefix(short) { return c }
        }
        return nil
    }

    func joined(_ w: ArraySlice<UInt64>) -> UInt64 {
        var h = w.first!
        for x in w.dropFirst() { h = TextHash.extend(h, with: x, hyphen: false) }
        return h
    }

    func phraseHash(_ m: Mention) -> UInt64 {
        Tokenizer.phraseHash(tokens, Int(m.first)..<Int(m.end))
    }

    func text(_ m: Mention) -> String {
        text(from: Int(tokens[Int(m.first)].start), to: Int(tokens[Int(m.end) - 1].end))
    }

    func text(from start: Int, to end: Int) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }

    /// "NATO" from "North Atlantic Treaty Organization": the capitals of the
    /// capitalised words, connectors left out.
    func initials(_ m: Mention) -> UInt64? {
        var h = TextHash.empty
        var n = 0
        for k in Int(m.first)..<Int(m.end) {
            let t = tokens[k]
            guard t.shape.contains(.capitalized), !t.flags.contains(.connector) || t.shape.contains(.capitalized) && !t.flags.contains(.function) else { continue }
            h = TextHash.addFolded(h, scalars[Int(t.start)])
            n += 1
        }
        return n >= 2 ? h : nil
    }

    /// An acronym's letters without periods: "U.N." and "UN" both give "un".
    func acronymLetters(_ m: Mention) -> UInt64 {
        var h = TextHash.empty
        for i in Int(tokens[Int(m.first)].start)..<Int(tokens[Int(m.end) - 1].end) where scalars[i] != "." {
            h = TextHash.addFolded(h, scalars[i])
        }
        return h
    }

    // MARK: - Linking

    func link(_ input: [Mention]) -> Result {
        var mentions = input.sorted { $0.first < $1.first }
        // Overlaps cannot come from the rules, but a later fix must never make a broken layer.
        var kept: [Mention] = []
        kept.reserveCapacity(mentions.count)
        for m in mentions where kept.last.map({ $0.end <= m.first }) ?? true { kept.append(m) }
        mentions = kept

        // "near Tora Bora" … "the Tora Bora mountains": a name the text shows to be a
        // place is that place wherever it stands, though its first word is a given name.
        var placeForms = Set<UInt64>()
        for m in mentions where m.label == .loc && m.rule == .placeNoun { placeForms.insert(phraseHash(m)) }
        if !placeForms.isEmpty {
            for i in mentions.indices where mentions[i].label == .person && mentions[i].rule == .givenName
                && placeForms.contains(phraseHash(mentions[i])) {
                mentions[i].label = .loc
                mentions[i].strength = .fair
                mentions[i].rule = .placeNoun
            }
        }

        var clusterOf = [Int](repeating: -1, count: mentions.count)
        var clusters: [Cluster] = []

        // 1. People named in full: one cluster per first and last word.
        var personByFull: [UInt64: Int] = [:]
        var bySurname: [UInt64: [Int]] = [:]
        var byFirstName: [UInt64: [Int]] = [:]
        var firstMentionOf: [Int: Int] = [:]
        // "Hawk Sawyer" after "Kathleen Hawk Sawyer": the last words of a full name.
        var byTail: [UInt64: Int] = [:]
        // People named with a generational suffix ("Donald Trump Jr."): another
        // person than the one named without it, and seldom meant by the bare surname.
        var suffixed = Set<Int>()
        // Surnames the rules already call a person on their own ("Karzai, a
        // 44-year-old tribal leader"): they vouch for an unknown full name ending in them.
        var personSurnames = Set<UInt64>()
        // Unknown words that stand alone somewhere ("Hrytsenya then requested"): after
        // "Oleksiy Hrytsenya", a full name and its surname used alone, as news names people.
        var loneWords = Set<UInt64>()
        for m in mentions {
            let w = nameWords(m)
            guard w.count == 1 else { continue }
            if m.label == .person && m.strength >= .fair { personSurnames.insert(w[0]) }
            if m.label == nil, m.facts.isDisjoint(with: [.initialCommon, .hasOrdinaryWord, .acronym, .caseless]) { loneWords.insert(w[0]) }
        }
        for (i, m) in mentions.enumerated() {
            let w = nameWords(m)
            // A name no rule labelled but shaped like a person's, a given name
            // first ("Timothy Weeks") or a surname the text calls a person.
            let unlabelledPerson = m.label == nil && m.facts.contains(.personShaped) && !m.facts.contains(.initialCommon)
                && (!tokens[Int(m.first)].flags.isDisjoint(with: WordFlags.given)
                    || w.count >= 2 && (personSurnames.contains(w[w.count - 1]) || w.count <= 3 && loneWords.contains(w[w.count - 1])
                        && !(Int(m.first)..<Int(m.end)).contains { tokens[$0].shape.contains(.hasDigit) }))
            let tail = w.count >= 2 && (m.label == nil || m.label == .person) ? byTail[joined(w[...])] : nil
            guard m.label == .person && m.strength >= .fair || unlabelledPerson || tail != nil else { continue }
            guard w.count >= 2 else { continue }
            let full = words(m)
            var key = TextHash.extend(w[0], with: w[w.count - 1], hyphen: false)
            // "Donald Trump Jr." after "Donald Trump" is the son; "Martin Luther King"
            // after "Martin Luther King Jr." is the same man named shorter.
            if full.count > w.count, let plain = personByFull[key], !suffixed.contains(plain) {
                key = TextHash.extend(key, with: full[full.count - 1], hyphen: false)
            }
            if let c = tail, personByFull[key] == nil {
                var linked = m
                linked.label = .person
                linked.strength = max(m.strength, .good)
                linked.rule = .linkedPerson
                mentions[i] = linked
                clusterOf[i] = c
                clusters[c].members.append(i)
                continue
            }
            // "Pat Carlineo" after "Patrick Carlineo Jr.": a short form of the same given name.
            if personByFull[key] == nil, let c = shortFormMatch(m, among: bySurname[w[w.count - 1]] ?? [], clusters: clusters, mentions: mentions) {
                personByFull[key] = c
            }
            if let c = personByFull[key] {
                clusterOf[i] = c
                clusters[c].members.append(i)
            } else {
                let c = clusters.count
                clusters.append(Cluster(label: .person, members: [i]))
                personByFull[key] = c
                bySurname[w[w.count - 1], default: []].append(c)
                byFirstName[w[0], default: []].append(c)
                if full.count > w.count { suffixed.insert(c) }
                firstMentionOf[c] = i
                clusterOf[i] = c
            }
            if w.count >= 3 {
                for s in 1..<(w.count - 1) where byTail[joined(w[s...])] == nil { byTail[joined(w[s...])] = clusterOf[i] }
            }
        }

        // 2. A single word that is the surname (or, failing that, the first
        // word) of someone named in full is that person ("Austin", "Kim"),
        // unless it is a country or the text puts it somewhere ("in Austin").
        if !clusters.isEmpty {
            for (i, m) in mentions.enumerated() where clusterOf[i] < 0 {
                let w = nameWords(m)
                guard w.count == 1 else { continue }
                // A country stays a country unless it speaks: "Jordan said", with a
                // Michael Jordan in the text.
                let speaks = Int(m.end) < tokens.count && tokens[Int(m.end)].flags.contains(.speechVerb)
                    && !tokens[Int(m.end)].shape.contains(.capitalized)
                if m.tags.contains(.country) && !speaks || m.label == .norp { continue }
                // A weak place ("James", the river) after "to" is the James the text names in full;
                // so is a town after "to" or "from", which people are as often as places
                // ("valuable to Morales", "an email from Morales").
                let placed = m.facts.contains(.afterPlacePreposition) && !(Int(m.first) > 0
                    && tokens[Int(m.first) - 1].flags.contains(.directional) && !m.tags.contains(.subdivision))
                if m.label == .loc && !(m.strength <= .weak && m.tokenCount == 1)
                    && (placed || m.strength >= .good && !speaks) { continue }
                // ("“…,” said Cummins", "Cummins, who …": a company's name from the lists is the
                // surname of the person named in full, where the text treats it as a person.)
                if m.label == .org && m.strength >= .fair && !m.tags.contains(.weak)
                    && !(m.rule == .gazetteer && bySurname[w[0]] != nil && speaksAsPerson(m)) { continue }
                var candidates = bySurname[w[0]] ?? byFirstName[w[0]] ?? []
                guard !candidates.isEmpty else { continue }
                // "Mrs Ridge" is not "Keith Ridge": a title's gender rules out a person of the other.
                if let g = m.gender {
                    // A given name's usual gender counts only against "Mrs" or "Ms": next to
                    // "Keith Ridge", "Mrs Ridge" is his wife or mother, while a man with a
                    // name the lists call female ("Mr Rich" for Jodee Rich) is still that man.
                    candidates = candidates.filter { c in
                        clusters[c].members.allSatisfy { k in
                            let mk = mentions[k]
                            if let other = mk.gender { return other == g }
                            guard g == .female, mk.tokenCount >= 2 else { return true }
                            let f = tokens[Int(mk.first)].flags
                            return !(f.contains(.givenMale) && !f.contains(.givenFemale))
                        }
                    }
                    if candidates.isEmpty { continue }
                }
                // "Trump Jr." is the son; "Trump" alone is the father when both are named.
                if !suffixed.isEmpty {
                    let withSuffix = words(m).count > w.count
                    let matching = candidates.filter { suffixed.contains($0) == withSuffix }
                    if !matching.isEmpty { candidates = matching }
                }
                // Several people share the word: the one named last before it.
                var best = candidates[0]
                var bestAt = -1
                for c in candidates {
                    let at = clusters[c].members.filter { $0 < i }.max() ?? -1
                    if at > bestAt { best = c; bestAt = at }
                }
                var linked = m
                linked.label = .person
                linked.strength = max(m.strength, .good)
                linked.facts.remove(.initialCommon)
                linked.rule = .linkedPerson
                mentions[i] = linked
                clusterOf[i] = best
                clusters[best].members.append(i)
            }
        }

        // 3. Everything else: one cluster per canonical name or folded text,
        // acronyms joined to their expansions, and an organisation's name
        // without its head word or legal form joined to it ("Sierra Nevada"
        // for "Sierra Nevada Corporation").
        var keyOf = mentions.map { m -> UInt64 in
            m.canonical >= 0 ? TextHash.word(lexicon.canonicals[Int(m.canonical)]) : phraseHash(m)
        }
        var orgByShortName: [UInt64: UInt64] = [:]
        // A team by its nickname alone: "the Lakers" for "Los Angeles Lakers".
        for (i, m) in mentions.enumerated() where m.rule == .teamName && m.tokenCount >= 2 {
            let short = Tokenizer.phraseHash(tokens, (Int(m.end) - 1)..<Int(m.end))
            if orgByShortName[short] == nil { orgByShortName[short] = keyOf[i] }
        }
        for (i, m) in mentions.enumerated() where m.label == .org && (m.rule == .orgHead || m.rule == .companySuffix) {
            var cut = Int(m.end)
            while cut > Int(m.first) + 1 && !tokens[cut - 1].flags.isDisjoint(with: [.orgHead, .companySuffix]) { cut -= 1 }
            guard cut < Int(m.end) else { continue }
            let short = Tokenizer.phraseHash(tokens, Int(m.first)..<cut)
            if orgByShortName[short] == nil { orgByShortName[short] = keyOf[i] }
        }
        if !orgByShortName.isEmpty {
            for (i, m) in mentions.enumerated() where clusterOf[i] < 0 {
                guard let orgKey = orgByShortName[keyOf[i]] else { continue }
                // Unlabelled or weakly labelled, or a mountain range rather
                // than a city: "Sierra Nevada" for "Sierra Nevada Corporation".
                // Not a state or city of its own: "Indiana" for "Indiana House".
                let open = m.label == nil || m.strength <= .fair && m.label != .norp && !m.tags.contains(.country)
                    && (m.label != .loc || m.strength <= .weak)
                    || m.label == .loc && m.strength <= .good && m.tags.isDisjoint(with: [.country, .city, .subdivision]) && m.tokenCount >= 2
                guard open, orgKey != keyOf[i] else { continue }
                mentions[i].label = .org
                mentions[i].strength = max(m.strength, .good)
                mentions[i].facts.remove(.initialCommon)
                mentions[i].rule = .linkedOrg
                keyOf[i] = orgKey
            }
        }
        var byKey: [UInt64: Int] = [:]
        var byInitials: [UInt64: Int] = [:]
        for (i, m) in mentions.enumerated() where clusterOf[i] < 0 {
            if m.label == nil && (m.facts.contains(.initialCommon)) { continue }
            let key = keyOf[i]
            var c = byKey[key]
            if c == nil, m.facts.contains(.acronym) || tokens[Int(m.first)].shape.contains(.allCaps) {
                c = byInitials[acronymLetters(m)]
                // "the Ministry of Defence (MOD)": the name right before the bracket.
                let f = Int(m.first)
                // Not a dateline: "WASHINGTON (AP)".
                if c == nil, f >= 2, tokens[f - 1].mark == "(", i > 0, Int(mentions[i - 1].end) == f - 1,
                   clusterOf[i - 1] >= 0, clusters[clusterOf[i - 1]].label == .org {
                    c = clusterOf[i - 1]
                    mentions[i].label = mentions[i].label ?? clusters[c!].label
                }
            }
            if c == nil {
                c = clusters.count
                clusters.append(Cluster(label: m.label ?? .org))
                byKey[key] = c
            }
            clusterOf[i] = c!
            clusters[c!].members.append(i)
            if m.tokenCount >= 2, let ini = initials(m), byInitials[ini] == nil { byInitials[ini] = c! }
        }
        // Acronyms met before their expansion ("NATO … the North Atlantic Treaty Organization").
        for (c, cluster) in clusters.enumerated() where cluster.members.count > 0 {
            let m = mentions[cluster.members[0]]
            guard m.tokenCount == 1, tokens[Int(m.first)].shape.contains(.allCaps), let target = byInitials[acronymLetters(m)], target != c,
                  clusters[target].label != .person else { continue }
            for i in cluster.members { clusterOf[i] = target }
            clusters[target].members.append(contentsOf: cluster.members)
            clusters[c].members.removeAll()
        }

        // 4. Labels by vote.
        for c in clusters.indices where !clusters[c].members.isEmpty {
            // "the Ebola outbreak … fight Ebola": a disease named after a river or a town is no place.
            if clusters[c].members.contains(where: { mentions[$0].facts.contains(.namesEvent) }) {
                clusters[c].members.removeAll()
                continue
            }
            var votes = [Double](repeating: 0, count: EntityLabel.allCases.count)
            // A weak reading repeats the same look-up at every mention ("Disney"
            // the cartoonist sixteen times); it counts as two mentions at most,
            // so one mention with evidence in its context can outvote it.
            var weakVotes = [Double](repeating: 0, count: EntityLabel.allCases.count)
            for i in clusters[c].members {
                let m = mentions[i]
                guard let label = m.label else { continue }
                var weight = Double(m.strength.rawValue) + 0.5
                if m.tokenCount >= 2 && m.strength >= .good { weight *= 3 }
                if m.strength <= .weak {
                    weakVotes[Int(label.rawValue)] += weight
                } else {
                    votes[Int(label.rawValue)] += weight
                }
            }
            for k in votes.indices { votes[k] += min(weakVotes[k], 2 * (Double(Strength.weak.rawValue) + 0.5)) }
            if let best = votes.indices.max(by: { votes[$0] < votes[$1] }), votes[best] > 0 {
                clusters[c].label = EntityLabel(rawValue: UInt8(best))!
            } else if let guess = guessLabel(clusters[c].members.map { mentions[$0] }) {
                clusters[c].label = guess
                for i in clusters[c].members { mentions[i].rule = .guess }
            } else {
                clusters[c].members.removeAll()
            }
        }

        // 4b. Sports pages name clubs by their city: "Chelsea beat Porto", "against
        // Tottenham". In a text about matches, a city that plays is a team.
        // The text is read for sports words only when a city seems to play.
        var aboutSport: Bool?
        do {
            // Not a city the text also puts something in ("meet again in Oklahoma City").
            for c in clusters.indices where clusters[c].label == .loc && !clusters[c].members.isEmpty
                && !clusters[c].members.contains(where: { mentions[$0].facts.contains(.afterPlacePreposition) }) {
                let plays = clusters[c].members.contains { i in
                    let m = mentions[i]
                    let after = Int(m.end) < tokens.count ? tokens[Int(m.end)].hash : 0
                    let before = m.first > 0 ? tokens[Int(m.first) - 1].hash : 0
                    // "Tottenham's manager", "Chelsea fans".
                    var owner = Int(m.end)
                    if owner < tokens.count && tokens[owner].shape.contains(.possessive) { owner += 1 }
                    let member = owner < tokens.count && Self.teamMembers.contains(tokens[owner].hash)
                    return !m.tags.contains(.country) && !m.tags.contains(.subdivision)
                        && (Self.matchVerbs.contains(after) || Self.matchPrepositions.contains(before) || member)
                }
                if plays {
                    if aboutSport == nil { aboutSport = isAboutSport() }
                    guard aboutSport == true else { break }
                    clusters[c].label = .org
                    for i in clusters[c].members { mentions[i].rule = .teamName }
                }
            }
        }

        // 5. Survivors, in text order, with dense cluster ids in order of first mention.
        var order: [Int: Int] = [:]
        var outClusters: [Cluster] = []
        var outMentions: [(mention: Mention, cluster: Int)] = []
        for (i, var m) in mentions.enumerated() {
            let c = clusterOf[i]
            guard c >= 0, !clusters[c].members.isEmpty else { continue }
            var id = order[c]
            if id == nil {
                id = outClusters.count
                order[c] = id
                outClusters.append(clusters[c])
            }
            m.label = clusters[c].label
            outMentions.append((m, id!))
        }
        for (id, _) in outClusters.enumerated() {
            let members = outMentions.filter { $0.cluster == id }.map(\.mention)
            outClusters[id].canonical = canonicalName(members, label: outClusters[id].label)
        }
        assignGenders(&outClusters, mentions: outMentions)
        return Result(mentions: outMentions, clusters: outClusters)
    }

    static let matchVerbs: Set<UInt64> = Set(["beat", "beats", "defeated", "edged", "routed", "thrashed", "drew", "hosted",
                                              "faced", "trounced", "outlasted", "overcame", "eliminated"].map { TextHash.word($0) })
    static let matchPrepositions: Set<UInt64> = Set(["against", "vs", "vs.", "v", "beat", "defeated", "versus", "managed", "coached"]
        .map { TextHash.word($0) })
    static let teamMembers: Set<UInt64> = Set(["manager", "coach", "fans", "players", "striker", "squad", "captain", "goalkeeper",
                                               "midfielder", "defender"].map { TextHash.word($0) })
    static let sportWords: Set<UInt64> = Set(["league", "match", "matches", "season", "coach", "goal", "goals", "scored", "striker",
                                              "midfielder", "playoff", "playoffs", "tournament", "fixture", "derby", "quarterback",
                                              "touchdown", "inning", "innings", "halftime", "manager", "squad", "rebounds"].map { TextHash.word($0) })

    /// Whether the text is about matches: three sports words or more.
    func isAboutSport() -> Bool {
        var count = 0
        for t in tokens where Self.sportWords.contains(t.hash) {
            count += 1
            if count >= 3 { return true }
        }
        return false
    }

    static let placePrepositions: Set<UInt64> = Set(["in", "near", "outside", "across", "around", "throughout"].map { TextHash.word($0) })
    /// Arabic name particles after a first name: "Youssef Al-Otaiba", "Khalid bin Salman".
    static let arabicParticles: Set<UInt64> = Set(["al", "el", "bin", "ibn", "bint", "abu"].map { TextHash.word($0) })
    static let kinshipParticles: Set<UInt64> = Set(["bin", "ibn", "bint", "abu"].map { TextHash.word($0) })

    /// A capitalised name in mid-sentence that no rule could label is still a
    /// name: like a statistical tagger, textpipe guesses rather than drops it.
    /// Words that are names of people (Census given names or surnames, no
    /// ordinary words) make a person; other names of two words or more ("Blue
    /// Origin", "Tequila Works") an organisation.
    func guessLabel(_ members: [Mention]) -> EntityLabel? {
        guard let m = members.first(where: { !$0.facts.contains(.initialCommon) && !$0.facts.contains(.caseless) }) else { return nil }
        if tokens[Int(m.first)].shape.contains(.hasDigit) { return nil }
        // A surname alone that no rule made a person and the text never names in
        // full ("Shares of Lowe's fell", "Hanson writes"): a company named after
        // a family as often as a person introduced elsewhere; on the held-out
        // sets an organisation guess was right one time in five, so no guess.
        if m.facts.contains(.personShaped) && members.allSatisfy({ $0.tokenCount == 1 }) { return nil }
        if m.facts.contains(.personShaped) { return .person }
        // "Youssef Al-Otaiba": a word, then an Arabic particle inside the name, is a person's name.
        // ("Maghawir al Thawra", "Beit El": an article between words, or a name's last word, is not one.)
        if members.contains(where: { m in m.tokenCount >= 2 && m.tokenCount <= 4
            && (Int(m.first) + 1..<Int(m.end) - 1).contains { k in
                Self.arabicParticles.contains(tokens[k].hash) && (Self.kinshipParticles.contains(tokens[k].hash) || tokens[k + 1].shape.contains(.hyphenJoined))
            } }) { return .person }
        // "Air Show", "First Amendment", "Money on Students": capitalised ordinary
        // words are events, laws and slogans as often as organisations.
        if m.facts.contains(.hasOrdinaryWord) { return nil }
        // "in Senkata", "near Bhatinda": an unknown name after a place preposition is a place.
        if members.allSatisfy({ $0.tokenCount <= 2 }), !members.contains(where: { $0.facts.contains(.acronym) }),
           members.contains(where: { m in m.first > 0 && Self.placePrepositions.contains(tokens[Int(m.first) - 1].hash) }) { return .loc }
        // One unknown word with nothing around it that says what it is
        // ("Sportback", "Gylt", "Obamacare"), however often it comes, is as
        // often a product, a title or a character as an organisation: no guess.
        if m.tokenCount == 1 && members.allSatisfy({ $0.tokenCount == 1 }) {
            // "Rihanna insists she will tour", "Kemosa said": one name that speaks or that
            // "she" or "he" takes up right after is a person known by one name.
            return members.contains(where: actsAsPerson) ? .person : nil
        }
        return .org
    }

    /// A one-word mention followed by a reporting verb, or by "he" or "she" a few words on
    /// with no other name between.
    func actsAsPerson(_ m: Mention) -> Bool {
        guard !m.facts.contains(.acronym), m.facts.isDisjoint(with: [.initialCommon, .caseless]),
              !tokens[Int(m.first)].shape.contains(.allCaps), tokens[Int(m.first)].flags.isDisjoint(with: [.common, .function]) else { return false }
        let end = Int(m.end)
        // The subject of its clause: first in the sentence or after a comma or "and"/"but"
        // (not "told Ruptly that he", "the youngest Beatle, he"), a small-letter verb right after.
        let before = Int(m.first) - 1
        guard end < tokens.count, tokens[end].shape.contains(.word), !tokens[end].shape.contains(.capitalized),
              before < 0 || tokens[before].shape.contains(.punctuation) && [",", ".", "\u{201C}", "\"", "(", ":", ";"].contains(tokens[before].mark)
                || Self.clauseJoinerHashes.contains(tokens[before].hash) else { return false }
        if tokens[end].flags.contains(.speechVerb) { return true }
        var k = end
        while k < tokens.count, k - end < 6 {
            let t = tokens[k]
            if t.shape.contains(.punctuation) && [".", "!", "?", ";"].contains(t.mark) { return false }
            if t.shape.contains(.capitalized) && t.shape.contains(.word) { return false }
            if t.hash == Self.heHash || t.hash == Self.sheHash { return true }
            k += 1
        }
        return false
    }

    static let clauseJoinerHashes: Set<UInt64> = Set(["and", "but", "however", "yet", "while"].map { TextHash.word($0) })
    /// "said Cummins", "Cummins, who", "Cummins told": a one-word name where a person stands.
    /// ("Cummins said it would …" is the company: "it" refers back to it.)
    func speaksAsPerson(_ m: Mention) -> Bool {
        let a = Int(m.first), b = Int(m.end)
        if a > 0, tokens[a - 1].flags.contains(.speechVerb), !tokens[a - 1].shape.contains(.capitalized) { return true }
        if b + 1 < tokens.count, tokens[b].hash == SentenceTagger.comma, tokens[b + 1].hash == Self.whoHash { return true }
        if b + 1 < tokens.count, tokens[b].flags.contains(.speechVerb), !tokens[b].shape.contains(.capitalized),
           ![Self.itHash, Self.itsHash].contains(tokens[b + 1].hash) { return true }
        return false
    }

    static let whoHash = TextHash.word("who")
    static let itHash = TextHash.word("it")
    static let itsHash = TextHash.word("its")
    static let heHash = TextHash.word("he")
    static let sheHash = TextHash.word("she")

    /// The fullest name: for people the longest mention, for places the
    /// gazetteer's name ("United States" for "U.S."), for organisations the
    /// longest mention that is not an acronym.
    func canonicalName(_ members: [Mention], label: EntityLabel) -> String {
        if label != .person, let m = members.first(where: { $0.canonical >= 0 }) {
            return lexicon.canonicals[Int(m.canonical)]
        }
        var best = members[0]
        for m in members.dropFirst() {
            let longer = words(m).count > words(best).count
                || words(m).count == words(best).count && m.tokenCount > best.tokenCount
            let bestIsAcronym = tokens[Int(best.first)].shape.contains(.allCaps)
            let mIsAcronym = tokens[Int(m.first)].shape.contains(.allCaps)
            if longer && !(mIsAcronym && !bestIsAcronym) || bestIsAcronym && !mIsAcronym {
                best = m
            }
        }
        return text(best)
    }

    // MARK: - Gender

    /// A person's gender when the text makes it clear: a title (Mr., Ms.),
    /// the pronouns that refer back to them (the first person named in the
    /// same sentence before the pronoun, else in the sentence before), and,
    /// as the weakest vote, an unambiguous given name.
    func assignGenders(_ clusters: inout [Cluster], mentions: [(mention: Mention, cluster: Int)]) {
        var male = [Double](repeating: 0, count: clusters.count)
        var female = [Double](repeating: 0, count: clusters.count)
        var personsBySentence: [Int32: [(first: Int32, cluster: Int)]] = [:]
        for (m, c) in mentions where clusters[c].label == .person {
            personsBySentence[m.sentence, default: []].append((m.first, c))
            if m.gender == .male { male[c] += 3 }
            if m.gender == .female { female[c] += 3 }
            // "his daughter Gina", "her son, Jose,": a noun for a man or a woman right before the name.
            var before = Int(m.first) - 1
            if before >= 0, tokens[before].mark == "," { before -= 1 }
            if before >= 0 {
                if tokens[before].flags.contains(.maleNoun) { male[c] += 2 }
                if tokens[before].flags.contains(.femaleNoun) { female[c] += 2 }
            }
            if m.tokenCount >= 2 {
                let f = tokens[Int(m.first)].flags
                if f.contains(.givenMale) && !f.contains(.givenFemale) { male[c] += 0.5 }
                if f.contains(.givenFemale) && !f.contains(.givenMale) { female[c] += 0.5 }
            }
        }
        if !personsBySentence.isEmpty {
            for (s, range) in sentences.enumerated() {
                for k in range {
                    let f = tokens[k].flags
                    guard f.contains(.pronounMale) || f.contains(.pronounFemale), tokens[k].shape.contains(.word) else { continue }
                    var antecedent: (first: Int32, cluster: Int)?
                    if let here = personsBySentence[Int32(s)]?.first(where: { Int($0.first) < k }) {
                        antecedent = here
                    } else {
                        var back = s - 1
                        while back >= 0 && back >= s - 2 && antecedent == nil {
                            antecedent = personsBySentence[Int32(back)]?.first
                            back -= 1
                        }
                    }
                    guard let (first, c) = antecedent else { continue }
                    // "Sheriff Dillon Arbogast said a woman showed up … she told her": a woman or a
                    // man named by a noun since is nearer than the name.
                    let noun: WordFlags = f.contains(.pronounMale) ? .maleNoun : .femaleNoun
                    if (Int(first) + 1..<k).contains(where: { tokens[$0].flags.contains(noun) && !tokens[$0].shape.contains(.capitalized) }) { continue }
                    if f.contains(.pronounMale) { male[c] += 1 } else { female[c] += 1 }
                }
            }
        }
        for c in clusters.indices where clusters[c].label == .person {
            if male[c] > 0 && male[c] >= 2 * female[c] && male[c] > female[c] { clusters[c].gender = .male }
            else if female[c] > 0 && female[c] >= 2 * male[c] { clusters[c].gender = .female }
        }
    }
}
