/// How an abbreviation's period relates to the end of a sentence.
public enum AbbreviationKind: String, Sendable, CaseIterable {
    /// A title before a name ("Gen.", "Dr."): the period never ends a sentence.
    case title
    /// An abbreviation inside a sentence ("e.g.", "vs.", "approx."): never ends one.
    case inner
    /// Usually followed by a number ("No. 5", "Jan. 12"): ends a sentence only
    /// when neither a number nor a lower-case word follows.
    case number
    /// May end a sentence ("U.S.", "Inc.", "etc.", "p.m."): ends one only when
    /// a typical sentence opener ("The", "He", "But") or a quotation follows.
    case mayEnd = "may_end"
    /// Usually ends a sentence when it ends a clause ("etc.", "p.m."): ends one
    /// unless a number, a lower-case word or a continuation ("Monday", "GMT")
    /// follows.
    case oftenEnds = "often_ends"
}
