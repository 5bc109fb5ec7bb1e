import TextPipe

/// Someone a quote may be attributed to, as found in the text.
struct SpeakerCandidate: Equatable {
    enum Kind: Equatable { case name, pronoun, phrase }

    var text: String
    var start: Int
    var end: Int
    var kind: Kind
    /// The entity cluster, once linked.
    var cluster: Int?
    var canonical: String?
    /// PERSON, ORG, … when the candidate is an entity mention.
    var label: String?

    var speaker: Quote.Speaker {
        Quote.Speaker(text: text, start: start, end: end, cluster: cluster, canonical: canonical)
    }
}
