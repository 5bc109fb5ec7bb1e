import Foundation
import TextPipe

/// Renders an evaluation as a table for people or as JSON for tools.
public enum EvaluationReport {
    public static func text(_ evaluation: Evaluation, details: Bool) -> String {
        var out = ""
        let docs = evaluation.documents.count > 1 ? evaluation.documents + [evaluation.total] : evaluation.documents
        for d in docs {
            out += "\(d.id)\n"
            out += row("quotes, exact span", d.quotesExact)
            out += row("quotes, ≥80% token overlap", d.quotesOverlap)
            out += accuracyRow("speakers (of matched quotes)", d.speakers)
            if let overall = d.entitiesOverall {
                out += row("entities", overall)
                for label in (d.entities ?? [:]).keys.sorted() { out += row("  " + label, d.entities![label]!) }
            }
            if let s = d.sentences { out += row("sentences", s) }
            if d.documentPolarity.total > 0 { out += accuracyRow("document polarity", d.documentPolarity) }
            if d.quotePolarity.total > 0 { out += accuracyRow("quote polarity", d.quotePolarity) }
            if details && d.id != "total" {
                for note in d.quoteNotes where note.outcome != .right {
                    let who: String
                    switch note.outcome {
                    case .wrongSpeaker: who = "gold \(note.speaker ?? "none"), predicted \(note.predictedSpeaker ?? "none")"
                    case .missed: who = "gold speaker \(note.speaker ?? "none")"
                    case .extra: who = "predicted speaker \(note.predictedSpeaker ?? "none")"
                    case .right: who = ""
                    }
                    out += "    \(note.outcome.rawValue): “\(clip(note.gold, 70))” (\(who))\n"
                }
            }
            out += "\n"
        }
        if !evaluation.goldWithoutPrediction.isEmpty {
            out += "no prediction for: \(evaluation.goldWithoutPrediction.joined(separator: ", ")) (counted as predicting nothing)\n"
        }
        if !evaluation.predictedWithoutGold.isEmpty {
            out += "\(evaluation.predictedWithoutGold.count) predicted document(s) have no gold and were not scored\n"
        }
        return out
    }

    private static func row(_ name: String, _ c: Counts) -> String {
        name.padding(toLength: 30, withPad: " ", startingAt: 0)
            + String(format: "P %.3f  R %.3f  F1 %.3f", c.precision, c.recall, c.f1)
            + "   (\(c.truePositives) right, \(c.falsePositives) extra, \(c.falseNegatives) missed)\n"
    }

    private static func accuracyRow(_ name: String, _ a: Accuracy) -> String {
        name.padding(toLength: 30, withPad: " ", startingAt: 0)
            + (a.value.map { String(format: "%.3f", $0) } ?? "-") + "   (\(a.right) of \(a.total))\n"
    }

    static func clip(_ s: String, _ n: Int) -> String { s.count > n ? String(s.prefix(n - 1)) + "…" : s }

    public static func json(_ evaluation: Evaluation) -> JSONValue {
        func counts(_ c: Counts) -> JSONValue {
            ["precision": JSONValue(c.precision), "recall": JSONValue(c.recall), "f1": JSONValue(c.f1),
             "tp": JSONValue(c.truePositives), "fp": JSONValue(c.falsePositives), "fn": JSONValue(c.falseNegatives)]
        }
        func accuracy(_ a: Accuracy) -> JSONValue {
            ["accuracy": a.value.map { JSONValue($0) } ?? .null, "right": JSONValue(a.right), "total": JSONValue(a.total)]
        }
        func document(_ d: DocumentEvaluation) -> JSONValue {
            var o: JSONObject = [
                "id": .string(d.id), "quotes_exact": counts(d.quotesExact), "quotes_overlap": counts(d.quotesOverlap),
                "speakers": accuracy(d.speakers),
            ]
            if let e = d.entities {
                var byLabel = JSONObject()
                for label in e.keys.sorted() { byLabel[label] = counts(e[label]!) }
                o["entities"] = ["overall": counts(d.entitiesOverall!), "by_label": .object(byLabel)]
            }
            if let s = d.sentences { o["sentences"] = counts(s) }
            if d.documentPolarity.total > 0 { o["document_polarity"] = accuracy(d.documentPolarity) }
            if d.quotePolarity.total > 0 { o["quote_polarity"] = accuracy(d.quotePolarity) }
            return .object(o)
        }
        return [
            "documents": .array(evaluation.documents.map(document)),
            "total": document(evaluation.total),
            "gold_without_prediction": .array(evaluation.goldWithoutPrediction.map(JSONValue.string)),
            "predicted_without_gold": JSONValue(evaluation.predictedWithoutGold.count),
        ]
    }
}
