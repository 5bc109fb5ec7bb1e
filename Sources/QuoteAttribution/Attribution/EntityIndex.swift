import TextPipe

/// The entities layer arranged for the questions attribution asks: which
/// entity starts or ends at a token, and who was mentioned last before a place.
struct EntityIndex {
    let entities: [Entity]
    let clusters: [Int: EntityCluster]
    private let byStart: [Int: Int]
    private let byEnd: [Int: Int]

    init(entities: [Entity], clusters: [EntityCluster]) {
        let sorted = entities.sorted { $0.start < $1.start }
        self.entities = sorted
        var cs: [Int: EntityCluster] = [:]
        for c in clusters { cs[c.id] = c }
        self.clusters = cs
        var s: [Int: Int] = [:], e: [Int: Int] = [:]
        for (i, ent) in sorted.enumerated() {
            if s[ent.start] == nil { s[ent.start] = i }
            e[ent.end] = i
        }
        byStart = s
        byEnd = e
    }

    func starting(at offset: Int) -> Entity? { byStart[offset].map { entities[$0] } }

    /// The entities that start before `offset`, latest first: a look back
    /// from a quote costs what it reads, not the length of the document.
    func mentioned(before offset: Int) -> ReversedCollection<ArraySlice<Entity>> {
        entities[..<entities.partitionPoint { $0.start >= offset }].reversed()
    }

    func ending(at offset: Int) -> Entity? { byEnd[offset].map { entities[$0] } }

    func canonical(of entity: Entity) -> String? {
        entity.cluster.flatMap { clusters[$0]?.canonical }
    }

    func gender(of cluster: Int?) -> String? { cluster.flatMap { clusters[$0]?.gender } }

    /// The candidate for an entity mention, linked to its cluster.
    func candidate(_ e: Entity) -> SpeakerCandidate {
        SpeakerCandidate(text: e.text, start: e.start, end: e.end, kind: .name, cluster: e.cluster,
                         canonical: canonical(of: e) ?? e.text, label: e.label)
    }

    /// A name the entities stage did not tag, linked by its last word to a
    /// PERSON cluster whose canonical name ends the same way ("Park" → "Joseph Park").
    func link(name: String) -> (cluster: Int, canonical: String)? {
        let words = name.split(separator: " ")
        guard let last = words.last.map(String.init), words.count <= 3 else { return nil }
        let matches = clusters.values.filter { c in
            c.label == "PERSON" && (c.canonical == name || c.canonical.hasSuffix(" " + name)
                || (words.count == 1 && c.canonical.hasSuffix(" " + last)))
        }
        guard matches.count == 1, let m = matches.first else { return nil }
        return (m.id, m.canonical)
    }
}
