import TextPipe

/// One self-contained HTML page for a set of documents: each text with its
/// entities coloured by label and its quotes highlighted and linked to their
/// speaker (hover shows rule and confidence); speaker and stance tables per
/// document and for the corpus; a bar chart of quotes per speaker.
///
/// Everything taken from documents is escaped, and the page carries a content
/// security policy that forbids scripts, so a document cannot run code in it.
public enum HTMLReport {
    public static func render(_ views: [DocumentView], title: String = "textpipe report") -> String {
        var html = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
            <title>\(escape(title))</title>
            <style>\(css)</style></head><body>
            <h1>\(escape(title))</h1>
            <p class="legend"><span class="ent PERSON">person</span> <span class="ent ORG">organisation</span>
            <span class="ent LOC">place</span> <span class="ent NORP">group</span> <mark class="quote">quotation</mark></p>

            """
        html += corpusSection(views)
        for (i, view) in views.enumerated() { html += documentSection(view, number: i) }
        html += "</body></html>\n"
        return html
    }

    static func corpusSection(_ views: [DocumentView]) -> String {
        var quotesBySpeaker: [String: Int] = [:]
        var order: [String] = []
        var stanceCounts: [String: [String: Int]] = [:]
        for view in views {
            for (name, n) in view.speakers {
                if quotesBySpeaker[name] == nil { order.append(name) }
                quotesBySpeaker[name, default: 0] += n
            }
            for s in view.stances {
                let key = "\(s.holder ?? "(the document)") → \(s.target)"
                stanceCounts[key, default: [:]][s.label, default: 0] += 1
            }
        }
        let ranked = order.sorted { quotesBySpeaker[$0]! > quotesBySpeaker[$1]! }
        var html = "<section class=\"corpus\"><h2>\(views.count) document\(views.count == 1 ? "" : "s")</h2>\n"
        if !ranked.isEmpty {
            html += chart(ranked.prefix(15).map { ($0, quotesBySpeaker[$0]!) })
            html += "<table><tr><th>speaker</th><th>quotes</th></tr>\n"
            for name in ranked {
                html += "<tr><td>\(escape(name))</td><td class=\"n\">\(quotesBySpeaker[name]!)</td></tr>\n"
            }
            html += "</table>\n"
        }
        if !stanceCounts.isEmpty {
            html += "<table><tr><th>holder → target</th><th>favor</th><th>against</th><th>neutral</th></tr>\n"
            for key in stanceCounts.keys.sorted() {
                let c = stanceCounts[key]!
                html += "<tr><td>\(escape(key))</td><td class=\"n\">\(c["favor"] ?? 0)</td><td class=\"n\">\(c["against"] ?? 0)</td><td class=\"n\">\(c["neutral"] ?? 0)</td></tr>\n"
            }
            html += "</table>\n"
        }
        return html + "</section>\n"
    }

    /// A horizontal bar chart as inline SVG.
    static func chart(_ bars: [(String, Int)]) -> String {
        let maxValue = max(1, bars.map(\.1).max() ?? 1)
        let rowHeight = 22, labelWidth = 190, barWidth = 360
        var svg = "<svg class=\"chart\" role=\"img\" aria-label=\"quotes per speaker\" width=\"\(labelWidth + barWidth + 40)\" height=\"\(bars.count * rowHeight + 8)\">\n"
        for (i, (name, value)) in bars.enumerated() {
            let y = i * rowHeight + 4
            let w = max(2, barWidth * value / maxValue)
            svg += "<text x=\"\(labelWidth - 6)\" y=\"\(y + 15)\" text-anchor=\"end\">\(escape(clip(name, 28)))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(w)\" height=\"16\"></rect>"
            svg += "<text x=\"\(labelWidth + w + 5)\" y=\"\(y + 15)\">\(value)</text>\n"
        }
        return svg + "</svg>\n"
    }

    static func documentSection(_ view: DocumentView, number: Int) -> String {
        let docAnchor = "d\(number)"
        var html = "<section class=\"doc\" id=\"\(docAnchor)\"><h2>\(escape(view.title))</h2>\n"
        html += "<p class=\"id\">\(escape(view.document.id))</p>\n"
        let speakers = view.speakers
        if !speakers.isEmpty {
            html += "<table><tr><th>speaker</th><th>quotes</th><th>stance</th></tr>\n"
            for (name, n) in speakers {
                let stances = view.stances.filter { $0.holder == name }.map { "\($0.label) \($0.target)" }
                html += "<tr id=\"\(anchor(docAnchor, name))\"><td>\(escape(name))</td><td class=\"n\">\(n)</td><td>\(escape(stances.joined(separator: "; ")))</td></tr>\n"
            }
            html += "</table>\n"
        }
        for problem in view.problems { html += "<p class=\"problem\">cannot show: \(escape(problem))</p>\n" }
        html += "<div class=\"text\">" + annotatedText(view, docAnchor: docAnchor) + "</div></section>\n"
        return html
    }

    /// The text with quote and entity spans as properly nested elements: at every
    /// boundary the open elements are closed and reopened as needed.
    static func annotatedText(_ view: DocumentView, docAnchor: String) -> String {
        let scalars = Array(view.text.unicodeScalars)
        let n = scalars.count
        let quotes = view.quotes.filter { $0.quote.start >= 0 && $0.quote.end <= n && $0.quote.start < $0.quote.end }
        var boundaries = Set([0, n])
        for q in quotes { boundaries.insert(q.quote.start); boundaries.insert(q.quote.end) }
        for e in view.entities { boundaries.insert(e.start); boundaries.insert(e.end) }
        let cuts = boundaries.sorted()
        var html = ""
        var openQuote: Int? = nil
        var openEntity: Int? = nil
        for (a, b) in zip(cuts, cuts.dropFirst()) where a < b {
            let q = quotes.firstIndex { $0.quote.start <= a && b <= $0.quote.end }
            let e = view.entities.firstIndex { $0.start <= a && b <= $0.end }
            if q != openQuote {
                if openEntity != nil { html += "</span>"; openEntity = nil }
                if openQuote != nil { html += "</mark>" }
                if let q { html += quoteTag(quotes[q], docAnchor: docAnchor) }
                openQuote = q
            }
            if e != openEntity {
                if openEntity != nil { html += "</span>" }
                if let e {
                    let ent = view.entities[e]
                    html += "<span class=\"ent \(cssLabel(ent.label))\" title=\"\(escape(ent.label))\(ent.cluster.map { " · cluster \($0)" } ?? "")\">"
                }
                openEntity = e
            }
            var piece = String.UnicodeScalarView()
            piece.append(contentsOf: scalars[a..<b])
            html += escape(String(piece))
        }
        if openEntity != nil { html += "</span>" }
        if openQuote != nil { html += "</mark>" }
        return html
    }

    static func quoteTag(_ row: DocumentView.QuoteRow, docAnchor: String) -> String {
        var hover = "speaker: \(row.speaker ?? "unknown")"
        if let cue = row.quote.cue { hover += " · cue: \(cue.text)" }
        if let method = row.quote.method { hover += " · rule: \(method)" }
        if let c = row.quote.confidence { hover += " · confidence: \(c)" }
        if let p = row.polarity { hover += " · polarity: \(p.label ?? "") \(p.score)" }
        if let s = row.stance { hover += " · stance: \(s.label) \(s.target)" }
        let link = row.speaker.map { " data-speaker=\"#\(anchor(docAnchor, $0))\"" } ?? ""
        return "<mark class=\"quote\" id=\"\(docAnchor)-q\(row.index)\" title=\"\(escape(hover))\"\(link)>"
            + (row.speaker.map { "<a class=\"who\" href=\"#\(anchor(docAnchor, $0))\">\(escape(clip($0, 30)))</a>" } ?? "")
    }

    /// An element id from a name: letters and digits only.
    static func anchor(_ prefix: String, _ name: String) -> String {
        prefix + "-s-" + String(name.lowercased().unicodeScalars.map { $0.properties.isAlphabetic || ("0"..."9").contains($0) ? Character($0) : "-" })
    }

    static func cssLabel(_ label: String) -> String {
        ["PERSON", "ORG", "LOC", "NORP"].contains(label) ? label : "OTHER"
    }

    /// Escapes text for element content and quoted attribute values.
    public static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }

    static func clip(_ s: String, _ n: Int) -> String { s.count > n ? String(s.prefix(n - 1)) + "…" : s }

    static let css = """
        body{font:15px/1.5 system-ui,sans-serif;max-width:980px;margin:2em auto;padding:0 1em;color:#222}
        h1{font-size:1.5em}h2{font-size:1.2em;margin-top:2em;border-top:1px solid #ddd;padding-top:1em}
        .id{color:#777;font-size:.85em;margin-top:-.8em}
        table{border-collapse:collapse;margin:.8em 0}td,th{border-bottom:1px solid #eee;padding:.2em .8em;text-align:left}
        td.n{text-align:right}.text{white-space:pre-wrap;line-height:1.7}
        .ent{border-bottom:2px solid;padding:0 1px}.PERSON{background:#e3f0ff;border-color:#3b7dd8}
        .ORG{background:#fff1dc;border-color:#d98b1c}.LOC{background:#e4f7e4;border-color:#3a9b3a}
        .NORP{background:#f3e6fb;border-color:#9b4dc7}.OTHER{background:#eee;border-color:#999}
        mark.quote{background:#fff6a8;border-radius:3px;padding:1px 0}
        a.who{font-size:.7em;vertical-align:super;color:#a0522d;text-decoration:none;margin-right:2px}
        .chart rect{fill:#3b7dd8}.chart text{font-size:12px;fill:#333}.problem{color:#b00}
        .legend span,.legend mark{margin-right:.6em}
        """
}
