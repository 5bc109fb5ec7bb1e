#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An output file written in whole lines: lines collect in a buffer and reach
/// the file in one `write` per flush, so a killed run leaves complete lines
/// (and `--resume` cuts the file back to its last checkpoint anyway).
final class LineFile {
    let path: String
    private let fd: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    /// Bytes in the file after the last flush.
    private(set) var flushedSize: Int
    var bufferedBytes: Int { buffer.count }

    /// Opens for appending; `truncateTo` cuts the file first (0 starts it afresh).
    init(path: String, truncateTo size: Int?) throws(RunError) {
        self.path = path
        let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io("cannot open \(path) for writing: \(String(cString: strerror(errno)))") }
        if let size, ftruncate(fd, off_t(size)) != 0 {
            let reason = String(cString: strerror(errno))
            close(fd)
            throw .io("cannot truncate \(path): \(reason)")
        }
        var st = stat()
        fstat(fd, &st)
        self.fd = fd
        ownsDescriptor = true
        flushedSize = Int(st.st_size)
        buffer.reserveCapacity(1 << 20)
    }

    /// Wraps an already open descriptor (standard output).
    init(descriptor: Int32, name: String) {
        path = name
        fd = descriptor
        ownsDescriptor = false
        flushedSize = 0
    }

    deinit {
        if ownsDescriptor { close(fd) }
    }

    func append(_ bytes: [UInt8]) {
        buffer.append(contentsOf: bytes)
    }

    func flush() throws(RunError) {
        guard !buffer.isEmpty else { return }
        var written = 0
        let total = buffer.count
        while written < total {
            let n = buffer.withUnsafeBufferPointer { b in write(fd, b.baseAddress! + written, total - written) }
            if n < 0 {
                if errno == EINTR { continue }
                throw .io("cannot write \(path): \(String(cString: strerror(errno)))")
            }
            written += n
        }
        flushedSize += total
        buffer.removeAll(keepingCapacity: true)
    }

    func sync() {
        fsync(fd)
    }
}
