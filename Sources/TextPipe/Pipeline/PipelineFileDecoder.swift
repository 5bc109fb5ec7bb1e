import Foundation
import Yams

/// Reads a pipeline file (YAML, or JSON, which YAML includes) into a
/// `PipelineFile`, remembering the line and column of every key so that
/// problems found later can point at them. All problems in the file's shape
/// are collected, not just the first.
public struct PipelineFileDecoder {
    private let path: String
    private var problems: [PipelineProblem] = []

    private init(path: String) { self.path = path }

    /// Reads and decodes the file at `path`.
    public static func decode(contentsOf path: String) throws(PipelineError) -> PipelineFile {
        let (file, problems) = try decodeCollecting(contentsOf: path)
        if !problems.isEmpty { throw PipelineError(problems) }
        return file
    }

    /// Decodes pipeline text; `path` is used for messages and relative paths.
    public static func decode(yaml: String, path: String) throws(PipelineError) -> PipelineFile {
        let (file, problems) = decodeCollecting(yaml: yaml, path: path)
        if !problems.isEmpty { throw PipelineError(problems) }
        return file
    }

    /// Reads a file and decodes what it can, returning the problems found with
    /// it, so that checks against the stage registry can add theirs. Throws
    /// only when the file cannot be read at all.
    public static func decodeCollecting(contentsOf path: String) throws(PipelineError) -> (PipelineFile, [PipelineProblem]) {
        guard let data = FileManager.default.contents(atPath: path) else {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            throw PipelineError([PipelineProblem(
                at: nil, exists ? "cannot read the pipeline file \(path)" : "no pipeline file at \(path)",
                fix: exists && !isDirectory.boolValue ? "check its permissions"
                    : "give the path of a .yaml or .json pipeline file, e.g. pipelines/news.yaml")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw PipelineError([PipelineProblem(at: nil, "\(path) is not UTF-8 text", fix: "save the pipeline file as UTF-8")])
        }
        var (file, problems) = decodeCollecting(yaml: text, path: path)
        file.sha256 = SHA256.hex([UInt8](data))
        return (file, problems)
    }

    public static func decodeCollecting(yaml: String, path: String) -> (PipelineFile, [PipelineProblem]) {
        var decoder = PipelineFileDecoder(path: path)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            return (PipelineFile(path: path, name: Paths.removingExtension(Paths.fileName(of: path))),
                    [decoder.syntaxProblem(error)])
        }
        var file = decoder.decodeRoot(root)
        file.sha256 = SHA256.hex(yaml)
        return (file, decoder.problems)
    }

    private func syntaxProblem(_ error: any Error) -> PipelineProblem {
        if let yaml = error as? YamlError {
            switch yaml {
            case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
                 .composer(_, let problem, let mark, _):
                return PipelineProblem(at: SourceLocation(file: path, line: mark.line, column: mark.column),
                                       "YAML syntax: \(problem)", fix: "check indentation, colons and quotes around this place")
            default: break
            }
        }
        return PipelineProblem(at: SourceLocation(file: path, line: 1, column: 1), "YAML syntax: \(error)")
    }

    private func location(_ node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: path, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    private mutating func problem(_ node: Node, stage: String? = nil, _ message: String, fix: String? = nil) {
        problems.append(PipelineProblem(at: location(node), stage: stage, message, fix: fix))
    }

    private static let topLevelKeys = ["version", "name", "description", "input", "output", "stages"]
    private static let inputKeys = ["format", "include", "exclude", "max_bytes"]
    private static let outputKeys = ["intermediate"]
    private static let stageKeys = ["use", "id", "with", "intermediate"]

    private mutating func decodeRoot(_ root: Node?) -> PipelineFile {
        let stem = Paths.removingExtension(Paths.fileName(of: path))
        var file = PipelineFile(path: path, name: stem)
        guard let root else {
            problems.append(PipelineProblem(at: SourceLocation(file: path, line: 1, column: 1), "the pipeline file is empty",
                                            fix: "list the stages under `stages:`, e.g.\n    stages:\n      - use: segment"))
            return file
        }
        guard case .mapping(let mapping) = root else {
            problem(root, "the pipeline file must be a mapping with a `stages:` list, found \(kindName(root))")
            return file
        }
        var sawStages = false
        for (keyNode, value) in mapping {
            guard let key = scalarString(keyNode) else { problem(keyNode, "keys must be plain words"); continue }
            switch key {
            case "version":
                if let v = intScalar(value) {
                    if v > PipelineFile.currentVersion || v < 1 {
                        problem(value, "file format version \(v) is not one this textpipe reads (it reads 1...\(PipelineFile.currentVersion))",
                                fix: "use `version: \(PipelineFile.currentVersion)`, or update textpipe")
                    }
                    file.version = v
                } else {
                    problem(value, "`version` must be an integer", fix: "write `version: \(PipelineFile.currentVersion)`")
                }
            case "name":
                if let s = scalarString(value) { file.name = s } else { problem(value, "`name` must be a string") }
            case "description":
                if let s = scalarString(value) { file.description = s } else { problem(value, "`description` must be a string") }
            case "input":
                file.input = decodeInput(value)
            case "output":
                file.output = decodeOutput(value)
            case "stages":
                sawStages = true
                file.stages = decodeStages(value)
            default:
                unknownKey(keyNode, key, valid: Self.topLevelKeys, in: "the pipeline file")
            }
        }
        if !sawStages {
            problem(root, "no `stages:` list", fix: "add the stages to run, e.g.\n    stages:\n      - use: segment")
        }
        return file
    }

    private mutating func unknownKey(_ node: Node, _ key: String, valid: [String], in place: String, stage: String? = nil) {
        let suggestion = EditDistance.nearest(to: key, in: valid)
        problem(node, stage: stage, "unknown key `\(key)` in \(place)",
                fix: (suggestion.map { "did you mean `\($0)`? " } ?? "") + "valid keys: " + valid.joined(separator: ", "))
    }

    private mutating func decodeInput(_ node: Node) -> PipelineFile.Input {
        var input = PipelineFile.Input()
        guard case .mapping(let mapping) = node else {
            problem(node, "`input` must be a mapping", fix: "e.g. `input: {format: auto, include: [\"**/*.html\"]}`")
            return input
        }
        for (keyNode, value) in mapping {
            guard let key = scalarString(keyNode) else { continue }
            switch key {
            case "format":
                let valid = PipelineFile.InputFormat.allCases.map(\.rawValue)
                if let s = scalarString(value), let f = PipelineFile.InputFormat(rawValue: s) {
                    input.format = f
                } else {
                    problem(value, "`input.format` must be one of \(valid.joined(separator: ", "))",
                            fix: scalarString(value).flatMap { EditDistance.nearest(to: $0, in: valid) }.map { "did you mean `\($0)`?" })
                }
            case "include", "exclude":
                if let list = stringList(value) {
                    if key == "include" { input.include = list } else { input.exclude = list }
                } else {
                    problem(value, "`input.\(key)` must be a glob or a list of globs", fix: "e.g. `\(key): [\"**/*.html\"]`")
                }
            case "max_bytes":
                if let v = intScalar(value), v > 0 { input.maxBytes = v } else {
                    problem(value, "`input.max_bytes` must be a positive integer", fix: "e.g. `max_bytes: 20000000` (20 MB)")
                }
            default:
                unknownKey(keyNode, key, valid: Self.inputKeys, in: "`input`")
            }
        }
        return input
    }

    private mutating func decodeOutput(_ node: Node) -> PipelineFile.Output {
        var output = PipelineFile.Output()
        guard case .mapping(let mapping) = node else {
            problem(node, "`output` must be a mapping", fix: "e.g. `output: {intermediate: false}`")
            return output
        }
        for (keyNode, value) in mapping {
            guard let key = scalarString(keyNode) else { continue }
            switch key {
            case "intermediate":
                if let b = boolScalar(value) { output.intermediate = b } else {
                    problem(value, "`output.intermediate` must be true or false")
                }
            default:
                unknownKey(keyNode, key, valid: Self.outputKeys, in: "`output`")
            }
        }
        return output
    }

    private mutating func decodeStages(_ node: Node) -> [PipelineFile.StageEntry] {
        guard case .sequence(let sequence) = node else {
            problem(node, "`stages` must be a list", fix: "write each stage on its own line starting with `- use: NAME`")
            return []
        }
        if sequence.isEmpty {
            problem(node, "`stages` is empty", fix: "add at least one stage, e.g. `- use: passthrough`")
        }
        var entries: [PipelineFile.StageEntry] = []
        for (i, item) in sequence.enumerated() {
            if let entry = decodeStage(item, number: i + 1) { entries.append(entry) }
        }
        return entries
    }

    private mutating func decodeStage(_ node: Node, number: Int) -> PipelineFile.StageEntry? {
        let label = "stage \(number)"
        // `- segment` is shorthand for `- use: segment`.
        if case .scalar = node, let name = scalarString(node) {
            return PipelineFile.StageEntry(use: name, location: location(node))
        }
        guard case .mapping(let mapping) = node else {
            problem(node, stage: label, "a stage must be a mapping with `use:`", fix: "write `- use: NAME`")
            return nil
        }
        var use: String?
        var useLocation = location(node)
        var id: String?
        var idLocation: SourceLocation?
        var options = JSONObject()
        var optionLocations: [String: SourceLocation] = [:]
        var intermediate: Bool?
        for (keyNode, value) in mapping {
            guard let key = scalarString(keyNode) else { continue }
            switch key {
            case "use":
                if let s = scalarString(value), !s.isEmpty { use = s; useLocation = location(value) } else {
                    problem(value, stage: label, "`use` must be a stage name", fix: "run `textpipe stages` for the names")
                }
            case "id":
                if let s = scalarString(value), Self.isValidID(s) { id = s; idLocation = location(value) } else {
                    problem(value, stage: label, "`id` must be letters, digits, `-` or `_`", fix: "e.g. `id: stance`")
                }
            case "with":
                guard case .mapping(let optionMapping) = value else {
                    if case .scalar(let s) = value, ["", "~", "null"].contains(s.string) { continue }
                    problem(value, stage: label, "`with` must be a mapping of option names to values",
                            fix: "e.g. `with: {tokens: true}`")
                    continue
                }
                for (optionKey, optionValue) in optionMapping {
                    guard let name = scalarString(optionKey) else { continue }
                    if let v = jsonValue(optionValue, stage: label) {
                        options[name] = v
                        optionLocations[name] = location(optionKey)
                    }
                }
            case "intermediate":
                if let b = boolScalar(value) { intermediate = b } else {
                    problem(value, stage: label, "`intermediate` must be true or false")
                }
            default:
                let hint = ["options", "opts", "config", "settings", "params"].contains(key)
                    ? "options go under `with:`" : nil
                unknownKey(keyNode, key, valid: Self.stageKeys, in: "a stage", stage: label)
                if let hint, var last = problems.popLast() {
                    last.fix = hint
                    problems.append(last)
                }
            }
        }
        guard let use else {
            if !mapping.contains(where: { scalarString($0.key) == "use" }) {
                problem(node, stage: label, "missing `use:`", fix: "name the stage to run, e.g. `- use: segment`")
            }
            return nil
        }
        var entry = PipelineFile.StageEntry(use: use, id: id, options: options, intermediate: intermediate,
                                            location: location(node))
        entry.useLocation = useLocation
        entry.idLocation = idLocation
        entry.optionLocations = optionLocations
        return entry
    }

    static func isValidID(_ s: String) -> Bool {
        !s.isEmpty && s.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "_") }
    }

