/// One item the reader hands to the workers: a file, one line of a JSONL
/// file, or text read from standard input. Each becomes one document (or, after
/// a splitting stage, several).
public enum InputUnit: Sendable {
    case file(InputFile)
    case jsonLine(path: String, line: Int, bytes: [UInt8], key: String)
    case oversizedLine(path: String, line: Int, length: Int, key: String)
    case text(id: String, bytes: [UInt8])

    /// Stable key for sharding and for checking that a resumed run reads the same inputs.
    public var key: String {
        switch self {
        case .file(let f): return f.relativePath
        case .jsonLine(_, _, _, let key), .oversizedLine(_, _, _, let key): return key
        case .text(let id, _): return id
        }
    }
}

/// Produces input units one at a time, in order: files as listed by the
/// catalog, JSONL files line by line, or standard input.
public final class InputUnitReader {
    private var files: [InputFile]
    private var fileIndex = 0
    private var lines: LineReader?
    private var linesFile: InputFile?
    private var stdin: LineReader?
    private var stdinDone = false
    /// Decided once, from the first non-blank byte of standard input.
    private var stdinIsJSONL: Bool?
    private let maxBytes: Int
    private let shard: Shard?
    /// Bytes of input consumed so far, for progress.
    public private(set) var bytesDone = 0
    public init(files: [InputFile], maxBytes: Int, shard: Shard?) {
        self.files = files
        self.maxBytes = maxBytes
        self.shard = shard
    }

    /// Reads standard input: JSONL when it starts with `{`, else one text document with id `stdin`.
    public init(standardInput maxBytes: Int, shard: Shard?) {
        self.files = []
        self.maxBytes = maxBytes
        self.shard = shard
        self.stdin = LineReader(fd: 0, closeOnDeinit: false, maxLineBytes: maxBytes)
    }

    /// The next unit, or nil when the inputs are exhausted. Units outside the shard are skipped.
    public func next() -> InputUnit? {
        while let unit = nextUnsharded() {
            if let shard, !shard.contains(key: unit.key) { continue }
            return unit
        }
        return nil
    }

    private func nextUnsharded() -> InputUnit? {
        if let stdin {
            if stdinDone { return nil }
            if stdinIsJSONL == nil { stdinIsJSONL = stdin.firstNonBlankByte() == UInt8(ascii: "{") }
            if stdinIsJSONL == true {
                guard let line = stdin.next() else { stdinDone = true; return nil }
                bytesDone = stdin.bytesRead
                switch line {
                case .line(let n, let bytes): return .jsonLine(path: "-", line: n, bytes: bytes, key: "stdin:\(n)")
                case .oversized(let n, let length): return .oversizedLine(path: "-", line: n, length: length, key: "stdin:\(n)")
                }
            }
            stdinDone = true
            let bytes = stdin.readAll(limit: maxBytes)
            bytesDone = stdin.bytesRead
            guard let bytes else { return .oversizedLine(path: "-", line: 1, length: stdin.bytesRead, key: "stdin") }
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return nil }
            return .text(id: "stdin", bytes: bytes)
        }
        while true {
            if let lines, let file = linesFile {
                if let line = lines.next() {
                    let key = "\(file.relativePath):"
                    switch line {
                    case .line(let n, let bytes):
                        return .jsonLine(path: file.path, line: n, bytes: bytes, key: key + String(n))
                    case .oversized(let n, let length):
                        return .oversizedLine(path: file.path, line: n, length: length, key: key + String(n))
                    }
                }
                bytesDone += file.size
                self.lines = nil
                linesFile = nil
            }
            guard fileIndex < files.count else { return nil }
            let file = files[fileIndex]
            fileIndex += 1
            if file.isJSONL {
                do {
                    lines = try LineReader(path: file.path, maxLineBytes: maxBytes)
                    linesFile = file
                } catch {
                    // Hand the file to a worker as a plain file unit: reading it there fails with the reason.
                    return .file(file)
                }
                continue
            }
            bytesDone += file.size
            return .file(file)
        }
    }
}
