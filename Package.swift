// swift-tools-version: 6.2
import PackageDescription

/// Casebook: resolved helpdesk tickets in, a reviewed static help center out.
///
/// The targets mirror the pipeline: `CasebookCore` (model, store, configuration, pipeline runner) at the
/// bottom, `CasebookText` (tokenising, stemming, language detection) beside it, one library per stage
/// above them, and the thin `casebook` executable on top.
let grdb: Target.Dependency = .product(name: "GRDB", package: "GRDB.swift")

let package = Package(
    name: "Casebook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "casebook", targets: ["casebook"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
    ],
    targets: [
        // System libraries (Debian: libxml2-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libstemmer-dev).
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CCmarkGFM", providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CStemmer", providers: [.apt(["libstemmer-dev"])]),
        // Atomic exchange of two folders (renameat2 / renamex_np), for swapping a published site in.
        .target(name: "CSiteSwap"),

        // Shared foundation.
        .target(
            name: "CasebookCore",
            dependencies: [
                grdb,
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "CasebookText", dependencies: ["CStemmer"]),

        // One library per stage.
        .target(name: "CasebookIngest", dependencies: ["CasebookCore", "CasebookText", "CLibXML2", grdb]),
        .target(name: "CasebookCluster", dependencies: ["CasebookCore", "CasebookText", grdb]),
        .target(name: "CasebookDraft", dependencies: ["CasebookCore", "CasebookText", grdb]),
        .target(name: "CasebookReview", dependencies: ["CasebookCore", grdb]),
        .target(
            name: "CasebookPublish",
            dependencies: [
                "CasebookCore", "CCmarkGFM", "CSiteSwap", grdb, .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),

        // The local web review app (`casebook serve`), over the ledger, the review tools and the site's theme.
        .target(
            name: "CasebookServe",
            dependencies: [
                "CasebookCore", "CasebookReview", "CasebookPublish", "CasebookDraft",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),

        // The thin command-line front end.
        .executableTarget(
            name: "casebook",
            dependencies: [
                "CasebookCore", "CasebookIngest", "CasebookCluster", "CasebookDraft", "CasebookReview",
                "CasebookPublish", "CasebookServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "CasebookCoreTests", dependencies: ["CasebookCore", grdb]),
        .testTarget(name: "CasebookTextTests", dependencies: ["CasebookText"]),
        .testTarget(name: "CasebookIngestTests", dependencies: ["CasebookIngest", grdb]),
        .testTarget(name: "CasebookClusterTests", dependencies: ["CasebookCluster", grdb]),
        .testTarget(name: "CasebookDraftTests", dependencies: ["CasebookDraft", grdb]),
        .testTarget(name: "CasebookReviewTests", dependencies: ["CasebookReview", grdb]),
        .testTarget(
            name: "CasebookServeTests",
            dependencies: ["CasebookServe", .product(name: "Mustache", package: "swift-mustache")]),
        .testTarget(
            name: "CasebookPublishTests", dependencies: ["CasebookPublish", grdb], exclude: ["Support/Golden"]),
        .testTarget(
            name: "CasebookCLITests", dependencies: ["casebook", .product(name: "Yams", package: "Yams")]),
    ],
    swiftLanguageModes: [.v6]
)
