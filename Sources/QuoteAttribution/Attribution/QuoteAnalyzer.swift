import TextPipe

/// Finds, classifies and attributes the quotations of one document.
///
/// Attribution runs ordered rules, the most reliable first, and stops at the
/// first that names a speaker: the attribution between the halves of a split
/// quote; "X said" / "said X" right after the quote; "X said:" or "X said,"
/// right before it; a speaker and verb later in the same sentence; the subject
/// of a reporting verb earlier in the sentence (partial quotes); "according to
/// X". Pronouns and epithets ("she", "the 62-year-old") are resolved to the
/// latest fitting person before the quote. A quote with none of these takes the
/// speaker of the quote before it in the paragraph (carry-over), or of a single
/// person named in the sentence before, or of the last speaker when a paragraph
/// or two of narrative naming nobody else comes between. Otherwise the speaker
/// stays unknown.
struct QuoteAnalyzer {
    let scalars: [Unicode.Scalar]
    let tokens: [Token]
    let sentences: [Range<Int>]
    let paragraphs: [Range<Int>]
    let entities: EntityIndex
    let singleQuotes: Bool
    /// How many pronouns deep a chain of "he … he" is being followed (bounded).
    var chainDepth = 0

    init(text: String, sentences: [Span], paragraphs: [Span]?, entities: [Entity], clusters: [EntityCluster],
         singleQuotes: Bool) {
        let scalars = Array(text.unicodeScalars)
        self.scalars = scalars
        var paras: [Range<Int>] = []
        if let paragraphs, !paragraphs.isEmpty {
            paras = paragraphs.map { max(0, min($0.start, scalars.count))..<max(0, min($0.end, scalars.count)) }
        } else {
            var start = 0
            for (i, c) in scalars.enumerated() where c == "\n" {
                if i > start { paras.append(start..<i) }
                start = i + 1
            }
            if scalars.count > start { paras.append(start..<scalars.count) }
        }
        self.paragraphs = paras
        let sents = sentences.map { max(0, min($0.start, scalars.count))..<max(0, min($0.end, scalars.count)) }
            .filter { !$0.isEmpty }
        self.sentences = sents.isEmpty ? paras : sents
        tokens = Tokenizer.tokens(scalars, sentences: self.sentences, paragraphs: paras)
        self.entities = EntityIndex(entities: entities, clusters: clusters)
        self.singleQuotes = singleQuotes
    }

    struct Found {
        var span: QuotedSpan
        var kind: Quote.Kind
        var attribution: Attribution?
        var middle: Range<Int>? = nil
    }

    func analyze() -> [Found] {
        var spans = QuoteFinder(scalars: scalars, paragraphs: paragraphs).find()
        if !singleQuotes { spans.removeAll { $0.family == .single } }
        // Single-quoted stretches outside double quotes in text that also uses
        // double quotes are apostrophe runs or titles more often than quotes: not
        // curly ones (‘…’ is how British papers quote a few words — “a case of
        // ‘plain bad planning’” — and a curly opening mark is no apostrophe), nor a
        // headline's ('He Can Play Anywhere'). Nor is any that overlaps a double quote
        // without lying inside its words (an apostrophe paired across the mark), a
        // nickname between names, or one letter for a word.
        let doubleSpans = spans.filter { $0.family == .double }.map(\.outer)
        spans.removeAll { span in
            guard span.family == .single, !span.nested else { return false }
            if !doubleSpans.isEmpty && scalars[span.outer.lowerBound] != "\u{2018}" && !isHeadlineQuote(span)
                && !followsReportingVerb(span) { return true }
            return doubleSpans.contains { $0.overlaps(span.outer) } || isNicknameOrElision(span)
        }
        spans.sort { $0.outer.lowerBound < $1.outer.lowerBound }

        var quoted = [Bool](repeating: false, count: tokens.count)
        for span in spans where !span.nested {
            for i in tokenRange(span.outer) { quoted[i] = true }
        }
        var toks = tokens
        for i in toks.indices { toks[i].quoted = quoted[i] }
        let analyzer = QuoteAnalyzer(copying: self, tokens: toks)
        return analyzer.run(spans)
    }

    private init(copying other: QuoteAnalyzer, tokens: [Token]) {
        scalars = other.scalars
        self.tokens = tokens
        sentences = other.sentences
        paragraphs = other.paragraphs
        entities = other.entities
        singleQuotes = other.singleQuotes
    }

