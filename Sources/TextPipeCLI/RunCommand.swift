import ArgumentParser
import Foundation
import Logging
import TextPipe

/// `textpipe run`: run a pipeline over files, folders, JSONL or standard input.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a pipeline over files, folders, JSONL files or standard input.",
        discussion: """
            Writes OUT/documents.jsonl (one document a line, in input order), OUT/stages/NN-ID.jsonl \
            (each stage's output), OUT/errors.jsonl (documents that failed, with the stage and reason) \
            and OUT/run.json (what ran and how it went).

            Examples:
              textpipe run pipelines/news.yaml seeds/ -o out
              textpipe run pipelines/news.yaml corpus/ -o out --resume
              cat docs.jsonl | textpipe run pipelines/news.yaml - > annotated.jsonl
            """
    )

    @Argument(help: ArgumentHelp("The pipeline file (YAML or JSON).", valueName: "pipeline"))
    var pipeline: String

    @Argument(help: ArgumentHelp(
        "Files or folders to read (folders recursively, filtered by the pipeline's include/exclude globs); a .jsonl file holds one document a line; - reads standard input.",
        valueName: "input"))
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "Output folder, or - to write documents as JSONL to standard output. Default: out, or - when reading standard input.",
        valueName: "out"))
    var output: String?

    @Option(name: .shortAndLong, help: "Documents processed at once. Default: the number of cores.")
    var jobs: Int?

    @Flag(help: "Continue a stopped run in the same output folder, skipping documents already written.")
    var resume = false

    @Flag(help: "Replace the output of an earlier run in the output folder.")
    var overwrite = false

    @Option(help: ArgumentHelp("Process only part K of N of the inputs (1-based), chosen by a stable hash of each input's path. Default: from SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT, or JOB_COMPLETION_INDEX/TEXTPIPE_SHARD_COUNT; --shard 1/1 reads everything.",
                               valueName: "K/N"))
    var shard: String?

    @Flag(help: "Documents that fail do not make the exit status 1: they are recorded as error records (in OUT/errors.jsonl, or among the documents on standard output with -o -) and the run exits 0.")
    var errorsOk = false

    @Option(help: ArgumentHelp("Start from an intermediate file OUT/stages/NN-ID.jsonl and run only the stages after NN.",
                               valueName: "file"))
    var from: String?

    @Flag(inversion: .prefixedNo, help: "Write each stage's output to OUT/stages/ (default: as the pipeline file says, normally on).")
    var intermediate: Bool?

    @Option(help: ArgumentHelp("Documents larger than this many bytes fail instead of being read (default: the pipeline's input.max_bytes, 20 MB).",
                               valueName: "bytes"))
    var maxBytes: Int?

    @Option(help: ArgumentHelp("Glob of files to read inside input folders (repeatable); replaces the pipeline's input.include.",
                               valueName: "glob"))
    var include: [String] = []

    @Option(help: ArgumentHelp("Glob of files to skip inside input folders (repeatable); replaces the pipeline's input.exclude.",
                               valueName: "glob"))
    var exclude: [String] = []

    @Flag(name: .shortAndLong, help: "Print no progress and no summary; warnings and errors still go to standard error.")
    var quiet = false

    @Option(help: ArgumentHelp("Seconds between progress lines when standard error is not a terminal.", valueName: "seconds"))
    var progressInterval: Double = 10

    func validate() throws {
        if inputs.isEmpty && from == nil {
            throw ValidationError("give the inputs to read after the pipeline file, e.g. `textpipe run \(pipeline) seeds/`, or - for standard input")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if let shard, Shard(parsing: shard) == nil {
            throw ValidationError("--shard takes K/N with 1 ≤ K ≤ N, e.g. --shard 2/8")
        }
        if resume && overwrite { throw ValidationError("--resume and --overwrite contradict each other; choose one") }
        if let maxBytes, maxBytes < 1 { throw ValidationError("--max-bytes must be positive") }
        if from != nil && !inputs.isEmpty {
            throw ValidationError("--from reads its documents from the intermediate file; give no other inputs")
        }
    }

    func run() throws {
        let registry = CommandEnvironment.shared.registry
        let loaded: Pipeline
        do {
            loaded = try Pipeline.load(contentsOf: pipeline, registry: registry)
        } catch {
            printError(error.description)
            throw ExitCode(ExitStatus.usage.rawValue)
        }

        let readsStandardInput = inputs == ["-"]
        let outputTarget: RunOptions.Output
        switch output ?? (readsStandardInput ? "-" : "out") {
        case "-": outputTarget = .standardOutput
        case let folder: outputTarget = .directory(folder)
        }
        var logger = Logger(label: "textpipe")
        logger.logLevel = quiet ? .warning : .info
        var options = RunOptions(inputs: inputs, output: outputTarget,
                                 jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        options.resume = resume
        options.overwrite = overwrite
        options.shard = shard.flatMap(Shard.init(parsing:))
        if shard == nil {
            do {
                if let resolved = try ShardEnvironment(environment: ProcessInfo.processInfo.environment).resolve() {
                    options.shard = resolved.shard
                    logger.info("shard \(resolved.shard) from \(resolved.origin)")
                }
            } catch {
                printError("textpipe: error: \(error.description)")
                throw ExitCode(ExitStatus.usage.rawValue)
            }
        }
        options.errorsInOutput = errorsOk && outputTarget == .standardOutput
        options.from = from
        options.intermediate = intermediate
        options.maxBytes = maxBytes
        options.include = include.isEmpty ? nil : include
        options.exclude = exclude.isEmpty ? nil : exclude
        options.progress = quiet ? .quiet : .automatic
        options.progressInterval = progressInterval

        let summary: RunSummary
        do {
            summary = try Runner(pipeline: loaded, options: options, logger: logger).run()
        } catch {
            printError("textpipe: error: \(error.description)")
            if case .io = error { throw ExitCode(ExitStatus.outputFailed.rawValue) }
            throw ExitCode(ExitStatus.usage.rawValue)
        }

        if !quiet { printError(Self.describe(summary, output: outputTarget)) }
        if summary.interrupted { throw ExitCode(ExitStatus.interrupted.rawValue) }
        if summary.failed > 0 && !errorsOk { throw ExitCode(ExitStatus.someDocumentsFailed.rawValue) }
    }

    static func describe(_ s: RunSummary, output: RunOptions.Output) -> String {
        let rate = s.seconds > 0 ? Double(s.units) / s.seconds : 0
        var text = "textpipe: \(s.units) input\(s.units == 1 ? "" : "s") → \(s.documents) document\(s.documents == 1 ? "" : "s")"
        text += String(format: " in %.2f s (%.0f/s)", s.seconds, rate)
        if s.resumedUnits > 0 { text += ", \(s.resumedUnits) already done before" }
        if s.failed > 0 { text += ", \(s.failed) failed" }
        if case .directory(let out) = output {
            text += "; output in \(out)/"
            if s.failed > 0 { text += " (failures in \(out)/errors.jsonl)" }
        }
        if s.interrupted { text += "\ntextpipe: interrupted; run the same command with --resume to continue" }
        return text
    }
}
