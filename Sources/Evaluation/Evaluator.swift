import TextPipe

/// Compares predicted documents with gold ones, document by document and in total.
///
/// - Quotes (kinds `mention` and `nested` left out): precision, recall and F1 for an exact
///   match (equal text once whitespace, apostrophes and end punctuation are
///   normalised) and for a match of at least 80% of tokens (shared tokens over
///   the longer of the two; each gold quote matches at most one prediction).
/// - Speakers, over the quotes matched at 80%: right when the predicted
///   speaker's canonical name or text is the gold speaker or one of its
///   aliases; no speaker against a gold speaker of null is right too.
/// - Entities: distinct (surface form, label) pairs per document, per label and overall.
/// - Sentences, where gold has them: sentence texts as sets.
/// - Polarity: the document label, and each matched quote's label, where gold has them.
public enum Evaluator {
    public static let overlapThreshold = 0.8

    public static func evaluate(predicted: [Document], gold: [GoldDocument]) -> Evaluation {
        var byID: [String: Document] = [:]
        for doc in predicted where byID[doc.id] == nil { byID[doc.id] = doc }
        let goldIDs = Set(gold.map(\.id))
        var documents: [DocumentEvaluation] = []
        var missing: [String] = []
        for g in gold {
            let doc = byID[g.id]
            if doc == nil { missing.append(g.id) }
            documents.append(evaluate(doc, against: g))
        }
        let extra = predicted.map(\.id).filter { !goldIDs.contains($0) }
        return Evaluation(documents: documents, predictedWithoutGold: extra, goldWithoutPrediction: missing)
    }

    /// One document; a missing prediction counts as predicting nothing.
    public static func evaluate(_ document: Document?, against gold: GoldDocument) -> DocumentEvaluation {
        var result = DocumentEvaluation(id: gold.id)
        let text = document?.text ?? ""
        let allQuotes = (try? document?.get(Layer.quotes)) ?? nil ?? []
        let predicted = allQuotes.enumerated().filter {
            $0.element.kind != Quote.Kind.mention.rawValue && $0.element.kind != Quote.Kind.nested.rawValue
        }
        let sentiment = (try? document?.get(Layer.sentiment)) ?? nil

        // Exact matches.
        var used = Set<Int>()
        for g in gold.quotes {
            let target = normalizedQuote(g.text)
            if let hit = predicted.first(where: { !used.contains($0.offset) && normalizedQuote($0.element.text) == target }) {
                used.insert(hit.offset)
                result.quotesExact.truePositives += 1
            }
        }
        result.quotesExact.falsePositives = predicted.count - result.quotesExact.truePositives
        result.quotesExact.falseNegatives = gold.quotes.count - result.quotesExact.truePositives

        // Overlap matches, best pairs first.
        var pairs: [(gold: Int, predicted: Int, score: Double)] = []
        for (gi, g) in gold.quotes.enumerated() {
            let gTokens = tokens(g.text)
            for (pi, p) in predicted {
                let score = overlap(gTokens, tokens(p.text))
                if score >= overlapThreshold { pairs.append((gi, pi, score)) }
            }
        }
        pairs.sort { $0.score != $1.score ? $0.score > $1.score : ($0.gold, $0.predicted) < ($1.gold, $1.predicted) }
        var goldUsed = Set<Int>(), predUsed = Set<Int>()
        var matches: [(Int, Int)] = []
        for pair in pairs where !goldUsed.contains(pair.gold) && !predUsed.contains(pair.predicted) {
            goldUsed.insert(pair.gold)
            predUsed.insert(pair.predicted)
            matches.append((pair.gold, pair.predicted))
        }
        result.quotesOverlap = Counts(truePositives: matches.count, falsePositives: predicted.count - matches.count,
                                      falseNegatives: gold.quotes.count - matches.count)

        for (gi, pi) in matches.sorted(by: { $0.0 < $1.0 }) {
            let g = gold.quotes[gi], p = allQuotes[pi]
            let right = speakerMatches(p.speaker, g)
            result.speakers.total += 1
            if right { result.speakers.right += 1 }
            let predictedName = p.speaker.map { $0.canonical ?? $0.text }
            result.quoteNotes.append(.init(gold: g.text, speaker: g.speaker, predictedSpeaker: predictedName,
                                           outcome: right ? .right : .wrongSpeaker))
            if let goldPolarity = g.polarity, let scores = sentiment?.quotes {
                let label = scores.first { $0.index == pi }?.label
                result.quotePolarity.total += 1
                if label == goldPolarity { result.quotePolarity.right += 1 }
            }
        }
        for (gi, g) in gold.quotes.enumerated() where !goldUsed.contains(gi) {
            result.quoteNotes.append(.init(gold: g.text, speaker: g.speaker, predictedSpeaker: nil, outcome: .missed))
        }
        for (pi, p) in predicted where !predUsed.contains(pi) {
            result.quoteNotes.append(.init(gold: p.text, speaker: nil, predictedSpeaker: p.speaker.map { $0.canonical ?? $0.text },
                                           outcome: .extra))
        }

        if let goldEntities = gold.entities {
            let entities = (try? document?.get(Layer.entities)) ?? nil ?? []
            let predictedSet = Set(entities.map { GoldDocument.Entity(text: normalizedName($0.text), label: $0.label) })
            let goldSet = Set(goldEntities.map { GoldDocument.Entity(text: normalizedName($0.text), label: $0.label) })
            let labels = Set(predictedSet.map(\.label)).union(goldSet.map(\.label))
            var perLabel: [String: Counts] = [:]
            for label in labels {
                let p = predictedSet.filter { $0.label == label }, g = goldSet.filter { $0.label == label }
                perLabel[label] = Counts(truePositives: p.intersection(g).count, falsePositives: p.subtracting(g).count,
                                         falseNegatives: g.subtracting(p).count)
            }
            result.entities = perLabel
        }

        if let goldSentences = gold.sentences {
            let spans = (try? document?.get(Layer.sentences)) ?? nil ?? []
            let offsets = TextOffsets(text)
            let predictedTexts = spans.compactMap { s -> String? in
                guard s.end <= offsets.scalarCount else { return nil }
                return collapse(String(offsets.substring(s)))
            }
            let p = multiset(predictedTexts), g = multiset(goldSentences.map(collapse))
            var counts = Counts()
            for (k, n) in g { counts.truePositives += min(n, p[k] ?? 0) }
            counts.falsePositives = predictedTexts.count - counts.truePositives
            counts.falseNegatives = goldSentences.count - counts.truePositives
            result.sentences = counts
        }

        if let goldPolarity = gold.documentPolarity {
            result.documentPolarity.total = 1
            if sentiment?.document?.label == goldPolarity { result.documentPolarity.right = 1 }
        }
        return result
    }

