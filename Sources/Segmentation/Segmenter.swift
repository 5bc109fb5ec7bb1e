import TextPipe

/// Paragraphs, sentences and tokens of a text under one set of rules: the
/// segment stage's work, usable without a pipeline.
///
/// ```swift
/// let segmenter = Segmenter()
/// let result = try segmenter.segment("Gen. Smith arrived. He left.")
/// // result.sentences: [0, 19), [20, 28)
/// ```
public struct Segmenter: Sendable {
    public let rules: SegmentationRules
    private let splitter: SentenceSplitter
    private let tokenizer: Tokenizer

    public init(rules: SegmentationRules = .english) {
        self.rules = rules
        splitter = SentenceSplitter(rules: rules)
        tokenizer = Tokenizer(rules: rules)
    }

    public struct Result: Sendable, Equatable {
        public var paragraphs: [Span]
        public var sentences: [Span]
        /// Present when tokens were asked for.
        public var tokens: [Span]?
    }

    /// Segments `text`. Given `paragraphs` are kept as they are and sentences
    /// found within them; otherwise paragraphs come from line breaks. Offsets
    /// are Unicode scalar offsets.
    public func segment(_ text: String, paragraphs given: [Span]? = nil, tokens: Bool = false) throws(SegmentationError) -> Result {
        let scalars = Scalars.decode(text)
        return try scalars.withUnsafeBufferPointer { (s) throws(SegmentationError) -> Result in
            let paragraphs: [Span]
            var ranges: [(Int, Int)] = []
            if let given {
                paragraphs = given
                ranges = try Segmenter.ranges(of: given, length: s.count)
            } else {
                paragraphs = ParagraphSplitter.paragraphs(s)
                ranges = paragraphs.map { ($0.start, $0.end) }
            }
            var sentences: [Span] = []
            sentences.reserveCapacity(s.count / 80 + 1)
            for (start, end) in ranges {
                splitter.split(s, start, end, into: &sentences)
            }
            var tokenSpans: [Span]?
            if tokens {
                var list: [Span] = []
                list.reserveCapacity(s.count / 5 + 1)
                for sentence in sentences {
                    tokenizer.tokenize(s, sentence.start, sentence.end, into: &list)
                }
                tokenSpans = list
            }
            return Result(paragraphs: paragraphs, sentences: sentences, tokens: tokenSpans)
        }
    }

    /// The sentences of `text` as strings (for tests and quick use).
    public func sentenceStrings(_ text: String) -> [String] {
        guard let result = try? segment(text) else { return [] }
        let offsets = TextOffsets(text)
        return result.sentences.map { String(offsets.substring($0)) }
    }

    /// The tokens of `text` as strings.
    public func tokenStrings(_ text: String) -> [String] {
        guard let result = try? segment(text, tokens: true) else { return [] }
        let offsets = TextOffsets(text)
        return (result.tokens ?? []).map { String(offsets.substring($0)) }
    }

    /// Given paragraphs as ranges to split, in text order and without overlap.
    /// Spans outside the text are an error: they usually mean offsets counted
    /// in bytes or UTF-16 units rather than Unicode scalars.
    private static func ranges(of paragraphs: [Span], length: Int) throws(SegmentationError) -> [(Int, Int)] {
        for (index, p) in paragraphs.enumerated() where p.start < 0 || p.end > length || p.start > p.end {
            throw SegmentationError(
                "paragraph \(index) [\(p.start), \(p.end)) lies outside the text, which has \(length) characters (Unicode scalars); "
                    + "fix the `paragraphs` layer (offsets must count Unicode scalars, not bytes or UTF-16 units) or remove it "
                    + "so that segment derives paragraphs from line breaks")
        }
        var ordered = paragraphs.map { ($0.start, $0.end) }
        if !zip(ordered, ordered.dropFirst()).allSatisfy({ $0.0 <= $1.0 }) {
            ordered.sort { $0.0 < $1.0 }
        }
        var result: [(Int, Int)] = []
        result.reserveCapacity(ordered.count)
        var covered = 0
        for (start, end) in ordered {
            let from = max(start, covered)
            if from < end { result.append((from, end)) }
            covered = max(covered, end)
        }
        return result
    }
}
