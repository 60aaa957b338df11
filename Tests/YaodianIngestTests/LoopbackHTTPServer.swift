#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A tiny HTTP/1.1 server for tests, listening on 127.0.0.1 only, on a port the kernel picks.
///
/// It serves a fixed table of path → response, one connection at a time on one thread, and closes
/// every connection after one response (`Connection: close`). Requests are bounded: the request head
/// may be at most `maxRequestHead` bytes and must arrive within `ioTimeout` seconds; a request body
/// is never read. Unknown paths get a 404. Nothing but the loopback interface is ever touched.
///
/// `@unchecked Sendable`: the accept thread and the test thread share `stopping` and `requests`.
/// Both are only read or written while holding `lock`; everything else is immutable after `init`
/// (`routes`, `port`) or owned by one side (`listener` is used by the accept thread until `stop()`
/// has seen that thread finish, and only then closed).
final class LoopbackHTTPServer: @unchecked Sendable {
    struct Response: Sendable {
        var status: Int
        /// Sent in order after the status line; `Content-Length` and `Connection` are added by the server.
        var headers: [(name: String, value: String)]
        var body: [UInt8]

        init(status: Int = 200, headers: [(name: String, value: String)] = [], body: [UInt8]) {
            self.status = status
            self.headers = headers
            self.body = body
        }
    }

    /// What a client sent: the request line's method and target, and its header lines.
    struct Request: Sendable {
        var method: String
        var target: String
        var headers: [String: String]
    }

    enum ServerError: Error, CustomStringConvertible {
        case socket(String, Int32)

        var description: String {
            switch self {
            case let .socket(call, code): return "\(call) failed: \(String(cString: strerror(code)))"
            }
        }
    }

    static let maxRequestHead = 16 * 1024
    static let ioTimeout = 5

    let port: UInt16
    private let routes: [String: Response]
    private let listener: Int32
    private let lock = NSLock()
    private var stopping = false
    private var served: [Request] = []
    private let finished = DispatchSemaphore(value: 0)

    /// Binds 127.0.0.1:0 and starts accepting on a background thread.
    init(routes: [String: Response]) throws {
        self.routes = routes
        let (fd, port) = try Self.bindLoopback(listen: true)
        self.listener = fd
        self.port = port
        let thread = Thread { [self] in
            self.acceptLoop()
            self.finished.signal()
        }
        thread.name = "LoopbackHTTPServer:\(port)"
        thread.start()
    }

    deinit {
        stop()
    }

    /// `http://127.0.0.1:PORT` + path.
    func url(_ path: String) -> URL {
        URL(string: "http://127.0.0.1:\(port)\(path)")!
    }

    /// The requests served so far, in order.
    var requests: [Request] {
        lock.lock()
        defer { lock.unlock() }
        return served
    }

    /// Stops accepting and waits (bounded) for the accept thread to finish. Safe to call twice.
    func stop() {
        lock.lock()
        let first = !stopping
        stopping = true
        lock.unlock()
        guard first else { return }
        // shutdown() wakes a thread blocked in accept() (it returns EINVAL); the descriptor is closed
        // only after that thread is done with it, so it can never be reused under its feet.
        _ = shutdown(listener, Int32(SHUT_RDWR))
        _ = finished.wait(timeout: .now() + .seconds(Self.ioTimeout * 2))
        _ = close(listener)
    }

    /// A socket bound to 127.0.0.1 on a kernel-chosen port (listening or not), and that port.
    static func bindLoopback(listen shouldListen: Bool) throws -> (Int32, UInt16) {
        #if canImport(Glibc)
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        #else
        let fd = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard fd >= 0 else { throw ServerError.socket("socket", errno) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(0).bigEndian
        address.sin_addr = in_addr(s_addr: UInt32(0x7F00_0001).bigEndian) // 127.0.0.1
        let length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0 else {
            let code = errno
            close(fd)
            throw ServerError.socket("bind", code)
        }
        if shouldListen, listen(fd, 16) != 0 {
            let code = errno
            close(fd)
            throw ServerError.socket("listen", code)
        }
        var actual = sockaddr_in()
        var actualLength = length
        let named = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &actualLength) }
        }
        guard named == 0 else {
            let code = errno
            close(fd)
            throw ServerError.socket("getsockname", code)
        }
        return (fd, UInt16(bigEndian: actual.sin_port))
    }

    // MARK: the accept thread

    private var isStopping: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopping
    }

    private func acceptLoop() {
        while !isStopping {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if errno == EINTR || errno == ECONNABORTED { continue }
                return // EINVAL after shutdown() in stop(), or a real failure: either way, done
            }
            handle(connection)
            close(connection)
        }
    }

    private func handle(_ connection: Int32) {
        var timeout = timeval(tv_sec: Self.ioTimeout, tv_usec: 0)
        let size = socklen_t(MemoryLayout<timeval>.size)
        _ = setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, size)
        _ = setsockopt(connection, SOL_SOCKET, SO_SNDTIMEO, &timeout, size)
        #if canImport(Darwin)
        var one: Int32 = 1
        _ = setsockopt(connection, SOL_SOCKET, SO_NOSIGPIPE, &one, socklen_t(MemoryLayout<Int32>.size))
        #endif

        guard let head = readHead(connection), let request = Self.parse(head) else {
            write(Response(status: 400, headers: [("Content-Type", "text/plain")], body: Array("bad request\n".utf8)),
                 to: connection)
            return
        }
        lock.lock()
        served.append(request)
        lock.unlock()
        let path = request.target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        let response = routes[path]
            ?? Response(status: 404, headers: [("Content-Type", "text/plain")], body: Array("not found\n".utf8))
        write(response, to: connection)
        _ = shutdown(connection, Int32(SHUT_WR))
    }

    /// Reads up to the blank line that ends the request head; nil on timeout, EOF or an oversized head.
    private func readHead(_ connection: Int32) -> [UInt8]? {
        var head: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let terminator: [UInt8] = [13, 10, 13, 10]
        while head.count < Self.maxRequestHead {
            let count = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            head += buffer[0..<count]
            if let end = Self.find(terminator, in: head) { return Array(head[0..<end]) }
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            return start
        }
        return nil
    }

    private static func parse(_ head: [UInt8]) -> Request? {
        let lines = String(decoding: head, as: UTF8.self).components(separatedBy: "\r\n")
        let requestLine = lines.first?.split(separator: " ") ?? []
        guard requestLine.count == 3, requestLine[2].hasPrefix("HTTP/1.") else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Request(method: String(requestLine[0]), target: String(requestLine[1]), headers: headers)
    }

    private func write(_ response: Response, to connection: Int32) {
        var head = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\n"
        for header in response.headers { head += "\(header.name): \(header.value)\r\n" }
        head += "Content-Length: \(response.body.count)\r\nConnection: close\r\n\r\n"
        let bytes = Array(head.utf8) + response.body
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { raw in
                send(connection, raw.baseAddress! + offset, raw.count - offset, Self.noSignal)
            }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return } // the client went away, or the send timed out
            offset += written
        }
    }

    /// A client that hung up must not kill the test process with SIGPIPE.
    #if canImport(Glibc)
    private static let noSignal = Int32(MSG_NOSIGNAL)
    #else
    private static let noSignal: Int32 = 0
    #endif

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 301: return "Moved Permanently"
        case 302: return "Found"
        case 400: return "Bad Request"
        case 403: return "Forbidden"
        case 404: return "Not Found"
        case 500: return "Internal Server Error"
        case 503: return "Service Unavailable"
        default: return "Status"
        }
    }
}
