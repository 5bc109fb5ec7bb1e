import Foundation
import Testing
@testable import TextPipe

@Suite("Runner")
struct RunnerTests {
    let registry = testRegistry

    func pipeline(_ yaml: String, in dir: TemporaryDirectory) throws -> Pipeline {
        let path = dir.write("pipeline.yaml", yaml)
        return try Pipeline.load(contentsOf: path, registry: registry)
    }

    func corpus(_ dir: TemporaryDirectory, count: Int) {
        for i in 0..<count {
            let word = i % 7 == 3 ? "FAIL" : "fine"
            dir.write("in/doc-\(String(i).leftPadded(to: 3)).txt", "Line one of \(i).\nLine two is \(word).\n")
        }
    }

    @Test("a run writes documents, intermediate files, errors and the manifest; bad documents fail alone")
    func fullRun() throws {
        let dir = try TemporaryDirectory()
        corpus(dir, count: 20)
        dir.write("in/binary.txt", [0x50, 0x4B, 0x03, 0x00, 0x04])
        let p = try pipeline("""
            stages:
              - use: split-lines
              - use: fail-on
              - use: count-sentences
                intermediate: false
            """, in: dir)
        var options = RunOptions(inputs: [dir.path + "/in"], output: .directory(dir.path + "/out"), jobs: 2)
        options.progress = .quiet
        let summary = try Runner(pipeline: p, options: options).run()
        #expect(summary.units == 21)
        #expect(summary.failed == 4, "doc-003, 010, 017 contain FAIL; binary.txt is not text")
        #expect(summary.documents == 17)

        let documents = dir.lines("out/documents.jsonl")
        #expect(documents.count == 17)
        let first = try Document.parse(line: Array(documents[0].utf8))
        #expect(first.id == "doc-000")
        #expect(first[field: "sentence_count"] == 2)
        #expect(try first.get(Layer.provenance)?.map(\.id) == ["split-lines", "fail-on", "count-sentences"])
        #expect(try first.get(Layer.source)?.format == .text)

        #expect(dir.lines("out/stages/01-split-lines.jsonl").count == 20)
        #expect(dir.lines("out/stages/02-fail-on.jsonl").count == 17)
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/out/stages/03-count-sentences.jsonl"))

        let errors = dir.lines("out/errors.jsonl").map { try! JSONParser.parse($0).objectValue! }
        #expect(errors.count == 4)
        #expect(errors[0]["id"] == "binary")
        #expect(errors[0]["stage"] == "read")
        #expect(errors[0]["error"]?.stringValue?.contains("NUL byte at offset 3") == true)
        #expect(errors[1]["id"] == "doc-003")
        #expect(errors[1]["stage"] == "fail-on")
        #expect(errors[1]["path"]?.stringValue?.hasSuffix("in/doc-003.txt") == true)
        #expect(errors[1]["error"] == "the text contains FAIL")

        let manifest = try JSONParser.parse(dir.read("out/run.json")).objectValue!
        #expect(manifest["status"] == "complete")
        #expect(manifest["counts"]?.objectValue?["failed_this_run"] == 4)
        let stages = manifest["stages"]?.arrayValue ?? []
        #expect(stages.count == 3)
        #expect(stages[1].objectValue?["failed"] == 3)
        #expect(stages[0].objectValue?["options_sha256"]?.stringValue?.count == 64)
    }

