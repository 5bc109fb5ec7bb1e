import Testing
@testable import SentimentStance

/// `PythonText.lower` maps common letters from a table; it must agree with
/// the full Unicode lower-casing everywhere, final sigma and dotted İ included.
@Suite("sentiment: lower-casing outside ASCII")
struct PythonTextTests {
    @Test(arguments: [
        "Москва", "ПУТИН", "Ελλάδα", "ΟΔΥΣΣΕΥΣ", "ΣΟΦΙΑ", "İstanbul", "Straße", "ẞ", "Ǆemal", "ÆØÅ", "naïve", "KÖLN",
        "שָׁלוֹם", "مرحبا", "“Quoted”", "Ａｂｃ", "—Dash—", "ǅ",
    ])
    func agreesWithUnicodeLowercasing(_ word: String) {
        let scalars = Array(word.unicodeScalars)
        #expect(PythonText.lower(scalars[...]) == word.lowercased(), "\(word)")
    }
}
