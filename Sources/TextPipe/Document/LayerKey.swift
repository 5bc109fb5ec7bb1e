/// A typed handle on one top-level field of a document.
///
/// `try document.get(Layer.sentences)` reads the field as `[Span]`;
/// `document.set(Layer.sentences, spans)` writes it back in place.
public struct LayerKey<Value: JSONConvertible>: Sendable, CustomStringConvertible {
    public let name: String
    public init(_ name: String) { self.name = name }
    public var description: String { name }
}

/// The layers of the document schema (DESIGN.md). Stages declare what they
/// need and add by these names.
public enum Layer {
    public static let source = LayerKey<Source>("source")
    public static let meta = LayerKey<Meta>("meta")
    public static let text = LayerKey<String>("text")
    /// Raw HTML awaiting html-cleanup.
    public static let html = LayerKey<String>("html")
    /// Raw XML (NITF, RSS, Atom, other) awaiting html-cleanup.
    public static let xml = LayerKey<String>("xml")
    public static let paragraphs = LayerKey<[Span]>("paragraphs")
    public static let sentences = LayerKey<[Span]>("sentences")
    public static let tokens = LayerKey<[Span]>("tokens")
    public static let entities = LayerKey<[Entity]>("entities")
    public static let clusters = LayerKey<[EntityCluster]>("clusters")
    public static let quotes = LayerKey<[Quote]>("quotes")
    public static let sentiment = LayerKey<Sentiment>("sentiment")
    public static let stance = LayerKey<[Stance]>("stance")
    public static let provenance = LayerKey<[Provenance]>("provenance")
}
