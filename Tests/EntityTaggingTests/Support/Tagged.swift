import EntityTagging
import TextPipe

/// The entities stage run on a text, with helpers to ask about the result.
struct Tagged {
    let document: Document
    let entities: [Entity]
    let clusters: [EntityCluster]

    static let harness: StageHarness<EntityStage> = {
        // The bundled lexicons load once for the whole test run.
        try! StageHarness(EntityStage.self)
    }()

    init(_ text: String, harness: StageHarness<EntityStage> = Tagged.harness) throws {
        document = try harness.run(TestSentences.document(text))
        entities = try document.get(Layer.entities) ?? []
        clusters = try document.get(Layer.clusters) ?? []
    }

    /// Label of the entity with exactly this text, if any.
    func label(_ text: String) -> String? { entities.first { $0.text == text }?.label }

    var texts: [String] { entities.map(\.text) }

    /// The labels of these texts, in order (nil where none is found), for one expectation per sentence.
    func labels(_ texts: [String]) -> [String?] { texts.map(label) }

    /// Every entity as "text LABEL", for a failing expectation's message.
    var found: String { entities.map { "\($0.text) \($0.label)" }.joined(separator: ", ") }

    func cluster(of text: String) -> EntityCluster? {
        guard let id = entities.first(where: { $0.text == text })?.cluster else { return nil }
        return clusters.first { $0.id == id }
    }

    func sameCluster(_ a: String, _ b: String) -> Bool {
        guard let x = entities.first(where: { $0.text == a })?.cluster,
              let y = entities.first(where: { $0.text == b })?.cluster else { return false }
        return x == y
    }
}
