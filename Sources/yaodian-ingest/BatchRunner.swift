import Foundation
import YaodianIngest
import YaodianModel

/// Runs ingest over many inputs with a bounded number of workers and keeps results in input order.
struct BatchRunner: Sendable {
    enum Mode: Sendable { case document, listing, explain }

    /// Rendered text for stdout (nil when written to a file), or the one-line error.
    enum Outcome: Sendable {
        case success(String?)
        case failure(String)
    }

    let ingester: Ingester
    let mode: Mode
    let renderer: any DocumentRenderer
    let outputDirectory: String?
    /// Names of the user's own files inside the output directory: an output never replaces one.
    let protectedPaths: Set<String>

    /// `jobs` long-lived workers take the next input in turn; a task per input would hand every
    /// result back to the waiting parent on another thread (a wake-up per input on a busy machine).
    func run(_ sources: [InputSource], jobs: Int, progress: ProgressBar) async -> [Outcome] {
        var results = [Outcome](repeating: .failure(""), count: sources.count)
        let queue = InputQueue(count: sources.count)
        await withTaskGroup(of: [(Int, Outcome)].self) { group in
            for _ in 0..<min(jobs, sources.count) {
                group.addTask {
                    var done: [(Int, Outcome)] = []
                    while let index = queue.next() {
                        let outcome = await process(sources[index], alone: sources.count == 1)
                        if case .failure = outcome { progress.advance(failed: true) } else { progress.advance(failed: false) }
                        done.append((index, outcome))
                    }
                    return done
                }
            }
            for await done in group {
                for (index, outcome) in done { results[index] = outcome }
            }
        }
        return results
    }

    private func process(_ source: InputSource, alone: Bool) async -> Outcome {
        do {
            let (bytes, charset, base, kind) = try await load(source)
            // Stdout gets text; a file gets the bytes with a final line feed (made as bytes by JSON).
            var rendered: String?
            var fileBytes: [UInt8] = []
            let id: String
            switch mode {
            case .explain:
                return .success(try PageDump.explain(bytes: bytes, input: source.name, httpCharset: charset, kind: kind))
            case .listing:
                let listing = try ingester.listing(bytes: bytes, uri: source.name, httpCharset: charset, baseURL: base)
                rendered = try renderer.render(listing)
                id = listing.source.stableID
            case .document:
                let document = try ingester.ingest(bytes: bytes, uri: source.name, kind: kind, httpCharset: charset, baseURL: base)
                if outputDirectory != nil {
                    fileBytes = try renderer.renderBytes(document)
                } else {
                    rendered = alone ? try renderer.render(document) : try renderer.render(stream: [document])
                }
                id = document.source.stableID
            }
            guard let outputDirectory else { return .success(rendered) }
            let path = (outputDirectory as NSString).appendingPathComponent("\(id)\(mode == .listing ? ".links" : "").\(renderer.fileExtension)")
            if protectedPaths.contains((path as NSString).lastPathComponent) {
                return .failure("\(path): refusing to overwrite an input file")
            }
            if let rendered { fileBytes = Array(rendered.utf8) }
            fileBytes.append(0x0A)
            try AtomicFileWriter.write(fileBytes, toPath: path)
            return .success(nil)
        } catch let error as IngestError {
            return .failure(error.description)
        } catch let error as AtomicFileWriter.WriteError {
            return .failure(error.description)
        } catch {
            return .failure("\(source.name): \(error)")
        }
    }

    /// The input's bytes, HTTP charset, base URL and kind (by extension, or by Content-Type for URLs).
    private func load(_ source: InputSource) async throws -> ([UInt8], String?, URL?, InputKind) {
        switch source {
        case let .file(path):
            let bytes = try InputReader.readFile(atPath: path, maxBytes: ingester.options.maxBytes)
            let charset = InputReader.siblingHeaders(forPath: path).flatMap(HeaderCharset.parse)
            return (bytes, charset, URL(fileURLWithPath: path), InputKind(path: path))
        case let .url(url):
            let page = try await PageFetcher(maxBytes: ingester.options.maxBytes).fetch(url)
            return (page.bytes, page.httpCharset, page.finalURL, page.kind)
        }
    }
}

/// Hands out input indices in order to the workers.
private final class InputQueue: @unchecked Sendable {
    private let count: Int
    private var taken = 0
    private let lock = NSLock()

    init(count: Int) {
        self.count = count
    }

    func next() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard taken < count else { return nil }
        taken += 1
        return taken - 1
    }
}
