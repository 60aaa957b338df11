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

    func run(_ sources: [InputSource], jobs: Int, progress: ProgressBar) async -> [Outcome] {
        var results = [Outcome](repeating: .failure(""), count: sources.count)
        await withTaskGroup(of: (Int, Outcome).self) { group in
            var next = 0
            func startNext() {
                guard next < sources.count else { return }
                let index = next
                let source = sources[index]
                next += 1
                group.addTask { (index, await process(source, alone: sources.count == 1)) }
            }
            for _ in 0..<min(jobs, sources.count) { startNext() }
            while let (index, outcome) = await group.next() {
                results[index] = outcome
                if case .failure = outcome { progress.advance(failed: true) } else { progress.advance(failed: false) }
                startNext()
            }
        }
        return results
    }

    private func process(_ source: InputSource, alone: Bool) async -> Outcome {
        do {
            let (bytes, charset, base, kind) = try await load(source)
            let rendered: String
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
                rendered = outputDirectory == nil && !alone ? try renderer.render(stream: [document]) : try renderer.render(document)
                id = document.source.stableID
            }
            guard let outputDirectory else { return .success(rendered) }
            let path = (outputDirectory as NSString).appendingPathComponent("\(id)\(mode == .listing ? ".links" : "").\(renderer.fileExtension)")
            if protectedPaths.contains((path as NSString).lastPathComponent) {
                return .failure("\(path): refusing to overwrite an input file")
            }
            try AtomicFileWriter.write(rendered + "\n", toPath: path)
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
