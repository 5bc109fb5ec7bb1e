/// Chooses which parts of a page are the story and returns them as paragraphs.
///
/// `full` keeps every visible text. `article` works in four passes over the
/// flat tree, each a loop over node indices (parents always come before their
/// children, so a forward loop sees a parent first and a backward loop folds
/// children into parents):
///
/// 1. Hidden and furniture marking (forward): invisible elements, `hidden`,
///    `display:none`, then navigation, asides, footers, forms, captions and
///    elements whose class/id words say share bar, comments, related stories,
///    newsletter box and so on (`ExtractionHints`). A hint never removes an
///    element that holds most of the page's paragraph text: a `<div
///    class="page has-sidebar">` around everything is not a sidebar.
/// 2. Text statistics (backward): visible characters, link characters and
///    commas below each element, and the text each block element holds itself.
/// 3. Scoring: each paragraph-like block with enough text of its own scores by
///    length and commas and passes that score up to its ancestors, with less
///    for each level; an ancestor's total is weighted by its tag and hints and
///    discounted by its link density. Structure wins outright where it is
///    explicit (schema.org `articleBody`).
/// 4. Selection: the best container, moved up to a common ancestor when the
///    runner-up candidates sit beside it, plus sibling blocks that look like
///    more of the story; then each paragraph is checked on its own (link
///    density, boilerplate lines, title heading).
struct ContentExtractor {
    enum Mode: String, Sendable { case article, full }

    struct Settings: Sendable {
        var mode: Mode = .article
        var keepCaptions = false
        var keepBylines = false
    }

    let tree: MarkupTree
    let settings: Settings

    init(tree: MarkupTree, settings: Settings) {
        self.tree = tree
        self.settings = settings
    }

    /// The paragraphs of the story, or of the whole page in `full` mode.
    func extract(source: UnsafeBufferPointer<UInt8>?) -> [Block] {
        let count = tree.nodes.count
        var hidden = [Bool](repeating: false, count: count)
        let nodes = tree.nodes
        for i in 1..<max(count, 1) {
            let node = nodes[i]
            if hidden[Int(node.parent)] {
                hidden[i] = true
            } else if !node.isText {
                hidden[i] = node.tag.isInvisible || isHiddenByAttributes(Int32(i))
            }
        }
        if settings.mode == .full {
            var assembler = ParagraphAssembler(tree: tree, excluded: hidden, source: source)
            return assembler.assemble([MarkupTree.root])
        }
        return extractArticle(hidden: hidden, source: source)
    }

    private func isHiddenByAttributes(_ i: Int32) -> Bool {
        guard let attrs = tree.attributes(of: i) else { return false }
        if attrs["hidden"] != nil { return true }
        if settings.mode == .article, attrs["aria-hidden"]?.lowercased() == "true" { return true }
        if let style = attrs["style"] {
            let compact = style.lowercased().filter { $0 != " " && $0 != "\t" && $0 != "\n" }
            if compact.contains("display:none") || compact.contains("visibility:hidden") { return true }
        }
        return false
    }

    // MARK: Article mode

