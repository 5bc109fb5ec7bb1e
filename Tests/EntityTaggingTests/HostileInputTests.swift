import Foundation
import EntityTagging
import TextPipe
import Testing

/// Input that a news pipeline meets sooner or later: shouting, no capitals at
/// all, enormous sentences, scripts and marks beyond ASCII, and broken layers.
@Suite struct HostileInputTests {
    @Test func emptyText() throws {
        let t = try Tagged("")
        #expect(t.entities.isEmpty)
        #expect(t.clusters.isEmpty)
    }

    @Test func onlyPunctuationAndNumbers() throws {
        let t = try Tagged("… — 42, 7.5%; “” () [] -- !!! 2024-10-31")
        #expect(t.entities.isEmpty)
    }

    @Test func allCapitalText() throws {
        let t = try Tagged("NORTH KOREAN TROOPS ARE MOVING TOWARD KURSK, SAID DEFENSE SECRETARY LLOYD AUSTIN. THE MOVE WORRIES RUSSIA AND JAPAN.")
        #expect(t.label("NORTH KOREAN") == "NORP")
        #expect(t.label("KURSK") == "LOC")
        #expect(t.label("LLOYD AUSTIN") == "PERSON")
        #expect(t.label("RUSSIA") == "LOC")
        #expect(t.label("JAPAN") == "LOC")
        for word in ["TROOPS", "ARE", "MOVING", "SAID", "THE", "MOVE", "DEFENSE", "SECRETARY"] {
            #expect(!t.texts.contains(word), "\(word) is no entity")
        }
    }

    @Test func allCapitalHeadlineOverNormalText() throws {
        let t = try Tagged("AUSTIN WARNS OF NORTH KOREAN TROOPS\nDefense Secretary Lloyd Austin spoke on Tuesday.")
        #expect(t.label("Lloyd Austin") == "PERSON")
        #expect(t.label("NORTH KOREAN") == "NORP")
        #expect(t.sameCluster("AUSTIN", "Lloyd Austin"))
    }

    @Test func titleCaseHeadline() throws {
        let t = try Tagged("North Korean Troops Move Toward Kursk As Tensions Rise\nThe troops arrived.")
        #expect(t.label("North Korean") == "NORP")
        #expect(t.label("Kursk") == "LOC")
        #expect(!t.texts.contains { $0.contains("Troops") || $0.contains("Tensions") })
    }

    @Test func noCapitalsAtAll() throws {
        let t = try Tagged("north korean troops moved toward kursk, and lloyd austin said the park near brooks street was closed. china and russia watched.")
        #expect(t.label("north korean") == "NORP")
        #expect(t.label("kursk") == "LOC")
        #expect(t.label("russia") == "LOC")
        for word in ["park", "brooks", "street", "troops", "china"] {
            #expect(!t.texts.contains(word), "\(word) is an ordinary word here")
        }
    }

    @Test func tenThousandTokenSentence() throws {
        var words: [String] = []
        let cycle = ["Officials", "in", "Moscow", "and", "Kyiv", "met", "Joseph", "Park", "of", "the", "Atlantic", "Council", "while", "troops", "waited", "near", "Kursk"]
        for i in 0..<10_000 { words.append(cycle[i % cycle.count]) }
        let text = words.joined(separator: " ")   // no period: one sentence
        let started = Date()
        let t = try Tagged(text)
        let seconds = Date().timeIntervalSince(started)
        #expect(try t.document.get(Layer.sentences)?.count == 1)
        #expect(t.entities.count > 2_000)
        #expect(t.label("Moscow") == "LOC")
        #expect(t.label("Joseph Park") == "PERSON")
        #expect(seconds < 5, "took \(seconds) s")
    }

    @Test func tenThousandCapitalisedWordsInARow() throws {
        let text = Array(repeating: "Zorblax", count: 10_000).joined(separator: " ")
        let t = try Tagged(text)
        for e in t.entities { #expect(e.end - e.start < 1_000, "no entity spans the whole sentence") }
    }

    @Test func namesWithDiacriticsAndHyphens() throws {
        let text = "José Martínez-Ruiz met Zoë Ångström and Jean-Luc Mélenchon in Zürich and São Paulo. Martínez-Ruiz said he agreed."
        let t = try Tagged(text)
        #expect(t.label("José Martínez-Ruiz") == "PERSON")
        #expect(t.label("Jean-Luc Mélenchon") == "PERSON")
        #expect(t.label("Zürich") == "LOC")
        #expect(t.label("São Paulo") == "LOC")
        #expect(t.sameCluster("José Martínez-Ruiz", "Martínez-Ruiz"))
        let scalars = Array(text.unicodeScalars)
        for e in t.entities { #expect(String(String.UnicodeScalarView(scalars[e.start..<e.end])) == e.text) }
    }

    @Test func decomposedAccentsAndAstralCharactersKeepOffsetsRight() throws {
        // "é" as e + combining acute, and an emoji before the names.
        let text = "🚀🚀 Rene\u{301} Lefe\u{300}vre visited Pyongyang. 𝒳 Moscow replied."
        let t = try Tagged(text)
        let scalars = Array(text.unicodeScalars)
        for e in t.entities { #expect(String(String.UnicodeScalarView(scalars[e.start..<e.end])) == e.text) }
        #expect(t.label("Pyongyang") == "LOC")
        #expect(t.label("Moscow") == "LOC")
        #expect(t.entities.contains { $0.text.unicodeScalars.first == "R" && $0.label == "PERSON" })
    }

    @Test func sentenceOutsideTheTextFailsThatDocumentOnly() throws {
        var d = Document(id: "x", text: "Kim left.")
        d.set(Layer.sentences, [Span(start: 0, end: 40)])
        #expect(throws: StageError.self) { try Tagged.harness.run(d) }
    }

    @Test func overlappingAndUnsortedSentencesAreReadOnce() throws {
        var d = Document(id: "x", text: "Joseph Park left Seoul. Park went to Busan.")
        d.set(Layer.sentences, [Span(start: 24, end: 43), Span(start: 0, end: 30)])
        let out = try Tagged.harness.run(d)
        let entities = try #require(try out.get(Layer.entities))
        #expect(Set(entities.map(\.text)) == ["Joseph Park", "Seoul", "Park", "Busan"])
    }

    @Test func textOutsideSentencesIsNotRead() throws {
        var d = Document(id: "x", text: "Moscow. Beijing.")
        d.set(Layer.sentences, [Span(start: 0, end: 7)])
        let out = try Tagged.harness.run(d)
        #expect(try out.get(Layer.entities)?.map(\.text) == ["Moscow"])
    }
}
