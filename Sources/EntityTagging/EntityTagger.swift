import TextPipe

/// Finds and links the people, organisations, places and groups of one
/// document. The `entities` stage is a thin wrapper around it; it is public so
/// that other programs can tag text without a pipeline.
public struct EntityTagger: Sendable {
    let lexicon: Lexicon

    /// The tagger with the bundled lexicons (loaded once per process).
    public init() throws {
        lexicon = try LexiconLoader.bundled.get()
    }

    /// A tagger with the lexicons of `dataDirectory` (nil: the bundled ones)
    /// plus the user's gazetteer files.
    public init(dataDirectory: String?, gazetteers: [String] = []) throws {
        var lexicon: Lexicon
        if let dataDirectory {
            lexicon = try LexiconLoader.load(directory: dataDirectory, option: "data_dir")
        } else {
            lexicon = try LexiconLoader.bundled.get()
        }
        for path in gazetteers { try LexiconLoader.addUserGazetteer(path: path, to: &lexicon) }
        self.lexicon = lexicon
    }

    /// Entities (in text order, with cluster ids) and their clusters.
    /// Sentences are spans of Unicode scalar offsets; text outside them is not read.
    /// With `explain`, each entity carries a `rule` field naming the rule that labelled it.
    public func tag(text: String, sentences: [Span], explain: Bool = false) throws -> (entities: [Entity], clusters: [EntityCluster]) {
        let scalars = Array(text.unicodeScalars)
        var spans = sentences.sorted { $0.start < $1.start }
        for s in spans where s.end > scalars.count || s.start < 0 {
            throw StageError.invalidInput(
                "sentence [\(s.start), \(s.end)) lies outside the text (\(scalars.count) characters); re-run `segment` on this text")
        }
        // Overlapping sentences are read once.
        var previousEnd = 0
        for i in spans.indices {
            spans[i].start = max(spans[i].start, previousEnd)
            spans[i].end = max(spans[i].end, spans[i].start)
            previousEnd = spans[i].end
        }
        let hasCapital = scalars.contains { ScalarClass.isUpper($0) }

        return scalars.withUnsafeBufferPointer { sc in
            var tokens: [Token] = []
            tokens.reserveCapacity(scalars.count / 5 + 16)
            var ranges: [Range<Int>] = []
            ranges.reserveCapacity(spans.count)
            for span in spans {
                let first = tokens.count
                Tokenizer.tokenize(sc, span.start..<span.end, into: &tokens, dataAbbreviations: lexicon.abbreviations)
                ranges.append(first..<tokens.count)
            }
            for k in tokens.indices {
                if let entry = lexicon.words[tokens[k].hash] {
                    tokens[k].flags = entry.flags
                    tokens[k].maxPhrase = entry.maxPhrase
                    // (The flag keeps the look-up off the path of every other word.)
                    if entry.flags.contains(.hyphenPrefix), !(k + 1 < tokens.count && tokens[k + 1].shape.contains(.hyphenJoined)),
                       let prefixOnly = lexicon.hyphenPrefixFlags[tokens[k].hash] {
                        tokens[k].flags.subtract(prefixOnly)
                    }
                }
            }
            ranges = Self.splittingDatedLines(ranges, tokens, sc)
            return tokens.withUnsafeBufferPointer { tb in
                var mentions: [Mention] = []
                for (s, range) in ranges.enumerated() where !range.isEmpty {
                    let mode: SentenceTagger.Mode = hasCapital ? Self.mode(of: tb, range) : .lowercase
                    SentenceTagger(lexicon: lexicon, scalars: sc, tokens: tb, range: range, sentence: Int32(s))
                        .tag(mode: mode, into: &mentions)
                }
                let linker = DocumentLinker(lexicon: lexicon, scalars: sc, tokens: tb, sentences: ranges)
                let result = linker.link(mentions)
                let entities = result.mentions.map { m, c in
                    Entity(start: Int(tb[Int(m.first)].start), end: Int(tb[Int(m.end) - 1].end), text: linker.text(m),
                           label: m.label!.name, cluster: c, extra: explain ? ["rule": .string(m.rule.name)] : [:])
                }
                let clusters = result.clusters.enumerated().map { id, c in
                    EntityCluster(id: id, canonical: c.canonical, label: c.label.name, gender: c.gender?.name)
                }
                return (entities, clusters)
            }
        }
    }

