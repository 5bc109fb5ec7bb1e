import TextPipeCLI
import TextPipeStages
import TopTerms

// The built-in stages plus ours; every textpipe command works as usual.
TextPipeCommand.main(registry: BuiltInStages.registry.adding([TopTermsStage.self]))
