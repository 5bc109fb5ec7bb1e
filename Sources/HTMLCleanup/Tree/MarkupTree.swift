/// A parsed page as flat arrays: elements and text runs in document order,
/// linked by indices. Built by `HTMLParser` (or from an XML subtree) and only
/// read afterwards, so every walk over it is a loop, never recursion: a page of
/// 100,000 nested `<div>`s costs memory, not stack.
///
/// Text is kept as UTF-8 bytes after entity decoding; each text run also
/// remembers the byte range of the markup it was parsed from (`sourceStart`,
/// `sourceEnd`), which is how paragraphs are traced back into the raw file.
struct MarkupTree: Sendable {
    struct Node: Sendable {
        var tag: Tag
        var isText: Bool
        var parent: Int32
        var firstChild: Int32 = -1
        var lastChild: Int32 = -1
        var nextSibling: Int32 = -1
        /// For text runs: the decoded text in `chars`.
        var textStart: Int32 = 0
        var textEnd: Int32 = 0
        /// Byte range of the markup this node came from.
        var sourceStart: Int32 = 0
        var sourceEnd: Int32 = 0
        /// Index into `attributes`, or -1 when the element kept none.
        var attributes: Int32 = -1
        /// Levels below the root.
        var depth: Int32 = 0
    }

    var nodes: [Node] = []
    var chars: [UInt8] = []
    var attributes: [Attributes] = []
    /// Index of the root (a synthetic document node).
    static let root: Int32 = 0

    init() {
        nodes.append(Node(tag: .other, isText: false, parent: -1))
    }

    subscript(_ i: Int32) -> Node {
        _read { yield nodes[Int(i)] }
    }

    func attributes(of i: Int32) -> Attributes? {
        let a = nodes[Int(i)].attributes
        return a < 0 ? nil : attributes[Int(a)]
    }

    func attribute(_ name: String, of i: Int32) -> String? {
        attributes(of: i)?[name]
    }

    /// The decoded text of a text run.
    func text(of i: Int32) -> String {
        let n = nodes[Int(i)]
        return chars.withUnsafeBufferPointer { buf in
            String(decoding: UnsafeBufferPointer(rebasing: buf[Int(n.textStart)..<Int(n.textEnd)]), as: UTF8.self)
        }
    }

    /// The children of an element, in order.
    func children(of i: Int32) -> ChildSequence { ChildSequence(tree: self, first: nodes[Int(i)].firstChild) }

    struct ChildSequence: Sequence, IteratorProtocol {
        let tree: MarkupTree
        var current: Int32
        init(tree: MarkupTree, first: Int32) {
            self.tree = tree
            self.current = first
        }
        mutating func next() -> Int32? {
            guard current >= 0 else { return nil }
            defer { current = tree.nodes[Int(current)].nextSibling }
            return current
        }
    }

    /// The node that follows `i` in document order once `i`'s subtree is done,
    /// staying inside `limit`'s subtree; -1 at the end.
    func nextSkippingChildren(_ i: Int32, within limit: Int32) -> Int32 {
        var n = i
        while n != limit && n >= 0 {
            let sibling = nodes[Int(n)].nextSibling
            if sibling >= 0 { return sibling }
            n = nodes[Int(n)].parent
        }
        return -1
    }

    /// The node after `i` in document order (children first), inside `limit`.
    func next(_ i: Int32, within limit: Int32) -> Int32 {
        let child = nodes[Int(i)].firstChild
        if child >= 0 { return child }
        if i == limit { return -1 }
        return nextSkippingChildren(i, within: limit)
    }

    /// Every element below `i` (not `i` itself) with the given tag, in document order.
    func descendants(of i: Int32, tag: Tag) -> [Int32] {
        var result: [Int32] = []
        var n = next(i, within: i)
        while n >= 0 {
            if !nodes[Int(n)].isText && nodes[Int(n)].tag == tag { result.append(n) }
            n = next(n, within: i)
        }
        return result
    }

    /// Whether `ancestor` is `i` or contains it.
    func isAncestor(_ ancestor: Int32, of i: Int32) -> Bool {
        var n = i
        while n >= 0 {
            if n == ancestor { return true }
            n = nodes[Int(n)].parent
        }
        return false
    }

    /// All text below `i`, whitespace collapsed (for short things: titles, bylines).
    func plainText(of i: Int32, skipInvisible: Bool = true) -> String {
        if nodes[Int(i)].isText { return TextNormalizer.collapse(text(of: i)) }
        var out = TextNormalizer()
        var n = next(i, within: i)
        while n >= 0 {
            let node = nodes[Int(n)]
            if node.isText {
                out.append(bytes: chars, Int(node.textStart), Int(node.textEnd))
                n = next(n, within: i)
            } else if skipInvisible && node.tag.isInvisible {
                n = nextSkippingChildren(n, within: i)
            } else {
                if !node.tag.isInline { out.appendSpace() }
                n = next(n, within: i)
            }
        }
        return out.finish()
    }

    // MARK: Building

    mutating func appendElement(_ tag: Tag, parent: Int32, attributes attrs: Attributes?, sourceStart: Int) -> Int32 {
        var node = Node(tag: tag, isText: false, parent: parent)
        node.sourceStart = Int32(clamping: sourceStart)
        node.sourceEnd = node.sourceStart
        node.depth = parent >= 0 ? nodes[Int(parent)].depth + 1 : 0
        if let attrs, !attrs.isEmpty {
            node.attributes = Int32(attributes.count)
            attributes.append(attrs)
        }
        return link(node, parent: parent)
    }

    mutating func appendText(_ bytes: UnsafeBufferPointer<UInt8>, parent: Int32, sourceStart: Int, sourceEnd: Int) -> Int32 {
        var node = Node(tag: .other, isText: true, parent: parent)
        node.textStart = Int32(clamping: chars.count)
        chars.append(contentsOf: bytes)
        node.textEnd = Int32(clamping: chars.count)
        node.sourceStart = Int32(clamping: sourceStart)
        node.sourceEnd = Int32(clamping: sourceEnd)
        node.depth = nodes[Int(parent)].depth + 1
        return link(node, parent: parent)
    }

    /// Adds bytes to the text run `i`, which must be the last node appended.
    mutating func extendText(_ i: Int32, _ bytes: UnsafeBufferPointer<UInt8>, sourceEnd: Int) {
        chars.append(contentsOf: bytes)
        nodes[Int(i)].textEnd = Int32(clamping: chars.count)
        nodes[Int(i)].sourceEnd = Int32(clamping: sourceEnd)
    }

    mutating func closeElement(_ i: Int32, sourceEnd: Int) {
        nodes[Int(i)].sourceEnd = Int32(clamping: sourceEnd)
    }

    private mutating func link(_ node: Node, parent: Int32) -> Int32 {
        let index = Int32(nodes.count)
        nodes.append(node)
        if parent >= 0 {
            let last = nodes[Int(parent)].lastChild
            if last >= 0 { nodes[Int(last)].nextSibling = index } else { nodes[Int(parent)].firstChild = index }
            nodes[Int(parent)].lastChild = index
        }
        return index
    }
}
