/// The punctuation classes of the rules, as the splitter's loops use them.
struct Marks: Sendable {
    let terminals: ScalarSet
    let unspacedTerminals: ScalarSet
    let openingMarks: ScalarSet
    let closingMarks: ScalarSet
    let quoteMarks: ScalarSet
    let bullets: ScalarSet
    let lineBullets: ScalarSet

    init(_ rules: SegmentationRules) {
        terminals = rules.terminals
        unspacedTerminals = rules.unspacedTerminals
        openingMarks = rules.openingMarks
        closingMarks = rules.closingMarks
        quoteMarks = rules.quoteMarks
        bullets = rules.bullets
        lineBullets = rules.lineBullets
    }
}
