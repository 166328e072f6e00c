import Foundation
import StanceStore
import StanceTestSupport

/// Copies of the DNA samples, changed by SQL, for the bad-input and non-ASCII tests.
enum DNAFixture {
    /// A copy of `sample` in a new temporary file, with `change` run on it in the same transaction.
    static func copy(of sample: String, _ change: (SQLConnection) throws -> Void = { _ in }) throws -> String {
        let (schema, tables) = try ForeignSQLiteFile.read(at: sample) { db in
            let schema = try db.fetchAll(
                String.self,
                sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND sql IS NOT NULL ORDER BY rowid")
            let names = try db.fetchAll(
                String.self, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")
            var tables: [(String, [String], [[SQLValue]])] = []
            for name in names {
                // Table names come from the sample's own catalogue.
                let rows = try db.fetchAll(sql: "SELECT * FROM \"" + name + "\"")
                let columns = rows.first?.columns.names ?? []
                tables.append((name, columns, rows.map { row in (0..<row.count).map { row.value(at: $0) } }))
            }
            return (schema, tables)
        }
        let path = try TestSupport.temporaryDirectory("dna").appendingPathComponent("project.dna").path
        try ForeignSQLiteFile.create(at: path) { db in
            // The sample's tables come in DNA's creation order, parents first, so its rows satisfy the foreign keys.
            for statement in schema { try db.execute(sql: statement) }
            for (name, columns, rows) in tables where !rows.isEmpty {
                let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
                let insert = try db.prepare(
                    sql: "INSERT INTO \"" + name + "\" (" + columns.map { "\"" + $0 + "\"" }.joined(separator: ", ")
                        + ") VALUES (" + marks + ")")
                for row in rows { try insert.execute(arguments: SQLArguments(row)) }
            }
            try change(db)
        }
        return path
    }

    /// A path in a new temporary directory where nothing exists yet.
    static func newPath(_ name: String) throws -> String {
        try TestSupport.temporaryDirectory("dna").appendingPathComponent(name).path
    }
}
