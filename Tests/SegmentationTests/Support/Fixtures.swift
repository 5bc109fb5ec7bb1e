import Foundation
import Testing
import TextPipe

/// Files under Tests/SegmentationTests/Fixtures, found from this source file
/// so that no resource bundle is needed.
enum Fixtures {
    static let directory: String = {
        var path = #filePath
        for _ in 0..<2 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path + "/Fixtures"
    }()

    static func path(_ name: String) -> String { directory + "/" + name }

    static func text(_ name: String) throws -> String {
        try String(contentsOfFile: path(name), encoding: .utf8)
    }

    /// One JSON object per non-empty line.
    static func jsonLines(_ name: String) throws -> [JSONObject] {
        try text(name).split(separator: "\n").map { line in
            guard case .object(let o) = try JSONParser.parse(String(line)) else {
                throw FixtureError("\(name): a line is not a JSON object")
            }
            return o
        }
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

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
