import TextPipe

/// The `segment` stage: paragraphs (kept when present, else one per non-blank
/// line), sentences that never cross a paragraph, and optionally tokens.
public struct SegmentStage: ContractProvidingStage {
    public static let description = StageDescription(
        name: "segment",
        version: "1.0.0",
        summary: "Splits the text into paragraphs, sentences and (with `tokens: true`) tokens, with rules for titles, initials, abbreviations, quotes, numbers, URLs and lists.",
        options: [
            StageOption("language", .string, default: "en",
                        doc: "Built-in rules (\"en\"), or the path of a rules file in the same JSON format (relative to the pipeline file), for another language or tuned English."),
            StageOption("abbreviations", .path, default: .null,
                        doc: "A file of extra abbreviations, one a line, each optionally followed by its kind: title (Gen.), inner (e.g.), number (No.), may_end (Inc.; the default), often_ends (etc.). Lines starting with # are comments."),
            StageOption("tokens", .bool, default: false,
                        doc: "Also add a `tokens` layer: words, numbers, punctuation, URLs, e-mails, hashtags and mentions; clitics ('s, n't) split off."),
        ],
        needs: ["text"],
        adds: ["paragraphs", "sentences"],
        examples: [
            StageExample(
                "titles, initials and a.m. do not end a sentence",
                input: Document(id: "a", text: "Gen. J. R. Allen landed at 9 a.m. on Monday. He left.\nNew line, new paragraph."),
                expected: [
                    "paragraphs": [["start": 0, "end": 53], ["start": 54, "end": 78]],
                    "sentences": [["start": 0, "end": 44], ["start": 45, "end": 53], ["start": 54, "end": 78]],
                ]),
            StageExample(
                "a question inside quotes stays with its attribution",
                input: Document(id: "b", text: "“Why now?” she asked. “Because,” Kim said."),
                expected: ["sentences": [["start": 0, "end": 21], ["start": 22, "end": 42]]]),
            StageExample(
                "tokens split clitics and keep abbreviations whole",
                options: ["tokens": true],
                input: Document(id: "c", text: "Korea’s U.S. allies didn’t move."),
                expected: ["tokens": [
                    ["start": 0, "end": 5], ["start": 5, "end": 7], ["start": 8, "end": 12], ["start": 13, "end": 19],
                    ["start": 20, "end": 23], ["start": 23, "end": 26], ["start": 27, "end": 31], ["start": 31, "end": 32],
                ]]),
            StageExample(
                "existing paragraphs are kept with their extra fields",
                input: {
                    var d = Document(id: "d", text: "Title\nOne. Two.")
                    d[field: "paragraphs"] = [["start": 6, "end": 15, "source_start": 120, "source_end": 140]]
                    return d
                }(),
                expected: [
                    "paragraphs": [["start": 6, "end": 15, "source_start": 120, "source_end": 140]],
                    "sentences": [["start": 6, "end": 10], ["start": 11, "end": 15]],
                ]),
            StageExample("needs text", input: Document(id: "e"), expectedError: "no `text` layer"),
        ]
    )

    public let segmenter: Segmenter
    public let tokens: Bool

    public var contract: StageContract {
        StageContract(needs: ["text"], adds: tokens ? ["paragraphs", "sentences", "tokens"] : ["paragraphs", "sentences"])
    }

    public init(options: StageOptions) throws {
        let language = options.string("language") ?? "en"
        var rules: SegmentationRules
        if let builtIn = SegmentationRules.builtIn(language) {
            rules = builtIn
        } else if language.contains("/") || language.lowercased().hasSuffix(".json") {
            do {
                rules = try SegmentationRules.load(path: Paths.join(options.baseDirectory, language))
            } catch {
                throw StageSetupError(option: "language", "cannot use the rules file: \(error)")
            }
        } else {
            throw StageSetupError(
                option: "language",
                "no built-in rules for \"\(language)\" (built in: \(SegmentationRules.builtInLanguages.joined(separator: ", "))); "
                    + "give the path of a JSON rules file instead, e.g. a copy of the English rules in "
                    + "Sources/Segmentation/Rules/EnglishRules.swift adapted to the language")
        }
        if let path = options.path("abbreviations") {
            do {
                rules = rules.adding(abbreviations: try AbbreviationFile.load(path: path))
            } catch {
                throw StageSetupError(option: "abbreviations", "cannot use the abbreviations file: \(error)")
            }
        }
        segmenter = Segmenter(rules: rules)
        tokens = options.bool("tokens")
    }

    public func process(_ document: inout Document, context: StageContext) throws {
        let text = try document.require(Layer.text)
        let existing: [Span]?
        do {
            existing = try document.get(Layer.paragraphs)
        } catch {
            throw StageError.schema(error)
        }
        let result: Segmenter.Result
        do {
            result = try segmenter.segment(text, paragraphs: existing, tokens: tokens)
        } catch {
            throw StageError.invalidInput(error.message)
        }
        if existing == nil { document.set(Layer.paragraphs, result.paragraphs) }
        document.set(Layer.sentences, result.sentences)
        if let tokens = result.tokens { document.set(Layer.tokens, tokens) }
    }
}
