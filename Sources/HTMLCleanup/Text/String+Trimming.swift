/// Trimming without Foundation (this module also imports libxml2, whose
/// headers and Foundation's ICU do not mix well).
extension String {
    /// The string without the given characters at either end.
    func trimmingCharacters(in set: String) -> String {
        let chars = Set(set)
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s.removeFirst() }
        while let l = s.last, chars.contains(l) { s.removeLast() }
        return String(s)
    }
}
