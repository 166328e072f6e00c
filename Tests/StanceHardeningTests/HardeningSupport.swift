import Foundation
import StanceCore
import StanceStore
import StanceTestSupport

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Small tools the hardening tests share: fixtures, file snapshots, and readers for the output formats.
enum Hardening {
    /// The folder of this test target.
    static var folder: URL { TestSupport.packageRoot.appendingPathComponent("Tests/StanceHardeningTests") }

    /// The seed queries of the fuzzers: every non-comment line of `queries/*.stq`.
    static func seedQueries() throws -> [String] {
        let folder = TestSupport.packageRoot.appendingPathComponent("queries")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".stq") }.sorted()
        return try names.flatMap { name in
            try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                .split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        }
    }

    static func slug(_ text: String) -> Slug {
        guard let slug = Slug(text) else { preconditionFailure("not a slug: \(text)") }
        return slug
    }

    /// The bytes of a file (empty when it is missing).
    static func bytes(_ path: String) -> Data {
        FileManager.default.contents(atPath: path) ?? Data()
    }

    /// Every row of every table, by table (rows as text): to show that nothing but what was added changed.
    static func rows(_ db: SQLConnection) throws -> [String: [String]] {
        let tables = try db.fetchAll(String.self, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'quote_fts%' ORDER BY name")
        var result: [String: [String]] = [:]
        for table in tables {
            result[table] = try db.fetchAll(sql: "SELECT * FROM \(table.quotedDatabaseIdentifier)")
                .map { $0.description }.sorted()
        }
        return result
    }

    /// The row count of every table (full-text tables included).
    static func counts(_ db: SQLConnection) throws -> [String: Int] {
        let tables = try db.fetchAll(String.self, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        var result: [String: Int] = [:]
        for table in tables {
            result[table] = try db.fetchOne(Int.self, sql: "SELECT count(*) FROM \(table.quotedDatabaseIdentifier)") ?? -1
        }
        return result
    }

    /// Records of an RFC 4180 CSV text (quoted fields may hold commas, quotes and line breaks).
    static func parseCSV(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = String.UnicodeScalarView()
        var quoted = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        func nextScalar() -> Unicode.Scalar? {
            if let p = pending {
                pending = nil
                return p
            }
            return scalars.next()
        }
        while let c = nextScalar() {
            if quoted {
                if c == "\"" {
                    if let after = nextScalar() {
                        if after == "\"" { field.append("\"") } else { quoted = false; pending = after }
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                record.append(String(field))
                field = String.UnicodeScalarView()
            } else if c == "\n" {
                record.append(String(field))
                records.append(record)
                record = []
                field = String.UnicodeScalarView()
            } else {
                field.append(c)
            }
        }
        if !field.isEmpty || !record.isEmpty {
            record.append(String(field))
            records.append(record)
        }
        return records
    }

    /// HTML text back from its escaped form (the named and numeric references `HTMLText` writes).
    static func unescapeHTML(_ text: String) -> String {
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semi = rest[amp...].firstIndex(of: ";") else { break }
            let entity = String(rest[rest.index(after: amp)..<semi])
            switch entity {
            case "amp": out += "&"
            case "lt": out += "<"
            case "gt": out += ">"
            case "quot": out += "\""
            case "apos": out += "'"
            default:
                if entity.hasPrefix("#x"), let v = UInt32(entity.dropFirst(2), radix: 16), let s = Unicode.Scalar(v) {
                    out.unicodeScalars.append(s)
                } else if entity.hasPrefix("#"), let v = UInt32(entity.dropFirst()), let s = Unicode.Scalar(v) {
                    out.unicodeScalars.append(s)
                } else {
                    out += "&" + entity + ";"
                }
            }
            rest = rest[rest.index(after: semi)...]
        }
        return out + rest
    }

    /// The contents of every DOT double-quoted string, unescaped (`\\`, `\"`, `\n`).
    static func dotStrings(_ text: String) -> [String] {
        var strings: [String] = []
        var current: String.UnicodeScalarView?
        var escaped = false
        for c in text.unicodeScalars {
            if var s = current {
                if escaped {
                    s.append(c == "n" ? "\n" : c)
                    escaped = false
                    current = s
                } else if c == "\\" {
                    escaped = true
                } else if c == "\"" {
                    strings.append(String(s))
                    current = nil
                } else {
                    s.append(c)
                    current = s
                }
            } else if c == "\"" {
                current = String.UnicodeScalarView()
            }
        }
        return strings
    }

    /// An XML document's parse, by FoundationXML's `XMLParser`: whether it is well formed, and the text of
    /// every `data` element and every attribute value.
    final class XMLValues: NSObject, XMLParserDelegate {
        var texts: [String] = []
        var attributes: [String] = []
        var error: String?
        private var current: String?

        static func parse(_ document: String) -> XMLValues {
            let values = XMLValues()
            let parser = XMLParser(data: Data(document.utf8))
            parser.delegate = values
            if !parser.parse() { values.error = parser.parserError.map { "\($0)" } ?? "parse failed" }
            return values
        }

        func parser(
            _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?, qualifiedName: String?,
            attributes attributeDict: [String: String] = [:]
        ) {
            attributes += attributeDict.values
            if elementName == "data" { current = "" }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            current? += string
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
            if elementName == "data", let text = current { texts.append(text) }
            current = nil
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
            error = "\(parseError)"
        }
    }
}
