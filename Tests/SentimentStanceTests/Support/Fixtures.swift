import Foundation
import TextPipe

/// Files under Tests/SentimentStanceTests/Fixtures, found from this source
/// file so that no resource bundle is needed.
enum Fixtures {
    static let directory: String = {
        var path = #filePath
        for _ in 0..<2 { path = String(path[..<path.lastIndex(of: "/")!]) }
        return path + "/Fixtures"
    }()

    static func text(_ name: String) throws -> String {
        try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
    }

    static func json(_ name: String) throws -> JSONValue {
        try JSONParser.parse(try text(name))
    }

    static func document(_ name: String) throws -> Document {
        try Document(json: try json(name))
    }
}

/// A document with one sentence per line of `lines`.
func document(lines: [String], id: String = "t") -> Document {
    var doc = Document(id: id, text: lines.joined(separator: "\n"))
    var spans: [Span] = []
    var start = 0
    for line in lines {
        let n = line.unicodeScalars.count
        spans.append(Span(start: start, end: start + n))
        start += n + 1
    }
    doc.set(Layer.sentences, spans)
    return doc
}
