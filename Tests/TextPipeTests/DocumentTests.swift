import Foundation
import Testing
@testable import TextPipe

@Suite("Documents and layers")
struct DocumentTests {
    @Test("typed layers are read and written in place; unknown fields survive")
    func layers() throws {
        var doc = try Document.parse(line: Array(#"{"id":"d1","x-tool":{"score":3},"text":"Hi. Bye.","sentences":[{"start":0,"end":3,"conf":0.9}]}"#.utf8))
        var sentences = try #require(try doc.get(Layer.sentences))
        #expect(sentences.map { [$0.start, $0.end] } == [[0, 3]])
        #expect(sentences[0].extra["conf"] == 0.9)
        sentences.append(Span(start: 4, end: 8))
        doc.set(Layer.sentences, sentences)
        doc.set(Layer.meta, Meta(title: "T"))
        let line = String(decoding: doc.jsonLine(), as: UTF8.self)
        #expect(line == #"{"id":"d1","x-tool":{"score":3},"text":"Hi. Bye.","sentences":[{"start":0,"end":3,"conf":0.9},{"start":4,"end":8}],"meta":{"title":"T"}}"# + "\n")
    }

    @Test("a wrongly shaped layer names its path")
    func schemaErrors() throws {
        let doc = try Document.parse(line: Array(#"{"id":"d","sentences":[{"start":0,"end":3},{"start":"4","end":8}]}"#.utf8))
        #expect(throws: SchemaError(path: "sentences[1].start", problem: "expected an integer, found string")) {
            try doc.get(Layer.sentences)
        }
        let reversed = try Document.parse(line: Array(#"{"id":"d","tokens":[{"start":5,"end":3}]}"#.utf8))
        #expect(throws: SchemaError.self) { try reversed.get(Layer.tokens) }
    }

    @Test("require reports a missing layer with what to do")
    func requireMissing() {
        let doc = Document(id: "x")
        #expect { try doc.require(Layer.text) } throws: { error in
            "\(error)".contains("html-cleanup")
        }
        #expect { try doc.require(Layer.entities) } throws: { error in
            "\(error)".contains("no `entities` layer")
        }
    }

    @Test("documents need a non-empty string id", arguments: [
        #"{"text":"x"}"#, #"{"id":3}"#, #"{"id":""}"#, #"[1]"#,
    ])
    func ids(line: String) {
        #expect(throws: DocumentReadError.self) { try Document.parse(line: Array(line.utf8)) }
    }

    @Test("the id cannot be removed through the field subscript")
    func idProtected() {
        var doc = Document(id: "keep")
        doc[field: "id"] = nil
        doc[field: "id"] = 5
        #expect(doc.id == "keep")
    }

    @Test("provenance entries accumulate in order")
    func provenance() throws {
        var doc = Document(id: "p")
        doc.appendProvenance(Provenance(stage: "segment", id: "segment", version: "1.0.0", optionsSHA256: "ab"))
        doc.appendProvenance(Provenance(stage: "entities", id: "ner", version: "2.0.0", optionsSHA256: "cd"))
        let entries = try #require(try doc.get(Layer.provenance))
        #expect(entries.map(\.id) == ["segment", "ner"])
    }

    @Test("every schema type round-trips through JSON and through Codable")
    func schemaRoundTrip() throws {
        let quote = Quote(start: 1, end: 9, text: "hello", kind: "direct",
                          speaker: Quote.Speaker(text: "Austin", start: 12, end: 18, cluster: 3, canonical: "Lloyd Austin"),
                          cue: Quote.Cue(text: "said", start: 19, end: 23), method: "said_after", confidence: 0.9)
        #expect(try Quote(json: quote.json, path: "q") == quote)
        let anonymous = Quote(start: 0, end: 2, text: "x", kind: "direct", speaker: Quote.Speaker(text: "a senior official"))
        #expect(JSONWriter.string(anonymous.json).contains(#""speaker":{"text":"a senior official","cluster":null,"canonical":null}"#))
        let entity = Entity(start: 0, end: 12, text: "Lloyd Austin", label: "PERSON", cluster: 3)
        #expect(try Entity(json: entity.json, path: "e") == entity)
        let cluster = EntityCluster(id: 3, canonical: "Lloyd Austin", label: "PERSON", gender: "male")
        #expect(try EntityCluster(json: cluster.json, path: "c") == cluster)
        let sentiment = Sentiment(document: .init(score: -0.4, label: "negative"), sentences: [.init(index: 0, score: 0.1)])
        #expect(try Sentiment(json: sentiment.json, path: "s") == sentiment)
        let stance = Stance(holder: nil, target: "North Korea", label: "against", score: -0.5, evidence: [0, 2])
        #expect(try Stance(json: stance.json, path: "st") == stance)
        let data = try JSONEncoder().encode(quote)
        #expect(try JSONDecoder().decode(Quote.self, from: data) == quote)
        var doc = Document(id: "c", text: "t")
        doc.set(Layer.quotes, [quote])
        let decoded = try JSONDecoder().decode(Document.self, from: try JSONEncoder().encode(doc))
        #expect(try decoded.get(Layer.quotes) == [quote])
    }

    @Test("span layers kept as spans read, write and compare like any layer")
    func spanLayers() throws {
        var doc = try Document.parse(line: Array(#"{"id":"d1","text":"Hi. Bye.","tokens":"old","z":1}"#.utf8))
        let tokens = [Span(start: 0, end: 2), Span(start: 2, end: 3), Span(start: 4, end: 7), Span(start: 7, end: 8)]
        doc.set(Layer.tokens, tokens)
        doc.set(Layer.sentences, [Span(start: 0, end: 3), Span(start: 4, end: 1_234_567_890_123)])
        // The layer keeps its place; a new one goes last; numbers of any length.
        let line = String(decoding: doc.jsonLine(), as: UTF8.self)
        let expected = #"{"id":"d1","text":"Hi. Bye.","tokens":[{"start":0,"end":2},{"start":2,"end":3},{"start":4,"end":7},{"start":7,"end":8}],"z":1,"sentences":[{"start":0,"end":3},{"start":4,"end":1234567890123}]}"#
        #expect(line == expected + "\n")
        // The same bytes as the generic writer, and every read path agrees.
        #expect(JSONWriter.string(doc.json) == expected)
        #expect(try doc.get(Layer.tokens) == tokens)
        #expect(doc.has("tokens"))
        #expect(doc[field: "tokens"] == tokens.json)
        #expect(doc.fields["tokens"] == tokens.json)
        #expect(doc == (try Document.parse(line: Array(expected.utf8))))
        // Replacing or removing the layer through any path drops the kept spans.
        var replaced = doc
        replaced[field: "tokens"] = .string("new")
        #expect(String(decoding: replaced.jsonLine(), as: UTF8.self).contains(#""tokens":"new""#))
        #expect(replaced != doc)
        var removed = doc
        removed.set(Layer.tokens, nil)
        #expect(!removed.has("tokens"))
        #expect(try removed.get(Layer.tokens) == nil)
        #expect(!String(decoding: removed.jsonLine(), as: UTF8.self).contains("tokens"))
        // Spans with extra fields take the generic path and keep them.
        var extra = doc
        extra.set(Layer.tokens, [Span(start: 0, end: 2, extra: ["pos": "UH"])])
        #expect(String(decoding: extra.jsonLine(), as: UTF8.self).contains(#""tokens":[{"start":0,"end":2,"pos":"UH"}]"#))
        // An empty layer is an empty array, not a missing one.
        var empty = doc
        empty.set(Layer.tokens, [])
        #expect(empty.has("tokens"))
        #expect(String(decoding: empty.jsonLine(), as: UTF8.self).contains(#""tokens":[]"#))
    }

    @Test("span layers longer than one write chunk, and numbers of every length, match the generic writer")
    func manySpans() throws {
        var doc = Document(id: "d", text: "x")
        var spans: [Span] = []
        var value = 0
        for i in 0..<10_000 {
            // Every digit count from 1 to 19, and Int.max, at and around the 4,096-span chunk boundaries.
            value = i % 20 == 19 ? Int.max : (i % 20 == 0 ? 0 : Int(pow(10.0, Double(i % 19))) + i)
            spans.append(Span(start: value, end: value))
        }
        doc.set(Layer.tokens, spans)
        let line = String(decoding: doc.jsonLine(), as: UTF8.self)
        #expect(line == JSONWriter.string(doc.json) + "\n")
        #expect(try Document.parse(line: Array(line.utf8).dropLast()).get(Layer.tokens) == spans)
        // The generic writer's integers use the same digits, the sign included.
        #expect(JSONWriter.string(.number(JSONNumber(Int.min))) == "\(Int.min)")
        #expect(JSONWriter.string(.number(JSONNumber(-7))) == "-7")
    }
}