    private func extractArticle(hidden: [Bool], source: UnsafeBufferPointer<UInt8>?) -> [Block] {
        let nodes = tree.nodes
        let count = nodes.count
        let hints = HintAnalysis(tree: tree)

        // Text that is not link text, per element, to guard against hints
        // that would remove the story; and the ancestors of an explicit
        // schema.org article body, which are never furniture.
        var inLinkEarly = [Bool](repeating: false, count: count)
        var guardText = [Int32](repeating: 0, count: count)
        var protected = [Bool](repeating: false, count: count)
        for i in 1..<count {
            let node = nodes[i]
            inLinkEarly[i] = inLinkEarly[Int(node.parent)] || (!node.isText && node.tag == .a)
            if !node.isText, let prop = tree.attribute("itemprop", of: Int32(i)), prop.contains("articleBody") {
                var a = Int32(i)
                while a > 0 && !protected[Int(a)] {
                    protected[Int(a)] = true
                    a = nodes[Int(a)].parent
                }
            }
        }
        for i in stride(from: count - 1, through: 1, by: -1) where !hidden[i] {
            let node = nodes[i]
            if node.isText && !inLinkEarly[i] {
                guardText[i] = Int32(clamping: Self.visibleCount(tree.chars, node.textStart, node.textEnd))
            }
            guardText[Int(node.parent)] += guardText[i]
        }
        let totalGuardText = Double(guardText[0])

        // Pass 1: furniture.
        var removed = hidden
        for i in 1..<count where !removed[i] {
            if removed[Int(nodes[i].parent)] {
                removed[i] = true
                continue
            }
            guard !nodes[i].isText, !protected[i] else { continue }
            let furniture = isFurniture(Int32(i), hints: hints)
            guard furniture != .none else { continue }
            if furniture == .guarded && totalGuardText > 0 && Double(guardText[i]) > 0.5 * totalGuardText {
                continue
            }
            removed[i] = true
        }

        // Pass 2: statistics.
        var text = [Int32](repeating: 0, count: count)
        var links = [Int32](repeating: 0, count: count)
        var commas = [Int32](repeating: 0, count: count)
        var ownText = [Int32](repeating: 0, count: count)
        var ownCommas = [Int32](repeating: 0, count: count)
        var inLink = [Bool](repeating: false, count: count)
        var blockOf = [Int32](repeating: 0, count: count)
        for i in 1..<count {
            let node = nodes[i]
            let p = Int(node.parent)
            inLink[i] = inLink[p] || (!node.isText && node.tag == .a)
            blockOf[i] = (!node.isText && !node.tag.isInline) ? Int32(i) : blockOf[p]
        }
        for i in stride(from: count - 1, through: 1, by: -1) where !removed[i] {
            let node = nodes[i]
            let p = Int(node.parent)
            if node.isText {
                let (visible, commaCount) = Self.measure(tree.chars, node.textStart, node.textEnd)
                text[i] = Int32(clamping: visible)
                commas[i] = Int32(clamping: commaCount)
                if inLink[i] { links[i] = text[i] }
                let block = Int(blockOf[i])
                ownText[block] += text[i]
                ownCommas[block] += commas[i]
            }
            text[p] += text[i]
            links[p] += links[i]
            commas[p] += commas[i]
        }

        // Explicit structure first: schema.org articleBody.
        var roots: [Int32] = []
        var bestBody: Int32 = -1
        for i in 1..<count where !removed[i] && !nodes[i].isText {
            if let prop = tree.attribute("itemprop", of: Int32(i)), prop.split(separator: " ").contains("articleBody") {
                if bestBody < 0 || text[i] > text[Int(bestBody)] { bestBody = Int32(i) }
            }
        }
        if bestBody >= 0 && text[Int(bestBody)] >= 250 {
            roots = [bestBody]
        }

        // Pass 3: scores.
        if roots.isEmpty {
            var score = [Double](repeating: 0, count: count)
            var scored = [Bool](repeating: false, count: count)
            for i in 1..<count where !removed[i] && !nodes[i].isText {
                let tag = nodes[i].tag
                guard Self.scoresAsParagraph(tag), ownText[i] >= 25 else { continue }
                let own = Double(ownText[i])
                let contribution = 1 + Double(ownCommas[i]) + min(own / 100, 3)
                var ancestor = nodes[i].parent
                var level = 0
                while ancestor > 0 && level < 5 {
                    let a = Int(ancestor)
                    if !scored[a] {
                        scored[a] = true
                        score[a] = initialScore(ancestor, hints: hints)
                    }
                    let divider: Double = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                    score[a] += contribution / divider
                    ancestor = nodes[a].parent
                    level += 1
                }
            }
            var best: Int32 = -1
            var bestScore = -Double.infinity
            var ranked: [(node: Int32, score: Double)] = []
            for i in 1..<count where scored[i] {
                let density = text[i] > 0 ? Double(links[i]) / Double(text[i]) : 0
                let final = score[i] * (1 - density)
                score[i] = final
                ranked.append((Int32(i), final))
                if final > bestScore {
                    bestScore = final
                    best = Int32(i)
                }
            }
            if best >= 0 {
                ranked.sort { $0.score > $1.score }
                best = climb(best, score: score, scored: scored, ranked: ranked)
                roots = siblings(of: best, score: score, scored: scored, ownText: ownText, text: text, links: links,
                                 removed: removed, hints: hints)
            } else {
                // No paragraph anywhere: keep the visible body.
                roots = [MarkupTree.root]
            }
        }

        var assembler = ParagraphAssembler(tree: tree, excluded: removed, source: source)
        let blocks = filter(assembler.assemble(roots))
        // Nothing found on a page with plenty of text: the hints must have
        // removed the story itself. Better the visible page than nothing.
        let found = blocks.reduce(0) { $0 + $1.chars }
        if found < 100 && totalGuardText > 1000 {
            var fallback = ParagraphAssembler(tree: tree, excluded: hidden, source: source)
            return filter(fallback.assemble([MarkupTree.root]))
        }
        return blocks
    }

