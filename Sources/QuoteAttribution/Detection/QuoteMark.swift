/// One quotation mark in the text and which way it faces.
struct QuoteMark: Equatable {
    enum Role: Equatable { case opening, closing, either }
    enum Family: Equatable { case double, single }

    /// Scalar offset of the mark.
    var offset: Int
    var role: Role
    var family: Family
    /// Scalars the mark takes: 2 for ‘‘ and ’’ standing in for double quotes.
    var width = 1

    /// Classifies the scalar at `i`, or nil when it is not a quotation mark
    /// (an apostrophe inside or after a word is not one).
    static func at(_ i: Int, in s: [Unicode.Scalar]) -> QuoteMark? {
        let c = s[i]
        let before: Unicode.Scalar? = i > 0 ? s[i - 1] : nil
        let after: Unicode.Scalar? = i + 1 < s.count ? s[i + 1] : nil
        switch c {
        case "\u{201C}", "\u{201E}", "\u{00AB}":
            // “” before a word: a doubled opening mark, typed twice (“”This is …).
            if c == "\u{201C}", after == "\u{201D}", i + 2 < s.count, isLetter(s[i + 2]) {
                return QuoteMark(offset: i, role: .opening, family: .double, width: 2)
            }
            // “ typed for ” (“I feel good now,“ Federer said): right after the words
            // and before a space it may close what is open.
            if c == "\u{201C}", let before, isLetter(before) || ".,!?;".unicodeScalars.contains(before),
               after.map(ScalarClass.isSpace) ?? true {
                return QuoteMark(offset: i, role: .either, family: .double)
            }
            return QuoteMark(offset: i, role: .opening, family: .double)
        case "\u{201D}", "\u{00BB}":
            if c == "\u{201D}", before == "\u{201C}", let after, isLetter(after) { return nil }
            // ” typed for “ after a colon ('Andy Smith said:” We have …'): it may open.
            if c == "\u{201D}", before == ":" || before.map(ScalarClass.isSpace) == true && i >= 2 && s[i - 2] == ":" {
                return QuoteMark(offset: i, role: .either, family: .double)
            }
            // ” for both marks ('said that she was ”completely convinced” of'): after a space
            // or at a paragraph's start and before a word, it cannot close.
            if c == "\u{201D}", before.map(ScalarClass.isSpace) ?? true, let after, isLetter(after) || isDigit(after) {
                return QuoteMark(offset: i, role: .either, family: .double)
            }
            return QuoteMark(offset: i, role: .closing, family: .double)
        case "\"":
            let openSide = before.map(isOpeningContext) ?? true
            let closeSide = after.map(isClosingContext) ?? true
            if openSide && !closeSide { return QuoteMark(offset: i, role: .opening, family: .double) }
            if closeSide && !openSide { return QuoteMark(offset: i, role: .closing, family: .double) }
            return QuoteMark(offset: i, role: .either, family: .double)
        case "\u{2018}", "`":
            // ‘‘ or `` stand for an opening double quote.
            if let after, after == c { return QuoteMark(offset: i, role: .opening, family: .double, width: 2) }
            if let before, before == c { return nil }
            if c == "`" { return nil }
            // ‘ opens unless it stands for missing letters (’90s written with ‘).
            if let after, isLetter(after) || isDigit(after) || after == "\u{201C}" || after == "\"" {
                return QuoteMark(offset: i, role: .opening, family: .single)
            }
            return nil
        case "\u{2019}", "'":
            // Two apostrophes stand for a double quote in some feeds and archives
            // (’’ or ''): closing, or opening before a word after a space
            // (''We will win,'' he said).
            if let after, after == c {
                let afterPair: Unicode.Scalar? = i + 2 < s.count ? s[i + 2] : nil
                let opens = (before.map { ScalarClass.isSpace($0) || "([{\u{2014}\u{2013}/".unicodeScalars.contains($0) } ?? true)
                    && afterPair.map { isLetter($0) || isDigit($0) || "$#@\u{2018}\u{201C}\"([.".unicodeScalars.contains($0) } == true
                return QuoteMark(offset: i, role: opens ? .opening : .closing, family: .double, width: 2)
            }
            if let before, before == c, i >= 2, s[i - 2] != c { return nil }
            // A straight mark after a space and before a capital opens a single quote
            // ('We will win,' he said); before a small letter it stands for missing
            // ones ('em, 'til, rock 'n' roll).
            if c == "'", before.map({ ScalarClass.isSpace($0) || "([\u{2014}".unicodeScalars.contains($0) }) ?? true,
               let after, ScalarClass.isUpper(after) {
                return QuoteMark(offset: i, role: .opening, family: .single)
            }
            // ("he was 'very hopeful' about it": before a small letter it opens after all when a
            // closing mark follows in the same sentence, a few words on, and the word is no elision.)
            if c == "'", before.map({ ScalarClass.isSpace($0) || "([\u{2014}".unicodeScalars.contains($0) }) ?? true,
               let after, isLetter(after), !ScalarClass.isUpper(after), !isElision(at: i + 1, in: s), closesSoon(after: i + 1, in: s) {
                return QuoteMark(offset: i, role: .opening, family: .single)
            }
            // Between letters or after a plural -s it is an apostrophe; it closes
            // a single quote only when no letter follows.
            if let after, isLetter(after) || isDigit(after) { return nil }
            if let before, isLetter(before) || isDigit(before) || ".,!?;:\u{2014}\u{2013}-\u{201D}\"".unicodeScalars.contains(before) {
                return QuoteMark(offset: i, role: .closing, family: .single)
            }
            if c == "'", let after, after != " " { return QuoteMark(offset: i, role: .opening, family: .single) }
            return nil
        default:
            return nil
        }
    }

