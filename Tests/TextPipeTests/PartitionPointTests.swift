import Testing
import TextPipe

@Suite struct PartitionPointTests {
    @Test func firstIndexOfTheSecondPart() {
        let starts = [0, 4, 4, 9, 15, 30]
        #expect(starts.partitionPoint { $0 >= 4 } == 1)
        #expect(starts.partitionPoint { $0 >= 5 } == 3)
        #expect(starts.partitionPoint { $0 >= 0 } == 0)
        #expect(starts.partitionPoint { $0 >= 31 } == 6)
        #expect([Int]().partitionPoint { $0 >= 1 } == 0)
    }

    @Test func slicesKeepTheirOwnIndices() {
        let slice = [1, 3, 5, 7, 9][2...]
        #expect(slice.partitionPoint { $0 >= 7 } == 3)
        #expect(slice.partitionPoint { $0 >= 100 } == slice.endIndex)
    }

    @Test func agreesWithALinearScanOnEveryCut() {
        let values = (0..<200).map { ($0 * 7919) % 1000 }.sorted()
        for cut in stride(from: -1, through: 1001, by: 13) {
            #expect(values.partitionPoint { $0 >= cut } == (values.firstIndex { $0 >= cut } ?? values.count))
        }
    }
}
