/// DNA's coder passwords: jasypt's `StrongPasswordEncryptor`, which DNA 3 checks when a coder opens a project.
///
/// The stored text is Base64 of a 16-byte random salt followed by SHA-256 applied 100,000 times (first to the salt
/// and the UTF-8 password, then to the previous digest). `DNAPasswordTests` checks it against the sample's Admin
/// password, `sample`.
public enum DNAPassword {
    /// The stored form of `password` with `salt` (16 bytes).
    public static func encrypt(_ password: String, salt: [UInt8]) -> String {
        let first = SHA256.hash(salt + Array(password.precomposedStringWithCanonicalMapping.utf8))
        return base64(salt + SHA256.rehash(first, times: 99_999))
    }

    /// The stored form of `password` with a fresh random salt.
    public static func encrypt(_ password: String) -> String {
        var generator = SystemRandomNumberGenerator()
        return encrypt(password, salt: (0..<16).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    /// Whether `stored` is `password`'s stored form.
    public static func check(_ password: String, against stored: String) -> Bool {
        guard let bytes = decodeBase64(stored), bytes.count == 48 else { return false }
        return encrypt(password, salt: Array(bytes.prefix(16))) == stored
    }

    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static func base64(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let chunk = Array(bytes[index..<min(index + 3, bytes.count)])
            let value = chunk.enumerated().reduce(0) { $0 | Int($1.element) << (16 - 8 * $1.offset) }
            for position in 0..<4 {
                out.append(position <= chunk.count ? alphabet[(value >> (18 - 6 * position)) & 63] : UInt8(ascii: "="))
            }
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func decodeBase64(_ text: String) -> [UInt8]? {
        var lookup: [UInt8: Int] = [:]
        for (value, character) in alphabet.enumerated() { lookup[character] = value }
        let characters = Array(text.utf8).filter { $0 != UInt8(ascii: "=") }
        var out: [UInt8] = []
        var buffer = 0
        var bits = 0
        for character in characters {
            guard let value = lookup[character] else { return nil }
            buffer = buffer << 6 | value
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((buffer >> bits) & 0xff))
            }
        }
        return out
    }
}
