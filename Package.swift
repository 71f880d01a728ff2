// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "mlcoach",
    products: [
        .executable(name: "mlcoach", targets: ["mlcoach"])
    ],
    targets: [
        // The pure engine: problems, answers, scoring, rendering, the interview state machine.
        .target(name: "MLCoach"),
        // The problem bank (Resources/), embedded into the binary at build time.
        .target(name: "MLCoachResources", exclude: ["Bank"], plugins: ["EmbedResourcesPlugin"]),
        .executableTarget(name: "EmbedResources"),
        .plugin(
            name: "EmbedResourcesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedResources"],
            path: "Sources/EmbedResourcesPlugin"
        ),
        // Commands, argument parsing, terminal and files, wired to the engine.
        .target(name: "MLCoachCLI", dependencies: ["MLCoach", "MLCoachResources"]),
        .executableTarget(name: "mlcoach", dependencies: ["MLCoachCLI"]),
        .executableTarget(
            name: "mlcoach-bench",
            dependencies: ["MLCoach", "MLCoachResources"],
            path: "Sources/Benchmark"
        ),
        .testTarget(name: "MLCoachTests", dependencies: ["MLCoach", "MLCoachResources"]),
        .testTarget(name: "MLCoachCLITests", dependencies: ["MLCoachCLI", "MLCoach", "MLCoachResources"]),
        .testTarget(name: "EndToEndTests", dependencies: ["mlcoach"]),
    ]
)
