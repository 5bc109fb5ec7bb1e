import Logging

/// What a stage may know about the run while it processes one document.
public struct StageContext: Sendable {
    /// The stage's id in this pipeline.
    public var stageID: String
    /// The input file the document came from, if any.
    public var path: String?
    public var logger: Logger

    public init(stageID: String, path: String? = nil, logger: Logger = Logger(label: "textpipe")) {
        self.stageID = stageID
        self.path = path
        self.logger = logger
    }
}
