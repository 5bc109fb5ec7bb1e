/// A step of a pipeline: it reads some layers of a document and adds others.
///
/// A stage is created once per run from its validated options, which is where
/// expensive set-up (loading lexicons, compiling tables, starting processes)
/// belongs, and is then called for many documents at once from several
/// threads, so it must be `Sendable` and keep no per-document state.
///
/// ```swift
/// struct Shout: Stage {
///     static let description = StageDescription(
///         name: "shout", version: "1.0.0", summary: "Upper-cases the text.",
///         needs: ["text"], adds: ["text"])
///     init(options: StageOptions) throws {}
///     func process(_ document: inout Document, context: StageContext) throws {
///         document.text = try document.require(Layer.text).uppercased()
///     }
/// }
/// ```
public protocol Stage: Sendable {
    /// What the stage is, its options and its contract, known before any instance exists.
    static var description: StageDescription { get }

    /// Creates the stage. Throw `StageSetupError` for options that are well typed
    /// but unusable (a file that does not exist); the pipeline is refused before
    /// any input is read.
    init(options: StageOptions) throws

    /// Adds this stage's layers to one document. Throwing fails this document
    /// only; the run goes on.
    func process(_ document: inout Document, context: StageContext) throws
}

/// A stage that turns one document into several (a feed into its items) or
/// none. The runner calls `split` instead of `process`.
public protocol SplittingStage: Stage {
    func split(_ document: Document, context: StageContext) throws -> [Document]
}

/// A stage whose needs and adds depend on its options or on something it learns
/// at set-up (an external process's manifest). The runner checks the pipeline
/// against `contract` instead of the static description.
public protocol ContractProvidingStage: Stage {
    var contract: StageContract { get }
}

/// A stage that holds resources (processes, files) to release when the run ends.
public protocol ClosableStage: Stage {
    func close()
}

/// The layers a stage reads and the layers it writes.
public struct StageContract: Sendable, Equatable {
    public var needs: [String]
    public var adds: [String]
    /// The version to record in provenance when it is not the stage type's own
    /// (an external program's).
    public var version: String?

    public init(needs: [String], adds: [String], version: String? = nil) {
        self.needs = needs
        self.adds = adds
        self.version = version
    }
}

extension Stage {
    /// The contract this instance runs with.
    public var effectiveContract: StageContract {
        if let dynamic = self as? any ContractProvidingStage { return dynamic.contract }
        return StageContract(needs: Self.description.needs, adds: Self.description.adds)
    }
}
