import Testing
import TextPipe
@testable import SentimentStance

/// A document from sentences, with entity mentions found by their text
/// (every occurrence) and one cluster per canonical name.
func stanceDocument(_ lines: [String], entities: [(text: String, label: String, canonical: String)],
                    quotes: [(text: String, speaker: String, canonical: String)] = []) -> Document {
    var doc = document(lines: lines)
    let text = lines.joined(separator: "\n")
    let scalars = Array(text.unicodeScalars)
    func occurrences(of s: String) -> [Int] {
        let needle = Array(s.unicodeScalars)
        var found: [Int] = []
        var i = 0
        while i + needle.count <= scalars.count {
            if Array(scalars[i..<i + needle.count]) == needle {
                let beforeOK = i == 0 || !scalars[i - 1].properties.isAlphabetic
                let afterOK = i + needle.count == scalars.count || !scalars[i + needle.count].properties.isAlphabetic
                if beforeOK && afterOK { found.append(i) }
            }
            i += 1
        }
        return found
    }
    var clusters: [EntityCluster] = []
    var ids: [String: Int] = [:]
    var mentions: [Entity] = []
    for e in entities {
        let id = ids[e.canonical] ?? {
            let id = clusters.count
            clusters.append(EntityCluster(id: id, canonical: e.canonical, label: e.label))
            ids[e.canonical] = id
            return id
        }()
        for start in occurrences(of: e.text) where !mentions.contains(where: { $0.start <= start && start < $0.end }) {
            mentions.append(Entity(start: start, end: start + e.text.unicodeScalars.count, text: e.text, label: e.label, cluster: id))
        }
    }
    mentions.sort { $0.start < $1.start }
    doc.set(Layer.entities, mentions)
    doc.set(Layer.clusters, clusters)
    var qs: [Quote] = []
    for q in quotes {
        guard let start = occurrences(of: q.text).first else { continue }
        let speakerStart = occurrences(of: q.speaker).first { $0 >= start + q.text.count } ?? occurrences(of: q.speaker).first!
        qs.append(Quote(start: start, end: start + q.text.unicodeScalars.count, text: q.text, kind: "direct",
                        speaker: Quote.Speaker(text: q.speaker, start: speakerStart, end: speakerStart + q.speaker.unicodeScalars.count,
                                               cluster: ids[q.canonical], canonical: q.canonical)))
    }
    if !quotes.isEmpty { doc.set(Layer.quotes, qs) }
    return doc
}

func stances(_ doc: Document, options: JSONObject = [:]) throws -> [Stance] {
    try StageHarness(SentimentStage.self, options: options).run(doc).get(Layer.stance) ?? []
}

func find(_ list: [Stance], _ holder: String?, _ target: String) -> Stance? {
    list.first { $0.holder == holder && $0.target == target }
}

@Suite("Stance")
struct StanceTests {
    @Test func stanceVerbsGiveTheSubjectsStanceOnTheObject() throws {
        let doc = stanceDocument(
            ["Germany praised Poland for its response.", "Hungary condemned Serbia yesterday."],
            entities: [("Germany", "LOC", "Germany"), ("Poland", "LOC", "Poland"), ("Hungary", "LOC", "Hungary"), ("Serbia", "LOC", "Serbia")])
        let list = try stances(doc)
        #expect(find(list, "Germany", "Poland")?.label == "favor")
        #expect(find(list, "Germany", "Poland")?.extra["sentences"] == [0])
        #expect(find(list, "Hungary", "Serbia")?.label == "against")
        // The subject is a holder, not a target of the document's voice.
        #expect(find(list, nil, "Germany") == nil)
    }

    @Test func passiveVoiceSwapsRoles() throws {
        let doc = stanceDocument(["Serbia was condemned by Hungary on Monday."],
                                 entities: [("Hungary", "LOC", "Hungary"), ("Serbia", "LOC", "Serbia")])
        let list = try stances(doc)
        #expect(find(list, "Hungary", "Serbia")?.label == "against")
        #expect(find(list, "Serbia", "Hungary") == nil)
    }

    @Test func warnNeedsAgainstAndBackAwayIsNotBacking() throws {
        let doc = stanceDocument(["Chile warned Peru about the weather.", "Chile warned against Bolivia's plan.", "Chile will back away from Ecuador."],
                                 entities: [("Chile", "LOC", "Chile"), ("Peru", "LOC", "Peru"), ("Bolivia", "LOC", "Bolivia"), ("Ecuador", "LOC", "Ecuador")])
        let list = try stances(doc)
        #expect(find(list, "Chile", "Peru") == nil)
        #expect(find(list, "Chile", "Bolivia")?.label == "against")
        #expect(find(list, "Chile", "Ecuador") == nil)
    }

    @Test func quotesGiveTheSpeakersStanceFromTheClauseOfTheMention() throws {
        let doc = stanceDocument(
            ["“Brazil has been a wonderful partner, but Argentina is a disgrace,” Silva said."],
            entities: [("Brazil", "LOC", "Brazil"), ("Argentina", "LOC", "Argentina"), ("Silva", "PERSON", "Ana Silva")],
            quotes: [("“Brazil has been a wonderful partner, but Argentina is a disgrace,”", "Silva", "Ana Silva")])
        let list = try stances(doc)
        #expect(find(list, "Ana Silva", "Brazil")?.label == "favor")
        #expect(find(list, "Ana Silva", "Argentina")?.label == "against")
        #expect(find(list, "Ana Silva", "Argentina")?.evidence == [0])
        // Nobody is their own target, and the quote is not the document's voice.
        #expect(find(list, "Ana Silva", "Ana Silva") == nil)
        #expect(find(list, nil, "Brazil") == nil)
    }

