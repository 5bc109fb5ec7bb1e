import Foundation
import Testing
@testable import TextPipe

@Suite("Reading inputs")
struct InputTests {
    @Test("globs", arguments: [
        ("**/*.html", "a.html", true), ("**/*.html", "x/y/a.html", true), ("**/*.html", "a.htm", false),
        ("*.txt", "deep/dir/a.txt", true), ("news/*.xml", "news/a.xml", true), ("news/*.xml", "news/x/a.xml", false),
        ("**/*.{html,htm}", "a/b.htm", true), ("data/**/part-?.jsonl", "data/2024/01/part-3.jsonl", true),
        ("[ab]*.txt", "b1.txt", true), ("[!ab]*.txt", "b1.txt", false), ("[a-c]?.txt", "c9.txt", true),
        ("**/drafts/**", "x/drafts/a.html", true), ("**/drafts/**", "x/final/a.html", false),
    ])
    func globs(pattern: String, path: String, expected: Bool) {
        #expect(Glob(pattern).matches(path) == expected, "\(pattern) vs \(path)")
    }

    @Test("shards partition any set of keys exactly and evenly")
    func shards() {
        let keys = (0..<10_000).map { "dir/file-\($0).html" }
        for n in [1, 2, 3, 7] {
            var owners = [Int](repeating: 0, count: keys.count)
            var sizes: [Int] = []
            for k in 1...n {
                let shard = Shard(index: k, count: n)
                var size = 0
                for (i, key) in keys.enumerated() where shard.contains(key: key) {
                    owners[i] += 1
                    size += 1
                }
                sizes.append(size)
            }
            #expect(owners.allSatisfy { $0 == 1 }, "every key in exactly one of \(n) shards")
            let expected = keys.count / n
            #expect(sizes.allSatisfy { abs($0 - expected) < expected / 10 + 20 }, "\(sizes)")
        }
        #expect(Shard(parsing: "2/4") == Shard(index: 2, count: 4))
        #expect(Shard(parsing: "0/4") == nil)
        #expect(Shard(parsing: "5/4") == nil)
        #expect(Shard(parsing: "x") == nil)
        #expect(Shard.hash("a") == 0xaf63_dc4c_8601_ec8c, "FNV-1a is fixed, so shards agree across machines")
    }

    @Test("encodings: BOMs, declared charsets, UTF-8, windows-1252")
    func encodings() throws {
        #expect(try SourceDecoder.decode([0xEF, 0xBB, 0xBF] + Array("héllo".utf8)) == .init(text: "héllo", encoding: nil))
        #expect(try SourceDecoder.decode([0xFF, 0xFE, 0x68, 0x00, 0xE9, 0x00]).text == "hé")
        #expect(try SourceDecoder.decode([0xFE, 0xFF, 0x00, 0x68, 0x00, 0xE9]).text == "hé")
        // Not UTF-8: falls back to windows-1252, whose 0x93/0x94 are curly quotes.
        let cp = try SourceDecoder.decode([0x93, 0x48, 0x69, 0x94, 0x20, 0xE9, 0x80])
        #expect(cp == .init(text: "“Hi” é€", encoding: "windows-1252"))
        // Declared Latin-1 with bytes that are not UTF-8.
        let latin = try SourceDecoder.decode(Array("<meta charset=\"iso-8859-1\"><p>caf".utf8) + [0xE9])
        #expect(latin.text.hasSuffix("café"))
        #expect(latin.encoding == "windows-1252")
        // Declared Latin-1 but really UTF-8 (a common mislabel): UTF-8 wins.
        let mislabelled = try SourceDecoder.decode(Array("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>café".utf8))
        #expect(mislabelled == .init(text: "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>café", encoding: nil))
        // The XML declaration names the encoding.
        #expect(SourceDecoder.declaredCharset(Array("<?xml version=\"1.0\" encoding='windows-1251'?><a/>".utf8)) == "windows-1251")
        let cyrillic = try SourceDecoder.decode(Array("<?xml version=\"1.0\" encoding=\"windows-1251\"?><a>".utf8) + [0xCF, 0xF0, 0xE8])
        #expect(cyrillic.text.hasSuffix("При"))
        #expect(try SourceDecoder.decode([]) == .init(text: "", encoding: nil))
    }

