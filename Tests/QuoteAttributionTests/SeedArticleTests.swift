import Foundation
import Testing
import TextPipe
import QuoteAttribution

/// The seed article as segment and entities leave it (a fixture made by running
/// `pipelines/news.yaml` up to the entities stage), against its hand-checked gold.
@Suite("quotes: the seed article")
struct SeedArticleTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    func load(_ name: String) throws -> JSONValue {
        try JSONParser.parse([UInt8](Data(contentsOf: Self.fixtures.appendingPathComponent(name))))
    }

    @Test("every quote found, with the right kind and speaker")
    func seed() throws {
        let input = try Document(json: try load("seed-000.entities.json"))
        let output = try StageHarness(QuoteStage.self).run(input)
        let quotes = try #require(try output.get(Layer.quotes)).filter { $0.kind != "mention" && $0.kind != "nested" }
        let gold = try #require(try load("seed-000.gold.json").objectValue?["quotes"]?.arrayValue)
        #expect(quotes.count == gold.count)
        for g in gold {
            let o = try #require(g.objectValue)
            let text = try #require(o["text"]?.stringValue)
            let q = try #require(quotes.first { $0.text == text }, "missed: \(text)")
            #expect(q.kind == o["kind"]?.stringValue, "kind of \(text)")
            let names = [o["speaker"]?.stringValue].compactMap { $0 } + (o["speaker_aliases"]?.arrayValue?.compactMap(\.stringValue) ?? [])
            let predicted = [q.speaker?.canonical, q.speaker?.text].compactMap { $0 }
            #expect(predicted.contains { names.contains($0) }, "speaker of \(text): \(predicted) not in \(names)")
        }
    }

    @Test("pronouns resolve to the person by gender and salience")
    func pronouns() throws {
        let input = try Document(json: try load("seed-000.entities.json"))
        let quotes = try StageHarness(QuoteStage.self).run(input).get(Layer.quotes) ?? []
        let pronominal = quotes.filter { $0.method == "pronoun" }
        #expect(pronominal.map { $0.speaker?.text ?? "" } == ["he", "he", "she"])
        #expect(pronominal.map { $0.speaker?.canonical ?? "" } == ["Aleksandr Petrov", "Aleksandr Petrov", "Evelyn Brooks"])
    }
}
