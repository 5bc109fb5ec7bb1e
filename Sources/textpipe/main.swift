import TextPipeCLI
import TextPipeStages

TextPipeCommand.main(registry: BuiltInStages.registry)