    // MARK: - Scalars

    private func kindName(_ node: Node) -> String {
        switch node {
        case .scalar: return "a single value"
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        }
    }

    /// The text of a scalar, whatever type YAML would resolve it to.
    private func scalarString(_ node: Node) -> String? {
        if case .scalar(let s) = node { return s.string }
        return nil
    }

    private func intScalar(_ node: Node) -> Int? {
        guard case .scalar(let s) = node, s.style == .plain || s.style == .any else { return nil }
        return Int(s.string.replacingOccurrences(of: "_", with: ""))
    }

    private func boolScalar(_ node: Node) -> Bool? {
        guard case .scalar(let s) = node, s.style == .plain || s.style == .any else { return nil }
        switch s.string {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default: return nil
        }
    }

    private func stringList(_ node: Node) -> [String]? {
        switch node {
        case .scalar(let s): return [s.string]
        case .sequence(let seq):
            var out: [String] = []
            for item in seq {
                guard let s = scalarString(item) else { return nil }
                out.append(s)
            }
            return out
        default: return nil
        }
    }

    /// Converts an option value. Plain scalars follow JSON's types (true/false,
    /// null, numbers) rather than YAML 1.1's `yes`/`no`/`on`/`off`, so that a
    /// value means the same whether the file is written as YAML or JSON.
    private mutating func jsonValue(_ node: Node, stage: String) -> JSONValue? {
        switch node {
        case .scalar(let s):
            guard s.style == .plain || s.style == .any else { return .string(s.string) }
            let text = s.string
            switch text {
            case "true", "True", "TRUE": return .bool(true)
            case "false", "False", "FALSE": return .bool(false)
            case "null", "Null", "NULL", "~", "": return .null
            default: break
            }
            if let n = try? JSONParser.parse(text), case .number = n { return n }
            return .string(text)
        case .sequence(let seq):
            var items: [JSONValue] = []
            for item in seq {
                guard let v = jsonValue(item, stage: stage) else { return nil }
                items.append(v)
            }
            return .array(items)
        case .mapping(let mapping):
            var object = JSONObject()
            for (k, v) in mapping {
                guard let key = scalarString(k), let value = jsonValue(v, stage: stage) else { return nil }
                object[key] = value
            }
            return .object(object)
        case .alias:
            problem(node, stage: stage, "YAML aliases are not supported in options", fix: "write the value out")
            return nil
        }
    }
}
