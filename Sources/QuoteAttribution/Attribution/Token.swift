/// A word or punctuation mark of the text, with its scalar offsets.
struct Token {
    var start: Int
    var end: Int
    /// Lower-cased text; a possessive `’s` is kept apart in `possessive`.
    var lower: String
    var isWord: Bool
    var isCapitalized: Bool
    var possessive: Bool
    var sentence: Int
    var paragraph: Int
    /// Inside a quotation's marks (attribution never looks there).
    var quoted = false
}

/// Splits a text into tokens: words keep inner hyphens, apostrophes and the
/// dots of abbreviations ("U.S.", "Yong-hyun", "Korea’s"); everything else
/// that is not a space is a token of its own.
enum Tokenizer {
    static func tokens(_ s: [Unicode.Scalar], sentences: [Range<Int>], paragraphs: [Range<Int>]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        var sentence = 0
        var paragraph = 0
        while i < s.count {
            let c = s[i]
            if ScalarClass.isSpace(c) { i += 1; continue }
            while sentence + 1 < sentences.count, sentences[sentence].upperBound <= i { sentence += 1 }
            while paragraph + 1 < paragraphs.count, paragraphs[paragraph].upperBound <= i { paragraph += 1 }
            let start = i
            if isWordScalar(c) {
                i += 1
                while i < s.count {
                    if isWordScalar(s[i]) { i += 1; continue }
                    // Inner joiners: a hyphen or apostrophe between letters, a dot in "U.S."
                    if i + 1 < s.count, isWordScalar(s[i + 1]), "-'\u{2019}".unicodeScalars.contains(s[i]) { i += 1; continue }
                    if s[i] == ".", i + 1 < s.count, ScalarClass.isUpper(s[i + 1]), i - start == 1 { i += 1; continue }
                    if s[i] == ".", i - start >= 1, i >= 2, s[i - 2] == "." { i += 1; continue }
                    break
                }
                // A possessive ’s (or a bare trailing apostrophe) is split off the word.
                var end = i
                var possessive = false
                if end - start > 2, s[end - 1] == "s" || s[end - 1] == "S", s[end - 2] == "\u{2019}" || s[end - 2] == "'" {
                    end -= 2
                    possessive = true
                } else if end - start > 1, s[end - 1] == "\u{2019}" || s[end - 1] == "'" {
                    end -= 1
                    possessive = true
                }
                let text = lowercased(s, start..<end)
                let capitalized = ScalarClass.isUpper(s[start])
                // "he'd say", "they’ll tell": the pronoun and its auxiliary, as if written apart.
                if end - start <= 7, let (pronoun, tail) = Self.splitContraction(s, start..<end) {
                    let cut = start + pronoun.unicodeScalars.count
                    tokens.append(Token(start: start, end: cut, lower: pronoun, isWord: true,
                                        isCapitalized: capitalized, possessive: false, sentence: sentence, paragraph: paragraph))
                    // The auxiliary takes the pronoun's capital, so "We’re On It" still reads as a title.
                    tokens.append(Token(start: cut, end: end, lower: tail, isWord: true,
                                        isCapitalized: capitalized, possessive: false, sentence: sentence, paragraph: paragraph))
                    continue
                }
                tokens.append(Token(start: start, end: end, lower: text, isWord: true,
                                    isCapitalized: capitalized, possessive: possessive, sentence: sentence, paragraph: paragraph))
            } else {
                i += 1
                tokens.append(Token(start: start, end: i, lower: String(c), isWord: false, isCapitalized: false,
                                    possessive: false, sentence: sentence, paragraph: paragraph))
            }
        }
        return tokens
    }

    /// A subject pronoun with a contracted auxiliary ("he'd", "they’ll"): the
    /// pronoun and the auxiliary written with a straight apostrophe.
    /// Only short words with an apostrophe after one to four letters are looked at.
    static func splitContraction(_ s: [Unicode.Scalar], _ r: Range<Int>) -> (String, String)? {
        guard let mark = r.first(where: { s[$0] == "'" || s[$0] == "\u{2019}" }), mark > r.lowerBound, mark - r.lowerBound <= 4,
              mark + 1 < r.upperBound else { return nil }
        let pronoun = lowercased(s, r.lowerBound..<mark)
        let tail = lowercased(s, (mark + 1)..<r.upperBound)
        guard ["he", "she", "they", "we", "i", "you"].contains(pronoun), ["d", "ll", "ve", "re"].contains(tail) else { return nil }
        return (pronoun, "'" + tail)
    }

    /// The lower-cased text of a range; ASCII words (nearly all of them) are
    /// built byte by byte and stay small strings, without Unicode tables.
    static func lowercased(_ s: [Unicode.Scalar], _ r: Range<Int>) -> String {
        var ascii = true
        for i in r where s[i].value >= 0x80 { ascii = false; break }
        if ascii {
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: r.count) { buffer in
                for (k, i) in r.enumerated() {
                    let v = UInt8(s[i].value)
                    buffer[k] = v >= 0x41 && v <= 0x5A ? v + 0x20 : v
                }
                return String(decoding: buffer, as: UTF8.self)
            }
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: s[r])
        return String(view).lowercased()
    }

    static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        ScalarClass.isWord(c)
    }
}
