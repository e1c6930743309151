// swift-tools-version:6.1
import PackageDescription

// Lede's speed measurement, run by Scripts/bench. A package of its own so that the root package
// (what CI builds and tests) never builds the benchmark machinery.
//
// - Benchmarks/LedeBench: the ordo-one/benchmark suite (`swift package --disable-sandbox benchmark`).
// - Sources/bench-summary: plain Swift, times the same workloads side by side in one process and
//   prints median seconds, MB/s and the ratio of each to the read-bytes baseline.
// - Sources/LedeBenchKit: the workloads both of them run, and where the corpus is.
let package = Package(
    name: "LedeBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "Lede", path: "../.."),
        // The trait switches off the default RuntimeInterposer trait, whose package is not mirrored.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .target(name: "LedeBenchKit", dependencies: [
            .product(name: "LedeCorpus", package: "Lede"),
            .product(name: "LedeExtract", package: "Lede"),
            .product(name: "LedeLanguage", package: "Lede"),
        ]),
        .executableTarget(name: "bench-summary", dependencies: ["LedeBenchKit"]),
        .executableTarget(
            name: "LedeBench",
            dependencies: [.product(name: "Benchmark", package: "benchmark"), "LedeBenchKit"],
            path: "Benchmarks/LedeBench",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        ),
    ]
)
