/// The shape of Mandarin syllables written in pinyin without tones, for
/// telling Chinese names ("Xi Jinping", "Liu He", "He Jianxiong") from English
/// words. An initial and a final in the standard tables; combinations that
/// Mandarin lacks are accepted too, which only makes the test looser.
enum Pinyin {
    static let initials = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c",
                           "s", "y", "w", ""]
    static let finals: Set<String> = [
        "a", "o", "e", "i", "u", "v", "ai", "ei", "ao", "ou", "an", "en", "ang", "eng", "ong", "er", "ia", "ie", "iao", "iu",
        "ian", "in", "iang", "ing", "iong", "ua", "uo", "uai", "ui", "uan", "un", "uang", "ueng", "ue",
    ]

    /// Whether `s` (lower case) is one syllable.
    static func isSyllable<S: StringProtocol>(_ s: S) -> Bool {
        for i in initials where s.hasPrefix(i) {
            let rest = s.dropFirst(i.count)
            if !rest.isEmpty, finals.contains(String(rest)) { return true }
        }
        return false
    }

    /// How many syllables `s` (lower case, ASCII letters) splits into, or nil.
    static func syllableCount(_ s: String) -> Int? {
        let chars = Array(s)
        guard !chars.isEmpty, chars.count <= 12, chars.allSatisfy({ $0 >= "a" && $0 <= "z" }) else { return nil }
        // best[i]: fewest syllables covering the first i letters.
        var best = [Int?](repeating: nil, count: chars.count + 1)
        best[0] = 0
        for end in 1...chars.count {
            for start in max(0, end - 6)..<end {
                guard let before = best[start], isSyllable(String(chars[start..<end])) else { continue }
                if best[end] == nil || before + 1 < best[end]! { best[end] = before + 1 }
            }
        }
        return best[chars.count]
    }
}
