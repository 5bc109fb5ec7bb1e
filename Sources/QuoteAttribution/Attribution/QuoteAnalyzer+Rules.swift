import TextPipe

extension QuoteAnalyzer {
    /// The attribution rules, in order; the first that names a speaker wins.
    func attribute(_ found: Found, previous: ArraySlice<Found>) -> Attribution? {
        let span = found.span
        if let middle = found.middle {
            let window = Array(tokenRange(middle))
            if let a = adjacentAfter(window, method: "split") { return a }
        }
        let post = after(span)
        let pre = before(span)
        // "“…,” York said. “…” Smith agreed: “…”": a clause that ends in a colon
        // introduces the next quote, not this one.
        let closesSentence = !span.content.isEmpty && ".?!".unicodeScalars.contains(scalars[span.content.upperBound - 1])
        let introducesNext = post.count > 1 && tokens[post[post.count - 1]].lower == ":"
            && (closesSentence || post.dropLast().contains { [".", "?", "!"].contains(tokens[$0].lower) })
        let afterQuote = introducesNext ? nil : adjacentAfter(post, method: nil)
        let beforeQuote = adjacentBefore(pre)
        // "he said, “…,” the prosecutor’s office said": the one right before the
        // quote spoke; the one after reports it.
        if let b = beforeQuote, let a = afterQuote, a.speaker.kind == .phrase, b.speaker.kind != .phrase { return b }
        // ("Mori spoke to reporters, saying: “…,” JBC reported": the outlet reports the words before it.)
        if let b = beforeQuote, let a = afterQuote, let cue = a.cue, ["reported", "reports", "quoted"].contains(cue.text.lowercased()),
           b.speaker.cluster == nil || b.speaker.cluster != a.speaker.cluster { return b }
        // "WIRED spoke to one mother … “…,” she said": a phrase whose head says "she",
        // introduced after the last person who could be "she", is who "she" is.
        if let a = afterQuote ?? beforeQuote, a.method == "pronoun", a.speaker.kind == .pronoun,
           let phrase = pronounForEarlierPhrase(found, pre: pre, post: post, previous: previous) { return phrase }
        // "Like Meese, who called the action “anti-intellectual,” Bork says": a
        // partial quote in a relative clause is the word of the name it hangs on.
        if found.kind == .partial, let a = relativeClauseSpeaker(pre) { return a }
        // "Tolver conceded the burden had gone “above and beyond”, the Derby Telegraph reported":
        // an outlet reporting a sentence whose subject spoke is not the speaker.
        if found.kind == .partial, let a = afterQuote, a.speaker.label == "ORG", let cue = a.cue,
           ["reported", "reports"].contains(cue.text.lowercased()),
           let s = subjectOfVerb(before: pre), s.speaker.cluster == nil || s.speaker.cluster != a.speaker.cluster { return s }
        if let a = afterQuote { return a }
        if let b = beforeQuote { return b }
        if let a = pronounForEarlierPhrase(found, pre: pre, post: post, previous: previous) { return a }
        if let a = byline(span) { return a }
        // "Mr Sharon's accusation that Mr Arafat was “…”": the statement noun
        // nearest the quote owns it, whoever reports the sentence.
        if found.kind == .partial, let a = possessiveDocument(pre) { return a }
        // "Morales urged “special attention” to Stella Morris, a lawyer who revealed …":
        // a partial quote belongs to the reporting verb before it, not to a clause after it.
        if found.kind == .partial, let a = subjectOfVerb(before: pre), a.speaker.kind != .phrase { return a }
        // "Charles Fried finds this remark “deeply troubling”": a verb of judging
        // whose object the quote describes gives its subject's words.
        if found.kind == .partial, let a = complementSubject(pre) { return a }
        if let a = anywhereAfter(post) { return a }
        if let a = asClause(post) { return a }
        if let a = asClauseBefore(pre) { return a }
        if let a = subjectOfVerb(before: pre) { return a }
        if let a = possessiveDocument(pre) { return a }
        if let a = viewsAs(pre) { return a }
        // ("Roe called it “unfair” and “cruel,” according to the Tribune": the second word is Roe's
        // too; the outlet after both reports them.)
        if found.kind == .partial, let last = previous.last(where: { $0.kind != .mention && !$0.span.nested }),
           last.attribution?.method == "partial_subject",
           sentenceIndex(of: last.span.outer.lowerBound) == sentenceIndex(of: span.outer.lowerBound),
           let a = carryOver(found, previous: previous) { return a }
        if let a = accordingTo(pre + post) { return a }
        if let a = carryOver(found, previous: previous) { return a }
        if let a = previousSentence(span) { return a }
        if let a = nextSentence(span) { return a }
        if let a = nextParagraphSpeaker(span) { return a }
        if let a = speakerOfTheStory(found, previous: previous) { return a }
        return nil
    }

    /// A quote that fills its paragraph, one or two paragraphs of narrative after a
    /// person's quote that name nobody else: “…,” he told AAP. ¶ Mr Hale had dropped
    /// his children at school. ¶ He now expects to lose most of the herd. ¶ “…” is still his.
    func speakerOfTheStory(_ found: Found, previous: ArraySlice<Found>) -> Attribution? {
        guard found.kind == .direct || found.kind == .multiParagraph,
              before(found.span).isEmpty, after(found.span).filter({ tokens[$0].isWord }).isEmpty,
              let last = previous.last(where: { $0.kind != .mention && !$0.span.nested }),
              let a = last.attribution, let cluster = a.speaker.cluster, entities.clusters[cluster]?.label == "PERSON" else { return nil }
        let p = paragraphIndex(of: found.span.outer.lowerBound)
        let q = paragraphIndex(of: last.span.outer.lowerBound)
        guard p - q >= 2, p - q <= 3 else { return nil }
        let gap = tokenRange(paragraphs[q + 1].lowerBound..<paragraphs[p - 1].upperBound)
        // (A paragraph that ends on a colon introduces a document or someone else.)
        if let end = gap.last, [":", ","].contains(tokens[end].lower) { return nil }
        for i in gap {
            if tokens[i].quoted { return nil }
            if let e = entities.starting(at: tokens[i].start), e.label == "PERSON", e.cluster != cluster { return nil }
        }
        return Attribution(speaker: a.speaker, cue: nil, method: "carry_over", confidence: 0.5)
    }

    /// `“I was asleep when the fire started.” ¶ Maria Lopez, still in hospital,
    /// spoke to CBS about that night.`: a quote that fills its paragraph, with nobody
    /// to carry it over from, is the words of the person whose speaking opens the next one.
    func nextParagraphSpeaker(_ span: QuotedSpan) -> Attribution? {
        // ("BOSTON (CBS) — “…”": a dateline may open the paragraph.)
        let pre = before(span)
        let dateline = pre.last.map { ["—", "–", "-"].contains(tokens[$0].lower) } == true
            && pre.allSatisfy { !tokens[$0].isWord || tokens[$0].isCapitalized }
        guard pre.isEmpty || dateline, after(span).filter({ tokens[$0].isWord }).isEmpty else { return nil }
        let p = paragraphIndex(of: span.outer.lowerBound)
        guard p + 1 < paragraphs.count else { return nil }
        let s = sentenceIndex(of: paragraphs[p + 1].lowerBound)
        guard s < sentences.count, paragraphIndex(of: sentences[s].lowerBound) == p + 1 else { return nil }
        let window = Array(tokenRange(sentences[s])).filter { !tokens[$0].quoted }
        guard let first = window.first, let e = entities.starting(at: tokens[first].start), e.label == "PERSON",
              let after = window.firstIndex(where: { tokens[$0].start >= e.end }), let v = verbAfter(window, after),
              ["spoke", "told", "said", "says", "recalled", "recounted", "described", "explained", "tells", "speaks"].contains(tokens[window[v]].lower)
        else { return nil }
        let v0 = tokens[window[v]]
        return Attribution(speaker: entities.candidate(e), cue: (text(v0.start..<v0.end), v0.start, v0.end), method: "next_paragraph", confidence: 0.5)
    }

    /// "he" or "she" right before a reporting verb in a quote's own windows.
    func attributingPronoun(_ window: [Int]) -> String? {
        for (i, t) in window.enumerated() where ["he", "she"].contains(tokens[t].lower) {
            if i + 1 < window.count, isVerb(window[i + 1]) { return tokens[t].lower }
        }
        return nil
    }

    /// The gender a phrase's head says ("the victim’s mother" → she), if any.
    func pronoun(of phrase: String) -> String? {
        let head = phrase.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return SpeechCues.femaleNouns.contains(head) ? "she" : SpeechCues.maleNouns.contains(head) ? "he" : nil
    }

    /// `“…,” the victim’s mother told CBS News. She said her son was “a good
    /// boy.”`: "she" when no woman is named refers to the phrase that spoke
    /// last (this paragraph or the one before), or to one introduced in the
    /// sentence before ("WIRED spoke to one mother."), when its head says the
    /// same gender.
    func pronounForEarlierPhrase(_ found: Found, pre: [Int], post: [Int], previous: ArraySlice<Found>) -> Attribution? {
        guard let p = attributingPronoun(post) ?? attributingPronoun(pre) else { return nil }
        // A person who may be "he" or "she", named after the phrase, is the pronoun rule's business.
        let person = mostSalientPerson(before: found.span.outer.lowerBound, gender: p == "he" ? "male" : "female")
        func namedLater(than offset: Int) -> Bool { person.map { $0.0.start > offset } ?? false }
        let paragraph = paragraphIndex(of: found.span.outer.lowerBound)
        // "says a doctor from Hebron … “…,” he says": one unnamed person, whatever the noun's gender.
        func oneUnnamed(_ phrase: String) -> Bool {
            let words = phrase.lowercased().split(separator: " ")
            return pronoun(of: phrase) == nil && ["a", "an", "one", "another"].contains(words.first ?? "") && !words.contains("and")
        }
        if let last = previous.last(where: { $0.kind != .mention && !$0.span.nested }), let a = last.attribution,
           a.speaker.kind == .phrase, paragraphIndex(of: last.span.outer.lowerBound) >= paragraph - 2,
           pronoun(of: a.speaker.text) == p || oneUnnamed(a.speaker.text) {
            return namedLater(than: a.speaker.start) ? nil : Attribution(speaker: a.speaker, cue: nil, method: "pronoun", confidence: 0.6)
        }
        let s = sentenceIndex(of: found.span.outer.lowerBound)
        guard s > 0, paragraphIndex(of: sentences[s - 1].lowerBound) >= paragraph - 1 else { return nil }
        let window = Array(tokenRange(sentences[s - 1])).filter { !tokens[$0].quoted }
        // "…, another resident said. ¶ “…,” he said": one unnamed person who spoke in the sentence before.
        for v in window.indices.reversed() where ["said", "says", "told", "tells", "added", "explained", "recalled"].contains(tokens[window[v]].lower) {
            let c = speakerBefore(window, verbAt: v) ?? parseForward(window, v + 1)?.0
            // (A source noun heads it: not "gave his players a pep talk"; and it names nobody
            // described: not "Joanne Hessel, a Flair spokesperson explained".)
            if let c, c.kind == .phrase, oneUnnamed(c.text), let head = c.text.split(separator: " ").last?.lowercased(),
               SpeechCues.sourceNouns.contains(head), !namedLater(than: c.start),
               let at = window.firstIndex(where: { tokens[$0].start >= c.start }),
               !(at >= 2 && tokens[window[at - 1]].lower == "," && entities.ending(at: tokens[window[at - 2]].end)?.label == "PERSON") {
                return Attribution(speaker: c, cue: nil, method: "pronoun", confidence: 0.55)
            }
        }
        // ("Mr Ames thanked the volunteers after one man was hurt. ¶ “…,” he said": a person who may be
        // "he", named in that same sentence, is who "he" is.)
        if let person, person.0.start >= sentences[s - 1].lowerBound { return nil }
        for (i, t) in window.enumerated().reversed() where pronoun(of: tokens[t].lower) == p && i > 0 {
            var start = i
            while start > 0, i - start < 3, tokens[window[start - 1]].isWord, !isVerb(window[start - 1]),
                  !SpeechCues.prepositions.contains(tokens[window[start - 1]].lower), tokens[window[start - 1]].lower != "and" {
                start -= 1
            }
            guard start < i, SpeechCues.determiners.contains(tokens[window[start]].lower) || tokens[window[start]].lower == "one" else { continue }
            // "Allyn Barkley, a spokesman with SkyWest, said": the phrase describes a named person, who "he" is.
            if start >= 2, tokens[window[start - 1]].lower == ",", entities.ending(at: tokens[window[start - 2]].end)?.label == "PERSON" {
                return nil
            }
            let a = tokens[window[start]].start, b = tokens[t].end
            if namedLater(than: a) { return nil }
            return Attribution(speaker: SpeakerCandidate(text: text(a..<b), start: a, end: b, kind: .phrase),
                               cue: nil, method: "pronoun", confidence: 0.55)
        }
        return nil
    }

    /// An epigraph, review or post signed on the next line: “…” ¶ — Mike Pompeo,
    /// College Station, April 15, 2019; “…” ¶ – Man**. The signature up to its
    /// first comma or parenthesis is the speaker, a name the entities stage
    /// found or the signature as written.
    func byline(_ span: QuotedSpan) -> Attribution? {
        let p = paragraphIndex(of: span.outer.lowerBound)
        guard after(span).filter({ tokens[$0].isWord }).isEmpty, before(span).isEmpty, p + 1 < paragraphs.count else { return nil }
        let next = tokenRange(paragraphs[p + 1])
        guard next.count >= 2, ["—", "–", "-", "\u{2015}"].contains(tokens[next.lowerBound].lower) else { return nil }
        let first = tokens[next.lowerBound + 1]
        var end = next.lowerBound + 1
        while end < next.upperBound, ![",", "(", "."].contains(tokens[end].lower) { end += 1 }
        // A name the entities stage found whole is linked to its cluster.
        if let e = entities.starting(at: first.start), e.label == "PERSON" || e.label == "ORG", e.end >= tokens[end - 1].end {
            return Attribution(speaker: entities.candidate(e), cue: nil, method: "byline", confidence: 0.6)
        }
        // A signature is short and starts like a name: "Man**", "Ni** My**", "@handle".
        guard first.isCapitalized || first.lower.hasPrefix("@"),
              (next.lowerBound + 1..<end).filter({ tokens[$0].isWord }).count <= 5 else { return nil }
        let start = first.start
        var stop = tokens[end - 1].end
        // Masking stars after a name belong to it.
        while stop < paragraphs[p + 1].upperBound, scalars[stop] == "*" { stop += 1 }
        let c = SpeakerCandidate(text: text(start..<stop), start: start, end: stop, kind: .phrase)
        return Attribution(speaker: c, cue: nil, method: "byline", confidence: 0.6)
    }

    /// `“It is over.” That is how X described the deal.`, `“…” So said X.`: the
    /// sentence after the quote, in its paragraph, points back at it and names who spoke.
    func nextSentence(_ span: QuotedSpan) -> Attribution? {
        let s = sentenceIndex(of: max(span.outer.lowerBound, span.outer.upperBound - 1))
        guard s + 1 < sentences.count, paragraphIndex(of: sentences[s + 1].lowerBound) == paragraphIndex(of: span.outer.lowerBound)
        else { return nil }
        let window = Array(tokenRange(sentences[s + 1])).filter { !tokens[$0].quoted }
        // "“It is over.” So said Maria Lopez, the mayor."
        if window.count >= 3, tokens[window[0]].lower == "so", isVerb(window[1], strongOnly: true),
           let (c, _) = parseForward(window, 2), c.kind != .pronoun, let (r, _, certainty) = resolve(c) {
            return Attribution(speaker: r, cue: nil, method: "next_sentence", confidence: min(0.6, certainty))
        }
        guard let first = window.first, ["that", "this", "those", "these", "such"].contains(tokens[first].lower) else { return nil }
        for v in window.indices where isVerb(window[v], strongOnly: true) {
            if let c = speakerBefore(window, verbAt: v), c.kind == .name, let (r, _, certainty) = resolve(c) {
                return Attribution(speaker: r, cue: nil, method: "next_sentence", confidence: min(0.6, certainty))
            }
        }
        // "That was the message from Governor Jane Doe on Tuesday."
        for f in window.indices.dropFirst(2) where tokens[window[f]].lower == "from" && f + 1 < window.count
            && SpeechCues.messageNouns.contains(tokens[window[f - 1]].lower) {
            if let (c, _) = parseForward(window, f + 1), c.kind == .name, let (r, _, certainty) = resolve(c) {
                return Attribution(speaker: r, cue: nil, method: "next_sentence", confidence: min(0.6, certainty))
            }
        }
        return nil
    }

    // MARK: - Rules

    /// `“…,” X said` and `“…,” said X, a …` right after the quote.
    func adjacentAfter(_ window: [Int], method: String?) -> Attribution? {
        var k = 0
        while k < window.count, ["," , "\u{2014}", "\u{2013}", "-", "("].contains(tokens[window[k]].lower) { k += 1 }
        guard k < window.count else { return nil }
        // "“…,” the official WAM news agency quoted deputy minister Tareq al-Haidan as saying": whoever
        // the outlet quoted, however long the outlet's description.
        if let q = (k..<min(window.count, k + 10)).first(where: { ["quoted", "cited"].contains(tokens[window[$0]].lower) }),
           !(k..<q).contains(where: { !tokens[window[$0]].isWord }),
           let asAt = (q + 1..<min(window.count - 1, q + 14)).first(where: { tokens[window[$0]].lower == "as" }),
           tokens[window[asAt + 1]].lower.hasSuffix("ing"), let quoted = objectQuoted(window, participleAt: asAt + 1) {
            return finish(quoted, verb: window[q], method: method ?? "said_after", confidence: 0.85)
        }
        // "“Absolutely not,” was the response from John Smith."
        if ["was", "is", "came"].contains(tokens[window[k]].lower) {
            var f = k + 1
            if f < window.count, SpeechCues.determiners.contains(tokens[window[f]].lower) { f += 1 }
            if f + 2 < window.count, SpeechCues.messageNouns.contains(tokens[window[f]].lower),
               ["from", "of"].contains(tokens[window[f + 1]].lower), let (c, _) = parseForward(window, f + 2), c.kind != .pronoun {
                return finish(c, verb: window[f], method: method ?? "said_after", confidence: 0.8)
            }
        }
        // Inverted: said X (but "says veteran industry analyst Ken Doctor" is Ken Doctor, below)
        // ("…,” labeling it a “powerful” bill: "it" after a verb is its object; nobody writes "said it".)
        if isVerb(window[k]), let (found, next) = parseForward(window, k + 1),
           found.kind == .pronoun || found.label == "PERSON" || personAfterRoles(window, k) == nil,
           !(found.kind == .pronoun && found.text.lowercased() == "it") {
            var candidate = found
            // "read a statement from the family": who issued it.
            if let issuer = documentIssuer(candidate, in: window, from: k + 1) { candidate = issuer }
            // "noted ATF Special Agent in Charge Will Cray": a body or an office nobody tagged, then the
            // office's holder.
            if found.kind == .name, found.label == nil && found.cluster == nil || found.label == "ORG",
               let e = personAhead(window, from: next, limit: 5, through: { t in
                   t.isCapitalized || ["in", "of", "for"].contains(t.lower) || t.lower.allSatisfy(\.isNumber) }) {
                candidate = entities.candidate(e)
            }
            // "said the spokeswoman, Anna Lee": the name after the role is who spoke.
            // ("said Google’s head of search, Prabhakar Raghavan": an attachment may follow the role.)
            var comma = next
            if comma < window.count, ["of", "for", "at"].contains(tokens[window[comma]].lower) {
                comma += 1
                while comma < window.count, comma - next < 5, tokens[window[comma]].isWord, !isVerb(window[comma]) { comma += 1 }
            }
            if candidate.kind == .phrase, comma + 1 < window.count, tokens[window[comma]].lower == ",",
               let e = personAfterTitles(window, comma + 1) {
                let after = window.firstIndex { tokens[$0].start >= e.end } ?? window.count
                // ("…, Emily Chen of Stanford University": an affiliation may follow the name.)
                if after == window.count || [",", ".", "?", "!"].contains(tokens[window[after]].lower)
                    || ["of", "at", "from"].contains(tokens[window[after]].lower) && after + 1 < window.count
                    && tokens[window[after + 1]].isCapitalized {
                    return finish(entities.candidate(e), verb: window[k], method: method ?? "inverted_appositive", confidence: 0.9)
                }
            }
            let appositive = next + 1 < window.count && tokens[window[next]].lower == ","
                && ["a", "an", "the"].contains(tokens[window[next + 1]].lower)
            // "tweeted the actor Tom Hanks": a lower-case role before the name is appositive too.
            let roleBefore = candidate.kind == .name && SpeechCues.determiners.contains(tokens[window[k + 1]].lower)
                && tokens[window[k + 1]].start < candidate.start
            let m = method ?? (appositive || roleBefore ? "inverted_appositive" : "inverted")
            return finish(candidate, verb: window[k], method: m, confidence: 0.95)
        }
        // "“We will win.” — John Smith": a name alone after a dash signs the quote.
        if k > 0, ["\u{2014}", "\u{2013}", "-"].contains(tokens[window[k - 1]].lower),
           let e = entities.starting(at: tokens[window[k]].start), e.label == "PERSON" {
            let after = window.firstIndex { tokens[$0].start >= e.end } ?? window.count
            if after == window.count || [",", "."].contains(tokens[window[after]].lower) {
                return Attribution(speaker: entities.candidate(e), cue: nil, method: method ?? "said_after", confidence: 0.7)
            }
        }
        // "“…,” Judge Dolan.": a name alone between a quote's comma and a stop, the verb left out.
        if k == 0, window[0] >= 2, tokens[window[0] - 2].lower == ",", tokens[window[0] - 1].quoted || !tokens[window[0] - 1].isWord,
           let e = personAfterTitles(window, 0), let after = window.firstIndex(where: { tokens[$0].start >= e.end }),
           tokens[window[after]].lower == "." {
            return Attribution(speaker: entities.candidate(e), cue: nil, method: method ?? "said_after", confidence: 0.7)
        }
        // Inverted with a role: "said planetary geologist Rosaly Lopes of …".
        if isVerb(window[k]), let e = personAfterRoles(window, k) {
            return finish(entities.candidate(e), verb: window[k], method: method ?? "inverted_appositive", confidence: 0.9)
        }
        // "the “new era” that Trump promised": a relative clause right after the
        // quoted words speaks only through a reporting verb ("the “pain” that people feel" does not).
        if k == 0, ["that", "which"].contains(tokens[window[0]].lower) {
            guard let (candidate, next) = parseForward(window, 1), let v = verbAfter(window, next),
                  isVerb(window[v], strongOnly: true) else { return nil }
            return finish(candidate, verb: window[v], method: method ?? "said_after", confidence: 0.8)
        }
        // X said; "the victim’s father, Carlos Ruiz, told KTLA": the name between commas after the phrase.
        if let (candidate, next) = parseForward(window, k), let v = verbAfter(window, next),
           // ("“About 40” homes are believed to have been lost, …": a passive's subject said nothing.)
           !(v >= 1 && SpeechCues.passiveAuxiliaries.contains(tokens[window[v - 1]].lower) && tokens[window[v]].lower.hasSuffix("ed")
             && !SpeechCues.perceptionVerbs.contains(tokens[window[v]].lower)) {
            // "“…,” the Herald quoted Ames as saying": the one quoted spoke, not the outlet.
            if let asAt = (v + 1..<min(window.count, v + 9)).first(where: { tokens[window[$0]].lower == "as" }), asAt + 1 < window.count,
               let quoted = objectQuoted(window, participleAt: asAt + 1) {
                return finish(quoted, verb: window[v], method: method ?? "said_after", confidence: 0.9)
            }
            if candidate.kind == .phrase, next < window.count, tokens[window[next]].lower == ",",
               let e = personAfterTitles(window, next + 1),
               let after = window.firstIndex(where: { tokens[$0].start >= e.end }), after < v, tokens[window[after]].lower == "," {
                return finish(entities.candidate(e), verb: window[v], method: method ?? "said_after", confidence: 0.9)
            }
            return finish(candidate, verb: window[v], method: method ?? "said_after", confidence: 0.95)
        }
        // "lead researcher and NASA planetary scientist Lucas Paganini said": roles, then the name.
        if let (candidate, next) = roleThenName(window, k), let v = verbAfter(window, next) {
            return finish(candidate, verb: window[v], method: method ?? "said_after", confidence: 0.9)
        }
        // "Sweden’s deputy director of public prosecutions, Eva-Marie Persson, said": a title, then the name between commas.
        var j = k
        while j + 1 < window.count, j - k < 14, !isVerb(window[j]), ![".", "?", "!", ";"].contains(tokens[window[j]].lower) {
            if tokens[window[j]].lower == ",", let e = entities.starting(at: tokens[window[j + 1]].start), e.label == "PERSON" {
                var m = j + 1
                while m + 1 < window.count, tokens[window[m + 1]].end <= e.end { m += 1 }
                if m + 2 < window.count, tokens[window[m + 1]].lower == ",", let v = verbAfter(window, m + 2) {
                    return finish(entities.candidate(e), verb: window[v], method: method ?? "said_after", confidence: 0.85)
                }
                break
            }
            j += 1
        }
        return nil
    }

