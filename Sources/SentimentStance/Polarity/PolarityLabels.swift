/// Turns scores into the schema's labels: positive at or above `positive`,
/// negative at or below `negative`, neutral between. ±0.05 are VADER's own
/// recommended cut-offs and the ones the NYT benchmark uses.
public struct PolarityLabels: Sendable, Equatable {
    public var positive: Double
    public var negative: Double

    public init(positive: Double = 0.05, negative: Double = -0.05) {
        self.positive = positive
        self.negative = negative
    }

    public func label(_ score: Double) -> String {
        if score >= positive { return "positive" }
        if score <= negative { return "negative" }
        return "neutral"
    }
}
