#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TextPipe

/// Refuses input that cannot be a page before any parsing: empty documents
/// and binary files (images, PDFs, archives saved with an .html name).
enum InputCheck {
    static func check(_ content: String, field: String) throws {
        var s = content
        try s.withUTF8 { bytes in
            // memchr: this scans every byte of every page.
            if let base = bytes.baseAddress, let hit = memchr(base, 0, bytes.count) {
                let nul = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                throw StageError.invalidInput(
                    "`\(field)` looks like binary data (NUL byte at offset \(nul)); textpipe reads HTML, XML or text")
            }
            if !bytes.contains(where: { $0 > 0x20 }) {
                throw StageError.invalidInput(
                    "`\(field)` is empty (\(bytes.count) bytes, no visible characters); there is nothing to clean")
            }
            if bytes.count >= 5 && bytes[0] == 0x25 && bytes[1] == 0x50 && bytes[2] == 0x44 && bytes[3] == 0x46 && bytes[4] == 0x2D {
                throw StageError.invalidInput(
                    "`\(field)` is a PDF file (starts with %PDF-); textpipe reads HTML, XML or text: convert it to text first")
            }
        }
    }
}