    /// The person named after a verb and a few lower-case words of role:
    /// "said planetary geologist Rosaly Lopes", "says veteran industry analyst Ken Doctor".
    func personAfterRoles(_ window: [Int], _ verb: Int) -> Entity? {
        var j = verb + 1
        // Right after the verb a bare lemma is a modifier, not a second verb ("said state Sen.").
        // "tweeted the actor Tom Hanks": an article may open the roles.
        let article = j < window.count && ["the", "a", "an"].contains(tokens[window[j]].lower)
        if article { j += 1 }
        // "said Britain’s finance minister Rachel Reeves": a possessive name may open the roles.
        if j < window.count, let e = entities.starting(at: tokens[window[j]].start), e.label != "PERSON" {
            var m = j
            while m + 1 < window.count, tokens[window[m + 1]].start < e.end { m += 1 }
            if tokens[window[m]].possessive { j = m + 1 }
        }
        // "said Oakridge parent, Dana Whitfield", "said District 7 representative, Dr. Ann Lee": a school,
        // firm or district named before the role, which a comma may part from the name.
        var modifier = false
        if !article, j < window.count, tokens[window[j]].isCapitalized, !SpeechCues.functionWords.contains(tokens[window[j]].lower),
           entities.starting(at: tokens[window[j]].start)?.label != "PERSON" {
            var m = j
            while m < window.count, m - j < 4, tokens[window[m]].isWord, tokens[window[m]].isCapitalized
                    || m > j && tokens[window[m]].lower.allSatisfy(\.isNumber) {
                m += 1
            }
            // ("said Kingsport county councillor Colin Baird": small words may come before the role.)
            var r = m
            while r < window.count, r - m < 2, tokens[window[r]].isWord, !tokens[window[r]].isCapitalized,
                  !SpeechCues.isRoleWord(tokens[window[r]].lower), !SpeechCues.functionWords.contains(tokens[window[r]].lower),
                  !isVerb(window[r]) { r += 1 }
            if r < window.count, tokens[window[r]].isWord, !tokens[window[r]].isCapitalized, SpeechCues.isRoleWord(tokens[window[r]].lower) {
                j = m
                modifier = true
            }
        }
        let opening = j
        while j < window.count, j - opening < (article ? 4 : 5), tokens[window[j]].isWord {
            // "said charismatic UNIDADE leader Rafael Nunes Filho": a body's name among the roles.
            if tokens[window[j]].isCapitalized {
                guard j > opening, entities.starting(at: tokens[window[j]].start)?.label != "PERSON" else { break }
                var m = j
                if let e = entities.starting(at: tokens[window[j]].start) {
                    while m + 1 < window.count, tokens[window[m + 1]].end <= e.end { m += 1 }
                } else {
                    // ("veteran Labour MP": a party the entities stage read as part of the title.)
                    while m + 1 < window.count, m - j < 2, tokens[window[m + 1]].isCapitalized,
                          !SpeechCues.isRoleWord(tokens[window[m + 1]].lower), entities.starting(at: tokens[window[m + 1]].start) == nil { m += 1 }
                }
                // ("said veteran Labour MP Diane Abbott": the office after it may be capitalised.)
                guard m + 1 < window.count, tokens[window[m + 1]].isWord, SpeechCues.isRoleWord(tokens[window[m + 1]].lower) else { break }
                j = m + 1
                continue
            }
            guard !SpeechCues.functionWords.contains(tokens[window[j]].lower),
                  !isVerb(window[j]) || j == verb + 1 && SpeechCues.lemmas[tokens[window[j]].lower] != nil else { break }
            j += 1
        }
        // ("says The Westmarch University's Dr Nora Feld": a title right after the possessive.)
        let titleNext = j < window.count && j > verb + 1 && tokens[window[j - 1]].possessive
            && (SpeechCues.titleWords.contains(tokens[window[j]].lower) || SpeechCues.abbreviatedTitles.contains(tokens[window[j]].lower))
        guard j > opening || titleNext, j < window.count else { return nil }
        let comma = modifier && tokens[window[j]].lower == ","
        if comma { j += 1 }
        // "said state Sen. Maria Lopez": a capitalised title between the role and the name.
        var n = j
        while n < window.count, n - j < 4, entities.starting(at: tokens[window[n]].start) == nil,
              SpeechCues.titleWords.contains(tokens[window[n]].lower) || SpeechCues.abbreviatedTitles.contains(tokens[window[n]].lower)
                || tokens[window[n]].lower == "." && n > j {
            n += 1
        }
        guard n < window.count, let e = entities.starting(at: tokens[window[n]].start), e.label == "PERSON" else { return nil }
        // After a comma the name must close the clause ("…, Dana Whitfield." or "…, Dana Whitfield, who …").
        if comma {
            let after = window.firstIndex { tokens[$0].start >= e.end } ?? window.count
            guard after == window.count || [",", ".", "?", "!"].contains(tokens[window[after]].lower) || isVerb(window[after]) else { return nil }
        }
        return e
    }

    /// A person named after a few words of role ("company CEO Craig Bethune",
    /// "judge Inaba"), or a person and their team ("Paganini and his team").
    func roleThenName(_ window: [Int], _ k: Int) -> (SpeakerCandidate, Int)? {
        var j = k
        // (Steps, not tokens: a body's name of many words is one step.)
        var steps = 0
        while j < window.count, steps < 9 {
            steps += 1
            let t = tokens[window[j]]
            if let e = entities.starting(at: t.start), e.label == "PERSON" {
                var m = j
                while m + 1 < window.count, tokens[window[m + 1]].end <= e.end { m += 1 }
                // Only the name right before the verb speaks ("Goddard planetary scientist Ari Rendell said").
                if verbAfter(window, m + 1) != nil { return (entities.candidate(e), m + 1) }
                j = m + 1
                continue
            }
            // An organisation or place is a unit: its later words are no name the entities
            // stage missed ("the head of the Agency for Rural Development, Ann Lee, said").
            // (One right before the verb is who speaks: "the official account of the Lunar Relay Mission tweeted".)
            if let e = entities.starting(at: t.start), t.isCapitalized {
                while j + 1 < window.count, tokens[window[j + 1]].end <= e.end { j += 1 }
                j += 1
                var v = j
                while v < window.count, isBetweenWord(window[v]) { v += 1 }
                if v < window.count, isVerb(window[v]) { return (entities.candidate(e), j) }
                continue
            }
            // The period of an abbreviated title: "police spokesman Sgt. Tom Hale said"; a dot
            // inside a word: "iSeeCars.com analyst Kurt Holzer tells Axios".
            if t.lower == ".", j > k, SpeechCues.abbreviatedTitles.contains(tokens[window[j - 1]].lower)
                || j + 1 < window.count && tokens[window[j + 1]].start == t.end && tokens[window[j - 1]].end == t.start {
                j += 1
                continue
            }
            // A body's acronym in brackets after its name: "Rural Towns Association (RTA) president Jo Hale said".
            if j > k, isBodyAcronym(window, openingAt: j) {
                j += 3
                continue
            }
            // A comma between coordinated titles: "chairman, CEO and president Craig Menear said".
            if t.lower == ",", j > k, SpeechCues.titleWords.contains(tokens[window[j - 1]].lower), j + 1 < window.count,
               SpeechCues.titleWords.contains(tokens[window[j + 1]].lower) {
                j += 1
                continue
            }
            guard t.isWord || t.lower == "-", !isVerb(window[j]), !SpeechCues.clauseWords.contains(t.lower) || t.lower == "and",
                  !["he", "she", "they", "it"].contains(t.lower) else { return nil }
            // A title before a name is not part of it ("company CEO Craig Bethune said").
            if t.isCapitalized, SpeechCues.titleWords.contains(t.lower), j + 1 < window.count, tokens[window[j + 1]].isCapitalized {
                j += 1
                continue
            }
            // A two- or three-word name the entities stage missed, right before the verb.
            if j > k, t.isCapitalized, !tokens[window[j - 1]].isCapitalized || SpeechCues.titleWords.contains(tokens[window[j - 1]].lower) {
                var m = j
                while m + 1 < window.count, m - j < 2, tokens[window[m + 1]].isCapitalized, tokens[window[m + 1]].isWord { m += 1 }
                if m > j, verbAfter(window, m + 1) != nil {
                    let name = text(t.start..<tokens[window[m]].end)
                    var c = SpeakerCandidate(text: name, start: t.start, end: tokens[window[m]].end, kind: .name, canonical: name)
                    if let link = entities.link(name: name) { c.cluster = link.cluster; c.canonical = link.canonical }
                    return (c, m + 1)
                }
            }
            j += 1
        }
        return nil
    }

    /// `X said: “…”`, `X said, “…”`, `X told reporters: “…”`, `X's statement was blunt: “…”`.
    func adjacentBefore(_ window: [Int]) -> Attribution? {
        guard let last = window.last, [":", ",", "\u{2014}"].contains(tokens[last].lower) else { return nil }
        var clause = Array(window.dropLast())
        // "she said of the candidate (in a thickened drawl): “…”": a parenthesis before the mark is an aside.
        if let close = clause.last, tokens[close].lower == ")",
           let open = clause.lastIndex(where: { tokens[$0].lower == "(" }), clause.count - open <= 14 {
            clause.removeSubrange(open...)
        }
        // The reporting verb within the last few tokens before the mark.
        // ("later added in a video statement:": further back when a prepositional phrase follows the verb.)
        for back in 1...min(7, max(1, clause.count)) where clause.count >= back {
            let v = clause.count - back
            guard isVerb(clause[v]) else { continue }
            if back > 4, !["in", "on", "at", "during", "to", "via", "through", "with"].contains(tokens[clause[v + 1]].lower) { continue }
            // "the official report:", "his statement:": after a determiner or a possessive it is a noun.
            let nounBefore: (Int) -> Bool = { i in
                i >= 0 && (SpeechCues.determiners.contains(self.tokens[clause[i]].lower) || self.tokens[clause[i]].possessive
                           || ["his", "her", "their", "its"].contains(self.tokens[clause[i]].lower))
            }
            // Only a bare form can be that noun: "The family said:" is a subject and its verb.
            let bare = SpeechCues.lemmas[tokens[clause[v]].lower] != nil
            if nounBefore(v - 1) || bare && nounBefore(v - 2) && !isVerb(clause[v - 1]) { continue }
            if var s = speakerBefore(clause, verbAt: v) {
                // "A statement from the family said:": whoever issued it.
                if let from = clause.firstIndex(where: { tokens[$0].start == s.start }),
                   let issuer = documentIssuer(s, in: clause, from: from) { s = issuer }
                return finish(s, verb: clause[v], method: "said_before", confidence: 0.9)
            }
            // "told the BBC interviewer:": after a verb of telling or asking comes whom it was said to.
            if v + 1 < clause.count, !SpeechCues.addresseeVerbs.contains(tokens[clause[v]].lower), let (s, _) = parseForward(clause, v + 1) {
                return finish(s, verb: clause[v], method: "said_before", confidence: 0.85)
            }
        }
        // "SkyWest, which operated as American Eagle, issued a statement, “…”": whoever issued it.
        if let (s, v) = issuerOfStatement(clause, within: 1) {
            return finish(s, verb: clause[v], method: "said_before", confidence: 0.8)
        }
        guard tokens[last].lower == ":" else { return nil }
        // "Smith put it bluntly: “…”": "put" speaks with "it".
        if let put = clause.lastIndex(where: { tokens[$0].lower == "put" }), put + 1 < clause.count, tokens[clause[put + 1]].lower == "it",
           clause.count - put <= 4, let s = speakerBefore(clause, verbAt: put) {
            return finish(s, verb: clause[put], method: "said_before", confidence: 0.8)
        }
        // "For Smith, the answer is simple: “…”": the person the clause is for.
        if clause.count >= 3, tokens[clause[0]].lower == "for", let e = entities.starting(at: tokens[clause[1]].start),
           e.label == "PERSON" || e.label == "ORG", let after = clause.firstIndex(where: { tokens[$0].start >= e.end }),
           tokens[clause[after]].lower == "," {
            let t = tokens[last]
            return Attribution(speaker: entities.candidate(e), cue: (":", t.start, t.end), method: "colon_intro", confidence: 0.7)
        }
        // "… can share Mr. Truitt's judgment of the report: “…”": a statement owned by a name introduces its words.
        if let a = possessiveDocument(clause) {
            let t = tokens[last]
            return Attribution(speaker: a.speaker, cue: (":", t.start, t.end), method: "colon_intro", confidence: a.confidence)
        }
        // A colon introduction without a reporting verb: the clause's first person or organisation.
        var start = clause.count - 1
        while start > 0, tokens[clause[start - 1]].lower != "," { start -= 1 }
        // "…, telling his race engineer Peter Bonnington:": whoever tells, not the one told.
        if start >= 0, let tell = (start..<clause.count).first(where: { SpeechCues.addresseeVerbs.contains(tokens[clause[$0]].lower) }),
           let s = speakerBefore(clause, verbAt: tell) {
            return finish(s, verb: clause[tell], method: "said_before", confidence: 0.8)
        }
        for k in max(0, start)..<clause.count {
            if var e = entities.starting(at: tokens[clause[k]].start), e.label == "PERSON" || e.label == "ORG" {
                // "Celtics coach Joe Mazzulla was blunt:": a body before a role is the person's.
                if e.label == "ORG", let after = clause.firstIndex(where: { tokens[$0].start >= e.end }) {
                    var r = after
                    // ("Fianna Fail TD Niall Collins:": the rest of the body's name and a capitalised title too.)
                    while r < clause.count, r - after < 4, tokens[clause[r]].isWord,
                          entities.starting(at: tokens[clause[r]].start) == nil,
                          tokens[clause[r]].isCapitalized
                            || SpeechCues.sourceNounsWithPlurals.contains(tokens[clause[r]].lower) || SpeechCues.titleWords.contains(tokens[clause[r]].lower) {
                        r += 1
                    }
                    if r > after, r < clause.count, let p = entities.starting(at: tokens[clause[r]].start), p.label == "PERSON" { e = p }
                    // ("EU High Representative: “…”": the office alone before the colon is its holder,
                    // whom the text gave that title.)
                    else if r > after, r >= clause.count - 1, SpeechCues.titleWords.contains(tokens[clause[r - 1]].lower),
                            let p = titledPerson(clause[after..<r].map { tokens[$0].lower }.joined(separator: " "), before: tokens[clause[0]].start, reach: 12) { e = p }
                }
                let t = tokens[last]
                return Attribution(speaker: entities.candidate(e), cue: (":", t.start, t.end), method: "colon_intro", confidence: 0.8)
            }
        }
        // "Buckley, who phoned in from the set, had a similar experience: “…”": the person opening the sentence.
        if start > 0, let first = clause.first, let e = entities.starting(at: tokens[first].start), e.label == "PERSON",
           let comma = clause.firstIndex(where: { tokens[$0].lower == "," }), comma + 1 < clause.count,
           ["who", "whose"].contains(tokens[clause[comma + 1]].lower) {
            let t = tokens[last]
            return Attribution(speaker: entities.candidate(e), cue: (":", t.start, t.end), method: "colon_intro", confidence: 0.7)
        }
        // "She apologizes to her family …: “…”": a sentence whose subject is a pronoun;
        // "The senator, who faces re-election, was blunt: “…”": one that is a source phrase;
        // "Greg Henshaw, the chair of the Russell Group, posed the question: “…”": a person.
        if let s = sentenceSubject(clause, before: clause.count),
           s.kind == .pronoun && ["he", "she"].contains(s.text.lowercased()) || s.kind == .phrase && isSourcePhrase(s)
            || s.kind == .name && s.label == "PERSON",
           let (r, rule, certainty) = resolve(s) {
            let t = tokens[last]
            return Attribution(speaker: r, cue: (":", t.start, t.end), method: rule ?? "colon_intro", confidence: min(0.6, certainty))
        }
        return nil
    }

    /// Who puts out the statement (letter, release …) among the last `within` tokens of
    /// a clause: the subject of "issued", "released", "sent" a few words before it.
    /// Returns the speaker and the verb's index in `window`.
    func issuerOfStatement(_ window: [Int], within: Int) -> (SpeakerCandidate, Int)? {
        guard let d = window.lastIndex(where: { SpeechCues.documentNouns.contains(tokens[$0].lower) }), window.count - d <= within,
              let v = (max(0, d - 4)..<d).last(where: { SpeechCues.issuingVerbs.contains(tokens[window[$0]].lower) }),
              let s = speakerBefore(window, verbAt: v) else { return nil }
        return (s, v)
    }

    /// "The family", "the Smith family", "relatives": a group that speaks as one.
    func isGroupPhrase(_ c: SpeakerCandidate) -> Bool {
        guard c.kind == .phrase, let head = c.text.split(separator: " ").last?.lowercased() else { return false }
        return SpeechCues.groupNouns.contains(head)
    }

    /// A phrase headed by a noun for someone who speaks ("the senator", "his lawyer"),
    /// not by a document or a thing.
    func isSourcePhrase(_ c: SpeakerCandidate) -> Bool {
        guard let head = c.text.split(separator: " ").last?.lowercased() else { return false }
        return SpeechCues.sourceNounsWithPlurals.contains(head) && !SpeechCues.documentNouns.contains(head)
    }

    /// A speaker and verb later in the sentence: `“…” that …, Austin stated, while …`.
    func anywhereAfter(_ window: [Int]) -> Attribution? {
        guard window.count > 1 else { return nil }
        for k in 1..<window.count where tokens[window[k - 1]].lower == "," || tokens[window[k - 1]].lower == "\u{2014}" {
            if isVerb(window[k]), let (s, _) = parseForward(window, k + 1) {
                return finish(s, verb: window[k], method: "said_after", confidence: 0.8)
            }
            if let (s, next) = parseForward(window, k) ?? roleThenName(window, k), let v = verbAfter(window, next) {
                return finish(s, verb: window[v], method: "said_after", confidence: 0.8)
            }
        }
        return nil
    }

    /// `the “new Gannett,” as Reed dubbed the combination`; `“…,” as she put it`:
    /// an "as" clause right after the quote names who said it.
    func asClause(_ window: [Int]) -> Attribution? {
        var k = 0
        while k < window.count, [",", "\u{2014}", "("].contains(tokens[window[k]].lower) { k += 1 }
        guard k < window.count, tokens[window[k]].lower == "as", let (s, v, _) = asClauseParts(window, from: k) else { return nil }
        return finish(s, verb: window[v], method: "as_clause", confidence: 0.75)
    }

