import TextPipe

/// Finds where holders stand on targets, with the evidence for it.
///
/// Holders are quote speakers (their canonical name), the subjects of stance
/// verbs in the narration ("Seoul condemned ..."), and the document's own
/// voice (holder nil). Each piece of evidence is a score in [-1, 1] with a
/// weight:
///
/// | evidence | score | weight |
/// |---|---|---|
/// | target is the object of a stance verb ("praised X", "X was condemned by") | ±0.8 | 1.5 |
/// | target mentioned inside a quote | polarity of the clause around the mention | 1 |
/// | target mentioned in the quote's sentence, outside it | polarity of the quote | 0.6 / (1 + words away / 10) |
/// | target reached through "this/these/such + noun" in the quote's sentence, the noun's stem found next to a mention up to two sentences back | polarity of the quote | 0.6 (0.45 from two sentences back) |
/// | target mentioned in narration (document voice) | polarity of the clause, quoted words left out | 1 |
///
/// A holder's stance on a target is the weighted mean; below `minEvidence`
/// total weight it is neutral with the note "too little evidence", and within
/// ±`threshold` it is neutral. A target that is the subject of a stance verb
/// is the holder of that stance, not its target; words that name a speaker
/// ("U.S. Defense Secretary Lloyd Austin", "a fellow at the Atlantic Council")
/// are attribution and count for nothing; nobody is their own target.
struct StanceAnalyzer: Sendable {
    let scorer: PolarityScorer
    let useEntities: Bool
    let topics: [Topic]
    let labels: Set<String>
    let threshold: Double
    let minEvidence: Double

    static let verbScore = 0.8
    static let verbWeight = 1.5
    static let contextWeight = 0.6
    static let anaphoraWeight = 0.6

    /// One document's inputs, read once.
    struct Input {
        var text: String
        var sentences: [Span]
        var entities: [Entity]
        var clusters: [EntityCluster]
        var quotes: [Quote]
        var quoteScores: [Double]
    }

    private struct Key: Hashable {
        var holder: String?
        var target: Int
    }

    private struct Accumulator {
        var sum = 0.0
        var weight = 0.0
        var quotes: Set<Int> = []
        var sentences: Set<Int> = []
        var first = Int.max
    }

    private struct QuoteInfo {
        var index: Int
        var start: Int
        var end: Int
        var holder: String?
        var selfTarget: Int?
        var score: Double
    }

    func analyze(_ input: Input) -> [Stance] {
        guard useEntities || !topics.isEmpty else { return [] }
        if topics.isEmpty && input.entities.isEmpty { return [] }
        let scalars = Array(input.text.unicodeScalars)
        let words = TextWords(scalars: scalars)
        let catalog = TargetCatalog(entities: input.entities, clusters: input.clusters, labels: labels, topics: topics,
                                    words: words, useEntities: useEntities)
        guard !catalog.targets.isEmpty, !catalog.mentions.isEmpty else { return [] }
        var run = Run(analyzer: self, input: input, scalars: scalars, words: words, catalog: catalog)
        return run.analyze()
    }

    /// The work on one document.
    private struct Run {
        let analyzer: StanceAnalyzer
        let input: Input
        let scalars: [Unicode.Scalar]
        /// The text's UTF-8 and each scalar's byte offset (one more at the
        /// end): clause texts are cut from bytes, not rebuilt scalar by scalar.
        let utf8: [UInt8]
        let byteOffsets: [Int]
        let words: TextWords
        let catalog: TargetCatalog
        var quotes: [QuoteInfo] = []
        /// Text ranges that name a speaker; mentions inside them are attribution.
        var attribution: [(start: Int, end: Int, quote: Int)] = []
        var evidence: [Key: Accumulator] = [:]
        /// Clause polarities already computed: a sentence naming several
        /// targets in one clause is scored once, not once per mention.
        var clauseScores: [Int: Double] = [:]
        /// Indexes of the words that open a clause ("but", "because"), in
        /// order: found once per document instead of once per mention.
        let clauseWordIndexes: [Int]
        /// The longest mention and quote, and whether the quotes come in order:
        /// what the windows below need to be exact.
        private var maxMentionLength = 0
        private var maxQuoteLength = 0
        private var quotesSorted = true