    private func run(_ spans: [QuotedSpan]) -> [Found] {
        var found: [Found] = []
        var i = 0
        while i < spans.count {
            var span = spans[i]
            var middle: Range<Int>? = nil
            if i + 1 < spans.count, let merged = splitMerge(span, spans[i + 1]) {
                middle = between(span.outer, spans[i + 1].outer)
                span = merged
                i += 1
            }
            let kind: Quote.Kind
            if span.nested {
                kind = .nested
            } else if span.isSplit {
                kind = .split
            } else if span.multiParagraph {
                kind = .multiParagraph
            } else if isMention(span) {
                kind = .mention
            } else {
                kind = isDirect(span) ? .direct : .partial
            }
            found.append(Found(span: span, kind: kind, attribution: nil, middle: middle))
            i += 1
        }
        for k in found.indices where found[k].kind != .mention && found[k].kind != .nested {
            found[k].attribution = attribute(found[k], previous: found[..<k])
        }
        // “terribly disruptive” … “we won’t roll the dice,” company CEO Craig Bethune said: an
        // unattributed quote shares the attribution of a later quote in its sentence.
        // “It sounded like a freight train. “You could hear it coming,” Mr Walker said: a
        // quote that runs straight into the next one, with nothing between, is
        // the same person's (a paragraph break lost, or a closing mark).
        for k in found.indices.reversed() where found[k].attribution == nil && found[k].kind != .mention && found[k].kind != .nested {
            let sentence = sentenceIndex(of: found[k].span.outer.lowerBound)
            if let next = found[(k + 1)...].first(where: { $0.kind != .mention && $0.kind != .nested }),
               var a = next.attribution,
               ["said_after", "inverted", "inverted_appositive", "according_to", "pronoun", "epithet", "organisation", "anonymous"].contains(a.method) {
                let content = found[k].span.content
                let fullSentence = !content.isEmpty && ".?!".unicodeScalars.contains(scalars[content.upperBound - 1])
                let touching = (found[k].kind == .direct || fullSentence) && paragraphIndex(of: next.span.outer.lowerBound) == paragraphIndex(of: found[k].span.outer.lowerBound)
                    && tokenRange(between(found[k].span.outer, next.span.outer)).isEmpty
                guard sentenceIndex(of: next.span.outer.lowerBound) == sentence || touching else { continue }
                a.method = touching && sentenceIndex(of: next.span.outer.lowerBound) != sentence ? "next_quote" : "same_sentence"
                a.cue = nil
                a.confidence = min(a.confidence, 0.7)
                found[k].attribution = a
            }
        }
        nameLedeSpeakers(&found)
        attributeRepeats(&found)
        // A few quoted words woven into a sentence that no rule can give to anyone
        // are a scare quote or a label far more often than speech ("the “interim”
        // government", "his “tough on China” stance").
        for k in found.indices where found[k].kind == .partial && found[k].attribution == nil
            && tokenRange(found[k].span.content).filter({ tokens[$0].isWord }).count <= 3 {
            found[k].kind = .mention
        }
        return found
    }

    /// Words a quote repeats from another quote are that quote's speaker's:
    /// `Grisham has given “plenty of on-the-record statements”` after her own
    /// “I've given plenty of on-the-record statements …”. The earlier quote
    /// wins, then the later one (a lede's fragment quoted in full below); a
    /// quoted pair of words taken for a term is a quote after all when it
    /// repeats one. One word must be a whole, unattributed quote to count.
    func attributeRepeats(_ found: inout [Found]) {
        // The quote's words, lower-cased (ASCII letters; others as written), one space apart, with a
        // space at each end so that a search finds whole words only.
        func normalized(_ r: Range<Int>) -> [Unicode.Scalar] {
            var out: [Unicode.Scalar] = [" "]
            out.reserveCapacity(r.count + 2)
            for c in scalars[r] {
                if c == "'" || c == "\u{2019}" { continue }
                if ScalarClass.isLetter(c) || ("0"..."9").contains(c) {
                    out.append(("A"..."Z").contains(c) ? Unicode.Scalar(c.value + 32)! : c)
                } else if out.last != " " {
                    out.append(" ")
                }
            }
            if out.last != " " { out.append(" ") }
            return out
        }
        func contains(_ hay: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
            guard needle.count <= hay.count else { return false }
            let first = needle[1]
            var i = 0
            while i + needle.count <= hay.count {
                if hay[i] == " ", hay[i + 1] == first, hay[i..<(i + needle.count)].elementsEqual(needle) { return true }
                i += 1
            }
            return false
        }
        let candidates = found.indices.filter { found[$0].attribution != nil && found[$0].kind != .mention && found[$0].kind != .nested }
        guard !candidates.isEmpty else { return }
        var texts: [Int: [Unicode.Scalar]] = [:]
        for k in found.indices where found[k].attribution == nil && [.partial, .mention, .direct].contains(found[k].kind) {
            guard found[k].span.content.count <= 160 else { continue }
            let key = normalized(found[k].span.content)
            let words = key.filter { $0 == " " }.count - 1
            guard words >= 1, words <= 12, key.count >= 6 else { continue }
            // A title stays a title ("No Place Like Home" after a quote that says it).
            if found[k].kind == .mention && (words < 2 || found[k].span.content.first.map { ScalarClass.isUpper(scalars[$0]) } == true) { continue }
            let earlier = candidates.filter { $0 < k }.reversed().prefix(100)
            let later = candidates.filter { $0 > k }.prefix(100)
            for j in Array(earlier) + Array(later) {
                let other = texts[j] ?? normalized(found[j].span.content)
                texts[j] = other
                guard other.count > key.count, contains(other, key), var a = found[j].attribution else { continue }
                a.method = "repeated"
                a.cue = nil
                a.confidence = min(a.confidence, 0.6)
                found[k].attribution = a
                if found[k].kind == .mention { found[k].kind = .partial }
                break
            }
        }
        attributeHeadlineEchoes(&found, candidates: candidates)
    }

