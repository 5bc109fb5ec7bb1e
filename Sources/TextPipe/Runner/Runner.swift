import Foundation
import Logging

/// Runs a loaded pipeline over inputs: reads them in a fixed order, processes
/// several documents at once, writes results in input order, checkpoints as it
/// goes, and records what it did in run.json.
public struct Runner: Sendable {
    public let pipeline: Pipeline
    public let options: RunOptions
    public let logger: Logger

    public init(pipeline: Pipeline, options: RunOptions, logger: Logger = Logger(label: "textpipe")) {
        self.pipeline = pipeline
        self.options = options
        self.logger = logger
    }

    /// The stages to run: all of them, or those after the one `--from` names.
    func stagesToRun() throws(RunError) -> (stages: [ConfiguredStage], fromStage: ConfiguredStage?) {
        guard let from = options.from else { return (pipeline.stages, nil) }
        let name = Paths.fileName(of: from)
        let valid = pipeline.stages.map { $0.intermediateFileName }.joined(separator: ", ")
        guard name.hasSuffix(".jsonl"), let dash = name.firstIndex(of: "-"), let number = Int(name[..<dash]) else {
            throw .usage("--from expects an intermediate file named NN-ID.jsonl from OUT/stages/; for this pipeline: \(valid)")
        }
        let id = String(name[name.index(after: dash)...].dropLast(6))
        guard number >= 1, number <= pipeline.stages.count, pipeline.stages[number - 1].id == id else {
            throw .usage("--from \(from): this pipeline has no stage \(number) with id \"\(id)\"; its intermediate files are: \(valid)")
        }
        guard FileManager.default.fileExists(atPath: from) else {
            throw .usage("--from \(from): no such file; run the pipeline once with intermediate output on")
        }
        return (Array(pipeline.stages[number...]), pipeline.stages[number - 1])
    }

