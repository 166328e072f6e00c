// swift-tools-version: 6.2
import PackageDescription

/// Settings every Stance target shares: warnings are errors, so `swift build` stays clean.
let strict: [SwiftSetting] = [.treatAllWarnings(as: .error)]

/// Compiles a release executable against the static Swift runtime and Foundation (Linux).
let staticRuntimeInRelease: SwiftSetting = .unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))

let package = Package(
    name: "Stance",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "stance", targets: ["stance"]),
        .library(name: "StanceCore", targets: ["StanceCore"]),
        .library(name: "StanceStore", targets: ["StanceStore"]),
        .library(name: "StanceStorePostgres", targets: ["StanceStorePostgres"]),
        .library(name: "StanceGraphData", targets: ["StanceGraphData"]),
        .library(name: "StanceQuery", targets: ["StanceQuery"]),
        .library(name: "StanceRender", targets: ["StanceRender"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        // Both come with Hummingbird; named so StanceWeb can set its logger and response headers.
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        // bcrypt for the passwords of `stance serve`'s users (the product HummingbirdBcrypt only).
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    ],
    targets: [
        .target(name: "StanceCore", swiftSettings: strict),
        .target(
            name: "StanceStore",
            dependencies: [
                "StanceCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ],
            swiftSettings: strict),
        // The PostgreSQL engine behind the Store seam: the only code that imports PostgresNIO.
        .target(
            name: "StanceStorePostgres",
            dependencies: ["StanceStore", "StanceCore", .product(name: "PostgresNIO", package: "postgres-nio")],
            swiftSettings: strict),
        .target(
            name: "StanceGraphData",
            dependencies: ["StanceCore", "StanceStore", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict),
        .target(
            name: "StanceQuery",
            dependencies: ["StanceCore", "StanceStore"],
            swiftSettings: strict),
        .target(name: "StanceRender", dependencies: ["StanceCore"], swiftSettings: strict),
        .target(
            name: "StanceExtract",
            dependencies: ["StanceCore", "StanceStore", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict),
        .target(
            name: "StanceInterop",
            dependencies: ["StanceCore", "StanceStore", .product(name: "Yams", package: "Yams")],
            swiftSettings: strict),
        .target(
            name: "StanceREPL",
            dependencies: ["StanceCore", "StanceStore", "StanceQuery", "StanceRender"],
            swiftSettings: strict),
        // The web view (`stance serve`): the only module that imports Hummingbird. It reads the database through
        // Store, QueryEngine and GraphReader only, never SQL of its own.
        .target(
            name: "StanceWeb",
            dependencies: [
                "StanceCore", "StanceStore", "StanceQuery", "StanceRender", "StanceREPL", "StanceExtract",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"), .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            swiftSettings: strict),
        .executableTarget(
            name: "stance",
            dependencies: [
                "StanceCore", "StanceStore", "StanceGraphData", "StanceQuery", "StanceRender", "StanceREPL",
                "StanceExtract", "StanceWeb", "StanceStorePostgres", "StanceInterop",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The release binary users install carries the Swift runtime and Foundation, so it starts in about
            // 5 ms instead of 8–12 (docs/benchmarks.md). Both flags are needed: only a module compiled with
            // -static-stdlib autolinks the static Foundation's dependencies. lld (shipped with the toolchain) links
            // it without gold's warning about mktemp in the static Foundation. Debug builds and tests stay dynamic.
            swiftSettings: strict + [staticRuntimeInRelease],
            linkerSettings: [
                .unsafeFlags(["-static-stdlib", "-use-ld=lld"], .when(platforms: [.linux], configuration: .release))
            ]),
        .target(
            name: "StanceTestSupport",
            dependencies: ["StanceCore", "StanceStore", "StanceGraphData"],
            path: "Tests/StanceTestSupport", swiftSettings: strict),
        .executableTarget(
            name: "stance-fuzz",
            dependencies: ["StanceCore", "StanceStore", "StanceGraphData", "StanceQuery", "StanceRender"],
            swiftSettings: strict),
        .executableTarget(
            name: "stance-bench",
            dependencies: ["StanceCore", "StanceStore", "StanceGraphData", "StanceQuery", "StanceRender", "StanceStorePostgres"],
            swiftSettings: strict),
        .testTarget(
            name: "StanceHardeningTests",
            dependencies: ["StanceCore", "StanceStore", "StanceGraphData", "StanceQuery", "StanceRender",
                           "StanceTestSupport", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strict),
        .testTarget(
            name: "StanceStorePostgresTests",
            dependencies: [
                "StanceStorePostgres", "StanceStore", "StanceCore", "StanceGraphData", "StanceQuery", "StanceRender",
                "StanceTestSupport",
            ],
            swiftSettings: strict),
        .testTarget(
            name: "StanceCoreTests", dependencies: ["StanceCore"], swiftSettings: strict),
        .testTarget(
            name: "StanceGraphDataTests",
            dependencies: [
                "StanceGraphData", "StanceStore", "StanceCore", "StanceTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "StanceQueryTests",
            dependencies: [
                "StanceQuery", "StanceGraphData", "StanceStore", "StanceCore", "StanceRender",
                "StanceTestSupport", .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "StanceRenderTests", dependencies: ["StanceRender", "StanceCore"],
            swiftSettings: strict),
        .testTarget(
            name: "StanceExtractTests",
            dependencies: ["StanceExtract", "StanceStore", "StanceCore", "StanceGraphData", "StanceTestSupport"],
            exclude: ["Fixtures"],  // articles and gold codings, read by path
            swiftSettings: strict),
        .testTarget(
            name: "StanceREPLTests",
            dependencies: ["StanceREPL", "StanceQuery", "StanceStore", "StanceCore", "StanceTestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "StanceWebTests",
            dependencies: [
                "StanceWeb", "StanceStore", "StanceCore", "StanceQuery", "StanceRender", "StanceGraphData",
                "StanceTestSupport", "StanceStorePostgres", .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ],
            swiftSettings: strict),
        .testTarget(
            name: "StanceInteropTests",
            dependencies: [
                "StanceInterop", "StanceQuery", "StanceGraphData", "StanceStore", "StanceCore", "StanceTestSupport",
            ],
            swiftSettings: strict),
        .testTarget(
            name: "StanceCLITests", dependencies: ["stance", "StanceTestSupport"], swiftSettings: strict),
    ]
)
