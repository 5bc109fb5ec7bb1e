import TextPipe

/// The fields of a page's schema.org JSON-LD that describe the article: from
/// the first object typed as an article (`NewsArticle`, `BlogPosting`, ...),
/// else the first `WebPage`, searching arrays and `@graph`s.
struct JSONLDArticle {
    var headline: String?
    var author: String?
    var datePublished: String?
    var dateModified: String?
    var publisher: String?
    var url: String?

    init(_ values: [JSONValue]) {
        var objects: [JSONObject] = []
        var stack = values
        while let v = stack.popLast(), objects.count < 200 {
            switch v {
            case .array(let items): stack.append(contentsOf: items.reversed())
            case .object(let o):
                objects.append(o)
                if let graph = o["@graph"] { stack.append(graph) }
            default: break
            }
        }
        func types(_ o: JSONObject) -> [String] {
            switch o["@type"] {
            case .string(let s)?: return [s]
            case .array(let a)?: return a.compactMap(\.stringValue)
            default: return []
            }
        }
        let article = objects.first { o in types(o).contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" || $0 == "LiveBlogPosting" } }
            ?? objects.first { o in types(o).contains { $0.hasSuffix("WebPage") } }
        guard let article else { return }
        headline = article["headline"]?.stringValue ?? article["name"]?.stringValue
        author = Self.names(article["author"] ?? article["creator"])
        datePublished = article["datePublished"]?.stringValue ?? article["dateCreated"]?.stringValue
        dateModified = article["dateModified"]?.stringValue
        publisher = Self.names(article["publisher"])
        url = article["url"]?.stringValue ?? Self.id(article["mainEntityOfPage"])
    }

    /// A person or organisation, a list of them, or a plain string, as "A, B".
    private static func names(_ value: JSONValue?) -> String? {
        guard let value else { return nil }
        var result: [String] = []
        let items: [JSONValue] = value.arrayValue ?? [value]
        for item in items.prefix(10) {
            switch item {
            case .string(let s) where !s.hasPrefix("http"):
                result.append(s)
            case .object(let o):
                if let n = o["name"]?.stringValue, !n.isEmpty { result.append(n) }
            default:
                break
            }
        }
        let joined = result.map { TextNormalizer.collapse($0) }.filter { !$0.isEmpty }.joined(separator: ", ")
        return joined.isEmpty ? nil : joined
    }

    private static func id(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let s)?: return s
        case .object(let o)?: return o["@id"]?.stringValue ?? o["url"]?.stringValue
        default: return nil
        }
    }
}
