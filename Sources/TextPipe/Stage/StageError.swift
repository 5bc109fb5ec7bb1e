/// Why a stage could not process one document. The runner records it with the
/// document's id, path and the stage's id; the run goes on.
public enum StageError: Error, Sendable, CustomStringConvertible {
    /// A layer the stage needs is absent from this document.
    case missingLayer(String)
    /// A layer is present but has the wrong shape.
    case schema(SchemaError)
    /// The document's content cannot be processed; the message says why and what to do.
    case invalidInput(String)

    public var description: String {
        switch self {
        case .missingLayer(let layer):
            if layer == "text" {
                return "the document has no `text` layer; if it holds raw markup, add `- use: html-cleanup` before this stage"
            }
            return "the document has no `\(layer)` layer; add the stage that adds it earlier in the pipeline (see `textpipe stages`)"
        case .schema(let e):
            return e.description
        case .invalidInput(let message):
            return message
        }
    }
}

/// Why a stage could not be created from its options. Reported with the
/// pipeline file's location of the stage, before any input is read.
public struct StageSetupError: Error, Sendable, CustomStringConvertible {
    /// The option at fault, if one is.
    public var option: String?
    public var message: String

    public init(option: String? = nil, _ message: String) {
        self.option = option
        self.message = message
    }

    public var description: String { message }
}
