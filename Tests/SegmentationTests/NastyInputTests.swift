import Foundation
import Segmentation
import Testing
import TextPipe

/// Inputs that must neither crash nor hang the stage.
@Suite struct NastyInputTests {
    let segmenter = Segmenter()

    @Test func emptyText() throws {
        let result = try segmenter.segment("", tokens: true)
        #expect(result.paragraphs.isEmpty)
        #expect(result.sentences.isEmpty)
        #expect(result.tokens == [])
    }

    @Test func onlyWhitespace() throws {
        let result = try segmenter.segment(" \n\t\r\n \u{00A0}\u{2003}\n\n", tokens: true)
        #expect(result.paragraphs.isEmpty)
        #expect(result.sentences.isEmpty)
        #expect(result.tokens == [])
    }

    @Test func binaryLikeText() throws {
        var scalars = String.UnicodeScalarView()
        var seed: UInt32 = 12345
        for _ in 0..<20_000 {
            seed = seed &* 1_103_515_245 &+ 12345
            let v = (seed >> 8) % 0x3000
            if let u = Unicode.Scalar(v) { scalars.append(u) }
        }
        let text = "Start.\u{0}\u{0}End. " + String(scalars) + "\u{0}"
        let result = try segmenter.segment(text, tokens: true)
        let count = text.unicodeScalars.count
        for span in result.sentences + (result.tokens ?? []) {
            #expect(span.start < span.end && span.end <= count)
        }
        #expect(isAscending(result.sentences))
        #expect(isAscending(result.tokens ?? []))
    }

    @Test func unbalancedQuotes() {
        #expect(segmenter.sentenceStrings("He said “it is over. Then he left.") == ["He said “it is over.", "Then he left."])
        #expect(segmenter.sentenceStrings("”Closed.” ” «Open. Then") == ["”Closed.”", "” «Open.", "Then"])
        #expect(segmenter.sentenceStrings("\"\"\"\"'''' ((( ]]]") == ["\"\"\"\"'''' ((( ]]]"])
    }

    @Test func tenThousandPeriods() throws {
        let text = String(repeating: ".", count: 10_000)
        let result = try segmenter.segment(text, tokens: true)
        #expect(result.sentences == [Span(start: 0, end: 10_000)])
        #expect(result.tokens == [Span(start: 0, end: 10_000)])
        let spaced = String(repeating: ". ", count: 10_000) + "Done."
        #expect(try segmenter.segment(spaced, tokens: true).sentences.count >= 1)
        let words = String(repeating: "Word. ", count: 10_000)
        #expect(try segmenter.segment(words).sentences.count == 10_000)
    }

    @Test func longRunsWithoutSpaces() throws {
        let text = String(repeating: "a.b,c@d-e'f", count: 20_000) + ". " + String(repeating: "1) ", count: 5_000)
        let result = try segmenter.segment(text, tokens: true)
        #expect(!result.sentences.isEmpty)
        #expect(isAscending(result.tokens ?? []))
    }

    @Test func fiftyMegabytes() throws {
        let paragraph = "Gen. Kim said the U.S. would act. “Why now?” she asked, at 5:30 p.m. on Jan. 3, 2024… Nobody knew.\n"
        var text = ""
        text.reserveCapacity(52_000_000)
        while text.utf8.count < 50_000_000 { text += paragraph }
        let result = try segmenter.segment(text, tokens: true)
        let paragraphs = text.utf8.count / paragraph.utf8.count
        #expect(result.paragraphs.count == paragraphs)
        #expect(result.sentences.count == paragraphs * 3)
        #expect((result.tokens?.count ?? 0) > paragraphs * 20)
    }

    @Test func oneHugeSentenceFullOfAbbreviations() throws {
        let text = String(repeating: "x", count: 1_000_000) + String(repeating: " U.S. and e.g. Inc. etc. a.m. co", count: 20_000)
        #expect(try segmenter.segment(text, tokens: true).sentences.count == 1)
    }

    @Test func manyListMarkersInOneLine() throws {
        let text = (1...20_000).map { "\($0). item" }.joined(separator: " ")
        #expect(try segmenter.segment(text).sentences.count == 20_000)
    }

    private func isAscending(_ spans: [Span]) -> Bool {
        zip(spans, spans.dropFirst()).allSatisfy { $0.end <= $1.start }
    }
}