    /// `As one user put it, “…”`: an "as" clause that ends right before the
    /// quote, with nothing after its verb but punctuation, names who said it.
    func asClauseBefore(_ window: [Int]) -> Attribution? {
        guard let k = window.lastIndex(where: { tokens[$0].lower == "as" }),
              let (s, v, end) = asClauseParts(window, from: k),
              window[end...].allSatisfy({ [",", ":", "\u{2014}"].contains(tokens[$0].lower) }) else { return nil }
        return finish(s, verb: window[v], method: "as_clause", confidence: 0.75)
    }

    /// The speaker, the verb's place and the place after the clause of an "as"
    /// clause starting at `k`, when its verb reports speech.
    private func asClauseParts(_ window: [Int], from k: Int) -> (SpeakerCandidate, Int, Int)? {
        guard k + 2 < window.count, let (s, next) = parseForward(window, k + 1), next < window.count else { return nil }
        if let v = verbAfter(window, next), isVerb(window[v], strongOnly: true) { return (s, v, v + 1) }
        // "as he put it": "put" speaks only with "it".
        var v = next
        while v < window.count, isBetweenWord(window[v]) { v += 1 }
        if v + 1 < window.count, tokens[window[v]].lower == "put", tokens[window[v + 1]].lower == "it" { return (s, v, v + 2) }
        return nil
    }

    /// The subject of the nearest reporting verb before a partial quote:
    /// `Kim called this a “high possibility”`. A verb form used as a noun ("the
    /// call", "Trump’s call") is passed over; a relative pronoun as subject
    /// ("an officer who described") leaves the speaker unknown.
    func subjectOfVerb(before window: [Int]) -> Attribution? {
        // "the premier was asked by Mark Doyle if he had explained why “going it alone” …":
        // the question asked, whatever verbs it holds, is the asker's.
        if let q = window.lastIndex(where: { ["if", "whether", "why", "how", "what"].contains(tokens[$0].lower) }),
           let v = window[..<q].lastIndex(where: { SpeechCues.questioningVerbs.contains(tokens[$0].lower) }),
           let a = passiveAgent(window, verbAt: v) {
            return a
        }
        // "South Korea’s Joint Chiefs issued a statement that the launch “failed”": whoever issued it.
        if let that = window.lastIndex(where: { ["that", "saying"].contains(tokens[$0].lower) }),
           let (s, v) = issuerOfStatement(Array(window[..<that]), within: 1) {
            return finish(s, verb: window[v], method: "partial_subject", confidence: 0.7)
        }
        // "Mr. Ames was adamant on Monday that “…”": a stance its subject took in words.
        if let that = window.lastIndex(where: { tokens[$0].lower == "that" }),
           let a = window[..<that].lastIndex(where: { SpeechCues.stanceAdjectives.contains(tokens[$0].lower) }), that - a <= 8, a >= 1,
           ["was", "is", "were", "are", "remained", "remains"].contains(tokens[window[a - 1]].lower),
           !window[a..<that].contains(where: { isVerb($0) }),
           let s = sentenceSubject(window, before: a - 1), s.kind != .pronoun || ["he", "she", "they", "we", "i"].contains(s.text.lowercased()) {
            return finish(s, verb: window[a], method: "partial_subject", confidence: 0.7)
        }
        var v = window.count - 1
        while v >= 0 {
            defer { v -= 1 }
            guard isVerb(window[v], strongOnly: true) else { continue }
            if v > 0 {
                let p = tokens[window[v - 1]]
                let bare = SpeechCues.lemmas[tokens[window[v]].lower] != nil
                let determiner = ["the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "my", "all", "some",
                                  "many", "both", "several", "few", "other"].contains(p.lower)
                if p.possessive || (bare && determiner) { continue }
                // "an investor conference call": a bare lemma after a singular noun is a compound noun.
                if bare, p.isWord, !p.isCapitalized, !p.lower.hasSuffix("s"), !SpeechCues.subjectsBeforeBareVerb.contains(p.lower),
                   !SpeechCues.functionWords.contains(p.lower), !isBetweenWord(window[v - 1]) { continue }
                // "told cheering teachers": a participle between a verb and its object is an adjective.
                if tokens[window[v]].lower.hasSuffix("ing"), isVerb(window[v - 1]) || determiner { continue }
                // "Trump said he had watched … and slammed": the coordinated verb shares the subject;
                // so does an infinitive ("Kejriwal turned to Twitter to describe his city as …").
                // "allowed Mosseri to claim": after a name, "to" makes that name the subject.
                if p.lower == "to", v >= 2, let e = entities.ending(at: tokens[window[v - 2]].end), e.label == "PERSON" || e.label == "ORG" {
                    return finish(entities.candidate(e), verb: window[v], method: "partial_subject", confidence: 0.7)
                }
                // The window may start after an earlier quote of the sentence, so
                // the subject is looked for in the whole sentence.
                if ["and", "but", "then", "to"].contains(p.lower) {
                    let sentence = sentenceTokens(of: window[v])
                    if let end = sentence.firstIndex(of: window[v - 1]), let s = sentenceSubject(sentence, before: end) {
                        return finish(s, verb: window[v], method: "partial_subject", confidence: 0.7)
                    }
                }
            }
            var k = v - 1
            while k >= 0, isBetweenWord(window[k]) { k -= 1 }
            if k >= 0, ["who", "which", "that"].contains(tokens[window[k]].lower) {
                // "Smith, who called the plan “a disaster,”": the name the relative clause hangs on.
                if k >= 2, tokens[window[k]].lower != "that", tokens[window[k - 1]].lower == ",",
                   let e = entities.ending(at: tokens[window[k - 2]].end), e.label == "PERSON" || e.label == "ORG" {
                    return finish(entities.candidate(e), verb: window[v], method: "partial_subject", confidence: 0.75)
                }
                // "announced by federal minister Mark Dale who spoke of “…”": "who" right after a person's name.
                if k >= 1, tokens[window[k]].lower == "who", let e = entities.ending(at: tokens[window[k - 1]].end), e.label == "PERSON" {
                    return finish(entities.candidate(e), verb: window[v], method: "partial_subject", confidence: 0.7)
                }
                return nil
            }
            // "the mayor was urged by Councillor Ann Brady to end the “shambles”": the agent of a
            // passive reporting verb speaks.
            if let a = passiveAgent(window, verbAt: v) { return a }
            // "X expressed hopes for progress in the Gulf crisis, saying they have “…”": a participle
            // after a comma belongs to the sentence's subject, not to the words before the comma.
            // ("reacted to the news by saying the only way to “…”": so does one after "by".)
            if tokens[window[v]].lower.hasSuffix("ing"), v >= 1, [",", "by"].contains(tokens[window[v - 1]].lower) {
                let sentence = sentenceTokens(of: window[v])
                if let at = sentence.firstIndex(of: window[v]), let s = sentenceSubject(sentence, before: at), s.kind != .phrase {
                    return finish(s, verb: window[v], method: "partial_subject", confidence: 0.75)
                }
            }
            guard var s = speakerBefore(window, verbAt: v) else { continue }
            // "X issued a statement warning that …": the statement speaks for X.
            if s.kind == .phrase, let head = s.text.split(separator: " ").last?.lowercased(), SpeechCues.documentNouns.contains(head),
               let start = window.firstIndex(where: { tokens[$0].start == s.start }), start >= 2,
               tokens[window[start - 1]].isWord, let issuer = speakerBefore(window, verbAt: start - 1) {
                s = issuer
            }
            return finish(s, verb: window[v], method: "partial_subject", confidence: 0.8)
        }
        return nil
    }

    /// Whether `window[o]` opens "(ACR)" right after an organisation's name: "Rural Towns
    /// Association (RTA)". Speaker phrases read past it, forwards and backwards.
    func isBodyAcronym(_ window: [Int], openingAt o: Int) -> Bool {
        o >= 1 && o + 2 < window.count && tokens[window[o]].lower == "(" && tokens[window[o + 2]].lower == ")"
            && tokens[window[o + 1]].isCapitalized && entities.ending(at: tokens[window[o - 1]].end)?.label == "ORG"
    }

    /// The agent of a passive reporting verb at `v`: "was asked by Mark Doyle".
    func passiveAgent(_ window: [Int], verbAt v: Int) -> Attribution? {
        guard v >= 1, v + 2 < window.count,
              SpeechCues.passiveSpeechVerbs.contains(tokens[window[v]].lower) || SpeechCues.questioningVerbs.contains(tokens[window[v]].lower),
              SpeechCues.passiveAuxiliaries.contains(tokens[window[v - 1]].lower), tokens[window[v + 1]].lower == "by",
              let agent = personAfterRoles(window, v + 1).map({ entities.candidate($0) }) ?? parseForward(window, v + 2)?.0,
              agent.kind != .pronoun else { return nil }
        return finish(agent, verb: window[v], method: "partial_subject", confidence: 0.7)
    }

    /// The latest person, in the last thirty sentences before `offset`, whose name
    /// follows the title or role word: "Mayor Bill Hanley", "Dr. Jane Roe",
    /// "niece Celeste Newton", "wife, Lisa,".
    func titledPerson(_ title: String, before offset: Int, reach: Int = 1) -> Entity? {
        let words = title.split(separator: " ").map(String.init)
        let sentence = sentenceIndex(of: offset)
        for e in entities.mentioned(before: offset) where e.end <= offset {
            if sentence - sentenceIndex(of: e.start) > 30 { break }
            guard e.label == "PERSON" else { continue }
            let t = firstToken(atOrAfter: e.start)
            var p = t - 1
            if p >= 0, [".", ","].contains(tokens[p].lower) { p -= 1 }
            // "Prime Minister Boris Johnson": every word of the title, in order, right before the name
            // (or ending within `reach` words of it: "High Representative for Foreign Affairs Jan Novak").
            let nearest = p
            while p - words.count + 1 >= 0, nearest - p < reach, tokens[p].sentence == tokens[t].sentence {
                if (0..<words.count).allSatisfy({ tokens[p - words.count + 1 + $0].lower == words[$0] }) { return e }
                p -= 1
            }
        }
        return nil
    }

    /// The people described with a noun, nearest first, and the tokens that describe them:
    /// an appositive after the name ("Idrissa Kone, the senior official of the UN's food
    /// agency" for "the UN official") or the words right before it ("UN official Idrissa Kone").
    func descriptions(of noun: String, before offset: Int) -> [(Entity, [Int])] {
        let sentence = sentenceIndex(of: offset)
        var found: [(Entity, [Int])] = []
        for e in entities.mentioned(before: offset) where e.end <= offset {
            if sentence - sentenceIndex(of: e.start) > 12 { break }
            guard e.label == "PERSON" else { continue }
            let first = firstToken(atOrAfter: e.start)
            var last = first
            while last + 1 < tokens.count, tokens[last + 1].end <= e.end { last += 1 }
            var described: [Int] = []
            // After: ", the … official …" up to the appositive's end.
            if last + 2 < tokens.count, tokens[last + 1].lower == ",", SpeechCues.determiners.contains(tokens[last + 2].lower) {
                var k = last + 3
                while k < tokens.count, k - last < 14, tokens[k].sentence == tokens[last].sentence, ![",", ".", ")", ";"].contains(tokens[k].lower) {
                    described.append(k)
                    k += 1
                }
            }
            // Before: "UN official Idrissa Kone": the noun right before the name, and its modifiers.
            if first >= 1, tokens[first - 1].lower == noun, tokens[first - 1].sentence == tokens[first].sentence {
                var k = first - 1
                while k >= 0, first - k <= 4, tokens[k].isWord, tokens[k].sentence == tokens[first].sentence,
                      !SpeechCues.functionWords.contains(tokens[k].lower), k == first - 1 || !isVerb(k) {
                    described.append(k)
                    k -= 1
                }
            }
            if described.contains(where: { tokens[$0].lower == noun }) { found.append((e, described)) }
        }
        return found
    }

    /// Whether a person described with the epithet's noun is set apart from it by a
    /// nationality or group: "Russian ambassador Vassily Petrov" is not "the Ukrainian ambassador".
    func describedOtherwise(_ e: Entity, epithet c: SpeakerCandidate, among descriptions: [(Entity, [Int])]) -> Bool {
        func groups(_ indices: [Int]) -> Set<String> {
            Set(indices.compactMap { k in entities.starting(at: tokens[k].start).flatMap { $0.label == "NORP" ? $0.text.lowercased() : nil } })
        }
        let own = groups(Array(tokenRange(c.start..<c.end)))
        guard !own.isEmpty else { return false }
        return descriptions.contains { d, described in
            (d.cluster != nil ? d.cluster == e.cluster : d.start == e.start) && !groups(described).isEmpty && groups(described).isDisjoint(with: own)
        }
    }

    /// The subject of a weak verb or a verb of judging among the last words
    /// before a partial quote ("finds this remark", "deemed the plan"), when
    /// no reporting verb follows it; only a named speaker counts.
    func complementSubject(_ window: [Int]) -> Attribution? {
        guard let v = window.indices.suffix(5).last(where: {
            let w = tokens[window[$0]].lower
            return SpeechCues.weakForms.contains(w) || SpeechCues.judgingVerbs.contains(w)
        }), !window.indices[(v + 1)...].contains(where: { i in
            // "this remark", "the statement": after a determiner a reporting word is a noun.
            isVerb(window[i], strongOnly: true) && !SpeechCues.determiners.contains(tokens[window[i - 1]].lower)
        }),
              let s = speakerBefore(window, verbAt: v),
              s.kind == .name || s.kind == .pronoun && ["he", "she"].contains(s.text.lowercased()) else { return nil }
        return finish(s, verb: window[v], method: "partial_subject", confidence: 0.6)
    }

    /// The name a relative clause hangs on, when the clause's reporting verb
    /// is the last one before the quote: "Meese, who called the action “…”".
    func relativeClauseSpeaker(_ window: [Int]) -> Attribution? {
        guard let v = window.lastIndex(where: { isVerb($0, strongOnly: true) }) else { return nil }
        var k = v - 1
        while k >= 0, isBetweenWord(window[k]) { k -= 1 }
        guard k >= 2, tokens[window[k]].lower == "who", tokens[window[k - 1]].lower == ",",
              let e = entities.ending(at: tokens[window[k - 2]].end), e.label == "PERSON" || e.label == "ORG" else { return nil }
        return finish(entities.candidate(e), verb: window[v], method: "partial_subject", confidence: 0.75)
    }

    /// `Mr. Trump’s Oct. 11 announcement that they had reached a “historic”
    /// deal`: a statement, tweet or announcement owned by a name speaks for it.
    func possessiveDocument(_ window: [Int]) -> Attribution? {
        guard let d = documentOwner(window) else { return nil }
        // The entity holding the possessive word: "Trump’s", "Lloyd Austin’s", "the Pentagon’s".
        guard let e = entities.mentioned(before: tokens[window[d]].start + 1).first(where: { $0.end > tokens[window[d]].start }),
              e.label == "PERSON" || e.label == "ORG", let (r, _, certainty) = resolve(entities.candidate(e)) else { return nil }
        return Attribution(speaker: r, cue: nil, method: "partial_subject", confidence: min(0.7, certainty))
    }

    /// The index in `window` of the possessive that owns the last statement-like
    /// noun before the quote ("Trump’s … announcement"), if any.
    func documentOwner(_ window: [Int]) -> Int? {
        guard let n = window.lastIndex(where: { SpeechCues.documentNouns.contains(tokens[$0].lower) || SpeechCues.statementNouns.contains(tokens[$0].lower) })
        else { return nil }
        // Nothing between the noun and the quote may speak of its own.
        if window[(n + 1)...].contains(where: { isVerb($0, strongOnly: true) }) { return nil }
        var p = n - 1
        while p >= 0, n - p <= 5 {
            if tokens[window[p]].possessive { return p }
            p -= 1
        }
        return nil
    }

    /// `Lewis Ward sees Stadia's lineup as its “Achilles heel.”`: a verb of
    /// judging with "as" right before the quote gives its subject's words.
    func viewsAs(_ window: [Int]) -> Attribution? {
        guard let asAt = window.lastIndex(where: { tokens[$0].lower == "as" }), window.count - asAt <= 3 else { return nil }
        // Only a determiner or a possessive between "as" and the quote.
        for i in window[(asAt + 1)...] where !SpeechCues.determiners.contains(tokens[i].lower) && !["its", "his", "her", "their"].contains(tokens[i].lower) {
            return nil
        }
        var v = asAt - 1
        while v >= 0, asAt - v <= 8, !SpeechCues.judgingVerbs.contains(tokens[window[v]].lower) {
            if [".", ";", ":"].contains(tokens[window[v]].lower) || isVerb(window[v], strongOnly: true) { return nil }
            v -= 1
        }
        guard v >= 1, SpeechCues.judgingVerbs.contains(tokens[window[v]].lower), let s = speakerBefore(window, verbAt: v) else { return nil }
        return finish(s, verb: window[v], method: "partial_subject", confidence: 0.7)
    }

    /// `according to X` in the same sentence.
    func accordingTo(_ window: [Int]) -> Attribution? {
        guard window.count > 2 else { return nil }
        for k in 0..<(window.count - 2) {
            // "according to X" and "in the words of X"
            let cueEnd: Int
            if tokens[window[k]].lower == "according" && tokens[window[k + 1]].lower == "to" {
                cueEnd = k + 1
            } else if k + 3 < window.count, tokens[window[k]].lower == "in", tokens[window[k + 1]].lower == "the",
                      tokens[window[k + 2]].lower == "words", tokens[window[k + 3]].lower == "of" {
                cueEnd = k + 3
            } else {
                continue
            }
            if var (s, _) = parseForward(window, cueEnd + 1) {
                // "according to a statement from the ministry": the document speaks for who issued it.
                if let issuer = documentIssuer(s, in: window, from: cueEnd + 1) { s = issuer }
                // "Jane Roe was “deeply saddened,” according to a statement": a statement
                // nobody is said to have issued is the clause subject's.
                if s.kind == .phrase, let head = s.text.split(separator: " ").last?.lowercased(), SpeechCues.documentNouns.contains(head),
                   s.text.split(separator: " ").count == 2, ["a", "an", "the"].contains(s.text.split(separator: " ")[0].lowercased()),
                   let subject = sentenceSubject(window, before: k),
                   subject.kind == .name, subject.label == "PERSON" || subject.label == "ORG" {
                    s = subject
                }
                let a = tokens[window[k]], b = tokens[window[cueEnd]]
                guard let resolved = resolve(s) else { continue }
                return Attribution(speaker: resolved.0, cue: (cueEnd == k + 1 ? "according to" : "in the words of", a.start, b.end),
                                   method: resolved.1 ?? "according_to", confidence: min(0.85, resolved.2))
            }
        }
        return nil
    }

    /// A quote with no attribution of its own, following an attributed one in
    /// the same paragraph, or opening a paragraph after one, has the same speaker.
    func carryOver(_ found: Found, previous: ArraySlice<Found>) -> Attribution? {
        guard let last = previous.last(where: { $0.kind != .mention && !$0.span.nested }),
              let a = last.attribution, last.span.outer.upperBound <= found.span.outer.lowerBound else { return nil }
        // “Fund our schools,” and “Put kids first,”: a partial quote joined to the one before.
        let joined = tokenRange(between(last.span.outer, found.span.outer))
            .allSatisfy { [",", "and", "or", "then"].contains(tokens[$0].lower) }
        let sameSentence = tokens.isEmpty ? false : sentenceIndex(of: last.span.outer.lowerBound) == sentenceIndex(of: found.span.outer.lowerBound)
        guard found.kind == .direct || found.kind == .multiParagraph || joined || sameSentence else { return nil }
        let p = paragraphIndex(of: found.span.outer.lowerBound)
        let lastParagraph = paragraphIndex(of: last.span.outer.lowerBound)
        let startsParagraph = before(found.span).isEmpty && found.span.outer.lowerBound <= paragraphs[p].lowerBound + 1
        guard p == lastParagraph || (p == lastParagraph + 1 && startsParagraph) else { return nil }
        if p == lastParagraph + 1, let answer = answer(found, after: last, previous: previous) { return answer }
        // Nobody else may be named between the two quotes, except in the sentence that names
        // the speaker, after the speaker: “…,” said Esaw Garner, widow of Eric Garner. “…”
        let gap = tokenRange(between(last.span.outer, found.span.outer))
        let speakerSentence = a.speaker.start >= last.span.outer.upperBound ? sentenceIndex(of: a.speaker.start) : -1
        for i in gap where !tokens[i].quoted {
            if let e = entities.starting(at: tokens[i].start), e.label == "PERSON", e.cluster != a.speaker.cluster || e.cluster == nil,
               e.start != a.speaker.start, !(e.start > a.speaker.start && sentenceIndex(of: e.start) == speakerSentence) {
                return nil
            }
        }
        return Attribution(speaker: a.speaker, cue: nil, method: "carry_over", confidence: 0.75)
    }

