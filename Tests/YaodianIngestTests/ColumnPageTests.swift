import XCTest
import YaodianIngest

/// Ingesting a column page as a document says what it is, with its entry count, instead of
/// returning its footer as a body.
final class ColumnPageTests: XCTestCase {
    func testColumnPagesAreNamedAsSuch() throws {
        let rows: [(file: String, entries: Int)] = [
            ("index.html", 8),
            ("index_1.html", 8),
            ("list-gzrsj-zhongcai-gonggao.html", 15),
            ("list-jxsthjt-inline-json.html", 50),
        ]
        for row in rows {
            let path = try FixtureFiles.url("list", row.file).path
            let listed = try Ingester().listingFile(atPath: path).entries.count
            XCTAssertEqual(listed, row.entries, "\(row.file): --links entries")
            do {
                let document = try Ingester().ingestFile(atPath: path)
                XCTFail("\(row.file): ingested as a document with body «\(document.notice.body.prefix(2))»")
            } catch {
                XCTAssertEqual(error, .columnPage(input: path, entries: row.entries), "\(row.file)")
                XCTAssertTrue(error.description.contains("--links"), "\(row.file): \(error.description)")
            }
        }
    }

    func testNavigationOnlyPageIsNoBody() throws {
        let path = try FixtureFiles.url("bad", "nav_only_no_body.html").path
        XCTAssertThrowsError(try Ingester().ingestFile(atPath: path)) { error in
            XCTAssertEqual(error as? IngestError, .noBody(input: path))
        }
    }
}
