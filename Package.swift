// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "mlsd",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "mlsd", targets: ["mlsd"]),
        .library(name: "CoachKit", targets: ["CoachKit"]),
        .library(name: "TerminalKit", targets: ["TerminalKit"]),
    ],
    targets: [
        // The domain: prompts, text analysis, scoring, sessions, transcripts, stats. No terminal I/O.
        .target(
            name: "CoachKit",
            dependencies: ["BuiltinPrompts"]
        ),
        // The built-in case studies from Prompts/, compiled into the binary by the PromptEmbedder plugin.
        .target(
            name: "BuiltinPrompts",
            plugins: ["PromptEmbedder"]
        ),
        .plugin(
            name: "PromptEmbedder",
            capability: .buildTool(),
            path: "Sources/PromptEmbedderPlugin"
        ),
        // Raw mode, key decoding, the line editor, the status line, colour.
        .target(name: "TerminalKit"),
        // The command-line front end: parses arguments and wires the parts together.
        .executableTarget(
            name: "mlsd",
            dependencies: ["CoachKit", "TerminalKit"]
        ),
        // Prints the speed figures: swift run -c release mlsd-bench
        .executableTarget(
            name: "mlsd-bench",
            dependencies: ["CoachKit", "TerminalKit"]
        ),
        // Calibration/ holds the labelled answer corpora the calibration tests read from disk.
        .testTarget(name: "CoachKitTests", dependencies: ["CoachKit"], exclude: ["Calibration"]),
        // What the terminal tests share: a VT100 emulator (VirtualScreen) and a pseudo-terminal (PseudoTerminal).
        .target(name: "TerminalTestSupport", dependencies: ["TerminalKit"], path: "Tests/TerminalTestSupport"),
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit", "TerminalTestSupport"]),
        .testTarget(name: "mlsdTests", dependencies: ["CoachKit", "mlsd", "TerminalTestSupport"]),
    ]
)