    /// Moves from the best candidate up to an ancestor when the page's other
    /// good candidates are beside it (a story split over several containers),
    /// or when its parent scores better.
    private func climb(_ start: Int32, score: [Double], scored: [Bool], ranked: [(node: Int32, score: Double)]) -> Int32 {
        var best = start
        let bestScore = score[Int(start)]
        guard bestScore > 0 else { return best }
        let alternatives = ranked.dropFirst().prefix(5).filter { $0.score >= 0.75 * bestScore }.map(\.node)
        if alternatives.count >= 3 {
            var ancestor = tree.nodes[Int(best)].parent
            while ancestor > 0 {
                let holding = alternatives.filter { tree.isAncestor(ancestor, of: $0) }.count
                if holding >= 3 {
                    best = ancestor
                    break
                }
                ancestor = tree.nodes[Int(ancestor)].parent
            }
        }
        // Up while the parent scores at least as well.
        var last = score[Int(best)]
        var parent = tree.nodes[Int(best)].parent
        let threshold = last / 3
        while parent > 0 {
            let p = Int(parent)
            guard scored[p] else {
                parent = tree.nodes[p].parent
                continue
            }
            if score[p] < threshold { break }
            if score[p] > last {
                best = parent
                break
            }
            last = score[p]
            parent = tree.nodes[p].parent
        }
        // A lone child says nothing its parent does not.
        while true {
            let parent = tree.nodes[Int(best)].parent
            guard parent > 0, tree.nodes[Int(parent)].tag != .body else { break }
            var childCount = 0
            for c in tree.children(of: parent) where !tree.nodes[Int(c)].isText { childCount += 1 }
            if childCount == 1 { best = parent } else { break }
        }
        return best
    }

    /// The best container and the siblings that continue it.
    private func siblings(of best: Int32, score: [Double], scored: [Bool], ownText: [Int32], text: [Int32],
                          links: [Int32], removed: [Bool], hints: HintAnalysis) -> [Int32] {
        let parent = tree.nodes[Int(best)].parent
        guard parent > 0 else { return [best] }
        let bestScore = score[Int(best)]
        let threshold = max(10, bestScore * 0.2)
        let bestClass = tree.attribute("class", of: best) ?? ""
        var result: [Int32] = []
        for s in tree.children(of: parent) {
            if s == best {
                result.append(s)
                continue
            }
            if removed[Int(s)] || tree.nodes[Int(s)].isText { continue }
            var bonus = 0.0
            if !bestClass.isEmpty && tree.attribute("class", of: s) == bestClass { bonus += bestScore * 0.2 }
            if scored[Int(s)] && score[Int(s)] + bonus >= threshold {
                result.append(s)
                continue
            }
            if tree.nodes[Int(s)].tag == .p {
                let length = Double(text[Int(s)])
                let density = length > 0 ? Double(links[Int(s)]) / length : 1
                if length > 80 && density < 0.25 {
                    result.append(s)
                } else if length > 0 && length <= 80 && density == 0 {
                    let t = tree.plainText(of: s)
                    if t.hasSuffix(".") { result.append(s) }
                }
            }
        }
        return result
    }

