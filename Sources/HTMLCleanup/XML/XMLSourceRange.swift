import CLibXML2

/// A text node's byte range in the markup, packed into its `_private` pointer.
struct XMLSourceRange {
    var start: Int
    var end: Int

    init?(_ node: xmlNodePtr) {
        let raw = UInt(bitPattern: node.pointee._private)
        guard raw != 0 else { return nil }
        start = Int(raw >> 32) - 1
        end = Int(raw & 0xFFFF_FFFF)
    }

    static func pack(start: Int, end: Int) -> UnsafeMutableRawPointer? {
        guard start >= 0, end >= start, end < 0xFFFF_FFFF else { return nil }
        return UnsafeMutableRawPointer(bitPattern: (UInt(start + 1) << 32) | UInt(end))
    }
}
