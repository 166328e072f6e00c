/// Where a graph lives, as a user names it with `--db` or `STANCE_DB`: a SQLite file or a PostgreSQL server.
///
/// A text with a URL scheme is never taken as a file name: `postgres://…` and `postgresql://…` name a
/// server, and any other scheme is refused rather than creating a file called `mysql:` in the current folder.
public enum StoreLocation: Sendable, Equatable, CustomStringConvertible {
    /// An embedded SQLite database file.
    case file(String)
    /// A PostgreSQL database, by its `postgres://user[:password]@host[:port]/dbname[?sslmode=…]` URL.
    case postgres(url: String)

    /// The schemes that name a PostgreSQL server, as libpq accepts them.
    public static let postgresSchemes = ["postgres", "postgresql"]

    /// The location `text` names.
    ///
    /// - throws: `StoreError.unknownScheme` for a URL whose scheme is not PostgreSQL's.
    public init(_ text: String) throws {
        if let colon = text.range(of: "://") {
            let scheme = text[..<colon.lowerBound].lowercased()
            guard StoreLocation.postgresSchemes.contains(scheme) else {
                throw StoreError.unknownScheme(String(text[..<colon.lowerBound]))
            }
            self = .postgres(url: text)
        } else {
            self = .file(text)
        }
    }

    /// The location as it may be shown: a file's path, or the URL without its password.
    public var description: String {
        switch self {
        case .file(let path): return path
        case .postgres(let url): return StoreLocation.redacted(url)
        }
    }

    /// `url` with the password of its user part replaced by `***`.
    public static func redacted(_ url: String) -> String {
        guard let scheme = url.range(of: "://") else { return url }
        let rest = url[scheme.upperBound...]
        guard let at = rest.lastIndex(of: "@") else { return url }
        let user = rest[..<at]
        guard let colon = user.firstIndex(of: ":") else { return url }
        return String(url[..<scheme.upperBound]) + user[..<colon] + ":***" + rest[at...]
    }
}