    private static func scoresAsParagraph(_ tag: Tag) -> Bool {
        switch tag {
        case .p, .pre, .td, .blockquote, .div, .section, .article, .main, .li, .dd, .other, .font, .center:
            return true
        default:
            return false
        }
    }

    private func initialScore(_ i: Int32, hints: HintAnalysis) -> Double {
        var s: Double
        switch tree.nodes[Int(i)].tag {
        case .div, .article, .main: s = 5
        case .section: s = 3
        case .pre, .td, .blockquote: s = 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: s = -3
        case .h1, .h2, .h3, .h4, .h5, .h6, .th: s = -5
        default: s = 0
        }
        let h = hints.classify(i)
        if h.bodyContainer { s += 50 } else if h.positive { s += 25 }
        if h.negative { s -= 25 }
        if tree.attribute("itemprop", of: i)?.contains("articleBody") == true { s += 50 }
        return s
    }

    enum Furniture { case none, guarded, always }

    private func isFurniture(_ i: Int32, hints: HintAnalysis) -> Furniture {
        let tag = tree.nodes[Int(i)].tag
        switch tag {
        case .html, .body, .main, .article:
            return .none
        case .nav, .aside, .footer, .header, .form, .dialog, .menu, .button, .search, .address:
            return .guarded
        case .figure, .figcaption:
            return settings.keepCaptions ? .none : .guarded
        case .h1:
            return .always
        default:
            break
        }
        guard let attrs = tree.attributes(of: i) else { return .none }
        if let role = attrs["role"]?.lowercased(), ExtractionHints.negativeRoles.contains(role) { return .guarded }
        if let prop = attrs["itemprop"], prop.contains("articleBody") { return .none }
        let h = hints.classify(i)
        if h.strongNegative {
            if settings.keepBylines && h.byline { return .none }
            if settings.keepCaptions && h.caption { return .none }
            return .guarded
        }
        if h.negative && !h.positive {
            if settings.keepBylines && h.byline { return .none }
            if settings.keepCaptions && h.caption { return .none }
            return .guarded
        }
        return .none
    }

    /// Per-paragraph checks after selection.
    private func filter(_ blocks: [Block]) -> [Block] {
        var kept: [Block] = []
        kept.reserveCapacity(blocks.count)
        var seen = 0
        var longest = 0
        for block in blocks {
            // End matter closes a story only once a real paragraph has been seen.
            if block.chars <= 40 && seen >= 300 && longest >= 150 && Self.opensEndMatter(block.text) { break }
            seen += block.chars
            longest = max(longest, block.chars)
            if block.linkDensity >= 0.5 && block.chars < 400 { continue }
            if block.tag == .h1 { continue }
            if Self.isBoilerplateLine(block.text) { continue }
            kept.append(block)
        }
        // A heading with nothing after it introduces something that was removed.
        while let last = kept.last, last.tag.isHeading { kept.removeLast() }
        return kept
    }

    static func opensEndMatter(_ text: String) -> Bool {
        let trimmed = text.lowercased().trimmingCharacters(in: " :.|»›>-–—•·…!")
        return ExtractionHints.endOfStory.contains(trimmed)
    }

    static func isBoilerplateLine(_ text: String) -> Bool {
        guard text.utf8.count <= 60 else { return false }
        let trimmed = text.lowercased().trimmingCharacters(in: " :.|»›>-–—•·")
        return ExtractionHints.boilerplateLines.contains(trimmed)
    }

    // MARK: Counting

    /// Visible characters: Unicode scalars that are not ASCII whitespace.
    static func visibleCount(_ chars: [UInt8], _ start: Int32, _ end: Int32) -> Int {
        measure(chars, start, end).visible
    }

    static func measure(_ chars: [UInt8], _ start: Int32, _ end: Int32) -> (visible: Int, commas: Int) {
        var visible = 0
        var commas = 0
        chars.withUnsafeBufferPointer { buf in
            for i in Int(start)..<Int(end) {
                let b = buf[i]
                if b & 0xC0 == 0x80 || b <= 0x20 { continue }
                visible += 1
                if b == 0x2C { commas += 1 }
            }
        }
        return (visible, commas)
    }
}
