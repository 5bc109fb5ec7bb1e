import Foundation
import EntityTagging
import TextPipe
import Testing

/// The stage's options, errors and contract.
@Suite struct StageTests {
    @Test func contract() {
        let d = EntityStage.description
        #expect(d.name == "entities")
        #expect(d.needs == ["text", "sentences"])
        #expect(d.adds == ["entities", "clusters"])
    }

    @Test func needsSentences() {
        #expect(throws: StageError.self) { try Tagged.harness.run(Document(id: "a", text: "Kim left.")) }
    }

    @Test func labelsOptionKeepsOnlyThoseLabels() throws {
        let h = try StageHarness(EntityStage.self, options: ["labels": ["PERSON"]])
        let t = try Tagged("Defense Secretary Lloyd Austin visited Seoul and NATO.", harness: h)
        #expect(t.entities.map(\.label) == ["PERSON"])
        #expect(t.clusters.allSatisfy { $0.label == "PERSON" })
    }

    @Test func unknownLabelIsASetupError() {
        #expect(throws: StageSetupError.self) { try StageHarness(EntityStage.self, options: ["labels": ["GPE"]]) }
        #expect(throws: StageSetupError.self) { try StageHarness(EntityStage.self, options: ["labels": ["person"]]) }
    }

    @Test func missingDataDirectoryIsASetupErrorNamingTheOption() throws {
        do {
            _ = try StageHarness(EntityStage.self, options: ["data_dir": "/nonexistent/textpipe-data"])
            Issue.record("expected a set-up error")
        } catch let error as StageSetupError {
            #expect(error.option == "data_dir")
            #expect(error.message.contains("build_entities.py"))
        }
    }

    @Test func userGazetteerWinsOverTheRules() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("textpipe-entities-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("extra.tsv")
        try "# names of our newsroom\nBlue Origin\tORG\nAustin\tPERSON\n".write(to: file, atomically: true, encoding: .utf8)
        let h = try StageHarness(EntityStage.self, options: ["gazetteer": [.string(file.path)]])
        let t = try Tagged("Blue Origin hired staff in Austin.", harness: h)
        #expect(t.label("Blue Origin") == "ORG")
        #expect(t.label("Austin") == "PERSON")
    }

    @Test func badGazetteerLineIsASetupError() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("textpipe-bad-\(UUID().uuidString).tsv")
        try "Blue Origin\tCOMPANY\n".write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(throws: StageSetupError.self) { try StageHarness(EntityStage.self, options: ["gazetteer": [.string(file.path)]]) }
    }

    @Test func explainNamesTheRule() throws {
        let h = try StageHarness(EntityStage.self, options: ["explain": true])
        let t = try Tagged("Defense Secretary Lloyd Austin visited Seoul.", harness: h)
        let austin = try #require(t.entities.first { $0.text == "Lloyd Austin" })
        #expect(austin.extra["rule"] == .string("title"))
    }

    @Test func examplesOfTheDescriptionHold() throws {
        for example in EntityStage.description.examples {
            let h = try StageHarness(EntityStage.self, options: example.options)
            if let expectedError = example.expectedError {
                do {
                    _ = try h.run(example.input)
                    Issue.record("\(example.title): expected an error")
                } catch {
                    #expect("\(error)".contains(expectedError))
                }
                continue
            }
            let out = try h.run(example.input)
            for (key, value) in example.expected {
                #expect(out[field: key] == value, "\(example.title): \(key)")
            }
        }
    }

    @Test func taggerIsUsableWithoutAPipeline() throws {
        let tagger = try EntityTagger()
        let text = "Kim Yong-hyun met Joseph Park in Seoul."
        let (entities, clusters) = try tagger.tag(text: text, sentences: [Span(start: 0, end: text.unicodeScalars.count)])
        #expect(entities.map(\.text) == ["Kim Yong-hyun", "Joseph Park", "Seoul"])
        #expect(clusters.count == 3)
    }

    @Test func concurrentDocumentsGiveTheSameResult() async throws {
        let text = String(decoding: try SeedArticleTests.fixture("seed-000.txt"), as: UTF8.self)
        let doc = TestSentences.document(text)
        let expected = try Tagged.harness.run(doc)
        try await withThrowingTaskGroup(of: Document.self) { group in
            for _ in 0..<8 { group.addTask { try Tagged.harness.run(doc) } }
            for try await out in group { #expect(out == expected) }
        }
    }
}
