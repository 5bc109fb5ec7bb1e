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
