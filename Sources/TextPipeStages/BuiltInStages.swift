import EntityTagging
import ExternalStages
import HTMLCleanup
import QuoteAttribution
import Segmentation
import SentimentStance
import TextPipe

/// Every stage that ships with textpipe, in the order `textpipe stages` lists
/// them. A new built-in stage is added here and nowhere else.
public enum BuiltInStages {
    public static let all: [any Stage.Type] = languageStages + utilityStages

    static let languageStages: [any Stage.Type] = [
        HTMLCleanupStage.self,
        SegmentStage.self,
        EntityStage.self,
        QuoteStage.self,
        SentimentStage.self,
    ]

    static let utilityStages: [any Stage.Type] = [
        PassthroughStage.self,
        StatsStage.self,
        RequireStage.self,
        DelayStage.self,
        ExecStage.self,
    ]

    /// A registry holding the built-in stages; add your own with `register(_:)`.
    public static var registry: StageRegistry { StageRegistry(all) }
}
