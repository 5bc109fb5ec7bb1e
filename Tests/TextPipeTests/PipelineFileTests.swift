import Testing
@testable import TextPipe

@Suite("Pipeline files: decoding and checking")
struct PipelineFileTests {
    func load(_ yaml: String, path: String = "p.yaml") throws(PipelineError) -> Pipeline {
        try Pipeline.load(yaml: yaml, path: path, registry: testRegistry)
    }

    func problems(_ yaml: String) -> [PipelineProblem] {
        do {
            _ = try load(yaml)
            Issue.record("expected problems in:\n\(yaml)")
            return []
        } catch {
            return error.problems
        }
    }

    @Test("a full YAML file decodes with defaults for what it leaves out")
    func decodesYAML() throws {
        let p = try load("""
            version: 1
            name: demo
            description: A demo.
            input:
              format: text
              include: "**/*.txt"
              max_bytes: 1000
            output: {intermediate: false}
            stages:
              - use: split-lines
                with: {min_length: 2}
              - use: count-sentences
                id: counter
                intermediate: true
              - stats
            """)
        #expect(p.file.name == "demo")
        #expect(p.file.input.format == .text)
        #expect(p.file.input.include == ["**/*.txt"])
        #expect(p.file.input.exclude == [])
        #expect(p.file.input.maxBytes == 1000)
        #expect(p.stages.map(\.id) == ["split-lines", "counter", "stats"])
        #expect(p.stages.map(\.intermediate) == [false, true, false])
        #expect(p.stages[0].options["min_length"] == 2)
        #expect(p.stages[1].options["label"] == "short", "defaults are filled in")
        #expect(p.stages[1].intermediateFileName == "02-counter.jsonl")
    }

    @Test("JSON pipeline files are read the same way")
    func decodesJSON() throws {
        let p = try load(#"{"name": "j", "stages": [{"use": "split-lines", "with": {"min_length": 3}}, {"use": "count-sentences"}]}"#,
                         path: "p.json")
        #expect(p.stages.count == 2)
        #expect(p.stages[0].options["min_length"] == 3)
        #expect(p.file.input.include == PipelineFile.defaultInclude)
    }

    @Test("the options hash ignores key order and changes with values")
    func optionsHash() throws {
        let a = try load("stages: [{use: split-lines, with: {min_length: 2}}]").stages[0].optionsSHA256
        let b = try load("stages: [{use: split-lines, with: {min_length: 3}}]").stages[0].optionsSHA256
        #expect(a != b)
        #expect(a.count == 64)
    }

    @Test("an unknown stage is reported with its place and the nearest name")
    func unknownStage() throws {
        let found = problems("""
            stages:
              - use: split-lines
              - use: count-sentense
            """)
        try #require(found.count == 1)
        #expect(found[0].location == SourceLocation(file: "p.yaml", line: 3, column: 10))
        #expect(found[0].message == "unknown stage \"count-sentense\"")
        #expect(found[0].fix?.contains("did you mean \"count-sentences\"?") == true)
        #expect(found[0].description.hasPrefix("p.yaml:3:10: error: stage 2: unknown stage"))
    }

    @Test("unknown and mistyped options, with the nearest option and the expected type")
    func options() throws {
        let found = problems("""
            stages:
              - use: split-lines
                with:
                  min_lenght: 3
              - use: count-sentences
                with:
                  label: medium
              - use: split-lines
                id: again
                with: {min_length: "three"}
              - use: passthrough
                with: {anything: 1}
            """)
        try #require(found.count == 4)
        #expect(found[0].location?.line == 4)
        #expect(found[0].message == "unknown option `min_lenght`")
        #expect(found[0].fix?.hasPrefix("did you mean `min_length`?") == true)
        #expect(found[1].location?.line == 7)
        #expect(found[1].message.contains("expected one of \"short\" | \"long\", found \"medium\""))
        #expect(found[2].location?.line == 10)
        #expect(found[2].message.contains("expected integer >= 0, found string"))
        #expect(found[3].fix == "passthrough takes no options; remove `anything`")
    }

    @Test("a negative value outside an option's range")
    func range() {
        let found = problems("stages: [{use: split-lines, with: {min_length: -1}}]")
        #expect(found.first?.message == "option `min_length`: must be at least 0, found -1")
    }

