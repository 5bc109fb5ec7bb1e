/// A pipeline ready to run: its file, and its stages created and checked.
///
/// Loading does all the checking a run needs before it reads any input:
/// unknown stages, unknown or mistyped options, duplicate ids, stages that
/// cannot be created, and stages whose needed layers no earlier stage adds.
/// Every problem is reported at once, each with its place in the file.
public struct Pipeline: Sendable {
    public let file: PipelineFile
    public let stages: [ConfiguredStage]

    public init(file: PipelineFile, stages: [ConfiguredStage]) {
        self.file = file
        self.stages = stages
    }

    /// Reads, decodes and checks a pipeline file.
    public static func load(contentsOf path: String, registry: StageRegistry) throws(PipelineError) -> Pipeline {
        let (file, problems) = try PipelineFileDecoder.decodeCollecting(contentsOf: path)
        return try load(file, registry: registry, knownProblems: problems)
    }

    /// Decodes and checks pipeline text (`path` names it in messages).
    public static func load(yaml: String, path: String, registry: StageRegistry) throws(PipelineError) -> Pipeline {
        let (file, problems) = PipelineFileDecoder.decodeCollecting(yaml: yaml, path: path)
        return try load(file, registry: registry, knownProblems: problems)
    }

    /// Checks a decoded pipeline file and creates its stages. `knownProblems`
    /// (from decoding) are reported together with the ones found here.
    public static func load(_ file: PipelineFile, registry: StageRegistry,
                            knownProblems: [PipelineProblem] = []) throws(PipelineError) -> Pipeline {
        var problems = knownProblems
        var configured: [ConfiguredStage] = []
        var firstNumberOfID: [String: Int] = [:]

        for (offset, entry) in file.stages.enumerated() {
            let number = offset + 1
            let label = entry.use == entry.id ? "stage \(number) (\(entry.id))" : "stage \(number) (\(entry.id): \(entry.use))"

            if let first = firstNumberOfID[entry.id] {
                problems.append(PipelineProblem(
                    at: entry.idLocation ?? entry.location, stage: label,
                    "duplicate stage id \"\(entry.id)\" (stage \(first) has it too)",
                    fix: "give this stage its own id, e.g. `id: \(entry.id)-\(number)`"))
            } else {
                firstNumberOfID[entry.id] = number
            }

            guard let type = registry.stage(named: entry.use) else {
                let suggestion = registry.suggestion(for: entry.use)
                problems.append(PipelineProblem(
                    at: entry.useLocation, stage: "stage \(number)", "unknown stage \"\(entry.use)\"",
                    fix: (suggestion.map { "did you mean \"\($0)\"? " } ?? "")
                        + "run `textpipe stages` to list the stages this textpipe knows"))
                continue
            }
            let description = type.description

            let optionProblems = description.problems(in: entry.options).map {
                PipelineProblem(at: entry.optionLocations[$0.option] ?? entry.location, stage: label, $0.message, fix: $0.fix)
            }
            problems += optionProblems
            guard optionProblems.isEmpty else { continue }

            let options = StageOptions.defaults(for: description, overriding: entry.options,
                                                baseDirectory: file.baseDirectory)
            let instance: any Stage
            do {
                instance = try type.init(options: options)
            } catch let error as StageSetupError {
                let at = error.option.flatMap { entry.optionLocations[$0] } ?? entry.location
                problems.append(PipelineProblem(at: at, stage: label, error.message))
                continue
            } catch {
                problems.append(PipelineProblem(at: entry.location, stage: label, "cannot be set up: \(error)"))
                continue
            }
            let contract = instance.effectiveContract
            configured.append(ConfiguredStage(
                number: number, name: entry.use, id: entry.id, version: contract.version ?? description.version,
                instance: instance,
                options: options.values, contract: contract,
                intermediate: entry.intermediate ?? file.output.intermediate))
        }

        // Layer order is only worth checking once every stage is known.
        if problems.isEmpty || configured.count == file.stages.count {
            problems += contractProblems(file: file, stages: configured, registry: registry)
        }

        if !problems.isEmpty {
            for stage in configured { (stage.instance as? any ClosableStage)?.close() }
            problems.sort { ($0.location?.line ?? 0, $0.location?.column ?? 0) < ($1.location?.line ?? 0, $1.location?.column ?? 0) }
            throw PipelineError(problems)
        }
        return Pipeline(file: file, stages: configured)
    }

    /// The layers the input is taken to supply before the first stage, or nil
    /// for "any": JSONL documents may come with layers from another run or tool.
    /// A layer that some stage of the pipeline creates is not assumed to come
    /// from the input, so a stage placed before the one that adds it is caught.
    static func inputLayers(format: PipelineFile.InputFormat, addedByStages: Set<String>) -> Set<String>? {
        let raw: Set<String>
        switch format {
        case .text: raw = ["text"]
        case .html: raw = ["html"]
        case .xml: raw = ["xml"]
        case .auto: raw = ["text", "html", "xml", "meta"]
        case .jsonl: return nil
        }
        return (raw.subtracting(addedByStages)).union(["id", "source"])
    }

    private static func contractProblems(file: PipelineFile, stages: [ConfiguredStage],
                                         registry: StageRegistry) -> [PipelineProblem] {
        var problems: [PipelineProblem] = []
        // A layer that a stage creates (adds without needing it) is not expected
        // from the input; one that stages only rewrite is.
        let addedAnywhere = Set(stages.flatMap { stage in stage.contract.adds.filter { !stage.contract.needs.contains($0) } })
        let fromInput = inputLayers(format: file.input.format, addedByStages: addedAnywhere)
        var available = fromInput ?? []
        for stage in stages {
            let entry = file.stages[stage.number - 1]
            for need in stage.contract.needs where !available.contains(need) {
                if fromInput == nil && !addedAnywhere.contains(need) { continue }
                let fix: String
                if let later = stages.first(where: { $0.number > stage.number && $0.contract.adds.contains(need) }) {
                    fix = "move \(stage.label) after \(later.label), which adds `\(need)`"
                } else if case let providers = registry.stages(adding: need), !providers.isEmpty {
                    fix = "add `- use: \(providers[0])` before this stage"
                } else if ["text", "html", "xml"].contains(need) {
                    fix = "set `input.format` to a format that supplies `\(need)`"
                } else {
                    fix = "add a stage that adds `\(need)` before this stage"
                }
                problems.append(PipelineProblem(
                    at: entry.useLocation, stage: stage.label,
                    "needs the `\(need)` layer, which no earlier stage adds", fix: fix))
            }
            available.formUnion(stage.contract.adds)
        }
        return problems
    }
}