    public func run() throws(RunError) -> RunSummary {
        let started = Date()
        let (stages, fromStage) = try stagesToRun()
        let fromInputs = options.from.map { [$0] }
        let inputs = fromInputs ?? options.inputs
        let readsStandardInput = inputs == ["-"]
        if inputs.isEmpty { throw .usage("no input given; pass files or folders to read, or - for standard input") }
        if inputs.contains("-") && inputs.count > 1 {
            throw .usage("- (standard input) cannot be combined with other inputs")
        }

        let maxBytes = options.maxBytes ?? pipeline.file.input.maxBytes
        let format: PipelineFile.InputFormat = fromStage != nil ? .jsonl : pipeline.file.input.format
        let include = options.include ?? pipeline.file.input.include
        let exclude = options.exclude ?? pipeline.file.input.exclude

        // List the inputs before touching the output, so a typo in a path changes nothing on disk.
        var files: [InputFile] = []
        if !readsStandardInput {
            do {
                files = try InputCatalog.files(inputs: inputs, include: include, exclude: exclude,
                                               jsonlFormat: format == .jsonl)
            } catch {
                throw .input(error)
            }
            if files.isEmpty { throw .input(.noFiles(inputs, include: include)) }
        }

        let fingerprint = SHA256.hex(JSONWriter.serialize([
            "inputs": .array(inputs.map(JSONValue.string)),
            "include": .array(include.map(JSONValue.string)),
            "exclude": .array(exclude.map(JSONValue.string)),
            "shard": options.shard.map { .string($0.description) } ?? .null,
            "from": options.from.map(JSONValue.string) ?? .null,
            "format": .string(format.rawValue),
        ]))
        var checkpoint = Checkpoint(pipelineSHA256: pipeline.file.sha256, inputsFingerprint: fingerprint)
        var summary = RunSummary()
        summary.stages = stages.map {
            RunSummary.StageSummary(number: $0.number, id: $0.id, name: $0.name, version: $0.version,
                                    optionsSHA256: $0.optionsSHA256)
        }

        let writeIntermediate: (ConfiguredStage) -> Bool = { options.intermediate ?? $0.intermediate }
        let sinkFiles: OrderedSink.Files
        var skip = 0
        // A shard's folder is written under a temporary name and renamed when complete (see ShardOutput).
        var shardOutput: ShardOutput?
        var writeDirectory: String?
        switch options.output {
        case .standardOutput:
            sinkFiles = OrderedSink.Files(documents: LineFile(descriptor: 1, name: "standard output"), errors: nil,
                                          stages: stages.map { _ in nil }, directory: nil,
                                          errorsInDocuments: options.errorsInOutput)
        case .directory(let out):
            var target = out
            var resume = options.resume
            if let shard = options.shard, fromStage == nil {
                let atomic = ShardOutput(directory: out)
                if case .complete(let saved) = try atomic.prepare(expecting: checkpoint, overwrite: options.overwrite,
                                                                   logger: logger) {
                    logger.info("\(out) already holds the complete output of shard \(shard); nothing to do")
                    summary.resumedUnits = saved.unitsDone
                    summary.failed = saved.failed
                    return summary
                }
                shardOutput = atomic
                target = atomic.partial
                resume = true
            }
            writeDirectory = target
            let prepared = try prepareDirectory(target, stages: stages, fromStage: fromStage,
                                                writeIntermediate: writeIntermediate, checkpoint: checkpoint,
                                                resume: resume)
            sinkFiles = prepared.files
            if let resumed = prepared.resumed {
                checkpoint = resumed
                skip = resumed.unitsDone
                summary.resumedUnits = skip
                summary.documents = 0
                if resumed.complete {
                    logger.info("\(out) already holds the complete output of this run; nothing to do")
                }
            }
        }

        let reader = readsStandardInput
            ? InputUnitReader(standardInput: maxBytes, shard: options.shard)
            : InputUnitReader(files: files, maxBytes: maxBytes, shard: options.shard)

        // Skip what a resumed run already finished, checking that the inputs still line up.
        var lastSkippedKey: String?
        for _ in 0..<skip {
            guard let unit = reader.next() else {
                throw .usage("cannot resume: the inputs now hold fewer documents than the interrupted run had finished; use --overwrite to start afresh")
            }
            lastSkippedKey = unit.key
        }
        if skip > 0, lastSkippedKey != checkpoint.lastKey {
            throw .usage("cannot resume: the inputs changed since the interrupted run (expected \(checkpoint.lastKey ?? "?") as document \(skip), found \(lastSkippedKey ?? "?")); use --overwrite to start afresh")
        }

        let countableUnits = files.allSatisfy { !$0.isJSONL } && !readsStandardInput
        let totalUnits = countableUnits
            ? files.filter { options.shard?.contains(key: $0.relativePath) ?? true }.count - skip : nil
        let progress = ProgressReporter(totalUnits: totalUnits, totalBytes: files.reduce(0) { $0 + $1.size },
                                        mode: readsStandardInput && options.output == .standardOutput ? .quiet : options.progress,
                                        plainInterval: options.progressInterval)
        let jobs = max(1, options.jobs)
        let window = DispatchSemaphore(value: jobs * 4)
        var sinkSummary = summary
        sinkSummary.units = 0
        let sink = OrderedSink(files: sinkFiles, window: window, progress: progress, logger: logger,
                               checkpoint: checkpoint, summary: sinkSummary)
        let processor = UnitProcessor(stages: stages, format: format, maxBytes: maxBytes,
                                      intermediate: options.intermediate, logger: logger)

        let stop = StopSignal()
        let log = logger
        stop.install {
            log.warning("stopping: finishing the documents in progress; run again with --resume to continue")
        }
        defer { stop.uninstall() }
        progress.start()

        var sequence = 0
        if jobs == 1 {
            while !stop.isSet, sink.ioError == nil, let unit = reader.next() {
                window.wait()
                sink.deliver(sequence, processor.process(unit))
                sequence += 1
            }
        } else {
            let queue = DispatchQueue(label: "textpipe.workers", attributes: .concurrent)
            let slots = DispatchSemaphore(value: jobs)
            let group = DispatchGroup()
            while !stop.isSet, sink.ioError == nil, let unit = reader.next() {
                window.wait()
                slots.wait()
                let s = sequence
                sequence += 1
                group.enter()
                queue.async {
                    let result = processor.process(unit)
                    slots.signal()
                    sink.deliver(s, result)
                    group.leave()
                }
            }
            group.wait()
        }

        let interrupted = stop.isSet
        var final = sink.finish(complete: !interrupted)
        progress.finish()
        for stage in pipeline.stages { (stage.instance as? any ClosableStage)?.close() }
        if let error = sink.ioError { throw error }

        final.resumedUnits = skip
        final.interrupted = interrupted
        final.seconds = Date().timeIntervalSince(started)
        if let out = writeDirectory {
            let manifest = RunManifest(pipeline: pipeline, stages: stages, options: options, summary: final,
                                       started: started, finished: Date(), totalDocuments: checkpoint.documents + final.documents)
            try AtomicFile.write(JSONWriter.serialize(manifest.json) + [0x0A], to: Paths.join(out, "run.json"))
        }
        if let shardOutput, !interrupted { try shardOutput.publish() }
        return final
    }

