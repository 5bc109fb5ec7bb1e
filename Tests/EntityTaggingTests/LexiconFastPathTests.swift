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
        // Nearly all of the file takes the fast path, names in other scripts and hyphenated ones included.
        #expect(plain > 70_000)
    }

    @Test func namesInOtherScriptsAndHyphenatedNamesTakeTheFastPath() {
        for name in ["A Coruña", "Coca-Cola", "7-Eleven", "Kim Yong-hyun", "Ålesund", "Île-de-France", "Нижний Новгород",
                     "Ciudad Juárez", "Jalisco\u{2011}Nayarit"] {
            let bytes = Array(name.utf8)
            let fast = bytes.withUnsafeBufferPointer { LexiconLoader.plainPhraseHash($0, 0..<$0.count) }
            let tokens = Tokenizer.phraseTokens(name)
            var expected = tokens[0].hash
            for t in tokens.dropFirst() { expected = TextHash.extend(expected, with: t.hash, hyphen: t.shape.contains(.hyphenJoined)) }
            #expect(fast?.0 == expected, "\(name)")
            #expect(fast?.1 == tokens[0].hash, "\(name)")
            #expect(fast?.2 == tokens.count, "\(name)")
        }
    }

    @Test func labelsAreReadByteByByte() {
        for (text, label) in [("PERSON", EntityLabel.person), ("ORG", .org), ("LOC", .loc), ("NORP", .norp)] {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { LexiconLoader.compiledLabel($0, 0..<$0.count) } == label)
        }
        // Anything else (other case, aliases, a longer word) takes the slow path, which reads aliases.
        for text in ["loc", "GPE", "LOCX", "LO", "", "PERSONS"] {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer { LexiconLoader.compiledLabel($0, 0..<$0.count) } == nil, "\(text)")
        }
    }

    @Test func otherNamesAreLeftToTheTokenizer() {
        for name in ["St. Louis", "Lowe's", "U.S.", "AT&T", "Ameris  Bank", " Bank", "Bank ", "Ameris -Bank", "Ameris- Bank",
                     "Ameris\u{00A0}Bank", "Ameris--Bank", "-Bank", "Bank-"] {
            let bytes = Array(name.utf8)
            bytes.withUnsafeBufferPointer { buffer in
                #expect(LexiconLoader.plainPhraseHash(buffer, 0..<buffer.count) == nil, "\(name)")
            }
        }
    }
}
