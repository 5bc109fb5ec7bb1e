import ArgumentParser
import Evaluation
import Foundation
import TextPipe

/// `textpipe eval`: how accurate is an output, against gold annotations.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score predicted documents against gold annotations: quotes, speakers, entities, sentences, polarity.",
        discussion: """
            GOLD is a gold file (JSON, or JSONL with one document a line) or a folder of them, matched to \
            predictions by id. Metrics for --fail-under: quotes.f1 (≥80% token overlap), quotes.exact.f1, \
            quotes.precision, quotes.recall, speakers.accuracy, entities.f1, entities.LABEL.f1, sentences.f1, \
            polarity.accuracy, quote_polarity.accuracy.

            Example: textpipe eval out/documents.jsonl gold/ --fail-under quotes.f1=0.9 --fail-under speakers.accuracy=0.9
            """
    )

    @Argument(help: ArgumentHelp("The predicted documents (OUT/documents.jsonl).", valueName: "predicted"))
    var predicted: String

    @Argument(help: ArgumentHelp("A gold file or a folder of gold files.", valueName: "gold"))
    var gold: String

    @Flag(help: "Print the scores as JSON.")
    var json = false

    @Flag(help: "List every missed, extra or wrongly attributed quote.")
    var details = false

    @Option(help: ArgumentHelp("Exit with status 1 when a total metric is below a value (repeatable).", valueName: "metric=value"))
    var failUnder: [String] = []

    func run() throws {
        var thresholds: [(String, Double)] = []
        for item in failUnder {
            let parts = item.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, let v = Double(parts[1]) else {
                throw ValidationError("--fail-under takes metric=value, e.g. --fail-under quotes.f1=0.9")
            }
            thresholds.append((parts[0], v))
        }
        let goldDocuments: [GoldDocument]
        do {
            goldDocuments = try GoldDocument.load(gold)
        } catch {
            printError("textpipe: error: \(error)")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        guard let data = FileManager.default.contents(atPath: predicted) else {
            printError("textpipe: error: cannot read \(predicted); give the documents.jsonl of a run")
            throw ExitCode(ExitStatus.usage.rawValue)
        }
        var documents: [Document] = []
        for (i, line) in [UInt8](data).split(separator: 0x0A).enumerated() where !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D }) {
            do {
                documents.append(try Document.parse(line: Array(line)))
            } catch {
                printError("textpipe: error: \(predicted):\(i + 1): \(error)")
                throw ExitCode(ExitStatus.usage.rawValue)
            }
        }
        let evaluation = Evaluator.evaluate(predicted: documents, gold: goldDocuments)
        if json {
            print(JSONWriter.string(EvaluationReport.json(evaluation)))
        } else {
            print(EvaluationReport.text(evaluation, details: details), terminator: "")
        }
        let metrics = Dictionary(evaluation.metrics.map { ($0.name, $0.value) }, uniquingKeysWith: { a, _ in a })
        var failed = false
        for (name, minimum) in thresholds {
            guard let entry = metrics[name] else {
                throw ValidationError("unknown metric \(name); known: \(evaluation.metrics.map(\.name).joined(separator: ", "))")
            }
            guard let value = entry else {
                printError("textpipe: \(name) cannot be measured (nothing in gold or predictions); failing")
                failed = true
                continue
            }
            if value < minimum {
                printError(String(format: "textpipe: %@ is %.3f, under %.3f", name, value, minimum))
                failed = true
            }
        }
        if failed { throw ExitCode(ExitStatus.someDocumentsFailed.rawValue) }
    }
}
