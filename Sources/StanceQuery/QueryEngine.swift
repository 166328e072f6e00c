import GRDB
import StanceCore

/// Answers a query against a database: parse, resolve names, plan one SQL statement, run it.
public enum QueryEngine {
    /// The answer to `query`; with `explain`, the answer carries the SQL and its query plan.
    ///
    /// - throws: `QueryError` for a query that cannot be answered as written.
    public static func answer(_ query: String, in db: Database, explain: Bool = false) throws -> Answer {
        let parsed = try Parser.parse(query, directory: StoreNameDirectory(db))
        return try run(Planner.plan(parsed), in: db, explain: explain)
    }

    /// Runs a plan, streaming its rows into the answer.
    public static func run(_ plan: Plan, in db: Database, explain: Bool = false) throws -> Answer {
        var rows: [AnswerValue] = []
        // Cached: the REPL and the benchmark ask the same shapes again and again.
        let statement = try SQLRequest<Row>(literal: plan.sql, cached: true)
            .makePreparedRequest(db, forSingleResult: false).statement
        let columns = ResultRow.Columns(statement.columnNames)
        let cursor = try Row.fetchCursor(statement)
        while let row = try cursor.next() {
            rows.append(plan.decode(ResultRow(row, columns)))
        }
        var explanation: [String] = []
        if explain {
            explanation = try self.explain(plan, in: db)
        }
        return Answer(
            shape: plan.shape, rows: rows, columns: plan.columns, explanation: explanation,
            extra: plan.summarize(rows))
    }

    /// The SQL of a plan with its arguments, and SQLite's `EXPLAIN QUERY PLAN` for it.
    public static func explain(_ plan: Plan, in db: Database) throws -> [String] {
        let request = SQLRequest<Row>(literal: plan.sql)
        let prepared = try request.makePreparedRequest(db, forSingleResult: false)
        let statement = prepared.statement
        var lines = ["-- SQL", statement.sql, "-- arguments: \(statement.arguments)", "-- query plan"]
        let planRows = try Row.fetchAll(
            db, sql: "EXPLAIN QUERY PLAN " + statement.sql, arguments: statement.arguments)
        var depth: [Int: Int] = [0: 0]
        for row in planRows {
            let id: Int = row["id"] ?? 0
            let parent: Int = row["parent"] ?? 0
            let level = (depth[parent] ?? 0) + 1
            depth[id] = level
            lines.append(String(repeating: "  ", count: level - 1) + "`--" + (row["detail"] as String? ?? ""))
        }
        return lines
    }
}