    /// `‘Laying foundations for something bigger’` as a headline, then `X said the win was
    /// “part of laying the foundation for something bigger”`: a headline or lede quote of three
    /// words or more is the speaker's whose later quote holds nearly all its words, in
    /// any order and with the headline's plurals as the body wrote them ("towards" as "toward").
    func attributeHeadlineEchoes(_ found: inout [Found], candidates: [Int]) {
        func words(_ r: Range<Int>) -> Set<String> {
            var out = Set<String>()
            for t in tokenRange(r) where tokens[t].isWord && tokens[t].lower.count >= 3 {
                var w = tokens[t].lower
                if w.hasSuffix("s") && !w.hasSuffix("ss") { w.removeLast() }
                out.insert(w)
            }
            return out
        }
        for k in found.indices where found[k].attribution == nil && [.partial, .direct].contains(found[k].kind) {
            guard paragraphIndex(of: found[k].span.outer.lowerBound) <= 1 else { break }
            let key = words(found[k].span.content)
            guard key.count >= 3 else { continue }
            for j in candidates where j > k {
                guard let a = found[j].attribution else { continue }
                let other = words(found[j].span.content)
                guard Double(key.intersection(other).count) >= 0.8 * Double(key.count) else { continue }
                var echoed = a
                echoed.method = "repeated"
                echoed.cue = nil
                echoed.confidence = min(a.confidence, 0.5)
                found[k].attribution = echoed
                break
            }
        }
    }

    // MARK: - Token helpers

    /// A single-quoted stretch in a headline: a paragraph of at most 25 words with no
    /// double marks that does not end with a stop.
    func isHeadlineQuote(_ span: QuotedSpan) -> Bool {
        let paragraph = paragraphs[paragraphIndex(of: span.outer.lowerBound)]
        var end = paragraph.upperBound
        while end > paragraph.lowerBound, ScalarClass.isSpace(scalars[end - 1]) { end -= 1 }
        guard end > paragraph.lowerBound, scalars[end - 1] != ".",
              !paragraph.contains(where: { ["\"", "\u{201C}", "\u{201D}"].contains(scalars[$0]) }) else { return false }
        return tokenRange(paragraph).filter { tokens[$0].isWord }.count <= 25
    }

    /// "She told reporters she was 'very hopeful'", "The ministry said it was 'deeply
    /// concerned'": a straight single-quoted stretch that a speech verb of its sentence
    /// reports, a few words before it, is a quote even among double ones.
    func followsReportingVerb(_ span: QuotedSpan) -> Bool {
        let first = firstToken(atOrAfter: span.outer.lowerBound)
        guard first > 0, first < tokens.count else { return false }
        let sentence = tokens[first].sentence
        var i = first - 1
        var words = 0
        while i >= 0, tokens[i].sentence == sentence, words < 8 {
            if tokens[i].isWord {
                // (A verb of saying, not of writing: "Having written … after 'independent adults,'".)
                if SpeechCues.sayingForms.contains(tokens[i].lower) { return true }
                words += 1
            }
            i -= 1
        }
        return false
    }

    /// "Mark ‘Spanner’ Ellery", "Fish ‘n’ Chips": a nickname between names, or one
    /// letter standing for a word, whose marks quote nobody.
    func isNicknameOrElision(_ span: QuotedSpan) -> Bool {
        let letters = span.content.filter { ScalarClass.isLetter(scalars[$0]) }.count
        if letters < 2 { return true }
        let inside = tokenRange(span.content).filter { tokens[$0].isWord }
        guard inside.count <= 2, let first = inside.first, tokens[first].isCapitalized else { return false }
        let around = tokenRange(span.outer)
        let before = around.lowerBound - 1, after = around.upperBound
        return before >= 0 && after < tokens.count && tokens[before].isWord && tokens[before].isCapitalized
            && tokens[after].isWord && tokens[after].isCapitalized
    }

