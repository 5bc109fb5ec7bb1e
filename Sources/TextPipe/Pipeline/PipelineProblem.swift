/// One thing wrong with a pipeline file, with where it is and how to fix it.
/// Validation collects all of them before giving up.
public struct PipelineProblem: Error, Sendable, Equatable, CustomStringConvertible {
    public var location: SourceLocation?
    /// The stage concerned, as "stage 3 (quotes)", when there is one.
    public var stage: String?
    public var message: String
    public var fix: String?

    public init(at location: SourceLocation?, stage: String? = nil, _ message: String, fix: String? = nil) {
        self.location = location
        self.stage = stage
        self.message = message
        self.fix = fix
    }

    public var description: String {
        var s = ""
        if let location { s += "\(location): " }
        s += "error: "
        if let stage { s += "\(stage): " }
        s += message
        if let fix { s += "\n    fix: \(fix)" }
        return s
    }
}

/// A pipeline file that cannot be used, with every problem found in it.
public struct PipelineError: Error, Sendable, CustomStringConvertible {
    public var problems: [PipelineProblem]

    public init(_ problems: [PipelineProblem]) { self.problems = problems }

    public var description: String {
        let n = problems.count
        return problems.map(\.description).joined(separator: "\n") + "\n\(n) problem\(n == 1 ? "" : "s") found"
    }
}
