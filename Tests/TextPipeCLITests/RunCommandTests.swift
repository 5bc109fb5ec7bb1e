import Foundation
import Testing

@Suite("textpipe run, end to end", .serialized)
struct RunCommandTests {
    let statsPipeline = CLI.statsPipeline

    @Test("a folder run writes all outputs and exits 0")
    func folderRun() throws {
        let w = try Workspace()
        w.corpus(count: 12)
        w.write("p.yaml", statsPipeline)
        let r = try w.cli.run(["run", "p.yaml", "in", "-o", "out", "--jobs", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("12 inputs → 12 documents"))
        #expect(w.ids("out/documents.jsonl") == (0..<12).map { "doc-" + String(format: "%04d", $0) })
        #expect(w.lines("out/stages/01-require.jsonl").count == 12)
        #expect(w.lines("out/stages/02-stats.jsonl").count == 12)
        #expect(w.read("out/errors.jsonl").isEmpty)
        #expect(w.read("out/run.json").contains(#""status":"complete""#))
        #expect(w.read("out/documents.jsonl").contains(#""stats":{"characters":"#))
    }

    @Test("some documents failing gives exit 1 and errors.jsonl; the rest are written")
    func partialFailure() throws {
        let w = try Workspace()
        w.corpus(count: 5)
        w.write("in/empty.txt", "")
        w.write("in/binary.txt", "PK\u{3}\u{0}\u{4}")
        w.write("in/latin1.txt", "")
        FileManager.default.createFile(atPath: w.path + "/in/latin1.txt", contents: Data([0x63, 0x61, 0x66, 0xE9]))
        w.write("p.yaml", statsPipeline)
        let r = try w.cli.run(["run", "p.yaml", "in", "-o", "out"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("2 failed"))
        #expect(w.ids("out/documents.jsonl") == ["doc-0000", "doc-0001", "doc-0002", "doc-0003", "doc-0004", "latin1"])
        #expect(w.read("out/documents.jsonl").contains(#""text":"café""#), "windows-1252 is decoded")
        let errors = w.read("out/errors.jsonl")
        #expect(errors.contains(#""id":"binary""#) && errors.contains("NUL byte at offset 3"))
        #expect(errors.contains(#""id":"empty""#) && errors.contains(#""stage":"require""#))
    }

    @Test("--jobs 1 and --jobs 4 give byte-identical output")
    func deterministic() throws {
        let w = try Workspace()
        w.corpus(count: 80)
        w.write("p.yaml", statsPipeline + "\n  - use: delay\n    with: {milliseconds: 2}\n")
        #expect(try w.cli.run(["run", "p.yaml", "in", "-o", "one", "-j", "1"]).status == 0)
        #expect(try w.cli.run(["run", "p.yaml", "in", "-o", "four", "-j", "4"]).status == 0)
        for file in ["documents.jsonl", "errors.jsonl", "stages/01-require.jsonl", "stages/02-stats.jsonl", "stages/03-delay.jsonl"] {
            #expect(w.read("one/" + file) == w.read("four/" + file), "\(file)")
        }
        #expect(w.lines("four/documents.jsonl").count == 80)
    }

    @Test("a run killed mid-way resumes without losing or duplicating a document")
    func killAndResume() throws {
        let w = try Workspace()
        w.corpus(count: 300)
        w.write("p.yaml", statsPipeline + "\n  - use: delay\n    with: {milliseconds: 20}\n")
        let process = w.cli.start(["run", "p.yaml", "in", "-o", "out", "-j", "2", "--quiet"])
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until some documents are out, then kill without warning.
        let deadline = Date().addingTimeInterval(60)
        while w.lines("out/documents.jsonl").count < 30 && Date() < deadline { usleep(20_000) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let before = w.lines("out/documents.jsonl").count
        #expect(before >= 30 && before < 300, "killed mid-run after \(before) documents")

        let again = try w.cli.run(["run", "p.yaml", "in", "-o", "out", "-j", "2"])
        #expect(again.status == 2, "without --resume the folder is left alone")
        #expect(again.stderr.contains("pass --resume to continue it"))
        let resumed = try w.cli.run(["run", "p.yaml", "in", "-o", "out", "-j", "2", "--resume"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        let ids = w.ids("out/documents.jsonl")
        #expect(ids == (0..<300).map { "doc-" + String(format: "%04d", $0) })
        #expect(w.ids("out/stages/03-delay.jsonl") == ids)
        #expect(w.read("out/documents.jsonl").hasSuffix("}\n"))
    }

    @Test("a run killed before its first document can still be resumed")
    func killBeforeFirstFlushResumes() throws {
        let w = try Workspace()
        w.corpus(count: 20)
        w.write("p.yaml", statsPipeline + "\n  - use: delay\n    with: {milliseconds: 200}\n")
        let process = w.cli.start(["run", "p.yaml", "in", "-o", "out", "-j", "1", "--quiet"])
        process.standardError = FileHandle.nullDevice
        try process.run()
        // The checkpoint is there before any document is written.
        let deadline = Date().addingTimeInterval(60)
        while !FileManager.default.fileExists(atPath: w.path + "/out/.checkpoint.json") && Date() < deadline { usleep(10_000) }
        #expect(w.lines("out/documents.jsonl").isEmpty, "the checkpoint comes before the first document")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(w.lines("out/documents.jsonl").count < 20)
        let resumed = try w.cli.run(["run", "p.yaml", "in", "-o", "out", "-j", "1", "--resume"])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(w.ids("out/documents.jsonl") == (0..<20).map { "doc-" + String(format: "%04d", $0) })
    }

    @Test("Ctrl-C stops cleanly with exit 130 and --resume finishes the run")
    func interruptAndResume() throws {
        let w = try Workspace()
        w.corpus(count: 300)
        w.write("p.yaml", statsPipeline + "\n  - use: delay\n    with: {milliseconds: 20}\n")
        let process = w.cli.start(["run", "p.yaml", "in", "-o", "out", "-j", "2", "--quiet"])
        let err = Pipe()
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while w.lines("out/documents.jsonl").count < 10 && Date() < deadline { usleep(20_000) }
        kill(process.processIdentifier, SIGINT)
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 130)
        #expect(message.contains("--resume"))
        #expect(w.read("out/run.json").contains(#""status":"interrupted""#))
        let done = w.lines("out/documents.jsonl").count
        #expect(done > 0 && done < 300)

        let resumed = try w.cli.run(["run", "p.yaml", "in", "-o", "out", "-j", "2", "--resume"])
        #expect(resumed.status == 0)
        #expect(resumed.stderr.contains("\(done) already done before"), "\(resumed.stderr)")
        #expect(w.ids("out/documents.jsonl") == (0..<300).map { "doc-" + String(format: "%04d", $0) })
    }

    @Test("standard input to standard output, JSONL or plain text")
    func filter() throws {
        let w = try Workspace()
        w.write("p.yaml", statsPipeline)
        let jsonl = #"{"id":"a","text":"One two.","x-keep":[1,{"b":null}]}"# + "\n" + "{broken\n" + #"{"id":"c","text":"Three."}"# + "\n"
        let r = try w.cli.run(["run", "p.yaml", "-"], stdin: jsonl)
        #expect(r.status == 1)
        let out = r.stdout.split(separator: "\n")
        #expect(out.count == 2)
        #expect(out[0].hasPrefix(#"{"id":"a","text":"One two.","x-keep":[1,{"b":null}],"source":{"path":"-","format":"jsonl","line":1}"#))
        #expect(r.stderr.contains(#""line":2,"stage":"read""#), "errors go to standard error as JSON")

        let text = try w.cli.run(["run", "p.yaml", "-", "--quiet"], stdin: "Just some words\nin plain text.\n")
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix(#"{"id":"stdin","source":{"path":"-","format":"text""#))
        #expect(text.stderr.isEmpty)

        // A folder run can stream to standard output too.
        w.corpus(count: 3)
        let streamed = try w.cli.run(["run", "p.yaml", "in", "-o", "-", "--quiet"])
        #expect(streamed.stdout.split(separator: "\n").count == 3)
        #expect(!w.exists("out"))
    }

    @Test("progress goes to standard error as plain lines when it is not a terminal; --quiet silences it")
    func progress() throws {
        let w = try Workspace()
        w.corpus(count: 40)
        w.write("p.yaml", statsPipeline + "\n  - use: delay\n    with: {milliseconds: 10}\n")
        let r = try w.cli.run(["run", "p.yaml", "in", "-o", "out", "-j", "1", "--progress-interval", "0.1"])
        #expect(r.status == 0)
        let lines = r.stderr.split(separator: "\n").filter { $0.contains("/40 documents") }
        #expect(lines.count >= 2, "\(r.stderr)")
        #expect(lines.first?.contains("/s") == true)
        #expect(lines.contains { $0.contains("ETA") })
        let quiet = try w.cli.run(["run", "p.yaml", "in", "-o", "out2", "-j", "1", "--progress-interval", "0.1", "-q"])
        #expect(quiet.stderr.isEmpty)
    }

    @Test("shards partition the inputs and merge to the full run")
    func shards() throws {
        let w = try Workspace()
        w.corpus(count: 40)
        w.write("p.yaml", statsPipeline)
        var merged: [String] = []
        for k in 1...4 {
            let r = try w.cli.run(["run", "p.yaml", "in", "-o", "s\(k)", "--shard", "\(k)/4"])
            #expect(r.status == 0)
            merged += w.lines("s\(k)/documents.jsonl")
        }
        #expect(try w.cli.run(["run", "p.yaml", "in", "-o", "full"]).status == 0)
        #expect(merged.sorted() == w.lines("full/documents.jsonl").sorted())
        #expect(Set(w.ids("full/documents.jsonl")).count == 40)
        let bad = try w.cli.run(["run", "p.yaml", "in", "--shard", "5/4"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("--shard takes K/N"))
    }

    @Test("--from re-runs the later stages only")
    func from() throws {
        let w = try Workspace()
        w.corpus(count: 6)
        w.write("p.yaml", statsPipeline)
        #expect(try w.cli.run(["run", "p.yaml", "in", "-o", "out"]).status == 0)
        let r = try w.cli.run(["run", "p.yaml", "--from", "out/stages/01-require.jsonl", "-o", "out"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(w.read("out/run.json").contains(#""id":"require","stage":"require","version":"1.0.0""#))
        #expect(w.read("out/run.json").contains(#""ran":false"#))
        #expect(w.lines("out/documents.jsonl").count == 6)
    }

    @Test("usage errors exit 2 and say what to type", arguments: [
        (["run", "p.yaml"], "give the inputs to read"),
        (["run", "p.yaml", "nowhere"], "no such file or folder: nowhere"),
        (["run", "missing.yaml", "in"], "no pipeline file at missing.yaml"),
        (["run", "p.yaml", "in", "--resume", "--overwrite"], "contradict"),
        (["run", "p.yaml", "in", "--jobs", "0"], "--jobs must be at least 1"),
        (["frobnicate"], "Unexpected argument"),
    ])
    func usage(arguments: [String], message: String) throws {
        let w = try Workspace()
        w.corpus(count: 1)
        w.write("p.yaml", statsPipeline)
        let r = try w.cli.run(arguments)
        #expect(r.status == 2, "\(arguments): \(r.stderr)")
        #expect(r.stderr.contains(message), "\(arguments): \(r.stderr)")
    }
}
