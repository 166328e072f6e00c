import Hummingbird

/// The request context of `stance serve`: Hummingbird's basic one plus the client's address, which the login limit
/// counts failures by.
public struct WebContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// The client's IP address; "unknown" when the connection has none (in-process tests).
    public let clientAddress: String

    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.clientAddress = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }
}