    @Test("output is byte-identical whatever the number of jobs")
    func deterministic() throws {
        let dir = try TemporaryDirectory()
        corpus(dir, count: 60)
        let p = try pipeline("stages: [split-lines, fail-on, {use: delay, with: {milliseconds: 1}}, count-sentences]", in: dir)
        var outputs: [String] = []
        for jobs in [1, 4, 7] {
            var options = RunOptions(inputs: [dir.path + "/in"], output: .directory(dir.path + "/out\(jobs)"), jobs: jobs)
            options.progress = .quiet
            _ = try Runner(pipeline: p, options: options).run()
            outputs.append(dir.read("out\(jobs)/documents.jsonl") + dir.read("out\(jobs)/errors.jsonl")
                           + dir.read("out\(jobs)/stages/02-fail-on.jsonl"))
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0] == outputs[2])
        #expect(!outputs[0].isEmpty)
    }

    @Test("a splitting stage turns one document into several")
    func splitting() throws {
        let dir = try TemporaryDirectory()
        dir.write("in/feed.txt", "first\nsecond\nthird")
        let p = try pipeline("stages: [lines-to-documents, split-lines]", in: dir)
        var options = RunOptions(inputs: [dir.path + "/in"], output: .directory(dir.path + "/out"), jobs: 1)
        options.progress = .quiet
        let summary = try Runner(pipeline: p, options: options).run()
        #expect(summary.documents == 3)
        let ids = try dir.lines("out/documents.jsonl").map { try Document.parse(line: Array($0.utf8)).id }
        #expect(ids == ["feed#1", "feed#2", "feed#3"])
    }

    @Test("documents over max_bytes fail alone, files and JSONL lines alike")
    func maxBytes() throws {
        let dir = try TemporaryDirectory()
        dir.write("in/small.txt", "tiny")
        dir.write("in/big.txt", String(repeating: "x", count: 500))
        dir.write("in/lines.jsonl", #"{"id":"ok","text":"short"}"# + "\n" + #"{"id":"long","text":""# + String(repeating: "y", count: 400) + "\"}\n")
        let p = try pipeline("input: {max_bytes: 100}\nstages: [passthrough]", in: dir)
        var options = RunOptions(inputs: [dir.path + "/in"], output: .directory(dir.path + "/out"), jobs: 1)
        options.progress = .quiet
        let summary = try Runner(pipeline: p, options: options).run()
        #expect(summary.documents == 2)
        #expect(summary.failed == 2)
        let errors = dir.read("out/errors.jsonl")
        #expect(errors.contains("the file is 500 bytes, over max_bytes 100"))
        #expect(errors.contains("line 2 is 423 bytes, over max_bytes 100"))
    }

    @Test("an earlier run's output is not overwritten by accident")
    func refusesToOverwrite() throws {
        let dir = try TemporaryDirectory()
        corpus(dir, count: 2)
        let p = try pipeline("stages: [passthrough]", in: dir)
        var options = RunOptions(inputs: [dir.path + "/in"], output: .directory(dir.path + "/out"), jobs: 1)
        options.progress = .quiet
        _ = try Runner(pipeline: p, options: options).run()
        #expect { try Runner(pipeline: p, options: options).run() } throws: { error in
            "\(error)".contains("pass --resume to continue it, --overwrite to replace it")
        }
        options.overwrite = true
        #expect(try Runner(pipeline: p, options: options).run().documents == 2)
    }

    @Test("resume cuts files back to the checkpoint and finishes without duplicates")
    func resume() throws {
        let dir = try TemporaryDirectory()
        corpus(dir, count: 30)
        let p = try pipeline("stages: [split-lines, fail-on]", in: dir)
        var options = RunOptions(inputs: [dir.path + "/in"], output: .directory(dir.path + "/out"), jobs: 3)
        options.progress = .quiet
        _ = try Runner(pipeline: p, options: options).run()
        let complete = dir.read("out/documents.jsonl")
        let completeErrors = dir.read("out/errors.jsonl")

        // Pretend the run was killed after 11 units: the checkpoint says so, and
        // the files hold more than it recorded, ending in half a line.
        let docsBefore = dir.lines("out/documents.jsonl")
        let unitsDone = 11
        let failedBefore = (0..<unitsDone).filter { $0 % 7 == 3 }.count
        let keptDocs = docsBefore.prefix(unitsDone - failedBefore).map { $0 + "\n" }.joined()
        let keptErrors = dir.lines("out/errors.jsonl").prefix(failedBefore).map { $0 + "\n" }.joined()
        let keptStage1 = dir.lines("out/stages/01-split-lines.jsonl").prefix(unitsDone).map { $0 + "\n" }.joined()
        let keptStage2 = dir.lines("out/stages/02-fail-on.jsonl").prefix(unitsDone - failedBefore).map { $0 + "\n" }.joined()
        var checkpoint = try #require(Checkpoint.load(from: dir.path + "/out"))
        checkpoint.unitsDone = unitsDone
        checkpoint.lastKey = "doc-010.txt"
        checkpoint.complete = false
        checkpoint.fileSizes = [
            "documents.jsonl": keptDocs.utf8.count, "errors.jsonl": keptErrors.utf8.count,
            "stages/01-split-lines.jsonl": keptStage1.utf8.count, "stages/02-fail-on.jsonl": keptStage2.utf8.count,
        ]
        try checkpoint.save(to: dir.path + "/out")
        dir.write("out/documents.jsonl", keptDocs + docsBefore[unitsDone - failedBefore] + "\n" + #"{"id":"doc-0"#)

        options.resume = true
        let summary = try Runner(pipeline: p, options: options).run()
        #expect(summary.resumedUnits == 11)
        #expect(summary.units == 19)
        #expect(dir.read("out/documents.jsonl") == complete)
        #expect(dir.read("out/errors.jsonl") == completeErrors)

        // Resuming with other inputs is refused.
        options.inputs = [dir.path + "/in/doc-001.txt"]
        #expect { try Runner(pipeline: p, options: options).run() } throws: { error in
            "\(error)".contains("other inputs")
        }
    }

    @Test("--from re-runs only the stages after the given one and keeps earlier errors")
    func from() throws {
        let dir = try TemporaryDirectory()
        corpus(dir, count: 10)
        dir.write("in/bad.txt", [0x00])
        let p = try pipeline("stages: [split-lines, fail-on, count-sentences]", in: dir)
        var options = RunOptions(inputs: [dir.path + "/in"], output: .directory(dir.path + "/out"), jobs: 2)
        options.progress = .quiet
        _ = try Runner(pipeline: p, options: options).run()
        let before = dir.read("out/documents.jsonl")

        var again = RunOptions(inputs: [], output: .directory(dir.path + "/out"), jobs: 2)
        again.from = dir.path + "/out/stages/02-fail-on.jsonl"
        again.progress = .quiet
        let summary = try Runner(pipeline: p, options: again).run()
        #expect(summary.stages.map(\.id) == ["count-sentences"])
        #expect(summary.units == 9)
        let after = dir.read("out/documents.jsonl")
        #expect(after.split(separator: "\n").count == before.split(separator: "\n").count)
        #expect(after.contains(#"{"stage":"count-sentences","id":"count-sentences","version":"0.2.0""#))
        let errorStages = dir.lines("out/errors.jsonl").compactMap { try? JSONParser.parse($0).objectValue?["stage"]?.stringValue }
        #expect(errorStages == ["read", "fail-on"], "earlier stages' errors are kept")

        var wrong = again
        wrong.from = dir.path + "/out/stages/02-nope.jsonl"
        #expect { try Runner(pipeline: p, options: wrong).run() } throws: { error in
            "\(error)".contains("no stage 2 with id \"nope\"")
        }
    }

    @Test("shards partition the inputs: together they give exactly the full run")
    func shards() throws {
        let dir = try TemporaryDirectory()
        corpus(dir, count: 50)
        let p = try pipeline("stages: [split-lines]", in: dir)
        var all: [String] = []
        for k in 1...3 {
            var options = RunOptions(inputs: [dir.path + "/in"], output: .directory(dir.path + "/shard\(k)"), jobs: 2)
            options.shard = Shard(index: k, count: 3)
            options.progress = .quiet
            let summary = try Runner(pipeline: p, options: options).run()
            #expect(summary.units > 5)
            all += dir.lines("shard\(k)/documents.jsonl")
        }
        var options = RunOptions(inputs: [dir.path + "/in"], output: .directory(dir.path + "/full"), jobs: 2)
        options.progress = .quiet
        _ = try Runner(pipeline: p, options: options).run()
        #expect(all.sorted() == dir.lines("full/documents.jsonl").sorted())
        #expect(Set(all).count == 50)
    }

    @Test("missing inputs and empty folders are usage errors that touch nothing")
    func badInputs() throws {
        let dir = try TemporaryDirectory()
        let p = try pipeline("stages: [passthrough]", in: dir)
        var options = RunOptions(inputs: [dir.path + "/missing"], output: .directory(dir.path + "/out"), jobs: 1)
        options.progress = .quiet
        #expect { try Runner(pipeline: p, options: options).run() } throws: { "\($0)".contains("no such file or folder") }
        dir.write("empty/readme.pdf", "x")
        options.inputs = [dir.path + "/empty"]
        #expect { try Runner(pipeline: p, options: options).run() } throws: { "\($0)".contains("no input files") }
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/out"))
    }
}
