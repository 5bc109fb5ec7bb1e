/// Scores the polarity of a piece of text in [-1, 1] with the VADER method:
/// each sentiment word's valence is adjusted by the words before it (boosters,
/// dampeners, negation, "least", set phrases), by capitals, and by a "but" in
/// the text; the sum, emphasised by "!" and "?", is squashed into [-1, 1].
///
/// With `news` off the result is vaderSentiment 3.3.2's compound score (to
/// rounding; Benchmarks/sentiment/compare.py checks every NYT snippet). With
/// it on, the tokenizer reads news typography, sentiment words inside
/// capitalised names are neutral, and the lexicon (built by the stage) has the
/// news additions and British spellings.
///
/// A class: scoring runs once per sentence in closures that capture the
/// scorer, and copying a struct of lexicon tables there retained every table.
public final class PolarityScorer: Sendable {
    public let lexicon: Lexicon
    public let news: Bool
    let tokenizer: PolarityTokenizer

    public init(lexicon: Lexicon, news: Bool) {
        self.lexicon = lexicon
        self.news = news
        tokenizer = PolarityTokenizer(emoji: lexicon.emoji, news: news, table: WordTable(lexicon.words))
    }

    /// What the rules need to know about one token, looked up once.
    private struct Resolved {
        /// Index of the word's text in `PolarityTokens.phraseWords`, or -1.
        var phrase: Int32 = -1
        var valence = 0.0
        var inLexicon = false
        var booster = 0.0
        var isBooster = false
        var negates = false
        var rule = RuleWord.none
        var inPhrase = false
        var isUpper = false
    }

    /// The compound score of a text, in [-1, 1]; 0 for a text without words.
    public func score<S: StringProtocol>(_ text: S) -> Double {
        tokenizer.withTokens(text) { score($0, $1) }
    }

