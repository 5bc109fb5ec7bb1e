import TextPipe
@testable import HTMLCleanup

/// Runs html-cleanup on one HTML page with the given options.
func cleanHTML(_ html: String, _ options: JSONObject = JSONObject()) throws -> Document {
    try clean(field: "html", html, options)
}

func clean(field: String, _ content: String, _ options: JSONObject = JSONObject(), id: String = "doc") throws -> Document {
    let stage = try HTMLCleanupStage(options: StageOptions.defaults(for: HTMLCleanupStage.description, overriding: options))
    var document = Document(id: id)
    document[field: field] = .string(content)
    try stage.process(&document, context: StageContext(stageID: "html-cleanup"))
    return document
}

func split(field: String, _ content: String, _ options: JSONObject = JSONObject(), id: String = "feed.xml") throws -> [Document] {
    let stage = try HTMLCleanupStage(options: StageOptions.defaults(for: HTMLCleanupStage.description, overriding: options))
    var document = Document(id: id)
    document[field: field] = .string(content)
    return try stage.split(document, context: StageContext(stageID: "html-cleanup"))
}

/// The paragraphs of a cleaned document as strings.
func paragraphs(_ document: Document) throws -> [String] {
    let text = document.text ?? ""
    let offsets = TextOffsets(text)
    return try (document.get(Layer.paragraphs) ?? []).map { String(offsets.substring($0)) }
}

/// What each paragraph's source range covers in the markup.
func sourceSlices(_ document: Document, markup: String) throws -> [String] {
    let bytes = Array(markup.utf8)
    return try (document.get(Layer.paragraphs) ?? []).map { span in
        let s = span.extra["source_start"]?.intValue ?? 0
        let e = span.extra["source_end"]?.intValue ?? 0
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }
}

/// A page with a story and the usual furniture around it.
func newsPage(story: String, head: String = "", extra: String = "") -> String {
    """
    <!DOCTYPE html>
    <html lang="en"><head><title>Test page | Example News</title>\(head)</head>
    <body>
    <header class="site-header"><a href="/">Example News</a><nav><ul><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav></header>
    <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
    <main>
    <article>
    \(story)
    </article>
    \(extra)
    </main>
    <aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Another story about something else entirely</a></li><li><a href="/b">Yet another story people clicked on a lot</a></li></ul></aside>
    <footer><p>© 2024 Example News. All rights reserved. Contact us at the usual address for corrections.</p></footer>
    </body></html>
    """
}

/// Three ordinary paragraphs of story.
let storyParagraphs = """
<p>The city council voted on Tuesday to expand the bus network, adding twelve new routes by next spring.</p>
<p>“This is the biggest change to public transport in a generation,” said Maria Lopez, the council’s transport chair.</p>
<p>Opponents argued that the plan, which costs about $40 million, would raise fares for existing riders.</p>
"""
