/// A pipeline file as written: the stages in order with their options, the
/// input settings and the output settings, each remembered with its place in
/// the file. Every key has a default, so `stages:` alone is a valid file.
///
/// ```yaml
/// version: 1
/// name: news
/// input: {format: auto, include: ["**/*.html"], exclude: [], max_bytes: 20000000}
/// output: {intermediate: true}
/// stages:
///   - use: segment
///     id: sentences          # optional, defaults to the stage name
///     with: {tokens: true}
///     intermediate: false    # optional, overrides output.intermediate
/// ```
public struct PipelineFile: Sendable {
    /// The newest file format this textpipe reads.
    public static let currentVersion = 1
    public static let defaultInclude = ["**/*.html", "**/*.htm", "**/*.xhtml", "**/*.xml", "**/*.txt", "**/*.jsonl"]
    public static let defaultMaxBytes = 20_000_000

    public enum InputFormat: String, Sendable, CaseIterable {
        case auto, html, xml, text, jsonl
    }

    public struct Input: Sendable {
        public var format: InputFormat = .auto
        /// Glob patterns, relative to each input folder, of the files to read.
        public var include: [String] = PipelineFile.defaultInclude
        public var exclude: [String] = []
        /// Documents larger than this fail with an error instead of being read.
        public var maxBytes: Int = PipelineFile.defaultMaxBytes

        public init() {}
    }

    public struct Output: Sendable {
        /// Write `stages/NN-ID.jsonl` after each stage.
        public var intermediate = true

        public init() {}
    }

    public struct StageEntry: Sendable {
        /// The registered stage name (`use:`).
        public var use: String
        /// The id in this pipeline (`id:`), defaults to `use`.
        public var id: String
        public var options: JSONObject
        /// Overrides `output.intermediate` for this stage.
        public var intermediate: Bool?
        public var location: SourceLocation
        public var useLocation: SourceLocation
        public var idLocation: SourceLocation?
        public var optionLocations: [String: SourceLocation]

        public init(use: String, id: String? = nil, options: JSONObject = JSONObject(), intermediate: Bool? = nil,
                    location: SourceLocation) {
            self.use = use
            self.id = id ?? use
            self.options = options
            self.intermediate = intermediate
            self.location = location
            self.useLocation = location
            self.idLocation = nil
            self.optionLocations = [:]
        }
    }

    public var path: String
    public var version = PipelineFile.currentVersion
    public var name: String
    public var description: String?
    public var input = Input()
    public var output = Output()
    public var stages: [StageEntry] = []
    /// The file's bytes hashed, recorded in run.json.
    public var sha256: String = ""

    public init(path: String, name: String, stages: [StageEntry] = []) {
        self.path = path
        self.name = name
        self.stages = stages
    }

    /// The folder that relative paths in the file are resolved against.
    public var baseDirectory: String { Paths.directory(of: path) }
}
