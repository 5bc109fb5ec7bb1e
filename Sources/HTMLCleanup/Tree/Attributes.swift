/// The attributes of one element that the extractor looks at (the rest are
/// dropped while parsing to keep the tree small). Names are lower case.
struct Attributes: Sendable {
    private(set) var pairs: [(name: String, value: String)] = []

    /// The attribute names worth keeping.
    static let kept: Set<String> = [
        "class", "id", "itemprop", "itemtype", "itemscope", "role", "hidden", "style", "aria-hidden", "href",
        "datetime", "content", "name", "property", "rel", "lang", "type", "http-equiv", "title", "pubdate",
        "xml:lang",
    ]

    /// A quick test on a C string before making a Swift string of it: pages
    /// carry many `data-*`, `on*` and long framework attributes, none kept.
    static func mayKeep(_ name: UnsafePointer<UInt8>) -> Bool {
        var length = 0
        while name[length] != 0 {
            length += 1
            if length > 12 { return false }
        }
        guard length >= 2 else { return false }
        if name[0] == 0x64 && length >= 5 && name[4] == 0x2D { return false }  // data-
        if name[0] == 0x6F && name[1] == 0x6E { return false }  // on...
        return true
    }

    var isEmpty: Bool { pairs.isEmpty }

    mutating func append(_ name: String, _ value: String) {
        pairs.append((name, value))
    }

    subscript(name: String) -> String? {
        for pair in pairs where pair.name == name { return pair.value }
        return nil
    }

    /// `class` and `id` together, lower case: what the class/id hints match against.
    var hintText: String {
        let c = self["class"] ?? ""
        let i = self["id"] ?? ""
        if c.isEmpty && i.isEmpty { return "" }
        return (c + " " + i).lowercased()
    }
}
