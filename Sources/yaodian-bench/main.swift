// yaodian-bench: throughput figures for the ingest path, printed (no timed unit tests).
//
//   yaodian-bench parse  DIR|FILE... [--repeat N]   bare libxml2: htmlReadMemory(raw bytes, encoding nil) + xmlFreeDoc
//   yaodian-bench ingest DIR|FILE... [--repeat N]   Ingester().ingest(bytes:uri:kind:httpCharset:baseURL:) in-process
//   yaodian-bench plans  DIR|FILE... [--megabytes M] PlanParser over .txt plans repeated to M MB of text (default 50)
//
// Every .html file under the given folders (recursively) is read into memory first; only the
// parse or ingest loop is timed, single-threaded, over all pages N times (default 1). Output is
// one line of key=value figures (pages, MB, seconds, pages/s, MB/s, and failures for ingest),
// which Scripts/bench-ingest.sh reads.
internal import CLibXML2
import Foundation
import YaodianCommandSupport
import YaodianIngest
import YaodianParse

struct Page {
    let path: String
    let bytes: [UInt8]
    let httpCharset: String?
    let baseURL: URL
}

enum BenchError: Error, CustomStringConvertible {
    case usage(String)
    case io(String)

    var description: String {
        switch self {
        case let .usage(message), let .io(message): message
        }
    }
}

let usage = """
usage: yaodian-bench parse  DIR|FILE... [--repeat N]
       yaodian-bench ingest DIR|FILE... [--repeat N]
       yaodian-bench plans  DIR|FILE... [--megabytes M]
"""

/// Every .html file under `inputs` (folders are walked recursively), sorted by path.
func htmlPaths(_ inputs: [String]) throws(BenchError) -> [String] {
    var paths: [String] = []
    let manager = FileManager.default
    for input in inputs {
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: input, isDirectory: &isDirectory) else { throw .io("\(input): no such file or folder") }
        guard isDirectory.boolValue else {
            paths.append(input)
            continue
        }
        guard let walker = manager.enumerator(atPath: input) else { throw .io("\(input): cannot list the folder") }
        var found: [String] = []
        while let relative = walker.nextObject() as? String {
            guard relative.lowercased().hasSuffix(".html") else { continue }
            let path = (input as NSString).appendingPathComponent(relative)
            var isSubfolder: ObjCBool = false
            if manager.fileExists(atPath: path, isDirectory: &isSubfolder), !isSubfolder.boolValue { found.append(path) }
        }
        paths.append(contentsOf: found.sorted())
    }
    return paths
}

func loadPages(_ inputs: [String]) throws(BenchError) -> [Page] {
    var pages: [Page] = []
    for path in try htmlPaths(inputs) {
        guard let data = FileManager.default.contents(atPath: path) else { throw .io("\(path): cannot read") }
        // The same charset source as yaodian-ingest: a saved NAME.headers beside NAME.html.
        let charset = InputReader.siblingHeaders(forPath: path).flatMap(HeaderCharset.parse)
        pages.append(Page(path: path, bytes: [UInt8](data), httpCharset: charset, baseURL: URL(fileURLWithPath: path)))
    }
    return pages
}

func seconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
}

func report(_ mode: String, pages: Int, bytes: Int, elapsed: Double, failures: Int?) {
    let megabytes = Double(bytes) / 1_000_000
    var line = "\(mode) pages=\(pages) MB=\(String(format: "%.2f", megabytes)) seconds=\(String(format: "%.3f", elapsed))"
    line += " pages/s=\(String(format: "%.1f", Double(pages) / elapsed)) MB/s=\(String(format: "%.2f", megabytes / elapsed))"
    if let failures { line += " failures=\(failures)" }
    print(line)
}

/// Bare libxml2: parse the raw bytes (libxml2 guesses the encoding) and free the tree.
func benchParse(_ pages: [Page], repeat rounds: Int) {
    xmlInitParser()
    yaodian_silence_errors()  // some encoding errors reach the generic handler despite NOERROR
    let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                        | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
    var failures = 0
    let elapsed = ContinuousClock().measure {
        for _ in 0..<rounds {
            for page in pages {
                let document: htmlDocPtr? = page.bytes.withUnsafeBufferPointer { buffer in
                    buffer.baseAddress.flatMap { base in
                        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                            htmlReadMemory(chars, Int32(buffer.count), nil, nil, options)
                        }
                    }
                }
                if let document { xmlFreeDoc(document) } else { failures += 1 }
            }
        }
    }
    let bytes = pages.reduce(0) { $0 + $1.bytes.count } * rounds
    report("parse", pages: pages.count * rounds, bytes: bytes, elapsed: seconds(elapsed), failures: failures)
}

