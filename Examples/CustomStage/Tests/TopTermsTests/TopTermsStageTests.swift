import Testing
import TextPipe
import TopTerms

@Suite("top-terms")
struct TopTermsStageTests {
    @Test("the stage's own example")
    func example() throws {
        let example = try #require(TopTermsStage.description.examples.first)
        let doc = try StageHarness(TopTermsStage.self, options: example.options).run(example.input)
        #expect(doc[field: "top_terms"] == example.expected["top_terms"])
    }

    @Test("empty text gives no terms")
    func empty() throws {
        let doc = try StageHarness(TopTermsStage.self).run(text: "")
        #expect(doc[field: "top_terms"] == [])
    }
}