    /// A quote-only paragraph after a question is the answer of the person the
    /// asker is talking with: “Do you dispute that?” Alito asked. ¶ “There can
    /// be a very minimal risk …” is Prelogar's, who spoke just before him.
    func answer(_ found: Found, after question: Found, previous: ArraySlice<Found>) -> Attribution? {
        guard let asker = question.attribution, asker.speaker.cluster != nil, asker.speaker.label != "ORG",
              !found.span.content.isEmpty, question.span.content.upperBound > question.span.content.lowerBound,
              scalars[question.span.content.upperBound - 1] == "?",
              before(found.span).isEmpty, after(found.span).filter({ tokens[$0].isWord }).isEmpty else { return nil }
        let p = paragraphIndex(of: question.span.outer.lowerBound)
        // The other speaker of the exchange: the last quote before the question's
        // paragraph, at most three paragraphs back, by another person.
        for earlier in previous.reversed() where earlier.kind != .mention && !earlier.span.nested {
            let q = paragraphIndex(of: earlier.span.outer.lowerBound)
            if q == p { continue }
            guard p - q <= 3, let other = earlier.attribution else { return nil }
            guard other.speaker.label != "ORG", let c = other.speaker.cluster, c != asker.speaker.cluster else { return nil }
            return Attribution(speaker: other.speaker, cue: nil, method: "answer", confidence: 0.6)
        }
        return nil
    }

    /// The sentence just before the quote reports someone's speech ("Sometimes
    /// employees don't follow the rules, he said.") or names one person; for a
    /// quote that fills its paragraph, the last sentence of the paragraph before.
    func previousSentence(_ span: QuotedSpan) -> Attribution? {
        let s = sentenceIndex(of: span.outer.lowerBound)
        guard s > 0 else { return nil }
        let p = paragraphIndex(of: span.outer.lowerBound)
        let samePara = paragraphIndex(of: sentences[s - 1].lowerBound) == p
        let fillsParagraph = before(span).isEmpty && after(span).filter { tokens[$0].isWord }.isEmpty
        guard samePara || (fillsParagraph && paragraphIndex(of: sentences[s - 1].lowerBound) == p - 1) else { return nil }
        let window = Array(tokenRange(sentences[s - 1])).filter { !tokens[$0].quoted }
        let method = samePara ? "previous_sentence" : "previous_paragraph"
        // "A former business partner stated in their testimony," ¶ “…”: a paragraph
        // that ends on a comma or colon introduces the quote, whoever it names.
        let introduces = !samePara && window.last.map { [",", ":"].contains(tokens[$0].lower) } == true
        // ("The family … said they plan to speak about Erin's life. “…”": a group or a source
        // that speaks in the sentence before goes on speaking, whoever else it names.)
        // ("She also wanted the voters to know that …" ¶ “…”: wanting someone to know is telling them.)
        // ("The President also touched on the suffering in the city." ¶ “…”: so does speaking of a topic.)
        let wantsKnown = window.indices.filter { v in
            ["wanted", "wants", "want"].contains(tokens[window[v]].lower)
                && window[(v + 1)...].prefix(6).contains { tokens[$0].lower == "know" && $0 > 0 && tokens[$0 - 1].lower == "to" }
                || !samePara && ["touched", "reflected"].contains(tokens[window[v]].lower) && v + 1 < window.count
                && tokens[window[v + 1]].lower == "on"
        }
        for v in window.indices where isVerb(window[v], strongOnly: true) || wantsKnown.contains(v) {
            // ("The 28-year-old explained that …": an age epithet speaks on too.)
            if let c = speakerBefore(window, verbAt: v),
               c.kind != .phrase || introduces || isSourcePhrase(c) || isGroupPhrase(c) || c.text.lowercased().hasSuffix("-year-old"),
               let (r, rule, certainty) = resolve(c) {
                return Attribution(speaker: r, cue: nil, method: c.kind == .phrase ? (rule ?? method) : method, confidence: min(0.6, certainty))
            }
        }
        // "…, according to Austin O’Hara, the director of the council." ¶ “…”: the person the
        // sentence before cited.
        if !samePara, let k = window.indices.dropLast().first(where: { tokens[window[$0]].lower == "according" && tokens[window[$0 + 1]].lower == "to" }),
           let (c, _) = parseForward(window, k + 2), c.kind == .name, c.label == "PERSON" || entities.starting(at: c.start)?.label == "PERSON",
           let (r, rule, certainty) = resolve(c) {
            return Attribution(speaker: r, cue: nil, method: rule ?? method, confidence: min(0.55, certainty))
        }
        // "Family members issued the following statement to KING 5:" ¶ “…”: whoever issued it.
        if introduces, let (c, _) = issuerOfStatement(window, within: 9), let (r, rule, certainty) = resolve(c) {
            return Attribution(speaker: r, cue: nil, method: c.kind == .phrase ? (rule ?? method) : method, confidence: min(0.6, certainty))
        }
        // "Bilodeau President Gerald Bollard addressed the announcement in a news release:" ¶ “…”:
        // the introducing sentence's subject, whoever else it names.
        if introduces, let c = sentenceSubject(window, before: window.count), c.kind == .name, c.label == "PERSON",
           let (r, rule, certainty) = resolve(c) {
            return Attribution(speaker: r, cue: nil, method: rule ?? method, confidence: min(0.6, certainty))
        }
        var people: [Entity] = []
        for i in window {
            if let e = entities.starting(at: tokens[i].start), e.label == "PERSON" { people.append(e) }
        }
        // ("Clint Aikens joined his friends to catch the Neil Bilby Band" ¶ “…”: the one subject among them.)
        let subjects = people.filter { isSubject(tokenAt: firstToken(atOrAfter: $0.start)) }
        if !samePara, subjects.count == 1, let e = subjects.first, e.start == people.first?.start {
            return Attribution(speaker: entities.candidate(e), cue: nil, method: method, confidence: 0.5)
        }
        let clusters = Set(people.map { $0.cluster ?? -$0.start - 1 })
        guard clusters.count == 1, let e = people.first else { return nil }
        // Across a paragraph break only the subject of the sentence before speaks on:
        // "Maria Lopez has lived on the street for 40 years." ¶ "I have never seen anything like this."
        if !samePara && !isSubject(tokenAt: firstToken(atOrAfter: e.start)) { return nil }
        return Attribution(speaker: entities.candidate(e), cue: nil, method: method, confidence: samePara ? 0.55 : 0.5)
    }

    // MARK: - Speakers

    /// The verb after a speaker, skipping auxiliaries, adverbs and an
    /// appositive ("Geoffrey Berman, the U.S. attorney, said").
    func verbAfter(_ window: [Int], _ k: Int) -> Int? {
        var j = k
        if j < window.count, tokens[window[j]].lower == "," {
            // The appositive may hold commas of its own ("a fellow at the
            // Institute in Munich, Germany, and co-author of the study, said"):
            // the verb follows the first comma that a verb follows.
            var m = j + 1
            var verbAt: Int?
            // "the official, who spoke on condition of anonymity, said": a relative clause may hold verbs of its own.
            let relativeClause = m < window.count && ["who", "which", "whose", "whom"].contains(tokens[window[m]].lower)
            while m < window.count, m - j < 40 {
                if tokens[window[m]].lower == "," {
                    var q = m + 1
                    var skipped = 0
                    while q < window.count, skipped <= 3, isBetweenWord(window[q]) {
                        q += 1
                        skipped += 1
                    }
                    if q < window.count, isVerb(window[q]) {
                        verbAt = q
                        break
                    }
                } else if isVerb(window[m], strongOnly: true) && !relativeClause {
                    // "Kurinji Selvaraj, a research analyst at the … think tank told CBS News": an
                    // appositive whose closing comma is missing, not a relative clause.
                    // ("Cesar Wheeler, director of public data at YouGov said": a bare role opens one too.)
                    // ("Ravank Poddarik, President, Passenger Vehicle Business Unit, Tata Motors said": a capitalised title too.)
                    let opened = j + 1 < window.count && (["a", "an", "the"].contains(tokens[window[j + 1]].lower)
                        || !tokens[window[j + 1]].isCapitalized && SpeechCues.sourceNounsWithPlurals.contains(tokens[window[j + 1]].lower)
                        || SpeechCues.titleWords.contains(tokens[window[j + 1]].lower)
                            && (!tokens[window[j + 1]].isCapitalized || j + 2 < window.count && tokens[window[j + 2]].lower == ","))
                    let relative = window[(j + 1)..<m].contains { ["who", "which", "that", "whose", "whom"].contains(tokens[$0].lower) }
                    let past = ["told", "said", "says", "tells", "added", "adds", "wrote", "writes"].contains(tokens[window[m]].lower)
                    return opened && !relative && past && m - j <= 16 ? m : nil
                }
                m += 1
            }
            return verbAt
        }
        // "Sen. Elizabeth Warren (D-Mass.) tweeted": a parenthesis between name and verb.
        if j < window.count, tokens[window[j]].lower == "(",
           let close = window[j...].prefix(10).firstIndex(where: { tokens[$0].lower == ")" }) {
            j = close + 1
        }
        // "Glover -- a Pomona native -- said": an appositive between dashes, with no verb of its own.
        let dashes: Set<String> = ["\u{2014}", "\u{2013}", "-", "--"]
        if j < window.count, dashes.contains(tokens[window[j]].lower) {
            var o = j
            while o < window.count, dashes.contains(tokens[window[o]].lower) { o += 1 }
            if let close = window[o...].prefix(16).firstIndex(where: { dashes.contains(tokens[$0].lower) }), close > o,
               !window[o..<close].contains(where: { isVerb($0, strongOnly: true) || !tokens[$0].isWord && tokens[$0].lower != "," }) {
                j = close
                while j < window.count, dashes.contains(tokens[window[j]].lower) { j += 1 }
            }
        }
        // "Patrol Chief James Hall with the New York Police Department said": the
        // speaker's organisation after "with", "of" or "at" belongs to the speaker.
        if j + 1 < window.count, ["with", "of", "at", "from"].contains(tokens[window[j]].lower) {
            var o = j + 1
            if ["the", "a", "an"].contains(tokens[window[o]].lower) { o += 1 }
            if o < window.count, let e = entities.starting(at: tokens[window[o]].start), e.label == "ORG" || e.label == "LOC",
               let after = window[o...].firstIndex(where: { tokens[$0].start >= e.end }) {
                j = after
            }
        }
        var skipped = 0
        while j < window.count, skipped <= 3, isBetweenWord(window[j]) {
            j += 1
            skipped += 1
        }
        guard j < window.count, isVerb(window[j]) else { return nil }
        // "…really.” England finished the opening day at 6 for 255": after a quote that ends its
        // sentence, a weak verb with an object is a sentence of its own, no reporting clause
        // ("…,” Morales emailed his employees" is one).
        let first = window[0]
        let closedSentence = first >= 2 && [".", "?", "!"].contains(tokens[first - 2].lower) && !tokens[first - 1].isWord
        if closedSentence, !isVerb(window[j], strongOnly: true), j + 1 < window.count,
           SpeechCues.determiners.contains(tokens[window[j + 1]].lower) || SpeechCues.possessivePronouns.contains(tokens[window[j + 1]].lower) {
            return nil
        }
        return j
    }

    /// Auxiliaries and adverbs allowed between a speaker and the verb.
    func isBetweenWord(_ i: Int) -> Bool {
        let w = tokens[i].lower
        // An adverb in -ly ("quietly"), but not a noun that ends so ("The family said", "the assembly voted").
        if SpeechCues.betweenSpeakerAndVerb.contains(w)
            || tokens[i].isWord && !tokens[i].isCapitalized && w.count > 4 && w.hasSuffix("ly") && !SpeechCues.nounsInLy.contains(w) { return true }
        // "our teacher used to say", "he went on to say": a verb of habit or effort, "on", then "to".
        if w == "to" { return i > 0 && (SpeechCues.catenatives.contains(tokens[i - 1].lower) || tokens[i - 1].lower == "on") }
        if w == "on" { return i > 0 && i + 1 < tokens.count && ["went", "goes"].contains(tokens[i - 1].lower) && tokens[i + 1].lower == "to" }
        guard SpeechCues.catenatives.contains(w), i + 1 < tokens.count else { return false }
        return tokens[i + 1].lower == "to" || tokens[i + 1].lower == "on" && ["went", "goes"].contains(w)
    }

    /// The speaker that ends right before the verb at `v`: auxiliaries,
    /// adverbs and a parenthesis between commas are skipped ("Netanyahu,
    /// however, said"; "McCormick, who has split from …, told"). After a comma
    /// a participle ("…, saying") belongs to the sentence's subject.
    ///
    /// A window that a quote cuts inside its sentence ("Mike Crapo, who voted “yes” on the
    /// bill, posted …"; "Trump attacked the hosts of “Morning Joe,” …, writing") may have
    /// lost the subject: failing there, the whole sentence is read.
    func speakerBefore(_ window: [Int], verbAt v: Int) -> SpeakerCandidate? {
        if let quoted = objectQuoted(window, participleAt: v) { return quoted }
        if let found = speakerBeforeInWindow(window, verbAt: v) { return found }
        guard let first = window.first, tokens[first].sentence == tokens[window[v]].sentence else { return nil }
        let sentence = sentenceTokens(of: window[v])
        // (Only where a quote cut it: the sentence's own words before the window are not all there.)
        guard let opening = sentence.first, opening < first, (opening..<first).contains(where: { tokens[$0].quoted }),
              let at = sentence.firstIndex(of: window[v]) else { return nil }
        // (A participle belongs to the sentence's subject, whatever clause the quote ended.)
        if tokens[window[v]].lower.hasSuffix("ing") { return sentenceSubject(sentence, before: at) }
        return speakerBeforeInWindow(sentence, verbAt: at)
    }

    /// A lower-case verb in the past that acts on its object without perceiving it:
    /// "attacked", "criticised", "blamed"; not "heard", "showed".
    func isPastTransitive(_ i: Int) -> Bool {
        let t = tokens[i]
        return t.isWord && !t.isCapitalized && t.lower.count > 4 && t.lower.hasSuffix("ed")
            && !SpeechCues.perceptionVerbs.contains(t.lower) && !SpeechCues.passiveAuxiliaries.contains(t.lower)
    }

    /// "State television quoted an official as saying", "the agency quoted a police
    /// officer denying it, saying": the one quoted is the participle's subject, not the
    /// outlet that quoted them.
    func objectQuoted(_ window: [Int], participleAt v: Int) -> SpeakerCandidate? {
        guard tokens[window[v]].lower.hasSuffix("ing") else { return nil }
        var q = v - 1
        while q >= 0, v - q <= 12, ![".", ";", "?", "!"].contains(tokens[window[q]].lower) {
            if ["quoted", "quotes", "quoting", "cited", "cites", "citing"].contains(tokens[window[q]].lower) {
                guard let (c, next) = parseForward(window, q + 1), c.kind != .pronoun, next <= v else { return nil }
                // "quoted Kerman provincial governor Mohammad Karimi as saying": a place and a role, then the person.
                if c.label != "PERSON", let e = personAhead(window, from: next, limit: v - next, through: \.isWord) {
                    return entities.candidate(e)
                }
                return c
            }
            q -= 1
        }
        return nil
    }

    private func speakerBeforeInWindow(_ window: [Int], verbAt v: Int) -> SpeakerCandidate? {
        // "Residents were told to …": a passive verb's subject was spoken to, not speaking.
        if v >= 1, SpeechCues.passiveSpeechVerbs.contains(tokens[window[v]].lower),
           SpeechCues.passiveAuxiliaries.contains(tokens[window[v - 1]].lower) {
            return nil
        }
        var k = v - 1
        var skipped = 0
        while k >= 0, skipped <= 3, isBetweenWord(window[k]) {
            k -= 1
            skipped += 1
        }
        // "Otaiba was quoted as saying": "as" between the verbs.
        if k >= 3, tokens[window[v]].lower.hasSuffix("ing"), tokens[window[k]].lower == "as",
           ["quoted", "cited"].contains(tokens[window[k - 1]].lower) {
            k -= 1
        }
        // "the lawmakers were heard saying": the one heard speaks.
        if k >= 2, tokens[window[v]].lower.hasSuffix("ing"), SpeechCues.perceptionVerbs.contains(tokens[window[k]].lower),
           SpeechCues.passiveAuxiliaries.contains(tokens[window[k - 1]].lower) {
            k -= 2
        }
        guard k >= 0 else { return nil }
        // "Sen. Ted Cruz (R-Texas) said": a parenthesis between the name and the verb.
        if tokens[window[k]].lower == ")", let open = openingParenthesis(window, closingAt: k), open >= 1 { k = open - 1 }
        // "James Kennedy Jr. said": the period belongs to the name.
        if k >= 1, tokens[window[k]].lower == ".", ["jr", "sr"].contains(tokens[window[k - 1]].lower)
            || SpeechCues.companySuffixes.contains(tokens[window[k - 1]].lower) {
            if let e = entities.ending(at: tokens[window[k]].end), e.label == "PERSON" || e.label == "ORG" { return entities.candidate(e) }
            k -= 1
        }
        // "he asked …, called Omar a “terrorist” and said": a coordinated verb shares the sentence's subject.
        if ["and", "but", "then"].contains(tokens[window[k]].lower) {
            let sentence = sentenceTokens(of: window[v])
            guard let end = sentence.firstIndex(of: window[v]) else { return nil }
            return sentenceSubject(sentence, before: end)
        }
        // The comma before the appositive the verb follows, if any.
        var afterAppositive: Int?
        if tokens[window[k]].lower == "," {
            if tokens[window[v]].lower.hasSuffix("ing") { return sentenceSubject(window, before: k) }
            var m = k - 1
            while m >= 0, k - m < 40, tokens[window[m]].lower != "," { m -= 1 }
            // "Steve Menet, Senior Vice President of Sales for Dräger, Inc., says": a company
            // suffix or a place between two commas belongs to the appositive before it.
            // ("Jane Doe, 41, said": with no comma before it, the age follows the name itself.)
            while m >= 2, tokens[window[m]].lower == ",", isAppositiveTail(Array(window[(m + 1)..<k])) {
                var earlier = m - 1
                while earlier >= 0, m - earlier < 40, tokens[window[earlier]].lower != "," { earlier -= 1 }
                guard earlier >= 1, tokens[window[earlier]].lower == "," else { break }
                m = earlier
            }
            // "Captain Barton Ahrens, says the officers …": a stray comma between the name that opens
            // the sentence and its verb.
            if m < 0, k >= 1, let e = entities.ending(at: tokens[window[k - 1]].end), e.label == "PERSON",
               window.prefix(while: { tokens[$0].start < e.start }).allSatisfy({ tokens[$0].isCapitalized }) {
                return entities.candidate(e)
            }
            guard m >= 1, tokens[window[m]].lower == "," else { return nil }
            // "Speaking in a statement, party Chief Whip Sam Dube, said": after the opening phrase,
            // a person and their roles, then a stray comma before the verb.
            if k >= 1, let e = entities.ending(at: tokens[window[k - 1]].end), e.label == "PERSON",
               let first = window.first, tokens[first].sentence == tokens[window[v]].sentence, tokens[first].isCapitalized,
               SpeechCues.introductoryWords.contains(tokens[first].lower) || tokens[first].lower.hasSuffix("ing"),
               !window[..<m].contains(where: { tokens[$0].lower == "," }),
               window[(m + 1)..<k].allSatisfy({ tokens[$0].start >= e.start || tokens[$0].isWord && !isVerb($0) }) {
                return entities.candidate(e)
            }
            // "Smith’s lawyer, John Doe, said": the name between the commas is who speaks.
            // "His daughter, Emily, said": one capitalised word between the commas is a name too.
            if m + 2 == k, tokens[window[m + 1]].isCapitalized, tokens[window[m + 1]].isWord, entities.starting(at: tokens[window[m + 1]].start) == nil,
               !SpeechCues.functionWords.contains(tokens[window[m + 1]].lower), m >= 1, tokens[window[m - 1]].isWord,
               !tokens[window[m - 1]].isCapitalized, SpeechCues.sourceNounsWithPlurals.contains(tokens[window[m - 1]].lower)
                || SpeechCues.femaleNouns.contains(tokens[window[m - 1]].lower) || SpeechCues.maleNouns.contains(tokens[window[m - 1]].lower) {
                let t = tokens[window[m + 1]]
                return SpeakerCandidate(text: text(t.start..<t.end), start: t.start, end: t.end, kind: .name)
            }
            if m + 1 < k, let e = entities.starting(at: tokens[window[m + 1]].start), e.label == "PERSON",
               e.end == tokens[window[k - 1]].end {
                // "Prince Andrew, the younger brother of the heir to the throne, Charles, has told":
                // a name opening the sentence before its own appositive is the subject.
                if let opener = sentenceOpeningName(of: window[v]), opener.end < e.start { return entities.candidate(opener) }
                return entities.candidate(e)
            }
            k = m - 1
            afterAppositive = m
            // "State Rep. Micah Van Huss (R), who sponsored the bill, said": a party's letter before the appositive.
            if k >= 1, tokens[window[k]].lower == ")", let open = openingParenthesis(window, closingAt: k), open >= 1 { k = open - 1 }
        }
        guard let found = parseBackward(window, endingAt: k) else {
            // "Smith, 72, of Boston, said", "The official, 52, a veteran of the agency, said": after
            // several appositives, the name or phrase that opens the sentence and is followed by a comma.
            guard let m = afterAppositive else { return nil }
            if let opener = sentenceOpeningName(of: window[v]), opener.end <= tokens[window[m]].start {
                return entities.candidate(opener)
            }
            if let first = window.first, tokens[first].sentence == tokens[window[v]].sentence,
               let (phrase, next) = parseSourcePhrase(window, 0), phrase.kind == .phrase,
               next < window.count, tokens[window[next]].lower == ",", window[next] <= window[m] {
                return phrase
            }
            return nil
        }
        if let i = window.firstIndex(where: { tokens[$0].start >= found.start }), i >= 1, tokens[window[i - 1]].lower == "the",
           let member = partyMember(found, article: window[i - 1]) {
            return member
        }
        // "Ana Reyes in Clearwater, Florida reported": the place says where the speaker is.
        if found.label == "LOC" || entities.starting(at: found.start)?.label == "LOC", var j = window.firstIndex(where: { tokens[$0].start >= found.start }) {
            while j >= 2, tokens[window[j - 1]].lower == ",", let e = entities.ending(at: tokens[window[j - 2]].end), e.label == "LOC",
                  let s = window.firstIndex(where: { tokens[$0].start >= e.start }) {
                j = s
            }
            if j >= 2, ["in", "from", "of", "near", "at"].contains(tokens[window[j - 1]].lower),
               let e = entities.ending(at: tokens[window[j - 2]].end), e.label == "PERSON" {
                return entities.candidate(e)
            }
            // "the Chinese embassy in New Delhi said", "mission control in California told": the noun
            // phrase the place follows speaks.
            if j >= 2, ["in", "from", "near", "at"].contains(tokens[window[j - 1]].lower), let phrase = nounPhrase(window, endingAt: j - 2) {
                return phrase
            }
        }
        // "Jagger, who was in Tuscany, Italy explained": a relative clause whose closing comma
        // is missing ends at the verb; the name it hangs on speaks.
        if let opener = sentenceOpeningName(of: window[v]), opener.end < found.start,
           let c = window.firstIndex(where: { tokens[$0].start >= opener.end }), c + 1 < window.count,
           tokens[window[c]].lower == ",", tokens[window[c + 1]].lower == "who" {
            return entities.candidate(opener)
        }
        // "He wrote the holdout juror praising her “…”": a participle after the
        // object of a reporting verb belongs to that verb's subject.
        // ("Jane Doe attacked the Green party saying that …": so does one after the object of
        // another verb in the past, unless it perceived the speaker: "a video showed the man saying".)
        if found.kind == .phrase, tokens[window[v]].lower.hasSuffix("ing"),
           let first = window.firstIndex(where: { tokens[$0].start >= found.start }), first >= 1,
           isVerb(window[first - 1]) || isPastTransitive(window[first - 1]),
           // ("A rail group spokesperson rebutted the claims saying": a source phrase too.)
           let subject = sentenceSubject(window, before: first - 1), subject.kind != .phrase || isSourcePhrase(subject) && !isSourcePhrase(found) {
            return subject
        }
        // "President Uhuru Kamau declared the floods a national emergency promising “…”": a thing
        // before a participle does not speak; the sentence's subject does.
        // (Not "with the airline repeatedly citing": after "with" the phrase is the participle's subject.)
        if found.kind == .phrase, tokens[window[v]].lower.hasSuffix("ing"), !isSourcePhrase(found), !isGroupPhrase(found),
           !isCompanyNoun(found.text.split(separator: " ").last.map { $0.lowercased() } ?? ""),
           let first = window.firstIndex(where: { tokens[$0].start >= found.start }), first >= 1, tokens[window[first - 1]].lower != "with",
           let subject = sentenceSubject(window, before: first), subject.kind == .name, subject.start < found.start {
            return subject
        }
        // "an organization he described as": a subject pronoun right before the
        // verb is its subject, whatever phrase opens the sentence.
        if found.kind == .pronoun, ["he", "she", "they", "we", "i"].contains(found.text.lowercased()) { return found }
        // "The authors of the research published in the journal JAMA Psychiatry argued":
        // a name inside a prepositional phrase is not the subject; the sentence's first phrase is.
        if let first = window.firstIndex(where: { tokens[$0].start >= found.start }), first >= 1 {
            var b = first - 1
            var steps = 0
            while b >= 0, steps < 3, tokens[window[b]].isWord, !SpeechCues.clauseWords.contains(tokens[window[b]].lower),
                  !SpeechCues.prepositions.contains(tokens[window[b]].lower) {
                b -= 1
                steps += 1
            }
            // "NEA's director-general of public health Lam Ying Fei told": the office's complement, then its holder.
            // ("General Secretary for eastern Uttar Pradesh Priya Rao": a place may be the complement.)
            func inPlace(_ i: Int) -> Bool {
                entities.mentioned(before: tokens[window[i]].end).first { $0.start <= tokens[window[i]].start }
                    .map { $0.label == "LOC" && $0.end >= tokens[window[i]].end } ?? false
            }
            if found.label == "PERSON", b >= 1, b + 1 < first, ["of", "for"].contains(tokens[window[b]].lower),
               ((b + 1)..<first).allSatisfy({ i in inPlace(i) || tokens[window[i]].isWord && !tokens[window[i]].isCapitalized
                   && !SpeechCues.sourceNounsWithPlurals.contains(tokens[window[i]].lower)
                   && (!SpeechCues.titleWords.contains(tokens[window[i]].lower) || SpeechCues.portfolioWords.contains(tokens[window[i]].lower)) }),
               let office = tokens[window[b - 1]].lower.split(separator: "-").last.map(String.init),
               SpeechCues.titleWords.contains(office) || SpeechCues.sourceNounsWithPlurals.contains(office) {
                return found
            }
            // "…, with Foreign Minister Ayman Safadi warning of": after "with" a participle has its own subject.
            let absolute = tokens[window[b >= 0 ? b : 0]].lower == "with" && tokens[window[v]].lower.hasSuffix("ing")
            // "after Prime Minister Ariel Sharon branded …": a conjunction opens a
            // clause whose subject is the name.
            let conjunction = b >= 0 && SpeechCues.clauseWords.contains(tokens[window[b]].lower)
            // "the head of one provincial emergency department has told": a source noun and its
            // complement are one phrase, the subject of the verb.
            if b >= 1, found.kind == .phrase, ["of", "for", "at"].contains(tokens[window[b]].lower),
               SpeechCues.sourceNounsWithPlurals.contains(tokens[window[b - 1]].lower), let head = parseBackward(window, endingAt: b - 1),
               head.kind == .phrase {
                return SpeakerCandidate(text: text(head.start..<found.end), start: head.start, end: found.end, kind: .phrase)
            }
            if b >= 0, !absolute, !conjunction, SpeechCues.prepositions.contains(tokens[window[b]].lower),
               let subject = sentenceSubjectPhrase(window, before: b), subject.start < found.start {
                return subject
            }
        }
        return found
    }

