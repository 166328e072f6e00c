import HummingbirdBcrypt

/// Password hashing for the users of `stance serve`: bcrypt (hummingbird-auth's), cost 12 unless told.
///
/// bcrypt reads at most 72 bytes and stops at a NUL, so longer passwords and ones with a NUL are refused rather
/// than silently cut.
public enum Passwords {
    /// The bcrypt cost (log2 of the rounds) new hashes get: about a quarter of a second on one core.
    public static let defaultCost: UInt8 = 12

    /// Why a password is refused, or nil when it can be used.
    public static func problem(_ password: String) -> String? {
        if password.count < 8 { return "a password needs at least 8 characters" }
        if password.utf8.count > 72 { return "a password may have at most 72 bytes (bcrypt reads no further)" }
        if password.unicodeScalars.contains("\u{0}") { return "a password may not hold a NUL character" }
        return nil
    }

    /// The bcrypt hash of `password` (checked with `problem` first).
    public static func hash(_ password: String, cost: UInt8 = defaultCost) -> String {
        Bcrypt.hash(password, cost: min(max(cost, 4), 31))
    }

    /// Whether `password` matches `hash`; a hash that is not bcrypt's matches nothing.
    public static func verify(_ password: String, hash: String) -> Bool {
        guard !password.unicodeScalars.contains("\u{0}"), password.utf8.count <= 72 else { return false }
        return Bcrypt.verify(password, hash: hash)
    }
}
