/// One entry per stage that touched a document: which stage, which version,
/// and a hash of the options it ran with, so two outputs can be told apart.
public struct Provenance: JSONConvertible, Codable, Equatable {
    /// The stage's registered name (`use:` in the pipeline file).
    public var stage: String
    /// The stage's id in this pipeline (`id:`, defaults to the name).
    public var id: String
    public var version: String
    public var optionsSHA256: String
    public var extra: JSONObject

    public init(stage: String, id: String, version: String, optionsSHA256: String, extra: JSONObject = JSONObject()) {
        self.stage = stage
        self.id = id
        self.version = version
        self.optionsSHA256 = optionsSHA256
        self.extra = extra
    }

    private static let known: Set<String> = ["stage", "id", "version", "options_sha256"]

    public init(json: JSONValue, path: String) throws(SchemaError) {
        let r = try FieldReader(json, path: path)
        stage = try r.required("stage")
        id = try r.optional("id") ?? stage
        version = try r.optional("version") ?? ""
        optionsSHA256 = try r.optional("options_sha256") ?? ""
        extra = r.extra(known: Provenance.known)
    }

    public var json: JSONValue {
        var w = FieldWriter()
        w.set("stage", stage)
        w.set("id", id)
        w.set("version", version)
        w.set("options_sha256", optionsSHA256)
        return w.finish(extra: extra)
    }
}
