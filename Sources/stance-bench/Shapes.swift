import StanceStore
import Foundation
import StanceCore
import StanceQuery
import StanceRender

/// Per-stage times of the DSL path (parse with name resolution, plan, execute and decode, render JSON).
final class Stages {
    var parse: [Double] = []
    var plan: [Double] = []
    var execute: [Double] = []
    var render: [Double] = []
}

/// One query shape: the DSL path and the hand-written SQL for the same answer, and how to reduce
/// each answer to canonical lines for the check.
struct Shape {
    /// `who`: a who-question ("every who-query within 1.5× of its hand-written SQL"); `matrix`: a matrix
    /// or network; `other`: quotes.
    enum Kind { case who, other, matrix }

    var key: String
    var label: String
    /// The DSL text, or a description for matrix and network.
    var query: String
    var kind: Kind
    /// Full DSL path; returns what it built so it is freed after the clock stops.
    var dsl: (SQLConnection) throws -> Any
    var hand: (SQLConnection) throws -> Any
    /// The DSL's own SQL, prepared and stepped without decoding rows (nil for matrix, network).
    var dslSQL: ((SQLConnection) throws -> Any)?
    var dslLines: (Any) throws -> [String]
    var handLines: (Any) throws -> [String]
    var stages: Stages?
    /// Extra check against the bench README's reference definition (gets the DSL's lines).
    var reference: ((SQLConnection, [String]) throws -> Void)? = nil
    /// What the hand side does, for the report.
    var handNote: String
}

enum Shapes {
    static let asOfDate = "2020-01-01"
    static let asOfBound = "2020-01-02"
    static let ftsWord = "reciprocal"
    /// The network is built over the matrix of this many most active actors × `networkIssues` issues.
    static let matrixActors = 1_000
    static let matrixActorIssues = 100
    static let networkActors = 300
    static let networkIssues = 20

    static func all(_ data: DataSet, mostActive: [String]) -> [Shape] {
        let a = data.aName
        var shapes: [Shape] = []
        shapes.append(
            who(
                "q1", "Q1 who, hot issue", "who opposes \(data.x)", HandSQL.who, [data.x, "opposes"],
                note: "candidates from the (issue, stance) index, latest by LIMIT 1"))
        shapes.append(
            who(
                "q1b", "Q1b who, rank-50 issue", "who opposes \(data.xMid)", HandSQL.who, [data.xMid, "opposes"],
                note: "as Q1"))
        shapes.append(
            who(
                "q2", "Q2 boolean and", "who supports \(data.x) and opposes \(data.y)", HandSQL.both,
                [data.x, "supports", data.y, "opposes"],
                note: "candidates of the smaller test, both latest stances by LIMIT 1"))
        shapes.append(
            who(
                "asof", "as-of", "who opposes \(data.x) as of \(asOfDate)", HandSQL.whoAsOf,
                [data.x, "opposes", asOfBound], note: "as Q1 with day < bound in both steps"))
        shapes.append(changed(data))
        shapes.append(agrees(data))
        shapes.append(
            quotes(
                "q7", "Q7 quotes by A about X", "quotes by \(a) about \(data.x)", HandSQL.quotesByAbout,
                [data.aSlug, data.x], note: "quote ⋈ quote_issue"))
        shapes.append(
            quotes(
                "q7a", "Q7a quotes by A", "quotes by \(a)", HandSQL.quotesBy, [data.aSlug],
                note: "quote_by_speaker index"))
        shapes.append(
            quotes(
                "fts", "quotes matching a word", "quotes matching \"\(ftsWord)\"", HandSQL.quotesMatching, [ftsWord],
                note: "FTS5 MATCH"))
        shapes.append(matrix("matrix20", "matrix, top 20 issues", actors: nil, top: 20))
        shapes.append(
            matrix(
                "matrix1000", "matrix 1,000 × 100", actors: Array(mostActive.prefix(matrixActors)),
                top: matrixActorIssues))
        shapes.append(network(actors: Array(mostActive.prefix(networkActors)), top: networkIssues))
        return shapes
    }

    // MARK: DSL side

