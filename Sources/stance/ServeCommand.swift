import ArgumentParser
import Dispatch
import Foundation
import StanceStore
import StanceWeb

/// `stance serve`: ask and browse the graph in a browser.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Ask and browse the graph in a browser, every answer with its evidence in the article.",
        discussion: """
            Prints "listening on http://HOST:PORT" once it accepts connections; Ctrl-C (SIGINT) or SIGTERM stops it.
            It binds to the loopback address unless --host says otherwise. Pages: / (ask), /ask?q=…, /actors/ID,
            /issues/ID, /sources/ID, /matrix, /network, /log; the JSON API is described in docs/api.md.
            Users made with `stance user add` log in (POST /api/login) to write; sessions last 12 hours.
            A database this user cannot write (or --read-only) is served for reading; logins and writes get 503.
            Examples:
              stance serve
              stance serve --port 9000 --db korus.sqlite
            """)

    @OptionGroup var database: DatabaseOptions

    @Option(help: "The address to listen on (127.0.0.1: this machine only).")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port).")
    var port = 8080

    @Option(help: "SQLConnection connections reading side by side.")
    var readers = 4

    @Option(help: ArgumentHelp("Seconds a request may read the database before it is stopped.", valueName: "seconds"))
    var timeout = 5.0

    @Flag(help: "Pages and reads only for logged-in users (viewer and above); by default anyone may read.")
    var `private` = false

    @Flag(
        name: .customLong("secure-cookies"),
        help: "Mark the session cookie Secure: give it when a TLS proxy serves this server as https.")
    var secureCookies = false

    @Flag(
        name: .customLong("read-only"),
        help: "Serve reads only: logins and writes get 503. Chosen by itself when the database file or its folder is not writable.")
    var readOnly = false

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard (1...64).contains(readers) else { throw ValidationError("--readers must be between 1 and 64") }
        guard timeout > 0, timeout <= 600 else { throw ValidationError("--timeout must be more than 0 and at most 600") }
    }

    func run() throws {
        // Logins, sessions and writes go through one read-write store; reads through the read-only ones. A database
        // this user cannot write (a published, read-only copy) is served for reading only.
        let first = try database.open(.readOnly)
        var stores = [first]
        let location = try database.explicitLocation()
        var readOnlyReason: String?
        if readOnly {
            readOnlyReason = "the server was started with --read-only"
        } else if let location {
            readOnlyReason = try ServerStores.unwritableReason(location, first)
        } else {
            readOnlyReason = Store.unwritableReason(path: first.path)
        }
        let writer = readOnlyReason == nil ? try database.open(.readWrite) : nil
        if let readOnlyReason {
            ExitStatus.printError("note: this server's database is read-only: \(readOnlyReason); it serves reads, and answers logins and writes with 503")
        }
        for _ in 1..<readers {
            // A PostgreSQL URL is not a file path: each reader opens the server's database by its URL.
            if let location, case .postgres = location {
                stores.append(try ServerStores.open(location, mode: .readOnly))
            } else {
                stores.append(try Store(path: first.path, mode: .readOnly))
            }
        }
        var limits = WebApp.Limits()
        limits.readSeconds = timeout
        var access = Access()
        access.privateReads = `private`
        access.secureCookies = secureCookies
        let app = WebApp(stores: stores, writer: writer, readOnlyReason: readOnlyReason, limits: limits, access: access)
        let application = app.application(host: host, port: port) { address in
            // Unbuffered: a script waiting for this line sees it at once.
            FileHandle.standardOutput.write(Data("listening on \(address)\n".utf8))
        }
        let outcome = Outcome()
        let finished = DispatchSemaphore(value: 0)
        Task {
            do {
                try await application.runService()
            } catch {
                outcome.record(error)
            }
            finished.signal()
        }
        finished.wait()
        if let error = outcome.error {
            throw UsageError(message: "cannot serve on \(host):\(port): \(error)")
        }
    }
}

/// The error the server stopped with, handed from its task to the waiting command.
private final class Outcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    var error: (any Error)? { lock.withLock { stored } }

    func record(_ error: any Error) { lock.withLock { stored = error } }
}
