import Testing
import TextPipe
@testable import SentimentStance

/// A stage that traps takes the whole run down, so the stage is fed odd but
/// schema-valid layers: overlapping and unsorted spans, quotes that cross
/// sentences, mentions inside words, empty spans, non-ASCII text.
@Suite("Robustness")
struct RobustnessTests {
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return bound <= 0 ? 0 : Int((state >> 33) % UInt64(bound))
        }
    }

    static let pieces = ["Russia", "North Korean", "troops", "condemned", "praised", "was", "by", "these", "deployment",
                         "“", "”", ",", ".", "—", "-", "’s", "not", "good", "BAD", "!!", "??", "😀", "é", "\n", "If", "but",
                         "he", "she", "said", "Moscow", "warned", "against", "back", "away", "the", "a", "Kim", "Yong-hyun"]

    @Test(arguments: [UInt64(42), 7, 2024])
    func randomLayersNeverTrap(seed: UInt64) throws {
        var g = Generator(state: seed)
        let harness = try StageHarness(SentimentStage.self, options: ["targets": "both", "topics": ["Deployment: deploy*, troops"]])
        for _ in 0..<300 {
            var parts: [String] = []
            for _ in 0..<g.next(40) { parts.append(Self.pieces[g.next(Self.pieces.count)]) }
            let text = parts.joined(separator: g.next(3) == 0 ? "" : " ")
            let n = text.unicodeScalars.count
            func span() -> (Int, Int) {
                let a = g.next(n + 1)
                return (a, a + g.next(n - a + 1))
            }
            var doc = Document(id: "r", text: text)
            doc.set(Layer.sentences, (0..<g.next(6)).map { _ in let (a, b) = span(); return Span(start: a, end: b) })
            doc.set(Layer.entities, (0..<g.next(8)).map { _ in
                let (a, b) = span()
                return Entity(start: a, end: b, text: "x", label: ["PERSON", "LOC", "NORP", "ORG"][g.next(4)],
                              cluster: g.next(3) == 0 ? nil : g.next(4))
            })
            doc.set(Layer.clusters, (0..<g.next(4)).map { EntityCluster(id: $0, canonical: ["Russia", "Russian", "Kim", "X"][g.next(4)], label: ["PERSON", "LOC", "NORP", "ORG"][g.next(4)]) })
            doc.set(Layer.quotes, (0..<g.next(4)).map { _ in
                let (a, b) = span()
                let (c, d) = span()
                return Quote(start: a, end: b, text: "quoted words", kind: ["direct", "partial", "split", "mention"][g.next(4)],
                             speaker: g.next(3) == 0 ? nil : Quote.Speaker(text: "s", start: c, end: d, cluster: g.next(4), canonical: g.next(2) == 0 ? nil : "Kim"))
            })
            let out = try harness.run(doc)
            let stances = try out.get(Layer.stance) ?? []
            for s in stances { #expect(s.score >= -1 && s.score <= 1) }
        }
    }
}

/// News text with curly quotes, dashes and no-break spaces takes the byte
/// path after folding them to ASCII; it must give the very tokens the general
/// path gives.
@Suite("Typography folding")
struct TypographyFoldingTests {
    static let tokenizer = PolarityTokenizer(emoji: Lexicon.vader.emoji, news: true,
                                             table: WordTable(Lexicon.vader.adding(NewsLexicon.entries).words))

    static func describe(_ t: PolarityToken) -> String {
        "\(t.word.valence)|\(t.word.rule)|\(t.word.boosterSign)|\(t.word.flags)|\(t.phrase)|\(t.hasNT)|\(t.isUpper)|\(t.isTitle)|\(t.endsSentence)|\(t.endsWithComma)|\(t.hasLetter)"
    }

    static let sentences: [String] = [
        "“The likelihood is pretty high” that these forces will be used, Austin stated.",
        "“It isn’t good — it’s terrible,” she said.",
        "He said ‘no’ to the ‘deal’–and the DEAL failed\u{00A0}badly.",
        "They’re pulling in support, but it’s a short-term fix.",
        "“Why?” he asked. “Don’t,” she replied—“never.”",
        "A ’90s hit: “GREAT” and ‘kind of’ sad “”",
        "“” ‘’ — – ― \u{00A0}",
        "The U.S. didn’t win ’em over—not at all.",
    ]

    @Test(arguments: sentences)
    func foldedTextGivesTheSameTokens(_ text: String) {
        var s = text
        let fast: [String] = s.withUTF8 { bytes in
            Self.tokenizer.withTokens(utf8: bytes) { tokens, _ in tokens.map(Self.describe) }
        }
        let (general, _) = Self.tokenizer.tokenizeScalars(text)
        #expect(fast == general.map(Self.describe))
    }

    @Test func theSeedArticleScoresTheSameEitherWay() throws {
        let scorer = PolarityScorer(lexicon: Lexicon.vader.adding(NewsLexicon.entries).addingBritishSpellings(), news: true)
        let text = try Fixtures.text("seed-000.txt")
        for line in text.split(separator: "\n") where line.unicodeScalars.contains(where: { $0.value >= 0x80 }) {
            // An "é" sends a text to the general path; alone at the end it adds an unknown word only.
            let general = scorer.score(String(line) + " é")
            #expect(abs(scorer.score(line) - general) < 1e-12, "\(line.prefix(60))")
        }
    }
}
