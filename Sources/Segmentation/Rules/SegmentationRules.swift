import Foundation
import TextPipe

/// Everything language-specific the segmenter knows: punctuation classes and
/// word lists, read from a JSON rules file. The algorithm is the same for
/// every language; a new language is a new file (`language: rules/de.json`).
///
/// The file is one JSON object (start from `SegmentationRules.englishJSON`):
///
/// - `language` (required): the code, e.g. "de"; `name`: a readable name.
/// - `terminals` (required): characters that can end a sentence (". ? ! …").
///   `unspaced_terminals`: ones that end it even with no space after ("。").
/// - `opening_marks`, `closing_marks` (required): quotation marks and brackets;
///   closing ones right after a terminal stay with the sentence before.
/// - `bullets`: list bullets anywhere in a line ("•"); `line_bullets`: only at
///   its start ("-", "*").
/// - `apostrophes` and `clitics` ("'s", "n't"): what tokens split off words.
/// - `abbreviations` (required): a mapping from a kind to words, with or
///   without the final period. Kinds: `title` (never ends a sentence, a name
///   follows: "Gen."), `inner` (never ends one: "e.g."), `number` (ends one
///   unless a number or a lower-case word follows: "No.", "Jan."), `may_end`
///   (ends one only before a typical opener or a quotation: "U.S.", "Inc."),
///   `often_ends` (ends one unless a number, a lower-case word or a
///   continuation follows: "etc.", "p.m."). A word written with a capital
///   matches capitalised text only; one in lower case matches both.
/// - `sentence_starters` (required): capitalised words that typically open a
///   sentence ("The", "But"), which tell an ending abbreviation or initial.
/// - `continuations`: words after an `often_ends` abbreviation that continue
///   the sentence ("Monday", "GMT").
/// - `speech_verbs`, `subject_pronouns`: a quotation ending in "?" or "!" and
///   followed by a capitalised name and a speech verb ("Austin asked") keeps
///   its attribution, unless the name is a pronoun ("He said nothing").
/// - `not_after_ellipsis`: capitalised words that do not start a sentence
///   after an ellipsis ("I").
/// - `conjunctions`: words that join the items of a list run into a sentence
///   ("1. a ceasefire, 2. aid and 3. talks"), which then is not split.
public struct SegmentationRules: Sendable {
    /// The language code the rules are for ("en").
    public let language: String
    /// A readable name ("English").
    public let name: String

    let terminals: ScalarSet
    let unspacedTerminals: ScalarSet
    let openingMarks: ScalarSet
    let closingMarks: ScalarSet
    let quoteMarks: ScalarSet
    let bullets: ScalarSet
    let lineBullets: ScalarSet
    let apostrophes: ScalarSet
    /// Lower-cased, apostrophes written as U+0027, longest first.
    let clitics: [[UInt32]]
    var abbreviations: WordTable<AbbreviationKind>
    let sentenceStarters: WordTable<Bool>
    let speechVerbs: WordTable<Bool>
    let subjectPronouns: WordTable<Bool>
    let notAfterEllipsis: WordTable<Bool>
    let continuations: WordTable<Bool>
    let conjunctions: WordTable<Bool>

    /// The built-in English rules.
    public static let english: SegmentationRules = {
        do {
            return try SegmentationRules(json: EnglishRules.json, source: "built-in rules \"en\"")
        } catch {
            fatalError("the embedded English rules are invalid: \(error)")
        }
    }()

    /// The English rules file, to start another language or a variant from.
    public static let englishJSON = EnglishRules.json

    /// The languages that need no rules file.
    public static let builtInLanguages = ["en"]

    public static func builtIn(_ language: String) -> SegmentationRules? {
        language.lowercased() == "en" ? english : nil
    }

    /// Reads a rules file.
    public static func load(path: String) throws(RulesError) -> SegmentationRules {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RulesError(source: path, "cannot read the rules file (does it exist and is it readable?)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw RulesError(source: path, "the rules file is not UTF-8 text")
        }
        return try SegmentationRules(json: text, source: path)
    }

    /// Parses rules from JSON text; `source` names the origin in errors.
    public init(json text: String, source: String) throws(RulesError) {
        let value: JSONValue
        do {
            value = try JSONParser.parse(text)
        } catch {
            throw RulesError(source: source, "not valid JSON: \(error)")
        }
        try self.init(value: value, source: source)
    }

    private static let knownKeys = [
        "language", "name", "terminals", "unspaced_terminals", "opening_marks", "closing_marks",
        "bullets", "line_bullets", "apostrophes", "clitics", "abbreviations", "sentence_starters",
        "speech_verbs", "subject_pronouns", "not_after_ellipsis", "continuations",
        "conjunctions",
    ]

