import Foundation
import TextPipe
import Testing

/// The seed article against its hand-made gold (Fixtures/seed-000.json, a copy
/// of the shared gold): entity F1 on distinct surface forms per document, with
/// the label required to match, as `textpipe eval` scores the gold.
@Suite struct SeedArticleTests {
    struct Gold: Decodable {
        struct Item: Decodable { let text: String; let type: String }
        let entities: [Item]
    }

    static func fixture(_ name: String) throws -> Data {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
        return try Data(contentsOf: url)
    }

    static let tagged: Tagged = {
        let text = String(decoding: try! fixture("seed-000.txt"), as: UTF8.self)
        return try! Tagged(text)
    }()

    static let gold: Gold = try! JSONDecoder().decode(Gold.self, from: fixture("seed-000.json"))

    struct Score: CustomStringConvertible {
        var tp = 0, fp = 0, fn = 0
        var f1: Double { tp == 0 ? 0 : 2 * Double(tp) / Double(2 * tp + fp + fn) }
        var description: String { "tp \(tp) fp \(fp) fn \(fn) F1 \(f1)" }
    }

    static func score(label: String? = nil) -> Score {
        let predicted = Set(tagged.entities.filter { label == nil || $0.label == label }.map { "\($0.text)|\($0.label)" })
        let expected = Set(gold.entities.filter { label == nil || $0.type == label }.map { "\($0.text)|\($0.type)" })
        return Score(tp: predicted.intersection(expected).count, fp: predicted.subtracting(expected).count,
                     fn: expected.subtracting(predicted).count)
    }

    @Test func overallF1IsAtLeast90Percent() {
        let s = Self.score()
        #expect(s.f1 >= 0.90, "\(s)")
    }

    @Test(arguments: ["PERSON", "ORG", "LOC", "NORP"])
    func f1PerLabel(_ label: String) {
        let s = Self.score(label: label)
        #expect(s.f1 >= 0.85, "\(label): \(s)")
    }

    @Test(arguments: [("Lloyd Austin", "Austin"), ("Kim Yong-hyun", "Kim"), ("Joseph Park", "Park"),
                      ("Aleksandr Petrov", "Petrov"), ("Evelyn Brooks", "Brooks")])
    func everyPersonIsFoundAndClustered(_ full: String, _ short: String) throws {
        let t = Self.tagged
        #expect(t.label(full) == "PERSON")
        #expect(t.label(short) == "PERSON")
        #expect(t.sameCluster(full, short), "\(full) and \(short) should share a cluster")
        let cluster = try #require(t.cluster(of: short))
        #expect(cluster.canonical == full)
        #expect(cluster.label == "PERSON")
        // Every mention of the surname alone is in the same cluster.
        let ids = Set(t.entities.filter { $0.text == short || $0.text == full }.map(\.cluster))
        #expect(ids.count == 1)
    }

    @Test func gendersComeFromPronouns() {
        let t = Self.tagged
        #expect(t.cluster(of: "Lloyd Austin")?.gender == "male")
        #expect(t.cluster(of: "Evelyn Brooks")?.gender == "female")
        #expect(t.cluster(of: "Aleksandr Petrov")?.gender == "male")
    }

    @Test func offsetsAreExactUnicodeScalarOffsets() throws {
        let t = Self.tagged
        let scalars = Array(try #require(t.document.text).unicodeScalars)
        #expect(!t.entities.isEmpty)
        var previousEnd = 0
        for e in t.entities {
            #expect(String(String.UnicodeScalarView(scalars[e.start..<e.end])) == e.text)
            #expect(e.start >= previousEnd, "entities are in order and do not overlap")
            previousEnd = e.end
            #expect(t.clusters.contains { $0.id == e.cluster })
        }
    }

    @Test func possessivesAreSplitOff() {
        let t = Self.tagged
        #expect(t.label("North Korea") == "LOC")
        #expect(!t.texts.contains { $0.hasSuffix("’s") || $0.hasSuffix("'s") })
    }
}
