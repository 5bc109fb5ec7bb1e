import Testing
import TextPipe

/// A case of the hard-case file: a text and the sentences it must give.
struct SplitCase: Sendable, CustomTestStringConvertible {
    var id: String
    var rule: String
    var text: String
    var sentences: [String]
    /// Why textpipe still gets this case wrong, when it does.
    var knownFailure: String?

    var testDescription: String { id }

    static func all() -> [SplitCase] {
        guard let lines = try? Fixtures.jsonLines("cases.jsonl") else { return [] }
        return lines.map { o in
            SplitCase(id: o["id"]?.stringValue ?? "?", rule: o["rule"]?.stringValue ?? "?",
                      text: o["text"]?.stringValue ?? "",
                      sentences: o["sentences"]?.arrayValue?.compactMap(\.stringValue) ?? [],
                      knownFailure: o["known_failure"]?.stringValue)
        }
    }
}
