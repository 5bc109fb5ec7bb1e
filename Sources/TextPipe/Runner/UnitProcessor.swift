import Foundation

/// What one input unit produced: serialised lines for each output file, and
/// counts and timings for the manifest.
struct UnitResult: Sendable {
    var key: String
    /// Per stage (by position): the JSONL lines of documents after that stage,
    /// empty when the stage writes no intermediate output.
    var stageLines: [[UInt8]]
    var documentLines: [UInt8] = []
    var errorLines: [UInt8] = []
    var errors: [ErrorRecord] = []
    var documents = 0
    var inputBytes = 0
    var stageNanoseconds: [UInt64]
    var stageDocuments: [Int]
    var stageFailures: [Int]

    init(key: String, stageCount: Int) {
        self.key = key
        stageLines = Array(repeating: [], count: stageCount)
        stageNanoseconds = Array(repeating: 0, count: stageCount)
        stageDocuments = Array(repeating: 0, count: stageCount)
        stageFailures = Array(repeating: 0, count: stageCount)
    }
}

/// Turns one input unit into documents and runs them through the stages. It
/// holds no mutable state, so workers share one.
struct UnitProcessor: Sendable {
    struct Step: Sendable {
        let stage: ConfiguredStage
        let splitter: (any SplittingStage)?
        let writeIntermediate: Bool
    }

    let steps: [Step]
    let format: PipelineFile.InputFormat
    let maxBytes: Int
    let logger: Logging.Logger

    init(stages: [ConfiguredStage], format: PipelineFile.InputFormat, maxBytes: Int, intermediate: Bool?,
         logger: Logging.Logger) {
        steps = stages.map {
            Step(stage: $0, splitter: $0.instance as? any SplittingStage,
                 writeIntermediate: intermediate ?? $0.intermediate)
        }
        self.format = format
        self.maxBytes = maxBytes
        self.logger = logger
    }

    func process(_ unit: InputUnit) -> UnitResult {
        var result = UnitResult(key: unit.key, stageCount: steps.count)
        let document: Document
        let path: String?
        switch read(unit, into: &result) {
        case .success(let (doc, p)):
            document = doc
            path = p
        case .failure(let record):
            result.errors.append(record)
            result.errorLines += JSONWriter.serialize(record.json) + [0x0A]
            return result
        }

        var documents = [document]
        for (i, step) in steps.enumerated() {
            let context = StageContext(stageID: step.stage.id, path: path, logger: logger)
            var next: [Document] = []
            next.reserveCapacity(documents.count)
            let t0 = MonotonicClock.nanoseconds()
            for var doc in documents {
                do {
                    for need in step.stage.contract.needs where !doc.has(need) {
                        throw StageError.missingLayer(need)
                    }
                    if let splitter = step.splitter {
                        for var part in try splitter.split(doc, context: context) {
                            part.appendProvenance(step.stage.provenance)
                            next.append(part)
                        }
                    } else {
                        try step.stage.instance.process(&doc, context: context)
                        doc.appendProvenance(step.stage.provenance)
                        next.append(doc)
                    }
                } catch {
                    let record = ErrorRecord(id: doc.id, path: path, line: Self.line(of: unit), stage: step.stage.id,
                                             message: Self.describe(error))
                    result.errors.append(record)
                    result.errorLines += JSONWriter.serialize(record.json) + [0x0A]
                    result.stageFailures[i] += 1
                }
            }
            result.stageNanoseconds[i] = MonotonicClock.nanoseconds() - t0
            result.stageDocuments[i] = next.count
            documents = next
            if step.writeIntermediate {
                for doc in documents { result.stageLines[i] += doc.jsonLine() }
            }
        }
        for doc in documents { result.documentLines += doc.jsonLine() }
        result.documents = documents.count
        return result
    }

    static func describe(_ error: any Error) -> String {
        String(describing: error)
    }

    private static func line(of unit: InputUnit) -> Int? {
        switch unit {
        case .jsonLine(_, let line, _, _), .oversizedLine(_, let line, _, _): return line
        default: return nil
        }
    }