    /// "The New York Republican", "the Argentine": after "the", a party or a people
    /// as a singular noun is one of its members, an epithet of someone named before.
    func partyMember(_ run: SpeakerCandidate, article: Int) -> SpeakerCandidate? {
        guard run.kind == .name, run.label == nil, !run.text.hasSuffix("s") else { return nil }
        // ("The Tory MP", "the Democratic senator": an office after the party.)
        let office = run.text.split(separator: " ").last.map { SpeechCues.titleWords.contains($0.lowercased()) } ?? false
        let party = office ? run.text.split(separator: " ").dropLast().joined(separator: " ") : run.text
        guard let e = entities.ending(at: run.start + party.unicodeScalars.count), e.label == "NORP" else { return nil }
        let start = tokens[article].start
        return SpeakerCandidate(text: text(start..<run.end), start: start, end: run.end, kind: .phrase)
    }

    /// The noun phrase that opens a clause ("The authors"), when it is one.
    func sentenceSubjectPhrase(_ window: [Int], before end: Int) -> SpeakerCandidate? {
        guard end > 0 else { return nil }
        if let (c, _) = parseForward(window, 0), c.kind != .pronoun { return c }
        return nil
    }

    /// The unquoted tokens of the sentence that holds a token.
    func sentenceTokens(of t: Int) -> [Int] {
        let s = tokens[t].sentence
        var a = t, b = t
        while a > 0, tokens[a - 1].sentence == s { a -= 1 }
        while b + 1 < tokens.count, tokens[b + 1].sentence == s { b += 1 }
        return (a...b).filter { !tokens[$0].quoted }
    }

    /// The first person, organisation or pronoun of a clause, after any
    /// introductory phrase ("At the White House, Trump said …").
    func sentenceSubject(_ window: [Int], before end: Int) -> SpeakerCandidate? {
        var k = 0
        // "In 2015, …" opens with a phrase to skip; "A spokesperson of …" opens with its subject.
        if let first = window.first, !SpeechCues.determiners.contains(tokens[first].lower),
           SpeechCues.functionWords.contains(tokens[first].lower) || SpeechCues.introductoryWords.contains(tokens[first].lower) {
            if let comma = window.prefix(end).firstIndex(where: { tokens[$0].lower == "," }) {
                k = comma + 1
            } else if end > 1, SpeechCues.introductoryWords.contains(tokens[first].lower),
                      ["he", "she", "they", "we", "i"].contains(tokens[window[1]].lower) {
                // "Then she delivered her closing remarks …": the pronoun after the adverb.
                k = 1
            }
        }
        // "SEOUL, Aug. 20 (Yonhap) -- North Korea’s official newspaper …": a dateline is no subject.
        if let first = window.first, tokens[first].isWord, tokens[first].end - tokens[first].start >= 2,
           scalars[tokens[first].start..<tokens[first].end].allSatisfy({ ScalarClass.isUpper($0) || $0 == "." }),
           let dash = window.prefix(min(end, 14)).lastIndex(where: { ["-", "—", "–"].contains(tokens[$0].lower) }) {
            k = max(k, dash + 1)
        }
        // "BENGALURU: ISRO chairman K Sivan has defended …": so is a dateline before a colon.
        if let colon = window.prefix(min(end, 5)).firstIndex(where: { tokens[$0].lower == ":" }), colon >= 1,
           window[..<colon].allSatisfy({ tokens[$0].isWord && scalars[tokens[$0].start..<tokens[$0].end].allSatisfy { ScalarClass.isUpper($0) || !ScalarClass.isLetter($0) } }) {
            k = max(k, colon + 1)
        }
        // "New Delhi: In a direct response to …, the Chinese embassy said": a place's name alone before a colon too.
        if k == 0, let colon = window.prefix(min(end, 5)).firstIndex(where: { tokens[$0].lower == ":" }), colon >= 1,
           let place = entities.starting(at: tokens[window[0]].start), place.label == "LOC", place.end == tokens[window[colon - 1]].end {
            k = colon + 1
            // ("In a direct response to …," opens the clause after it.)
            if k < end, SpeechCues.functionWords.contains(tokens[window[k]].lower) || SpeechCues.introductoryWords.contains(tokens[window[k]].lower),
               !SpeechCues.determiners.contains(tokens[window[k]].lower),
               let comma = window[k..<end].firstIndex(where: { tokens[$0].lower == "," }) {
                k = comma + 1
            }
        }
        // "(the company would not disclose the number but called it “immaterial”)": the parenthesis's own subject.
        if let open = window.prefix(end).lastIndex(where: { tokens[$0].lower == "(" }),
           !window[open..<end].contains(where: { tokens[$0].lower == ")" }) {
            k = open + 1
        }
        // "Traveling through Illinois with Bush, she said": an opening participle phrase is no subject.
        if k == 0, let first = window.first, tokens[first].isCapitalized, entities.starting(at: tokens[first].start) == nil,
           tokens[first].lower.hasSuffix("ing") || tokens[first].lower.hasSuffix("ed"),
           let comma = window.prefix(end).firstIndex(where: { tokens[$0].lower == "," }) {
            k = comma + 1
        }
        let clauseStart = k
        while k < end {
            if let (c, next) = parseForward(window, k), c.kind != .phrase || k == clauseStart {
                // "Delhi’s Chief Minister Arvind Kejriwal turned …": the person after a possessive.
                if next < end, tokens[window[next - 1]].possessive, let (person, _) = parseForward(window, next), person.label == "PERSON" {
                    return person
                }
                // "Tennis great Roger Federer wrote …": a capitalised word nobody tagged, a role, then the person.
                if c.kind == .name, c.label == nil, c.cluster == nil, !tokens[window[next - 1]].possessive {
                    var m = next
                    while m < end, m - next < 3, tokens[window[m]].isWord, !tokens[window[m]].isCapitalized,
                          !SpeechCues.functionWords.contains(tokens[window[m]].lower), !isVerb(window[m]) { m += 1 }
                    if m > next, m < end, let (person, _) = parseForward(window, m), person.label == "PERSON" { return person }
                }
                return c
            }
            if isVerb(window[k], strongOnly: true) { return nil }
            k += 1
        }
        return nil
    }

    /// A speaker starting at window[k]: an entity, a pronoun, a source phrase or a name.
    func parseForward(_ window: [Int], _ k: Int) -> (SpeakerCandidate, Int)? {
        guard k < window.count else { return nil }
        let t = tokens[window[k]]
        guard t.isWord else { return nil }
        if ["he", "she", "they", "it"].contains(t.lower) {
            return (SpeakerCandidate(text: text(t.start..<t.end), start: t.start, end: t.end, kind: .pronoun), k + 1)
        }
        // "says one Dayton Plumbing employee", "another Tesla worker": one of a body's people, not the body.
        if ["one", "another"].contains(t.lower), k + 1 < window.count, tokens[window[k + 1]].isCapitalized,
           let (run, next) = capitalizedRun(window, k + 1), run.label != "PERSON", next < window.count,
           SpeechCues.sourceNounsWithPlurals.contains(tokens[window[next]].lower) {
            let start = t.start, end = tokens[window[next]].end
            return (SpeakerCandidate(text: text(start..<end), start: start, end: end, kind: .phrase), next + 1)
        }
        // "the Pentagon", "the Swedish Prosecution Authority": an organisation after an article.
        if ["the", "a", "an"].contains(t.lower), k + 1 < window.count, tokens[window[k + 1]].isCapitalized {
            if let (run, next) = capitalizedRun(window, k + 1) {
                // "a Pentagon spokesperson" is a person speaking for it, not the organisation.
                if next < window.count, SpeechCues.sourceNounsWithPlurals.contains(tokens[window[next]].lower), run.kind != .pronoun,
                   run.label != "PERSON" {
                    return parseSourcePhrase(window, k)
                }
                // "the Jackson family": a person's name before a group noun names the group.
                if next < window.count, SpeechCues.groupNouns.contains(tokens[window[next]].lower) {
                    let start = tokens[window[k]].start, end = tokens[window[next]].end
                    return (SpeakerCandidate(text: text(start..<end), start: start, end: end, kind: .phrase), next + 1)
                }
                // "the Chinese foreign ministry": a name modifying a lower-case head is that body, not the name.
                var m = next
                while run.label != "PERSON", m < window.count, m - next < 3, tokens[window[m]].isWord, !tokens[window[m]].isCapitalized,
                      !SpeechCues.functionWords.contains(tokens[window[m]].lower), !isVerb(window[m]) {
                    let w = tokens[window[m]].lower
                    // ("the Smith family", "the Trump campaign", "the Jackson estate")
                    if SpeechCues.sourceNounsWithPlurals.contains(w) || SpeechCues.institutionNouns.contains(w) || SpeechCues.groupNouns.contains(w) {
                        let start = tokens[window[k]].start, end = tokens[window[m]].end
                        return (SpeakerCandidate(text: text(start..<end), start: start, end: end, kind: .phrase), m + 1)
                    }
                    m += 1
                }
                if t.lower == "the", let member = partyMember(run, article: window[k]) { return (member, next) }
                // "responded the Tom Kettle man", "the Galway boss": after "the", a club's or a
                // place's name (whatever it reads like) before a noun for a person is an epithet.
                if t.lower == "the", next < window.count, tokens[window[next]].isWord, !tokens[window[next]].isCapitalized,
                   ["man", "woman", "boss", "manager", "coach", "native", "veteran", "star", "skipper", "captain"].contains(tokens[window[next]].lower) {
                    let start = tokens[window[k]].start, end = tokens[window[next]].end
                    return (SpeakerCandidate(text: text(start..<end), start: start, end: end, kind: .phrase), next + 1)
                }
                // "the Carmona statement says": a statement speaks for the one it is named after.
                // ("a Department of Health fact sheet says": any article, and a sheet of facts.)
                if run.label == "PERSON" || run.label == "ORG", next < window.count {
                    let sheet = next + 1 < window.count && tokens[window[next]].lower == "fact" && tokens[window[next + 1]].lower == "sheet"
                    if sheet { return (run, next + 2) }
                    if SpeechCues.documentNouns.contains(tokens[window[next]].lower) { return (run, next + 1) }
                }
                if t.lower == "the" || run.label == "ORG" || run.label == "PERSON" { return (run, next) }
            }
        }
        // "Officials said …": a source noun capitalised only for opening the sentence is no name.
        // (Not an office before its holder's name: "Secretary of State Antony Blinken said".)
        if t.isCapitalized, SpeechCues.sourceNounsWithPlurals.contains(t.lower), entities.starting(at: t.start) == nil,
           k + 1 >= window.count || !tokens[window[k + 1]].isCapitalized, let phrase = parseSourcePhrase(window, k),
           !entities.mentioned(before: phrase.0.end).prefix(while: { $0.start >= phrase.0.start }).contains(where: { $0.label == "PERSON" }),
           !(phrase.1 < window.count && entities.starting(at: tokens[window[phrase.1]].start)?.label == "PERSON") {
            return phrase
        }
        if t.isCapitalized, let found = capitalizedRun(window, k) {
            // "Adelson's attorney": the role after a possessive name speaks, not the name.
            let (run, next) = found
            // "Goldman Sachs analysts wrote", "Wall Street analysts said": a body's or a
            // place's name before a source noun modifies it.
            // (Not "North Korea's official newspaper": there the source noun modifies another noun.)
            let place = entities.starting(at: run.start).map { $0.label == "LOC" && $0.end == run.end } ?? false
                && !(next + 1 < window.count && tokens[window[next + 1]].isWord && !tokens[window[next + 1]].isCapitalized
                     && !isVerb(window[next + 1]) && !SpeechCues.functionWords.contains(tokens[window[next + 1]].lower)
                     && !SpeechCues.clauseWords.contains(tokens[window[next + 1]].lower))
            // ("Health officials in Beijing said": an ordinary word capitalised for opening the sentence too.)
            if run.kind != .pronoun, run.label != nil || place
                || next == k + 1 && isSentenceInitial(window[k]) && entities.starting(at: tokens[window[k]].start) == nil, next < window.count, next > k,
               tokens[window[next - 1]].possessive || run.label != "PERSON",
               tokens[window[next]].isWord, !tokens[window[next]].isCapitalized,
               SpeechCues.sourceNounsWithPlurals.contains(tokens[window[next]].lower) {
                let start = tokens[window[k]].start, end = tokens[window[next]].end
                return (SpeakerCandidate(text: text(start..<end), start: start, end: end, kind: .phrase), next + 1)
            }
            // "China’s UN Ambassador Fu Cong": the person titled after a possessive name.
            if run.kind != .pronoun, next > k, next < window.count, tokens[window[next - 1]].possessive, tokens[window[next]].isCapitalized,
               let (holder, after) = capitalizedRun(window, next), holder.label == "PERSON" {
                return (holder, after)
            }
            // "Britain’s finance minister": a modifier or two between a possessive name and the role.
            if run.kind != .pronoun, run.label != nil || entities.starting(at: run.start) != nil, next > k,
               tokens[window[next - 1]].possessive {
                var m = next
                while m < window.count, m - next < 2, tokens[window[m]].isWord, !tokens[window[m]].isCapitalized,
                      !SpeechCues.functionWords.contains(tokens[window[m]].lower), !isVerb(window[m]),
                      !SpeechCues.sourceNounsWithPlurals.contains(tokens[window[m]].lower) { m += 1 }
                if m > next, m < window.count, tokens[window[m]].isWord, !tokens[window[m]].isCapitalized,
                   SpeechCues.sourceNounsWithPlurals.contains(tokens[window[m]].lower) {
                    let start = tokens[window[k]].start, end = tokens[window[m]].end
                    return (SpeakerCandidate(text: text(start..<end), start: start, end: end, kind: .phrase), m + 1)
                }
            }
            return found
        }
        return parseSourcePhrase(window, k)
    }

