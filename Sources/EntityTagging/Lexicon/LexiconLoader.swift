import Foundation
import TextPipe

/// Reads the compiled data files (see scripts/data/build_entities.py) and the
/// rules' vocabulary into a `Lexicon`.
enum LexiconLoader {
    /// The lexicon built from the bundled files, loaded on first use and shared
    /// by every stage instance of the process.
    static let bundled: Result<Lexicon, StageSetupError> = {
        guard let dir = ResourceLocator.bundledDirectory() else {
            return .failure(StageSetupError(
                "entities: cannot find the bundled lexicons (textpipe_EntityTagging.resources beside the textpipe "
                    + "executable); keep that folder next to the binary, set \(ResourceLocator.environmentVariable) "
                    + "to a folder holding gazetteer.tsv, or pass `data_dir`"))
        }
        return Result { try load(directory: dir) }.mapError { $0 as? StageSetupError ?? StageSetupError("\($0)") }
    }()

    static func load(directory: String, option: String? = nil) throws -> Lexicon {
        var lexicon = Lexicon()
        lexicon.words.reserveCapacity(200_000)
        lexicon.phrases.reserveCapacity(60_000)

        func bytes(_ name: String) throws -> [UInt8] {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw StageSetupError(option: option, "entities: cannot read \(path); rebuild it with scripts/data/build_entities.py")
            }
            let bytes = [UInt8](data)
            guard UTF8Validation.firstInvalidOffset(bytes) == nil else {
                throw StageSetupError(option: option, "entities: \(path) is not UTF-8")
            }
            return bytes
        }

        func lines(_ name: String) throws -> [Substring] {
            let text = String(decoding: try bytes(name), as: UTF8.self)
            return fields(text[...], separator: 0x0A, omittingEmpty: true)
        }

