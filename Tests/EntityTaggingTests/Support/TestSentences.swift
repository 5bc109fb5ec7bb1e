import TextPipe

/// A small sentence splitter for these tests only: the entities stage needs a
/// `sentences` layer and may not depend on the segment stage. It splits at
/// line ends and after . ! ? (and a closing quote) followed by a space, except
/// after single letters and a few abbreviations.
enum TestSentences {
    static let abbreviations: Set<String> = ["mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "st", "lt", "col", "u.s", "u.k", "inc", "jr", "prof"]

    static func spans(_ text: String) -> [Span] {
        let s = Array(text.unicodeScalars)
        var spans: [Span] = []
        var start = 0
        func close(_ end: Int) {
            var a = start
            var b = end
            while a < b && s[a].properties.isWhitespace { a += 1 }
            while b > a && s[b - 1].properties.isWhitespace { b -= 1 }
            if a < b { spans.append(Span(start: a, end: b)) }
            start = end
        }
        var i = 0
        while i < s.count {
            let c = s[i]
            if c == "\n" {
                close(i)
                i += 1
                continue
            }
            if c == "." || c == "!" || c == "?" {
                var j = i + 1
                while j < s.count && (s[j] == "”" || s[j] == "\"" || s[j] == "’") { j += 1 }
                if j < s.count && s[j] == " " {
                    // The word before the period.
                    var w = i
                    while w > 0 && !s[w - 1].properties.isWhitespace { w -= 1 }
                    let word = String(String.UnicodeScalarView(s[w..<i])).lowercased()
                    // Initials ("j.k") end no sentence either.
                    let isAbbreviation = c == "." && (word.count == 1 || abbreviations.contains(word)
                        || word.split(separator: ".").allSatisfy { $0.count == 1 })
                    if !isAbbreviation {
                        close(j)
                        i = j
                        continue
                    }
                }
            }
            i += 1
        }
        close(s.count)
        return spans
    }

    static func document(_ text: String, id: String = "t") -> Document {
        var d = Document(id: id, text: text)
        d.set(Layer.sentences, spans(text))
        return d
    }
}