        init(analyzer: StanceAnalyzer, input: Input, scalars: [Unicode.Scalar], words: TextWords, catalog: TargetCatalog) {
            self.analyzer = analyzer
            self.input = input
            self.scalars = scalars
            utf8 = Array(input.text.utf8)
            var offsets: [Int] = []
            offsets.reserveCapacity(scalars.count + 1)
            var b = 0
            for c in scalars {
                offsets.append(b)
                b += UTF8.width(c)
            }
            offsets.append(b)
            byteOffsets = offsets
            self.words = words
            self.catalog = catalog
            clauseWordIndexes = words.words.indices.filter { StanceAnalyzer.Run.clauseWords.contains(words.words[$0].lower) }
            let clusterNames = Dictionary(input.clusters.map { ($0.id, $0.canonical) }, uniquingKeysWith: { a, _ in a })
            for (i, q) in input.quotes.enumerated() where q.kind != Quote.Kind.mention.rawValue {
                guard q.start >= 0, q.end <= scalars.count, q.start < q.end else { continue }
                var holder = q.speaker?.canonical
                if holder == nil, let c = q.speaker?.cluster { holder = clusterNames[c] }
                var selfTarget: Int?
                if let c = q.speaker?.cluster { selfTarget = catalog.targetOfCluster[c] }
                if selfTarget == nil, let holder { selfTarget = catalog.targets.firstIndex { $0.name == holder } }
                quotes.append(QuoteInfo(index: i, start: q.start, end: q.end, holder: holder, selfTarget: selfTarget,
                                        score: i < input.quoteScores.count ? input.quoteScores[i] : 0))
                if let s = q.speaker, let a = s.start, let b = s.end, a >= 0, b <= scalars.count, a < b {
                    let phrase = speakerPhrase(a, b)
                    attribution.append((phrase.start, phrase.end, quotes.count - 1))
                }
            }
            maxMentionLength = catalog.mentions.map { $0.end - $0.start }.max() ?? 0
            maxQuoteLength = quotes.map { $0.end - $0.start }.max() ?? 0
            quotesSorted = zip(quotes, quotes.dropFirst()).allSatisfy { $0.start <= $1.start }
        }

        mutating func analyze() -> [Stance] {
            for q in quotes.indices where quotes[q].holder != nil { quoteEvidence(q) }
            narrationEvidence()
            return report()
        }

        // MARK: windows

        // A long document holds thousands of quotes and mentions; each question
        // reads only those near its range, found by binary search on the
        // sorted starts, so the stage stays linear in the document's length.

        /// Indices of the mentions that may overlap start..<end (callers check), in catalog order.
        private func mentionWindow(_ start: Int, _ end: Int) -> Range<Int> {
            let m = catalog.mentions
            let lo = m.partitionPoint { $0.start >= start - maxMentionLength }
            return lo..<max(lo, m.partitionPoint { $0.start >= end })
        }

        /// Indices of the quotes that may overlap start..<end (callers check), in order.
        private func quoteWindow(_ start: Int, _ end: Int) -> Range<Int> {
            guard quotesSorted else { return quotes.indices }
            let lo = quotes.partitionPoint { $0.start >= start - maxQuoteLength }
            return lo..<max(lo, quotes.partitionPoint { $0.start >= end })
        }

        // MARK: evidence from quotes

