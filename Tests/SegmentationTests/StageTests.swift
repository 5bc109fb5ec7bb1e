import Foundation
import Segmentation
import Testing
import TextPipe

/// The stage as a pipeline uses it: options, contract, layers, examples.
@Suite struct StageTests {
    func stage(_ options: JSONObject = [:], base: String = ".") throws -> SegmentStage {
        try SegmentStage(options: StageOptions.defaults(for: SegmentStage.description, overriding: options, baseDirectory: base))
    }

    @Test func examplesOfTheDescriptionHold() throws {
        for example in SegmentStage.description.examples {
            let s = try stage(example.options)
            var document = example.input
            if let message = example.expectedError {
                #expect(throws: (any Error).self, "\(example.title)") { try s.process(&document, context: StageContext(stageID: "segment")) }
                do {
                    try s.process(&document, context: StageContext(stageID: "segment"))
                } catch {
                    #expect(String(describing: error).contains(message), "\(example.title)")
                }
                continue
            }
            try s.process(&document, context: StageContext(stageID: "segment"))
            for (key, value) in example.expected {
                #expect(document[field: key] == value, "\(example.title): \(key) = \(document[field: key].map { JSONWriter.string($0) } ?? "nil")")
            }
        }
    }

    @Test func tokensOptionChangesTheContract() throws {
        #expect(try stage().contract.adds == ["paragraphs", "sentences"])
        #expect(try stage(["tokens": true]).contract.adds == ["paragraphs", "sentences", "tokens"])
        #expect(try stage().contract.needs == ["text"])
    }

    @Test func addsLayersAndKeepsOtherFields() throws {
        var document = Document(id: "x", text: "One. Two.")
        document[field: "meta"] = ["lang": "en"]
        document[field: "custom"] = [1, 2]
        try stage(["tokens": true]).process(&document, context: StageContext(stageID: "segment"))
        #expect(document[field: "custom"] == [1, 2])
        #expect(try document.get(Layer.paragraphs) == [Span(start: 0, end: 9)])
        #expect(try document.get(Layer.sentences) == [Span(start: 0, end: 4), Span(start: 5, end: 9)])
        #expect(try document.get(Layer.tokens)?.count == 4)
    }

    @Test func badParagraphsFailTheDocumentWithAReason() throws {
        var document = Document(id: "x", text: "Short.")
        document[field: "paragraphs"] = [["start": 0, "end": 99]]
        #expect {
            try stage().process(&document, context: StageContext(stageID: "segment"))
        } throws: { error in
            String(describing: error).contains("outside the text")
        }
    }

    @Test func unknownLanguageIsASetupError() {
        #expect {
            try stage(["language": "xx"])
        } throws: { error in
            guard let e = error as? StageSetupError else { return false }
            return e.option == "language" && e.message.contains("no built-in rules for \"xx\"")
        }
    }

    @Test func invalidRulesFileForLanguageIsASetupError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("textpipe-seg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("{\"language\": \"xx\", \"terminals\": 5}".utf8).write(to: dir.appendingPathComponent("xx.json"))
        #expect {
            try stage(["language": "xx.json"], base: dir.path)
        } throws: { error in
            guard let e = error as? StageSetupError else { return false }
            return e.option == "language" && e.message.contains("xx.json") && e.message.contains("\"terminals\" must be a list")
        }
        #expect {
            try stage(["language": "missing/rules.json"], base: dir.path)
        } throws: { error in
            (error as? StageSetupError)?.message.contains("cannot read the rules file") ?? false
        }
    }

    @Test func rulesFileForLanguageIsUsed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("textpipe-seg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let json = SegmentationRules.englishJSON.replacingOccurrences(of: "\"language\": \"en\"", with: "\"language\": \"en-test\"")
        try Data(json.utf8).write(to: dir.appendingPathComponent("en-test.json"))
        let s = try stage(["language": "en-test.json"], base: dir.path)
        #expect(s.segmenter.rules.language == "en-test")
    }

    @Test func extraAbbreviationsFromAFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("textpipe-seg-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try Data("# house style\nKapt. title\n".utf8).write(to: dir.appendingPathComponent("abbr.txt"))
        let text = "Kapt. Hansen met Capt. Cruz. They talked."
        var plain = Document(id: "a", text: text)
        try stage().process(&plain, context: StageContext(stageID: "segment"))
        #expect(try plain.get(Layer.sentences)?.count == 3)
        var extended = Document(id: "a", text: text)
        try stage(["abbreviations": "abbr.txt"], base: dir.path).process(&extended, context: StageContext(stageID: "segment"))
        #expect(try extended.get(Layer.sentences) == [Span(start: 0, end: 28), Span(start: 29, end: 41)])
        #expect {
            try stage(["abbreviations": "none.txt"], base: dir.path)
        } throws: { error in
            (error as? StageSetupError)?.option == "abbreviations"
        }
    }
}
