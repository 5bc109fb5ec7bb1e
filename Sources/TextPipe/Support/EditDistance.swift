/// Levenshtein distance, used to suggest the name a user probably meant.
public enum EditDistance {
    public static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased().unicodeScalars)
        let y = Array(b.lowercased().unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// The candidate nearest to `name`, when within a third of its length (at least 2 edits allowed).
    public static func nearest(to name: String, in candidates: [String]) -> String? {
        let limit = max(2, name.count / 3)
        var best: (String, Int)?
        for c in candidates {
            let d = distance(name, c)
            if d <= limit, d < (best?.1 ?? .max) { best = (c, d) }
        }
        if best == nil {
            // A prefix or containment often means the user knew part of the name.
            best = candidates.first { $0.hasPrefix(name) || name.hasPrefix($0) }.map { ($0, 0) }
        }
        return best?.0
    }
}