        private mutating func quoteEvidence(_ qi: Int) {
            let q = quotes[qi]
            guard let holder = q.holder else { return }
            let sentenceRange = sentenceBounds(q.start, q.end)
            for m in catalog.mentions[mentionWindow(sentenceRange.start, sentenceRange.end)]
            where m.end > sentenceRange.start && m.start < sentenceRange.end {
                if m.target == q.selfTarget || inAttribution(m) { continue }
                if m.start >= q.start && m.end <= q.end {
                    let clause = clauseRange(m.start, m.end, within: q.start, q.end)
                    switch role(of: m, in: clause, holderSide: true) {
                    case .object(let kind, _):
                        add(holder, m.target, kind == .favor ? StanceAnalyzer.verbScore : -StanceAnalyzer.verbScore,
                            StanceAnalyzer.verbWeight, quote: q.index)
                    case .subject:
                        continue
                    case .none:
                        let (score, weight) = clauseEvidence(m, clause, inQuote: true)
                        add(holder, m.target, score, weight, quote: q.index)
                    }
                } else if m.end <= q.start || m.start >= q.end {
                    let distance = m.end <= q.start ? wordsBetween(m.end, q.start) : wordsBetween(q.end, m.start)
                    add(holder, m.target, q.score, StanceAnalyzer.contextWeight / (1 + Double(distance) / 10), quote: q.index)
                }
            }
            for (target, weight) in anaphoraLinks(sentenceRange.start, sentenceRange.end) where target != q.selfTarget {
                add(holder, target, q.score, weight, quote: q.index)
            }
        }

        // MARK: evidence from narration

        private mutating func narrationEvidence() {
            for m in catalog.mentions {
                if inAttribution(m) || quotes[quoteWindow(m.start, m.end)].contains(where: { m.start >= $0.start && m.end <= $0.end }) { continue }
                guard let si = sentenceIndex(m.start) else { continue }
                let s = input.sentences[si]
                let clause = clauseRange(m.start, m.end, within: s.start, s.end)
                switch role(of: m, in: clause, holderSide: false) {
                case .object(let kind, let subject):
                    let score = kind == .favor ? StanceAnalyzer.verbScore : -StanceAnalyzer.verbScore
                    if let subject, subject.target != m.target {
                        add(subject.name, m.target, score, StanceAnalyzer.verbWeight, sentence: si)
                    } else if subject == nil {
                        add(nil, m.target, score, StanceAnalyzer.verbWeight, sentence: si)
                    }
                case .subject:
                    continue
                case .none:
                    let (score, weight) = clauseEvidence(m, clause, inQuote: false)
                    add(nil, m.target, score, weight, sentence: si)
                }
            }
        }

        private static let conditionals: Set<String> = ["if", "unless", "whether"]
        /// Nouns after which a place or organisation is a setting, not an actor:
        /// "the Ukraine conflict" is bad news, not a view of Ukraine.
        private static let settingNouns: Set<String> = [
            "conflict", "war", "wars", "crisis", "border", "borders", "region", "front", "issue", "question",
            "situation", "talks", "negotiations", "file", "theater", "theatre", "battlefield", "war's", "conflict's",
        ]

        /// The score and weight a clause gives a mention in it: the clause's
        /// polarity at full weight, but nothing (at half weight) in a
        /// conditional clause ("If this deployment inspires others ...", which
        /// asserts nothing), and a third of the weight for a setting
        /// ("the Ukraine conflict").
        /// `inQuote`: the clause lies in a quote and is scored whole;
        /// otherwise quoted words inside it are left out.
        private mutating func clauseEvidence(_ m: TargetCatalog.Mention, _ clause: (start: Int, end: Int), inQuote: Bool) -> (Double, Double) {
            let range = words.words(in: clause.start, clause.end)
            if let first = range.first, Self.conditionals.contains(words.words[first].lower) { return (0, 0.5) }
            var weight = 1.0
            if let next = wordAfter(m), Self.settingNouns.contains(words.words[next].lower) { weight = 1.0 / 3 }
            // Offsets are below 2^31, so start, end and the flag fit one key.
            let key = (clause.start << 32) | (clause.end << 1) | (inQuote ? 1 : 0)
            if let score = clauseScores[key] { return (score, weight) }
            let score = analyzer.scorer.score(inQuote ? text(clause.start, clause.end) : narrationText(clause.start, clause.end))
            clauseScores[key] = score
            return (score, weight)
        }

