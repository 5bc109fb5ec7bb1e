/// How to run a pipeline: what the command line adds to the pipeline file.
public struct RunOptions: Sendable {
    public enum Output: Sendable, Equatable {
        /// A folder receiving documents.jsonl, stages/, errors.jsonl and run.json.
        case directory(String)
        /// Documents as JSONL on standard output; errors as JSONL on standard error.
        case standardOutput
    }

    public enum ProgressMode: Sendable, Equatable {
        /// A bar on a terminal, plain lines every few seconds otherwise.
        case automatic
        case quiet
    }

    /// Files and folders to read, or `["-"]` for standard input.
    public var inputs: [String]
    public var output: Output
    /// Documents processed at once.
    public var jobs: Int
    /// Continue a run that was stopped, skipping documents already written.
    public var resume = false
    /// Replace the output of an earlier run in the same folder.
    public var overwrite = false
    public var shard: Shard?
    /// An intermediate file `OUT/stages/NN-ID.jsonl` to restart from: only the stages after NN run.
    public var from: String?
    /// Overrides the pipeline's intermediate-output setting for every stage.
    public var intermediate: Bool?
    public var maxBytes: Int?
    public var include: [String]?
    public var exclude: [String]?
    /// With `-o -`: error records go to standard output among the documents
    /// instead of to standard error (`--errors-ok`).
    public var errorsInOutput = false
    public var progress: ProgressMode = .automatic
    /// Seconds between plain progress lines when standard error is not a terminal.
    public var progressInterval: Double = 10

    public init(inputs: [String], output: Output, jobs: Int) {
        self.inputs = inputs
        self.output = output
        self.jobs = jobs
    }
}

/// What a run did, for the exit status and the closing summary.
public struct RunSummary: Sendable {
    public var units = 0
    public var documents = 0
    public var failed = 0
    /// Units skipped because an earlier run had finished them.
    public var resumedUnits = 0
    public var inputBytes = 0
    public var seconds = 0.0
    public var interrupted = false
    public var stages: [StageSummary] = []
    /// The first few failures, for the closing message.
    public var sampleErrors: [ErrorRecord] = []

    public struct StageSummary: Sendable {
        public var number: Int
        public var id: String
        public var name: String
        public var version: String
        public var optionsSHA256: String
        public var documents = 0
        public var failed = 0
        public var seconds = 0.0
    }
}