/// The whole library path in-process: decode, parse, walk, extract. A page that throws is a failure.
func benchIngest(_ pages: [Page], repeat rounds: Int) {
    let ingester = Ingester()
    var failures = 0
    var firstRoundErrors: [IngestError] = []
    let elapsed = ContinuousClock().measure {
        for round in 0..<rounds {
            for page in pages {
                do throws(IngestError) {
                    _ = try ingester.ingest(bytes: page.bytes, uri: page.path, kind: .html,
                                            httpCharset: page.httpCharset, baseURL: page.baseURL)
                } catch {
                    failures += 1
                    if round == 0 { firstRoundErrors.append(error) }
                }
            }
        }
    }
    // Which pages failed, once each, on stderr (after the clock stopped).
    for error in firstRoundErrors.prefix(10) {
        FileHandle.standardError.write(Data("yaodian-bench: failed: \(error.description)\n".utf8))
    }
    if firstRoundErrors.count > 10 {
        FileHandle.standardError.write(Data("yaodian-bench: … and \(firstRoundErrors.count - 10) more\n".utf8))
    }
    let bytes = pages.reduce(0) { $0 + $1.bytes.count } * rounds
    report("ingest", pages: pages.count * rounds, bytes: bytes, elapsed: seconds(elapsed), failures: failures)
}

/// The plan parser alone: plain-text plans (one paragraph a line) repeated until `megabytes` of
/// UTF-8 text, parsed one document at a time.
func benchPlans(_ inputs: [String], megabytes: Int) throws(BenchError) {
    var documents: [(paragraphs: [String], bytes: Int)] = []
    let manager = FileManager.default
    var paths: [String] = []
    for input in inputs {
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: input, isDirectory: &isDirectory) else { throw .io("\(input): no such file or folder") }
        if isDirectory.boolValue {
            let names = (try? manager.contentsOfDirectory(atPath: input)) ?? []
            paths += names.filter { $0.hasSuffix(".txt") }.sorted().map { (input as NSString).appendingPathComponent($0) }
        } else {
            paths.append(input)
        }
    }
    for path in paths {
        guard let data = manager.contents(atPath: path) else { throw .io("\(path): cannot read") }
        let text = String(decoding: data, as: UTF8.self)
        let paragraphs = text.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
        documents.append((paragraphs, data.count))
    }
    guard !documents.isEmpty else { throw .io("no .txt plans under \(inputs.joined(separator: " "))") }
    let goal = megabytes * 1_000_000
    var bytes = 0
    var parsed = 0
    var targets = 0
    var figures = 0
    let elapsed = ContinuousClock().measure {
        while bytes < goal {
            for document in documents {
                if let plan = PlanParser.parse(paragraphs: document.paragraphs) {
                    targets += plan.targets.count
                    figures += plan.figures.count
                }
                bytes += document.bytes
                parsed += 1
            }
        }
    }
    report("plans", pages: parsed, bytes: bytes, elapsed: seconds(elapsed), failures: nil)
    print("plans targets=\(targets) figures=\(figures)")
}

func run(_ arguments: [String]) throws(BenchError) {
    guard let mode = arguments.first else { throw .usage(usage) }
    if mode == "-h" || mode == "--help" || mode == "help" {
        print(usage)
        return
    }
    guard mode == "parse" || mode == "ingest" || mode == "plans" else { throw .usage("unknown subcommand '\(mode)'\n\(usage)") }
    var inputs: [String] = []
    var rounds = 1
    var megabytes = 50
    var rest = arguments.dropFirst()
    while let argument = rest.popFirst() {
        if argument == "--repeat" || argument == "-n" {
            guard let value = rest.popFirst(), let number = Int(value), number >= 1 else {
                throw .usage("--repeat needs a positive whole number")
            }
            rounds = number
        } else if argument.hasPrefix("--repeat=") {
            guard let number = Int(argument.dropFirst("--repeat=".count)), number >= 1 else {
                throw .usage("--repeat needs a positive whole number")
            }
            rounds = number
        } else if argument == "--megabytes" {
            guard let value = rest.popFirst(), let number = Int(value), number >= 1 else {
                throw .usage("--megabytes needs a positive whole number")
            }
            megabytes = number
        } else if argument.hasPrefix("-") {
            throw .usage("unknown option '\(argument)'\n\(usage)")
        } else {
            inputs.append(argument)
        }
    }
    guard !inputs.isEmpty else { throw .usage("no folders given\n\(usage)") }
    if mode == "plans" { return try benchPlans(inputs, megabytes: megabytes) }
    let pages = try loadPages(inputs)
    guard !pages.isEmpty else { throw .io("no .html files under \(inputs.joined(separator: " "))") }
    switch mode {
    case "parse": benchParse(pages, repeat: rounds)
    default: benchIngest(pages, repeat: rounds)
    }
}

// The heap settings of yaodian-ingest and yaodian-validate, so in-process figures match the tools'.
ProcessMemory.keepFreedBlocksForReuse()
do throws(BenchError) {
    try run(Array(CommandLine.arguments.dropFirst()))
} catch {
    FileHandle.standardError.write(Data("yaodian-bench: error: \(error.description)\n".utf8))
    exit(2)
}