    /// Titles, roles and a name, or an organisation's name: "Commerzbank analyst
    /// Carsten Fritsch", "Dr. Luz Contreras Arroyo", "United Nations High
    /// Commissioner for Human Rights". The last person named wins; else the
    /// organisation; else the run itself.
    func capitalizedRun(_ window: [Int], _ k: Int) -> (SpeakerCandidate, Int)? {
        var j = k
        var person: (Entity, Int)? = nil
        var organisation: (Entity, Int)? = nil
        var lastCapital = -1
        while j < window.count, j - k < 12 {
            let tok = tokens[window[j]]
            if let e = entities.starting(at: tok.start), e.label == "PERSON" || e.label == "ORG" {
                var m = j
                while m + 1 < window.count, tokens[window[m + 1]].end <= e.end { m += 1 }
                if e.label == "PERSON" { person = (e, m) } else if organisation == nil { organisation = (e, m) }
                lastCapital = m
                j = m + 1
                if tokens[window[m]].possessive { break }
                continue
            }
            if tok.isWord && tok.isCapitalized {
                lastCapital = j
                j += 1
                if tok.possessive { break }
                continue
            }
            // A period after an abbreviated title ("Dr.", "Lt."), connectors inside
            // names, and role words before a name.
            if tok.lower == ".", j > k, SpeechCues.abbreviatedTitles.contains(tokens[window[j - 1]].lower) { j += 1; continue }
            // ("Ambassador to the UN Dorothy Shea": an office "to" a body.)
            if tok.lower == "to", j > k, SpeechCues.titleWords.contains(tokens[window[j - 1]].lower), j + 2 < window.count,
               tokens[window[j + 1]].isCapitalized || tokens[window[j + 1]].lower == "the" && tokens[window[j + 2]].isCapitalized { j += 1; continue }
            if ["of", "for", "and", "the", "al", "bin", "van", "von", "de", "la", "le", "-"].contains(tok.lower),
               j + 1 < window.count, tokens[window[j + 1]].isCapitalized { j += 1; continue }
            let roleWord = SpeechCues.isRoleWord
            if tok.isWord, roleWord(tok.lower),
               j + 1 < window.count, tokens[window[j + 1]].isCapitalized || roleWord(tokens[window[j + 1]].lower)
                || tokens[window[j + 1]].lower == "and" && j + 2 < window.count && roleWord(tokens[window[j + 2]].lower) {
                j += 1
                continue
            }
            // "Butterball president and chief executive officer Hank Hollinger": two offices of one person.
            if tok.lower == "and", j > k, roleWord(tokens[window[j - 1]].lower), j + 1 < window.count,
               !tokens[window[j + 1]].isCapitalized, roleWord(tokens[window[j + 1]].lower) {
                j += 1
                continue
            }
            break
        }
        if let (e, m) = person {
            // "Schumer and McConnell said": two people named together speak together.
            if let both = coordinatedPeople(window, endingWith: e), both.start >= tokens[window[k]].start {
                return (both, m + 1)
            }
            var c = entities.candidate(e)
            // "Paganini and his team wrote": the person and their colleagues.
            if m + 3 < window.count, tokens[window[m + 1]].lower == "and", ["his", "her", "their"].contains(tokens[window[m + 2]].lower),
               tokens[window[m + 3]].isWord, !isVerb(window[m + 3]) {
                let end = tokens[window[m + 3]].end
                c.text = text(c.start..<end)
                c.end = end
                c.canonical = nil
                c.cluster = nil
                c.kind = .phrase
                return (c, m + 4)
            }
            // A first name the entities stage left out ("Will Moy", where "Will" looked like a verb).
            let i = (k..<m).last { tokens[window[$0]].end <= e.start }
            // (Not "MP Diane Abbott": a word in capitals is an office or an acronym, no first name.)
            // (Only before a surname alone: "Coordinator Jarrod Vanzetto" already has its first name.)
            if let i, !e.text.contains(" "), tokens[window[i]].end + 1 == e.start, tokens[window[i]].isCapitalized, !tokens[window[i]].possessive,
               entities.starting(at: tokens[window[i]].start) == nil, !SpeechCues.titleWords.contains(tokens[window[i]].lower),
               text(tokens[window[i]].start..<tokens[window[i]].end).contains(where: { $0.isLowercase }) {
                let name = text(tokens[window[i]].start..<e.end)
                c.text = name
                c.start = tokens[window[i]].start
                if (c.canonical ?? "").count < name.count { c.canonical = name }
            }
            // "Peter Hollis MP challenged the governor": an office written after the name belongs to it.
            var end = m + 1
            while end < window.count, end <= lastCapital, tokens[window[end]].isCapitalized,
                  ["mp", "mps", "mla", "msp", "mep", "td", "qc", "kc", "sc", "mpp"].contains(tokens[window[end]].lower) { end += 1 }
            return (c, end)
        }
        if let (e, m) = organisation, lastCapital <= m + 2 { return (entities.candidate(e), lastCapital + 1) }
        guard lastCapital >= k else { return nil }
        let first = tokens[window[k]]
        guard !SpeechCues.determiners.contains(first.lower), !SpeechCues.clauseWords.contains(first.lower) else { return nil }
        if lastCapital == k, isCapitalisedForOpening(window[k]) { return nil }
        // Titles before a name are not part of it ("CEO Craig Bethune" → "Craig Bethune").
        var nameStart = k
        while nameStart < lastCapital, SpeechCues.titleWords.contains(tokens[window[nameStart]].lower)
            || tokens[window[nameStart]].lower == "." || SpeechCues.sourceNounsWithPlurals.contains(tokens[window[nameStart]].lower) {
            nameStart += 1
        }
        // "The MP for Stanley West", "the Minister for Health": an office and what it is for names
        // nobody; it is an epithet of whoever holds it.
        if nameStart > k, nameStart < lastCapital, tokens[window[nameStart]].lower == "for", person == nil {
            let start = tokens[window[k > 0 && tokens[window[k - 1]].lower == "the" ? k - 1 : k]].start, end = tokens[window[lastCapital]].end
            return (SpeakerCandidate(text: text(start..<end), start: start, end: end, kind: .phrase), lastCapital + 1)
        }
        let start = tokens[window[nameStart]].start, end = tokens[window[lastCapital]].end
        let name = text(start..<end)
        var c = SpeakerCandidate(text: name, start: start, end: end, kind: .name, canonical: name)
        if let (e, _) = organisation { c.label = e.label; c.cluster = e.cluster; c.canonical = entities.canonical(of: e) }
        if let link = entities.link(name: name) { c.cluster = link.cluster; c.canonical = link.canonical }
        return (c, lastCapital + 1)
    }

    /// "So concludes a report", "Traveling through Illinois, she said", "Having
    /// written …": one word capitalised only for opening its sentence, shaped
    /// like a function word, an adverb or a verb form, and no entity, is no name.
    func isCapitalisedForOpening(_ t: Int) -> Bool {
        let w = tokens[t].lower
        guard entities.starting(at: tokens[t].start) == nil, entities.ending(at: tokens[t].end) == nil, isSentenceInitial(t) else { return false }
        return SpeechCues.functionWords.contains(w) || SpeechCues.clauseWords.contains(w) || SpeechCues.introductoryWords.contains(w)
            || w.hasSuffix("ing") || w.hasSuffix("ed") || w.hasSuffix("ly")
    }

    /// Whether the token opens its sentence, or follows an opening quotation mark or bracket.
    func isSentenceInitial(_ t: Int) -> Bool {
        var p = t - 1
        while p >= 0, tokens[p].sentence == tokens[t].sentence, !tokens[p].isWord, ["\"", "\u{201C}", "(", "'", "\u{2018}"].contains(tokens[p].lower) { p -= 1 }
        return p < 0 || tokens[p].sentence != tokens[t].sentence
    }

    /// `a senior official`, `the 62-year-old`, `a spokesperson for the ministry`.
    func parseSourcePhrase(_ window: [Int], _ k: Int) -> (SpeakerCandidate, Int)? {
        guard k < window.count else { return nil }
        let first = tokens[window[k]]
        // "one of the protesters", "some of the residents": a share of a group.
        if SpeechCues.quantifiers.contains(first.lower), k + 2 < window.count, tokens[window[k + 1]].lower == "of",
           let (inner, next) = parseSourcePhrase(window, k + 2), inner.kind == .phrase {
            return (SpeakerCandidate(text: text(first.start..<inner.end), start: first.start, end: inner.end, kind: .phrase), next)
        }
        // A phrase starts with a determiner, a number, a capital or its head; never a preposition.
        // "his lawyer", "her husband": a possessive pronoun opens a phrase when a noun follows it.
        let possessiveOpening = SpeechCues.possessivePronouns.contains(first.lower) && k + 1 < window.count && tokens[window[k + 1]].isWord
            && !tokens[window[k + 1]].isCapitalized
        // "election officials said", "state health officials said": lower-case modifiers before a plural source noun.
        var modifiedPlural = false
        if first.isWord, !first.isCapitalized, !SpeechCues.functionWords.contains(first.lower), !SpeechCues.clauseWords.contains(first.lower) {
            var m = k
            while m < window.count, m - k < 3, tokens[window[m]].isWord, !tokens[window[m]].isCapitalized,
                  !SpeechCues.functionWords.contains(tokens[window[m]].lower), !isVerb(window[m]) {
                let w = tokens[window[m]].lower
                if m > k, w.hasSuffix("s"), SpeechCues.sourceNounsWithPlurals.contains(w) { modifiedPlural = true; break }
                m += 1
            }
        }
        guard SpeechCues.determiners.contains(first.lower) || possessiveOpening || modifiedPlural || first.isCapitalized || first.lower.first?.isNumber == true
            || SpeechCues.sourceNounsWithPlurals.contains(first.lower) || SpeechCues.documentNouns.contains(first.lower) else { return nil }
        var j = k
        var head: Int? = nil
        while j < window.count, j - k < 7, tokens[window[j]].isWord {
            let w = tokens[window[j]].lower
            // After a determiner a verb form is a noun: "a report", "the statement".
            if isVerb(window[j]) && j > k && !SpeechCues.determiners.contains(tokens[window[j - 1]].lower) { break }
            if j > k && (SpeechCues.clauseWords.contains(w) || (SpeechCues.functionWords.contains(w) && head == nil && w != "of")) { break }
            if SpeechCues.sourceNounsWithPlurals.contains(w) || SpeechCues.documentNouns.contains(w) || w.hasSuffix("-year-old") { head = j }
            // "the 62-year-old grandmother": an age takes the noun after it as its head.
            else if let h = head, h == j - 1, tokens[window[h]].lower.hasSuffix("-year-old"), !tokens[window[j]].isCapitalized,
                    !isVerb(window[j]), !SpeechCues.functionWords.contains(w) { head = j }
            // ("the study's lead author": modifiers between a possessive and its head.)
            else if let h = head, tokens[window[h]].possessive, j - h < 3, !tokens[window[j]].isCapitalized { }
            else if head != nil { break }
            j += 1
        }
        // A short noun phrase right before a reporting verb is a speaker even when
        // its head is not a known source noun ("the doctors stated").
        if head == nil, j > k, j - k <= 4, j < window.count, isVerb(window[j], strongOnly: true),
           SpeechCues.determiners.contains(tokens[window[k]].lower) {
            // ("the actor previously said": an adverb before the verb is no part of the phrase.)
            var h = j - 1
            while h > k + 1, isBetweenWord(window[h]) { h -= 1 }
            head = h
        }
        guard let h = head else { return nil }
        // "the 14th-ranked Schwartzman", "43-year-old Martin Taylor": the epithet names the person after it.
        for i in [h, h + 1] where i < window.count && i >= k {
            if let e = entities.ending(at: tokens[window[i]].end) ?? entities.starting(at: tokens[window[i]].start), e.label == "PERSON",
               e.start >= tokens[window[k]].start {
                var next = i
                while next < window.count, tokens[window[next]].start < e.end { next += 1 }
                return (entities.candidate(e), next)
            }
        }
        var end = h
        // An attachment: "for the ministry", "within the Ukrainian defense ministry".
        let prepositions: Set<String> = ["for", "at", "of", "with", "within", "in", "from", "to", "close", "on", "about"]
        // "a source familiar with the talks", "a person close to the family", "officials briefed on the plan".
        var p = end + 1
        if p + 1 < window.count, SpeechCues.sourceQualifiers.contains(tokens[window[p]].lower),
           prepositions.contains(tokens[window[p + 1]].lower) { p += 1 }
        if p < window.count, prepositions.contains(tokens[window[p]].lower) {
            var m = p + 1
            // ("a person with knowledge of the deal": an "of" complement inside the attachment.)
            while m < window.count, m - end < 9, tokens[window[m]].isWord, !isVerb(window[m]),
                  !prepositions.contains(tokens[window[m]].lower) || tokens[window[m]].lower == "of" && m > p + 1,
                  !tokens[window[m]].lower.hasSuffix("ed"),
                  // ("The mayor of London has claimed": an auxiliary opens the verb.)
                  !SpeechCues.auxiliaries.contains(tokens[window[m]].lower) { m += 1 }
            if m - 1 > p { end = m - 1 }
        }
        // "a report from Kotak Institutional Equities", "a 2018 survey by Penelope Muse Abernathy":
        // a document speaks for whoever issued it.
        if SpeechCues.documentNouns.contains(tokens[window[h]].lower), h + 2 < window.count,
           ["from", "by", "of"].contains(tokens[window[h + 1]].lower) {
            for i in (h + 2)..<min(window.count, h + 10) {
                if let e = entities.starting(at: tokens[window[i]].start), e.label == "ORG" || e.label == "PERSON" {
                    return (entities.candidate(e), end + 1)
                }
            }
        }
        // "owner of The Budget Cafe Adrienne Akiyama said": a name closing the attachment is who holds the role.
        // (Not "a former business partner of Morales", "a spokesman for Gul Agha": the one the role is of.)
        if end > h, let e = entities.ending(at: tokens[window[end]].end), e.label == "PERSON", e.start > tokens[window[h]].end,
           let first = window.firstIndex(where: { tokens[$0].start >= e.start }), first >= 1, tokens[window[first - 1]].isCapitalized {
            return (entities.candidate(e), end + 1)
        }
        let start = tokens[window[k]].start, stop = tokens[window[end]].end
        return (SpeakerCandidate(text: text(start..<stop), start: start, end: stop, kind: .phrase), end + 1)
    }

    /// The person named at `k`, after any titles: "Lt. Col. Anne Smith", "Dr. Emily Chen".
    func personAfterTitles(_ window: [Int], _ k: Int) -> Entity? {
        var n = k
        while n + 1 < window.count, n - k < 5,
              SpeechCues.titleWords.contains(tokens[window[n]].lower) || tokens[window[n]].lower == "." { n += 1 }
        guard n < window.count, let e = entities.starting(at: tokens[window[n]].start), e.label == "PERSON" else { return nil }
        return e
    }

    /// Words that end an appositive after a comma of their own: "Inc.", "Ltd",
    /// a place ("Germany"), an age ("45").
    private func isAppositiveTail(_ part: [Int]) -> Bool {
        let words = part.filter { tokens[$0].isWord }
        guard let first = words.first, words.count <= 2 else { return false }
        if SpeechCues.companySuffixes.contains(tokens[first].lower) { return true }
        if words.count == 1, tokens[first].lower.allSatisfy(\.isNumber) { return true }
        if let e = entities.starting(at: tokens[first].start), e.label == "LOC", e.end == tokens[words[words.count - 1]].end { return true }
        return false
    }

    /// The person whose name opens the sentence of token `t` and is followed by a comma.
    private func sentenceOpeningName(of t: Int) -> Entity? {
        let sentence = sentenceTokens(of: t)
        // A title may come first: "Prince Andrew", "Defense Secretary Lloyd Austin".
        guard let first = sentence.prefix(3).first(where: { i in entities.starting(at: tokens[i].start) != nil }),
              sentence.prefix(while: { $0 != first }).allSatisfy({ tokens[$0].isWord && tokens[$0].isCapitalized }),
              let e = entities.starting(at: tokens[first].start), e.label == "PERSON",
              let after = sentence.first(where: { tokens[$0].start >= e.end }), tokens[after].lower == "," else { return nil }
        return e
    }

    /// "Tony Blair and US President George W Bush expressed": two people
    /// joined by "and" speak together; the phrase runs from the first name to
    /// the last, titles included.
    private func coordinatedPeople(_ window: [Int], endingWith e: Entity) -> SpeakerCandidate? {
        guard var j = window.firstIndex(where: { tokens[$0].start == e.start }) else { return nil }
        var titleWords = 0
        while j - 1 >= 0, titleWords < 4, tokens[window[j - 1]].isCapitalized || tokens[window[j - 1]].lower == ".",
              entities.ending(at: tokens[window[j - 1]].end)?.label != "PERSON" {
            j -= 1
            titleWords += 1
        }
        guard j >= 2, tokens[window[j - 1]].lower == "and", !tokens[window[j - 2]].possessive,
              let first = entities.ending(at: tokens[window[j - 2]].end), first.label == "PERSON" else { return nil }
        return SpeakerCandidate(text: text(first.start..<e.end), start: first.start, end: e.end, kind: .name, label: "PERSON")
    }

    /// A speaker that ends at window[k].
    func parseBackward(_ window: [Int], endingAt k: Int) -> SpeakerCandidate? {
        let t = tokens[window[k]]
        guard t.isWord else { return nil }
        if let e = entities.ending(at: t.end), e.label == "PERSON" {
            // A one-word "person" at the end of a longer name with "for"/"of" in it is an
            // office or organisation ("High Commissioner for Human Rights").
            var j = k
            var connector = false
            while j - 1 >= 0, k - j < 8 {
                let p = tokens[window[j - 1]]
                if p.isWord && p.isCapitalized && !p.possessive { j -= 1; continue }
                if ["of", "for"].contains(p.lower), j - 2 >= 0, tokens[window[j - 2]].isCapitalized { connector = true; j -= 1; continue }
                break
            }
            guard connector, tokens[window[j]].start < e.start else { return coordinatedPeople(window, endingWith: e) ?? entities.candidate(e) }
        }
        let organisation = entities.ending(at: t.end).flatMap { $0.label == "ORG" ? $0 : nil }
        // Pronouns first: "it" and "they" are function words too.
        if ["he", "she", "they", "it"].contains(t.lower) {
            return SpeakerCandidate(text: text(t.start..<t.end), start: t.start, end: t.end, kind: .pronoun)
        }
        // After a determiner a verb form is a noun: "the label said", "the report found";
        // but a noun after a preposition ("During the call, …") is no subject.
        let noun = k > 0 && SpeechCues.determiners.contains(tokens[window[k - 1]].lower)
            && !(k > 1 && SpeechCues.prepositions.contains(tokens[window[k - 2]].lower))
        if isVerb(window[k]) && !noun || SpeechCues.functionWords.contains(t.lower) { return nil }
        if t.possessive { return nil }
        // "Officials said": a source noun capitalised only for opening its sentence.
        let openingSourceNoun = t.isCapitalized && SpeechCues.sourceNounsWithPlurals.contains(t.lower) && entities.ending(at: t.end) == nil
            && (window[k] == 0 || tokens[window[k] - 1].sentence != t.sentence)
        // "one neo-bank CEO told me": a capitalised role after lower-case words heads a phrase, not a name.
        let roleAfterLowerCase = t.isCapitalized && SpeechCues.sourceNounsWithPlurals.contains(t.lower) && entities.ending(at: t.end) == nil
            && k > 0 && tokens[window[k - 1]].isWord && !tokens[window[k - 1]].isCapitalized
        if !t.isCapitalized || t.lower.hasSuffix("-year-old") || openingSourceNoun || roleAfterLowerCase {
            // ("a woman who admitted a theft 20 years ago told officers": a time is nobody.)
            guard !SpeechCues.clauseWords.contains(t.lower), !SpeechCues.determiners.contains(t.lower), t.lower != "ago" else { return nil }
            var j = k
            var reach = 6
            while j - 1 >= 0, k - j < reach {
                let p = tokens[window[j - 1]]
                // "the Russian and Syrian defense ministries": "and" between two capitalised modifiers.
                if p.lower == "and", j - 2 >= 0, tokens[window[j - 2]].isCapitalized, tokens[window[j]].isCapitalized {
                    j -= 1
                    continue
                }
                // "A Department for Transport (DfT) spokesperson": a body's acronym in brackets after its name.
                if p.lower == ")", j - 3 >= 0, isBodyAcronym(window, openingAt: j - 3) {
                    j -= 3
                    reach += 3
                    continue
                }
                // A bare verb lemma before a noun is a noun itself ("state media", "news report").
                let verbForm = isVerb(window[j - 1]) && SpeechCues.lemmas[p.lower] == nil
                // "She remembered signs saying": a pronoun or a past form before the noun ends the phrase.
                let clauseEnd = ["he", "she", "they", "we", "i", "you", "it"].contains(p.lower)
                    || p.lower.hasSuffix("ed") && !(j - 2 >= 0 && SpeechCues.determiners.contains(tokens[window[j - 2]].lower))
                // ("the WHO chief": the organisation, not the relative pronoun.)
                let clauseWord = SpeechCues.clauseWords.contains(p.lower) && entities.starting(at: p.start) == nil
                // ("with local people saying": a preposition other than "of" or "for" opens no phrase.)
                let preposition = SpeechCues.prepositions.contains(p.lower) && !["of", "for", "to"].contains(p.lower)
                guard p.isWord, !verbForm, !clauseEnd, !p.possessive || j - 1 < k, !clauseWord, !preposition else { break }
                j -= 1
                if SpeechCues.determiners.contains(p.lower) && !["senior", "top", "other"].contains(p.lower) { break }
            }
            // A bare lower-case word is a speaker only as part of a phrase or a plural ("teachers").
            if j == k && !t.isCapitalized && !SpeechCues.sourceNounsWithPlurals.contains(t.lower) && !t.lower.hasSuffix("s") { return nil }
            let start = tokens[window[j]].start
            return SpeakerCandidate(text: text(start..<t.end), start: start, end: t.end, kind: .phrase)
        }
        // A capitalised run ending here: a name the entities stage missed, or an organisation.
        var j = k
        while j - 1 >= 0, k - j < 8 {
            let p = tokens[window[j - 1]]
            if p.isWord && p.isCapitalized && !p.possessive { j -= 1; continue }
            if ["of", "for", "and"].contains(p.lower), j - 2 >= 0, tokens[window[j - 2]].isCapitalized { j -= 1; continue }
            if p.lower == ".", j - 2 >= 0, SpeechCues.abbreviatedTitles.contains(tokens[window[j - 2]].lower) { j -= 1; continue }
            break
        }
        while j < k, ["of", "for", "and", "."].contains(tokens[window[j]].lower) || SpeechCues.determiners.contains(tokens[window[j]].lower) { j += 1 }
        // "A spokesperson for the British Foreign Office": a source phrase ending in a name.
        var m = j - 1
        while m >= 0, ["the", "a"].contains(tokens[window[m]].lower) { m -= 1 }
        if m >= 1, ["for", "of", "at", "with", "within", "from"].contains(tokens[window[m]].lower),
           SpeechCues.sourceNounsWithPlurals.contains(tokens[window[m - 1]].lower), let phrase = parseBackward(window, endingAt: m - 1),
           phrase.kind == .phrase {
            return SpeakerCandidate(text: text(phrase.start..<t.end), start: phrase.start, end: t.end, kind: .phrase)
        }
        // An organisation the entities stage found whole, or only the tail of ("Human Rights" in a longer name).
        if let organisation, tokens[window[j]].start >= organisation.start { return entities.candidate(organisation) }
        guard !SpeechCues.determiners.contains(tokens[window[j]].lower) else { return nil }
        // A person the entities stage found, after titles ("company CEO Craig Bethune said") is that person.
        if let person = entities.ending(at: t.end), person.label == "PERSON", person.start >= tokens[window[j]].start {
            return entities.candidate(person)
        }
        // Titles before a name are not part of it; a run of titles alone is kept whole ("the Prime Minister").
        let titleStart = j
        while j < k, SpeechCues.titleWords.contains(tokens[window[j]].lower) || tokens[window[j]].lower == "." { j += 1 }
        if j == k, j > titleStart, SpeechCues.titleWords.contains(t.lower) { j = titleStart }
        // ("The Minister for Agriculture said": an office and its complement, not "for Agriculture".)
        if j < k, j > titleStart, ["of", "for"].contains(tokens[window[j]].lower) {
            // ("The MP for Stanley West said": after "the", an epithet of whoever holds the office.)
            if titleStart > 0, tokens[window[titleStart - 1]].lower == "the" {
                let start = tokens[window[titleStart - 1]].start
                return SpeakerCandidate(text: text(start..<t.end), start: start, end: t.end, kind: .phrase)
            }
            j = titleStart
        }
        if j == k, isCapitalisedForOpening(window[k]) { return nil }
        let start = tokens[window[j]].start
        let name = text(start..<t.end)
        var c = SpeakerCandidate(text: name, start: start, end: t.end, kind: .name, canonical: name)
        if let link = entities.link(name: name) { c.cluster = link.cluster; c.canonical = link.canonical }
        return c
    }

