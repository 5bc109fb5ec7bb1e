import CSHA256

/// SHA-256 (FIPS 180-4), for source checksums and option hashes, so the core
/// needs no cryptography package. On CPUs with SHA instructions the blocks go
/// through them (several times faster); elsewhere through the Swift code below.
public struct SHA256: Sendable {
    static let hardware = textpipe_sha256_hw_available() == 1
    /// The round constants, read once from the C target that both paths share.
    private static let k: [UInt32] = withUnsafeBytes(of: textpipe_sha256_k) { Array($0.bindMemory(to: UInt32.self)) }
    private var useHardware = SHA256.hardware

    /// A hasher that never uses the SHA instructions (to check them against).
    static func swiftOnly() -> SHA256 {
        var h = SHA256()
        h.useHardware = false
        return h
    }

    // The eight working words, as plain properties: array access in the
    // compression loop cost a third of a pass-through run's time.
    private var h0: UInt32 = 0x6a09e667, h1: UInt32 = 0xbb67ae85, h2: UInt32 = 0x3c6ef372, h3: UInt32 = 0xa54ff53a
    private var h4: UInt32 = 0x510e527f, h5: UInt32 = 0x9b05688c, h6: UInt32 = 0x1f83d9ab, h7: UInt32 = 0x5be0cd19
    private var pending: [UInt8] = []
    private var totalBytes: UInt64 = 0


    public init() {}

    public mutating func update<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        if bytes.withContiguousStorageIfAvailable({ update(buffer: $0) }) == nil {
            let copy = Array(bytes)
            copy.withUnsafeBufferPointer { update(buffer: $0) }
        }
    }

    public mutating func update(buffer: UnsafeBufferPointer<UInt8>) {
        totalBytes &+= UInt64(buffer.count)
        guard var p = buffer.baseAddress else { return }
        var remaining = buffer.count
        if !pending.isEmpty {
            let take = min(64 - pending.count, remaining)
            pending.append(contentsOf: UnsafeBufferPointer(start: p, count: take))
            p += take
            remaining -= take
            if pending.count < 64 { return }
            let block = pending
            pending.removeAll(keepingCapacity: true)
            block.withUnsafeBufferPointer { compress(blocks: $0.baseAddress!, count: 1) }
        }
        if remaining >= 64 {
            let blocks = remaining / 64
            compress(blocks: p, count: blocks)
            p += 64 * blocks
            remaining -= 64 * blocks
        }
        pending.append(contentsOf: UnsafeBufferPointer(start: p, count: remaining))
    }

    public mutating func finalize() -> [UInt8] {
        let bitLength = totalBytes &* 8
        var tail = pending
        tail.append(0x80)
        while tail.count % 64 != 56 { tail.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        tail.withUnsafeBufferPointer { buffer in
            compress(blocks: buffer.baseAddress!, count: buffer.count / 64)
        }
        pending = []
        var digest: [UInt8] = []
        for word in [h0, h1, h2, h3, h4, h5, h6, h7] {
            digest.append(contentsOf: [UInt8(word >> 24), UInt8(word >> 16 & 0xff), UInt8(word >> 8 & 0xff), UInt8(word & 0xff)])
        }
        return digest
    }

    private mutating func compress(blocks p: UnsafePointer<UInt8>, count: Int) {
        if useHardware {
            var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (h0, h1, h2, h3, h4, h5, h6, h7)
            withUnsafeMutableBytes(of: &state) { raw in
                textpipe_sha256_hw_blocks(raw.baseAddress!.assumingMemoryBound(to: UInt32.self), p, count)
            }
            (h0, h1, h2, h3, h4, h5, h6, h7) = state
            return
        }
        for i in 0..<count { compressInSwift(p + 64 * i) }
    }

    /// The portable compression function, also used to check the hardware path.
    mutating func compressInSwift(_ p: UnsafePointer<UInt8>) {
        SHA256.k.withUnsafeBufferPointer { k in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                compress(p, constants: k, schedule: w)
            }
        }
    }

    @inline(__always)
    private mutating func compress(_ p: UnsafePointer<UInt8>, constants k: UnsafeBufferPointer<UInt32>,
                                   schedule w: UnsafeMutableBufferPointer<UInt32>) {
        for t in 0..<16 {
            w[t] = UInt32(p[4 * t]) << 24 | UInt32(p[4 * t + 1]) << 16 | UInt32(p[4 * t + 2]) << 8 | UInt32(p[4 * t + 3])
        }
        for t in 16..<64 {
            let x = w[t - 15], y = w[t - 2]
            let s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >> 3)
            let s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >> 10)
            w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
        }
        var a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7
        for t in 0..<64 {
            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let ch = (e & f) ^ (~e & g)
            let t1 = h &+ s1 &+ ch &+ k[t] &+ w[t]
            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let maj = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ maj
            h = g; g = f; f = e; e = d &+ t1
            d = c; c = b; b = a; a = t1 &+ t2
        }
        h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d
        h4 &+= e; h5 &+= f; h6 &+= g; h7 &+= h
    }

    @inline(__always) private func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { x >> n | x << (32 - n) }

    /// The hex digest of some bytes.
    public static func hex<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        var h = SHA256()
        h.update(bytes)
        return h.finalize().map { String($0, radix: 16).leftPadded(to: 2) }.joined()
    }

    public static func hex(_ text: String) -> String { hex(Array(text.utf8)) }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
