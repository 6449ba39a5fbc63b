// swift-tools-version:6.0
// CloneProtocol: the Gateway protocol and recording-event models, generated from the TypeBox schemas
// by `pnpm protocol:gen` (see Sources/CloneProtocol; never edit those files by hand).
import PackageDescription

let package = Package(
    name: "CloneProtocol",
    platforms: [.macOS(.v13), .iOS(.v16)],
    products: [
        .library(name: "CloneProtocol", targets: ["CloneProtocol"]),
    ],
    targets: [
        .target(name: "CloneProtocol"),
        // Test tooling, hand-written: the Swift side of the cross-language conformance runner
        // (scripts/swift/harness.sh). Not a product, so nothing depending on the library sees it.
        .executableTarget(name: "CloneConformanceHarness", dependencies: ["CloneProtocol"]),
        .testTarget(name: "CloneProtocolTests", dependencies: ["CloneProtocol"]),
    ]
)
