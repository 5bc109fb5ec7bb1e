import Foundation
import Testing

/// Builds Examples/CustomStage, a package of its own that adds a Swift stage
/// to textpipe without editing it, and uses its `my-textpipe` like a user would.
@Suite("A custom Swift stage in its own package", .serialized)
struct CustomStagePackageTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    @Test("the example package builds, lists its stage next to the built-ins, and runs it", .timeLimit(.minutes(15)))
    func buildAndRun() throws {
        let scratch = Self.root + "/.build/examples/CustomStage"
        let build = Process()
        build.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        build.arguments = ["swift", "build", "--package-path", Self.root + "/Examples/CustomStage", "--scratch-path", scratch]
        let log = Pipe()
        build.standardOutput = log
        build.standardError = log
        try build.run()
        let output = String(decoding: log.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        build.waitUntilExit()
        try #require(build.terminationStatus == 0, "swift build failed:\n\(output.suffix(3000))")

        let w = try Workspace()
        let binary = scratch + "/debug/my-textpipe"
        let stages = try CLI(directory: w.path).runBinary(binary, ["stages"])
        #expect(stages.stdout.contains("top-terms 1.0.0"))
        #expect(stages.stdout.contains("passthrough 1.0.0"))

        w.write("in/a.txt", "Troops moved toward Kursk. Kursk troops waited; troops left.")
        w.write("p.yaml", "stages:\n  - use: top-terms\n    with: {count: 2}\n")
        let run = try CLI(directory: w.path).runBinary(binary, ["run", "p.yaml", "in", "-o", "out"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(w.read("out/documents.jsonl").contains(#""top_terms":[{"term":"troops","count":3},{"term":"kursk","count":2}]"#))
    }
}

extension CLI {
    /// Runs another binary (a user's own build of textpipe) the same way.
    func runBinary(_ binary: String, _ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        process.standardInput = FileHandle.nullDevice
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                      stderr: String(decoding: e, as: UTF8.self))
    }
}