    /// The words a straight apostrophe shortens at their start: 'em, 'til, rock 'n' roll.
    static let elisions: Set<String> = ["em", "til", "n", "cause", "bout", "round", "tis", "twas", "ol", "nuff", "cept", "kay", "sup"]

    static func isElision(at i: Int, in s: [Unicode.Scalar]) -> Bool {
        var word = ""
        var j = i
        while j < s.count, j - i < 8, isLetter(s[j]) {
            word.unicodeScalars.append(s[j])
            j += 1
        }
        return elisions.contains(word.lowercased())
    }

    /// Whether a straight mark that can close a single quote (after a letter or a stop,
    /// before no letter) comes within about eight words, before the sentence ends.
    static func closesSoon(after i: Int, in s: [Unicode.Scalar]) -> Bool {
        var j = i
        var spaces = 0
        while j < s.count, spaces <= 8 {
            let c = s[j]
            if c == "\n" || c == "\"" || c == "\u{201C}" || c == "\u{201D}" { return false }
            if c == " " { spaces += 1 }
            if c == "'", j > i, isLetter(s[j - 1]) || ".,!?".unicodeScalars.contains(s[j - 1]),
               j + 1 >= s.count || !(isLetter(s[j + 1]) || isDigit(s[j + 1])) {
                // (Not a plural's apostrophe before a noun: "the players' union".)
                return !(s[j - 1] == "s" && j + 2 < s.count && s[j + 1] == " " && isLetter(s[j + 2]) && !ScalarClass.isUpper(s[j + 2]))
            }
            if ".!?".unicodeScalars.contains(c), j + 1 < s.count, s[j + 1] == " " { return false }
            j += 1
        }
        return false
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool { ScalarClass.isLetter(c) }
    static func isDigit(_ c: Unicode.Scalar) -> Bool { ("0"..."9").contains(c) }

    static func isOpeningContext(_ before: Unicode.Scalar) -> Bool {
        ScalarClass.isSpace(before) || "([{\u{2014}\u{2013}-/:\u{2018}'".unicodeScalars.contains(before)
    }

    static func isClosingContext(_ after: Unicode.Scalar) -> Bool {
        ScalarClass.isSpace(after) || ".,;:!?)]}\u{2014}\u{2013}-/\u{2019}'".unicodeScalars.contains(after)
    }
}
