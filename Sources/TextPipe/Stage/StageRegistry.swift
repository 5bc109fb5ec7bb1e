/// The stages a `textpipe` binary knows by name.
///
/// Built-in stages are listed in `TextPipeStages.builtIn`; a user's package
/// builds its own registry from that list plus its own stage types.
public struct StageRegistry: Sendable {
    private var types: [String: any Stage.Type] = [:]
    /// Names in registration order, for listing.
    public private(set) var names: [String] = []

    public init(_ stages: [any Stage.Type] = []) {
        for stage in stages { register(stage) }
    }

    /// Adds a stage type; a later registration under the same name replaces the
    /// earlier one, so a user can swap a built-in for their own.
    public mutating func register(_ stage: any Stage.Type) {
        let name = stage.description.name
        if types[name] == nil { names.append(name) }
        types[name] = stage
    }

    /// This registry with more stages registered (later ones replace same-named earlier ones).
    public func adding(_ stages: [any Stage.Type]) -> StageRegistry {
        var copy = self
        for stage in stages { copy.register(stage) }
        return copy
    }

    public func stage(named name: String) -> (any Stage.Type)? { types[name] }

    public var descriptions: [StageDescription] { names.compactMap { types[$0]?.description } }

    /// The registered name closest to a misspelt one, if any is close enough to suggest.
    public func suggestion(for name: String) -> String? {
        EditDistance.nearest(to: name, in: names)
    }

    /// The registered stages whose static contract adds `layer`.
    public func stages(adding layer: String) -> [String] {
        names.filter { types[$0]?.description.adds.contains(layer) ?? false }
    }
}
