import Foundation
import Logging
import TextPipe

/// A stage in any language: an external program that reads documents as JSON
/// lines on stdin and writes each back, annotated, as one line on stdout.
///
/// Protocol, for a plugin's author:
/// 1. textpipe starts the program and writes `{"textpipe":"handshake","protocol":1}`;
///    the program answers with its manifest on one line:
///    `{"id":"keywords","version":"1.0.0","needs":["text"],"adds":["keywords"]}`.
///    The pipeline is checked against it before any input is read.
/// 2. Then, for each document: one JSON line in, the same document (same `id`),
///    with its layers added, as one JSON line out. Anything for humans goes to
///    stderr, which textpipe logs with the stage id.
///
/// A crash, a timeout, an answer that is not JSON or is for another document
/// fails that document only; the process is replaced and the run goes on.
public final class ExecStage: ContractProvidingStage, ClosableStage, @unchecked Sendable {
    public static let description = StageDescription(
        name: "exec",
        version: "1.0.0",
        summary: "Runs a program in any language as a stage: JSON lines on stdin and stdout, checked by a handshake.",
        options: [
            StageOption("command", .stringList, default: [],
                        doc: "The program and its arguments, e.g. [python3, plugins/keywords.py]; relative paths are taken from `cwd`."),
            StageOption("env", .any, default: [:], doc: "Extra environment variables for the program, as a mapping of strings."),
            StageOption("cwd", .path, default: "",
                        doc: "Working folder of the program, relative to the pipeline file (default: where textpipe runs)."),
            StageOption("timeout_seconds", .double(min: 0.01, max: 86_400), default: 60,
                        doc: "How long to wait for the answer to one document (and for the handshake)."),
            StageOption("workers", .int(min: 1, max: 256), default: 16,
                        doc: "At most this many processes; one serves one document at a time, so --jobs above this waits."),
        ]
    )

    public let contract: StageContract
    public let manifest: ExecManifest
    private let pool: ExecWorkerPool
    private let timeout: Double

    public init(options: StageOptions) throws {
        signal(SIGPIPE, SIG_IGN)  // a plugin that dies must not take textpipe with it
        let command = options.strings("command")
        guard !command.isEmpty else {
            throw StageSetupError(option: "command", "exec needs `command`, the program to run, e.g. `with: {command: [python3, plugin.py]}`")
        }
        var merged = ProcessInfo.processInfo.environment
        if let env = options["env"], !env.isNull {
            guard let object = env.objectValue, object.allSatisfy({ $0.value.stringValue != nil }) else {
                throw StageSetupError(option: "env", "`env` must be a mapping of names to strings, e.g. `env: {LANG: C.UTF-8}`")
            }
            for (k, v) in object { merged[k] = v.stringValue }
        }
        let directory = options.path("cwd")
        if let directory {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
                throw StageSetupError(option: "cwd", "`cwd` \(directory) is not a folder")
            }
        }
        timeout = options.double("timeout_seconds")
        let logger = Logger(label: "textpipe")
        let limit = options.int("workers")
        let timeout = self.timeout
        let environment = merged
        let start: @Sendable () throws(ExecFailure) -> ExecWorker = {
            let worker = try ExecWorker(command: command, environment: environment, directory: directory,
                                        stageID: "exec \(command.last ?? "")", logger: logger)
            _ = try ExecManifest(line: try worker.request(ExecManifest.handshakeRequest, timeout: timeout))
            return worker
        }
        // The first process answers the handshake now, so a broken plugin stops the
        // pipeline before any input is read.
        let first: ExecWorker
        let manifest: ExecManifest
        do {
            first = try ExecWorker(command: command, environment: environment, directory: directory,
                                   stageID: "exec \(command.last ?? "")", logger: logger)
            manifest = try ExecManifest(line: try first.request(ExecManifest.handshakeRequest, timeout: timeout))
        } catch {
            throw StageSetupError(option: "command", "\(command.joined(separator: " ")): \(error)")
        }
        self.manifest = manifest
        contract = StageContract(needs: manifest.needs, adds: manifest.adds, version: manifest.version)
        pool = ExecWorkerPool(limit: limit, first: first, start: start)
    }

    public func process(_ document: inout Document, context: StageContext) throws {
        let line = document.jsonLine()
        let timeout = self.timeout
        let answer = try pool.withWorker { (worker) throws(ExecFailure) -> [UInt8] in
            try worker.request(line, timeout: timeout)
        }
        let result: Document
        do {
            result = try Document.parse(line: answer)
        } catch {
            throw ExecFailure.protocolViolation(
                "the answer is not a document (\(error)): \(ExecManifest.preview(answer)); print exactly one JSON document per line on stdout and everything else on stderr")
        }
        guard result.id == document.id else {
            throw ExecFailure.protocolViolation(
                "the answer is for document \"\(result.id)\", not \"\(document.id)\"; answer each line with the same document, in order")
        }
        document = result
    }

    public func close() { pool.close() }
}
