import Testing
import TextPipe

/// The table must answer exactly as Unicode's property tables do, for every
/// scalar it holds and at its edges.
@Suite("scalar classes")
struct ScalarClassesTests {
    static let scalars: [Unicode.Scalar] = (UInt32(0)..<0x2100).compactMap(Unicode.Scalar.init)
        + (UInt32(0x4DF0)..<0xA010).compactMap(Unicode.Scalar.init) + (UInt32(0xABF0)..<0xD7B0).compactMap(Unicode.Scalar.init)
        + [0x1F600, 0x10400, 0x10428].compactMap(Unicode.Scalar.init)

    @Test func matchesUnicodeProperties() {
        for s in Self.scalars {
            let p = s.properties
            #expect(ScalarClasses.isAlphabetic(s) == p.isAlphabetic, "\(s.value)")
            #expect(ScalarClasses.isUppercase(s) == p.isUppercase, "\(s.value)")
            #expect(ScalarClasses.isLowercase(s) == p.isLowercase, "\(s.value)")
            #expect(ScalarClasses.isWhitespace(s) == p.isWhitespace, "\(s.value)")
            #expect(ScalarClasses.isDecimalDigit(s) == (p.numericType == .decimal), "\(s.value)")
            #expect(ScalarClasses.isNumeric(s) == (p.numericType != nil), "\(s.value)")
            #expect(ScalarClasses.generalCategory(s) == p.generalCategory, "\(s.value)")
            #expect(ScalarClasses.isUpperOrTitlecase(s) == (p.isUppercase || p.generalCategory == .titlecaseLetter), "\(s.value)")
            let marks: Set<Unicode.GeneralCategory> = [.nonspacingMark, .spacingMark, .enclosingMark]
            #expect(ScalarClasses.isMark(s) == marks.contains(p.generalCategory), "\(s.value)")
            if let lower = ScalarClasses.lowercaseScalar(s) {
                #expect(String(lower) == p.lowercaseMapping, "\(s.value)")
            }
        }
    }
}