        /// The word right after a mention (after the whole hyphenated word it sits in), if only spaces lie between.
        private func wordAfter(_ m: TargetCatalog.Mention) -> Int? {
            let w = words.words
            var k = words.firstWord(atOrAfter: m.end)
            if k > 0 && w[k - 1].start < m.end && w[k - 1].end > m.end {
                // The mention ends inside a word ("Russia-Ukraine", "Korea’s"): look past it.
                var endOfWord = w[k - 1].end
                while k < w.count && w[k].start == endOfWord { endOfWord = w[k].end; k += 1 }
                guard k < w.count, scalars[endOfWord..<w[k].start].allSatisfy({ $0 == " " }) else { return nil }
                return k
            }
            guard k < w.count, scalars[m.end..<w[k].start].allSatisfy({ $0 == " " }) else { return nil }
            return k
        }

        // MARK: roles

        private enum Role {
            /// The mention is the object of a stance verb; `subject` is who takes the stance, when known.
            case object(StanceVerbs.Kind, subject: (name: String, target: Int?)?)
            /// The mention is the one taking a stance.
            case subject
        }

        /// The mention's role toward a stance verb in its clause, if it has one.
        /// `holderSide`: inside a quote, the speaker is the subject of "we condemn ...".
        private func role(of m: TargetCatalog.Mention, in clause: (start: Int, end: Int), holderSide: Bool) -> Role? {
            let range = words.words(in: clause.start, clause.end)
            guard !range.isEmpty else { return nil }
            let w = words.words
            for vi in range {
                guard let entry = StanceVerbs.table[w[vi].lower] else { continue }
                let previous = vi > range.lowerBound ? w[vi - 1].lower : ""
                if entry.ambiguous && !StanceVerbs.verbContext.contains(previous) && !mentionEnds(at: vi, in: range) { continue }
                if let next = vi + 1 < range.upperBound ? w[vi + 1].lower : nil, entry.notBefore.contains(next) { continue }
                var objectStart = vi + 1
                if let particle = entry.particle {
                    guard vi + 1 < range.upperBound, w[vi + 1].lower == particle else { continue }
                    objectStart = vi + 2
                }
                let passive = w[vi].lower.hasSuffix("ed") && range.contains(vi - 1)
                    && (StanceVerbs.passiveAuxiliaries.contains(previous)
                        || (range.contains(vi - 2) && StanceVerbs.passiveAuxiliaries.contains(w[vi - 2].lower)))
                if passive {
                    // "X was condemned by Y": X is the object, Y the holder.
                    if m.end <= w[vi].start {
                        return .object(entry.kind, subject: agent(after: vi, in: range))
                    }
                    if let byIndex = (vi + 1..<range.upperBound).first(where: { w[$0].lower == "by" }),
                       m.start >= w[byIndex].end {
                        return .subject
                    }
                    continue
                }
                if m.start >= w[min(objectStart, range.upperBound - 1)].start && objectStart < range.upperBound
                    && wordsBetween(w[vi].end, m.start) <= 8 {
                    return .object(entry.kind, subject: holderSide ? nil : subject(before: vi, in: range))
                }
                if m.end <= w[vi].start { return .subject }
            }
            return nil
        }

        /// Whether an entity mention ends right before word `vi` ("Washington backs").
        private func mentionEnds(at vi: Int, in range: Range<Int>) -> Bool {
            guard vi > range.lowerBound else { return false }
            let previous = words.words[vi - 1]
            return catalog.mentions.contains { $0.end == previous.end }
        }

