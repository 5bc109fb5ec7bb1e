/// What an element's class and id words say about it (see `ExtractionHints`).
struct HintClass: Sendable {
    var positive = false
    var negative = false
    var strongNegative = false
    /// Names the story's body container (`article-body`, `entry-content`).
    var bodyContainer = false
    var byline = false
    var caption = false
}