    private func read(_ unit: InputUnit, into result: inout UnitResult) -> Result<(Document, String?), ErrorRecord> {
        switch unit {
        case .file(let file):
            return readFile(file, into: &result)
        case .jsonLine(let path, let line, let bytes, let key):
            result.inputBytes = bytes.count + 1
            let fallbackID = key
            let doc: Document
            do {
                doc = try Document.parse(line: bytes)
            } catch {
                let message: String
                switch error {
                case .json(let e): message = "line \(line): not valid JSON: \(e); each line must be one JSON object"
                case .schema(let e): message = "line \(line): \(e)"
                }
                return .failure(ErrorRecord(id: fallbackID, path: path, line: line, stage: "read", message: message))
            }
            guard doc.has("text") || doc.has("html") || doc.has("xml") else {
                return .failure(ErrorRecord(id: doc.id, path: path, line: line, stage: "read",
                                            message: "line \(line): the document has no `text`, `html` or `xml` field; give it the text to analyse"))
            }
            var withSource = doc
            if !doc.has("source") {
                let source = Source(path: path, format: .jsonl, extra: ["line": JSONValue(line)])
                withSource.set(Layer.source, source)
            }
            return .success((withSource, path))
        case .oversizedLine(let path, let line, let length, let key):
            result.inputBytes = length
            return .failure(ErrorRecord(id: key, path: path, line: line, stage: "read",
                                        message: "line \(line) is \(length) bytes, over max_bytes \(maxBytes); raise `input.max_bytes` or pass --max-bytes"))
        case .text(let id, let bytes):
            result.inputBytes = bytes.count
            return makeDocument(id: id, path: "-", bytes: bytes, format: .text)
        }
    }

    private func readFile(_ file: InputFile, into result: inout UnitResult) -> Result<(Document, String?), ErrorRecord> {
        result.inputBytes = file.size
        func fail(_ message: String) -> Result<(Document, String?), ErrorRecord> {
            .failure(ErrorRecord(id: file.id, path: file.path, stage: "read", message: message))
        }
        if file.size > maxBytes {
            return fail("the file is \(file.size) bytes, over max_bytes \(maxBytes); raise `input.max_bytes` in the pipeline file or pass --max-bytes")
        }
        guard let data = FileManager.default.contents(atPath: file.path) else {
            return fail("cannot read the file (check that it exists and is readable)")
        }
        if data.count > maxBytes {
            return fail("the file is \(data.count) bytes, over max_bytes \(maxBytes); raise `input.max_bytes` in the pipeline file or pass --max-bytes")
        }
        let bytes = [UInt8](data)
        return makeDocument(id: file.id, path: file.path, bytes: bytes, format: detectFormat(path: file.path, bytes: bytes))
    }

    private func makeDocument(id: String, path: String, bytes: [UInt8], format: Source.Format) -> Result<(Document, String?), ErrorRecord> {
        let decoded: SourceDecoder.Decoded
        do {
            decoded = try SourceDecoder.decode(bytes, sniffMarkup: format != .text)
        } catch {
            return .failure(ErrorRecord(id: id, path: path, stage: "read", message: error.description))
        }
        var doc = Document(id: id)
        doc.set(Layer.source, Source(path: path, format: format, sha256: SHA256.hex(bytes), bytes: bytes.count,
                                     encoding: decoded.encoding))
        switch format {
        case .html: doc.set(Layer.html, decoded.text)
        case .xml: doc.set(Layer.xml, decoded.text)
        case .text, .jsonl: doc.text = decoded.text
        }
        return .success((doc, path))
    }

    /// The pipeline's `input.format` when set; else the extension; else a look at the content.
    func detectFormat(path: String, bytes: [UInt8]) -> Source.Format {
        switch format {
        case .html: return .html
        case .xml: return .xml
        case .text: return .text
        case .auto, .jsonl: break
        }
        switch Paths.fileExtension(of: path) {
        case "html", "htm", "xhtml", "shtml", "php", "asp", "aspx": return .html
        case "xml", "rss", "atom", "nitf", "rdf": return .xml
        case "txt", "text", "md": return .text
        default: break
        }
        var head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        head = String(head.drop { $0 == "\u{FEFF}" || $0.isWhitespace })
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.contains("<html") { return .html }
        if head.hasPrefix("<?xml") || head.hasPrefix("<rss") || head.hasPrefix("<feed") || head.hasPrefix("<nitf") { return .xml }
        if head.hasPrefix("<") && (head.contains("<body") || head.contains("<div") || head.contains("<p")) { return .html }
        return .text
    }
}

import Logging
