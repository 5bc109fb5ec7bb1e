import TextPipe

/// What an external stage says about itself in answer to the handshake: its
/// id, version, and the layers it needs and adds. The runner checks a pipeline
/// with these exactly as it checks a Swift stage's description.
public struct ExecManifest: Sendable, Equatable {
    public var id: String
    public var version: String
    public var needs: [String]
    public var adds: [String]

    /// The line textpipe writes first to a newly started process.
    public static let handshakeRequest: [UInt8] = JSONWriter.serialize(["textpipe": "handshake", "protocol": 1]) + [0x0A]

    public init(id: String, version: String, needs: [String], adds: [String]) {
        self.id = id
        self.version = version
        self.needs = needs
        self.adds = adds
    }

    /// Reads the answer line; the message of a thrown error says what the plugin must print.
    public init(line: [UInt8]) throws(ExecFailure) {
        let expected = #"answer the handshake with one JSON line like {"id":"keywords","version":"1.0.0","needs":["text"],"adds":["keywords"]}"#
        guard let value = try? JSONParser.parse(line), let o = value.objectValue else {
            throw .protocolViolation("the handshake answer is not a JSON object (\(Self.preview(line))); \(expected)")
        }
        guard let id = o["id"]?.stringValue, let version = o["version"]?.stringValue else {
            throw .protocolViolation("the handshake answer lacks a string `id` or `version`; \(expected)")
        }
        func strings(_ key: String) throws(ExecFailure) -> [String] {
            guard let v = o[key] else { return [] }
            guard let list = v.arrayValue, list.allSatisfy({ $0.stringValue != nil }) else {
                throw .protocolViolation("the handshake answer's `\(key)` must be a list of layer names")
            }
            return list.compactMap(\.stringValue)
        }
        self.init(id: id, version: version, needs: try strings("needs"), adds: try strings("adds"))
    }

    static func preview(_ line: [UInt8]) -> String {
        let text = String(decoding: line.prefix(80), as: UTF8.self)
        return line.count > 80 ? "\"\(text)…\"" : "\"\(text)\""
    }
}
