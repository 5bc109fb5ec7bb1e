#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a file descriptor line by line in large chunks, never holding more
/// than one line (up to a limit) in memory, so a JSONL file of any size streams.
public final class LineReader {
    public enum Line {
        /// A line without its line break (and without a trailing `\r`).
        case line(number: Int, bytes: [UInt8])
        /// A line longer than the limit; its bytes were skipped.
        case oversized(number: Int, length: Int)
    }

    private let fd: Int32
    private let closeOnDeinit: Bool
    private let maxLineBytes: Int
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var eof = false
    private var lineNumber = 0
    /// Bytes consumed so far, for progress reports.
    public private(set) var bytesRead = 0

    public init(fd: Int32, closeOnDeinit: Bool, maxLineBytes: Int, chunkSize: Int = 1 << 20) {
        self.fd = fd
        self.closeOnDeinit = closeOnDeinit
        self.maxLineBytes = maxLineBytes
        buffer = [UInt8](repeating: 0, count: chunkSize)
    }

    public convenience init(path: String, maxLineBytes: Int) throws(InputError) {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { throw .unreadable(path, String(cString: strerror(errno))) }
        self.init(fd: fd, closeOnDeinit: true, maxLineBytes: maxLineBytes)
    }

    deinit {
        if closeOnDeinit { close(fd) }
    }

    /// Fills the buffer after moving the unread part to its front; false at end of input.
    private func fill() -> Bool {
        if eof { return false }
        if start > 0 {
            let pending = end - start
            if pending > 0 {
                buffer.withUnsafeMutableBufferPointer { b in
                    _ = memmove(b.baseAddress!, b.baseAddress! + start, pending)
                }
            }
            start = 0
            end = pending
        }
        if end == buffer.count { buffer.append(contentsOf: [UInt8](repeating: 0, count: buffer.count)) }
        let n = buffer.withUnsafeMutableBufferPointer { b in
            read(fd, b.baseAddress! + end, b.count - end)
        }
        if n <= 0 {
            eof = true
            return false
        }
        end += n
        bytesRead += n
        return true
    }

    /// Peeks at the first non-blank byte without consuming anything.
    public func firstNonBlankByte() -> UInt8? {
        while true {
            for i in start..<end where !isBlank(buffer[i]) { return buffer[i] }
            if end - start > 65536 { return nil }
            if !fill() { return nil }
        }
    }

    /// Everything not yet read, up to `limit` bytes; nil if more than that remains.
    public func readAll(limit: Int) -> [UInt8]? {
        while fill() {
            if end - start > limit { return nil }
        }
        guard end - start <= limit else { return nil }
        let rest = Array(buffer[start..<end])
        start = end
        return rest
    }

    @inline(__always) private func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 }

    /// The next non-blank line, or nil at end of input.
    public func next() -> Line? {
        while true {
            guard let line = nextRaw() else { return nil }
            if case .line(_, let bytes) = line, bytes.allSatisfy(isBlank) { continue }
            return line
        }
    }

    private func nextRaw() -> Line? {
        // `scanned` counts bytes after `start` known to hold no line break; it is
        // relative because `fill` moves the unread bytes to the buffer's front.
        var scanned = 0
        var skipped = 0
        while true {
            if let nl = buffer[(start + scanned)..<end].firstIndex(of: 0x0A) {
                lineNumber += 1
                if skipped > 0 || nl - start > maxLineBytes {
                    let length = skipped + (nl - start)
                    start = nl + 1
                    return .oversized(number: lineNumber, length: length)
                }
                var lineEnd = nl
                if lineEnd > start, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let bytes = Array(buffer[start..<lineEnd])
                start = nl + 1
                return .line(number: lineNumber, bytes: bytes)
            }
            if end - start > maxLineBytes {
                // Too long to keep: drop what we have and remember how much.
                skipped += end - start
                start = end
                scanned = 0
            } else {
                scanned = end - start
            }
            if !fill() {
                guard end > start || skipped > 0 else { return nil }
                lineNumber += 1
                if skipped > 0 || end - start > maxLineBytes {
                    let length = skipped + (end - start)
                    start = end
                    return .oversized(number: lineNumber, length: length)
                }
                var lineEnd = end
                if lineEnd > start, buffer[lineEnd - 1] == 0x0D { lineEnd -= 1 }
                let bytes = Array(buffer[start..<lineEnd])
                start = end
                return .line(number: lineNumber, bytes: bytes)
            }
        }
    }
}
