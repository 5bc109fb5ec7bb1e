import Testing
@testable import EntityTagging

/// The loader hashes its long word lists straight from bytes; the hash must
/// be the one the tokenizer gives the same word in text.
@Suite struct LexiconLineHashTests {
    @Test(arguments: ["brook", "Brook", "O’Brien", "Müller", "São", "ΑΘΗΝΑ", "x"])
    func bytesHashLikeText(_ word: String) {
        let bytes = Array(word.utf8)
        let fromBytes = bytes.withUnsafeBufferPointer { LexiconLoader.hashLine($0) }
        #expect(fromBytes == TextHash.word(word))
    }
}
