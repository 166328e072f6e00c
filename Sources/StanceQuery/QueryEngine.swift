import StanceCore
import StanceStore

/// Answers a query against a database: parse, resolve names, plan one SQL statement, run it.
public enum QueryEngine {
    /// The answer to `query`; with `explain`, the answer carries the SQL and its query plan.
    ///
    /// - throws: `QueryError` for a query that cannot be answered as written.
    /// With `bases`, only positions on those bases count (`Query.restricted(toBases:query:)`).
    public static func answer(
        _ query: String, in db: SQLConnection, explain: Bool = false, bases: [Graph.Position.Basis] = []
    ) throws -> Answer {
        let parsed = try Parser.parse(query, directory: StoreNameDirectory(db)).restricted(toBases: bases, query: query)
        return try run(Planner.plan(parsed), in: db, explain: explain)
    }

    /// Runs a plan, streaming its rows into the answer.
    public static func run(_ plan: Plan, in db: SQLConnection, explain: Bool = false) throws -> Answer {
        var rows: [AnswerValue] = []
        // Cached: the REPL and the benchmark ask the same shapes again and again.
        let cursor = try db.cursor(plan.sql, cached: true)
        while let row = try cursor.next() {
            rows.append(plan.decode(ResultRow(row)))
        }
        var explanation: [String] = []
        if explain {
            explanation = try self.explain(plan, in: db)
        }
        return Answer(
            shape: plan.shape, rows: rows, columns: plan.columns, explanation: explanation,
            extra: plan.summarize(rows))
    }

    /// The SQL of a plan with its arguments, and the engine's query plan for it.
    public static func explain(_ plan: Plan, in db: SQLConnection) throws -> [String] {
        try db.explain(plan.sql)
    }
}
