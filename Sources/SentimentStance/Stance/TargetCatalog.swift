import TextPipe

/// What a document's stances can be about, and where the text mentions each:
/// entity clusters (a nationality merged into its place: "North Korean" →
/// "North Korea") and the pipeline's topics.
struct TargetCatalog: Sendable {
    struct Target: Sendable {
        var name: String
        /// The entity clusters that make up this target (empty for a topic).
        var clusters: Set<Int>
        /// A person, whom "he" or "she" may stand for.
        var isPerson: Bool
        /// Reported as a target; entity clusters that are not (with
        /// `targets: topics`) still name the holders of stance verbs.
        var isTarget = true
    }

    struct Mention: Sendable {
        var target: Int
        var start: Int
        var end: Int
    }

    private(set) var targets: [Target] = []
    private(set) var mentions: [Mention] = []

    /// The target a cluster belongs to.
    private(set) var targetOfCluster: [Int: Int] = [:]

    init(entities: [Entity], clusters: [EntityCluster], labels: Set<String>, topics: [Topic], words: TextWords?,
         useEntities: Bool) {
        addEntities(entities, clusters: clusters, labels: labels)
        if !useEntities {
            for i in targets.indices { targets[i].isTarget = false }
        }
        if let words {
            for topic in topics { addTopic(topic, words: words) }
        }
        mentions.sort { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    private mutating func addEntities(_ entities: [Entity], clusters: [EntityCluster], labels: Set<String>) {
        // A cluster id for every mention: its own, or a made-up one per distinct text.
        var clusterName: [Int: String] = [:]
        var clusterLabel: [Int: String] = [:]
        for c in clusters {
            clusterName[c.id] = c.canonical
            clusterLabel[c.id] = c.label
        }
        var syntheticIDs: [String: Int] = [:]
        var nextSynthetic = Int.min / 2
        var assigned: [(Entity, Int)] = []
        for e in entities where labels.contains(e.label) {
            var id: Int
            if let c = e.cluster {
                id = c
            } else if let known = syntheticIDs[e.text] {
                id = known
            } else {
                id = nextSynthetic
                nextSynthetic += 1
                syntheticIDs[e.text] = id
            }
            if clusterName[id] == nil { clusterName[id] = e.text }
            if clusterLabel[id] == nil { clusterLabel[id] = e.label }
            assigned.append((e, id))
        }
        guard !assigned.isEmpty else { return }
        // One target per cluster, in order of first mention; nationalities join their place.
        var order: [Int] = []
        var seen: Set<Int> = []
        for (_, id) in assigned where seen.insert(id).inserted { order.append(id) }
        let places = order.filter { clusterLabel[$0] == "LOC" }
        for id in order where clusterLabel[id] != "NORP" || !places.contains(where: { Demonyms.isDemonym(clusterName[id] ?? "", of: clusterName[$0] ?? "") }) {
            if targetOfCluster[id] == nil {
                targetOfCluster[id] = targets.count
                targets.append(Target(name: clusterName[id] ?? "?", clusters: [id], isPerson: clusterLabel[id] == "PERSON"))
            }
        }
        for id in order where targetOfCluster[id] == nil {
            if let place = places.first(where: { Demonyms.isDemonym(clusterName[id] ?? "", of: clusterName[$0] ?? "") }),
               let t = targetOfCluster[place] {
                targetOfCluster[id] = t
                targets[t].clusters.insert(id)
            }
        }
        for (e, id) in assigned {
            if let t = targetOfCluster[id] { mentions.append(Mention(target: t, start: e.start, end: e.end)) }
        }
    }

    private mutating func addTopic(_ topic: Topic, words: TextWords) {
        let index = targets.count
        let w = words.words
        for term in topic.terms where !term.isEmpty {
            var i = 0
            while i + term.count <= w.count {
                var matches = true
                for (k, part) in term.enumerated() {
                    let word = w[i + k].lower
                    if part.hasSuffix("*") ? !word.hasPrefix(part.dropLast()) : word != part {
                        matches = false
                        break
                    }
                }
                if matches {
                    mentions.append(Mention(target: index, start: w[i].start, end: w[i + term.count - 1].end))
                }
                i += 1
            }
        }
        // A topic the text never mentions has no evidence and so is not reported.
        targets.append(Target(name: topic.name, clusters: [], isPerson: false))
    }
}
