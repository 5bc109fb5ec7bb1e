import TextPipe

/// Writes a test document compactly: `⟦Joseph Park⟧` marks a PERSON,
/// `⟦Pentagon|ORG⟧` another label, `⟦Evelyn Brooks|PERSON|female⟧` a gender.
/// Mentions whose last words match share a cluster ("Park" joins "Joseph Park"),
/// whose canonical name is its longest mention. Paragraphs are lines; sentences
/// end after `.`, `?` or `!` (and any closing quote) before a space and a
/// capital or opening quote, but not after a title's period ("Sgt.", "Dr.").
func markedDocument(_ marked: String, id: String = "t") -> Document {
    var text = String.UnicodeScalarView()
    var entities: [(start: Int, end: Int, text: String, label: String, gender: String?)] = []
    var scalars = Array(marked.unicodeScalars)[...]
    while let c = scalars.first {
        scalars = scalars.dropFirst()
        guard c == "⟦" else { text.append(c); continue }
        let inner = scalars.prefix { $0 != "⟧" }
        scalars = scalars.dropFirst(inner.count + 1)
        let fields = String(String.UnicodeScalarView(inner)).split(separator: "|").map(String.init)
        let start = text.count
        text.append(contentsOf: fields[0].unicodeScalars)
        entities.append((start, text.count, fields[0], fields.count > 1 ? fields[1] : "PERSON", fields.count > 2 ? fields[2] : nil))
    }
    let string = String(text)
    var doc = Document(id: id, text: string)

    var clusters: [EntityCluster] = []
    var placed: [Entity] = []
    for e in entities {
        let last = e.text.split(separator: " ").last.map(String.init) ?? e.text
        if let i = clusters.firstIndex(where: { $0.label == e.label && ($0.canonical == e.text || $0.canonical.hasSuffix(" " + last) || e.text.hasSuffix(" " + $0.canonical)) }) {
            if e.text.count > clusters[i].canonical.count { clusters[i].canonical = e.text }
            if let g = e.gender { clusters[i].gender = g }
            placed.append(Entity(start: e.start, end: e.end, text: e.text, label: e.label, cluster: clusters[i].id))
        } else {
            clusters.append(EntityCluster(id: clusters.count, canonical: e.text, label: e.label, gender: e.gender))
            placed.append(Entity(start: e.start, end: e.end, text: e.text, label: e.label, cluster: clusters.count - 1))
        }
    }
    doc.set(Layer.entities, placed)
    doc.set(Layer.clusters, clusters)

    let s = Array(string.unicodeScalars)
    var paragraphs: [Span] = []
    var sentences: [Span] = []
    var pStart = 0
    func closeParagraph(_ end: Int) {
        guard end > pStart else { return }
        paragraphs.append(Span(start: pStart, end: end))
        var sStart = pStart
        var i = pStart
        while i < end {
            // ("Sgt. Tom Hale": a title's period ends no sentence.)
            var w = i
            while w > sStart, s[w - 1].properties.isAlphabetic { w -= 1 }
            let word = String(String.UnicodeScalarView(s[w..<i]))
            if s[i] == ".", ["Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "Lt", "Col", "Sgt", "Capt", "St", "Asst", "Dep", "Brig"].contains(word) {
                i += 1
                continue
            }
            if ".?!".unicodeScalars.contains(s[i]) {
                var j = i + 1
                while j < end, "”\"’'".unicodeScalars.contains(s[j]) { j += 1 }
                if j < end, s[j] == " ", j + 1 < end, s[j + 1].properties.isUppercase || "“\"‘".unicodeScalars.contains(s[j + 1]) {
                    sentences.append(Span(start: sStart, end: j))
                    sStart = j + 1
                    i = j
                }
            }
            i += 1
        }
        if end > sStart { sentences.append(Span(start: sStart, end: end)) }
    }
    for (i, c) in s.enumerated() where c == "\n" {
        closeParagraph(i)
        pStart = i + 1
    }
    closeParagraph(s.count)
    doc.set(Layer.paragraphs, paragraphs)
    doc.set(Layer.sentences, sentences)
    return doc
}
