/// Who said a quote, how textpipe knows, and how sure it is.
struct Attribution {
    var speaker: SpeakerCandidate
    /// The words that say so ("said", "according to", ":").
    var cue: (text: String, start: Int, end: Int)?
    /// The rule that found it, recorded in the quote's `method`.
    var method: String
    var confidence: Double
}
