import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lets go of files that an atomic write replaced, off the writer's thread.
///
/// Replacing an output (a re-run into the same folder, or two inputs with the same bytes) frees the
/// old file's blocks inside rename(2); on an ext4 mounted with `discard` that waits for the device
/// (about 2 ms a file). Holding the old file open across the rename moves that wait to the close,
/// which a background queue does. The backlog is bounded, so descriptors never run out.
enum ReplacedFileReleaser {
    /// Open descriptors of replaced files waiting to be closed.
    private static let pending = PendingCount()
    private static let queue = DispatchQueue(label: "yaodian.replaced-file-releaser", qos: .utility)
    static let maximumPending = 128

    /// A read-only descriptor of the file now at `path`, or nil when there is none (or when the
    /// backlog is full: then the rename frees it inline, as it always did).
    static func hold(_ path: String) -> Int32? {
        guard pending.value < maximumPending else { return nil }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        return descriptor >= 0 ? descriptor : nil
    }

    /// Closes `descriptor` in the background.
    static func release(_ descriptor: Int32) {
        pending.add(1)
        queue.async {
            close(descriptor)
            pending.add(-1)
        }
    }

    /// Waits until every replaced file has been let go (call before the process exits).
    static func drain() {
        queue.sync {}
    }

    private final class PendingCount: @unchecked Sendable {
        private var count = 0
        private let lock = NSLock()

        var value: Int {
            lock.lock()
            defer { lock.unlock() }
            return count
        }

        func add(_ delta: Int) {
            lock.lock()
            count += delta
            lock.unlock()
        }
    }
}
