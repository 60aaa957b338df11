import XCTest
@testable import YaodianIngest

/// Plugin families (site profiles, renderers) are "one file plus one line in a registry":
/// these tests fail when a folder and its registry disagree.
final class RegistryTests: XCTestCase {
    /// Sources/YaodianIngest, found from this file's path.
    private var sources: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Sources/YaodianIngest")
    }

    private func swiftFiles(in folder: String, excluding: Set<String>) throws -> Set<String> {
        let names = try FileManager.default.contentsOfDirectory(atPath: sources.appendingPathComponent(folder).path)
        return Set(names.filter { $0.hasSuffix(".swift") && !excluding.contains($0) }.map { String($0.dropLast(6)) })
    }

    func testEverySiteProfileFileIsRegistered() throws {
        let files = try swiftFiles(in: "Profiles", excluding: ["SiteProfile.swift", "SiteProfileRegistry.swift"])
        let registered = Set(SiteProfileRegistry.all.map { String(describing: type(of: $0)) })
        XCTAssertEqual(files, registered, "Profiles/ and SiteProfileRegistry.all disagree")
        let ids = SiteProfileRegistry.all.map(\.id)
        XCTAssertEqual(Set(ids).count, ids.count, "site profile ids must be unique: \(ids)")
    }

    func testEveryRendererFileIsRegistered() throws {
        let files = try swiftFiles(in: "Output", excluding: ["DocumentRenderer.swift"])
        let registered = Set(DocumentRendererRegistry.all.map { String(describing: type(of: $0)) })
        XCTAssertEqual(files, registered, "Output/ and DocumentRendererRegistry.all disagree")
    }
}
