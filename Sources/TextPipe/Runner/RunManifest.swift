import Foundation

/// run.json: what ran, on what, with which stage versions and options, and how
/// it went, so an output folder explains itself months later.
struct RunManifest {
    let pipeline: Pipeline
    let stages: [ConfiguredStage]
    let options: RunOptions
    let summary: RunSummary
    let started: Date
    let finished: Date
    let totalDocuments: Int

    static func timestamp(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }

    var json: JSONValue {
        let file = pipeline.file
        var stageList: [JSONValue] = []
        for stage in pipeline.stages {
            var entry: JSONObject = [
                "number": JSONValue(stage.number),
                "id": .string(stage.id),
                "stage": .string(stage.name),
                "version": .string(stage.version),
                "options": .object(stage.options),
                "options_sha256": .string(stage.optionsSHA256),
            ]
            if let s = summary.stages.first(where: { $0.number == stage.number }) {
                entry["ran"] = true
                entry["documents_out"] = JSONValue(s.documents)
                entry["failed"] = JSONValue(s.failed)
                entry["seconds"] = JSONValue(Self.round(s.seconds))
            } else {
                entry["ran"] = false
            }
            stageList.append(.object(entry))
        }
        let seconds = max(summary.seconds, 1e-9)
        var outputDescription: JSONValue = "-"
        if case .directory(let d) = options.output { outputDescription = .string(d) }
        return [
            "textpipe": .string(TextPipeVersion.current),
            "pipeline": [
                "name": .string(file.name),
                "path": .string(file.path),
                "sha256": .string(file.sha256),
                "version": JSONValue(file.version),
            ],
            "status": summary.interrupted ? "interrupted" : "complete",
            "inputs": .array(options.inputs.map(JSONValue.string)),
            "from": options.from.map(JSONValue.string) ?? .null,
            "output": outputDescription,
            "jobs": JSONValue(options.jobs),
            "shard": options.shard.map { .string($0.description) } ?? .null,
            "resumed_units": JSONValue(summary.resumedUnits),
            "started": .string(Self.timestamp(started)),
            "finished": .string(Self.timestamp(finished)),
            "seconds": JSONValue(Self.round(summary.seconds)),
            "counts": [
                "inputs_this_run": JSONValue(summary.units),
                "documents_this_run": JSONValue(summary.documents),
                "failed_this_run": JSONValue(summary.failed),
                "documents_total": JSONValue(totalDocuments),
            ],
            "throughput": [
                "documents_per_second": JSONValue(Self.round(Double(summary.units) / seconds)),
                "input_megabytes_per_second": JSONValue(Self.round(Double(summary.inputBytes) / 1e6 / seconds)),
            ],
            "stages": .array(stageList),
        ]
    }

    static func round(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
}

/// The version of textpipe, recorded in run.json and printed by `--version`.
public enum TextPipeVersion {
    public static let current = "0.1.0"
}
