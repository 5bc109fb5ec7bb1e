import TextPipe

/// Reads a page's title, author, date, canonical URL, language and site name
/// from the places publishers put them, best source first:
///
/// - title: `og:title`, JSON-LD `headline`, `twitter:title`, the first `<h1>`,
///   `<title>` without its site suffix;
/// - author: JSON-LD `author`, `author`/`article:author`/`parsely-author`/
///   `dc.creator` meta tags, `itemprop="author"`;
/// - date: `article:published_time`, JSON-LD `datePublished`,
///   `itemprop="datePublished"`, other date meta tags, the first
///   `<time datetime>`; always normalised to ISO 8601;
/// - url: `<link rel="canonical">`, `og:url`, JSON-LD `url`;
/// - lang: `<html lang>`, `content-language`, `og:locale` (primary subtag);
/// - site: `og:site_name`, JSON-LD `publisher.name`, `application-name`.
struct MetadataExtractor {
    let tree: MarkupTree

    func extract() -> Meta {
        var metas: [String: String] = [:]
        var canonical: String?
        var titleTag: String?
        var h1: String?
        var lang: String?
        var firstTime: String?
        var itempropDate: String?
        var itempropAuthor: String?
        var jsonLD: [JSONValue] = []

        let nodes = tree.nodes
        var i: Int32 = 1
        while i < Int32(nodes.count) {
            let node = nodes[Int(i)]
            defer { i += 1 }
            guard !node.isText else { continue }
            let attrs = tree.attributes(of: i)
            switch node.tag {
            case .html:
                if lang == nil, let l = attrs?["lang"] ?? attrs?["xml:lang"], !l.isEmpty { lang = l }
            case .meta:
                guard let attrs, let content = attrs["content"], !content.isEmpty else { break }
                for key in [attrs["property"], attrs["name"], attrs["itemprop"], attrs["http-equiv"]] {
                    guard let key, !key.isEmpty else { continue }
                    for k in key.lowercased().split(separator: " ") where metas[String(k)] == nil {
                        metas[String(k)] = content
                    }
                }
            case .link:
                if canonical == nil, let rel = attrs?["rel"]?.lowercased(), rel.split(separator: " ").contains("canonical"),
                   let href = attrs?["href"], !href.isEmpty {
                    canonical = href
                }
            case .title:
                if titleTag == nil && !isInSVG(i) { titleTag = tree.plainText(of: i, skipInvisible: false) }
            case .h1:
                if h1 == nil {
                    let t = tree.plainText(of: i)
                    if !t.isEmpty { h1 = t }
                }
            case .time:
                if firstTime == nil, let d = attrs?["datetime"] { firstTime = d }
            case .script:
                if let type = attrs?["type"]?.lowercased(), type.contains("ld+json") {
                    let raw = tree.plainText(of: i, skipInvisible: false)
                    if let value = try? JSONParser.parse(raw) { jsonLD.append(value) }
                }
            default:
                break
            }
            if let prop = attrs?["itemprop"] {
                if itempropDate == nil && prop.contains("datePublished") {
                    itempropDate = attrs?["datetime"] ?? attrs?["content"] ?? tree.plainText(of: i)
                }
                if itempropAuthor == nil && prop.split(separator: " ").contains("author") && node.tag != .meta {
                    let t = tree.plainText(of: i)
                    if !t.isEmpty && t.count < 100 { itempropAuthor = t }
                }
            }
        }

        let ld = JSONLDArticle(jsonLD)
        var meta = Meta()
        let site = Self.first(metas["og:site_name"], ld.publisher, metas["application-name"], metas["twitter:site"].flatMap {
            $0.hasPrefix("@") ? nil : $0
        })
        meta.site = site
        meta.title = Self.first(metas["og:title"], ld.headline, metas["twitter:title"], metas["dc.title"], h1,
                                titleTag.map { TitleCleaner.strip($0, site: site) })
        meta.author = Self.first(ld.author, Self.authorMeta(metas), itempropAuthor).map(Self.cleanAuthor)
        let dateCandidates = [
            metas["article:published_time"], metas["og:article:published_time"], ld.datePublished, itempropDate,
            metas["datepublished"], metas["parsely-pub-date"], metas["sailthru.date"], metas["dc.date.issued"],
            metas["dc.date"], metas["date"], metas["pubdate"], metas["publish-date"], metas["publish_date"],
            metas["article.published"], metas["og:published_time"], firstTime, metas["article:modified_time"],
            ld.dateModified,
        ]
        for candidate in dateCandidates {
            if let c = candidate, let d = DateNormalizer.normalize(c) {
                meta.date = d
                break
            }
        }
        meta.url = Self.first(canonical, metas["og:url"], ld.url)
        if let l = Self.first(lang, metas["content-language"], metas["og:locale"], metas["language"]) {
            meta.lang = Self.primaryLanguage(l)
        }
        return meta
    }

    private func isInSVG(_ i: Int32) -> Bool {
        var n = tree.nodes[Int(i)].parent
        while n > 0 {
            if tree.nodes[Int(n)].tag == .svg { return true }
            n = tree.nodes[Int(n)].parent
        }
        return false
    }

    private static func authorMeta(_ metas: [String: String]) -> String? {
        for key in ["author", "article:author", "parsely-author", "dc.creator", "sailthru.author", "byl", "byline",
                    "twitter:creator"] {
            guard let v = metas[key]?.trimmingCharacters(in: " \n\t"), !v.isEmpty else { continue }
            if v.hasPrefix("http://") || v.hasPrefix("https://") || v.hasPrefix("@") { continue }
            return v
        }
        return nil
    }

    /// "By Jane Doe and John Roe" → "Jane Doe and John Roe".
    static func cleanAuthor(_ raw: String) -> String {
        var s = TextNormalizer.collapse(raw)
        for prefix in ["By ", "by ", "BY ", "Von ", "Par ", "Por "] where s.hasPrefix(prefix) {
            s = String(s.dropFirst(prefix.count))
        }
        return s
    }

    /// The language subtag of a BCP 47 tag or locale: "en-US", "en_GB" → "en".
    static func primaryLanguage(_ raw: String) -> String? {
        let first = raw.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "," || $0 == " " || $0 == ";" }).first
        guard let first, first.count >= 2, first.count <= 3, first.allSatisfy(\.isLetter) else { return nil }
        return first.lowercased()
    }

    private static func first(_ values: String?...) -> String? {
        for v in values {
            if let v {
                let t = TextNormalizer.collapse(v)
                if !t.isEmpty { return t }
            }
        }
        return nil
    }
}