    @Test func speakersTitlesAndAppositivesAreAttribution() throws {
        let doc = stanceDocument(
            ["“The plan is a disaster,” said Ana Silva, a fellow at the Lisbon Institute.", "French Minister Ana Silva added: “Madrid is a disaster.”"],
            entities: [("Lisbon Institute", "ORG", "Lisbon Institute"), ("Ana Silva", "PERSON", "Ana Silva"), ("Madrid", "LOC", "Madrid"), ("French", "NORP", "French")],
            quotes: [("“The plan is a disaster,”", "Ana Silva", "Ana Silva"), ("“Madrid is a disaster.”", "Ana Silva", "Ana Silva")])
        var doc2 = doc
        var quotes = try doc.get(Layer.quotes)!
        // The second quote's speaker is the second "Ana Silva".
        let text = doc.text!
        let second = Array(text.unicodeScalars).count - "Ana Silva added: “Madrid is a disaster.”".unicodeScalars.count
        quotes[1].speaker?.start = second
        quotes[1].speaker?.end = second + 9
        doc2.set(Layer.quotes, quotes)
        let list = try stances(doc2)
        #expect(find(list, "Ana Silva", "Lisbon Institute") == nil)
        #expect(find(list, "Ana Silva", "French") == nil)
        #expect(find(list, nil, "Lisbon Institute") == nil)
        #expect(find(list, "Ana Silva", "Madrid")?.label == "against")
    }

    @Test func nationalitiesJoinTheirPlace() throws {
        let doc = stanceDocument(["North Korean troops committed atrocities.", "North Korea is a threat."],
                                 entities: [("North Korean", "NORP", "North Korean"), ("North Korea", "LOC", "North Korea")])
        let list = try stances(doc)
        #expect(list.count == 1)
        #expect(find(list, nil, "North Korea")?.label == "against")
        #expect(find(list, nil, "North Korea")?.evidence == [0, 1])
        #expect(Demonyms.isDemonym("Ukrainian", of: "Ukraine"))
        #expect(Demonyms.isDemonym("American", of: "U.S."))
        #expect(Demonyms.isDemonym("Chinese", of: "China"))
        #expect(!Demonyms.isDemonym("Korean", of: "Kenya"))
    }

    @Test func contextWeighsLessWithDistanceAndTooLittleIsNeutral() throws {
        let doc = stanceDocument(
            ["Regarding Peru, which the minister visited after a very long and winding tour of the whole region last spring, she said: “This is a disaster.”"],
            entities: [("Peru", "LOC", "Peru"), ("she", "PERSON", "Ana Silva")],
            quotes: [("“This is a disaster.”", "she", "Ana Silva")])
        let list = try stances(doc)
        let s = try #require(find(list, "Ana Silva", "Peru"))
        #expect(s.label == "neutral")
        #expect(s.extra["note"] == "too little evidence")
        #expect(s.score < 0)
        let lenient = try stances(doc, options: ["min_evidence": 0.1])
        #expect(find(lenient, "Ana Silva", "Peru")?.label == "against")
    }

    @Test func anaphoraReachesThePreviousSentence() throws {
        let doc = stanceDocument(
            ["Chilean troops crossed the border.", "These troops are what Ana Silva called “a dangerous development.”"],
            entities: [("Chilean", "NORP", "Chilean"), ("Chile", "LOC", "Chile"), ("Ana Silva", "PERSON", "Ana Silva")],
            quotes: [("“a dangerous development.”", "Ana Silva", "Ana Silva")])
        let list = try stances(doc)
        #expect(find(list, "Ana Silva", "Chilean")?.label == "against")
        #expect(find(list, "Ana Silva", "Chilean")?.evidence == [0])
    }

    @Test func topicsAreTargets() throws {
        let doc = stanceDocument(["Lima welcomed the deployment of peacekeepers.", "The deployments were a disaster, residents said."],
                                 entities: [("Lima", "LOC", "Lima")])
        let list = try stances(doc, options: ["targets": "topics", "topics": ["Peacekeeping: deploy*, peacekeepers"]])
        #expect(find(list, "Lima", "Peacekeeping")?.label == "favor")
        #expect(find(list, nil, "Peacekeeping")?.label == "against")
        #expect(find(list, nil, "Lima") == nil, "entities are not targets with `targets: topics`")
        #expect(Topic("Peacekeeping: deploy*, blue helmets")?.terms == [["deploy*"], ["blue", "helmets"]])
        #expect(Topic("sanctions")?.name == "sanctions")
    }

    @Test func noTargetsNoStances() throws {
        let doc = stanceDocument(["Peru praised Chile."], entities: [("Peru", "LOC", "Peru"), ("Chile", "LOC", "Chile")])
        #expect(try stances(doc, options: ["targets": "none"]).isEmpty)
        #expect(try stances(doc, options: ["target_labels": ["PERSON"]]).isEmpty)
        #expect(try stances(document(lines: ["No entities here."])).isEmpty)
    }

    @Test func conditionalClausesAssertNothing() throws {
        let doc = stanceDocument(["“If Peru wins the great prize, we will all suffer,” Silva said."],
                                 entities: [("Peru", "LOC", "Peru"), ("Silva", "PERSON", "Ana Silva")],
                                 quotes: [("“If Peru wins the great prize, we will all suffer,”", "Silva", "Ana Silva")])
        let s = try #require(find(try stances(doc), "Ana Silva", "Peru"))
        #expect(s.label == "neutral")
        #expect(s.score == 0)
    }
}
