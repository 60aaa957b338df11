import YaodianIngest
import YaodianModel
import Foundation
let path = CommandLine.arguments[1]
if CommandLine.arguments.count > 2 {
    let data = try! Data(contentsOf: URL(fileURLWithPath: path))
    print(try! PageDump.explain(bytes: [UInt8](data), input: path))
    exit(0)
}
do {
    let doc = try Ingester().ingestFile(atPath: path)
    let enc = JSONEncoder(); enc.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
    print(String(decoding: try! enc.encode(doc), as: UTF8.self))
} catch { print("ERROR \(error)"); exit(1) }
