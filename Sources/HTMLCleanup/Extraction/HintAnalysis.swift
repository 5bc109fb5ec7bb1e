

/// Classifies elements by their class/id words, once per element (the
/// extractor asks several times).
struct HintAnalysis {
    let tree: MarkupTree
    /// Indexed like `tree.attributes`.
    private let classes: [HintClass]

    init(tree: MarkupTree) {
        self.tree = tree
        // Pages repeat the same few class strings on many elements; ids are
        // unique, so only id-less elements are worth remembering.
        var seen: [String: HintClass] = [:]
        classes = tree.attributes.map { attrs in
            let c = attrs["class"]
            let i = attrs["id"]
            if c == nil && i == nil { return HintClass() }
            if i == nil, let c {
                if let known = seen[c] { return known }
                let h = Self.classify(c)
                seen[c] = h
                return h
            }
            return Self.classify((c ?? "") + " " + (i ?? ""))
        }
    }

    func classify(_ i: Int32) -> HintClass {
        let a = tree.nodes[Int(i)].attributes
        return a < 0 ? HintClass() : classes[Int(a)]
    }

    private static func classify(_ hint: String) -> HintClass {
        var h = HintClass()
        var previous: String?
        for word in ExtractionHints.words(hint) {
            let f = ExtractionHints.flags[word] ?? []
            if f.contains(.positive) { h.positive = true }
            if f.contains(.negative) { h.negative = true }
            if f.contains(.strongNegative) { h.strongNegative = true }
            if f.contains(.bodyContainer) { h.bodyContainer = true }
            if f.contains(.byline) { h.byline = true }
            if f.contains(.caption) { h.caption = true }
            if let p = previous, ExtractionHints.bodyContainers.contains(p + " " + word) { h.bodyContainer = true }
            previous = f.contains(.pairStart) ? word : nil
        }
        return h
    }
}
