import Foundation
import HTTPTypes
import Hummingbird
import Logging
import StanceStore

/// The web view of a graph: server-rendered pages and the JSON API behind `stance serve` (docs/api.md).
///
/// ```swift
/// let app = try WebApp(stores: [Store(path: "korus.sqlite", mode: .readOnly)])
/// try await app.application(host: "127.0.0.1", port: 8080).runService()
/// ```
public struct WebApp: HTTPResponderBuilder, Sendable {
    /// Bounds on what one request may ask for.
    public struct Limits: Sendable {
        /// The longest request target (path and query) accepted, in bytes; longer gets 414.
        public var uriBytes = 8 * 1024
        /// The longest question accepted, in characters.
        public var queryCharacters = 2_000
        /// How long one request may read the database before SQLite is told to stop.
        public var readSeconds = 5.0
        /// How long an idle connection is kept.
        public var idleSeconds: Int64 = 30
        /// The largest body a write may carry (an article's text with its metadata), in bytes; larger gets 413.
        public var bodyBytes = 4 * 1024 * 1024

        public init() {}
    }

    let stores: StorePool
    let limits: Limits
    /// The extractor's proposals for the coding view, by source and article text.
    let proposalCache = ProposalCache()
    /// The graph's names the proposals are made against, loaded once per server.
    let nameVocabulary = NameVocabulary()
    /// The store logins, sessions and writes go to; nil serves reads only (every login and write gets 503).
    let writer: Store?
    /// Why there is no writer (a read-only database), for the 503 logins and writes get.
    let readOnlyReason: String?
    let access: Access
    let limiter: LoginLimiter
    let decoy: DecoyHash

    /// A web app over `stores`: read-only stores on one database, one per concurrent reader, and `writer`, a
    /// read-write store on the same database for logins and writes; without one, `readOnlyReason` says why (every
    /// login and write answers 503 with it).
    public init(
        stores: [Store], writer: Store? = nil, readOnlyReason: String? = nil, limits: Limits = Limits(), access: Access = Access()
    ) {
        self.stores = StorePool(stores)
        self.limits = limits
        self.writer = writer
        self.readOnlyReason = writer == nil ? readOnlyReason : nil
        self.access = access
        self.limiter = LoginLimiter(access: access)
        self.decoy = DecoyHash(cost: access.decoyCost)
        // Made now, so the first login for an unknown name takes no longer than the next.
        if writer != nil { _ = decoy.value }
    }

    /// The router with every page, asset and API route.
    public func router() -> Router<WebContext> {
        let router = Router(context: WebContext.self)
        router.add(middleware: Guard(limits: limits))
        if access.privateReads { router.add(middleware: PrivateReads(app: self)) }
        router.add(middleware: SessionPages(app: self))
        addAssetRoutes(to: router)
        addAPIRoutes(to: router)
        addAuthRoutes(to: router)
        addWriteRoutes(to: router)
        addPageRoutes(to: router)
        addCodeRoutes(to: router)
        return router
    }

    /// The router's responder, answering HEAD as GET without the body (the router matches methods before any
    /// middleware runs).
    public func buildResponder() -> CallbackResponder<WebContext> {
        let routes = router().buildResponder()
        return CallbackResponder { request, context in
            guard request.method == .head else { return try await routes.respond(to: request, context: context) }
            var head = request.head
            head.method = .get
            var response = try await routes.respond(to: Request(head: head, body: request.body), context: context)
            response.body = ResponseBody()
            return response
        }
    }

    /// The application listening on `host:port`; `onListening` gets the address once it accepts connections.
    public func application(
        host: String, port: Int, onListening: @escaping @Sendable (String) -> Void = { _ in }
    ) -> some ApplicationProtocol {
        var logger = Logger(label: "stance-serve")
        logger.logLevel = .warning
        return Application(
            router: self,
            server: .http1(configuration: .init(idleTimeout: .seconds(limits.idleSeconds))),
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                let bound = channel.localAddress?.port ?? port
                let shownHost = host.contains(":") ? "[\(host)]" : host
                onListening("http://\(shownHost):\(bound)")
            },
            logger: logger)
    }
}

/// Several read-only stores on one database, handed out in turn so concurrent requests read side by side.
final class StorePool: @unchecked Sendable {
    private let stores: [Store]
    private let lock = NSLock()
    private var next = 0

    init(_ stores: [Store]) {
        precondition(!stores.isEmpty, "a web app needs at least one store")
        self.stores = stores
    }

    /// The store for the next request.
    func take() -> Store {
        lock.withLock {
            defer { next = (next + 1) % stores.count }
            return stores[next]
        }
    }
}

/// Refuses what no route takes before it reaches one (over-long targets; methods other than GET and HEAD, except
/// POST, PATCH and DELETE under /api/; bodies on reads, over-long bodies on writes), and adds the security headers
/// to every response.
struct Guard: RouterMiddleware {
    typealias Context = WebContext
    let limits: WebApp.Limits

    /// No script or style from anywhere but this server, none inline, nothing framed, forms only to us.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    static let reads: Set<HTTPRequest.Method> = [.get, .head]

    /// Headers every response carries besides the policy.
    static let headers = [("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer"), ("X-Frame-Options", "DENY")]

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response: Response
        if request.uri.description.utf8.count > limits.uriBytes {
            response = Reply.error(.uriTooLong, "the request is longer than \(limits.uriBytes) bytes")
        } else if !Guard.reads.contains(request.method) && !WebApp.takesWrite(request.method, at: request.uri.path) {
            response = Reply.error(.methodNotAllowed, "only GET and HEAD are served here (POST, PATCH and DELETE under /api/)")
            response.headers[.allow] = "GET, HEAD"
        } else if Guard.reads.contains(request.method), let length = request.headers[.contentLength].flatMap(Int.init), length > 0 {
            response = Reply.error(.contentTooLarge, "requests carry no body here")
        } else if let length = request.headers[.contentLength].flatMap(Int.init), length > limits.bodyBytes {
            response = Reply.error(.contentTooLarge, "a request body may have at most \(limits.bodyBytes) bytes")
        } else {
            do {
                // HEAD is answered as GET without the body.
                response = try await next(request, context)
            } catch let refusal as Refusal {
                response = refusal.response
            } catch let error as HTTPError where error.status == .notFound {
                response = Reply.error(.notFound, "no page or API route at \(request.uri.path)")
            } catch let error as HTTPError {
                response = Reply.error(error.status, error.body ?? error.status.reasonPhrase)
            } catch {
                // A database that cannot be read, say: the reason, with the same headers as every response.
                response = Reply.error(.internalServerError, "the server could not answer: \(error)")
            }
        }
        response.headers[.contentSecurityPolicy] = Guard.contentSecurityPolicy
        for (name, value) in Guard.headers {
            if let name = HTTPField.Name(name) { response.headers[name] = value }
        }
        return response
    }
}
