import CLibXML2
import TextPipe

/// Reading helpers over libxml2's tree: names, attributes, children by local
/// name, text content, and entity references resolved within a budget.
struct XMLNodeView {
    /// The markup the tree was parsed from.
    let source: UnsafeBufferPointer<UInt8>

    /// Bytes that user-declared entities may add to one document: enough for
    /// any real file, far too little for an expansion bomb.
    static let entityBudget = 1 << 20

    func localName(_ node: xmlNodePtr) -> String {
        guard let name = node.pointee.name else { return "" }
        return String(cString: name)
    }

    /// The namespace prefix of an element, if any.
    func prefix(_ node: xmlNodePtr) -> String? {
        guard let ns = node.pointee.ns, let p = ns.pointee.prefix else { return nil }
        return String(cString: p)
    }

    func attribute(_ node: xmlNodePtr, _ name: String) -> String? {
        var a = node.pointee.properties
        while let attr = a {
            if let n = attr.pointee.name, String(cString: n) == name {
                guard let value = xmlNodeGetContent(UnsafeMutableRawPointer(attr).assumingMemoryBound(to: xmlNode.self)) else {
                    return ""
                }
                defer { textpipe_xml_free(value) }
                return String(cString: value)
            }
            a = attr.pointee.next
        }
        return nil
    }

    /// Element children, optionally only those with a local name.
    func children(_ node: xmlNodePtr, named name: String? = nil) -> [xmlNodePtr] {
        var result: [xmlNodePtr] = []
        var c = node.pointee.children
        while let child = c {
            if child.pointee.type == XML_ELEMENT_NODE && (name == nil || localName(child) == name) { result.append(child) }
            c = child.pointee.next
        }
        return result
    }

    func child(_ node: xmlNodePtr, named name: String, prefix: String? = nil) -> xmlNodePtr? {
        children(node, named: name).first { prefix == nil || self.prefix($0) == prefix }
    }

    /// All text below a node, entity references included, whitespace collapsed.
    func text(_ node: xmlNodePtr) throws -> String {
        var out = TextNormalizer()
        var budget = Self.entityBudget
        try walkText(node, budget: &budget) { bytes in out.append(bytes) }
        return out.finish()
    }

    /// Raw text below a node, entities expanded, nothing collapsed.
    func rawText(_ node: xmlNodePtr) throws -> String {
        var bytes: [UInt8] = []
        var budget = Self.entityBudget
        try walkText(node, budget: &budget) { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Calls `body` with each piece of text below `node` in order. Entity
    /// references are expanded through a budget shared by the whole walk.
    func walkText(_ node: xmlNodePtr, budget: inout Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) throws {
        var stack: [xmlNodePtr] = [node]
        while let n = stack.popLast() {
            switch n.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = n.pointee.content {
                    let count = Int(xmlStrlen(content))
                    body(UnsafeBufferPointer(start: content, count: count))
                }
            case XML_ENTITY_REF_NODE:
                try expandEntity(n, budget: &budget, body)
            case XML_ELEMENT_NODE, XML_DOCUMENT_NODE, XML_DOCUMENT_FRAG_NODE:
                var kids: [xmlNodePtr] = []
                var c = n.pointee.children
                while let child = c {
                    kids.append(child)
                    c = child.pointee.next
                }
                stack.append(contentsOf: kids.reversed())
            default:
                break
            }
        }
    }

    /// An entity reference as text: declared internal entities through their
    /// replacement text (charged to the budget), undeclared names through
    /// HTML's table (`&mdash;` in a file whose DTD was not loaded), external
    /// entities never.
    func expandEntity(_ ref: xmlNodePtr, budget: inout Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) throws {
        guard let name = ref.pointee.name else { return }
        if let entityNode = ref.pointee.children {
            let entity = UnsafeMutableRawPointer(entityNode).assumingMemoryBound(to: xmlEntity.self)
            guard entity.pointee.etype == XML_INTERNAL_GENERAL_ENTITY || entity.pointee.etype == XML_INTERNAL_PREDEFINED_ENTITY else {
                return
            }
            // The parsed replacement (libxml2 builds it once per entity), or the raw content.
            if entity.pointee.children != nil {
                var c = entity.pointee.children
                while let child = c {
                    try charge(child, budget: &budget)
                    try walkText(child, budget: &budget, body)
                    c = child.pointee.next
                }
            } else if let content = entity.pointee.content {
                let count = Int(entity.pointee.length)
                budget -= count
                if budget < 0 { throw Self.bomb }
                body(UnsafeBufferPointer(start: content, count: count))
            }
            return
        }
        if let html = htmlEntityLookup(name) {
            var scalar = Unicode.Scalar(html.pointee.value) ?? " "
            if scalar.value == 0 { scalar = " " }
            var utf8 = Array(String(Character(scalar)).utf8)
            utf8.withUnsafeMutableBufferPointer { body(UnsafeBufferPointer($0)) }
        }
    }

    private func charge(_ node: xmlNodePtr, budget: inout Int) throws {
        budget -= 16
        if let content = node.pointee.content {
            budget -= Int(xmlStrlen(content))
        }
        if budget < 0 { throw Self.bomb }
    }

    static let bomb = StageError.invalidInput(
        "the XML's entities expand to more than \(entityBudget / 1024) KiB (an entity-expansion bomb?); refused")

    /// The byte offset in the file where the content of a CDATA section starts.
    func cdataContentStart(_ node: xmlNodePtr) -> Int? {
        guard node.pointee.type == XML_CDATA_SECTION_NODE, let range = XMLSourceRange(node) else { return nil }
        let marker: [UInt8] = Array("<![CDATA[".utf8)
        var i = range.start
        while i + marker.count <= min(range.end, source.count) {
            if source[i] == marker[0] && Array(source[i..<(i + marker.count)]) == marker { return i + marker.count }
            i += 1
        }
        return nil
    }
}