        // The two long word lists (160,000 lines) are hashed straight from their bytes. A
        // common word marked with "*" is a rare one ("macron*"): marking it there, not in a
        // list of its own, keeps start-up to one pass.
        for (name, flags) in [("common-words.txt", WordFlags.common), ("surnames.txt", .surname)] {
            let data = try bytes(name)
            data.withUnsafeBufferPointer { buffer in
                for line in lineRanges(buffer) {
                    if line.count > 1, buffer[line.upperBound - 1] == 0x2A {
                        let word = UnsafeBufferPointer(rebasing: buffer[line.lowerBound..<(line.upperBound - 1)])
                        lexicon.addFlags(flags.union(.rareWord), toWord: hashLine(word))
                    } else {
                        lexicon.addFlags(flags, toWord: hashLine(UnsafeBufferPointer(rebasing: buffer[line])))
                    }
                }
            }
        }
        for line in try lines("given-names.tsv") {
            let f = fields(line, separator: 0x09, omittingEmpty: true)
            guard f.count == 2 else { continue }
            let flags: WordFlags = f[1] == "m" ? .givenMale : f[1] == "f" ? .givenFemale : .givenOther
            lexicon.addFlags(flags, toWord: TextHash.word(f[0]))
        }
        for line in try lines("noun-kinds.tsv") {
            let f = fields(line, separator: 0x09, omittingEmpty: true)
            guard f.count == 2 else { continue }
            let flags: WordFlags = f[1] == "P" ? .personNoun : f[1] == "O" ? .orgNoun : .placeNoun
            lexicon.addFlags(flags, toWord: TextHash.word(f[0]))
        }
        for line in try lines("company-suffixes.txt") {
            let tokens = Tokenizer.phraseTokens(String(line))
            if tokens.count == 1 { lexicon.addFlags(.companySuffix, toWord: tokens[0].hash) }
        }
        // Optional: a data folder built before the outlet list has none.
        if FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent("outlet-keys.txt")) {
            lexicon.outletKeys = Set(try lines("outlet-keys.txt").map { TextHash.word($0) })
        }
        if FileManager.default.fileExists(atPath: (directory as NSString).appendingPathComponent("state-codes.tsv")) {
            let rows = try lines("state-codes.tsv").map { $0.split(separator: "\t") }
            lexicon.stateCodes = Set(rows.compactMap { $0.first.map { TextHash.word(String($0)) } })
            lexicon.codedStateNames = Set(rows.compactMap { row -> UInt64? in
                guard row.count == 2 else { return nil }
                let tokens = Tokenizer.phraseTokens(String(row[1]))
                return tokens.withUnsafeBufferPointer { Tokenizer.phraseHash($0, 0..<$0.count) }
            })
        }
        var standaloneFlags: [UInt64: WordFlags] = [:]
        var prefixFlags: [UInt64: WordFlags] = [:]
        for (words, flags) in NewsVocabulary.entries {
            for w in words.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
                let tokens = Tokenizer.phraseTokens(String(w))
                let parts = tokens.filter { $0.shape.contains(.word) }
                if parts.count > 1 {
                    for t in parts.dropLast() { prefixFlags[t.hash, default: []].formUnion(flags) }
                } else {
                    for t in tokens { standaloneFlags[t.hash, default: []].formUnion(flags) }
                }
                for t in tokens where t.shape.contains(.word) || tokens.count == 1 {
                    lexicon.addFlags(flags, toWord: t.hash)
                }
                if flags.contains(.abbreviation) {
                    // "Gen." as one token carries the flags of "gen" too.
                    for t in Tokenizer.phraseTokens(String(w) + ".") where t.shape.contains(.hasPeriod) {
                        lexicon.addFlags(lexicon.flags(TextHash.word(String(w))).subtracting(.common), toWord: t.hash)
                    }
                }
            }
        }
        for (hash, flags) in prefixFlags {
            let only = flags.subtracting(standaloneFlags[hash] ?? [])
            if !only.isEmpty {
                lexicon.hyphenPrefixFlags[hash] = only
                lexicon.addFlags(.hyphenPrefix, toWord: hash)
            }
        }
        let gazetteer = try bytes("gazetteer.tsv")
        gazetteer.withUnsafeBufferPointer { buffer in
            let lines = lineRanges(buffer)
            // One-word names ending in a period ("Calif.", "Okla.") keep it where the text reads as an abbreviation.
            for line in lines {
                let name = firstField(buffer, line)
                guard name.count >= 3, buffer[name.upperBound - 1] == UInt8(ascii: "."),
                      buffer[name.lowerBound..<(name.upperBound - 1)].allSatisfy(isASCIILetter) else { continue }
                lexicon.abbreviations.insert(hashLine(UnsafeBufferPointer(rebasing: buffer[name.lowerBound..<(name.upperBound - 1)])))
            }
            for line in lines where !addPlainGazetteerLine(buffer, line, to: &lexicon) {
                addGazetteerLine(Substring(String(decoding: UnsafeBufferPointer(rebasing: buffer[line]), as: UTF8.self)),
                                 to: &lexicon, extraTags: [])
            }
        }
        return lexicon
    }

    /// The gazetteer's third column: C country, R region, O ocean, W weak, A acronym, T city, S subdivision, B brand.
    static func phraseTags<S: Sequence>(_ codes: S) -> Lexicon.PhraseTags where S.Element == UInt8 {
        var tags: Lexicon.PhraseTags = []
        for b in codes {
            switch b {
            case UInt8(ascii: "C"): tags.insert(.country)
            case UInt8(ascii: "R"): tags.insert(.region)
            case UInt8(ascii: "O"): tags.insert([.ocean, .region])
            case UInt8(ascii: "W"): tags.insert(.weak)
            case UInt8(ascii: "A"): tags.insert(.acronym)
            case UInt8(ascii: "T"): tags.insert(.city)
            case UInt8(ascii: "S"): tags.insert(.subdivision)
            case UInt8(ascii: "B"): tags.insert(.brand)
            default: break
            }
        }
        return tags
    }

    @inline(__always)
    static func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }

    /// The byte ranges of the non-empty lines.
    static func lineRanges(_ buffer: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(buffer.count / 20)
        var start = 0
        for i in 0...buffer.count where i == buffer.count || buffer[i] == 0x0A {
            if i > start { out.append(start..<i) }
            start = i + 1
        }
        return out
    }

    /// The line up to its first tab.
    static func firstField(_ buffer: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> Range<Int> {
        var e = line.lowerBound
        while e < line.upperBound && buffer[e] != 0x09 { e += 1 }
        return line.lowerBound..<e
    }

    /// A gazetteer line whose name is plain words one space or hyphen apart
    /// ("Ameris Bank", "Coca-Cola", 98% of the file) is hashed from its bytes:
    /// the tokenizer would make each word one token with the same folded hash.
    /// Returns false for any other line, which takes the tokenizer's path.
    static func addPlainGazetteerLine(_ buffer: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, to lexicon: inout Lexicon) -> Bool {
        // Name, label, tags, canonical: the first four tab-separated fields, found without an array.
        var bounds = (line.lowerBound..<line.lowerBound, line.lowerBound..<line.lowerBound,
                      line.lowerBound..<line.lowerBound, line.lowerBound..<line.lowerBound)
        var count = 0
        var start = line.lowerBound
        for i in line.lowerBound...line.upperBound where i == line.upperBound || buffer[i] == 0x09 {
            switch count {
            case 0: bounds.0 = start..<i
            case 1: bounds.1 = start..<i
            case 2: bounds.2 = start..<i
            case 3: bounds.3 = start..<i
            default: break
            }
            count += 1
            start = i + 1
        }
        guard count >= 2, let (hash, first, tokenCount) = plainPhraseHash(buffer, bounds.0) else { return false }
        // The compiled file writes the labels' own names; anything else takes the slow path.
        guard let label = compiledLabel(buffer, bounds.1) else { return false }
        let tags: Lexicon.PhraseTags = count >= 3 ? phraseTags(buffer[bounds.2]) : []
        let canonical = count >= 4 && !bounds.3.isEmpty
            ? String(decoding: UnsafeBufferPointer(rebasing: buffer[bounds.3]), as: UTF8.self) : nil
        lexicon.addPhrase(hash: hash, firstWord: first, tokenCount: tokenCount,
                          text: String(decoding: UnsafeBufferPointer(rebasing: buffer[bounds.0]), as: UTF8.self),
                          label: label, tags: tags, canonical: canonical)
        return true
    }

    /// The label whose name the bytes spell ("LOC"), compared byte by byte:
    /// a generic comparison with the name's UTF-8 view cost a twentieth of start-up.
    static func compiledLabel(_ buffer: UnsafeBufferPointer<UInt8>, _ field: Range<Int>) -> EntityLabel? {
        for (bytes, label) in labelBytes where bytes.count == field.count {
            var k = 0
            while k < bytes.count && bytes[k] == buffer[field.lowerBound + k] { k += 1 }
            if k == bytes.count { return label }
        }
        return nil
    }

    private static let labelBytes: [([UInt8], EntityLabel)] = EntityLabel.allCases.map { (Array($0.name.utf8), $0) }

    /// The phrase hash, first word's hash and word count of a name made of
    /// words (letters, digits and combining marks, any script) joined by one
    /// space or one hyphen ("A Coruña", "Coca-Cola"), or nil for anything else
    /// (periods, apostrophes, ampersands, other spacing), which the tokenizer
    /// treats specially. The bytes are valid UTF-8 (checked on reading).
    static func plainPhraseHash(_ buffer: UnsafeBufferPointer<UInt8>, _ name: Range<Int>) -> (UInt64, UInt64, Int)? {
        guard !name.isEmpty else { return nil }
        var phrase: UInt64 = 0
        var first: UInt64 = 0
        var count = 0
        var word = TextHash.empty
        var wordLength = 0
        var joinedByHyphen = false
        var i = name.lowerBound
        while i <= name.upperBound {
            let (scalar, length) = i == name.upperBound ? (Unicode.Scalar(UInt8(0x20)), 1) : decodeScalar(buffer, i)
            if ScalarClass.isWordScalar(scalar) {
                word = TextHash.addFolded(word, scalar)
                wordLength += 1
            } else {
                // A separator must stand between two words.
                guard wordLength > 0 else { return nil }
                if count == 0 { first = word; phrase = word } else { phrase = TextHash.extend(phrase, with: word, hyphen: joinedByHyphen) }
                count += 1
                word = TextHash.empty
                wordLength = 0
                if i < name.upperBound {
                    if scalar == " " { joinedByHyphen = false } else if ScalarClass.isJoiningHyphen(scalar) { joinedByHyphen = true } else { return nil }
                    guard i + length < name.upperBound, ScalarClass.isWordScalar(decodeScalar(buffer, i + length).0) else { return nil }
                }
            }
            i += length
        }
        return (phrase, first, count)
    }

    /// The scalar whose UTF-8 encoding starts at `i`, and its length in bytes.
    @inline(__always)
    static func decodeScalar(_ buffer: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(buffer[i])
        if b0 < 0x80 { return (Unicode.Scalar(UInt8(b0)), 1) }
        let length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2
        var value = b0 & (0xFF >> (length + 1))
        for k in 1..<length where i + k < buffer.count { value = value << 6 | UInt32(buffer[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Adds a user's gazetteer: `phrase<TAB>LABEL` a line (LABEL one of PERSON,
    /// ORG, LOC, NORP; GPE and FAC are read as LOC), `#` starts a comment.
    static func addUserGazetteer(path: String, to lexicon: inout Lexicon) throws {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw StageSetupError(option: "gazetteer", "entities: cannot read the gazetteer file \(path)")
        }
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = trimmed(line)
            if content.isEmpty || content.hasPrefix("#") { continue }
            let f = line.split(separator: "\t")
            guard f.count >= 2, EntityLabel(name: trimmed(f[1])) != nil else {
                throw StageSetupError(option: "gazetteer",
                                      "entities: \(path):\(n + 1): expected `name<TAB>LABEL` with LABEL one of PERSON, ORG, LOC, NORP")
            }
            addGazetteerLine(line, to: &lexicon, extraTags: .user)
        }
    }

    /// `phrase<TAB>LABEL[<TAB>tags[<TAB>canonical]]`; tags are the letters
    /// written by build_entities.py.
    private static func addGazetteerLine(_ line: Substring, to lexicon: inout Lexicon, extraTags: Lexicon.PhraseTags) {
        let f = fields(line, separator: 0x09, omittingEmpty: false)
        guard f.count >= 2, let label = EntityLabel(name: trimmed(f[1])) else { return }
        var tags = extraTags
        if f.count >= 3 { tags.formUnion(phraseTags(f[2].utf8)) }
        let canonical = f.count >= 4 ? String(f[3]) : nil
        lexicon.addPhrase(trimmed(f[0]), label: label, tags: tags, canonical: canonical)
    }

    /// The folded hash of one line of UTF-8, as `TextHash.word` gives it.
    static func hashLine(_ line: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if !line.contains(where: { $0 >= 0x80 }) {
            var h = TextHash.empty
            for b in line { h = TextHash.addFolded(h, Unicode.Scalar(b)) }
            return h
        }
        return TextHash.word(String(decoding: line, as: UTF8.self))
    }

    /// Splits on an ASCII byte. `Substring.split` walks characters, which
    /// took a quarter of start-up time over the 2 MB of word lists.
    static func fields(_ s: Substring, separator: UInt8, omittingEmpty: Bool) -> [Substring] {
        s.utf8.split(separator: separator, omittingEmptySubsequences: omittingEmpty).map { Substring($0) }
    }

    /// Spaces and tabs cut from both ends, without Foundation's bridging
    /// (`trimmingCharacters` took a fifth of start-up time).
    static func trimmed(_ s: Substring) -> String {
        // On the UTF-8 view: walking Characters cost a sixth of start-up.
        let u = s.utf8
        var a = u.startIndex, b = u.endIndex
        while a < b, u[a] == 0x20 || u[a] == 0x09 { a = u.index(after: a) }
        while b > a, u[u.index(before: b)] == 0x20 || u[u.index(before: b)] == 0x09 { b = u.index(before: b) }
        if a == u.startIndex && b == u.endIndex { return String(s) }
        return String(Substring(u[a..<b]))
    }
}
