#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Foundation
import Logging
import TextPipe

/// The `textpipe` command. A package that adds its own stages builds its own
/// executable with `TextPipeCommand.main(registry:)`.
public struct TextPipeCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "textpipe",
        abstract: "Who said what about whom: a text-analysis pipeline for news.",
        discussion: """
            Exit status: 0 all documents succeeded (or --errors-ok); 1 some documents failed (see OUT/errors.jsonl); \
            2 usage or pipeline-file error; 3 the output could not be written; 4 internal failure; \
            130 interrupted (continue with --resume).
            """,
        version: TextPipeVersion.current,
        subcommands: [RunCommand.self, StagesCommand.self, ValidateCommand.self, EvalCommand.self, ShowCommand.self]
    )

    public init() {}

    /// Parses the command line, runs the command and exits with textpipe's exit statuses.
    public static func main(registry: StageRegistry) -> Never {
        CommandEnvironment.shared.registry = registry
        LoggingSystem.bootstrap { label in ConsoleLogHandler(label: label) }
        do {
            var command = try parseAsRoot()
            try command.run()
            terminate(0)
        } catch let code as ExitCode {
            terminate(code.rawValue)
        } catch {
            let message = fullMessage(for: error)
            let code = exitCode(for: error)
            if code == .success {
                // --help and --version.
                print(message)
                terminate(0)
            }
            FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
            // Errors of the command line are usage errors; any other error escaping a command is a bug.
            terminate(code == .validationFailure ? ExitStatus.usage.rawValue : ExitStatus.internalFailure.rawValue)
        }
    }
}

/// textpipe's exit statuses, documented in `textpipe --help`.
public enum ExitStatus: Int32 {
    case success = 0
    case someDocumentsFailed = 1
    case usage = 2
    case outputFailed = 3
    /// An error no command expected: a bug in textpipe; the message says what.
    case internalFailure = 4
    case interrupted = 130
}

/// What the commands share: the stage registry this binary was built with.
public final class CommandEnvironment: @unchecked Sendable {
    public static let shared = CommandEnvironment()
    private let lock = NSLock()
    private var storedRegistry = StageRegistry()

    public var registry: StageRegistry {
        get { lock.lock(); defer { lock.unlock() }; return storedRegistry }
        set { lock.lock(); storedRegistry = newValue; lock.unlock() }
    }
}

/// Prints log messages as `textpipe: warning: message` on standard error.
struct ConsoleLogHandler: LogHandler {
    let label: String
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let prefix = event.level >= .warning ? "\(event.level): " : ""
        FileHandle.standardError.write(Data("textpipe: \(prefix)\(event.message)\n".utf8))
    }
}

/// Prints to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message.hasSuffix("\n") ? message : message + "\n").utf8))
}

/// Exits the process; a free function so it is not shadowed by `ParsableCommand.exit`.
func terminate(_ code: Int32) -> Never {
    fflush(nil)
    exit(code)
}
