// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "textpipe",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "TextPipe", targets: ["TextPipe"]),
        .library(name: "TextPipeStages", targets: ["TextPipeStages"]),
        .library(name: "TextPipeCLI", targets: ["TextPipeCLI"]),
        .executable(name: "textpipe", targets: ["textpipe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        // SHA-256 with the CPU's SHA instructions where it has them.
        .target(name: "CSHA256"),
        // Core: documents, the stage protocol, pipeline files, the runner.
        .target(
            name: "TextPipe",
            dependencies: [
                "CSHA256",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "HTMLCleanup",
            dependencies: ["TextPipe", "CLibXML2"]
        ),
        .target(
            name: "Segmentation",
            dependencies: ["TextPipe"]
        ),
        .target(
            name: "EntityTagging",
            dependencies: ["TextPipe"],
            exclude: ["NOTICE-entities.md"],
            resources: [.copy("Resources")]
        ),
        .target(
            name: "QuoteAttribution",
            dependencies: ["TextPipe"]
        ),
        .target(
            name: "SentimentStance",
            dependencies: ["TextPipe"],
            exclude: ["NOTICE-sentiment.md"]
        ),
        .target(
            name: "ExternalStages",
            dependencies: ["TextPipe", .product(name: "Logging", package: "swift-log")]
        ),
        // The one list of built-in stages.
        .target(
            name: "TextPipeStages",
            dependencies: ["TextPipe", "ExternalStages", "HTMLCleanup", "Segmentation", "EntityTagging", "QuoteAttribution", "SentimentStance"]
        ),
        // Scores against gold annotations (`textpipe eval`).
        .target(
            name: "Evaluation",
            dependencies: ["TextPipe"]
        ),
        // Terminal and HTML views of documents (`textpipe show`).
        .target(
            name: "Report",
            dependencies: ["TextPipe"]
        ),
        // The commands, as a library so that a user's package can build its own
        // `textpipe` with more stages registered.
        .target(
            name: "TextPipeCLI",
            dependencies: [
                "TextPipe",
                "Evaluation",
                "Report",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "textpipe",
            dependencies: ["TextPipeCLI", "TextPipeStages"]
        ),
        .testTarget(
            name: "TextPipeTests",
            dependencies: ["TextPipe", "TextPipeStages"]
        ),
        .testTarget(
            name: "HTMLCleanupTests",
            dependencies: ["HTMLCleanup", "TextPipe"]
        ),
        .testTarget(
            name: "SegmentationTests",
            dependencies: ["Segmentation", "TextPipe"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "EntityTaggingTests",
            dependencies: ["EntityTagging", "TextPipe"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "QuoteAttributionTests",
            dependencies: ["QuoteAttribution", "TextPipe"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SentimentStanceTests",
            dependencies: ["SentimentStance", "TextPipe"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "EvaluationTests",
            dependencies: ["Evaluation", "TextPipe"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "ReportTests",
            dependencies: ["Report", "TextPipe"]
        ),
        .testTarget(
            name: "TextPipeCLITests",
            dependencies: ["textpipe", "TextPipe"]
        ),
    ]
)

