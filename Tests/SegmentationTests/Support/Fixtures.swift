import Foundation
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
