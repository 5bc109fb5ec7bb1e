/// What is known about the article itself.
public struct Meta: JSONConvertible, Codable, Equatable {
    public var title: String?
    public var author: String?
    /// ISO 8601, `YYYY-MM-DD` or a full timestamp.
    public var date: String?
    public var lang: String?
    public var url: String?
    public var site: String?
    public var extra: JSONObject

    public init(title: String? = nil, author: String? = nil, date: String? = nil, lang: String? = nil,
                url: String? = nil, site: String? = nil, extra: JSONObject = JSONObject()) {
        self.title = title
        self.author = author
        self.date = date
        self.lang = lang
        self.url = url
        self.site = site
        self.extra = extra
    }

    private static let known: Set<String> = ["title", "author", "date", "lang", "url", "site"]

    public init(json: JSONValue, path: String) throws(SchemaError) {
        let r = try FieldReader(json, path: path)
        title = try r.optional("title")
        author = try r.optional("author")
        date = try r.optional("date")
        lang = try r.optional("lang")
        url = try r.optional("url")
        site = try r.optional("site")
        extra = r.extra(known: Meta.known)
    }

    public var json: JSONValue {
        var w = FieldWriter()
        w.set("title", title)
        w.set("author", author)
        w.set("date", date)
        w.set("lang", lang)
        w.set("url", url)
        w.set("site", site)
        return w.finish(extra: extra)
    }
}
