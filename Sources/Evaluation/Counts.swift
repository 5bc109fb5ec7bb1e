/// True positives, false positives and false negatives, and what follows from them.
public struct Counts: Sendable, Equatable {
    public var truePositives = 0
    public var falsePositives = 0
    public var falseNegatives = 0

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// 1 when nothing was predicted and nothing was expected (nothing was wrong).
    public var precision: Double {
        let d = truePositives + falsePositives
        return d == 0 ? (falseNegatives == 0 ? 1 : 0) : Double(truePositives) / Double(d)
    }

    public var recall: Double {
        let d = truePositives + falseNegatives
        return d == 0 ? (falsePositives == 0 ? 1 : 0) : Double(truePositives) / Double(d)
    }

    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    public static func + (a: Counts, b: Counts) -> Counts {
        Counts(truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives,
               falseNegatives: a.falseNegatives + b.falseNegatives)
    }
}

/// How many of some judged items were right.
public struct Accuracy: Sendable, Equatable {
    public var right = 0
    public var total = 0

    public init(right: Int = 0, total: Int = 0) {
        self.right = right
        self.total = total
    }

    /// nil when there was nothing to judge.
    public var value: Double? { total == 0 ? nil : Double(right) / Double(total) }

    public static func + (a: Accuracy, b: Accuracy) -> Accuracy {
        Accuracy(right: a.right + b.right, total: a.total + b.total)
    }
}
