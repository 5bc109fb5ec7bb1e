import Segmentation
import Testing
import TextPipe

/// The seed news article (24 paragraphs, 57 sentences): every sentence
/// checked by eye and pinned, with its paragraph, in Fixtures/seed-000.sentences.jsonl.
@Suite struct SeedArticleTests {
    @Test func everySentenceOfTheSeedArticle() throws {
        let text = try Fixtures.text("seed-000.txt")
        let lines = try Fixtures.jsonLines("seed-000.sentences.jsonl")
        let expected = lines.map { $0["sentence"]?.stringValue ?? "" }
        let result = try Segmenter().segment(text)
        #expect(result.paragraphs.count == 24)
        #expect(expected.count == 57)
        let offsets = TextOffsets(text)
        let got = result.sentences.map { String(offsets.substring($0)) }
        #expect(got.count == expected.count)
        for (i, (g, e)) in zip(got, expected).enumerated() where g != e {
            Issue.record("sentence \(i):\n got: \(g)\nwant: \(e)")
        }
        // Each sentence lies inside the paragraph the fixture gives it.
        for (s, line) in zip(result.sentences, lines) {
            let p = result.paragraphs[line["paragraph"]?.intValue ?? -1]
            #expect(p.start <= s.start && s.end <= p.end)
        }
    }
}