    static func dslQuery(_ text: String, stages: Stages) -> (SQLConnection) throws -> Any {
        let renderer = Renderer(format: .json)
        return { db in
            let t0 = now()
            let parsed = try Parser.parse(text, directory: StoreNameDirectory(db))
            let t1 = now()
            let plan = Planner.plan(parsed)
            let t2 = now()
            let answer = try QueryEngine.run(plan, in: db)
            let t3 = now()
            let json = renderer.render(answer)
            let t4 = now()
            stages.parse.append(t1 - t0)
            stages.plan.append(t2 - t1)
            stages.execute.append(t3 - t2)
            stages.render.append(t4 - t3)
            return (answer, json)
        }
    }

    /// The DSL's SQL (planned once), stepped through without decoding.
    static func dslSQLOnly(_ text: String) -> (SQLConnection) throws -> Any {
        final class Cache { var plan: Plan? }
        let cache = Cache()
        return { db in
            let plan = try cache.plan ?? Planner.plan(try Parser.parse(text, directory: StoreNameDirectory(db)))
            cache.plan = plan
            // Cached, as QueryEngine.run prepares it.
            let cursor = try db.cursor(plan.sql, cached: true)
            var count = 0
            while try cursor.next() != nil { count += 1 }
            return count
        }
    }

    /// The `rows` of the rendered JSON answer.
    static func jsonRows(_ result: Any) throws -> [[String: Any]] {
        guard let (_, json) = result as? (Answer, String) else { throw BenchError("unexpected DSL result") }
        guard let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
            let rows = object["rows"] as? [[String: Any]]
        else { throw BenchError("the DSL's JSON has no rows array") }
        return rows
    }

    static func string(_ object: [String: Any], _ path: String...) -> String {
        var current: Any? = object
        for key in path { current = (current as? [String: Any])?[key] }
        if let text = current as? String { return text }
        if let number = current as? NSNumber { return number.stringValue }
        return "<missing \(path.joined(separator: "."))>"
    }

    // MARK: shapes

    static func who(
        _ key: String, _ label: String, _ query: String, _ sql: String, _ arguments: SQLArguments, note: String
    ) -> Shape {
        let stages = Stages()
        return Shape(
            key: key, label: label, query: query, kind: .who, dsl: dslQuery(query, stages: stages),
            hand: { db in try HandSQL.fetchWho(db, sql, arguments) }, dslSQL: dslSQLOnly(query),
            dslLines: { result in
                try jsonRows(result).map { string($0, "actor", "id") + "\t" + string($0, "evidence", "position") }
            },
            handLines: { result in
                (try cast(result, as: [HandSQL.WhoRow].self)).map { $0.actorID + "\t" + $0.positionID }
            }, stages: stages, handNote: note)
    }

    static func changed(_ data: DataSet) -> Shape {
        let query = "who changed on \(data.x)"
        let stages = Stages()
        return Shape(
            key: "q4", label: "Q4 changed", query: query, kind: .who, dsl: dslQuery(query, stages: stages),
            hand: { db in try HandSQL.fetchChanged(db, issue: data.x) }, dslSQL: dslSQLOnly(query),
            dslLines: { result in
                try jsonRows(result).map { string($0, "actor", "id") + "\t" + string($0, "evidence", "position") }
            },
            handLines: { result in
                (try cast(result, as: [HandSQL.ChangeRow].self)).map { $0.to.actorID + "\t" + $0.to.positionID }
            }, stages: stages,
            reference: { db, lines in
                // The README's Q4: actors whose positions on X carry more than one distinct stance.
                let reference = Set(try db.fetchAll(String.self, sql: HandSQL.changedReference, arguments: [data.x]))
                let answered = Set(lines.map { String($0.split(separator: "\t")[0]) })
                guard reference == answered else {
                    throw BenchError(
                        "Q4: the DSL's actors (\(answered.count)) differ from the README reference (\(reference.count))")
                }
            },
            handNote: "window only over actors with two stances (from the index)")
    }

    static func agrees(_ data: DataSet) -> Shape {
        let query = "who agrees with \(data.aName)"
        let stages = Stages()
        return Shape(
            key: "agrees", label: "agrees with A", query: query, kind: .who, dsl: dslQuery(query, stages: stages),
            hand: { db in try HandSQL.fetchAgrees(db, actor: data.aSlug) }, dslSQL: dslSQLOnly(query),
            dslLines: { result in
                try jsonRows(result).map { string($0, "actor", "id") + "\t" + string($0, "agreements") }
            },
            handLines: { result in
                (try cast(result, as: [HandSQL.AgreeRow].self)).map { $0.actorID + "\t" + String($0.count) }
            }, stages: stages,
            handNote: "the DSL's definition (latest stances); candidates from the (issue, stance) index")
    }

