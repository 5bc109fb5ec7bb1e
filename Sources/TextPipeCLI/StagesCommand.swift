import ArgumentParser
import TextPipe

/// `textpipe stages`: every stage this binary knows, with its options and contract.
struct StagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "List every stage with its options, the layers it needs and the layers it adds."
    )

    @Flag(help: "Print the list as JSON.")
    var json = false

    func run() throws {
        let descriptions = CommandEnvironment.shared.registry.descriptions
        if json {
            let list: [JSONValue] = descriptions.map { d in
                [
                    "name": .string(d.name),
                    "version": .string(d.version),
                    "summary": .string(d.summary),
                    "needs": .array(d.needs.map(JSONValue.string)),
                    "adds": .array(d.adds.map(JSONValue.string)),
                    "options": .array(d.options.map { o in
                        ["name": .string(o.name), "type": .string(o.kind.description), "default": o.defaultValue,
                         "doc": .string(o.doc)]
                    }),
                ]
            }
            print(JSONWriter.string(.array(list)))
            return
        }
        for (i, d) in descriptions.enumerated() {
            if i > 0 { print("") }
            print("\(d.name) \(d.version)")
            print("  \(d.summary)")
            print("  needs: \(d.needs.isEmpty ? "-" : d.needs.joined(separator: ", "))")
            print("  adds:  \(d.adds.isEmpty ? "-" : d.adds.joined(separator: ", "))")
            if d.options.isEmpty {
                print("  options: none")
            } else {
                print("  options:")
                for o in d.options {
                    print("    \(o.name) (\(o.kind), default \(JSONWriter.string(o.defaultValue)))")
                    print("        \(o.doc)")
                }
            }
        }
    }
}
