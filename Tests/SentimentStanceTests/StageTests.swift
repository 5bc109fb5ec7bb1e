import Foundation
import Testing
import TextPipe
@testable import SentimentStance

@Suite("sentiment stage")
struct StageTests {
    @Test func scoresSentencesAndDocument() throws {
        let out = try StageHarness(SentimentStage.self).run(document(lines: ["The talks were a great success.", "Then the war resumed and many were killed.", "The meeting is on Monday."]))
        let s = try #require(try out.get(Layer.sentiment))
        #expect(s.sentences.map(\.label) == ["positive", "negative", "neutral"])
        #expect(s.sentences.map(\.index) == [0, 1, 2])
        let mean = s.sentences.map(\.score).reduce(0, +) / 3
        #expect(abs(s.document!.score - mean) < 0.0002)
        #expect(s.document?.label == PolarityLabels().label(mean))
        for x in s.sentences { #expect(x.score >= -1 && x.score <= 1) }
        #expect(try out.get(Layer.stance) == [])
    }

    @Test func thresholdsAreOptions() throws {
        let doc = document(lines: ["It was fine."])
        let normal = try StageHarness(SentimentStage.self).run(doc)
        #expect(try normal.get(Layer.sentiment)?.sentences.first?.label == "positive")
        let strict = try StageHarness(SentimentStage.self, options: ["positive_threshold": 0.9]).run(doc)
        #expect(try strict.get(Layer.sentiment)?.sentences.first?.label == "neutral")
    }

    @Test func newsExtensionsCanBeTurnedOff() throws {
        let doc = document(lines: ["The escalation continued."])
        let on = try StageHarness(SentimentStage.self).run(doc)
        let off = try StageHarness(SentimentStage.self, options: ["news_extensions": false]).run(doc)
        #expect(try on.get(Layer.sentiment)!.sentences[0].score < 0)
        #expect(try off.get(Layer.sentiment)!.sentences[0].score == 0)
    }

    @Test func scoresQuotesButNotMentions() throws {
        var doc = document(lines: ["“This is a disaster,” she said, calling it a “plan.”"])
        doc.set(Layer.quotes, [
            Quote(start: 0, end: 21, text: "This is a disaster,", kind: "direct"),
            Quote(start: 44, end: 51, text: "plan.", kind: "mention"),
        ])
        let out = try StageHarness(SentimentStage.self).run(doc)
        let quotes = try #require(try out.get(Layer.sentiment)).quotes
        #expect(quotes.count == 1)
        #expect(quotes.first?.index == 0)
        #expect(quotes.first?.label == "negative")
    }

    @Test func aPartialQuoteOpeningItsSentenceIsScoredWithItsClause() throws {
        // The quoted words alone are neutral; the clause they open is not.
        let line = "“The risk is real” that the war will bring more deaths, she said. Kim called it a “turning point” that will bring more deaths."
        var doc = document(lines: [line])
        let scalars = Array(line.unicodeScalars)
        func span(_ s: String) -> (Int, Int) {
            let needle = Array(s.unicodeScalars)
            let i = (0...(scalars.count - needle.count)).first { Array(scalars[$0..<($0 + needle.count)]) == needle }!
            return (i, i + needle.count)
        }
        let (a0, a1) = span("“The risk is real”")
        let (b0, b1) = span("“turning point”")
        doc.set(Layer.quotes, [
            Quote(start: a0, end: a1, text: "The risk is real", kind: "partial"),
            Quote(start: b0, end: b1, text: "turning point", kind: "partial"),
        ])
        let out = try StageHarness(SentimentStage.self).run(doc)
        let quotes = try #require(try out.get(Layer.sentiment)).quotes
        #expect(quotes[0].label == "negative", "clause: “... that the war will bring more deaths”")
        // Mid-sentence, the reporter's words around it are not the speaker's.
        #expect(quotes[1].label == "neutral")
    }

    @Test func theClauseIsFoundWhetherOrNotTheSpanHoldsItsMarks() throws {
        // The quotes stage's spans stop inside the marks; straight marks too.
        let line = "\"The risk is real\" that the war will bring more deaths, she said."
        var doc = document(lines: [line])
        doc.set(Layer.quotes, [Quote(start: 1, end: 17, text: "The risk is real", kind: "partial")])
        let out = try StageHarness(SentimentStage.self).run(doc)
        #expect(try #require(try out.get(Layer.sentiment)).quotes.first?.label == "negative")
    }

    @Test func extraLexiconFiles() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("textpipe-sentiment-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "# our words\nsnafu\t-2.5\nhurrah\t3\textra column ignored\n".write(to: dir.appendingPathComponent("extra.tsv"), atomically: true, encoding: .utf8)
        let harness = try StageHarness(SentimentStage.self, options: ["lexicons": ["extra.tsv"]], baseDirectory: dir.path)
        let out = try harness.run(document(lines: ["A snafu.", "Hurrah for the team."]))
        let s = try out.get(Layer.sentiment)!.sentences
        #expect(s[0].label == "negative")
        #expect(s[1].label == "positive")

        try "word-without-valence\n".write(to: dir.appendingPathComponent("bad.tsv"), atomically: true, encoding: .utf8)
        #expect(throws: StageSetupError.self) {
            try StageHarness(SentimentStage.self, options: ["lexicons": ["bad.tsv"]], baseDirectory: dir.path)
        }
        #expect(throws: StageSetupError.self) {
            try StageHarness(SentimentStage.self, options: ["lexicons": ["missing.tsv"]], baseDirectory: dir.path)
        }
    }

    @Test func lexiconFileErrorsSayWhere() {
        #expect(throws: LexiconFileError.self) { try Lexicon.entries(fromFile: "ok\t1\nbad\tx\n", name: "f.tsv") }
        do {
            _ = try Lexicon.entries(fromFile: "ok\t1\nbad\t9\n", name: "f.tsv")
        } catch {
            #expect(error.description.hasPrefix("f.tsv:2:"))
        }
    }

    @Test func topicsAreChecked() {
        #expect(throws: StageSetupError.self) { try StageHarness(SentimentStage.self, options: ["targets": "topics"]) }
        #expect(throws: StageSetupError.self) { try StageHarness(SentimentStage.self, options: ["topics": [": , "]]) }
        #expect(throws: (any Error).self) { try StageHarness(SentimentStage.self, options: ["targets": "everything"]) }
    }

    @Test func badSentencesFailTheDocument() throws {
        var doc = Document(id: "x", text: "Short.")
        doc.set(Layer.sentences, [Span(start: 0, end: 60)])
        #expect(throws: StageError.self) { try StageHarness(SentimentStage.self).run(doc) }
        #expect(throws: StageError.self) { try StageHarness(SentimentStage.self).run(Document(id: "y", text: "No sentences.")) }
    }

    @Test func emptyDocument() throws {
        let out = try StageHarness(SentimentStage.self).run(document(lines: []))
        #expect(try out.get(Layer.sentiment)?.document?.label == "neutral")
    }

    @Test func keepsOtherFields() throws {
        var doc = document(lines: ["Good."])
        doc[field: "custom"] = ["a": 1]
        let out = try StageHarness(SentimentStage.self).run(doc)
        #expect(out[field: "custom"] == ["a": 1])
    }

    @Test func descriptionExamplesHold() throws {
        for example in SentimentStage.description.examples {
            let harness = try StageHarness(SentimentStage.self, options: example.options)
            if let expectedError = example.expectedError {
                #expect(throws: (any Error).self, "\(example.title)") { try harness.run(example.input) }
                _ = expectedError
                continue
            }
            let out = try harness.run(example.input)
            for (key, value) in example.expected {
                #expect(out[field: key] == value, "\(example.title): \(key)")
            }
        }
    }
}
