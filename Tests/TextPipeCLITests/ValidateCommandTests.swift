import Foundation
import Testing

@Suite("textpipe validate and textpipe stages, end to end")
struct ValidateCommandTests {
    @Test("a good pipeline validates")
    func good() throws {
        let w = try Workspace()
        w.write("ok.yaml", "stages: [require, stats]")
        let r = try w.cli.run(["validate", "ok.yaml"])
        #expect(r.status == 0)
        #expect(r.stdout == "ok.yaml: ok, 2 stages: require → stats\n")
    }

    @Test("every problem is printed with file, line, column, stage and fix")
    func problems() throws {
        let w = try Workspace()
        w.write("bad.yaml", """
            name: bad
            stages:
              - use: stats
              - use: requre
              - use: delay
                with:
                  milliseconds: "ten"
                  secnds: 3
              - use: passthrough
                id: stats
            input:
              format: html
            """)
        let r = try w.cli.run(["validate", "bad.yaml"])
        #expect(r.status == 2)
        let expected = [
            "bad.yaml:4:10: error: stage 2: unknown stage \"requre\"",
            "    fix: did you mean \"require\"? run `textpipe stages` to list the stages this textpipe knows",
            "bad.yaml:7:7: error: stage 3 (delay): option `milliseconds`: expected integer 0...60000, found string \"ten\"",
            "bad.yaml:8:7: error: stage 3 (delay): unknown option `secnds`",
            "bad.yaml:10:9: error: stage 4 (stats: passthrough): duplicate stage id \"stats\" (stage 1 has it too)",
            "4 problems found",
        ]
        // The layer check waits until every stage name is right, so stats' missing `text` is not among them yet.
        for line in expected {
            #expect(r.stderr.contains(line), "missing: \(line)\nin:\n\(r.stderr)")
        }
    }

    @Test("layer order problems are caught before any input is read")
    func order() throws {
        let w = try Workspace()
        w.write("order.yaml", "input: {format: html}\nstages:\n  - use: stats\n")
        w.write("in/a.html", "<p>x</p>")
        let r = try w.cli.run(["run", "order.yaml", "in", "-o", "out"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("order.yaml:3:10: error: stage 1 (stats): needs the `text` layer, which no earlier stage adds"))
        #expect(!w.exists("out"), "nothing was written")
    }

    @Test("stages lists every stage with options, needs and adds")
    func stages() throws {
        let w = try Workspace()
        let r = try w.cli.run(["stages"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("stats 1.0.0\n  Counts characters"))
        #expect(r.stdout.contains("  needs: text\n  adds:  stats"))
        #expect(r.stdout.contains("    min_chars (integer >= 0, default 0)"))
        let json = try w.cli.run(["stages", "--json"])
        let list = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]]
        #expect(list?.contains { $0["name"] as? String == "passthrough" } == true)
    }

    @Test("--version and --help exit 0")
    func versionAndHelp() throws {
        let w = try Workspace()
        #expect(try w.cli.run(["--version"]).stdout == "0.1.0\n")
        let help = try w.cli.run(["run", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--resume"))
    }
}
