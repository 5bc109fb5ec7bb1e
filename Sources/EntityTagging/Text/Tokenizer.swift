/// Splits a sentence into words, numbers and punctuation, the way the rules
/// and the lexicon both need it: hyphenated words become parts joined by a
/// flag ("Russia-Ukraine" is two names, "Yong-hyun" one), possessive endings
/// are split off ("North Korea’s"), and initialisms and known abbreviations
/// keep their periods ("U.S.", "Gen."). The lexicon tokenizes its entries
/// with the same code, so a phrase hashes the same in both.
enum Tokenizer {
    /// Abbreviations that keep their period, as folded hashes of the word without it.
    static let abbreviations: Set<UInt64> = {
        var set = Set<UInt64>()
        for (words, flags) in NewsVocabulary.entries where flags.contains(.abbreviation) {
            for w in words.split(whereSeparator: { $0 == " " || $0 == "\n" }) { set.insert(TextHash.word(String(w))) }
        }
        return set
    }()

    /// Appends the tokens of `range` of `scalars` to `tokens`. Besides the
    /// rules' abbreviations, `dataAbbreviations` (the lexicon's one-word names
    /// ending in a period, such as "Calif.") keep their period when written
    /// with a capital and followed by a comma, a bracket, a dash or a
    /// lower-case word — not at a sentence's end, where "Mass." is the mass.
    static func tokenize(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, into tokens: inout [Token],
                         dataAbbreviations: Set<UInt64> = []) {
        let end = range.upperBound
        var i = range.lowerBound
        var initial = true
        var pendingHyphen = false
        var lastWordEnd = -1
        var lastWordEndsInS = false
        while i < end {
            let s = scalars[i]
            if ScalarClass.isSpace(s) {
                pendingHyphen = false
                i += 1
                continue
            }
            if ScalarClass.isWordScalar(s) {
                var token = word(scalars, from: i, end: end, dataAbbreviations: dataAbbreviations)
                if pendingHyphen && lastWordEnd == i - 1 { token.shape.insert(.hyphenJoined) }
                if initial { token.shape.insert(.initial) }
                initial = false
                pendingHyphen = false
                i = Int(token.end)
                lastWordEnd = i
                let lastScalar = scalars[i - 1]
                lastWordEndsInS = lastScalar == "s" || lastScalar == "S"
                tokens.append(token)
                continue
            }
            if ScalarClass.isJoiningHyphen(s), lastWordEnd == i, i + 1 < end, ScalarClass.isWordScalar(scalars[i + 1]) {
                pendingHyphen = true
                i += 1
                continue
            }
            if ScalarClass.isApostrophe(s), lastWordEnd == i {
                let next = i + 1 < end ? scalars[i + 1] : " "
                let afterNext = i + 2 < end ? scalars[i + 2] : " "
                if (next == "s" || next == "S") && !ScalarClass.isWordScalar(afterNext) {
                    tokens.append(Token(start: Int32(i), end: Int32(i + 2), hash: TextHash.word("'s"), shape: .possessive))
                    i += 2
                    lastWordEnd = -1
                    continue
                }
                if lastWordEndsInS && !ScalarClass.isWordScalar(next) {
                    tokens.append(Token(start: Int32(i), end: Int32(i + 1), hash: TextHash.word("'"), shape: .possessive))
                    i += 1
                    lastWordEnd = -1
                    continue
                }
            }
            // Punctuation, one scalar a token.
            var shape: Token.Shape = .punctuation
            let opening: Bool
            if s == "\"" || s == "'" {
                opening = i == range.lowerBound || ScalarClass.isSpace(scalars[i - 1]) || ScalarClass.isOpening(scalars[i - 1])
            } else {
                opening = ScalarClass.isOpening(s)
            }
            if opening { initial = true }
            if s == ":" { shape.insert(.initial) }
            tokens.append(Token(start: Int32(i), end: Int32(i + 1), hash: TextHash.addFolded(TextHash.empty, s), shape: shape, mark: s))
            pendingHyphen = false
            lastWordEnd = -1
            i += 1
        }
    }

