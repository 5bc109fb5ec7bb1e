import Testing
import TextPipe
@testable import HTMLCleanup

/// The examples in the stage's description are part of `textpipe stages`;
/// they must hold.
@Test(arguments: HTMLCleanupStage.description.examples.indices)
func stageExampleHolds(_ index: Int) throws {
    let example = HTMLCleanupStage.description.examples[index]
    let stage = try HTMLCleanupStage(options: StageOptions.defaults(for: HTMLCleanupStage.description, overriding: example.options))
    var document = example.input
    if let expectedError = example.expectedError {
        #expect {
            try stage.process(&document, context: StageContext(stageID: "html-cleanup"))
        } throws: { error in
            "\(error)".contains(expectedError)
        }
        return
    }
    try stage.process(&document, context: StageContext(stageID: "html-cleanup"))
    for (key, value) in example.expected {
        #expect(document[field: key] == value, "\(example.title): \(key)")
    }
}
