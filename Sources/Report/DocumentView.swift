import TextPipe

/// What the views show of one document, read once from its layers: quotes
/// with speakers and stances, entities by frequency, the title.
public struct DocumentView: Sendable {
    public struct QuoteRow: Sendable {
        public var index: Int
        public var quote: Quote
        public var speaker: String?
        public var stance: Stance?
        public var polarity: Sentiment.Score?
    }

    public struct EntityCount: Sendable {
        public var name: String
        public var label: String
        public var mentions: Int
    }

    public let document: Document
    public let title: String
    public let text: String
    public let quotes: [QuoteRow]
    public let entities: [Entity]
    public let topEntities: [EntityCount]
    public let stances: [Stance]
    /// Layers that could not be read, with the reason, shown instead of failing.
    public let problems: [String]

    public init(_ document: Document) {
        self.document = document
        var problems: [String] = []
        func read<V>(_ key: LayerKey<V>) -> V? {
            do { return try document.get(key) } catch {
                problems.append("\(error)")
                return nil
            }
        }
        let text = document.text ?? ""
        self.text = text
        let meta = read(Layer.meta)
        let firstLine = text.split(separator: "\n").first.map { String($0.prefix(90)) }
        title = meta?.title ?? firstLine ?? document.id
        let quotes = read(Layer.quotes) ?? []
        let stances = read(Layer.stance) ?? []
        let sentiment = read(Layer.sentiment)
        self.stances = stances
        let scalarCount = text.unicodeScalars.count
        var rows: [QuoteRow] = []
        for (i, q) in quotes.enumerated() where q.kind != Quote.Kind.mention.rawValue && q.kind != Quote.Kind.nested.rawValue {
            let speaker = q.speaker.map { $0.canonical ?? $0.text }
            let stance = stances.first { $0.holder != nil && $0.holder == speaker && $0.evidence.contains(i) }
            rows.append(QuoteRow(index: i, quote: q, speaker: speaker, stance: stance,
                                 polarity: sentiment?.quotes.first { $0.index == i }))
        }
        self.quotes = rows
        let entities = (read(Layer.entities) ?? []).filter { $0.start >= 0 && $0.end <= scalarCount && $0.start < $0.end }
        self.entities = entities
        let clusters = read(Layer.clusters) ?? []
        var counts: [String: (label: String, n: Int, first: Int)] = [:]
        for (i, e) in entities.enumerated() {
            let name = e.cluster.flatMap { id in clusters.first { $0.id == id }?.canonical } ?? e.text
            let current = counts[name] ?? (e.label, 0, i)
            counts[name] = (current.label, current.n + 1, current.first)
        }
        topEntities = counts.map { EntityCount(name: $0.key, label: $0.value.label, mentions: $0.value.n) }
            .sorted { ($0.mentions, counts[$1.name]!.first) > ($1.mentions, counts[$0.name]!.first) }
        self.problems = problems
    }

    /// Speakers in order of first appearance, with their quote counts.
    public var speakers: [(name: String, quotes: Int)] {
        var order: [String] = []
        var n: [String: Int] = [:]
        for row in quotes {
            let name = row.speaker ?? "(unknown)"
            if n[name] == nil { order.append(name) }
            n[name, default: 0] += 1
        }
        return order.map { ($0, n[$0]!) }
    }
}
