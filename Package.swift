// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Storyline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "storyline", targets: ["storyline"]),
        .library(name: "StorylineModel", targets: ["StorylineModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // The model: reading articles, extraction, stories, filtering, export. Foundation only.
        .target(
            name: "StorylineModel",
            exclude: ["Resources"]  // embedded by scripts/embed-resources as Generated/EmbeddedResources.swift
        ),
        // The browser's state, key handling and rendering into a cell grid. No terminal code.
        .target(name: "StorylineUI", dependencies: ["StorylineModel"]),
        // The only C: ncursesw through a shim header.
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // The thin ncurses backend that draws a cell grid and reads keys.
        .target(name: "StorylineTerminal", dependencies: ["StorylineUI", "CNcursesw"]),
        // The command-line interface.
        .executableTarget(
            name: "storyline",
            dependencies: [
                "StorylineModel", "StorylineUI", "StorylineTerminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Not a test: times the browser's first frame and per-key latency on synthetic corpora (scripts/bench-ui).
        .executableTarget(name: "storyline-bench-ui", dependencies: ["StorylineUI", "StorylineModel"], path: "Sources/StorylineBenchUI"),
        .testTarget(name: "StorylineModelTests", dependencies: ["StorylineModel"]),
        .testTarget(name: "StorylineUITests", dependencies: ["StorylineUI", "StorylineModel"]),
        .testTarget(name: "StorylineCLITests", dependencies: ["StorylineModel"]),
        // Drives the real binary in tmux; skips itself where tmux is missing.
        .testTarget(name: "StorylineE2ETests"),
    ]
)
