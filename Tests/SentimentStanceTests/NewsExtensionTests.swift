import Testing
import TextPipe
@testable import SentimentStance

/// Each news addition has its own test case: in a plain news sentence it moves
/// the score the way its valence says, and only with news extensions on.
@Suite("News extensions")
struct NewsExtensionTests {
    static let news = PolarityScorer(lexicon: Lexicon.vader.adding(NewsLexicon.entries).addingBritishSpellings(), news: true)
    static let plain = PolarityScorer(lexicon: .vader, news: false)

    struct Entry: Sendable, CustomTestStringConvertible {
        var word: String
        var valence: Double
        var testDescription: String { "\(word) \(valence)" }
    }

    static let entries = NewsLexicon.entries.map { Entry(word: $0.word, valence: $0.valence) }

    @Test(arguments: entries)
    func eachAdditionScoresItsWay(_ e: Entry) {
        let sentence = "Officials said the \(e.word) was reported on Tuesday."
        let score = Self.news.score(sentence)
        if e.valence > 0 {
            #expect(score > 0)
        } else if e.valence < 0 {
            #expect(score < 0)
        } else {
            #expect(score == 0, "\(e.word) is neutral in news text")
        }
        // Without the extensions the word keeps VADER's own value (or none).
        let vader = Lexicon.vader.valence(of: e.word) ?? 0
        let plainScore = Self.plain.score(sentence)
        #expect(vader == 0 ? plainScore == 0 : (plainScore > 0) == (vader > 0))
    }

    @Test func namedExamplesOfTheIssue() {
        #expect(Self.news.score("The escalation alarmed diplomats.") < Self.plain.score("The escalation alarmed diplomats."))
        #expect(Self.plain.score("a destabilising move") == 0)
        #expect(Self.news.score("a destabilising move") < 0, "British spelling found through -izing")
        #expect(Self.news.score("a destabilizing move") < 0)
        #expect(Self.news.score("Leaders condemn the attack.") < 0)
        #expect(Self.news.score("Leaders praise the ceasefire.") > 0)
        #expect(Self.news.score("The crisis deepened.") < 0)
    }

    @Test func prettyBeforeAWordIsADegreeAdverb() {
        #expect(Self.plain.score("The likelihood is pretty high.") > 0, "VADER reads 'pretty' as praise")
        #expect(Self.news.score("The likelihood is pretty high.") == 0)
        // As a booster it strengthens the next sentiment word, like "quite".
        #expect(Self.news.score("The outlook is pretty bad.") == Self.news.score("The outlook is quite bad."))
        #expect(Self.news.score("The outlook is pretty bad.") < Self.news.score("The outlook is bad."))
        // At the end of a clause it is still the adjective.
        #expect(Self.news.score("The garden is pretty.") > 0)
        #expect(Self.news.score("The garden is pretty, and quiet.") > 0)
    }

    @Test func anOpeningConditionCountsHalf() {
        let full = Self.news.score("Support grew, and the conflict deepened.")
        let conditional = Self.news.score("If support grows, the conflict deepens.")
        #expect(full > conditional, "the positive words of the if-clause weigh half")
        #expect(conditional < 0)
        #expect(Self.plain.score("If support grows, the conflict deepens.") > 0, "VADER counts both clauses fully")
    }

    @Test func sentimentWordsInsideNamesAreNeutral() {
        // "United" and "Security" are positive in VADER; here they are names.
        #expect(Self.plain.score("The United States asked the Security Council to meet.") > 0)
        #expect(Self.news.score("The United States asked the Security Council to meet.") == 0)
        // A capitalised word at the start of a sentence is not a name.
        #expect(Self.news.score("Good news arrived.") > 0)
        // In a headline every word is capitalised, so capitals say nothing.
        #expect(Self.news.score("Leaders Praise Historic Peace Deal") > 0)
    }

    @Test func newsTypography() {
        // Curly quotes are stripped, so the word is found.
        #expect(Self.plain.score("a “dangerous” plan") == 0)
        #expect(Self.news.score("a “dangerous” plan") < 0)
        // A curly apostrophe negates like a straight one.
        #expect(Self.news.score("It isn’t good.") < 0)
        // Dashes separate words.
        #expect(Self.news.score("talks—hopeful—resumed") > 0)
        #expect(Self.plain.score("talks—hopeful—resumed") == 0)
    }

    @Test func britishSpellings() {
        #expect(Lexicon.britishSpellings(of: "destabilizing") == ["destabilising"])
        #expect(Lexicon.britishSpellings(of: "favorable") == ["favourable"])
        #expect(Lexicon.britishSpellings(of: "go").isEmpty)
        #expect(Self.news.score("a favourable outcome") > 0)
    }
}