    @Test("binary data is refused with the offset of the NUL byte")
    func binary() {
        #expect(throws: SourceDecoder.Failure.binary(offset: 3)) { try SourceDecoder.decode([0x50, 0x4B, 0x03, 0x00, 0x04]) }
    }

    @Test("lines: CRLF, blank lines, no final newline, lines over the limit, tiny buffers")
    func lineReader() throws {
        let dir = try TemporaryDirectory()
        let long = String(repeating: "x", count: 5000)
        let path = dir.write("a.jsonl", "one\r\n\n  \ntwo\n\(long)\nthree")
        for chunk in [7, 64, 1 << 20] {
            let fd = open(path, O_RDONLY)
            let reader = LineReader(fd: fd, closeOnDeinit: true, maxLineBytes: 1000, chunkSize: chunk)
            var seen: [String] = []
            while let line = reader.next() {
                switch line {
                case .line(let n, let bytes): seen.append("\(n):\(String(decoding: bytes.prefix(20), as: UTF8.self))")
                case .oversized(let n, let length): seen.append("\(n):oversized \(length)")
                }
            }
            #expect(seen == ["1:one", "4:two", "5:oversized 5000", "6:three"], "chunk size \(chunk)")
        }
    }

    @Test("catalog: sorted, filtered, hidden files skipped, colliding ids kept apart")
    func catalog() throws {
        let dir = try TemporaryDirectory()
        dir.write("b.html", "x")
        dir.write("a.html", "x")
        dir.write("a.txt", "x")
        dir.write("sub/c.xml", "x")
        dir.write("sub/skip.pdf", "x")
        dir.write(".git/config", "x")
        dir.write("drafts/d.html", "x")
        let files = try InputCatalog.files(inputs: [dir.path], include: PipelineFile.defaultInclude, exclude: ["drafts/**"])
        #expect(files.map(\.relativePath) == ["a.html", "a.txt", "b.html", "sub/c.xml"])
        #expect(files.map(\.id) == ["a", "a.txt", "b", "sub/c"])
        #expect(throws: InputError.self) { try InputCatalog.files(inputs: [dir.path + "/nope"], include: ["*"], exclude: []) }
    }

    @Test("SHA-256 test vectors")
    func sha256() {
        #expect(SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        var h = SHA256()
        for _ in 0..<1000 { h.update(Array(repeating: UInt8(ascii: "a"), count: 1000)) }
        #expect(h.finalize().map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
                == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("suggestions for misspelt names")
    func suggestions() {
        #expect(EditDistance.nearest(to: "segmnt", in: ["segment", "entities"]) == "segment")
        #expect(EditDistance.nearest(to: "html", in: ["html-cleanup", "segment"]) == "html-cleanup")
        #expect(EditDistance.nearest(to: "zzzzzz", in: ["segment", "quotes"]) == nil)
    }
}

@Suite("SHA-256 paths")
struct SHA256PathTests {
    @Test("the CPU's SHA instructions and the Swift code agree on every length")
    func pathsAgree() {
        var generator = SystemRandomNumberGenerator()
        for length in [0, 1, 55, 56, 63, 64, 65, 127, 128, 1000, 4096 + 17] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            var viaUpdate = SHA256()
            viaUpdate.update(bytes)
            let fast = viaUpdate.finalize()
            // The reference: the Swift compression, fed one block at a time.
            var reference = SHA256.swiftOnly()
            reference.update(bytes)
            #expect(fast == reference.finalize(), "length \(length)")
        }
    }
}
