// swift-tools-version:6.0
import PackageDescription

// Layers, each depending only on the ones below it:
// lede (command line) -> LedeREPL, LedeNotebook -> LedeLanguage -> LedeStore -> LedeExtract -> LedeCorpus
let package = Package(
    name: "Lede",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "lede", targets: ["lede"]),
        .library(name: "LedeLanguage", targets: ["LedeLanguage"]),
        .library(name: "LedeCorpus", targets: ["LedeCorpus"]),
        .library(name: "LedeExtract", targets: ["LedeExtract"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
    ],
    targets: [
        .systemLibrary(name: "CEditLine", pkgConfig: "libedit", providers: [.apt(["libedit-dev"])]),
        .systemLibrary(name: "CGumbo", pkgConfig: "gumbo", providers: [.apt(["libgumbo-dev"])]),
        .target(name: "LedeCorpus", dependencies: ["CGumbo"]),
        .target(name: "LedeExtract", dependencies: ["LedeCorpus"], resources: [.copy("Lexicons")]),
        .target(name: "LedeStore", dependencies: [
            "LedeExtract", "LedeCorpus",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "PostgresNIO", package: "postgres-nio"),
        ]),
        .target(name: "LedeLanguage", dependencies: ["LedeCorpus", "LedeExtract", "LedeStore"]),
        .target(name: "LedeNotebook", dependencies: ["LedeLanguage", "LedeCorpus"]),
        .target(name: "LedeREPL", dependencies: ["LedeNotebook", "LedeLanguage", "LedeCorpus", "CEditLine"]),
        .executableTarget(name: "lede", dependencies: [
            "LedeREPL", "LedeNotebook", "LedeLanguage", "LedeStore", "LedeCorpus", "LedeExtract",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        // Measures extraction quality against the annotated corpora in ../shared (Scripts/eval).
        .executableTarget(name: "lede-eval", dependencies: ["LedeExtract", "LedeCorpus"]),
        // libFuzzer entry points (`Scripts/fuzz`): each builds with `--sanitize=fuzzer`; a plain
        // build links them as do-nothing programs.
        // Generates programs for the fuzzer over the whole command line.
        .executableTarget(name: "lede-fuzz", dependencies: ["LedeLanguage"]),
        .executableTarget(name: "FuzzSyntax", dependencies: ["LedeLanguage"], path: "Sources/Fuzz/FuzzSyntax"),
        .executableTarget(name: "FuzzEvaluator", dependencies: ["LedeLanguage"], path: "Sources/Fuzz/FuzzEvaluator"),
        .executableTarget(name: "FuzzLoader", dependencies: ["LedeCorpus"], path: "Sources/Fuzz/FuzzLoader"),
        .executableTarget(name: "FuzzExtractor", dependencies: ["LedeExtract"], path: "Sources/Fuzz/FuzzExtractor"),
        .testTarget(name: "LedeCorpusTests", dependencies: ["LedeCorpus"], exclude: ["HTMLPages"]),
        .testTarget(name: "LedeExtractTests", dependencies: ["LedeExtract"]),
        .testTarget(name: "LedeStoreTests", dependencies: ["LedeStore", "LedeLanguage", "LedeCorpus", "LedeExtract"]),
        .testTarget(name: "LedeLanguageTests", dependencies: ["LedeLanguage", "LedeCorpus", "LedeExtract", "LedeStore"]),
        .testTarget(name: "LedeREPLTests", dependencies: ["LedeREPL", "LedeLanguage", "LedeCorpus", "LedeExtract"]),
        .testTarget(name: "LedeNotebookTests", dependencies: ["LedeNotebook", "LedeLanguage", "LedeCorpus"]),
        .testTarget(name: "LedeCLITests", dependencies: ["lede", "LedeStore"]),
    ]
)
