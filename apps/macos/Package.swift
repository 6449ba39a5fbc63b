// swift-tools-version:6.0
// CloneProtocol: the Gateway protocol and recording-event models; ClaudeCodeSessionV<version>: one
// module per Claude Code session format version. All generated from the TypeBox schemas by
// `pnpm protocol:gen` (clone-codegen.config.ts; never edit those files by hand). Each Swift output
// of the config is one library here (packages/codegen/test/swift-package.test.ts checks the two agree).
import PackageDescription

let package = Package(
    name: "CloneProtocol",
    platforms: [.macOS(.v13), .iOS(.v16)],
    products: [
        .library(name: "CloneProtocol", targets: ["CloneProtocol"]),
        .library(name: "ClaudeCodeSessionV2_0_76", targets: ["ClaudeCodeSessionV2_0_76"]),
        .library(name: "ClaudeCodeSessionV2_1_1", targets: ["ClaudeCodeSessionV2_1_1"]),
        .library(name: "ClaudeCodeSessionV2_1_59", targets: ["ClaudeCodeSessionV2_1_59"]),
    ],
    targets: [
        .target(name: "CloneProtocol"),
        .target(name: "ClaudeCodeSessionV2_0_76"),
        .target(name: "ClaudeCodeSessionV2_1_1"),
        .target(name: "ClaudeCodeSessionV2_1_59"),
        // Test tooling, hand-written: the Swift side of the cross-language conformance runner
        // (scripts/swift/harness.sh). Not a product, so nothing depending on the library sees it.
        .executableTarget(name: "CloneConformanceHarness", dependencies: ["CloneProtocol"]),
        .testTarget(name: "CloneProtocolTests", dependencies: ["CloneProtocol"]),
    ]
)
