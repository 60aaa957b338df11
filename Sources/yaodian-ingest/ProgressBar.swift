import Foundation

/// A one-line progress bar on stderr, drawn only when stderr is a terminal.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let enabled: Bool
    private var done = 0
    private var failed = 0
    private let lock = NSLock()

    init(total: Int, minimumToShow: Int = 6) {
        self.total = total
        enabled = total >= minimumToShow && isatty(STDERR_FILENO) == 1
    }

    func advance(failed didFail: Bool) {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        if didFail { failed += 1 }
        guard enabled else { return }
        let width = 30
        let filled = total == 0 ? width : done * width / total
        let bar = String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled)
        FileHandle.standardError.write(Data("\r\(bar) \(done)/\(total)\(failed > 0 ? " (\(failed) failed)" : "")".utf8))
    }

    /// Clears the bar so the closing line and error messages start on a clean line.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