    static func speakerMatches(_ speaker: Quote.Speaker?, _ gold: GoldDocument.Quote) -> Bool {
        guard let goldName = gold.speaker else { return speaker == nil }
        guard let speaker else { return false }
        let accepted = Set(([goldName] + gold.aliases).map(normalizedName))
        return [speaker.canonical, speaker.text].compactMap { $0 }.map(normalizedName).contains { accepted.contains($0) }
    }

    /// Names compare without case, a possessive or a leading "the" ("the US military" = "US military").
    static func normalizedName(_ s: String) -> String {
        var t = collapse(s).lowercased().replacingOccurrences(of: "’", with: "'")
        if t.hasSuffix("'s") { t.removeLast(2) }
        if t.hasPrefix("the ") { t.removeFirst(4) }
        return t
    }

    static func normalizedQuote(_ s: String) -> String {
        var t = collapse(s).replacingOccurrences(of: "’", with: "'").replacingOccurrences(of: "‘", with: "'")
        while let last = t.last, ",.;:!?".contains(last) { t.removeLast() }
        return t.trimmingCharacters(in: .whitespaces)
    }

    static func collapse(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func tokens(_ s: String) -> [String] {
        s.lowercased().replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "'") }).map(String.init)
    }

    /// Shared tokens (with repeats) over the longer list's length.
    static func overlap(_ a: [String], _ b: [String]) -> Double {
        guard !a.isEmpty, !b.isEmpty else { return a.isEmpty && b.isEmpty ? 1 : 0 }
        var counts = multiset(a)
        var shared = 0
        for t in b where (counts[t] ?? 0) > 0 {
            counts[t]! -= 1
            shared += 1
        }
        return Double(shared) / Double(max(a.count, b.count))
    }

    static func multiset(_ items: [String]) -> [String: Int] {
        var m: [String: Int] = [:]
        for i in items { m[i, default: 0] += 1 }
        return m
    }
}

import Foundation
