import TextPipe

/// Small stages with real contracts, to test pipeline checking and the runner
/// without depending on the NLP stages.
struct SplitLinesStage: Stage {
    static let description = StageDescription(
        name: "split-lines", version: "1.0.0", summary: "Each line of the text becomes a sentence.",
        options: [StageOption("min_length", .int(min: 0, max: nil), default: 0, doc: "Shorter lines are skipped.")],
        needs: ["text"], adds: ["sentences"])

    let minLength: Int
    init(options: StageOptions) { minLength = options.int("min_length") }

    func process(_ document: inout Document, context: StageContext) throws {
        let text = try document.require(Layer.text)
        var spans: [Span] = []
        var start = 0
        var offset = 0
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if offset - start >= max(1, minLength) { spans.append(Span(start: start, end: offset)) }
                start = offset + 1
            }
            offset += 1
        }
        if offset - start >= max(1, minLength) { spans.append(Span(start: start, end: offset)) }
        document.set(Layer.sentences, spans)
    }
}

struct CountSentencesStage: Stage {
    static let description = StageDescription(
        name: "count-sentences", version: "0.2.0", summary: "Counts sentences.",
        options: [StageOption("label", .choice(["short", "long"]), default: "short", doc: "Field name style.")],
        needs: ["sentences"], adds: ["sentence_count"])

    init(options: StageOptions) {}

    func process(_ document: inout Document, context: StageContext) throws {
        let n = try document.require(Layer.sentences).count
        document[field: "sentence_count"] = JSONValue(n)
    }
}

/// Fails documents whose text contains the word in its options.
struct FailOnWordStage: Stage {
    static let description = StageDescription(
        name: "fail-on", version: "1.0.0", summary: "Fails documents containing a word.",
        options: [StageOption("word", .string, default: "FAIL", doc: "The word.")],
        needs: ["text"])

    let word: String
    init(options: StageOptions) throws {
        word = options.string("word") ?? "FAIL"
        if word.isEmpty { throw StageSetupError(option: "word", "`word` must not be empty; give the word that marks bad documents") }
    }

    func process(_ document: inout Document, context: StageContext) throws {
        if try document.require(Layer.text).contains(word) {
            throw StageError.invalidInput("the text contains \(word)")
        }
    }
}

/// Splits a document into one document per line.
struct LinesToDocumentsStage: SplittingStage {
    static let description = StageDescription(
        name: "lines-to-documents", version: "1.0.0", summary: "One document per line.", needs: ["text"], adds: ["text"])

    init(options: StageOptions) {}

    func process(_ document: inout Document, context: StageContext) throws {}

    func split(_ document: Document, context: StageContext) throws -> [Document] {
        let text = try document.require(Layer.text)
        return text.split(separator: "\n").enumerated().map { i, line in
            Document(id: "\(document.id)#\(i + 1)", text: String(line))
        }
    }
}

let testRegistry: StageRegistry = {
    var r = StageRegistry([PassthroughStage.self, StatsStage.self, RequireStage.self, DelayStage.self])
    r.register(SplitLinesStage.self)
    r.register(CountSentencesStage.self)
    r.register(FailOnWordStage.self)
    r.register(LinesToDocumentsStage.self)
    return r
}()
