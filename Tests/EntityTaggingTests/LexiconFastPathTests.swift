import Foundation
import Testing
@testable import EntityTagging

/// The loader hashes plain gazetteer names from their bytes; the tokenizer
/// must give every one of them the same hash, first word and length.
@Suite("lexicon: plain names hashed from bytes")
struct LexiconFastPathTests {
    @Test func everyPlainNameHashesAsTheTokenizerDoes() throws {
        let dir = try #require(ResourceLocator.bundledDirectory())
        let data = try #require(FileManager.default.contents(atPath: dir + "/gazetteer.tsv"))
        let bytes = [UInt8](data)
        var plain = 0
        bytes.withUnsafeBufferPointer { buffer in
            for line in LexiconLoader.lineRanges(buffer) {
                let name = LexiconLoader.firstField(buffer, line)
                guard let (hash, first, count) = LexiconLoader.plainPhraseHash(buffer, name) else { continue }
                plain += 1
                let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[name]), as: UTF8.self)
                let tokens = Tokenizer.phraseTokens(text)
                var expected = tokens[0].hash
                for t in tokens.dropFirst() { expected = TextHash.extend(expected, with: t.hash, hyphen: t.shape.contains(.hyphenJoined)) }
                #expect(tokens.count == count, "\(text)")
                #expect(tokens[0].hash == first, "\(text)")
                #expect(expected == hash, "\(text)")
            }
        }
        // Most of the file takes the fast path.
        #expect(plain > 40_000)
    }

    @Test func otherNamesAreLeftToTheTokenizer() {
        for name in ["Coca-Cola", "St. Louis", "A Coruña", "Lowe's", "U.S.", "Ameris  Bank", " Bank", "7-Eleven"] {
            let bytes = Array(name.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                #expect(LexiconLoader.plainPhraseHash(buffer, 0..<buffer.count) == nil, "\(name)")
            }
        }
    }
}