    /// A capitalised month or day then a number at token `k`: "June 9", "Sept. 18".
    static func startsDatedEntry<C: RandomAccessCollection>(_ tokens: C, _ k: Int, _ range: Range<Int>) -> Bool
        where C.Element == Token, C.Index == Int {
        guard k + 1 < range.upperBound, tokens[k].flags.contains(.nonEntity), tokens[k].shape.contains(.capitalized) else { return false }
        var d = k + 1
        if tokens[d].mark == ".", d + 1 < range.upperBound { d += 1 }
        return tokens[d].shape.contains(.hasDigit) && !tokens[d].shape.contains(.hasLetter)
    }

    /// A dated list inside one sentence ("Tour dates:\nJune 9 -- Coral Sky
    /// Amphitheatre, West Palm Beach, FL\nJune 10 -- …") is read a line at a
    /// time: each line is a list entry of its own, not part of a headline.
    static func splittingDatedLines(_ ranges: [Range<Int>], _ tokens: [Token], _ scalars: UnsafeBufferPointer<Unicode.Scalar>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(ranges.count)
        for range in ranges {
            var start = range.lowerBound
            for k in range where k > start && startsDatedEntry(tokens, k, range) {
                let gap = Int(tokens[k - 1].end)..<Int(tokens[k].start)
                guard gap.contains(where: { scalars[$0] == "\n" }) else { continue }
                out.append(start..<k)
                start = k
            }
            out.append(start..<range.upperBound)
        }
        return out
    }

    /// Whether capitals in this sentence mean names: not in all-capital text,
    /// not in a title-case headline ("North Korean Troops Move Toward Kursk").
    static func mode(of tokens: UnsafeBufferPointer<Token>, _ range: Range<Int>) -> SentenceTagger.Mode {
        var words = 0
        var allCaps = 0
        var capitalOrdinary = 0
        var lowerOrdinary = 0
        for k in range {
            let t = tokens[k]
            guard t.shape.contains(.word), t.shape.contains(.hasLetter) else { continue }
            words += 1
            if t.shape.contains(.allCaps) { allCaps += 1 }
            let f = t.flags
            if f.contains(.function) { continue }
            if f.contains(.common) && !t.shape.contains(.initial) && t.shape.contains(.capitalized) {
                capitalOrdinary += 1
            } else if !t.shape.contains(.capitalized) && !t.shape.contains(.allCaps) && t.length >= 3 {
                // Any small-letter word a headline would capitalise ("issued", "inquiries": the
                // word lists hold base forms only).
                lowerOrdinary += 1
            }
        }
        // A two-word subhead in capitals ("FRANCE WINS") is as caseless as a longer one.
        if (words >= 3 && Double(allCaps) >= 0.7 * Double(words)) || (words == 2 && allCaps == 2) { return .caseless }
        // "June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL": a line of a dated list
        // is all names, capitalised because they are names.
        if range.count >= 4, startsDatedEntry(tokens, range.lowerBound, range) { return .cased }
        // "(Reporting by Will Dunham; Editing by Tom Brown)": a wire credit line
        // is capitalised because it lists names.
        for k in range where k > range.lowerBound && tokens[k].hash == SentenceTagger.byHash
            && SentenceTagger.creditHashes.contains(tokens[k - 1].hash) {
            return .cased
        }
        // Headlines carry no final stop; a sentence full of names does.
        let last = tokens[range.upperBound - 1]
        let ends = last.shape.contains(.punctuation) && (last.mark == "." || last.mark == "!" || last.mark == "?" || last.mark == "”")
            || last.shape.contains(.hasPeriod)
        // (A photo caption names its place and photographer without a stop, but its
        // ordinary words stay lower-case: "dead staghorn coral off Heron Island".)
        if capitalOrdinary >= 3 && capitalOrdinary > 2 * lowerOrdinary && (!ends || lowerOrdinary == 0 && capitalOrdinary >= 5) {
            return .caseless
        }
        return .cased
    }
}
