import Testing
import TextPipe
import TextPipeStages

/// Runs the examples every built-in stage carries in its description: each is
/// a small test the stage's author wrote next to the code.
@Suite("Stage examples")
struct StageExampleTests {
    static let cases: [(String, StageExample)] = BuiltInStages.all.flatMap { type in
        type.description.examples.map { (type.description.name, $0) }
    }

    @Test("built-in stages carry examples")
    func haveExamples() {
        #expect(Self.cases.count >= 5)
    }

    @Test("example", arguments: Self.cases.indices)
    func example(index: Int) throws {
        let (name, example) = Self.cases[index]
        let type = try #require(BuiltInStages.registry.stage(named: name))
        let stage = try type.init(options: StageOptions.defaults(for: type.description, overriding: example.options))
        var doc = example.input
        let context = StageContext(stageID: name)
        do {
            try stage.process(&doc, context: context)
            if let expectedError = example.expectedError {
                Issue.record("\(name): \(example.title): expected an error containing \(expectedError)")
            }
        } catch {
            guard let expectedError = example.expectedError else {
                Issue.record("\(name): \(example.title): unexpected error \(error)")
                return
            }
            #expect("\(error)".contains(expectedError), "\(name): \(example.title): \(error)")
            return
        }
        for (key, value) in example.expected {
            #expect(doc[field: key] == value, "\(name): \(example.title): field \(key)")
        }
    }

    @Test("stage names are unique and versions are semantic")
    func names() {
        let names = BuiltInStages.all.map { $0.description.name }
        #expect(Set(names).count == names.count)
        for type in BuiltInStages.all {
            let parts = type.description.version.split(separator: ".")
            #expect(parts.count == 3 && parts.allSatisfy { Int($0) != nil }, "\(type.description.name)")
            #expect(!type.description.summary.isEmpty)
        }
    }
}

@Suite("Stage registry")
struct StageRegistryTests {
    @Test("a user's stages join the built-ins without editing them, and may replace one")
    func adding() throws {
        let registry = BuiltInStages.registry.adding([SplitLinesStage.self, CountSentencesStage.self])
        #expect(registry.names.suffix(2) == ["split-lines", "count-sentences"])
        #expect(registry.stage(named: "stats") != nil)
        #expect(registry.stages(adding: "sentence_count") == ["count-sentences"])
        struct MyStats: Stage {
            static let description = StageDescription(name: "stats", version: "9.0.0", summary: "Mine.")
            init(options: StageOptions) {}
            func process(_ document: inout Document, context: StageContext) {}
        }
        let replaced = registry.adding([MyStats.self])
        #expect(replaced.stage(named: "stats")?.description.version == "9.0.0")
        #expect(replaced.names.count == registry.names.count, "same name, same place")
    }
}

@Suite("Stage harness")
struct StageHarnessTests {
    @Test("runs a stage on one document in memory")
    func runs() throws {
        let harness = try StageHarness(SplitLinesStage.self, options: ["min_length": 2])
        let doc = try harness.run(text: "ab\nc\ndef")
        #expect(try doc.get(Layer.sentences)?.map(\.start) == [0, 5])
    }

    @Test("checks options like a pipeline file, and the contract like the runner")
    func checks() throws {
        #expect { try StageHarness(SplitLinesStage.self, options: ["min_lenght": 2]) } throws: {
            "\($0)".contains("did you mean `min_length`?")
        }
        let harness = try StageHarness(CountSentencesStage.self)
        #expect { try harness.run(text: "no sentences yet") } throws: { "\($0)".contains("no `sentences` layer") }
        struct Forgetful: Stage {
            static let description = StageDescription(name: "forgetful", version: "1.0.0", summary: "Adds nothing.", adds: ["x"])
            init(options: StageOptions) {}
            func process(_ document: inout Document, context: StageContext) {}
        }
        #expect { try StageHarness(Forgetful.self).run(text: "t") } throws: { "\($0)".contains("did not add it") }
    }

    @Test("a splitting stage's outputs")
    func splitting() throws {
        let docs = try StageHarness(LinesToDocumentsStage.self).outputs(of: Document(id: "f", text: "a\nb"))
        #expect(docs.map(\.id) == ["f#1", "f#2"])
    }
}
