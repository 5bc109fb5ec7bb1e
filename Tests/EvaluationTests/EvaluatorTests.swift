import Foundation
import Testing
import TextPipe
@testable import Evaluation

@Suite("Evaluation metrics on hand-made cases")
struct EvaluatorTests {
    /// A predicted document whose quotes are given as (text, speaker, kind).
    func predicted(_ id: String = "d", quotes: [(String, String?, String)], entities: [(String, String)] = [],
                   text: String = "") -> Document {
        var doc = Document(id: id, text: text)
        doc.set(Layer.quotes, quotes.map { q in
            Quote(start: 0, end: 1, text: q.0, kind: q.2, speaker: q.1.map { Quote.Speaker(text: $0, canonical: $0) })
        })
        doc.set(Layer.entities, entities.map { Entity(start: 0, end: 1, text: $0.0, label: $0.1) })
        return doc
    }

    func gold(_ id: String = "d", quotes: [(String, String?, [String])], entities: [(String, String)]? = nil) -> GoldDocument {
        GoldDocument(id: id, quotes: quotes.map { .init(text: $0.0, speaker: $0.1, aliases: $0.2, kind: "direct", polarity: nil) },
                     entities: entities?.map { .init(text: $0.0, label: $0.1) })
    }

    @Test("a perfect prediction scores 1 everywhere")
    func perfect() {
        let e = Evaluator.evaluate(
            predicted: [predicted(quotes: [("We will win,", "Ann Lee", "direct"), ("Never.", "Bo Chan", "direct")])],
            gold: [gold(quotes: [("We will win,", "Ann Lee", []), ("Never.", "Bo Chan", [])])])
        let t = e.total
        #expect(t.quotesExact == Counts(truePositives: 2))
        #expect(t.quotesOverlap.f1 == 1)
        #expect(t.speakers == Accuracy(right: 2, total: 2))
    }

    @Test("exact needs the same words; 80% overlap forgives a little")
    func overlap() {
        // 9 of 10 gold tokens, and the prediction has 10: overlap 0.9.
        let e = Evaluator.evaluate(
            predicted: [predicted(quotes: [("one two three four five six seven eight nine ten", "X", "direct")])],
            gold: [gold(quotes: [("one two three four five six seven eight nine eleven", "X", [])])]).total
        #expect(e.quotesExact == Counts(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        #expect(e.quotesOverlap == Counts(truePositives: 1))
        // 7 of 10: no match at all.
        let f = Evaluator.evaluate(
            predicted: [predicted(quotes: [("one two three four five six seven x y z", "X", "direct")])],
            gold: [gold(quotes: [("one two three four five six seven eight nine ten", "X", [])])]).total
        #expect(f.quotesOverlap == Counts(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        #expect(f.speakers.total == 0, "speakers are judged on matched quotes only")
    }

    @Test("exact matching ignores whitespace, curly apostrophes and end punctuation")
    func normalisation() {
        let e = Evaluator.evaluate(predicted: [predicted(quotes: [("They’re  pulling in support", "A", "direct")])],
                                   gold: [gold(quotes: [("They're pulling in support,", "A", [])])]).total
        #expect(e.quotesExact.truePositives == 1)
    }

    @Test("speakers: aliases count, a wrong name does not, null against null is right")
    func speakers() {
        let e = Evaluator.evaluate(
            predicted: [predicted(quotes: [("alpha beta gamma", "Austin", "direct"), ("delta epsilon zeta", "Park", "direct"),
                                           ("eta theta iota", nil, "direct"), ("kappa lambda mu", nil, "direct")])],
            gold: [gold(quotes: [("alpha beta gamma", "Lloyd Austin", ["Austin"]), ("delta epsilon zeta", "Evelyn Brooks", ["Brooks"]),
                                 ("eta theta iota", nil, []), ("kappa lambda mu", "Kim", [])])]).total
        #expect(e.speakers == Accuracy(right: 2, total: 4))
    }

    @Test("speaker names compare without case, a possessive or a leading “the”")
    func nameNormalisation() {
        let e = Evaluator.evaluate(predicted: [predicted(quotes: [("a b c", "the US military", "direct"), ("d e f", "Austin’s", "direct")])],
                                   gold: [gold(quotes: [("a b c", "US Military", []), ("d e f", "Lloyd Austin", ["Austin"])])]).total
        #expect(e.speakers == Accuracy(right: 2, total: 2))
    }

    @Test("mentions and nested quotes are left out of quote counts")
    func nestedLeftOut() {
        let e = Evaluator.evaluate(predicted: [predicted(quotes: [("never again", nil, "nested"), ("Real words here", "A", "direct")])],
                                   gold: [gold(quotes: [("Real words here", "A", [])])]).total
        #expect(e.quotesOverlap == Counts(truePositives: 1))
    }

