/// A named-entity mention with its exact span and, once linked, its cluster.
public struct Entity: JSONConvertible, Codable, Equatable {
    public enum Label: String, Sendable, CaseIterable {
        case person = "PERSON", org = "ORG", loc = "LOC", norp = "NORP"
    }

    public var start: Int
    public var end: Int
    public var text: String
    /// Usually one of `Label`; kept as a string so other taggers' labels survive.
    public var label: String
    public var cluster: Int?
    public var extra: JSONObject

    public init(start: Int, end: Int, text: String, label: String, cluster: Int? = nil, extra: JSONObject = JSONObject()) {
        self.start = start
        self.end = end
        self.text = text
        self.label = label
        self.cluster = cluster
        self.extra = extra
    }

    private static let known: Set<String> = ["start", "end", "text", "label", "cluster"]

    public init(json: JSONValue, path: String) throws(SchemaError) {
        let r = try FieldReader(json, path: path)
        start = try r.required("start")
        end = try r.required("end")
        text = try r.required("text")
        label = try r.required("label")
        cluster = try r.optional("cluster")
        extra = r.extra(known: Entity.known)
    }

    public var json: JSONValue {
        var w = FieldWriter()
        w.set("start", start)
        w.set("end", end)
        w.set("text", text)
        w.set("label", label)
        w.set("cluster", cluster)
        return w.finish(extra: extra)
    }
}

/// The mentions of one person, organisation or place within a document.
public struct EntityCluster: JSONConvertible, Codable, Equatable {
    public var id: Int
    public var canonical: String
    public var label: String
    /// "male", "female", or nil when nothing in the text makes it clear.
    public var gender: String?
    public var extra: JSONObject

    public init(id: Int, canonical: String, label: String, gender: String? = nil, extra: JSONObject = JSONObject()) {
        self.id = id
        self.canonical = canonical
        self.label = label
        self.gender = gender
        self.extra = extra
    }

    private static let known: Set<String> = ["id", "canonical", "label", "gender"]

    public init(json: JSONValue, path: String) throws(SchemaError) {
        let r = try FieldReader(json, path: path)
        id = try r.required("id")
        canonical = try r.required("canonical")
        label = try r.required("label")
        gender = try r.optional("gender")
        extra = r.extra(known: EntityCluster.known)
    }

    public var json: JSONValue {
        var w = FieldWriter()
        w.set("id", id)
        w.set("canonical", canonical)
        w.set("label", label)
        w.setOrNull("gender", gender)
        return w.finish(extra: extra)
    }
}
