// swift-tools-version:6.0
// A stage of your own, in your own package: it depends on textpipe, defines
// the `top-terms` stage in its own module, and builds a `my-textpipe` that
// knows the built-in stages plus this one. Nothing in textpipe is edited.
import PackageDescription

let package = Package(
    name: "CustomStage",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "my-textpipe", targets: ["my-textpipe"]),
        .library(name: "TopTerms", targets: ["TopTerms"]),
    ],
    dependencies: [
        // Point this at textpipe's repository URL and a version in your own project.
        .package(name: "textpipe", path: "../.."),
    ],
    targets: [
        .target(
            name: "TopTerms",
            dependencies: [.product(name: "TextPipe", package: "textpipe")]
        ),
        .executableTarget(
            name: "my-textpipe",
            dependencies: [
                "TopTerms",
                .product(name: "TextPipeCLI", package: "textpipe"),
                .product(name: "TextPipeStages", package: "textpipe"),
            ]
        ),
        .testTarget(
            name: "TopTermsTests",
            dependencies: ["TopTerms", .product(name: "TextPipe", package: "textpipe")]
        ),
    ]
)
