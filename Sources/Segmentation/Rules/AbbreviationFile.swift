import Foundation

/// A user's list of extra abbreviations: one a line, optionally followed by its
/// kind (`title`, `inner`, `number`, `may_end`, `often_ends`; `may_end` when
/// left out).
/// Blank lines and lines starting with `#` are skipped.
///
///     Supt. title
///     approx inner
///     Kt.
public enum AbbreviationFile {
    public static func load(path: String) throws(RulesError) -> [(word: String, kind: AbbreviationKind)] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RulesError(source: path, "cannot read the abbreviations file (does it exist and is it readable?)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RulesError(source: path, "the abbreviations file is not UTF-8 text")
        }
        return try parse(text, source: path)
    }

    public static func parse(_ text: String, source: String) throws(RulesError) -> [(word: String, kind: AbbreviationKind)] {
        var result: [(word: String, kind: AbbreviationKind)] = []
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard fields.count <= 2 else {
                throw RulesError(source: source, "line \(number + 1): \"\(line)\" has more than a word and a kind; write one abbreviation a line, e.g. \"Supt. title\"")
            }
            var kind = AbbreviationKind.mayEnd
            if fields.count == 2 {
                guard let k = AbbreviationKind(rawValue: String(fields[1])) else {
                    throw RulesError(source: source, "line \(number + 1): unknown kind \"\(fields[1])\"; use one of \(AbbreviationKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                kind = k
            }
            let word = String(fields[0])
            guard SegmentationRules.abbreviationKey(word) != nil else {
                throw RulesError(source: source, "line \(number + 1): \"\(word)\" is not an abbreviation")
            }
            result.append((word, kind))
        }
        return result
    }
}
