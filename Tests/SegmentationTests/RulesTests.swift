import Foundation
import Segmentation
import Testing
import TextPipe

/// The rules file format: the embedded English rules, other files, and the
/// errors a broken file gets.
@Suite struct RulesTests {
    @Test func englishRulesLoadWithTheirKinds() {
        let en = SegmentationRules.english
        #expect(en.language == "en")
        #expect(en.abbreviationKind("Gen.") == .title)
        #expect(en.abbreviationKind("gen.") == nil)  // capitalised entries need a capital
        #expect(en.abbreviationKind("U.S.") == .mayEnd)
        #expect(en.abbreviationKind("e.g.") == .inner)
        #expect(en.abbreviationKind("E.g.") == .inner)
        #expect(en.abbreviationKind("Jan.") == .number)
        #expect(en.abbreviationKind("Ft.") == .title)
        #expect(en.abbreviationKind("ft.") == .mayEnd)
        #expect(en.abbreviationKind("p.") == .number)
        #expect(en.abbreviationKind("P.") == nil)  // single letters match their own case only
    }

    @Test func englishRulesRoundTripThroughAFile() throws {
        let path = temporaryFile("en-copy.json", SegmentationRules.englishJSON)
        let rules = try SegmentationRules.load(path: path)
        #expect(Segmenter(rules: rules).sentenceStrings("Gen. Kim left. He was tired.") == ["Gen. Kim left.", "He was tired."])
    }

    @Test func anotherLanguageIsADataFile() throws {
        let german = """
        {"language": "de", "terminals": [".", "?", "!"], "opening_marks": ["„", "("], "closing_marks": ["“", ")"],
         "abbreviations": {"title": ["Dr.", "Hr.", "Fr."], "inner": ["z.B.", "usw.", "bzw."], "number": ["Nr."]},
         "sentence_starters": ["Der", "Die", "Das", "Er", "Sie", "Es"]}
        """
        let rules = try SegmentationRules(json: german, source: "de.json")
        let segmenter = Segmenter(rules: rules)
        #expect(segmenter.sentenceStrings("Hr. Müller kam z.B. um 9 Uhr. Er ging bzw. lief. „Warum?“ Die Frage blieb.")
            == ["Hr. Müller kam z.B. um 9 Uhr.", "Er ging bzw. lief.", "„Warum?“", "Die Frage blieb."])
    }

    @Test func brokenRulesFiles() {
        func problem(_ json: String) -> String {
            do {
                _ = try SegmentationRules(json: json, source: "x.json")
                return "no error"
            } catch {
                return error.description
            }
        }
        let base = #""language": "xx", "terminals": ["."], "opening_marks": ["("], "closing_marks": [")"], "sentence_starters": ["The"]"#
        #expect(problem("not json").contains("not valid JSON"))
        #expect(problem("[1]").contains("expected a JSON object"))
        #expect(problem("{\(base)}").contains("missing \"abbreviations\""))
        #expect(problem("{\(base), \"abbreviations\": {\"titel\": [\"Dr.\"]}}").contains("unknown abbreviation kind \"titel\""))
        #expect(problem("{\(base), \"abbreviations\": {}, \"sentence_startres\": []}").contains("did you mean \"sentence_starters\""))
        #expect(problem("{\(base), \"abbreviations\": {\"title\": [\"Dr. Med.\"]}}").contains("unusable entry"))
        #expect(problem("{\(base), \"abbreviations\": {\"title\": [3]}}").contains("must be a non-empty string"))
        #expect(problem("{\"language\": \"xx\", \"terminals\": [\"..\"], \"opening_marks\": [\"(\"], \"closing_marks\": [\")\"], \"abbreviations\": {}, \"sentence_starters\": []}").contains("single character"))
        #expect(problem("{\(base), \"abbreviations\": {}}").contains("no error"))
        #expect(problem("{}").contains("missing \"language\""))
    }

    @Test func missingRulesFile() {
        #expect(throws: RulesError.self) { try SegmentationRules.load(path: "/nonexistent/rules.json") }
    }

    @Test func abbreviationFiles() throws {
        let list = try AbbreviationFile.parse("# extra\nSupt. title\n\napprox inner\nKt.\n", source: "a.txt")
        #expect(list.map(\.word) == ["Supt.", "approx", "Kt."])
        #expect(list.map(\.kind) == [.title, .inner, .mayEnd])
        #expect(throws: RulesError.self) { try AbbreviationFile.parse("Kt. sometimes\n", source: "a.txt") }
        #expect(throws: RulesError.self) { try AbbreviationFile.parse("a b c\n", source: "a.txt") }
    }

    func temporaryFile(_ name: String, _ contents: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("textpipe-seg-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let path = dir.appendingPathComponent(name).path
        _ = FileManager.default.createFile(atPath: path, contents: Data(contents.utf8))
        return path
    }
}
