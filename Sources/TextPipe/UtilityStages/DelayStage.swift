#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Waits a fixed time per document. For testing what the runner does with slow
/// stages (interruption, resume, parallelism); it changes nothing.
public struct DelayStage: Stage {
    public static let description = StageDescription(
        name: "delay",
        version: "1.0.0",
        summary: "Sleeps `milliseconds` per document; for testing interruption, resume and --jobs.",
        options: [
            StageOption("milliseconds", .int(min: 0, max: 60_000), default: 10, doc: "How long to wait per document.")
        ]
    )

    private let microseconds: UInt32

    public init(options: StageOptions) {
        microseconds = UInt32(options.int("milliseconds")) * 1000
    }

    public func process(_ document: inout Document, context: StageContext) {
        usleep(microseconds)
    }
}
