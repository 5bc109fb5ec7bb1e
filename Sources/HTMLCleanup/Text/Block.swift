/// One paragraph as it leaves the tree: its clean text, where it came from in
/// the markup, and what the filters need to judge it.
struct Block: Sendable {
    var text: String
    /// Byte range in the UTF-8 markup, from the first to the last character
    /// that made it; -1 when the text is not verbatim in the file (HTML
    /// escaped with entities inside a feed element).
    var sourceStart: Int
    var sourceEnd: Int
    /// The innermost block element the paragraph started in.
    var tag: Tag
    var node: Int32
    /// Visible characters (Unicode scalars that are not spaces), and how many of them are link text.
    var chars: Int
    var linkChars: Int

    var linkDensity: Double { chars == 0 ? 0 : Double(linkChars) / Double(chars) }
}