    @Test("mentions are left out of quote counts")
    func mentions() {
        let e = Evaluator.evaluate(predicted: [predicted(quotes: [("so-called", nil, "mention"), ("Real words here", "A", "direct")])],
                                   gold: [gold(quotes: [("Real words here", "A", [])])]).total
        #expect(e.quotesOverlap == Counts(truePositives: 1))
    }

    @Test("no predictions, and no gold")
    func empty() {
        let none = Evaluator.evaluate(predicted: [predicted(quotes: [])], gold: [gold(quotes: [("a b c", "A", [])])]).total
        #expect(none.quotesOverlap == Counts(falseNegatives: 1))
        #expect(none.quotesOverlap.precision == 0 && none.quotesOverlap.recall == 0 && none.quotesOverlap.f1 == 0)
        let nothingToFind = Evaluator.evaluate(predicted: [predicted(quotes: [])], gold: [gold(quotes: [])]).total
        #expect(nothingToFind.quotesOverlap.f1 == 1, "nothing expected, nothing predicted")
        #expect(nothingToFind.speakers.value == nil)
        let spurious = Evaluator.evaluate(predicted: [predicted(quotes: [("x y", "A", "direct")])], gold: [gold(quotes: [])]).total
        #expect(spurious.quotesOverlap.precision == 0 && spurious.quotesOverlap.recall == 0)
    }

    @Test("unmatched ids: gold without a prediction counts as missed; predictions without gold are not scored")
    func unmatched() {
        let e = Evaluator.evaluate(predicted: [predicted("other", quotes: [("x y z", "A", "direct")])],
                                   gold: [gold("d", quotes: [("a b c", "A", [])])])
        #expect(e.goldWithoutPrediction == ["d"])
        #expect(e.predictedWithoutGold == ["other"])
        #expect(e.total.quotesOverlap == Counts(falseNegatives: 1))
    }

    @Test("entities: distinct surface forms per label")
    func entities() throws {
        let e = Evaluator.evaluate(
            predicted: [predicted(quotes: [], entities: [("Austin", "PERSON"), ("Austin", "PERSON"), ("Kursk", "LOC"),
                                                         ("NATO", "LOC"), ("Ghost", "ORG")])],
            gold: [gold(quotes: [], entities: [("Austin", "PERSON"), ("Kursk", "LOC"), ("NATO", "ORG"), ("Kim", "PERSON")])]).total
        #expect(e.entities?["PERSON"] == Counts(truePositives: 1, falsePositives: 0, falseNegatives: 1))
        #expect(e.entities?["LOC"] == Counts(truePositives: 1, falsePositives: 1, falseNegatives: 0))
        #expect(e.entities?["ORG"] == Counts(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        let overall = try #require(e.entitiesOverall)
        #expect(overall == Counts(truePositives: 2, falsePositives: 2, falseNegatives: 2))
        #expect(overall.f1 == 0.5)
    }

    @Test("sentences and polarity where gold has them")
    func sentencesAndPolarity() {
        var doc = Document(id: "d", text: "One. Two three.")
        doc.set(Layer.sentences, [Span(start: 0, end: 4), Span(start: 5, end: 15)])
        doc.set(Layer.sentiment, Sentiment(document: .init(score: -0.5, label: "negative")))
        let g = GoldDocument(id: "d", sentences: ["One.", "Two", "three."], documentPolarity: "negative")
        let e = Evaluator.evaluate(predicted: [doc], gold: [g]).total
        #expect(e.sentences == Counts(truePositives: 1, falsePositives: 1, falseNegatives: 2))
        #expect(e.documentPolarity == Accuracy(right: 1, total: 1))
    }

    @Test("the seed gold file reads: 14 quotes, 45 entities, a document polarity")
    func seedGold() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/seed-000.json").path
        let docs = try GoldDocument.load(path)
        #expect(docs.count == 1)
        #expect(docs[0].quotes.count == 14)
        #expect(docs[0].entities?.count == 45)
        #expect(docs[0].quotes[4].aliases.contains("Park"))
        #expect(docs[0].documentPolarity == "negative")
        // An empty prediction for it: recall 0, nothing crashes.
        let e = Evaluator.evaluate(predicted: [Document(id: docs[0].id, text: "")], gold: docs)
        #expect(e.total.quotesOverlap.recall == 0)
        #expect(EvaluationReport.text(e, details: true).contains("missed: “dangerous and destabilizing development.”"))
    }

    @Test("metrics for --fail-under are named and computed from totals")
    func metrics() {
        let e = Evaluator.evaluate(predicted: [predicted(quotes: [("a b c", "A", "direct")])], gold: [gold(quotes: [("a b c", "B", [])])])
        let m = Dictionary(e.metrics.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        #expect(m["quotes.f1"] == 1)
        #expect(m["speakers.accuracy"] == 0)
        #expect(m["entities.f1"] == .some(nil), "gold without entities: not measurable")
    }
}
