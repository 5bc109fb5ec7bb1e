import Segmentation
import Testing
import TextPipe

/// Exact spans, written with «» marks around each expected span.
@Suite struct SpanTests {
    let segmenter = Segmenter()

    func check(_ marked: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let m = MarkedText(marked)
        let got = try segmenter.segment(m.text).sentences
        #expect(got == m.spans, "got \(MarkedText.mark(m.text, got))", sourceLocation: sourceLocation)
    }

    func checkTokens(_ marked: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
        let m = MarkedText(marked)
        let got = try segmenter.segment(m.text, tokens: true).tokens ?? []
        #expect(got == m.spans, "got \(MarkedText.mark(m.text, got))", sourceLocation: sourceLocation)
    }

    @Test func sentencesAreTrimmedAndSkipSpace() throws {
        try check("  «Mr. Smith went.»   «He left.»  ")
        try check("«One.»\n\n  «Two three»\t\n«Four?»")
    }

    @Test func offsetsCountUnicodeScalars() throws {
        try check("«Où est-il?» «Ici.»")
        let result = try segmenter.segment("Où est-il? Ici.")
        #expect(result.sentences == [Span(start: 0, end: 10), Span(start: 11, end: 15)])
    }

    @Test func offsetsAfterNonASCIIAndEmoji() throws {
        try check("«Zoë said “yes.”» «🇺🇦 flags flew.» «Café prices rose 5%.»")
    }

    @Test func newlinesInsideAParagraphEndASentence() throws {
        let text = "First line\nSecond line."
        let result = try segmenter.segment(text, paragraphs: [Span(start: 0, end: 23)])
        #expect(result.sentences == [Span(start: 0, end: 10), Span(start: 11, end: 23)])
    }

    @Test func givenParagraphsAreKeptAndNeverCrossed() throws {
        let text = "Dr. Smith. Jones arrived"
        let paragraphs = [Span(start: 0, end: 9, extra: ["source_start": 5]), Span(start: 11, end: 24)]
        let result = try segmenter.segment(text, paragraphs: paragraphs)
        #expect(result.paragraphs == paragraphs)
        #expect(result.paragraphs[0].extra["source_start"] == 5)
        #expect(result.sentences == [Span(start: 0, end: 9), Span(start: 11, end: 24)])
    }

    @Test func paragraphsOutsideTheTextAreAnError() {
        #expect(throws: SegmentationError.self) {
            try segmenter.segment("Short.", paragraphs: [Span(start: 0, end: 40)])
        }
    }

    @Test func overlappingOrUnsortedParagraphsDoNotDuplicateSentences() throws {
        let text = "One. Two. Three."
        let result = try segmenter.segment(text, paragraphs: [Span(start: 5, end: 16), Span(start: 0, end: 9)])
        #expect(result.sentences == [Span(start: 0, end: 4), Span(start: 5, end: 9), Span(start: 10, end: 16)])
    }

    @Test func fullWidthTerminalsNeedNoSpace() throws {
        try check("«今日は晴れです。»«明日は雨です。»")
    }

    @Test func tokensOfWordsNumbersAndPunctuation() throws {
        try checkTokens("«Inflation» «rose» «to» «3.5» «percent»«,» «or» «$»«1.2» «bn»«.»")
        try checkTokens("«The» «train» «leaves» «at» «5:30»«,» «with» «11,000» «seats»«.»")
    }

    @Test func tokensKeepURLsEmailsHashtagsMentions() throws {
        try checkTokens("«See» «https://example.org/a?b=1&c=2»«.»")
        try checkTokens("«(»«https://en.example.org/wiki/Kursk_(region)»«)»")
        try checkTokens("«Mail» «press.office@example.gov.uk» «or» «@newsdesk» «#Kursk»«!»")
        try checkTokens("«Visit» «www.example.com»«,» «then» «report_v2.pdf»«.»")
    }

    @Test func tokensSplitClitics() throws {
        try checkTokens("«North» «Korea»«’s» «troops» «do»«n't» «move»«;» «they»«’re» «waiting»«.»")
        try checkTokens("«O’Brien» «ca»«n’t» «go»«.»")
        try checkTokens("«It»«'s» «the» «Joneses»«'» «car»«.»")
    }

    @Test func tokensKeepAbbreviationsHyphensAndEllipses() throws {
        try checkTokens("«U.S.» «Gen.» «Kim» «Yong-hyun» «left» «at» «9» «a.m.»«...» «Really»«?!»")
        try checkTokens("«AT&T» «and» «J.» «R.» «R.» «Tolkien» «--» «v2.0»")
    }

    @Test func tokensOfEmojiWithModifiersStayWhole() throws {
        try checkTokens("«Great» «👍🏽» «news»")
    }
}
