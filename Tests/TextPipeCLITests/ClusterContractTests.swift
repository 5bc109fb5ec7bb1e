import Foundation
import Testing

/// What batch engines rely on (README, "Running on a cluster"): shards from the
/// scheduler's environment, `--errors-ok`, shard folders that appear only when
/// complete, and no dependence on the environment.
@Suite("textpipe run on a cluster", .serialized)
struct ClusterContractTests {
    let statsPipeline = CLI.statsPipeline

    /// Runs with exactly `environment` (nothing inherited).
    func run(_ w: Workspace, _ arguments: [String], environment: [String: String] = [:],
             directory: String? = nil) throws -> CLI.Result {
        let process = CLI(directory: directory ?? w.path).start(arguments)
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return CLI.Result(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                          stderr: String(decoding: errData, as: UTF8.self))
    }

    @Test("Slurm task ids (from 0 or from 1) and Kubernetes indexes give the same shards as --shard")
    func shardsFromEnvironment() throws {
        let w = try Workspace()
        w.corpus(count: 30)
        w.write("p.yaml", statsPipeline)
        for k in 1...3 {
            #expect(try w.cli.run(["run", "p.yaml", "in", "-o", "flag\(k)", "--shard", "\(k)/3", "-q"]).status == 0)
            let zeroBased = try run(w, ["run", "p.yaml", "in", "-o", "slurm0-\(k)"], environment: [
                "SLURM_ARRAY_TASK_ID": "\(k - 1)", "SLURM_ARRAY_TASK_MIN": "0", "SLURM_ARRAY_TASK_MAX": "2",
                "SLURM_ARRAY_TASK_COUNT": "3"])
            #expect(zeroBased.status == 0, "\(zeroBased.stderr)")
            #expect(zeroBased.stderr.contains("shard \(k)/3 from SLURM_ARRAY_TASK_ID=\(k - 1)"))
            let oneBased = try run(w, ["run", "p.yaml", "in", "-o", "slurm1-\(k)", "-q"], environment: [
                "SLURM_ARRAY_TASK_ID": "\(k)", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_MAX": "3",
                "SLURM_ARRAY_TASK_COUNT": "3", "TEXTPIPE_SHARD_COUNT": "3"])
            #expect(oneBased.status == 0, "\(oneBased.stderr)")
            let indexed = try run(w, ["run", "p.yaml", "in", "-o", "k8s-\(k)", "-q"],
                                  environment: ["JOB_COMPLETION_INDEX": "\(k - 1)", "TEXTPIPE_SHARD_COUNT": "3"])
            #expect(indexed.status == 0, "\(indexed.stderr)")
            let expected = w.read("flag\(k)/documents.jsonl")
            #expect(!expected.isEmpty)
            for other in ["slurm0-\(k)", "slurm1-\(k)", "k8s-\(k)"] {
                #expect(w.read("\(other)/documents.jsonl") == expected, "\(other)")
                #expect(w.read("\(other)/run.json").contains(#""shard":"\#(k)/3""#))
            }
        }
        // --shard wins over the environment; 1/1 reads everything.
        let all = try run(w, ["run", "p.yaml", "in", "-o", "all", "--shard", "1/1", "-q"],
                          environment: ["JOB_COMPLETION_INDEX": "1", "TEXTPIPE_SHARD_COUNT": "3"])
        #expect(all.status == 0)
        #expect(w.lines("all/documents.jsonl").count == 30)
    }

    @Test("scheduler variables that cannot name a shard are usage errors", arguments: [
        (["JOB_COMPLETION_INDEX": "0"], "set it to the Job's `completions`"),
        (["JOB_COMPLETION_INDEX": "3", "TEXTPIPE_SHARD_COUNT": "3"], "gives shard 4 of 3"),
        (["SLURM_ARRAY_TASK_ID": "5", "SLURM_ARRAY_TASK_MIN": "1", "SLURM_ARRAY_TASK_MAX": "9", "SLURM_ARRAY_TASK_COUNT": "5"],
         "is not contiguous"),
        (["SLURM_ARRAY_TASK_ID": "2", "SLURM_ARRAY_TASK_MIN": "2", "SLURM_ARRAY_TASK_MAX": "3", "SLURM_ARRAY_TASK_COUNT": "2",
          "TEXTPIPE_SHARD_COUNT": "8"], "resubmit the whole array"),
        (["SLURM_ARRAY_TASK_ID": "x", "SLURM_ARRAY_TASK_COUNT": "2"], "SLURM_ARRAY_TASK_ID=x is not a whole number"),
    ])
    func badShardEnvironment(environment: [String: String], message: String) throws {
        let w = try Workspace()
        w.corpus(count: 2)
        w.write("p.yaml", statsPipeline)
        let r = try run(w, ["run", "p.yaml", "in", "-o", "out"], environment: environment)
        #expect(r.status == 2, "\(environment): \(r.stderr)")
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(!w.exists("out"), "nothing is written")
    }