    init(value: JSONValue, source: String) throws(RulesError) {
        guard case .object(let object) = value else {
            throw RulesError(source: source, "expected a JSON object at the top, found \(value.typeName)")
        }
        let reader = RulesReader(object: object, source: source)
        for key in object.keys where !Self.knownKeys.contains(key) {
            let hint = EditDistance.nearest(to: key, in: Self.knownKeys).map { " (did you mean \"\($0)\"?)" } ?? ""
            throw RulesError(source: source, "unknown key \"\(key)\"\(hint); known keys: \(Self.knownKeys.joined(separator: ", "))")
        }
        language = try reader.string("language")
        name = try reader.optionalString("name") ?? language
        terminals = try ScalarSet(reader.scalars("terminals"))
        unspacedTerminals = try ScalarSet(reader.scalars("unspaced_terminals", required: false))
        let openers = try reader.scalars("opening_marks")
        let closers = try reader.scalars("closing_marks")
        openingMarks = ScalarSet(openers)
        closingMarks = ScalarSet(closers)
        // Quotation marks are the marks that are not brackets.
        let brackets: Set<UInt32> = [0x28, 0x29, 0x5B, 0x5D, 0x7B, 0x7D]
        quoteMarks = ScalarSet((openers + closers).filter { !brackets.contains($0) })
        bullets = try ScalarSet(reader.scalars("bullets", required: false))
        lineBullets = try ScalarSet(reader.scalars("line_bullets", required: false))
        let apostropheList = try reader.scalars("apostrophes", required: false)
        apostrophes = ScalarSet(apostropheList)
        clitics = try reader.strings("clitics", required: false)
            .map { clitic in
                clitic.unicodeScalars.map { apostropheList.contains($0.value) ? Scalars.apostrophe : Scalars.lowercased($0.value) }
            }
            .filter { !$0.isEmpty }
            .sorted { $0.count > $1.count }

        guard let abbreviationValue = object["abbreviations"] else {
            throw RulesError(source: source, "missing \"abbreviations\": a mapping from a kind (\(AbbreviationKind.allCases.map(\.rawValue).joined(separator: ", "))) to a list of words")
        }
        guard case .object(let groups) = abbreviationValue else {
            throw RulesError(source: source, "\"abbreviations\" must be a mapping from a kind to a list of words, found \(abbreviationValue.typeName)")
        }
        var table = WordTable<AbbreviationKind>()
        for (kindName, list) in groups {
            guard let kind = AbbreviationKind(rawValue: kindName) else {
                throw RulesError(source: source, "unknown abbreviation kind \"\(kindName)\" in \"abbreviations\"; use one of \(AbbreviationKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            for word in try reader.wordList(list, key: "abbreviations.\(kindName)") {
                guard let scalars = SegmentationRules.abbreviationKey(word) else {
                    throw RulesError(source: source, "\"abbreviations.\(kindName)\" has an unusable entry \"\(word)\": write one word, with or without its final period, no spaces")
                }
                table.insert(scalars, kind)
            }
        }
        abbreviations = table
        sentenceStarters = try reader.table("sentence_starters")
        speechVerbs = try reader.table("speech_verbs", required: false)
        subjectPronouns = try reader.table("subject_pronouns", required: false)
        notAfterEllipsis = try reader.table("not_after_ellipsis", required: false)
        continuations = try reader.table("continuations", required: false)
        conjunctions = try reader.table("conjunctions", required: false)
    }

    /// The scalars an abbreviation is looked up by: without its final period.
    static func abbreviationKey(_ word: String) -> [UInt32]? {
        var scalars = word.unicodeScalars.map(\.value)
        if scalars.last == Scalars.period { scalars.removeLast() }
        if scalars.isEmpty || scalars.contains(where: Scalars.isSpace) { return nil }
        return scalars
    }

    /// The kind of an abbreviation, for inspection and tests ("Gen." → .title).
    public func abbreviationKind(_ word: String) -> AbbreviationKind? {
        guard let key = SegmentationRules.abbreviationKey(word) else { return nil }
        return key.withUnsafeBufferPointer { abbreviations.lookup($0, 0, $0.count) }
    }

    /// These rules with more abbreviations; a word already known takes the new kind.
    public func adding(abbreviations extra: [(word: String, kind: AbbreviationKind)]) -> SegmentationRules {
        var copy = self
        for (word, kind) in extra {
            if let key = SegmentationRules.abbreviationKey(word) { copy.abbreviations.insert(key, kind) }
        }
        return copy
    }
}