    /// The compound score of UTF-8 text (a sentence's bytes inside a document's).
    public func score(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Double {
        tokenizer.withTokens(utf8: bytes) { score($0, $1) }
    }

    private typealias Tokens = UnsafeBufferPointer<PolarityToken>
    private typealias Words = UnsafeMutableBufferPointer<Resolved>
    private typealias Valences = UnsafeMutableBufferPointer<Double>

    private func score(_ tokens: Tokens, _ tokenized: PolarityTokens) -> Double {
        let n = tokens.count
        guard n > 0 else { return 0 }
        // Per-token working arrays live on the stack, like the tokens of ASCII text.
        return withUnsafeTemporaryAllocation(of: Resolved.self, capacity: n) { words in
            withUnsafeTemporaryAllocation(of: Double.self, capacity: n) { sentiments in
                resolve(tokens, into: words)
                valences(words, tokenized.phraseWords, into: sentiments)
                return finish(tokens, tokenized, words, sentiments)
            }
        }
    }

    private func finish(_ tokens: Tokens, _ tokenized: PolarityTokens, _ words: Words, _ sentiments: Valences) -> Double {
        applyBut(words, sentiments)
        if news && NewsLexicon.conditionals { halveCondition(tokens, sentiments) }
        var sum = 0.0
        for s in sentiments { sum += s }
        let emphasis = punctuationEmphasis(exclamations: tokenized.exclamations, questions: tokenized.questions)
        if sum > 0 { sum += emphasis } else if sum < 0 { sum -= emphasis }
        return Self.normalize(sum)
    }

    static func normalize(_ x: Double) -> Double {
        let n = x / (x * x + VaderRules.alpha).squareRoot()
        return min(1, max(-1, n))
    }

    private func punctuationEmphasis(exclamations: Int, questions: Int) -> Double {
        let ep = Double(min(exclamations, 4)) * 0.292
        var qm = 0.0
        if questions > 1 { qm = questions <= 3 ? Double(questions) * 0.18 : 0.96 }
        return ep + qm
    }

    private func resolve(_ tokens: Tokens, into resolved: Words) {
        lookUp(tokens, into: resolved)
        guard news && NewsLexicon.properNames else { return }
        for i in tokens.indices where resolved[i].inLexicon && Self.isProperNamePart(tokens, i) {
            // A sentiment word inside a name ("United States", "Security
            // Council") is read as an unknown word, case kept.
            resolved[i] = Resolved(negates: tokens[i].hasNT, isUpper: resolved[i].isUpper)
        }
    }

    /// Whether token i is part of a capitalised name: capitalised and next to
    /// another capitalised token, not across a sentence end (nor, looking
    /// forward, a comma). When most words are capitalised (a headline)
    /// capitals say nothing and no token is taken for a name.
    static func isProperNamePart(_ t: UnsafeBufferPointer<PolarityToken>, _ i: Int) -> Bool {
        guard t[i].isTitle else { return false }
        let before = i > 0 && t[i - 1].isTitle && !t[i - 1].endsSentence
        let after = i + 1 < t.count && t[i + 1].isTitle && !t[i].endsSentence && !t[i].endsWithComma
        guard before || after else { return false }
        // Rare enough (a sentiment word in a name) to count the headline test here.
        var titles = 0
        var words = 0
        for token in t {
            if token.isTitle { titles += 1 }
            if token.hasLetter { words += 1 }
        }
        return titles * 2 <= words
    }

    private func lookUp(_ tokens: Tokens, into resolved: Words) {
        for (i, token) in tokens.enumerated() {
            var r = Resolved(phrase: token.phrase, isUpper: token.isUpper)
            let info = token.word
            if info.isSentimentWord {
                r.valence = info.valence
                r.inLexicon = true
            }
            if info.boosterSign != 0 {
                r.booster = info.booster
                r.isBooster = true
            }
            r.negates = info.negates
            r.rule = info.rule
            r.inPhrase = info.inPhrase
            if token.hasNT { r.negates = true }
            if info.rule == .pretty && news && NewsLexicon.prettyAdverb && i + 1 < tokens.count
                && !token.endsWithComma && !token.endsSentence {
                // "pretty high": a degree adverb, which boosts like "quite".
                r.valence = 0
                r.inLexicon = false
                r.booster = VaderRules.boost
                r.isBooster = true
            }
            (resolved.baseAddress! + i).initialize(to: r)
        }
    }

    /// Each token's valence after the rules that look at the words before it.
    private func valences(_ w: Words, _ phraseWords: [String], into out: Valences) {
        let n = w.count
        var upper = 0
        for t in w where t.isUpper { upper += 1 }
        // Capitals only emphasise when some words, but not all, are in capitals.
        let capsDiffer = upper > 0 && upper < n
        for i in 0..<n {
            let t = w[i]
            (out.baseAddress! + i).initialize(to: 0)
            if t.isBooster { continue }
            if i < n - 1 && t.rule == .kind && w[i + 1].rule == .of { continue }
            guard t.inLexicon else { continue }
            var v = t.valence
            // "no" before another sentiment word negates that word instead of counting itself.
            if t.rule == .no && i != n - 1 && w[i + 1].inLexicon { v = 0 }
            if (i > 0 && w[i - 1].rule == .no) || (i > 1 && w[i - 2].rule == .no)
                || (i > 2 && w[i - 3].rule == .no && (w[i - 1].rule == .or || w[i - 1].rule == .nor)) {
                v = t.valence * VaderRules.negationScalar
            }
            if t.isUpper && capsDiffer { v = v > 0 ? v + VaderRules.capsEmphasis : v - VaderRules.capsEmphasis }
            for k in 0..<3 where i > k && !w[i - k - 1].inLexicon {
                var s = scalar(of: w[i - k - 1], on: v, capsDiffer: capsDiffer)
                if k == 1 && s != 0 { s *= 0.95 }
                if k == 2 && s != 0 { s *= 0.9 }
                v += s
                v = negation(v, w, k, i)
                if k == 2 { v = phrases(v, w, phraseWords, i) }
            }
            v = least(v, w, i)
            out[i] = v
        }
    }

    private func scalar(of modifier: Resolved, on valence: Double, capsDiffer: Bool) -> Double {
        guard modifier.isBooster else { return 0 }
        var s = modifier.booster
        if valence < 0 { s = -s }
        if modifier.isUpper && capsDiffer { s = valence > 0 ? s + VaderRules.capsEmphasis : s - VaderRules.capsEmphasis }
        return s
    }

    /// Negation by the word k+1 places back, with the exceptions "never so/this"
    /// (which intensify) and "without doubt". The third-place test matches
    /// vaderSentiment's grouping, in which a "so" or "this" right before the word
    /// intensifies on its own.
    private func negation(_ valence: Double, _ w: Words, _ k: Int, _ i: Int) -> Double {
        switch k {
        case 0:
            return w[i - 1].negates ? valence * VaderRules.negationScalar : valence
        case 1:
            if w[i - 2].rule == .never && (w[i - 1].rule == .so || w[i - 1].rule == .this) { return valence * 1.25 }
            if w[i - 2].rule == .without && w[i - 1].rule == .doubt { return valence }
            return w[i - 2].negates ? valence * VaderRules.negationScalar : valence
        default:
            if (w[i - 3].rule == .never && (w[i - 2].rule == .so || w[i - 2].rule == .this))
                || (w[i - 1].rule == .so || w[i - 1].rule == .this) {
                return valence * 1.25
            }
            if w[i - 3].rule == .without && (w[i - 2].rule == .doubt || w[i - 1].rule == .doubt) { return valence }
            return w[i - 3].negates ? valence * VaderRules.negationScalar : valence
        }
    }

    /// Set phrases around the word replace its valence; dampening phrases
    /// before it ("sort of") add theirs. Only built when every word of the
    /// phrase occurs in some phrase, which is rare.
    private func phrases(_ valence: Double, _ w: Words, _ phraseWords: [String], _ i: Int) -> Double {
        var v = valence
        let n = w.count
        // Every phrase looked at below lies within words i-3...i+2; when none
        // of them occurs in any phrase, nothing can match.
        var any = false
        for j in max(0, i - 3)...min(n - 1, i + 2) where w[j].inPhrase {
            any = true
            break
        }
        guard any else { return v }
        func phrase(_ idx: [Int]) -> String? {
            for j in idx where !w[j].inPhrase || w[j].phrase < 0 { return nil }
            return idx.map { phraseWords[Int(w[$0].phrase)] }.joined(separator: " ")
        }
        let before: [[Int]] = [[i - 1, i], [i - 2, i - 1, i], [i - 2, i - 1], [i - 3, i - 2, i - 1], [i - 3, i - 2]]
        for idx in before {
            if let p = phrase(idx), let value = lexicon.specialCases[p] {
                v = value
                break
            }
        }
        if n - 1 > i, let p = phrase([i, i + 1]), let value = lexicon.specialCases[p] { v = value }
        if n - 1 > i + 1, let p = phrase([i, i + 1, i + 2]), let value = lexicon.specialCases[p] { v = value }
        for idx in [[i - 3, i - 2, i - 1], [i - 3, i - 2], [i - 2, i - 1]] {
            if let p = phrase(idx), let value = lexicon.phraseBoosters[p] { v += value }
        }
        return v
    }

    /// "least" before a word negates it, except in "at least" and "very least".
    private func least(_ valence: Double, _ w: Words, _ i: Int) -> Double {
        if i > 1 && !w[i - 1].inLexicon && w[i - 1].rule == .least {
            if w[i - 2].rule != .at && w[i - 2].rule != .very { return valence * VaderRules.negationScalar }
        } else if i > 0 && !w[i - 1].inLexicon && w[i - 1].rule == .least {
            return valence * VaderRules.negationScalar
        }
        return valence
    }

    /// A "but" halves what comes before it and raises what follows by half.
    /// vaderSentiment finds each value by its first equal value in the list,
    /// so equal valences on both sides are treated as that first one; this
    /// walk does the same so that scores agree.
    private func applyBut(_ w: Words, _ s: Valences) {
        guard let bi = w.firstIndex(where: { $0.rule == .but }) else { return }
        for k in 0..<s.count {
            let v = s[k]
            let si = s.firstIndex(of: v) ?? k
            if si < bi { s[si] = v * 0.5 } else if si > bi { s[si] = v * 1.5 }
        }
    }

    /// An opening "If ...," clause asserts nothing: its words count half.
    /// (Measured by tune_news.py; on only when it helped there.)
    private func halveCondition(_ t: Tokens, _ s: Valences) {
        guard let first = t.first, first.word.rule == .if || first.word.rule == .unless,
              let comma = t.firstIndex(where: { $0.endsWithComma }) else { return }
        for i in 0...comma { s[i] *= 0.5 }
    }

    static func containsNT(_ word: String) -> Bool {
        var state = 0
        for b in word.utf8 {
            switch (state, b) {
            case (_, UInt8(ascii: "n")): state = 1
            case (1, UInt8(ascii: "'")): state = 2
            case (2, UInt8(ascii: "t")): return true
            default: state = 0
            }
        }
        return false
    }
}