    /// "A judge has praised a garda for his “good police work” … ¶ Judge Patrick Dolan said":
    /// a news lede introduces its speaker as "a judge" and names them just after. A quote
    /// given to such an indefinite phrase in the first three sentences goes to the person
    /// the next three sentences name with that title, or who opens the very next one.
    func nameLedeSpeakers(_ found: inout [Found]) {
        for k in found.indices {
            guard let a = found[k].attribution, a.method == "anonymous", a.speaker.kind == .phrase else { continue }
            let words = a.speaker.text.split(separator: " ").map { $0.lowercased() }
            guard let first = words.first, ["a", "an"].contains(first), let head = words.last, words.count <= 4,
                  SpeechCues.sourceNouns.contains(head) || SpeechCues.titleWords.contains(head) else { continue }
            let s = sentenceIndex(of: a.speaker.start)
            guard s <= 2 else { continue }
            var named: Entity?
            // ("A department spokesman, Terry Ames, quips": named at once, between commas.)
            let after = firstToken(atOrAfter: a.speaker.end)
            if after + 1 < tokens.count, tokens[after].lower == ",", let e = entities.starting(at: tokens[after + 1].start), e.label == "PERSON" {
                named = e
            }
            for next in (s + 1)..<min(sentences.count, s + 4) where named == nil {
                let sentence = tokenRange(sentences[next])
                // The person who opens the sentence right after.
                var opener: Entity?
                for t in sentence where !tokens[t].quoted {
                    guard let e = entities.starting(at: tokens[t].start), e.label == "PERSON" else { continue }
                    // "Judge Patrick Dolan": the title of the phrase right before the name.
                    if t > 0, tokens[t - 1].lower == head, tokens[t - 1].isCapitalized { named = e; break }
                    if next == s + 1, t == sentence.lowerBound { opener = e }
                }
                named = named ?? opener
            }
            guard let e = named else { continue }
            var speaker = entities.candidate(e)
            speaker.text = a.speaker.text
            speaker.start = a.speaker.start
            speaker.end = a.speaker.end
            found[k].attribution = Attribution(speaker: speaker, cue: a.cue, method: "epithet", confidence: min(a.confidence, 0.5))
        }
    }

    /// The text between two quotes, empty (not a trap) if they overlap.
    func between(_ a: Range<Int>, _ b: Range<Int>) -> Range<Int> {
        a.upperBound..<max(a.upperBound, b.lowerBound)
    }

    /// Indices of the tokens inside a scalar range.
    func tokenRange(_ r: Range<Int>) -> Range<Int> {
        let a = firstToken(atOrAfter: r.lowerBound)
        var b = a
        while b < tokens.count, tokens[b].start < r.upperBound { b += 1 }
        return a..<b
    }

    func firstToken(atOrAfter offset: Int) -> Int {
        tokens.partitionPoint { $0.start >= offset }
    }

    func sentenceIndex(of offset: Int) -> Int { Self.index(of: offset, in: sentences) }

    func paragraphIndex(of offset: Int) -> Int { Self.index(of: offset, in: paragraphs) }

