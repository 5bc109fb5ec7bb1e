import CLibXML2

/// Receives the SAX events of one parse. Lives only for that parse, on the
/// thread running it.
final class TreeBuilder {
    var tree = MarkupTree()
    var context: htmlParserCtxtPtr?
    private var stack: [(node: Int32, tag: Tag, name: String)] = [(MarkupTree.root, .other, "")]
    /// The text run the next characters extend, if nothing came between.
    private var openText: Int32 = -1
    /// Source offset just after the previous event.
    private var position: Int
    private let baseOffset: Int
    private let source: UnsafeBufferPointer<UInt8>

    init(baseOffset: Int, source: UnsafeBufferPointer<UInt8>) {
        self.baseOffset = baseOffset
        self.position = baseOffset
        self.source = source
    }

    static func from(_ ctx: UnsafeMutableRawPointer) -> TreeBuilder {
        Unmanaged<TreeBuilder>.fromOpaque(ctx).takeUnretainedValue()
    }

    private func consumed() -> Int {
        guard let context else { return position }
        return baseOffset + Int(xmlByteConsumed(context))
    }

    func startElement(_ name: UnsafePointer<xmlChar>, _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        let nameString = String(cString: name)
        let tag = Tag.named(nameString)
        var attributes: Attributes?
        if var p = atts {
            var kept = Attributes()
            while let key = p.pointee {
                if Attributes.mayKeep(key) {
                    let keyString = String(cString: key)
                    if Attributes.kept.contains(keyString) {
                        kept.append(keyString, p.advanced(by: 1).pointee.map { String(cString: $0) } ?? "")
                    }
                }
                p = p.advanced(by: 2)
            }
            attributes = kept
        }
        let start = position
        let node = tree.appendElement(tag, parent: stack[stack.count - 1].node, attributes: attributes, sourceStart: start)
        stack.append((node, tag, nameString))
        openText = -1
        // libxml2 reports a start tag before stepping over its `>` or `/>`.
        var end = consumed()
        let local = end - baseOffset
        if local < source.count && source[local] == 0x3E {
            end += 1
        } else if local + 1 < source.count && source[local] == 0x2F && source[local + 1] == 0x3E {
            end += 2
        }
        position = end
    }

    func endElement(_ name: UnsafePointer<xmlChar>) {
        let nameString = String(cString: name)
        openText = -1
        position = consumed()
        // libxml2 balances its events; searching down the stack only guards
        // against a mismatch ever closing the wrong element.
        var i = stack.count - 1
        while i > 0 && stack[i].name != nameString { i -= 1 }
        guard i > 0 else { return }
        while stack.count > i {
            let top = stack.removeLast()
            tree.closeElement(top.node, sourceEnd: position)
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        let end = consumed()
        if openText >= 0 {
            tree.extendText(openText, bytes, sourceEnd: end)
        } else {
            openText = tree.appendText(bytes, parent: stack[stack.count - 1].node, sourceStart: position, sourceEnd: end)
        }
        position = end
    }

    /// A comment or processing instruction: nothing kept, but text on either
    /// side of it is two runs.
    func skip() {
        openText = -1
        position = consumed()
    }

    func finish() {
        while stack.count > 1 {
            let top = stack.removeLast()
            tree.closeElement(top.node, sourceEnd: position)
        }
        context = nil
    }
}