        /// The holder named before a verb in its clause: a mention, a speaker, or "he"/"she" for the last person named.
        private func subject(before vi: Int, in range: Range<Int>) -> (name: String, target: Int?)? {
            let verbStart = words.words[vi].start
            let clauseStart = words.words[range.lowerBound].start
            if let a = attribution.last(where: { $0.end <= verbStart && $0.start >= clauseStart }),
               let holder = quotes[a.quote].holder {
                return (holder, quotes[a.quote].selfTarget)
            }
            if let m = catalog.mentions.last(where: { $0.end <= verbStart && $0.start >= clauseStart }) {
                return (catalog.targets[m.target].name, m.target)
            }
            let pronoun = range.lowerBound..<vi
            if pronoun.contains(where: { ["he", "she"].contains(words.words[$0].lower) }),
               let m = catalog.mentions.last(where: { $0.end <= clauseStart && catalog.targets[$0.target].isPerson }) {
                return (catalog.targets[m.target].name, m.target)
            }
            return nil
        }

        /// The holder after "by" in a passive clause.
        private func agent(after vi: Int, in range: Range<Int>) -> (name: String, target: Int?)? {
            let w = words.words
            guard let byIndex = (vi + 1..<range.upperBound).first(where: { w[$0].lower == "by" }) else { return nil }
            let after = w[byIndex].end
            if let a = attribution.first(where: { $0.start >= after && $0.start < (w[range.upperBound - 1].end) }),
               let holder = quotes[a.quote].holder {
                return (holder, quotes[a.quote].selfTarget)
            }
            if let m = catalog.mentions.first(where: { $0.start >= after && $0.end <= w[range.upperBound - 1].end }) {
                return (catalog.targets[m.target].name, m.target)
            }
            return nil
        }

        // MARK: anaphora

        private static let anaphors: Set<String> = ["this", "these", "that", "those", "such"]
        private static let notHeads: Set<String> = [
            "is", "was", "are", "were", "will", "would", "could", "can", "may", "might", "has", "have", "had", "the",
            "a", "an", "and", "or", "but", "not", "also", "be", "been", "it", "they", "is", "as", "in", "on", "of",
        ]

        /// Targets reached from "this/these/such + noun" in a range: the noun's
        /// stem right after a mention ("North Korean troops") or right before
        /// "of/by/from" and a mention, in the same sentence before it or up to two
        /// sentences back. Each link weighs `anaphoraWeight`, less from an earlier sentence.
        private func anaphoraLinks(_ start: Int, _ end: Int) -> [(Int, Double)] {
            let w = words.words
            var links: [Int: Double] = [:]
            for i in words.words(in: start, end) where Self.anaphors.contains(w[i].lower) {
                var head: Int?
                for j in (i + 1)..<min(i + 3, w.count) {
                    if !Self.notHeads.contains(w[j].lower) && w[j].lower.count >= 4 && !w[j].capitalized { head = j }
                    if head != nil { break }
                }
                guard let head else { continue }
                let stem = String(w[head].lower.prefix(5))
                guard let si = sentenceIndex(w[i].start) else { continue }
                let searchStart = input.sentences[max(0, si - 2)].start
                var j = i - 1
                while j >= 0 && w[j].start >= searchStart {
                    if w[j].lower.hasPrefix(stem), case let targets = mentionsNear(word: j), !targets.isEmpty {
                        let twoBack = w[j].start < input.sentences[max(0, si - 1)].start
                        let weight = StanceAnalyzer.anaphoraWeight * (twoBack ? 0.75 : 1)
                        for target in targets { links[target] = max(links[target] ?? 0, weight) }
                        break
                    }
                    j -= 1
                }
            }
            return links.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }

        /// The targets named next to word j: a mention ending at most two words
        /// before it ("North Korean troops"), one that covers it (a topic term),
        /// or one right after "j of/by/from" ("deployment of North Korean troops").
        private func mentionsNear(word j: Int) -> [Int] {
            let w = words.words
            let lower = j >= 2 ? w[j - 2].start : (j >= 1 ? w[j - 1].start : w[j].start)
            var found: [Int] = []
            if let m = catalog.mentions.last(where: { $0.end <= w[j].start && $0.end > lower && !inAttribution($0) }) {
                found.append(m.target)
            }
            for m in catalog.mentions where m.start <= w[j].start && m.end >= w[j].end && !found.contains(m.target) {
                found.append(m.target)
            }
            if found.isEmpty, j + 2 < w.count, ["of", "by", "from"].contains(w[j + 1].lower),
               let m = catalog.mentions.first(where: { $0.start >= w[j + 1].end && $0.start <= w[j + 2].start }) {
                found.append(m.target)
            }
            return found
        }

