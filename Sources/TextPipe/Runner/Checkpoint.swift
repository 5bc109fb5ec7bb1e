import Foundation

/// How far a run into a folder has got: how many input units are done and how
/// long each output file was at that moment. Written atomically before the
/// first document and after every flush; `--resume` cuts each file back to its recorded length and skips the
/// units already done, so no document is lost or written twice.
struct Checkpoint: Equatable {
    static let fileName = ".checkpoint.json"

    var pipelineSHA256: String
    var inputsFingerprint: String
    var unitsDone: Int
    var lastKey: String?
    var fileSizes: [String: Int]
    var documents: Int
    var failed: Int
    var complete: Bool

    var json: JSONValue {
        var sizes = JSONObject()
        for (k, v) in fileSizes.sorted(by: { $0.key < $1.key }) { sizes[k] = JSONValue(v) }
        return [
            "version": 1,
            "pipeline_sha256": .string(pipelineSHA256),
            "inputs_fingerprint": .string(inputsFingerprint),
            "units_done": JSONValue(unitsDone),
            "last_key": lastKey.map(JSONValue.string) ?? .null,
            "files": .object(sizes),
            "documents": JSONValue(documents),
            "failed": JSONValue(failed),
            "complete": .bool(complete),
        ]
    }

    init(pipelineSHA256: String, inputsFingerprint: String, unitsDone: Int = 0, lastKey: String? = nil,
         fileSizes: [String: Int] = [:], documents: Int = 0, failed: Int = 0, complete: Bool = false) {
        self.pipelineSHA256 = pipelineSHA256
        self.inputsFingerprint = inputsFingerprint
        self.unitsDone = unitsDone
        self.lastKey = lastKey
        self.fileSizes = fileSizes
        self.documents = documents
        self.failed = failed
        self.complete = complete
    }

    init?(json: JSONValue) {
        guard let o = json.objectValue,
              let sha = o["pipeline_sha256"]?.stringValue,
              let fp = o["inputs_fingerprint"]?.stringValue,
              let done = o["units_done"]?.intValue,
              let files = o["files"]?.objectValue else { return nil }
        pipelineSHA256 = sha
        inputsFingerprint = fp
        unitsDone = done
        lastKey = o["last_key"]?.stringValue
        var sizes: [String: Int] = [:]
        for (k, v) in files { sizes[k] = v.intValue ?? 0 }
        fileSizes = sizes
        documents = o["documents"]?.intValue ?? 0
        failed = o["failed"]?.intValue ?? 0
        complete = o["complete"]?.boolValue ?? false
    }

    static func load(from directory: String) -> Checkpoint? {
        guard let data = FileManager.default.contents(atPath: Paths.join(directory, fileName)),
              let value = try? JSONParser.parse([UInt8](data)) else { return nil }
        return Checkpoint(json: value)
    }

    func save(to directory: String) throws(RunError) {
        try AtomicFile.write(JSONWriter.serialize(json) + [0x0A], to: Paths.join(directory, Checkpoint.fileName))
    }
}

/// Writes a whole file under a temporary name and renames it into place, so
/// readers see the old file or the new one, never a mix.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to path: String) throws(RunError) {
        let temporary = path + ".tmp-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(bytes)) else {
            throw .io("cannot write \(temporary)")
        }
        if rename(temporary, path) != 0 {
            throw .io("cannot rename \(temporary) to \(path): \(String(cString: strerror(errno)))")
        }
    }
}
