// swift-tools-version:6.1
import PackageDescription

// Yaodian (要点): work plans of Chinese local S&T bureaus as data.
// libxml2 lives in CLibXML2 and is linked by YaodianIngest only; the model never sees it.
let package = Package(
    name: "Yaodian",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "YaodianModel", targets: ["YaodianModel"]),
        .library(name: "YaodianParse", targets: ["YaodianParse"]),
        .library(name: "YaodianIngest", targets: ["YaodianIngest"]),
        .library(name: "YaodianValidate", targets: ["YaodianValidate"]),
        .executable(name: "yaodian-ingest", targets: ["yaodian-ingest"]),
        .executable(name: "yaodian-validate", targets: ["yaodian-validate"]),
        .plugin(name: "ValidatePlans", targets: ["ValidatePlans"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/swiftcsv/SwiftCSV", from: "0.10.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .systemLibrary(
            name: "CLibOpenCC",
            pkgConfig: "opencc",
            providers: [.apt(["libopencc-dev"]), .brew(["opencc"])]
        ),
        .target(name: "YaodianModel"),
        .target(name: "YaodianText"),
        .target(
            name: "YaodianParse",
            dependencies: ["YaodianModel", "YaodianText", "CLibOpenCC"],
            resources: [.process("Resources")]
        ),
        .target(
            name: "YaodianIngest",
            dependencies: [
                "CLibXML2",
                "YaodianModel",
                "YaodianText",
                "YaodianParse",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .systemLibrary(name: "CMalloc"),
        .target(
            name: "YaodianCommandSupport",
            dependencies: ["CMalloc", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .executableTarget(
            name: "yaodian-ingest",
            dependencies: [
                "YaodianCommandSupport",
                "YaodianIngest",
                "YaodianModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "YaodianValidate",
            dependencies: [
                "YaodianModel",
                "YaodianParse",
                "YaodianText",
                .product(name: "Yams", package: "Yams"),
                .product(name: "SwiftCSV", package: "SwiftCSV"),
            ]
        ),
        .executableTarget(
            name: "yaodian-validate",
            dependencies: [
                "YaodianCommandSupport",
                "YaodianValidate",
                "YaodianIngest",
                "YaodianModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .plugin(
            name: "ValidatePlans",
            capability: .command(
                intent: .custom(verb: "validate-plans", description: "Check work plans for inconsistent targets (yaodian-validate)")
            ),
            dependencies: ["yaodian-validate"]
        ),
        .executableTarget(
            name: "yaodian-bench",
            dependencies: ["YaodianCommandSupport", "YaodianIngest", "YaodianParse", "YaodianValidate", "CLibXML2"]
        ),
        .target(name: "YaodianTestSupport", path: "Tests/YaodianTestSupport"),
        .testTarget(
            name: "YaodianParseTests",
            dependencies: ["YaodianParse", "YaodianModel"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "YaodianIngestTests",
            dependencies: ["YaodianIngest", "YaodianModel", "YaodianTestSupport", .product(name: "Crypto", package: "swift-crypto")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "YaodianValidateTests",
            dependencies: ["YaodianValidate", "YaodianModel", "YaodianParse", "YaodianTestSupport",
                           .product(name: "Yams", package: "Yams")],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
