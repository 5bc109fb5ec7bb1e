/// Takes the site's name off a `<title>`: "Storm hits coast | Daily News" →
/// "Storm hits coast".
enum TitleCleaner {
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ", " / "]

    static func strip(_ raw: String, site: String?) -> String {
        let title = TextNormalizer.collapse(raw)
        if let site, !site.isEmpty {
            for sep in separators {
                if title.hasSuffix(sep + site) { return String(title.dropLast(sep.count + site.count)) }
                if title.hasPrefix(site + sep) { return String(title.dropFirst(sep.count + site.count)) }
            }
        }
        // Otherwise keep the longest part, when the others are short like site names.
        for sep in separators where title.contains(sep) {
            let parts = title.split(separator: sep, omittingEmptySubsequences: false).map(String.init)
            guard let longest = parts.max(by: { $0.count < $1.count }) else { continue }
            let others = parts.filter { $0 != longest }
            if others.allSatisfy({ $0.split(separator: " ").count <= 4 }) && longest.split(separator: " ").count >= 2 {
                return longest
            }
        }
        return title
    }
}