    /// One word starting at `start`: letters, digits and marks, inner
    /// apostrophes ("O’Brien", "don’t") and the periods of initialisms and
    /// known abbreviations.
    @inline(__always)
    private static func word(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, end: Int,
                             dataAbbreviations: Set<UInt64>) -> Token {
        var hash = TextHash.empty
        var shape: Token.Shape = .word
        var upper = 0
        var lower = 0
        var segmentLetters = 0
        var periods = 0
        var firstLetterSeen = false
        var j = start
        while j < end {
            let c = scalars[j]
            if ScalarClass.isWordScalar(c) {
                if ScalarClass.isLetter(c) {
                    let isUp = ScalarClass.isUpper(c)
                    if isUp { upper += 1 } else if ScalarClass.isLower(c) { lower += 1 }
                    if !firstLetterSeen {
                        firstLetterSeen = true
                        if isUp && j == start { shape.insert(.capitalized) }
                    }
                    segmentLetters += 1
                } else if ScalarClass.isDigit(c) {
                    shape.insert(.hasDigit)
                    segmentLetters += 1
                }
                hash = TextHash.addFolded(hash, c)
                j += 1
                continue
            }
            // "AT&T", "PG&E", "S&P": an ampersand between capitals.
            if c == "&", j > start, j + 1 < end, ScalarClass.isUpper(scalars[j - 1]), ScalarClass.isUpper(scalars[j + 1]) {
                hash = TextHash.addFolded(hash, c)
                j += 1
                continue
            }
            if ScalarClass.isApostrophe(c), j + 1 < end, ScalarClass.isLetter(scalars[j + 1]) {
                let n = scalars[j + 1]
                let after = j + 2 < end ? scalars[j + 2] : " "
                if (n == "s" || n == "S") && !ScalarClass.isWordScalar(after) { break }   // possessive
                hash = TextHash.addFolded(hash, c)
                j += 1
                continue
            }
            if c == ".", segmentLetters >= 2, let tld = topLevelDomainLength(scalars, j + 1, end) {
                // "Moneycontrol.com", "Polygraph.info": a site's name is one word.
                for i in j..<(j + 1 + tld) { hash = TextHash.addFolded(hash, scalars[i]) }
                j += 1 + tld
                shape.insert(.domain)
                break
            }
            if c == "." {
                // "U.S.", "U.K.", "e.g.": single letters separated by periods.
                if segmentLetters == 1, j + 2 < end, ScalarClass.isLetter(scalars[j + 1]), scalars[j + 2] == "." {
                    hash = TextHash.addFolded(hash, c)
                    periods += 1
                    segmentLetters = 0
                    j += 1
                    continue
                }
                // ("PML-N.": a letter joined by a hyphen is the end of a name, no initial;
                // its period ends the sentence.)
                let joinedLetter = periods == 0 && start >= 2 && scalars[start - 1] == "-" && ScalarClass.isLetter(scalars[start - 2])
                if segmentLetters == 1 && (periods > 0 || (upper == 1 && lower == 0 && j - start == 1 && !joinedLetter)) {
                    // The last period of "U.S." or an initial: "J."
                    hash = TextHash.addFolded(hash, c)
                    periods += 1
                    j += 1
                } else if periods == 0 && abbreviations.contains(hash) {
                    hash = TextHash.addFolded(hash, c)
                    periods += 1
                    j += 1
                } else if periods == 0 && !dataAbbreviations.isEmpty && ScalarClass.isUpper(scalars[start])
                            && dataAbbreviations.contains(hash) && continuesAfterAbbreviation(scalars, j + 1, end)
                            && !isPartyPrefixed(scalars, start) {
                    hash = TextHash.addFolded(hash, c)
                    periods += 1
                    j += 1
                }
                break
            }
            break
        }
        if periods > 0 { shape.insert(.hasPeriod) }
        if upper + lower > 0 { shape.insert(.hasLetter) }
        if lower > 0 { shape.insert(.hasLower) }
        if upper >= 2 && lower == 0 { shape.insert(.allCaps) }
        return Token(start: Int32(start), end: Int32(j), hash: hash, shape: shape)
    }

    private static let topLevelDomains: [[Unicode.Scalar]] = ["com", "org", "net", "info", "gov", "edu", "io", "ai", "co.uk", "news"]
        .map { Array($0.unicodeScalars) }

    /// The length of a top-level domain starting at `i` ("com" in "Edmunds.com"),
    /// when no letter or digit follows it.
    private static func topLevelDomainLength(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ end: Int) -> Int? {
        for tld in topLevelDomains where i + tld.count <= end {
            var matches = true
            for (k, c) in tld.enumerated() where scalars[i + k].value | 0x20 != c.value | 0x20 { matches = false; break }
            guard matches else { continue }
            let after = i + tld.count
            if after == end || !ScalarClass.isWordScalar(scalars[after]) { return tld.count }
        }
        return nil
    }

    /// "D-Minn.", "R-Neb.": a party and a state, which name no place.
    private static func isPartyPrefixed(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ start: Int) -> Bool {
        guard start >= 2, scalars[start - 1] == "-", ScalarClass.isUpper(scalars[start - 2]) else { return false }
        return start == 2 || !ScalarClass.isLetter(scalars[start - 3])
    }

    /// Whether the text after a period at `i` goes on the way it does after
    /// an abbreviation: a comma, a bracket, a dash or a lower-case word.
    private static func continuesAfterAbbreviation(_ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ i: Int, _ end: Int) -> Bool {
        var k = i
        while k < end, ScalarClass.isSpace(scalars[k]) { k += 1 }
        guard k < end else { return false }
        let c = scalars[k]
        if c == "," || c == "(" || c == ")" || c == "\u{2014}" || c == "\u{2013}" || c == "-" { return true }
        return ScalarClass.isLetter(c) && !ScalarClass.isUpper(c)
    }

    /// The tokens of a lexicon entry; a one-word entry in `dataAbbreviations`
    /// ending in a period is one token ("Calif.").
    static func phraseTokens(_ text: String, dataAbbreviations: Set<UInt64> = []) -> [Token] {
        var scalars = Array(text.unicodeScalars)
        // An entry stands alone, so give it the context of an abbreviation.
        if !dataAbbreviations.isEmpty, scalars.last == ".", !scalars.contains(" ") { scalars.append(",") }
        var tokens: [Token] = []
        scalars.withUnsafeBufferPointer { tokenize($0, 0..<scalars.count, into: &tokens, dataAbbreviations: dataAbbreviations) }
        if scalars.last == ",", text.unicodeScalars.last != ",", tokens.last?.shape.contains(.punctuation) == true { tokens.removeLast() }
        return tokens
    }

    /// The folded hash of a run of tokens, hyphens kept apart from spaces.
    @inline(__always)
    static func phraseHash(_ tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>) -> UInt64 {
        var h = tokens[range.lowerBound].hash
        var k = range.lowerBound + 1
        while k < range.upperBound {
            h = TextHash.extend(h, with: tokens[k].hash, hyphen: tokens[k].shape.contains(.hyphenJoined))
            k += 1
        }
        return h
    }
}