    private struct PreparedDirectory {
        var files: OrderedSink.Files
        var resumed: Checkpoint?
    }

    /// Creates or checks the output folder and opens its files, cut back to the
    /// checkpoint when resuming.
    private func prepareDirectory(_ out: String, stages: [ConfiguredStage], fromStage: ConfiguredStage?,
                                  writeIntermediate: (ConfiguredStage) -> Bool,
                                  checkpoint: Checkpoint, resume: Bool) throws(RunError) -> PreparedDirectory {
        let fm = FileManager.default
        let documentsPath = Paths.join(out, "documents.jsonl")
        let stagesDirectory = Paths.join(out, "stages")
        var isDirectory: ObjCBool = false
        if fm.fileExists(atPath: out, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw .usage("-o \(out) is a file; give a folder for the output (or - for standard output)")
        }
        let hasEarlierRun = fm.fileExists(atPath: documentsPath) || fm.fileExists(atPath: Paths.join(out, Checkpoint.fileName))

        var resumed: Checkpoint?
        if resume {
            if let saved = Checkpoint.load(from: out) {
                guard saved.pipelineSHA256 == checkpoint.pipelineSHA256 else {
                    throw .usage("cannot resume into \(out): it was written by a different pipeline file (or the file changed); use --overwrite to start afresh, or another -o")
                }
                guard saved.inputsFingerprint == checkpoint.inputsFingerprint else {
                    throw .usage("cannot resume into \(out): it was written from other inputs or options (inputs, --shard, --include, --exclude, --from); repeat the same command with --resume, or use --overwrite")
                }
                resumed = saved
            } else if hasEarlierRun {
                throw .usage("cannot resume into \(out): it has no checkpoint (\(Checkpoint.fileName)); use --overwrite to start afresh")
            }
        } else if hasEarlierRun && !options.overwrite && fromStage == nil {
            throw .usage("\(out) already holds the output of a run; pass --resume to continue it, --overwrite to replace it, or choose another -o")
        }

        do {
            try fm.createDirectory(atPath: out, withIntermediateDirectories: true)
            if stages.contains(where: writeIntermediate) {
                try fm.createDirectory(atPath: stagesDirectory, withIntermediateDirectories: true)
            }
        } catch {
            throw .io("cannot create \(out): \(error.localizedDescription)")
        }

        let sizes = resumed?.fileSizes
        func size(_ name: String) -> Int? {
            guard let sizes else { return 0 }
            return sizes[name] ?? 0
        }

        // Errors of stages that a --from run does not repeat are kept.
        var keptErrors: [UInt8] = []
        if let fromStage, resumed == nil {
            let rerun = Set(stages.map(\.id))
            if let data = fm.contents(atPath: Paths.join(out, "errors.jsonl")) {
                for line in data.split(separator: 0x0A) {
                    let stage = (try? JSONParser.parse([UInt8](line)))?.objectValue?["stage"]?.stringValue
                    if let stage, rerun.contains(stage) { continue }
                    keptErrors += line + [0x0A]
                }
            }
            logger.info("re-running the stages after \(fromStage.label)")
        }

        if resumed == nil, options.overwrite || fromStage != nil,
           let names = try? fm.contentsOfDirectory(atPath: stagesDirectory) {
            // Intermediate files of stages that will be written again, or no longer exist, go.
            let keep = Set(pipeline.stages.filter { stage in !stages.contains { $0.id == stage.id } }
                .map(\.intermediateFileName))
            for name in names where name.hasSuffix(".jsonl") && !keep.contains(name) {
                try? fm.removeItem(atPath: Paths.join(stagesDirectory, name))
            }
        }

        let documents = try LineFile(path: documentsPath, truncateTo: size("documents.jsonl"))
        let errors = try LineFile(path: Paths.join(out, "errors.jsonl"), truncateTo: size("errors.jsonl"))
        if !keptErrors.isEmpty {
            errors.append(keptErrors)
            try errors.flush()
        }
        var stageFiles: [LineFile?] = []
        for stage in stages {
            if writeIntermediate(stage) {
                let name = stage.intermediateFileName
                stageFiles.append(try LineFile(path: Paths.join(stagesDirectory, name), truncateTo: size("stages/" + name)))
            } else {
                stageFiles.append(nil)
            }
        }
        try? fm.removeItem(atPath: Paths.join(out, "run.json"))
        return PreparedDirectory(files: OrderedSink.Files(documents: documents, errors: errors, stages: stageFiles,
                                                          directory: out, errorsInDocuments: false),
                                 resumed: resumed)
    }
}
