import Foundation
import TextPipe

/// A hand-checked annotation of one document, in the format of the project's
/// gold files: quotes (text, speaker and its aliases, kind, polarity),
/// entities (distinct surface forms with their type), and optionally sentences
/// and the document's polarity. Matched to predictions by `id`.
public struct GoldDocument: Sendable, Equatable {
    public struct Quote: Sendable, Equatable {
        public var text: String
        /// nil when the gold says nobody can be named.
        public var speaker: String?
        public var aliases: [String]
        public var kind: String
        public var polarity: String?
    }

    public struct Entity: Sendable, Equatable, Hashable {
        public var text: String
        public var label: String
    }

    public var id: String
    public var quotes: [Quote]
    public var entities: [Entity]?
    /// Sentences as their texts, when the gold has them.
    public var sentences: [String]?
    public var documentPolarity: String?

    public init(id: String, quotes: [Quote] = [], entities: [Entity]? = nil, sentences: [String]? = nil,
                documentPolarity: String? = nil) {
        self.id = id
        self.quotes = quotes
        self.entities = entities
        self.sentences = sentences
        self.documentPolarity = documentPolarity
    }

    /// Reads one gold document; `path` names it in errors.
    public init(json: JSONValue, path: String) throws(SchemaError) {
        let r = try FieldReader(json, path: path)
        id = try r.required("id")
        quotes = []
        if let list: [JSONValue] = try r.optional("quotes") {
            for (i, item) in list.enumerated() {
                let q = try FieldReader(item, path: "\(path).quotes[\(i)]")
                quotes.append(Quote(text: try q.required("text"), speaker: try q.optional("speaker"),
                                    aliases: try q.optional("speaker_aliases") ?? [],
                                    kind: try q.optional("kind") ?? "direct", polarity: try q.optional("polarity")))
            }
        }
        if let list: [JSONValue] = try r.optional("entities") {
            var found: [Entity] = []
            for (i, item) in list.enumerated() {
                let e = try FieldReader(item, path: "\(path).entities[\(i)]")
                let type: String? = try e.optional("type")
                let label: String
                if let type { label = type } else { label = try e.required("label") }
                found.append(Entity(text: try e.required("text"), label: label))
            }
            entities = found
        }
        if let list: [JSONValue] = try r.optional("sentences") {
            sentences = list.compactMap { $0.stringValue ?? $0.objectValue?["text"]?.stringValue }
        }
        documentPolarity = try r.optional("doc_polarity")
    }

    /// Reads a gold file, or every `.json`/`.jsonl` file in a folder.
    public static func load(_ path: String) throws(EvaluationError) -> [GoldDocument] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .cannotRead(path, "no such file or folder")
        }
        var files = [path]
        if isDirectory.boolValue {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            files = names.filter { $0.hasSuffix(".json") || $0.hasSuffix(".jsonl") }.sorted().map { Paths.join(path, $0) }
        }
        var documents: [GoldDocument] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { throw .cannotRead(file, "unreadable") }
            let bytes = [UInt8](data)
            let chunks: [(Int, ArraySlice<UInt8>)] = file.hasSuffix(".jsonl")
                ? bytes.split(separator: 0x0A).enumerated().map { ($0.offset + 1, $0.element) }
                : [(0, bytes[...])]
            for (line, chunk) in chunks {
                let place = line > 0 ? "\(file):\(line)" : file
                do {
                    documents.append(try GoldDocument(json: try JSONParser.parse(Array(chunk)), path: "gold"))
                } catch let e as JSONParseError {
                    throw .invalid(place, "not valid JSON: \(e)")
                } catch {
                    throw .invalid(place, "\(error)")
                }
            }
        }
        return documents
    }
}

/// Why an evaluation could not be made.
public enum EvaluationError: Error, Sendable, CustomStringConvertible {
    case cannotRead(String, String)
    case invalid(String, String)

    public var description: String {
        switch self {
        case .cannotRead(let path, let why): return "cannot read \(path): \(why)"
        case .invalid(let place, let why): return "\(place): \(why)"
        }
    }
}
