

/// Walks parts of a `MarkupTree` and cuts their text into paragraphs: every
/// block element starts and ends one, `<br><br>` ends one, a single `<br>` and
/// inline elements never do; whitespace is collapsed inside each.
struct ParagraphAssembler {
    let tree: MarkupTree
    /// Nodes whose whole subtree is left out.
    let excluded: [Bool]
    /// The markup the tree was parsed from, to trim whitespace off source ranges.
    let source: UnsafeBufferPointer<UInt8>?

    private var blocks: [Block] = []
    private var line = TextNormalizer()
    private var start = -1
    private var end = -1
    private var chars = 0
    private var linkChars = 0
    private var blockStack: [(tag: Tag, node: Int32)] = []
    private var lineTag: Tag = .other
    private var lineNode: Int32 = -1
    private var linkDepth = 0
    /// `<br>`s since the last visible character.
    private var breaks = 0

    init(tree: MarkupTree, excluded: [Bool], source: UnsafeBufferPointer<UInt8>?) {
        self.tree = tree
        self.excluded = excluded
        self.source = source
    }

    /// The paragraphs under `roots`, in the order given.
    mutating func assemble(_ roots: [Int32]) -> [Block] {
        blocks = []
        for root in roots where !excluded[Int(root)] {
            walk(root)
            flush()
        }
        return blocks
    }

    private mutating func walk(_ root: Int32) {
        let nodes = tree.nodes
        if nodes[Int(root)].isText {
            appendText(root)
            return
        }
        enter(root)
        var n = nodes[Int(root)].firstChild
        while n >= 0 {
            let node = nodes[Int(n)]
            var descend = false
            if node.isText {
                appendText(n)
            } else if !excluded[Int(n)] {
                enter(n)
                if node.firstChild >= 0 { descend = true } else { exit(n) }
            }
            if descend {
                n = node.firstChild
                continue
            }
            // Up until a sibling is found, closing each element left behind.
            while true {
                let sibling = nodes[Int(n)].nextSibling
                if sibling >= 0 {
                    n = sibling
                    break
                }
                n = nodes[Int(n)].parent
                if n == root || n < 0 {
                    n = -1
                    break
                }
                exit(n)
            }
        }
        exit(root)
    }

    private mutating func enter(_ n: Int32) {
        let tag = tree.nodes[Int(n)].tag
        switch tag {
        case .br:
            breaks += 1
            if breaks >= 2 { flush() } else { line.appendSpace() }
        case .a:
            linkDepth += 1
        default:
            if !tag.isInline {
                flush()
                blockStack.append((tag, n))
            }
        }
    }

    private mutating func exit(_ n: Int32) {
        let tag = tree.nodes[Int(n)].tag
        if tag == .a {
            linkDepth -= 1
        } else if !tag.isInline && tag != .br {
            flush()
            if let last = blockStack.last, last.node == n { blockStack.removeLast() }
        }
    }

    private mutating func appendText(_ n: Int32) {
        let node = tree.nodes[Int(n)]
        let before = line.bytes.count
        let added = line.append(bytes: tree.chars, Int(node.textStart), Int(node.textEnd))
        guard added else { return }
        breaks = 0
        if start < 0 {
            start = trimStart(Int(node.sourceStart), Int(node.sourceEnd))
            if let top = blockStack.last {
                lineTag = top.tag
                lineNode = top.node
            } else {
                lineTag = .other
                lineNode = n
            }
        }
        end = trimEnd(Int(node.sourceStart), Int(node.sourceEnd))
        var count = 0
        let bytes = line.bytes
        for i in before..<bytes.count {
            let b = bytes[i]
            if b & 0xC0 != 0x80 && b != 0x20 { count += 1 }
        }
        chars += count
        if linkDepth > 0 { linkChars += count }
    }

    private func trimStart(_ s: Int, _ e: Int) -> Int {
        guard let source, e <= source.count else { return s }
        var i = s
        while i < e && Self.isSpace(source[i]) { i += 1 }
        return i < e ? i : s
    }

    private func trimEnd(_ s: Int, _ e: Int) -> Int {
        guard let source, e <= source.count else { return e }
        var i = e
        while i > s && Self.isSpace(source[i - 1]) { i -= 1 }
        return i > s ? i : e
    }

    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 || b == 0x0C }

    private mutating func flush() {
        breaks = 0
        guard !line.isEmpty else { return }
        blocks.append(Block(text: line.finish(), sourceStart: start, sourceEnd: end, tag: lineTag, node: lineNode,
                            chars: chars, linkChars: linkChars))
        line.reset()
        start = -1
        end = -1
        chars = 0
        linkChars = 0
    }
}
