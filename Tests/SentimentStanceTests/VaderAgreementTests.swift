import Testing
import TextPipe
@testable import SentimentStance

/// With news extensions off, textpipe's scorer must give vaderSentiment
/// 3.3.2's compound score. The fixture's expected values were computed by
/// vaderSentiment itself (Benchmarks/sentiment/make_vader_fixture.py).
@Suite("VADER agreement")
struct VaderAgreementTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var compound: Double
        var testDescription: String { text.isEmpty ? "(empty)" : String(text.prefix(60)) }
    }

    static let cases: [Case] = {
        guard let json = try? Fixtures.json("vader-compound.json"), let list = json.objectValue?["cases"]?.arrayValue else { return [] }
        return list.compactMap { item in
            guard let o = item.objectValue, let t = o["text"]?.stringValue, let c = o["compound"]?.doubleValue else { return nil }
            return Case(text: t, compound: c)
        }
    }()

    static let plain = PolarityScorer(lexicon: .vader, news: false)

    @Test func fixtureIsThere() {
        #expect(Self.cases.count >= 400)
    }

    @Test(arguments: cases)
    func compoundMatches(_ c: Case) {
        let score = Self.plain.score(c.text)
        #expect(abs(score - c.compound) <= 0.001, "textpipe \(score), vaderSentiment \(c.compound)")
    }

    @Test func lexiconIsComplete() {
        #expect(Lexicon.vader.count == 7506)
        #expect(Lexicon.vader.valence(of: "good") == 1.9)
        #expect(Lexicon.vader.valence(of: ":)") == 2.0)
    }

    @Test func rulesWorkAsVaderSays() {
        let s = Self.plain
        #expect(s.score("The plan is good.") > 0)
        #expect(s.score("The plan is not good.") < 0)
        #expect(s.score("The plan is very good.") > s.score("The plan is good."))
        #expect(s.score("The plan is barely good.") < s.score("The plan is good."))
        #expect(s.score("The plan is GOOD.") > s.score("The plan is good."))
        #expect(s.score("The plan is good!!") > s.score("The plan is good."))
        #expect(s.score("It was good, but the ending was bad.") < 0)
        #expect(s.score("That speech was the kiss of death.") < 0)
        #expect(s.score("") == 0)
        #expect(s.score("The talks resume on Monday.") == 0)
    }
}