    static func quotes(
        _ key: String, _ label: String, _ query: String, _ sql: String, _ arguments: SQLArguments, note: String
    ) -> Shape {
        let stages = Stages()
        return Shape(
            key: key, label: label, query: query, kind: .other, dsl: dslQuery(query, stages: stages),
            hand: { db in try HandSQL.fetchQuotes(db, sql, arguments) }, dslSQL: dslSQLOnly(query),
            dslLines: { result in try jsonRows(result).map { string($0, "date") + "\t" + string($0, "text") } },
            handLines: { result in (try cast(result, as: [HandSQL.QuoteRow].self)).map { $0.date + "\t" + $0.text } },
            stages: stages, handNote: note)
    }

    static func matrixLines(_ m: PositionMatrix) -> [String] {
        var lines = m.issues.map { "#issue\t" + $0.id }
        for (row, actor) in m.actors.enumerated() {
            for (column, cell) in m.cells[row].enumerated() {
                if let cell { lines.append(actor.id + "\t" + m.issues[column].id + "\t" + cell.stance.rawValue) }
            }
        }
        return lines
    }

    static func handMatrixLines(_ m: HandSQL.Matrix) -> [String] {
        var lines = m.issues.map { "#issue\t" + $0 }
        for (row, actor) in m.actors.enumerated() {
            for (column, code) in m.cells[row].enumerated() where code != 0 {
                lines.append(actor.id + "\t" + m.issues[column] + "\t" + HandSQL.codes[Int(code)])
            }
        }
        return lines
    }

    static func matrix(_ key: String, _ label: String, actors: [String]?, top: Int) -> Shape {
        let request = MatrixRequest(actorIDs: actors, topIssues: top)
        let description =
            actors.map { "stance matrix --actors <\($0.count) most active> --top-issues \(top)" }
            ?? "stance matrix --top-issues \(top)"
        return Shape(
            key: key, label: label, query: description, kind: .matrix,
            dsl: { db in
                let matrix = try MatrixBuilder.build(request, in: db)
                return (matrix, MatrixRenderer(format: .json).render(matrix))
            },
            hand: { db in try HandSQL.matrix(db, actors: actors, top: top) }, dslSQL: nil,
            dslLines: { result in matrixLines((try cast(result, as: (PositionMatrix, String).self)).0) },
            handLines: { result in handMatrixLines(try cast(result, as: HandSQL.Matrix.self)) }, stages: nil,
            handNote: "top issues by count(DISTINCT actor), one ordered index scan, latest per group in Swift")
    }

    static func network(actors: [String], top: Int) -> Shape {
        let request = MatrixRequest(actorIDs: actors, topIssues: top, evidence: false)  // as `stance network` asks
        return Shape(
            key: "network", label: "network (congruence)",
            query: "stance network --type congruence --actors <\(actors.count) most active> --top-issues \(top)",
            kind: .matrix,
            dsl: { db in
                let matrix = try MatrixBuilder.build(request, in: db)
                let network = NetworkBuilder.actorNetwork(matrix, kind: .congruence, normalization: .none)
                return (network, NetworkRenderer(format: .json).render(network))
            },
            hand: { db in HandSQL.congruence(try HandSQL.matrix(db, actors: actors, top: top)) }, dslSQL: nil,
            dslLines: { result in
                (try cast(result, as: (Network, String).self)).0.edges.map { edge in
                    let (a, b) = edge.source < edge.target ? (edge.source, edge.target) : (edge.target, edge.source)
                    return "\(a)\t\(b)\t\(edge.count)"
                }
            },
            handLines: { result in
                (try cast(result, as: [(String, String, Int)].self)).map { edge in
                    let (a, b) = edge.0 < edge.1 ? (edge.0, edge.1) : (edge.1, edge.0)
                    return "\(a)\t\(b)\t\(edge.2)"
                }
            }, stages: nil, handNote: "hand matrix, then pair counts per issue in Swift (no edge labels)")
    }
}