    @Test("--errors-ok exits 0; with -o - the error records are JSON lines on standard output, in order")
    func errorsOK() throws {
        let w = try Workspace()
        w.corpus(count: 3)
        w.write("in/empty.txt", "")
        w.write("p.yaml", statsPipeline)
        let folder = try w.cli.run(["run", "p.yaml", "in", "-o", "out", "--errors-ok"])
        #expect(folder.status == 0, "\(folder.stderr)")
        #expect(w.read("out/errors.jsonl").contains(#""id":"empty""#))
        #expect(try w.cli.run(["run", "p.yaml", "in", "-o", "strict"]).status == 1, "without it, exit 1 as before")

        let input = #"{"id":"a","text":"one"}"# + "\n" + #"{"id":"b","text":""}"# + "\nnot json\n" + #"{"id":"c","text":"three"}"# + "\n"
        let r = try w.cli.run(["run", "p.yaml", "-", "--errors-ok"], stdin: input)
        #expect(r.status == 0, "\(r.stderr)")
        let records = r.stdout.split(separator: "\n").map { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
        }
        #expect(records.map { $0["id"] as? String ?? "?" } == ["a", "b", "stdin:3", "c"], "every record has its id")
        #expect(records[1]["stage"] as? String == "require" && records[1]["error"] is String)
        #expect(records[2]["stage"] as? String == "read" && records[2]["line"] as? Int == 3)
        #expect(records[0]["error"] == nil && records[3]["stats"] != nil)
        #expect(!r.stderr.contains(#""error""#), "standard error has logs only")
        let strict = try w.cli.run(["run", "p.yaml", "-"], stdin: input)
        #expect(strict.status == 1)
        #expect(strict.stdout.split(separator: "\n").count == 2, "without it, error records go to standard error")
    }

    @Test("a shard folder appears only when complete; a rerun skips it, a killed one continues")
    func atomicShards() throws {
        let w = try Workspace()
        w.corpus(count: 200)
        w.write("p.yaml", statsPipeline + "\n  - use: delay\n    with: {milliseconds: 50}\n")
        let process = w.cli.start(["run", "p.yaml", "in", "-o", "out/s1", "--shard", "1/2", "-j", "1", "-q"])
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        // Killed once a checkpoint with documents in it is down (the runner writes
        // an empty one before the first document; one killed then simply starts again).
        func checkpointedUnits() -> Int {
            guard let data = w.read("out/s1.partial/.checkpoint.json").data(using: .utf8),
                  let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return 0 }
            return (object["units_done"] as? Int) ?? 0
        }
        while (w.lines("out/s1.partial/documents.jsonl").count < 10 || checkpointedUnits() < 1) && Date() < deadline { usleep(20_000) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(!w.exists("out/s1"), "no folder under the final name until the shard is complete")
        #expect(w.exists("out/s1.partial/.checkpoint.json"))
        let done = w.lines("out/s1.partial/documents.jsonl").count
        #expect(done >= 10)

        let again = try w.cli.run(["run", "p.yaml", "in", "-o", "out/s1", "--shard", "1/2", "-j", "2"])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("continuing the unfinished shard in out/s1.partial"))
        #expect(again.stderr.contains("already done before"))
        #expect(!w.exists("out/s1.partial"))
        #expect(w.read("out/s1/run.json").contains(#""output":"out/s1""#))
        #expect(try w.cli.run(["run", "p.yaml", "in", "-o", "fresh", "--shard", "1/2", "-j", "2"]).status == 0)
        #expect(w.read("out/s1/documents.jsonl") == w.read("fresh/documents.jsonl"), "nothing lost or doubled")

        let attributes = try FileManager.default.attributesOfItem(atPath: w.path + "/out/s1/documents.jsonl")
        let skipped = try w.cli.run(["run", "p.yaml", "in", "-o", "out/s1", "--shard", "1/2"])
        #expect(skipped.status == 0)
        #expect(skipped.stderr.contains("already holds the complete output of shard 1/2; nothing to do"))
        let after = try FileManager.default.attributesOfItem(atPath: w.path + "/out/s1/documents.jsonl")
        #expect(after[.modificationDate] as? Date == attributes[.modificationDate] as? Date)

        // Another pipeline or shard into the same folder is refused, unless --overwrite.
        let other = try w.cli.run(["run", "p.yaml", "in", "-o", "out/s1", "--shard", "2/2"])
        #expect(other.status == 2)
        #expect(other.stderr.contains("holds the output of another run"))
        let replaced = try w.cli.run(["run", "p.yaml", "in", "-o", "out/s1", "--shard", "2/2", "--overwrite", "-q"])
        #expect(replaced.status == 0)
        #expect(w.read("out/s1/run.json").contains(#""shard":"2/2""#))
    }

    @Test("two attempts at the same shard at once: one writes it, the other waits and finds it done")
    func duplicateAttempts() throws {
        let w = try Workspace()
        w.corpus(count: 60)
        w.write("p.yaml", statsPipeline + "\n  - use: delay\n    with: {milliseconds: 10}\n")
        let attempts = (0..<2).map { _ in w.cli.start(["run", "p.yaml", "in", "-o", "out/s", "--shard", "1/1", "-j", "1"]) }
        let errs = attempts.map { _ in Pipe() }
        for (p, e) in zip(attempts, errs) {
            p.standardError = e
            try p.run()
        }
        let messages = errs.map { String(decoding: $0.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) }
        for p in attempts { p.waitUntilExit() }
        #expect(attempts.allSatisfy { $0.terminationStatus == 0 }, "\(messages)")
        #expect(messages.filter { $0.contains("nothing to do") }.count == 1, "\(messages)")
        #expect(w.ids("out/s/documents.jsonl") == (0..<60).map { "doc-" + String(format: "%04d", $0) })
    }

    @Test("runs from any folder with an empty environment (no HOME, PATH or locale)")
    func noEnvironment() throws {
        let w = try Workspace()
        w.corpus(count: 4)
        w.write("p.yaml", statsPipeline)
        let r = try run(w, ["run", w.path + "/p.yaml", w.path + "/in", "-o", w.path + "/out"], directory: "/")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(w.lines("out/documents.jsonl").count == 4)
    }
}