    /// The last range that starts at or before `offset` (0 when none does).
    static func index(of offset: Int, in ranges: [Range<Int>]) -> Int {
        var lo = 0, hi = ranges.count - 1
        if hi < 0 { return 0 }
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if ranges[mid].lowerBound <= offset { lo = mid } else { hi = mid - 1 }
        }
        return lo
    }

    /// Unquoted tokens of the sentence before the quote opens.
    func before(_ span: QuotedSpan) -> [Int] {
        let s = sentenceIndex(of: span.outer.lowerBound)
        let start = sentences.isEmpty ? 0 : sentences[s].lowerBound
        var out: [Int] = []
        var i = firstToken(atOrAfter: span.outer.lowerBound) - 1
        while i >= 0, tokens[i].start >= start {
            if tokens[i].quoted { break }
            out.append(i)
            i -= 1
        }
        return out.reversed()
    }

    /// Unquoted tokens after the quote closes, to the end of its sentence or the next quote.
    func after(_ span: QuotedSpan) -> [Int] {
        let end = span.outer.upperBound
        let s = sentenceIndex(of: max(span.outer.lowerBound, end - 1))
        let sentenceEnd = sentences.isEmpty ? scalars.count : sentences[s].upperBound
        let paragraphEnd = paragraphs.isEmpty ? scalars.count : paragraphs[paragraphIndex(of: max(0, end - 1))].upperBound
        var out: [Int] = []
        var i = firstToken(atOrAfter: end)
        // A sentence splitter may cut after the closing mark ("…?” she asked.");
        // the attribution still belongs to the quote when it starts lower-case.
        // Not when words before the quote already make it a sentence: "Officials said the talks
        // were “productive.” Mark Smith, the mayor, agreed." is two sentences.
        let cutAtQuote = sentenceEnd <= end + 1 && before(span).allSatisfy { !tokens[$0].isWord }
        let limit = cutAtQuote && continuesLowerCase(from: i) ? paragraphEnd : sentenceEnd
        while i < tokens.count, tokens[i].start < limit {
            if tokens[i].quoted { break }
            out.append(i)
            // Past the sentence's end, stop at the first full stop that is not an abbreviation's.
            if tokens[i].start >= sentenceEnd, [".", "?", "!"].contains(tokens[i].lower), out.count > 1,
               !SpeechCues.abbreviatedTitles.contains(tokens[out[out.count - 2]].lower) { break }
            i += 1
        }
        return out
    }

    private func continuesLowerCase(from i: Int) -> Bool {
        var j = i
        while j < tokens.count, !tokens[j].isWord, tokens[j].lower == "," || tokens[j].lower == "—" { j += 1 }
        guard j < tokens.count, tokens[j].isWord else { return false }
        return !tokens[j].isCapitalized || entities.starting(at: tokens[j].start) != nil
    }

    func text(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[r])) }

    func isVerb(_ i: Int, strongOnly: Bool = false) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].isWord else { return false }
        let w = tokens[i].lower
        guard SpeechCues.verbForms.contains(w) else { return false }
        // "pointed out" speaks as plainly as "said"; "point" alone does not.
        let pointOut = w.hasPrefix("point") && i + 1 < tokens.count && tokens[i + 1].lower == "out"
        if strongOnly && SpeechCues.weakForms.contains(w) && !pointOut { return false }
        // A capital inside a sentence makes a name, not a verb: "the Islamic State".
        if tokens[i].isCapitalized, i > 0, tokens[i - 1].sentence == tokens[i].sentence, tokens[i - 1].isWord,
           entities.starting(at: tokens[i].start) != nil || entities.ending(at: tokens[i].end) != nil || tokens[i - 1].isCapitalized {
            return false
        }
        // After a preposition a bare or -s form is a noun: "during protests", "in reply".
        if i > 0, tokens[i - 1].sentence == tokens[i].sentence,
           ["during", "amid", "despite", "of", "from", "in", "at", "with", "without", "about", "after", "before"].contains(tokens[i - 1].lower),
           !w.hasSuffix("ing"), !w.hasSuffix("ed"), SpeechCues.lemmas[w] != nil || (w.hasSuffix("s") && SpeechCues.lemmas[String(w.dropLast())] != nil) {
            return false
        }
        // After a possessive or an article an -s form is a plural noun: "her closing
        // remarks", "the claims were baseless", "these reports".
        if w.hasSuffix("s"), !w.hasSuffix("ss"), !w.hasSuffix("says") {
            for back in 1...2 where i - back >= 0 && tokens[i - back].sentence == tokens[i].sentence {
                // ("the superintendent tells": after "the" and a noun for someone it is the verb.)
                // (Not after a document: "the report notes" lists terms more often than it speaks.)
                // (But "“…,” the statement reads.": a document's verb that ends the clause speaks.)
                let endsClause = ["reads", "states"].contains(w)
                    && (i + 1 >= tokens.count || tokens[i + 1].sentence != tokens[i].sentence || [".", ",", ";"].contains(tokens[i + 1].lower))
                if back == 2, SpeechCues.sourceNounsWithPlurals.contains(tokens[i - 1].lower) && (!SpeechCues.documentNouns.contains(tokens[i - 1].lower) || endsClause)
                    || SpeechCues.groupNouns.contains(tokens[i - 1].lower) { break }
                if SpeechCues.pluralNounOpeners.contains(tokens[i - back].lower) || tokens[i - back].possessive { return false }
                if !tokens[i - back].isWord { break }
            }
        }
        // "will continue to fight": before "to" a verb of going on is no reporting verb (the verb after it may be).
        if w.hasPrefix("continu"), i + 1 < tokens.count, tokens[i + 1].lower == "to" { return false }
        // "point" speaks only in "point out".
        if w.hasPrefix("point") { return i + 1 < tokens.count && tokens[i + 1].lower == "out" }
        return true
    }

    // MARK: - Classification

    /// Quoted words that are not a quotation: scare quotes, titles, nicknames, terms.
    func isMention(_ span: QuotedSpan) -> Bool {
        let content = tokenRange(span.content).filter { tokens[$0].isWord }
        let words = content.count
        let pre = before(span).filter { tokens[$0].isWord }
        let post = after(span)
        let lastWords = pre.suffix(3).map { tokens[$0].lower }
        if lastWords.contains(where: SpeechCues.mentionMarkers.contains) { return true }
        // A quoted name as a sentence's subject: "“Meth. We’re on it” is rolling out with TV ads."
        let finalScalar = span.content.isEmpty ? " " : scalars[span.content.upperBound - 1]
        // Not "“Disgraceful” was how X described it".
        if words <= 8, pre.isEmpty, let first = post.first, ["is", "was", "became", "becomes", "remains"].contains(tokens[first].lower),
           !",.?!\u{2026}".unicodeScalars.contains(finalScalar),
           !(post.count > 1 && ["how", "what"].contains(tokens[post[1]].lower)) { return true }
        // A quote standing alone after a sentence that ends on what it names: "Just what is this slogan?" ¶ “…”
        if words <= 8, pre.isEmpty, post.isEmpty || [".", "!"].contains(tokens[post[0]].lower) && post.count == 1,
           let s = Optional(sentenceIndex(of: span.outer.lowerBound)), s > 0 {
            let previousWords = tokenRange(sentences[s - 1]).filter { tokens[$0].isWord && !tokens[$0].quoted }
            if let last = previousWords.last, SpeechCues.workNouns.contains(tokens[last].lower) || SpeechCues.mentionMarkers.contains(tokens[last].lower),
               tokens[last].end + 3 >= sentences[s - 1].upperBound { return true }
        }
        // The name of a campaign, film or slogan: right after the noun ("the campaign “Starts with one.”")
        // or right before it ("the “Meth. We’re on it.” awareness campaign").
        // Not a lower-case predicate: "noting that the program “pays off.”"
        let startsUpper = !content.isEmpty && tokens[content[0]].isCapitalized
        if words <= 6, let p = pre.last, SpeechCues.workNouns.contains(tokens[p].lower), startsUpper || words == 1 { return true }
        if words <= 6, let first = post.first, tokens[first].isWord, !isVerb(first),
           !SpeechCues.functionWords.contains(tokens[first].lower),
           post.prefix(2).contains(where: { SpeechCues.workNouns.contains(tokens[$0].lower) }) { return true }
        // "the term often used is “bird fancier’s lung.”"
        if let p = lastWords.last, ["is", "was", "are", "were"].contains(p),
           pre.suffix(5).contains(where: { SpeechCues.mentionMarkers.contains(tokens[$0].lower) }) { return true }
        // "Residents call the area “the Hole.”", "critics called the plan “Obamacare 2.0”": a name
        // given with "call" (not "called it a “disgrace”", where the words judge rather than name).
        if words >= 1, words <= 4, pre.suffix(4).contains(where: { SpeechCues.callForms.contains(tokens[$0].lower) }),
           let p = pre.last, !["a", "an"].contains(tokens[p].lower), !isVerb(p) {
            let named = content.allSatisfy { tokens[$0].isCapitalized || SpeechCues.titleSmallWords.contains(tokens[$0].lower)
                || tokens[$0].lower.first?.isNumber == true }
                && content.contains { tokens[$0].isCapitalized }
            if named { return true }
        }
        if lastWords.suffix(2) == ["known", "as"] || lastWords.suffix(2) == ["referred", "as"]
            || lastWords.suffix(3) == ["referred", "to", "as"] { return true }
        // A name-like token: a handle, hashtag or camel-case brand (“factcheckUK”, “@SpursOfficial”, “#MeToo”).
        if words == 1, span.content.count <= 30 {
            let chars = Array(scalars[span.content])
            let innerCapital = chars.dropFirst().contains { ScalarClass.isUpper($0) } && chars.contains { ScalarClass.isLetter($0) && !ScalarClass.isUpper($0) }
            if innerCapital || chars.first == "@" || chars.first == "#" { return true }
        }
        // Joe “The Boss” Smith
        if words <= 3, let p = pre.last, tokens[p].isCapitalized, tokens[p].end + 2 >= span.outer.lowerBound,
           let n = post.first, tokens[n].isWord, tokens[n].isCapitalized { return true }
        // “No, Justice Alito,” Prelogar said: words ending in a comma or question
        // mark and followed by a speaker and a reporting verb are spoken, however capitalised.
        let closing = span.content.isEmpty ? " " : scalars[span.content.upperBound - 1]
        if ",?!".unicodeScalars.contains(closing), post.prefix(5).contains(where: { isVerb($0, strongOnly: true) }),
           let v = post.prefix(5).firstIndex(where: { isVerb($0, strongOnly: true) }),
           post[..<v].allSatisfy({ tokens[$0].isWord && tokens[$0].isCapitalized || tokens[$0].lower == "," }) {
            return false
        }
        let titleCase = words > 0 && words <= 8 && content.allSatisfy {
            tokens[$0].isCapitalized || ["of", "the", "a", "an", "and", "in", "on", "for", "to", "with"].contains(tokens[$0].lower)
        }
        let previous = before(span).last.map { tokens[$0].lower }
        let previous2 = pre.count >= 2 ? tokens[pre[pre.count - 2]].lower : nil
        if titleCase, let previous, SpeechCues.workNouns.contains(previous) || ["called", "named"].contains(previous)
            || (["the", "a"].contains(previous) && previous2.map(SpeechCues.workNouns.contains) == true) {
            return true
        }
        // A title-case phrase without punctuation of its own, not introduced by a
        // colon or comma, names something (a song, a slogan, an account).
        // American style puts the sentence's period inside the marks, so a title may end with one.
        let lastScalar = span.content.isEmpty ? " " : scalars[span.content.upperBound - 1]
        let endsWithPunctuation = "?!".unicodeScalars.contains(lastScalar)
            || (",.".unicodeScalars.contains(lastScalar) && content.filter { tokens[$0].isCapitalized }.count < 2 && words > 1)
        if titleCase, words >= 1, !endsWithPunctuation, !(previous == ":" || previous == ","),
           !(words == 1 && !tokens[content[0]].isCapitalized) {
            let sentenceStart = pre.isEmpty
            if !sentenceStart || words >= 2 { return true }
        }
        // Quoted words inside a noun phrase where nobody speaks: a “phase one” trade deal,
        // his “tough on China” stance (but the premier cheered the “historic” move).
        // "Trump’s announcement that … a “historic” deal": a statement owned by a name speaks too.
        let ownedStatement = documentOwner(before(span)) != nil
        // "It was a “very good” meeting, Trump said": an attribution later in the sentence counts too.
        let someoneSpeaks = pre.contains { isVerb($0, strongOnly: true) } || ownedStatement
            || post.firstIndex(where: { tokens[$0].lower == "," }).map { c in
                post[(c + 1)...].prefix(6).contains { isVerb($0, strongOnly: true) } } == true
        let nounDeterminers: Set<String> = ["a", "an", "the", "his", "her", "its", "their", "our", "this", "that"]
        // One word may follow a modifier of its own: the self-declared “interim” government.
        let modified = words <= 4 && pre.count >= 2 && nounDeterminers.contains(tokens[pre[pre.count - 2]].lower)
            && !tokens[pre[pre.count - 1]].isCapitalized && !isVerb(pre[pre.count - 1])
            && !SpeechCues.functionWords.contains(tokens[pre[pre.count - 1]].lower)
        if words <= 4, !someoneSpeaks, let p = previous, nounDeterminers.contains(p) || modified,
           let n = post.first, tokens[n].isWord, !tokens[n].isCapitalized, !isVerb(n),
           !SpeechCues.functionWords.contains(tokens[n].lower), !SpeechCues.clauseWords.contains(tokens[n].lower) {
            return true
        }
        // Quoted alternatives before a noun: "“severe” or “emergency” levels".
        // ("called it “unfair” and “cruel,” according to …": a cue of speech is no noun.)
        if words <= 2, let p = pre.last, ["or", "and"].contains(tokens[p].lower), p > 0, tokens[p - 1].quoted,
           let n = post.first, tokens[n].isWord, !tokens[n].isCapitalized, !isVerb(n), !SpeechCues.functionWords.contains(tokens[n].lower),
           tokens[n].lower != "according" {
            return true
        }
        if words <= 2, post.count == 1 || post.isEmpty, let q = post.first ?? Optional(firstToken(atOrAfter: span.outer.upperBound)),
           q < tokens.count, ["or", "and"].contains(tokens[q].lower), q + 1 < tokens.count, tokens[q + 1].quoted {
            // The other alternative: its marks and at most two words.
            var r = q + 1
            while r < tokens.count, tokens[r].quoted, r - q <= 5 { r += 1 }
            if r < tokens.count, !tokens[r].quoted, tokens[r].isWord, !tokens[r].isCapitalized, !isVerb(r),
               !SpeechCues.functionWords.contains(tokens[r].lower), tokens[r].lower != "according", r - q <= 5 { return true }
        }
        // One item of a list whose other items are not quoted: "corporations, “creators,” and normal people".
        if words <= 2, pre.count >= 1, let comma = before(span).last, tokens[comma].lower == ",",
           post.count >= 2, ["and", "or"].contains(tokens[post[0]].lower), tokens[post[1]].isWord, !tokens[post[1]].quoted,
           !isVerb(post[1]) {
            return true
        }
        // what's called “feather duvet lung”; a condition known as “…”
        if let p = previous, p == "called", let p2 = previous2, ["what", "is", "are", "was", "were", "be", "been", "so"].contains(p2) {
            return true
        }
        // A few quoted words woven into a sentence where nobody speaks. A quote
        // that is a sentence of its own ("Nothing has changed.") is speech.
        let last = span.content.isEmpty ? " " : scalars[span.content.upperBound - 1]
        let sentenceOfItsOwn = ".?!,\u{2026}".unicodeScalars.contains(last) && ScalarClass.isUpper(scalars[span.content.lowerBound])
        if words <= 3 && !sentenceOfItsOwn {
            let sentenceTokens = sentenceTokens(of: firstToken(atOrAfter: span.outer.lowerBound))
            let speaks = sentenceTokens.contains { isVerb($0, strongOnly: true) }
                || zip(sentenceTokens, sentenceTokens.dropFirst()).contains { tokens[$0].lower == "according" && tokens[$1].lower == "to" }
                || asClause(post) != nil || asClauseBefore(before(span)) != nil
                || ownedStatement
                // "denigrated Assange as a “hacker”": a verb of judging gives its subject's word.
                || viewsAs(before(span)) != nil
            if !speaks { return true }
        }
        return false
    }

    /// A quotation that stands as speech of its own, not words woven into the writer's sentence.
    func isDirect(_ span: QuotedSpan) -> Bool {
        let pre = before(span)
        let post = after(span)
        let preOK: Bool
        if let last = pre.last {
            let l = tokens[last].lower
            preOK = l == ":" || (l == "," && pre.dropLast().contains { isVerb($0) }) || l == "\u{2014}"
        } else {
            preOK = true
        }
        let lastScalar = span.content.isEmpty ? " " : scalars[span.content.upperBound - 1]
        let postOK = ",.?!\u{2026}\u{2014}\u{2013}-".unicodeScalars.contains(lastScalar) || post.isEmpty
            || [",", ".", "?", "!", "\u{2014}", ";", ")"].contains(tokens[post[0]].lower)
        return preOK && postOK
    }

    /// “First half,” she said, “second half.” becomes one quote.
    func splitMerge(_ a: QuotedSpan, _ b: QuotedSpan) -> QuotedSpan? {
        guard a.family == .double, b.family == .double, !a.nested, !b.nested, !a.multiParagraph, !b.multiParagraph,
              paragraphIndex(of: a.outer.lowerBound) == paragraphIndex(of: b.outer.lowerBound),
              !a.content.isEmpty, scalars[a.content.upperBound - 1] == "," else { return nil }
        let middle = Array(tokenRange(between(a.outer, b.outer)))
        guard !middle.isEmpty, middle.count <= 16, let last = middle.last, tokens[last].lower == "," else { return nil }
        guard !middle.contains(where: { [".", "?", "!"].contains(tokens[$0].lower) }) else { return nil }
        guard middle.contains(where: { isVerb($0) }) else { return nil }
        // The second half continues the sentence ("…, “and the second half.”"); a
        // capital starts a new quotation ("…, adding, “2019 is just not as strong.”").
        // A capital may still continue it: "I" ("…,” he quipped, “I’m going to …”), a
        // name ("…,” the employee testified, “Morales deliberately …”), or after a
        // first half too short to be a sentence (“So,” Alito declared, “I take it …”).
        guard let firstOfB = b.content.first.map({ scalars[$0] }), !ScalarClass.isDigit(firstOfB) else { return nil }
        if ScalarClass.isUpper(firstOfB) {
            let firstWord = tokenRange(b.content).first.map { tokens[$0] }
            let pronounI = firstWord.map { $0.lower == "i" || $0.lower.hasPrefix("i’") || $0.lower.hasPrefix("i'") } ?? false
            let name = firstWord.map { entities.starting(at: $0.start) != nil } ?? false
            let shortFirst = tokenRange(a.content).filter { tokens[$0].isWord }.count <= 4
            // …and only when the first half is one sentence, not several.
            let oneSentence = !tokenRange(a.content).contains { [".", "?", "!"].contains(tokens[$0].lower) }
            guard (pronounI || name || shortFirst) && oneSentence else { return nil }
        }
        var merged = a
        merged.parts = a.parts + b.parts
        merged.outer = a.outer.lowerBound..<b.outer.upperBound
        merged.isSplit = true
        return merged
    }
}
