import TextPipe

/// The `entities` stage: people, organisations, places and groups with exact
/// offsets, linked within each document into clusters with a canonical name,
/// a label and, for people, a gender.
public struct EntityStage: Stage {
    public static let description = StageDescription(
        name: "entities",
        version: "1.0.0",
        summary: "Tags PERSON, ORG, LOC and NORP mentions (gazetteers from iso-codes, WordNet, GeoNames, US Census names; news rules for titles, heads, appositives, acronyms) and links them into clusters with a canonical name and gender.",
        options: [
            StageOption("labels", .stringList, default: ["PERSON", "ORG", "LOC", "NORP"],
                        doc: "Labels to keep in `entities` and `clusters` (PERSON, ORG, LOC, NORP)."),
            StageOption("gazetteer", .pathList, default: [],
                        doc: "Files of extra names, one `name<TAB>LABEL` a line (# comments); they win over the built-in lists."),
            StageOption("explain", .bool, default: false,
                        doc: "Add to each entity a `rule` field naming the rule that labelled it (title, org_head, appositive, gazetteer, ...)."),
            StageOption("data_dir", .path, default: .null,
                        doc: "A folder of compiled lexicons to use instead of the bundled ones (see scripts/data/build_entities.py)."),
        ],
        needs: ["text", "sentences"],
        adds: ["entities", "clusters"],
        examples: [
            StageExample(
                "titles, names and places, linked to their full form",
                input: {
                    var d = Document(id: "a", text: "Defense Secretary Lloyd Austin visited Seoul. Austin said North Korea was a threat.")
                    d[field: "sentences"] = [["start": 0, "end": 45], ["start": 46, "end": 83]]
                    return d
                }(),
                expected: [
                    "entities": [
                        ["start": 18, "end": 30, "text": "Lloyd Austin", "label": "PERSON", "cluster": 0],
                        ["start": 39, "end": 44, "text": "Seoul", "label": "LOC", "cluster": 1],
                        ["start": 46, "end": 52, "text": "Austin", "label": "PERSON", "cluster": 0],
                        ["start": 58, "end": 69, "text": "North Korea", "label": "LOC", "cluster": 2],
                    ],
                    "clusters": [
                        ["id": 0, "canonical": "Lloyd Austin", "label": "PERSON", "gender": "male"],
                        ["id": 1, "canonical": "Seoul", "label": "LOC", "gender": .null],
                        ["id": 2, "canonical": "North Korea", "label": "LOC", "gender": .null],
                    ],
                ]),
            StageExample(
                "appositives, organisations by their head word, possessives split off",
                input: {
                    var d = Document(id: "b", text: "“It is serious,” said Evelyn Brooks, a senior fellow at the Atlantic Council’s Asia program. She left.")
                    d[field: "sentences"] = [["start": 0, "end": 92], ["start": 93, "end": 102]]
                    return d
                }(),
                expected: [
                    "entities": [
                        ["start": 22, "end": 35, "text": "Evelyn Brooks", "label": "PERSON", "cluster": 0],
                        ["start": 60, "end": 76, "text": "Atlantic Council", "label": "ORG", "cluster": 1],
                        ["start": 79, "end": 83, "text": "Asia", "label": "LOC", "cluster": 2],
                    ],
                    "clusters": [
                        ["id": 0, "canonical": "Evelyn Brooks", "label": "PERSON", "gender": "female"],
                        ["id": 1, "canonical": "Atlantic Council", "label": "ORG", "gender": .null],
                        ["id": 2, "canonical": "Asia", "label": "LOC", "gender": .null],
                    ],
                ]),
            StageExample("needs sentences", input: Document(id: "c", text: "Kim left."), expectedError: "no `sentences` layer"),
        ]
    )

    public let tagger: EntityTagger
    public let labels: Set<String>
    public let explain: Bool

    public init(options: StageOptions) throws {
        let labels = options.strings("labels")
        for l in labels where EntityLabel(name: l) == nil || l != l.uppercased() || l == "GPE" || l == "FAC" || l == "PER" {
            throw StageSetupError(option: "labels", "entities: unknown label \"\(l)\"; use PERSON, ORG, LOC, NORP")
        }
        self.labels = Set(labels)
        explain = options.bool("explain")
        tagger = try EntityTagger(dataDirectory: options.path("data_dir"), gazetteers: options.paths("gazetteer"))
    }

    public func process(_ document: inout Document, context: StageContext) throws {
        let text = try document.require(Layer.text)
        let sentences = try document.require(Layer.sentences)
        var (entities, clusters) = try tagger.tag(text: text, sentences: sentences, explain: explain)
        if labels.count < EntityLabel.allCases.count {
            entities.removeAll { !labels.contains($0.label) }
            clusters.removeAll { !labels.contains($0.label) }
        }
        document.set(Layer.entities, entities)
        document.set(Layer.clusters, clusters)
    }
}