    /// Resolves pronouns and epithets and names the rule; nil when a pronoun finds nobody.
    func resolve(_ c: SpeakerCandidate) -> (SpeakerCandidate, String?, Double)? {
        switch c.kind {
        case .name:
            // "The December 12 email": a date names no one.
            if c.label == nil, SpeechCues.calendarWords.contains(c.text.lowercased()) { return nil }
            // "the Mayor said", "the Cardinal said": a capitalised title after "the"
            // is an epithet for the person who holds it.
            // ("The Prime Minister told MPs": a title of several words too.)
            if c.cluster == nil, c.text.split(separator: " ").allSatisfy({ SpeechCues.titleWords.contains($0.lowercased()) }),
               let t = Optional(firstToken(atOrAfter: c.start)), t > 0, tokens[t - 1].lower == "the" {
                var r = c
                r.text = text(tokens[t - 1].start..<c.end)
                r.start = tokens[t - 1].start
                r.kind = .phrase
                r.canonical = nil
                // The person the text gave that title ("Mayor Bill Hanley"); nobody else.
                guard let e = titledPerson(c.text.lowercased(), before: c.start) else { return (r, "anonymous", 0.5) }
                r.cluster = e.cluster
                r.canonical = entities.canonical(of: e) ?? e.text
                return (r, "epithet", 0.65)
            }
            // "prosecutor William Mousley QC", "Special Agent in Charge Michael Paul", "Bishop Jo Hale of
            // Hope Ministries": a capitalised run the tagger did not take whole holds the person it named.
            // (Not a pair: "Harper and Buckley" both speak.)
            // (Nor a name the tagger split: "Kennedy Graham" with "Graham" read as a town.)
            if c.cluster == nil, !c.text.contains(" and "), !c.text.contains("&"), let e = person(inside: c) {
                return (entities.candidate(e), nil, 1)
            }
            return (c, c.label == "ORG" ? "organisation" : nil, 1)
        case .pronoun:
            let lower = c.text.lowercased()
            if lower == "it" || lower == "they" {
                // "Local officials did not respond. “…,” they said": a group named as a subject just before,
                // later than any organisation.
                let group = lower == "they" ? openingPhrase(before: c.start, plural: true) : nil
                guard let e = latestOrganisation(before: c.start), group.map({ $0.start < e.start }) ?? true else {
                    if let group { return (group, "anonymous", 0.6) }
                    // "The mayor's office released a statement. “…,” it read": the document's issuer.
                    if lower == "it", let issuer = issuer(before: c.start) {
                        // ("The company said it … ¶ It said …": the company, when the story names it.)
                        if issuer.kind == .phrase, issuer.cluster == nil, let (named, _, _) = resolve(issuer), named.cluster != nil {
                            return (named, "pronoun", 0.6)
                        }
                        return (issuer, issuer.cluster == nil ? "anonymous" : "document", 0.6)
                    }
                    return nil
                }
                var r = c
                r.cluster = e.cluster
                r.canonical = entities.canonical(of: e) ?? e.text
                return (r, "pronoun", 0.7)
            }
            let gender: String? = lower == "he" ? "male" : lower == "she" ? "female" : nil
            // "The judge says he got the information from his secretary … ¶ “…,” he said": an unnamed
            // speaker reporting in the sentence just before is who the pronoun continues.
            if let phrase = reportingPhrase(before: c.start), pronoun(of: phrase.text).map({ $0 == lower }) ?? true,
               let resolved = resolve(phrase) {
                return resolved
            }
            guard let (e, margin) = mostSalientPerson(before: c.start, gender: gender) else {
                // "The Canadian member of the committee told the paper …. “…,” he
                // said": with nobody named, the unnamed subject just before.
                if let phrase = openingPhrase(before: c.start, plural: false) { return (phrase, "pronoun", 0.6) }
                // "“I feel good,” she said. Taylor Reed, 23, was the first to finish.": with nobody
                // before, the person who opens the next sentence.
                if let e = personOpeningNextSentence(after: c.end, gender: gender) {
                    var r = c
                    r.cluster = e.cluster
                    r.canonical = entities.canonical(of: e) ?? e.text
                    return (r, "pronoun_forward", 0.55)
                }
                return nil
            }
            var r = c
            r.cluster = e.cluster
            r.canonical = entities.canonical(of: e) ?? e.text
            return (r, "pronoun", margin >= 2 ? 0.85 : 0.7)
        case .phrase:
            // "The head of the National Unity party Benny Gantz": the roles end in the person they describe.
            // ("a spokesman for Gul Agha", "a partner of Morales": a person after a preposition is another one.)
            if let e = entities.ending(at: c.end), e.label == "PERSON", e.start > c.start, !c.text.contains(" and "),
               let t = Optional(firstToken(atOrAfter: e.start)), t > 0, tokens[t - 1].isWord,
               !SpeechCues.functionWords.contains(tokens[t - 1].lower) {
                return (entities.candidate(e), nil, 1)
            }
            // "the NHC statement said": a body's statement speaks for the body.
            if let t = Optional(firstToken(atOrAfter: c.end) - 1), t > 0, SpeechCues.documentNouns.contains(tokens[t].lower),
               let e = entities.ending(at: tokens[t - 1].end), e.label == "ORG", e.start > c.start {
                return (entities.candidate(e), "organisation", 0.8)
            }
            // "the campaign group Friends of the Earth": a kind of group before the body's name is no speaker of its own.
            if let e = entities.ending(at: c.end), e.label == "ORG", e.start > c.start,
               let t = Optional(firstToken(atOrAfter: e.start)), t > 0, tokens[t - 1].isWord,
               SpeechCues.kindsOfGroup.contains(tokens[t - 1].lower) {
                return (entities.candidate(e), "organisation", 0.8)
            }
            var words = c.text.split(separator: " ")
            // "The MP for Stanley West", "the Minister for Health": an office and the seat or
            // portfolio it is for (a name) is headed by the office.
            var office = false
            // (Not "the head of the World Health Organization": who heads a body is no epithet of the last person named.)
            if let f = words.firstIndex(where: { $0.lowercased() == "for" }), f >= 2, f + 1 < words.count, words.count - f <= 5,
               SpeechCues.titleWords.contains(words[f - 1].lowercased()) || words[f - 1].lowercased() == "member",
               words[(f + 1)...].allSatisfy({ $0.first?.isUppercase == true || ["of", "and", "the"].contains($0) }) {
                words = Array(words[..<f])
                office = true
            }
            let first = words.first?.lowercased() ?? ""
            let head = words.last?.lowercased() ?? ""
            let plural = head.hasSuffix("s") && !head.hasSuffix("ss") && !["police", "boss"].contains(head)
            // "the retired Marine Corps general": a longer epithet is still one
            // noun phrase when no preposition or "and" joins a second.
            let onePhrase = words.count <= 4 && (office || c.text.split(separator: " ").count <= 4) || words.count <= 6
                && !words.contains { ["of", "at", "for", "from", "in", "with", "and", "to", "on", "by"].contains($0.lowercased()) }
            // "the Galway man", "the Tom Kettle man": a place or club before "man" or "woman" makes
            // an epithet of someone named, as "the man" alone does not.
            let hometown = ["man", "woman"].contains(head) && words.count >= 3 && words.dropFirst().dropLast().allSatisfy { $0.first?.isUppercase == true }
            let epithet = (first == "the" || first == "this") && onePhrase && !plural
                && !SpeechCues.documentNouns.contains(head) && !SpeechCues.institutionNouns.contains(head)
                && !SpeechCues.groupNouns.contains(head)
                && (!SpeechCues.anonymousNouns.contains(head) || hometown) && !isCompanyNoun(head)
            // "according to the executive who commissioned it": a restrictive
            // clause introduces someone new, whom the phrase and its clause name.
            if epithet, let extended = withRestrictiveClause(c) { return (extended, "anonymous", 0.6) }
            // "the employee testified" after "a former UC Global employee": someone
            // the text never named, not the last person it did.
            // (Unless someone is named after it: "A senior judge has lashed out … Mr Justice Weir
            // criticised … The judge claimed" is Weir.)
            if epithet, let intro = indefinitePhrase(endingIn: head, before: c.start),
               !(mostSalientPerson(before: c.start, gender: nil).map { $0.0.start > intro.end && titled($0.0) } ?? false) {
                return (c, "anonymous", 0.6)
            }
            // ("the actress", "the father": the noun's gender rules out people of the other.)
            let nounGender: String? = SpeechCues.femaleNouns.contains(head) ? "female" : SpeechCues.maleNouns.contains(head) ? "male" : nil
            // ("the judge said" after "Judge Gordon Bright" and before defence counsel spoke: the person given the title.)
            if epithet, words.count == 2, SpeechCues.titleWords.contains(head), !SpeechCues.portfolioWords.contains(head),
               let e = titledPerson(head, before: c.start) {
                var r = c
                r.cluster = e.cluster
                r.canonical = entities.canonical(of: e) ?? e.text
                return (r, "epithet", 0.65)
            }
            // "the UN official said" after "Idrissa Kone, the senior official of the UN's food agency": the
            // person the text described with that noun, before anyone merely more recent.
            // (Of several so described, the one most in view: "the candidate" after both candidates.)
            // (Every word of the epithet must describe them.)
            let withNoun = epithet && !SpeechCues.portfolioWords.contains(head) ? descriptions(of: head, before: c.start) : []
            let wanted = words.dropFirst().map { $0.lowercased() }
            let described = withNoun
                .filter { _, described in wanted.allSatisfy { w in described.contains { tokens[$0].lower == w } } }
                .map(\.0)
                .filter { nounGender == nil || entities.gender(of: $0.cluster) == nil || entities.gender(of: $0.cluster) == nounGender }
            let salient = described.isEmpty ? nil : mostSalientPerson(before: c.start, gender: nounGender)?.0
            if let e = described.first(where: { d in salient.map { $0.cluster != nil && $0.cluster == d.cluster } ?? false }) ?? described.first {
                var r = c
                r.cluster = e.cluster
                r.canonical = entities.canonical(of: e) ?? e.text
                return (r, "epithet", 0.65)
            }
            // (Not someone the text gave another role: "advocate Preston Wanyonjui" is no judge.)
            // (Nor someone described with the noun and other words: "Russian ambassador X" is not
            // "the Ukrainian ambassador".)
            if epithet, let (e, _) = mostSalientPerson(before: c.start, gender: nounGender),
               !(SpeechCues.titleWords.contains(head) && otherRole(of: e, than: head, before: c.start)),
               !describedOtherwise(e, epithet: c, among: withNoun) {
                var r = c
                r.cluster = e.cluster
                r.canonical = entities.canonical(of: e) ?? e.text
                return (r, "epithet", 0.65)
            }
            // "the company said": the company named just before (this paragraph or the last);
            // "the ministry said" after "the Interior Ministry": the body named just before whose
            // name has that head ("the agency" also stands for an administration or a service).
            let bodyHeads = SpeechCues.bodyHeads[head]
            if words.count == 2, first == "the", isCompanyNoun(head) || bodyHeads != nil,
               // (A company is no public body: "the company said in a filing with the Securities and Exchange Commission".)
               let e = latestOrganisation(before: c.start, heads: bodyHeads, skipping: bodyHeads == nil ? SpeechCues.publicBodyHeads : [])
                ?? (bodyHeads == nil ? storyCompany(before: c.start) : nil) {
                var r = entities.candidate(e)
                r.start = c.start
                r.end = c.end
                r.text = c.text
                return (r, "organisation", 0.7)
            }
            // "The ministry's statement said": the statement speaks for its owner.
            if SpeechCues.documentNouns.contains(head), words.count >= 3, let owner = possessiveOwner(of: c) {
                return resolve(owner)
            }
            // "the statement said": the statement of whoever was said to issue one just before.
            if first == "the", SpeechCues.documentNouns.contains(head), let issuer = issuer(of: head, before: c.start) {
                return (issuer, issuer.cluster == nil ? "anonymous" : "document", 0.7)
            }
            // "Her niece said" after "Her niece Celeste Newton, 71, said": the person the text gave that role.
            if SpeechCues.possessivePronouns.contains(first), words.count == 2, !plural, let e = titledPerson(head, before: c.start) {
                var r = c
                r.cluster = e.cluster
                r.canonical = entities.canonical(of: e) ?? e.text
                return (r, "epithet", 0.65)
            }
            return (c, "anonymous", 0.85)
        }
    }

    /// A noun for a company: "the firm", "the airline"; and a maker of anything
    /// ("the chipmaker", "the drugmaker").
    func isCompanyNoun(_ head: String) -> Bool {
        SpeechCues.companyNouns.contains(head) || head.hasSuffix("maker") && head.count > 6
    }

    /// The noun phrase ending in a lower-case noun at `window[h]`, back to its article
    /// or to the punctuation before it: "the Chinese embassy", "mission control".
    func nounPhrase(_ window: [Int], endingAt h: Int) -> SpeakerCandidate? {
        let head = tokens[window[h]]
        guard head.isWord, !head.isCapitalized, !SpeechCues.functionWords.contains(head.lower), !isVerb(window[h]) else { return nil }
        var a = h
        while a >= 1, h - a < 4 {
            let p = tokens[window[a - 1]]
            if SpeechCues.determiners.contains(p.lower) { a -= 1; break }
            guard p.isWord, !SpeechCues.functionWords.contains(p.lower), !isVerb(window[a - 1]) else { break }
            a -= 1
        }
        // (Only a whole phrase: one that an article opens or punctuation bounds.)
        guard a == 0 || SpeechCues.determiners.contains(tokens[window[a]].lower) || !tokens[window[a - 1]].isWord else { return nil }
        let start = tokens[window[a]].start, end = head.end
        return SpeakerCandidate(text: text(start..<end), start: start, end: end, kind: .phrase)
    }

    /// "QC", "MP": a word in capitals only.
    func isAllCaps(_ t: Int) -> Bool {
        let w = scalars[tokens[t].start..<tokens[t].end]
        return w.count >= 2 && w.allSatisfy { !ScalarClass.isLetter($0) || ScalarClass.isUpper($0) }
    }

    /// The last person the tagger named inside a candidate's span, unless a
    /// capitalised word other than a post-nominal ("QC") follows it there: then
    /// the tagger split one name ("Kennedy Graham", "Graham" read as a town).
    func person(inside c: SpeakerCandidate) -> Entity? {
        for e in entities.mentioned(before: c.end) {
            if e.start < c.start { break }
            guard e.end <= c.end, e.label == "PERSON" else { continue }
            let after = firstToken(atOrAfter: e.end)
            if after < tokens.count, tokens[after].end <= c.end, tokens[after].isCapitalized, !isAllCaps(after) { return nil }
            return e
        }
        return nil
    }

    /// The first person whose name starts within `limit` tokens after `window[from]`,
    /// reading only over tokens that `through` accepts: "quoted Kerman provincial
    /// governor Mohammad Karimi", "noted ATF Special Agent in Charge Will Cray".
    func personAhead(_ window: [Int], from: Int, limit: Int, through: (Token) -> Bool) -> Entity? {
        for p in from..<min(window.count, from + limit) {
            if let e = entities.starting(at: tokens[window[p]].start), e.label == "PERSON" { return e }
            if !through(tokens[window[p]]) { return nil }
        }
        return nil
    }

    /// The "(" that opens the parenthesis closing at `window[close]`, at most eight tokens back.
    func openingParenthesis(_ window: [Int], closingAt close: Int) -> Int? {
        var open = close - 1
        while open >= 0, close - open <= 8, tokens[window[open]].lower != "(" { open -= 1 }
        return open >= 0 && close - open <= 8 ? open : nil
    }

    /// "The ministry's statement" → "The ministry": the phrase before a possessive
    /// ending inside the candidate, or nil.
    func possessiveOwner(of c: SpeakerCandidate) -> SpeakerCandidate? {
        var owner: Int?
        var i = firstToken(atOrAfter: c.start)
        while i < tokens.count, tokens[i].end <= c.end {
            if tokens[i].possessive { owner = i }
            i += 1
        }
        // The possessive ends a word before the document noun, not the phrase itself.
        guard let o = owner, tokens[o].end + 2 < c.end, o > firstToken(atOrAfter: c.start) || tokens[o].isCapitalized else { return nil }
        return SpeakerCandidate(text: text(c.start..<tokens[o].end), start: c.start, end: tokens[o].end, kind: .phrase)
    }

    /// The issuer named after a document phrase ("a statement from the family"
    /// → "the family"), when the phrase at `from` is one.
    func documentIssuer(_ s: SpeakerCandidate, in window: [Int], from: Int) -> SpeakerCandidate? {
        guard s.kind == .phrase, from < window.count,
              let by = window[from...].firstIndex(where: { tokens[$0].start < s.end && ["from", "by"].contains(tokens[$0].lower) }),
              by > from, SpeechCues.documentNouns.contains(tokens[window[by - 1]].lower), by + 1 < window.count else { return nil }
        if let (issuer, _) = parseForward(window, by + 1) { return issuer.kind == .pronoun ? nil : issuer }
        // "the family": a noun phrase no list knows, up to the next punctuation.
        var end = by + 1
        while end < window.count, end - by <= 5, tokens[window[end]].isWord, !isVerb(window[end]) { end += 1 }
        guard end > by + 1, SpeechCues.determiners.contains(tokens[window[by + 1]].lower) || tokens[window[by + 1]].isCapitalized else { return nil }
        let start = tokens[window[by + 1]].start, stop = tokens[window[end - 1]].end
        return SpeakerCandidate(text: text(start..<stop), start: start, end: stop, kind: .phrase)
    }

    /// The indefinite noun phrase ("a former UC Global employee") whose head is
    /// `head`, in the last three paragraphs before `offset`.
    func indefinitePhrase(endingIn head: String, before offset: Int) -> SpeakerCandidate? {
        let paragraph = paragraphIndex(of: offset)
        let sentence = sentenceIndex(of: offset)
        var i = firstToken(atOrAfter: offset) - 1
        // Three paragraphs back, and in text without paragraph breaks some thirty sentences.
        while i > 0, tokens[i].paragraph >= paragraph - 3, tokens[i].sentence >= sentence - 30 {
            defer { i -= 1 }
            guard !tokens[i].quoted, tokens[i].lower == head else { continue }
            var d = i - 1
            while d >= 0, i - d <= 6, tokens[d].isWord, !["a", "an", "one", "another"].contains(tokens[d].lower) { d -= 1 }
            guard d >= 0, i - d <= 6, ["a", "an", "one", "another"].contains(tokens[d].lower) else { continue }
            let start = tokens[d].start, end = tokens[i].end
            return SpeakerCandidate(text: text(start..<end), start: start, end: end, kind: .phrase)
        }
        return nil
    }

    /// Who issued the statement (letter, report…) mentioned in the last few
    /// sentences: the subject of the sentence that names the document (any
    /// document noun when none is given: "it read").
    func issuer(of document: String? = nil, before offset: Int) -> SpeakerCandidate? {
        let s = sentenceIndex(of: offset)
        var i = firstToken(atOrAfter: offset) - 1
        // "Mayor Sandy Hale announced … ¶ The announcement says “…”": the verb the noun is made from.
        let verbStem = document.flatMap { $0.hasSuffix("ment") && $0.count > 7 ? String($0.dropLast(4)) : nil }
        while i >= 0, tokens[i].sentence >= s - 3 {
            let named = document.map { tokens[i].lower == $0 } ?? SpeechCues.documentNouns.contains(tokens[i].lower)
            let made = verbStem.map { tokens[i].lower.hasPrefix($0) && tokens[i].lower.count > $0.count && isVerb(i) } ?? false
            if !tokens[i].quoted, made, tokens[i].sentence < s, let sentence = Optional(sentenceTokens(of: i)),
               let at = sentence.firstIndex(of: i), let who = speakerBefore(sentence, verbAt: at), who.kind == .name {
                return who
            }
            // (Not "tracking website Downdetector": a name after the noun is the thing itself.)
            let nameAfter = i + 1 < tokens.count && tokens[i + 1].sentence == tokens[i].sentence && tokens[i + 1].isWord && tokens[i + 1].isCapitalized
            if !tokens[i].quoted, named, !nameAfter, tokens[i].sentence < s || tokens[i].end <= offset {
                let sentence = sentenceTokens(of: i)
                if let at = sentence.firstIndex(of: i) {
                    // "the US military said in a statement": the subject of the verb before it.
                    if let v = sentence[..<at].lastIndex(where: { isVerb($0) }), let s = speakerBefore(sentence, verbAt: v),
                       s.kind != .pronoun { return s }
                    if let subject = sentenceSubject(sentence, before: at), subject.kind != .pronoun { return subject }
                }
            }
            i -= 1
        }
        return nil
    }