        // MARK: text helpers

        private func text(_ start: Int, _ end: Int) -> String {
            String(decoding: utf8[byteOffsets[start]..<byteOffsets[end]], as: UTF8.self)
        }

        /// The narration of a range: its text with quoted words left out.
        private func narrationText(_ start: Int, _ end: Int) -> String {
            var pieces: [(Int, Int)] = [(start, end)]
            for q in quotes[quoteWindow(start, end)] where q.end > start && q.start < end {
                pieces = pieces.flatMap { p -> [(Int, Int)] in
                    guard q.end > p.0 && q.start < p.1 else { return [p] }
                    return [(p.0, max(p.0, q.start)), (min(p.1, q.end), p.1)].filter { $0.0 < $0.1 }
                }
            }
            return pieces.map { text($0.0, $0.1) }.joined(separator: " ")
        }

        /// The sentences spanning a range, as one range.
        private func sentenceBounds(_ start: Int, _ end: Int) -> (start: Int, end: Int) {
            var a = start
            var b = end
            if let first = sentenceIndex(start) { a = min(a, input.sentences[first].start) }
            if let last = sentenceIndex(max(start, end - 1)) { b = max(b, input.sentences[last].end) }
            return (a, b)
        }

        private func sentenceIndex(_ offset: Int) -> Int? {
            let s = input.sentences
            var lo = 0
            var hi = s.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if s[mid].end <= offset { lo = mid + 1 } else { hi = mid }
            }
            return lo < s.count && s[lo].start <= offset ? lo : nil
        }

        fileprivate static let clauseWords: Set<String> = ["but", "while", "although", "though", "whereas", "however", "yet", "because", "despite"]

        /// The clause around a mention: bounded by , ; : ( ) and dashes, and by
        /// contrastive or causal conjunctions, within the container range.
        private func clauseRange(_ start: Int, _ end: Int, within a: Int, _ b: Int) -> (start: Int, end: Int) {
            var lo = a
            var hi = b
            let breaks = words.clauseBreaks
            // The first break at or after `end`, and the one before `start`.
            var x = 0
            var y = breaks.count
            while x < y {
                let mid = (x + y) / 2
                if breaks[mid] < end { x = mid + 1 } else { y = mid }
            }
            if x < breaks.count && breaks[x] < b { hi = breaks[x] }
            var k = x - 1
            while k >= 0 && breaks[k] >= start { k -= 1 }
            if k >= 0 && breaks[k] >= a { lo = breaks[k] + 1 }
            let range = words.words(in: a, b)
            var c = 0
            var top = clauseWordIndexes.count
            while c < top {
                let mid = (c + top) / 2
                if clauseWordIndexes[mid] < range.lowerBound { c = mid + 1 } else { top = mid }
            }
            while c < clauseWordIndexes.count && clauseWordIndexes[c] < range.upperBound {
                let w = words.words[clauseWordIndexes[c]]
                c += 1
                if w.end <= start { lo = max(lo, w.start) }
                if w.start >= end { hi = min(hi, w.start) }
            }
            return (lo, max(lo, hi))
        }

        private func wordsBetween(_ a: Int, _ b: Int) -> Int {
            guard b > a else { return 0 }
            return words.words(in: a, b).count
        }

        private func inAttribution(_ m: TargetCatalog.Mention) -> Bool {
            attribution.contains { m.start < $0.end && m.end > $0.start }
        }

