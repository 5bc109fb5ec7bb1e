import Segmentation
import TextPipe

/// Text with its expected spans marked in place: «Mr. Smith went.» «He left.»
/// gives the text without the marks and the spans (scalar offsets) between them.
struct MarkedText {
    var text: String
    var spans: [Span]

    init(_ marked: String) {
        var text = ""
        var spans: [Span] = []
        var start = 0
        var offset = 0
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "«":
                start = offset
            case "»":
                spans.append(Span(start: start, end: offset))
            default:
                text.unicodeScalars.append(scalar)
                offset += 1
            }
        }
        self.text = text
        self.spans = spans
    }

    /// The text with `spans` marked the same way, to show a mismatch readably.
    static func mark(_ text: String, _ spans: [Span]) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var k = 0
        for (i, c) in scalars.enumerated() {
            while k < spans.count && spans[k].start == i && spans[k].end == i { out.append("«"); out.append("»"); k += 1 }
            for s in spans where s.start == i { _ = s; out.append("«") }
            out.append(c)
            for s in spans where s.end == i + 1 && s.end > s.start { _ = s; out.append("»") }
        }
        return String(out)
    }
}
