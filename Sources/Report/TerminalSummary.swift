/// A plain-text view of documents for the terminal: title, a table of quotes
/// (speaker, cue, the quote cut to the width, stance) and the top entities.
public enum TerminalSummary {
    public static func render(_ view: DocumentView, width: Int) -> String {
        let width = max(60, width)
        var out = "\(view.document.id) — \(clip(view.title, width - view.document.id.count - 3))\n"
        let speakers = view.speakers
        out += "  \(view.quotes.count) quote\(view.quotes.count == 1 ? "" : "s"), \(speakers.count) speaker\(speakers.count == 1 ? "" : "s"), \(view.entities.count) entity mentions\n"
        if !view.quotes.isEmpty {
            let speakerWidth = min(22, max(7, view.quotes.map { ($0.speaker ?? "?").count }.max() ?? 7))
            let cueWidth = min(14, max(3, view.quotes.map { ($0.quote.cue?.text ?? "").count }.max() ?? 3))
            let stanceWidth = view.quotes.contains { $0.stance != nil } ? 22 : 0
            let quoteWidth = max(20, width - 2 - speakerWidth - cueWidth - stanceWidth - 6)
            let header = "  " + pad("speaker", speakerWidth) + "  " + pad("cue", cueWidth) + "  " + pad("quote", quoteWidth)
                + (stanceWidth > 0 ? "  stance" : "")
            out += header.trimmingTrailingSpaces() + "\n"
            for row in view.quotes {
                var line = "  " + pad(row.speaker ?? "?", speakerWidth) + "  " + pad(row.quote.cue?.text ?? "", cueWidth)
                    + "  " + pad("“" + row.quote.text + "”", quoteWidth)
                if let s = row.stance { line += "  " + clip("\(s.label) \(s.target)", stanceWidth) }
                out += line.trimmingTrailingSpaces() + "\n"
            }
        }
        if !view.topEntities.isEmpty {
            let top = view.topEntities.prefix(8).map { "\($0.name) (\($0.label)) ×\($0.mentions)" }.joined(separator: ", ")
            out += "  top entities: " + clip(top, width - 16) + "\n"
        }
        for problem in view.problems { out += "  (cannot show: \(problem))\n" }
        return out
    }

    static func pad(_ s: String, _ n: Int) -> String {
        let c = clip(s.replacingOccurrences(of: "\n", with: " "), n)
        return c + String(repeating: " ", count: max(0, n - c.count))
    }

    static func clip(_ s: String, _ n: Int) -> String {
        guard n > 1 else { return "" }
        return s.count > n ? String(s.prefix(n - 1)) + "…" : s
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
