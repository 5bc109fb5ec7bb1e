import ArgumentParser
import TextPipe

/// `textpipe validate`: check pipeline files without reading any input.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check pipeline files: stage names, options, ids and the order of layers. Reports every problem at once."
    )

    @Argument(help: ArgumentHelp("Pipeline files to check.", valueName: "pipeline"))
    var pipelines: [String]

    func run() throws {
        let registry = CommandEnvironment.shared.registry
        var failed = false
        for path in pipelines {
            do {
                let p = try Pipeline.load(contentsOf: path, registry: registry)
                let chain = p.stages.map(\.id).joined(separator: " → ")
                print("\(path): ok, \(p.stages.count) stage\(p.stages.count == 1 ? "" : "s"): \(chain)")
                for stage in p.stages { (stage.instance as? any ClosableStage)?.close() }
            } catch {
                printError(error.description)
                failed = true
            }
        }
        if failed { throw ExitCode(ExitStatus.usage.rawValue) }
    }
}