        /// The words that name a speaker: the speaker's span, the capitalised
        /// title before it ("U.S. Defense Secretary"), and an appositive after it
        /// (", a senior fellow at the Atlantic Council").
        private func speakerPhrase(_ start: Int, _ end: Int) -> (start: Int, end: Int) {
            let w = words.words
            var a = start
            var b = end
            var i = words.firstWord(atOrAfter: start) - 1
            while i >= 0 && w[i].capitalized && w[i].end <= start {
                // Only spaces (and an abbreviation's full stop: "U.S. Defense") between title words.
                let gap = scalars[w[i].end..<(i + 1 < w.count ? w[i + 1].start : w[i].end)]
                if gap.contains(where: { $0 != " " && $0 != "." }) { break }
                a = w[i].start
                i -= 1
            }
            var k = b
            while k < scalars.count && scalars[k] == " " { k += 1 }
            if k < scalars.count && scalars[k] == "," {
                let next = words.firstWord(atOrAfter: k)
                if next < w.count, ["a", "an", "the"].contains(w[next].lower) {
                    var e = w[next].end
                    while e < scalars.count && ![",", ".", ";", "\u{201C}", "\u{201D}", "\"", "\n"].contains(scalars[e]) { e += 1 }
                    b = e
                }
            }
            return (a, b)
        }

        // MARK: aggregation

        private mutating func add(_ holder: String?, _ target: Int, _ score: Double, _ weight: Double,
                                  quote: Int? = nil, sentence: Int? = nil) {
            if !catalog.targets[target].isTarget { return }
            if let holder, holder == catalog.targets[target].name { return }
            let key = Key(holder: holder, target: target)
            var acc = evidence[key] ?? Accumulator()
            acc.sum += score * weight
            acc.weight += weight
            if let quote {
                acc.quotes.insert(quote)
                acc.first = min(acc.first, input.quotes[quote].start)
            }
            if let sentence {
                acc.sentences.insert(sentence)
                acc.first = min(acc.first, input.sentences[sentence].start)
            }
            evidence[key] = acc
        }

        private func report() -> [Stance] {
            var firstOfHolder: [String: Int] = [:]
            for (key, acc) in evidence {
                let h = key.holder ?? ""
                firstOfHolder[h] = min(firstOfHolder[h] ?? Int.max, acc.first)
            }
            let ordered = evidence.sorted { a, b in
                // The document's voice first, then holders in order of their first evidence; targets likewise.
                if (a.key.holder == nil) != (b.key.holder == nil) { return a.key.holder == nil }
                let ha = firstOfHolder[a.key.holder ?? ""] ?? 0
                let hb = firstOfHolder[b.key.holder ?? ""] ?? 0
                if ha != hb { return ha < hb }
                if a.key.holder != b.key.holder { return (a.key.holder ?? "") < (b.key.holder ?? "") }
                if a.value.first != b.value.first { return a.value.first < b.value.first }
                return a.key.target < b.key.target
            }
            return ordered.map { key, acc in
                let score = acc.weight > 0 ? acc.sum / acc.weight : 0
                var label: String
                var extra = JSONObject()
                if acc.weight < analyzer.minEvidence {
                    label = "neutral"
                    extra["note"] = "too little evidence"
                } else if score >= analyzer.threshold {
                    label = "favor"
                } else if score <= -analyzer.threshold {
                    label = "against"
                } else {
                    label = "neutral"
                }
                extra["weight"] = JSONValue(SentimentStage.rounded(acc.weight))
                let evidence: [Int]
                if key.holder == nil {
                    evidence = acc.sentences.sorted()
                } else {
                    evidence = acc.quotes.sorted()
                    if !acc.sentences.isEmpty { extra["sentences"] = .array(acc.sentences.sorted().map { JSONValue($0) }) }
                }
                return Stance(holder: key.holder, target: catalog.targets[key.target].name, label: label,
                              score: SentimentStage.rounded(score), evidence: evidence, extra: extra)
            }
        }
    }
}