    /// "Clarke asked PC Murray why. She replied: “…”": the pronoun subject of a verb of
    /// answering is the one just asked, when the gender allows.
    func replyAsked(_ c: SpeakerCandidate, verb: Int) -> (SpeakerCandidate, String?, Double)? {
        let lower = c.text.lowercased()
        guard c.kind == .pronoun, ["he", "she"].contains(lower), SpeechCues.replyVerbs.contains(tokens[verb].lower),
              let asked = personAsked(before: c.start),
              entities.gender(of: asked.cluster).map({ $0 == (lower == "he" ? "male" : "female") }) ?? true else { return nil }
        var r = c
        r.cluster = asked.cluster
        r.canonical = entities.canonical(of: asked) ?? asked.text
        return (r, "pronoun", 0.7)
    }

    /// The person named right after "asked" (titles allowed) in the sentence before
    /// `offset` or earlier in its own.
    func personAsked(before offset: Int) -> Entity? {
        let s = sentenceIndex(of: offset)
        var i = firstToken(atOrAfter: offset) - 1
        while i >= 0, tokens[i].sentence >= s - 1 {
            if !tokens[i].quoted, ["asked", "asks", "questioned", "pressed"].contains(tokens[i].lower) {
                var n = i + 1
                while n < tokens.count, n - i <= 3, entities.starting(at: tokens[n].start) == nil,
                      SpeechCues.titleWords.contains(tokens[n].lower) || tokens[n].lower == "." { n += 1 }
                if n < tokens.count, let e = entities.starting(at: tokens[n].start), e.label == "PERSON", e.end <= offset { return e }
            }
            i -= 1
        }
        return nil
    }

    /// Whether the token stands after a reporting verb whose subject, earlier in the
    /// sentence, is a person or a personal pronoun ("Novak said the judge Ed Barlow …").
    func reportedByAnother(_ t: Int) -> Bool {
        var speakerSeen = false
        var reported = false
        var k = t
        while k > 0, tokens[k - 1].sentence == tokens[t].sentence { k -= 1 }
        while k < t {
            if let e = entities.starting(at: tokens[k].start), e.label == "PERSON" {
                speakerSeen = true
            } else if ["he", "she"].contains(tokens[k].lower) {
                speakerSeen = true
            } else if [",", ";", ":"].contains(tokens[k].lower) {
                // ("After John Smith criticized him, Tom Brown hit back": a new clause.)
                speakerSeen = false
                reported = false
            } else if speakerSeen, !tokens[k].quoted, isVerb(k, strongOnly: true), SpeechCues.lemmas[tokens[k].lower] == nil {
                reported = true
            }
            k += 1
        }
        return reported
    }

    /// The person a pronoun most likely refers to: mentions before it, outside
    /// quotes, in this paragraph and the two before, scored by recency, by
    /// being a sentence's subject, and by gender (a known match beats an
    /// unknown, a known mismatch is out). Returns the winner and its lead
    /// over the runner-up.
    func mostSalientPerson(before offset: Int, gender: String?, reach: Int = 2) -> (Entity, Double)? {
        // "“… ¶ … ¶ …,” he said": after a quote of several paragraphs, distances count from where it opened.
        var i = firstToken(atOrAfter: offset) - 1
        while i >= 0, offset - tokens[i].start < 40, !tokens[i].isWord, !tokens[i].quoted { i -= 1 }
        var anchor = offset
        if i >= 0, tokens[i].quoted {
            while i > 0, tokens[i - 1].quoted { i -= 1 }
            anchor = tokens[i].start
        }
        let paragraph = paragraphIndex(of: anchor)
        let sentence = sentenceIndex(of: anchor)
        var best: [Int: (Entity, Double)] = [:]
        for e in entities.mentioned(before: offset) where e.end <= offset {
            let p = paragraphIndex(of: e.start)
            // Three paragraphs at most, and in text without paragraph breaks some thirty sentences.
            if p < paragraph - reach || sentence - sentenceIndex(of: e.start) > 30 { break }
            guard e.label == "PERSON" else { continue }
            let t = firstToken(atOrAfter: e.start)
            guard t < tokens.count, !tokens[t].quoted else { continue }
            let g = entities.gender(of: e.cluster)
            if let gender, let g, g != gender { continue }
            var score = -Double(sentence - sentenceIndex(of: e.start)) - 1.5 * Double(paragraph - p)
            if gender != nil && g == gender { score += 3 }
            if isSubject(tokenAt: t) { score += 2 }
            // "After John Smith criticized him, Tom Brown hit back": the subject of a
            // subordinate clause yields to the main clause's.
            var b = t - 1
            while b >= 0, tokens[b].sentence == tokens[t].sentence, tokens[b].lower != "," { b -= 1 }
            var subordinate = b + 1 < t && SpeechCues.subordinators.contains(tokens[b + 1].lower)
                // "Renwick would not say whether Rogers would appeal": the subject of an indirect question.
                || t > 0 && ["whether", "if"].contains(tokens[t - 1].lower)
            if subordinate { score -= 1 }
            // "Novak said the fact that Judge Ed Barlow denied …": someone inside what another
            // person is reported to have said is no subject of the story.
            if !subordinate, reportedByAnother(t) {
                subordinate = true
                score -= 1.5
            }
            var last = t
            while last + 1 < tokens.count, tokens[last + 1].end <= e.end { last += 1 }
            if tokens[last].possessive { score -= 1.5 }
            // "Ahmed Ali's brother, Omar, said": the possessor opens the subject but is not it,
            // and what the subject said is not the possessor's either.
            let possessor = tokens[last].possessive
            if possessor && isSubject(tokenAt: t) { score -= 2 }
            // Speaking in a subordinate clause ("After Smith criticized him, …") earns nothing.
            let role = possessor ? min(0, speechRole(first: t, last: last)) : speechRole(first: t, last: last)
            score += subordinate ? min(0, role) : role
            if t > 0, ["of", "to", "with", "for", "from", "by", "about", "against", "on"].contains(tokens[t - 1].lower) { score -= 1 }
            // "she was more nervous than Rose-Lynn Harlan has ever been": a comparison names someone else.
            if t > 0, ["than", "unlike", "like"].contains(tokens[t - 1].lower) { score -= 3 }
            let key = e.cluster ?? -(e.start + 1)
            if let current = best[key], current.1 >= score { continue }
            best[key] = (e, score)
        }
        // Ties go to the later mention, so the answer never depends on hashing order.
        let ranked = best.values.sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.start > $1.0.start }
        guard let top = ranked.first else {
            // "“…,” he told Reuters. ¶ He was responding to a question. ¶ “…,” he added": nobody
            // named within reach, but a subject pronoun of that gender is, and it is resolved where it stands.
            if let gender, chainDepth < 3, let p = latestSubjectPronoun(gender: gender, before: offset, after: paragraph - 2) {
                var chained = self
                chained.chainDepth += 1
                return chained.mostSalientPerson(before: tokens[p].start, gender: gender)
            }
            // "the minister said" two paragraphs of description after "Agriculture Minister Sharad Pawar":
            // with nobody nearer, five paragraphs back.
            if reach == 2 { return mostSalientPerson(before: offset, gender: gender, reach: 4) }
            // ("Intel's CFO Cassidy Hart … ¶ “…,” he said": a gender taken from a given name alone
            // may be wrong; with nobody of the pronoun's gender in reach, whoever is.)
            if reach == 4, gender != nil, chainDepth == 0 { return mostSalientPerson(before: offset, gender: nil, reach: 1) }
            return nil
        }
        // "During the visit, he was photographed with Epstein … ¶ He told the BBC:": a
        // pronoun continues the subject pronoun before it, when everyone named since
        // was named only after a preposition; that earlier pronoun is resolved where it stands.
        if let gender, chainDepth < 3, let p = latestSubjectPronoun(gender: gender, before: offset, after: paragraph - 2) {
            var since: [Entity] = []
            for e in entities.mentioned(before: offset) where e.end <= offset {
                if e.start <= tokens[p].end { break }
                if e.label == "PERSON" { since.append(e) }
            }
            if !since.isEmpty, since.allSatisfy({ e in
                let t = firstToken(atOrAfter: e.start)
                return t > 0 && SpeechCues.prepositions.contains(tokens[t - 1].lower)
            }) {
                var chained = self
                chained.chainDepth += 1
                if let earlier = chained.mostSalientPerson(before: tokens[p].start, gender: gender), earlier.0.cluster != top.0.cluster {
                    return earlier
                }
            }
        }
        let margin = ranked.count > 1 ? top.1 - ranked[1].1 : 10
        return (top.0, margin)
    }

    /// The last "he" or "she" before `offset` that opens its clause, not
    /// earlier than paragraph `first`.
    func latestSubjectPronoun(gender: String, before offset: Int, after first: Int) -> Int? {
        let word = gender == "male" ? "he" : "she"
        var i = firstToken(atOrAfter: offset) - 1
        // A bounded look back: a chain is a matter of the last few sentences.
        let floor = max(0, i - 400)
        while i >= floor, paragraphIndex(of: tokens[i].start) >= first {
            if tokens[i].lower == word, !tokens[i].quoted, isSubject(tokenAt: i) { return i }
            i -= 1
        }
        return nil
    }

    /// How a person's mention stands to the speech verbs around it: the one
    /// who speaks ("John Corcoran, the head of ..., says", "said Yunus
    /// Qanooni,") is whom a later "he said" continues (+1.5); the subject of
    /// the reported clause ("says Mr Hicks could face a charge", "told CNN that
    /// Mr Sharon was trying") is only talked about (-1.5).
    func speechRole(first t: Int, last: Int) -> Double {
        let s = tokens[t].sentence
        var j = last + 1
        if j < tokens.count, tokens[j].sentence == s, tokens[j].lower == "," {
            // Past an appositive to the verb after it.
            var k = j + 1
            while k < tokens.count, k - j < 16, tokens[k].sentence == s, tokens[k].lower != ",", !tokens[k].quoted { k += 1 }
            if k < tokens.count, tokens[k].sentence == s, tokens[k].lower == "," { j = k + 1 }
        }
        if j < tokens.count, tokens[j].sentence == s, !tokens[j].quoted, isVerb(j, strongOnly: true) { return 1.5 }
        guard t > 0, tokens[t - 1].sentence == s else { return 0 }
        var v = t - 1
        if tokens[v].lower == "that", v > 0 { v -= 1 }
        while v > t - 4, v > 0, tokens[v].isWord, !isVerb(v), tokens[v].isCapitalized || ["mr", "mrs", "ms", "dr"].contains(tokens[v].lower) { v -= 1 }
        guard isVerb(v) else { return 0 }
        let next = last + 1
        if next >= tokens.count || tokens[next].sentence != s || !tokens[next].isWord { return 1.5 }
        return tokens[next].isCapitalized ? 0 : -1.5
    }

    /// Whether the mention starting at token t opens its clause (a likely subject):
    /// first in its sentence after an introductory phrase, or right before a verb.
    func isSubject(tokenAt t: Int) -> Bool {
        let s = tokens[t].sentence
        var i = t - 1
        var words = 0
        // Lower-case words count against a subject only when they could end a
        // clause before the name: "Wild defenseman Ryan Suter" is one noun phrase.
        var modifiers = 0
        while i >= 0, tokens[i].sentence == s, tokens[i].lower != "," {
            let w = tokens[i].lower
            if tokens[i].isWord && !tokens[i].isCapitalized && !SpeechCues.sourceNounsWithPlurals.contains(w) {
                let verbLike = SpeechCues.functionWords.contains(w) || ["who", "which", "that"].contains(w) || isVerb(i)
                    || w.hasSuffix("ed") || w.hasSuffix("s") || w.hasSuffix("ing")
                if verbLike { words += 1 } else { modifiers += 1 }
            }
            i -= 1
        }
        if modifiers > 2 { words += modifiers }
        if words == 0 { return true }
        var j = t
        while j + 1 < tokens.count, tokens[j + 1].isCapitalized { j += 1 }
        return j + 1 < tokens.count && (isVerb(j + 1) || SpeechCues.betweenSpeakerAndVerb.contains(tokens[j + 1].lower))
    }

    /// The phrase with the restrictive relative clause right after it ("the
    /// executive who commissioned it"), or nil when none follows.
    func withRestrictiveClause(_ c: SpeakerCandidate) -> SpeakerCandidate? {
        let t = firstToken(atOrAfter: c.end)
        guard t < tokens.count, ["who", "that"].contains(tokens[t].lower), !tokens[t].quoted,
              tokens[t].sentence == tokens[max(0, t - 1)].sentence else { return nil }
        var end = t
        while end + 1 < tokens.count, end - t < 8, tokens[end + 1].isWord, !tokens[end + 1].quoted,
              tokens[end + 1].sentence == tokens[t].sentence { end += 1 }
        guard end > t else { return nil }
        var r = c
        r.end = tokens[end].end
        r.text = text(c.start..<r.end)
        return r
    }

    /// Whether a capitalised title stands right before the person's name ("Mr Justice Weir").
    func titled(_ e: Entity) -> Bool {
        let t = firstToken(atOrAfter: e.start)
        return t > 0 && tokens[t - 1].isCapitalized && SpeechCues.titleWords.contains(tokens[t - 1].lower)
    }

    /// Whether the text introduced a person with a lower-case role other than
    /// `head` right before their name ("advocate Preston Wanyonjui").
    func otherRole(of e: Entity, than head: String, before offset: Int) -> Bool {
        for m in entities.mentioned(before: offset) where m.cluster == e.cluster && m.cluster != nil || m.start == e.start {
            let t = firstToken(atOrAfter: m.start)
            // ("Tom Hale MP" is no prime minister: letters for an office after the name.)
            let after = firstToken(atOrAfter: m.end)
            if after < tokens.count, ["mp", "mep", "msp", "td", "mla", "mpp"].contains(tokens[after].lower), tokens[after].start == m.end + 1,
               head != "mp" { return true }
            guard t > 0, tokens[t - 1].isWord, !tokens[t - 1].isCapitalized else { continue }
            let role = tokens[t - 1].lower
            if role != head, SpeechCues.sourceNouns.contains(role) || SpeechCues.titleWords.contains(role) { return true }
        }
        return false
    }

    /// The person named first in the sentence after `offset`'s, in its paragraph or
    /// the next, as its subject, when the gender does not rule them out.
    func personOpeningNextSentence(after offset: Int, gender: String?) -> Entity? {
        let s = sentenceIndex(of: offset)
        guard s + 1 < sentences.count, paragraphIndex(of: sentences[s + 1].lowerBound) - paragraphIndex(of: offset) <= 1 else { return nil }
        let window = Array(tokenRange(sentences[s + 1])).filter { !tokens[$0].quoted }
        guard let first = window.first, let e = entities.starting(at: tokens[first].start), e.label == "PERSON",
              isSubject(tokenAt: first) else { return nil }
        if let gender, let g = entities.gender(of: e.cluster), g != gender { return nil }
        return e
    }

    /// "The judge says …": a definite source phrase that opens the sentence before
    /// `offset`'s and is followed right away by a reporting verb.
    func reportingPhrase(before offset: Int) -> SpeakerCandidate? {
        let s = sentenceIndex(of: offset)
        guard s >= 1 else { return nil }
        let window = Array(tokenRange(sentences[s - 1])).filter { !tokens[$0].quoted }
        guard let first = window.first, ["the", "this"].contains(tokens[first].lower),
              let (c, next) = parseSourcePhrase(window, 0), c.kind == .phrase, next < window.count,
              isVerb(window[next], strongOnly: true) else { return nil }
        let head = c.text.lowercased().split(separator: " ").last.map(String.init) ?? ""
        guard SpeechCues.sourceNouns.contains(head), !SpeechCues.documentNouns.contains(head),
              !SpeechCues.institutionNouns.contains(head) else { return nil }
        // Only for "“…,” he said": a pronoun after a quote that opens its sentence.
        let own = Array(tokenRange(sentences[s])).filter { tokens[$0].end <= offset }
        guard let opening = own.first, tokens[opening].quoted || own.dropFirst().first.map({ tokens[$0].quoted }) == true,
              !own.contains(where: { !tokens[$0].quoted && entities.starting(at: tokens[$0].start)?.label == "PERSON" }) else { return nil }
        return c
    }

    /// The noun phrase that opens the sentence of `offset` (before it) or the
    /// sentence before: a plural one for "they" ("Local officials", or a people
    /// named as the subject, "New Yorkers"), a singular source noun for "he" or
    /// "she" ("The Canadian member of the committee").
    func openingPhrase(before offset: Int, plural: Bool) -> SpeakerCandidate? {
        let s = sentenceIndex(of: offset)
        for index in [s, s - 1, s - 2] where index >= 0 {
            let window = Array(tokenRange(sentences[index])).filter { !tokens[$0].quoted && tokens[$0].end <= offset }
            guard let first = window.first else { continue }
            // "The Katayama family lives in Tochigi. … “…,” they wrote": a family speaks as "they".
            // ("Today, Gavin’s family have paid tribute": after an opening word and its comma too.)
            let afterOpening = window.count > 2 && tokens[window[1]].lower == ","
                && (SpeechCues.introductoryWords.contains(tokens[first].lower) || SpeechCues.calendarWords.contains(tokens[first].lower))
            if plural, let (c, _) = parseForward(window, 0) ?? (afterOpening ? parseForward(window, 2) : nil), isGroupPhrase(c) { return c }
            // (Two sentences back only for a family.)
            if index == s - 2 { continue }
            if plural, let e = entities.starting(at: tokens[first].start), e.label == "NORP", e.text.hasSuffix("s") {
                return SpeakerCandidate(text: e.text, start: e.start, end: e.end, kind: .phrase)
            }
            // "Asked if he would run, the governor smiled.": after an opening clause, its subject.
            let starts = [0] + (window.firstIndex { tokens[$0].lower == "," }.map { [$0 + 1] } ?? [])
            guard let (c, _) = starts.lazy.compactMap({ self.parseSourcePhrase(window, $0) }).first(where: { $0.0.kind == .phrase })
            else { continue }
            let words = c.text.lowercased().split(separator: " ").map(String.init)
            if plural {
                let head = words.last ?? ""
                if head.hasSuffix("s") && !head.hasSuffix("ss") && !SpeechCues.documentNouns.contains(head) { return c }
            } else {
                // The head comes before any attachment: "member" in "the member of the committee".
                var head = words.prefix { !["of", "for", "at", "with", "within", "in", "from", "to", "on"].contains($0) }.last ?? ""
                // ("A Department of Schools spokeswoman": the "of" is inside the body's name.)
                if !SpeechCues.sourceNouns.contains(head) || SpeechCues.institutionNouns.contains(head),
                   let last = words.last, SpeechCues.sourceNouns.contains(last), !SpeechCues.institutionNouns.contains(last),
                   entities.mentioned(before: c.end).prefix(while: { $0.start >= c.start }).contains(where: { $0.label == "ORG" }) {
                    head = last
                }
                if SpeechCues.sourceNouns.contains(head), !head.hasSuffix("s"), !SpeechCues.documentNouns.contains(head),
                   !SpeechCues.institutionNouns.contains(head) { return c }
            }
        }
        return nil
    }

    /// The organisation "it" or "they" refers to: the latest one mentioned in
    /// this paragraph or the one before; with `heads`, the latest whose name has
    /// one of them among its words ("the ministry" → "the Interior Ministry").
    func latestOrganisation(before offset: Int, heads: Set<String>? = nil, skipping: Set<String> = []) -> Entity? {
        let paragraph = paragraphIndex(of: offset)
        let sentence = sentenceIndex(of: offset)
        for e in entities.mentioned(before: offset) where e.end <= offset {
            // (In text without paragraph breaks, some thirty sentences.)
            if paragraphIndex(of: e.start) < paragraph - 1 || sentence - sentenceIndex(of: e.start) > 30 { break }
            let t = firstToken(atOrAfter: e.start)
            if t < tokens.count, tokens[t].quoted { continue }
            guard e.label == "ORG" else { continue }
            let words = e.text.lowercased().split(separator: " ")
            if let heads, !words.contains(where: { heads.contains(String($0)) }) { continue }
            if !skipping.isEmpty, words.contains(where: { skipping.contains(String($0)) }) { continue }
            return e
        }
        return nil
    }

    /// The company a story is about, for "the company said" paragraphs after its
    /// name: the organisation named most often before `offset` outside quotes
    /// (the latest of those named as often), public bodies aside.
    func storyCompany(before offset: Int) -> Entity? {
        var counts: [Int: Int] = [:]
        var latest: [Int: Entity] = [:]
        // Newest first: the first mention of a cluster met is its latest.
        for e in entities.mentioned(before: offset) where e.end <= offset && e.label == "ORG" {
            guard let cluster = e.cluster else { continue }
            let t = firstToken(atOrAfter: e.start)
            if t < tokens.count, tokens[t].quoted { continue }
            if e.text.lowercased().split(separator: " ").contains(where: { SpeechCues.publicBodyHeads.contains(String($0)) }) { continue }
            counts[cluster, default: 0] += 1
            if latest[cluster] == nil { latest[cluster] = e }
        }
        return latest.max { x, y in
            let (nx, ny) = (counts[x.key, default: 0], counts[y.key, default: 0])
            return nx != ny ? nx < ny : x.value.start < y.value.start
        }?.value
    }

    private func finish(_ candidate: SpeakerCandidate, verb: Int, method: String, confidence: Double) -> Attribution? {
        guard let (speaker, rule, certainty) = replyAsked(candidate, verb: verb) ?? resolve(candidate) else { return nil }
        let v = tokens[verb]
        // Pronouns, epithets, anonymous sources and organisations name their own
        // rule; a named person keeps the rule that found the verb.
        return Attribution(speaker: speaker, cue: (text(v.start..<v.end), v.start, v.end), method: rule ?? method,
                           confidence: min(confidence, certainty))
    }
}
