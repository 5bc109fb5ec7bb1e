/// A file-name pattern as in pipeline files' `include`/`exclude`: `*` and `?`
/// within one path component, `**` across any number of them, `[abc]` and
/// `{html,htm}` alternatives. A pattern without `/` matches the file name at
/// any depth.
public struct Glob: Sendable, Equatable {
    public let pattern: String
    private let components: [String]

    public init(_ pattern: String) {
        self.pattern = pattern
        var p = pattern
        if p.hasPrefix("./") { p.removeFirst(2) }
        if !p.contains("/") { p = "**/" + p }
        components = p.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
    }

    /// Whether a path relative to the input folder matches.
    public func matches(_ relativePath: String) -> Bool {
        let parts = relativePath.split(separator: "/").map(String.init)
        return Glob.match(components[...], parts[...])
    }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            var p = path
            while true {
                if match(rest, p) { return true }
                if p.isEmpty { return false }
                p = p.dropFirst()
            }
        }
        guard let name = path.first else { return false }
        return matchComponent(Array(first.unicodeScalars)[...], Array(name.unicodeScalars)[...])
            && match(pattern.dropFirst(), path.dropFirst())
    }

    private static func matchComponent(_ p: ArraySlice<Unicode.Scalar>, _ s: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let c = p.first else { return s.isEmpty }
        switch c {
        case "*":
            var rest = s
            while true {
                if matchComponent(p.dropFirst(), rest) { return true }
                if rest.isEmpty { return false }
                rest = rest.dropFirst()
            }
        case "?":
            return !s.isEmpty && matchComponent(p.dropFirst(), s.dropFirst())
        case "[":
            guard let close = p.firstIndex(of: "]"), let ch = s.first else { return false }
            var set = p[p.index(after: p.startIndex)..<close]
            let negate = set.first == "!" || set.first == "^"
            if negate { set = set.dropFirst() }
            var found = false
            var i = set.startIndex
            while i < set.endIndex {
                if set.index(after: i) < set.endIndex, set[set.index(after: i)] == "-", set.index(i, offsetBy: 2) < set.endIndex {
                    let lo = set[i], hi = set[set.index(i, offsetBy: 2)]
                    if lo.value <= ch.value && ch.value <= hi.value { found = true }
                    i = set.index(i, offsetBy: 3)
                } else {
                    if set[i] == ch { found = true }
                    i = set.index(after: i)
                }
            }
            return found != negate && matchComponent(p[p.index(after: close)...], s.dropFirst())
        case "{":
            guard let close = p.firstIndex(of: "}") else { return false }
            let body = String(String.UnicodeScalarView(p[p.index(after: p.startIndex)..<close]))
            let tail = p[p.index(after: close)...]
            for alternative in body.split(separator: ",", omittingEmptySubsequences: false) {
                let candidate = Array(alternative.unicodeScalars)[...] + tail
                if matchComponent(ArraySlice(candidate), s) { return true }
            }
            return false
        default:
            return s.first == c && matchComponent(p.dropFirst(), s.dropFirst())
        }
    }
}
