/// A stage of a loaded pipeline: the instance, created once, with everything
/// the runner records about it.
public struct ConfiguredStage: Sendable {
    /// 1-based position in the pipeline.
    public let number: Int
    /// The registered name (`use:`).
    public let name: String
    /// The id in this pipeline.
    public let id: String
    public let version: String
    public let instance: any Stage
    /// All options, defaults filled in.
    public let options: JSONObject
    public let optionsSHA256: String
    public let contract: StageContract
    /// Whether `stages/NN-ID.jsonl` is written after this stage.
    public let intermediate: Bool

    public init(number: Int, name: String, id: String, version: String, instance: any Stage, options: JSONObject,
                contract: StageContract, intermediate: Bool) {
        self.number = number
        self.name = name
        self.id = id
        self.version = version
        self.instance = instance
        self.options = options
        self.optionsSHA256 = SHA256.hex(JSONWriter.serialize(ConfiguredStage.canonical(.object(options))))
        self.contract = contract
        self.intermediate = intermediate
    }

    /// "stage 3 (quotes)", for messages.
    public var label: String { name == id ? "stage \(number) (\(id))" : "stage \(number) (\(id): \(name))" }

    /// The file name of this stage's intermediate output, `NN-ID.jsonl`.
    public var intermediateFileName: String { String(number).leftPadded(to: 2) + "-" + id + ".jsonl" }

    public var provenance: Provenance {
        Provenance(stage: name, id: id, version: version, optionsSHA256: optionsSHA256)
    }

    /// Keys sorted at every level, so the hash does not depend on how the file ordered them.
    static func canonical(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let o):
            return .object(JSONObject(o.pairs.sorted { $0.key < $1.key }.map { ($0.key, canonical($0.value)) }))
        case .array(let a):
            return .array(a.map(canonical))
        default:
            return value
        }
    }
}
