import Foundation
import Testing

@Suite("textpipe eval and textpipe show, end to end")
struct EvalShowCommandTests {
    let predicted = [
        #"{"id":"a","text":"“Hello there,” said Ann Lee.","quotes":[{"start":1,"end":13,"text":"Hello there,","kind":"direct","speaker":{"text":"Ann Lee","cluster":0,"canonical":"Ann Lee"},"cue":{"text":"said","start":15,"end":19},"method":"said_after","confidence":0.9}],"entities":[{"start":20,"end":27,"text":"Ann Lee","label":"PERSON","cluster":0}],"clusters":[{"id":0,"canonical":"Ann Lee","label":"PERSON","gender":"female"}]}"#,
        #"{"id":"b","text":"Nothing quoted.","quotes":[]}"#,
    ].joined(separator: "\n") + "\n"

    func workspace() throws -> Workspace {
        let w = try Workspace()
        w.write("out/documents.jsonl", predicted)
        w.write("gold/a.json", #"{"id":"a","quotes":[{"text":"Hello there,","speaker":"Ann Lee","speaker_aliases":["Lee"]}],"entities":[{"text":"Ann Lee","type":"PERSON"}]}"#)
        w.write("gold/b.json", #"{"id":"b","quotes":[{"text":"A quote we missed entirely","speaker":"Bo","speaker_aliases":[]}]}"#)
        return w
    }

    @Test("eval prints per-document and total scores")
    func evalTable() throws {
        let w = try workspace()
        let r = try w.cli.run(["eval", "out/documents.jsonl", "gold", "--details"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("a\nquotes, exact span            P 1.000  R 1.000  F1 1.000   (1 right, 0 extra, 0 missed)"))
        #expect(r.stdout.contains("total\nquotes, exact span            P 1.000  R 0.500  F1 0.667"))
        #expect(r.stdout.contains("speakers (of matched quotes)  1.000   (1 of 1)"))
        #expect(r.stdout.contains("    missed: “A quote we missed entirely” (gold speaker Bo)"))
    }

    @Test("eval --json and --fail-under for CI")
    func evalJSONAndThresholds() throws {
        let w = try workspace()
        let json = try w.cli.run(["eval", "out/documents.jsonl", "gold", "--json"])
        let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let total = object?["total"] as? [String: Any]
        #expect((total?["quotes_overlap"] as? [String: Any])?["recall"] as? Double == 0.5)
        let pass = try w.cli.run(["eval", "out/documents.jsonl", "gold", "--fail-under", "quotes.precision=0.9"])
        #expect(pass.status == 0)
        let fail = try w.cli.run(["eval", "out/documents.jsonl", "gold", "--fail-under", "quotes.recall=0.9"])
        #expect(fail.status == 1)
        #expect(fail.stderr.contains("quotes.recall is 0.500, under 0.900"))
        let unknown = try w.cli.run(["eval", "out/documents.jsonl", "gold", "--fail-under", "quotes.nonsense=0.9"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("unknown metric quotes.nonsense; known: quotes.exact.precision"))
        let badGold = try w.cli.run(["eval", "out/documents.jsonl", "nowhere"])
        #expect(badGold.status == 2)
        #expect(badGold.stderr.contains("cannot read nowhere: no such file or folder"))
    }

    @Test("show prints the quote table; --id picks a document; --html writes a report")
    func show() throws {
        let w = try workspace()
        let r = try w.cli.run(["show", "out/documents.jsonl", "--width", "90"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("a — “Hello there,” said Ann Lee.\n  1 quote, 1 speaker, 1 entity mentions\n"))
        #expect(r.stdout.contains("  Ann Lee  said  “Hello there,”"))
        #expect(r.stdout.contains("b — Nothing quoted.\n  0 quotes, 0 speakers"))
        let one = try w.cli.run(["show", "out/documents.jsonl", "--id", "b"])
        #expect(!one.stdout.contains("Ann Lee"))
        let missing = try w.cli.run(["show", "out/documents.jsonl", "--id", "zzz"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("no document with id zzz"))
        let html = try w.cli.run(["show", "out/documents.jsonl", "--html", "report.html"])
        #expect(html.status == 0)
        #expect(w.read("report.html").hasPrefix("<!DOCTYPE html>"))
        #expect(w.read("report.html").contains("<mark class=\"quote\""))
    }
}
