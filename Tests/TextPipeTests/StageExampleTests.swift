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
