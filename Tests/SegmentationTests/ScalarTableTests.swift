import Testing
@testable import Segmentation

@Suite("Scalar table")
struct ScalarTableTests {
    /// The ranges filled without the property tables must hold what the
    /// property tables say, scalar by scalar.
    @Test func uniformRangesAgreeWithThePropertyTables() {
        for (range, flags) in ScalarTable.uniformRanges {
            var mismatches: [UInt32] = []
            for c in range where ScalarTable.computeFlags(c) != flags { mismatches.append(c) }
            #expect(mismatches.isEmpty, "\(mismatches.prefix(5).map { String($0, radix: 16) })")
        }
    }

    @Test func everyOtherScalarIsComputed() {
        for c in stride(from: UInt32(0), to: 0x10000, by: 97) {
            #expect(ScalarTable.shared.flags(c) == ScalarTable.computeFlags(c), "U+\(String(c, radix: 16))")
        }
    }
}
