// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "mlcoach",
    products: [
        .executable(name: "mlcoach", targets: ["mlcoach"])
    ],
    targets: [
        // The pure engine: problems, answers, scoring, rendering, the interview state machine.
        // Release builds skip the run-time exclusivity checks in the hot grading loops (about 5%
        // of grading time); debug builds and tests keep them.
        .target(
            name: "MLCoach",
            swiftSettings: [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]
        ),
        // The problem bank (Resources/), embedded into the binary at build time.
        .target(name: "MLCoachResources", exclude: ["Bank"], plugins: ["EmbedResourcesPlugin"]),
        .executableTarget(name: "EmbedResources"),
        .plugin(
            name: "EmbedResourcesPlugin",
            capability: .buildTool(),
            dependencies: ["EmbedResources"],
            path: "Sources/EmbedResourcesPlugin"
        ),
        // The system's SQLite (libsqlite3), for the practice history.
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite"),
        // The history database: records of graded attempts in SQLite.
        .target(name: "MLCoachStore", dependencies: ["MLCoach", "CSQLite"]),
        // Commands, argument parsing, terminal and files, wired to the engine.
        .target(name: "MLCoachCLI", dependencies: ["MLCoach", "MLCoachResources", "MLCoachStore"]),
        .executableTarget(name: "mlcoach", dependencies: ["MLCoachCLI"]),
        .executableTarget(
            name: "mlcoach-bench",
            dependencies: ["MLCoach", "MLCoachResources"],
            path: "Sources/Benchmark"
        ),
        .testTarget(name: "MLCoachTests", dependencies: ["MLCoach", "MLCoachResources"]),
        .testTarget(name: "MLCoachStoreTests", dependencies: ["MLCoachStore", "MLCoach"]),
        .testTarget(name: "MLCoachCLITests", dependencies: ["MLCoachCLI", "MLCoach", "MLCoachResources"]),
        .testTarget(name: "EndToEndTests", dependencies: ["mlcoach"]),
    ]
)
