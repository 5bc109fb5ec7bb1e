import Foundation
import Testing

/// The `exec` stage against real processes: the Python example, and a plugin
/// that misbehaves on purpose in every way the protocol allows.
@Suite("exec: stages in any language", .serialized)
struct ExecStageTests {
    /// Behaves by the word in a document's text: CRASH exits, HANG sleeps, GARBAGE
    /// prints non-JSON, WRONGID answers for another document, NOISE logs to stderr.
    static let plugin = #"""
    import json, sys, time
    needs = sys.argv[1] if len(sys.argv) > 1 else "text"
    for line in sys.stdin:
        doc = json.loads(line)
        if doc.get("textpipe") == "handshake":
            if needs == "BADHANDSHAKE":
                print("hello, I am not JSON", flush=True)
                continue
            print(json.dumps({"id": "misbehaving", "version": "2.1.0", "needs": [needs], "adds": ["echo"]}), flush=True)
            continue
        text = doc.get("text", "")
        if "CRASH" in text:
            sys.stderr.write("about to crash\n"); sys.stderr.flush()
            sys.exit(3)
        if "HANG" in text:
            time.sleep(60)
        if "GARBAGE" in text:
            print("this is not json", flush=True)
            continue
        if "WRONGID" in text:
            doc["id"] = "someone-else"
        if "NOISE" in text:
            sys.stderr.write("plugin says hello\n"); sys.stderr.flush()
        doc["echo"] = len(text)
        print(json.dumps(doc), flush=True)
    """#

    func workspace(needs: String = "text", timeout: Double = 2, extraWith: String = "") throws -> Workspace {
        let w = try Workspace()
        w.write("plugin.py", Self.plugin)
        w.write("p.yaml", """
            stages:
              - use: exec
                id: echo
                with:
                  command: [python3, plugin.py, \(needs)]
                  timeout_seconds: \(timeout)
                  workers: 2\(extraWith)
            """)
        return w
    }

    @Test("the Python example stage runs in a pipeline, and its manifest is checked like a Swift stage's")
    func example() throws {
        let w = try Workspace()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        w.write("p.yaml", """
            stages:
              - use: exec
                id: keywords
                with: {command: [python3, \(root.path)/Examples/exec-plugin/keywords.py], env: {KEYWORDS_TOP: "3"}}
              - use: stats
            """)
        for i in 0..<30 { w.write("in/d\(i).txt", "Troops moved toward Kursk. Kursk troops, again and again: troops \(i).") }
        let r = try w.cli.run(["run", "p.yaml", "in", "-o", "out", "-j", "3"])
        #expect(r.status == 0, "\(r.stderr)")
        let docs = w.lines("out/documents.jsonl")
        #expect(docs.count == 30)
        #expect(docs.allSatisfy { $0.contains(#""keywords":[{"term":"troops","score":"#) })
        #expect(docs[0].contains(#""stage":"exec","id":"keywords","version":"1.0.0""#), "the plugin's version is recorded")
        let v = try w.cli.run(["validate", "p.yaml"])
        #expect(v.stdout.contains("ok, 2 stages: keywords → stats"))
    }

    @Test("crash, hang, garbage and a wrong id each fail one document; nothing is lost or duplicated")
    func failures() throws {
        let w = try workspace()
        let words = ["fine", "CRASH", "fine", "HANG", "fine", "GARBAGE", "fine", "WRONGID", "NOISE", "fine"]
        for (i, word) in words.enumerated() { w.write("in/d\(i).txt", "document \(i) \(word)") }
        let r = try w.cli.run(["run", "p.yaml", "in", "-o", "out", "-j", "2"])
        #expect(r.status == 1)
        let done = w.ids("out/documents.jsonl")
        let failed = w.ids("out/errors.jsonl")
        #expect(done == ["d0", "d2", "d4", "d6", "d8", "d9"])
        #expect(failed == ["d1", "d3", "d5", "d7"])
        let errors = w.read("out/errors.jsonl")
        #expect(errors.contains("the process exited (status 3) before answering; its last words on stderr: about to crash"))
        #expect(errors.contains("no answer within 2.0 s (timeout_seconds)"))
        #expect(errors.contains(#"the answer is not a document"#))
        #expect(errors.contains(#"the answer is for document \"someone-else\", not \"d7\""#))
        #expect(r.stderr.contains("plugin says hello"), "stderr is forwarded to the log")
        #expect(w.read("out/documents.jsonl").contains(#""version":"2.1.0""#))
    }

    @Test("a 20 MB document goes through without deadlock")
    func large() throws {
        let w = try workspace(timeout: 60)
        let big = String(repeating: "Lorem ipsum dolor sit amet. ", count: 20_000_000 / 28)
        w.write("in/big.txt", big)
        w.write("in/small.txt", "small")
        let r = try w.cli.run(["run", "p.yaml", "in", "-o", "out", "--max-bytes", "30000000", "--no-intermediate"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(w.ids("out/documents.jsonl") == ["big", "small"])
        #expect(w.read("out/documents.jsonl").contains(#""echo":\#(big.count)"#))
    }

    @Test("a plugin that cannot start or answers the handshake wrongly stops the pipeline before any input")
    func handshake() throws {
        let bad = try workspace(needs: "BADHANDSHAKE")
        bad.write("in/a.txt", "x")
        let r = try bad.cli.run(["run", "p.yaml", "in", "-o", "out"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("the handshake answer is not a JSON object (\"hello, I am not JSON\")"))
        #expect(!bad.exists("out"))

        let missing = try Workspace()
        missing.write("p.yaml", "stages:\n  - use: exec\n    with: {command: [no-such-program-xyz]}\n")
        let m = try missing.cli.run(["validate", "p.yaml"])
        #expect(m.status == 2)
        #expect(m.stderr.contains("no-such-program-xyz is not an executable file on PATH"))

        let empty = try Workspace()
        empty.write("p.yaml", "stages: [exec]")
        #expect(try empty.cli.run(["validate", "p.yaml"]).stderr.contains("exec needs `command`"))
    }

    @Test("the manifest's needs are checked against the stages before it")
    func contract() throws {
        let w = try workspace(needs: "sentences")
        let r = try w.cli.run(["validate", "p.yaml"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("stage 1 (echo: exec): needs the `sentences` layer, which no earlier stage adds"))
    }
}
