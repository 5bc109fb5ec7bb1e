/// A topic target from the pipeline file: `Name: term, term...`.
public struct Topic: Sendable, Equatable {
    public var name: String
    /// Each term as lower-cased words; a last word ending in * matches any ending.
    public var terms: [[String]]

    /// Parses `Name: term, term*` (or a single term, which names itself).
    public init?(_ spec: String) {
        let parts = spec.split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces() }
        let name: String
        let termList: String
        if parts.count == 2 {
            name = parts[0]
            termList = parts[1]
        } else {
            name = parts.first ?? ""
            termList = name
        }
        guard !name.isEmpty else { return nil }
        let terms = termList.split(separator: ",").map { term in
            term.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        }.filter { !$0.isEmpty }
        guard !terms.isEmpty else { return nil }
        self.name = name.hasSuffix("*") ? String(name.dropLast()) : name
        self.terms = terms
    }
}
