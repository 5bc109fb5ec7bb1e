/// A fragment that is all story (NITF body, XPath-selected text): every
/// visible paragraph except media, captions (unless asked for) and
/// boilerplate lines.
enum StoryFragment {
    static func blocks(_ tree: MarkupTree, settings: ContentExtractor.Settings, source: UnsafeBufferPointer<UInt8>?) -> [Block] {
        var excluded = [Bool](repeating: false, count: tree.nodes.count)
        for i in 1..<tree.nodes.count {
            let node = tree.nodes[i]
            if excluded[Int(node.parent)] {
                excluded[i] = true
            } else if !node.isText {
                excluded[i] = node.tag.isInvisible || (!settings.keepCaptions && (node.tag == .figure || node.tag == .figcaption))
            }
        }
        var assembler = ParagraphAssembler(tree: tree, excluded: excluded, source: source)
        return assembler.assemble([MarkupTree.root]).filter { !ContentExtractor.isBoilerplateLine($0.text) }
    }
}