    @Test("duplicate stage ids")
    func duplicateIDs() throws {
        let found = problems("""
            stages:
              - use: split-lines
              - use: passthrough
                id: split-lines
            """)
        try #require(found.count == 1)
        #expect(found[0].location?.line == 4)
        #expect(found[0].message == "duplicate stage id \"split-lines\" (stage 1 has it too)")
    }

    @Test("a needed layer that only a later stage adds: move it")
    func orderProblem() throws {
        let found = problems("""
            stages:
              - use: count-sentences
              - use: split-lines
            """)
        try #require(found.count == 1)
        #expect(found[0].message == "needs the `sentences` layer, which no earlier stage adds")
        #expect(found[0].fix == "move stage 1 (count-sentences) after stage 2 (split-lines), which adds `sentences`")
        #expect(found[0].location?.line == 2)
    }

    @Test("a needed layer that no stage of the pipeline adds: add the one that does")
    func missingProvider() throws {
        let found = problems("stages: [count-sentences]")
        try #require(found.count == 1)
        #expect(found[0].fix == "add `- use: split-lines` before this stage")
    }

    @Test("the input format decides which raw layers exist")
    func inputFormat() throws {
        let found = problems("""
            input: {format: html}
            stages: [stats]
            """)
        #expect(found.first?.message == "needs the `text` layer, which no earlier stage adds")
        #expect(throws: Never.self) { try load("input: {format: text}\nstages: [stats]") }
        // JSONL may bring any layer, but the order of the pipeline's own stages still counts.
        #expect(throws: Never.self) { try load("input: {format: jsonl}\nstages: [count-sentences]") }
        #expect(problems("input: {format: jsonl}\nstages: [count-sentences, split-lines]").count == 1)
    }

    @Test("a stage that refuses its options at set-up points at the option")
    func setupError() throws {
        let found = problems("""
            stages:
              - use: fail-on
                with:
                  word: ""
            """)
        try #require(found.count == 1)
        #expect(found[0].location?.line == 4)
        #expect(found[0].message.contains("`word` must not be empty"))
    }

    @Test("every problem of a file is reported at once, in file order")
    func allAtOnce() {
        let found = problems("""
            version: 1
            nmae: x
            input: {format: htm}
            stages:
              - use: count-sentences
              - use: splt-lines
                with: {min_length: yes}
              - use: passthrough
                id: count-sentences
                options: {a: 1}
            """)
        // The options of the misspelt stage (line 7) cannot be checked until its name is fixed.
        #expect(found.map { $0.location?.line ?? 0 } == [2, 3, 6, 9, 10])
        guard found.count == 5 else { return }
        #expect(found[0].fix?.hasPrefix("did you mean `name`?") == true)
        #expect(found[1].fix == "did you mean `html`?")
        #expect(found[2].fix?.contains("did you mean \"split-lines\"?") == true)
        #expect(found[3].message.contains("duplicate stage id"))
        #expect(found[4].fix == "options go under `with:`")
    }

    @Test("YAML syntax errors give line and column")
    func syntax() throws {
        let found = problems("stages:\n  - use: a\n   bad: [\n")
        try #require(found.count == 1)
        #expect(found[0].message.hasPrefix("YAML syntax:"))
        #expect((found[0].location?.line ?? 0) >= 3)
    }

    @Test("empty files, missing stages, newer versions", arguments: [
        ("", "the pipeline file is empty"),
        ("name: x", "no `stages:` list"),
        ("stages: []", "`stages` is empty"),
        ("version: 9\nstages: [stats]", "file format version 9"),
        ("- a\n- b", "must be a mapping"),
        ("stages:\n  - with: {a: 1}", "missing `use:`"),
        ("stages:\n  - use: stats\n    id: \"a b\"", "`id` must be letters"),
    ])
    func shapes(yaml: String, message: String) {
        let found = problems(yaml)
        #expect(found.contains { $0.message.contains(message) }, "\(found)")
    }

    @Test("options keep JSON's types: yes and no stay strings")
    func scalarTypes() throws {
        let file = try PipelineFileDecoder.decode(
            yaml: "stages: [{use: x, with: {a: yes, b: true, c: 1.5, d: '7', e: ~, f: [1, two]}}]", path: "p.yaml")
        let o = file.stages[0].options
        #expect(o["a"] == "yes")
        #expect(o["b"] == true)
        #expect(o["c"] == 1.5)
        #expect(o["d"] == "7")
        #expect(o["e"] == .null)
        #expect(o["f"] == [1, "two"])
    }
}
