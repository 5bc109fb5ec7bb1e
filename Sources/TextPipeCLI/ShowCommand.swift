import ArgumentParser
import Foundation
import Report
import TextPipe

/// `textpipe show`: look at documents in the terminal, or as an HTML report.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show documents: title, quotes with speakers and stance, top entities; or write an HTML report.",
        discussion: """
            Examples:
              textpipe show out/documents.jsonl
              textpipe show out/documents.jsonl --id 000_fb15108b046fd2da
              textpipe show out/documents.jsonl --html report.html
            """
    )

    @Argument(help: ArgumentHelp("A documents.jsonl file.", valueName: "documents"))
    var documents: String

    @Option(help: "Show only the document with this id.")
    var id: String?

    @Option(help: ArgumentHelp("Write a self-contained HTML report to this file instead.", valueName: "file"))
    var html: String?

    @Option(help: "Line width for the terminal view (default: the terminal's, or 100).")
    var width: Int?

    @Option(help: "Show at most this many documents.")
    var limit: Int?

    func run() throws {
        guard let data = FileManager.default.contents(atPath: documents) else {
            printError("textpipe: error: cannot read \(documents); give the documents.jsonl of a run")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        var views: [DocumentView] = []
        var lineNumber = 0
        for line in [UInt8](data).split(separator: 0x0A, omittingEmptySubsequences: false) {
            lineNumber += 1
            if line.isEmpty { continue }
            if let limit, views.count >= limit { break }
            let document: Document
            do {
                document = try Document.parse(line: Array(line))
            } catch {
                printError("textpipe: warning: \(documents):\(lineNumber): skipped: \(error)")
                continue
            }
            if let id, document.id != id { continue }
            views.append(DocumentView(document))
        }
        if views.isEmpty {
            printError("textpipe: error: no document\(id.map { " with id \($0)" } ?? "") in \(documents)")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        if let html {
            let page = HTMLReport.render(views, title: "textpipe: \(Paths.fileName(of: documents))")
            guard FileManager.default.createFile(atPath: html, contents: Data(page.utf8)) else {
                printError("textpipe: error: cannot write \(html)")
                throw ExitCode(ExitStatus.outputFailed.rawValue)
            }
            printError("textpipe: wrote \(html) (\(views.count) document\(views.count == 1 ? "" : "s"))")
            return
        }
        let columns = width ?? ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 100
        print(views.map { TerminalSummary.render($0, width: columns) }.joined(separator: "\n"), terminator: "")
    }
}
