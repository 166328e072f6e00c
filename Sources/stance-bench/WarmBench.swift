import Foundation
import StanceCore
import StanceQuery
import StanceStore

/// The measurements of one shape.
struct ShapeResult {
    var shape: Shape
    var rows: String
    var dsl: Stats
    var hand: Stats
    var dslSQL: Stats?
    /// The DSL side's CPU time per run (this process, all threads).
    var dslCPU: Stats
    var stageMedians: (parse: Double, plan: Double, execute: Double, render: Double)?
    var runs: Int
    /// Size of the DSL side's rendered JSON, in bytes.
    var jsonBytes: Int
    /// Median time to prepare the DSL's statement (it is not cached between queries).
    var prepare: Double?

    var ratio: Double { dsl.median / hand.median }
}

enum WarmBench {
    /// Times every shape against `store`, DSL and hand alternating, after a checked warm-up run.
    static func run(_ shapes: [Shape], store: Store, options: Options, size: String) throws -> [ShapeResult] {
        var results: [ShapeResult] = []
        for shape in shapes {
            if let only = options.only, !only.contains(shape.key) { continue }
            note("[\(size)] \(shape.label): \(shape.query)")
            // Warm-up, which is also the run whose answers are compared.
            let (dslResult, dslFirst) = try timed { try store.read { db in try shape.dsl(db) } }
            let (handResult, handFirst) = try timed { try store.read { db in try shape.hand(db) } }
            var sqlFirst = 0.0
            if let dslSQL = shape.dslSQL {
                sqlFirst = try timed { try store.read { db in try dslSQL(db) } }.1
            }
            let dslLines = try shape.dslLines(dslResult)
            let handLines = try shape.handLines(handResult)
            try check(shape, dsl: dslLines, hand: handLines)
            if let reference = shape.reference {
                try store.read { db in try reference(db, dslLines) }
            }
            let jsonBytes = jsonSize(dslResult)
            let rows = answerSize(shape, dslLines)
            shape.stages.map { stages in
                stages.parse.removeAll()
                stages.plan.removeAll()
                stages.execute.removeAll()
                stages.render.removeAll()
            }
            // As many runs as the budget allows, between the minimum and the maximum.
            let perRun = max(1e-6, dslFirst + handFirst + sqlFirst)
            let runs = max(options.minimumRuns, min(options.runs, Int(options.budget / perRun)))
            var dsl: [Double] = []
            var dslCPU: [Double] = []
            var hand: [Double] = []
            var sql: [Double] = []
            for index in 0..<runs {
                func runDSL() throws {
                    let cpu = cpuNow()
                    dsl.append(try timed { try store.read { db in try shape.dsl(db) } }.1)
                    dslCPU.append(cpuNow() - cpu)
                }
                func runHand() throws { hand.append(try timed { try store.read { db in try shape.hand(db) } }.1) }
                if index % 2 == 0 {
                    try runDSL()
                    try runHand()
                } else {
                    try runHand()
                    try runDSL()
                }
                if let dslSQL = shape.dslSQL {
                    sql.append(try timed { try store.read { db in try dslSQL(db) } }.1)
                }
            }
            var result = ShapeResult(
                shape: shape, rows: rows, dsl: Stats(samples: dsl), hand: Stats(samples: hand),
                dslSQL: sql.isEmpty ? nil : Stats(samples: sql), dslCPU: Stats(samples: dslCPU), stageMedians: nil,
                runs: runs, jsonBytes: jsonBytes)
            if let stages = shape.stages {
                result.stageMedians = (
                    Stats(samples: stages.parse).median, Stats(samples: stages.plan).median,
                    Stats(samples: stages.execute).median, Stats(samples: stages.render).median
                )
            }
            if shape.stages != nil {
                result.prepare = try store.read { db in try prepareTime(shape.query, db) }
            }
            note(
                "    \(rows) rows, DSL \(fmt(result.dsl.median)) (p95 \(fmt(result.dsl.p95)), CPU \(fmt(result.dslCPU.median))), "
                    + "hand \(fmt(result.hand.median)) (p95 \(fmt(result.hand.p95))), ratio \(fmtRatio(result.ratio)), "
                    + "\(runs) runs, answers agree")
            results.append(result)
        }
        return results
    }

    /// Median time to prepare (not run) the DSL's statement for `query`, as `QueryEngine.run` does each time.
    static func prepareTime(_ query: String, _ db: SQLConnection) throws -> Double {
        let plan = Planner.plan(try Parser.parse(query, directory: StoreNameDirectory(db)))
        var times: [Double] = []
        for _ in 0..<20 {
            times.append(try timed { try db.cursor(plan.sql) }.1)
        }
        return Stats(samples: times).median
    }

    /// Fails loudly when the two sides' canonical answers differ (as multisets).
    static func check(_ shape: Shape, dsl: [String], hand: [String]) throws {
        let a = dsl.sorted()
        let b = hand.sorted()
        guard a != b else { return }
        var onlyDSL: [String] = []
        var onlyHand: [String] = []
        var counts: [String: Int] = [:]
        for line in a { counts[line, default: 0] += 1 }
        for line in b { counts[line, default: 0] -= 1 }
        for (line, n) in counts where n != 0 {
            if n > 0 { onlyDSL.append(line) } else { onlyHand.append(line) }
        }
        throw BenchError(
            """
            WRONG ANSWER: \(shape.label) (\(shape.query)): the DSL gives \(a.count) lines, the hand-written SQL \(b.count).
              only in the DSL's answer (\(onlyDSL.count)): \(onlyDSL.sorted().prefix(5).joined(separator: " | "))
              only in the hand answer (\(onlyHand.count)): \(onlyHand.sorted().prefix(5).joined(separator: " | "))
            """)
    }

    static func jsonSize(_ result: Any) -> Int {
        if let (_, json) = result as? (Answer, String) { return json.utf8.count }
        if let (_, json) = result as? (PositionMatrix, String) { return json.utf8.count }
        if let (_, json) = result as? (Network, String) { return json.utf8.count }
        return 0
    }

    /// Answer size for the table: rows; cells (actors × issues) for a matrix; edges for a network.
    static func answerSize(_ shape: Shape, _ lines: [String]) -> String {
        let body = lines.filter { !$0.hasPrefix("#") }
        switch shape.kind {
        case .who, .other:
            return fmtCount(body.count)
        case .matrix:
            let issues = lines.count - body.count
            if issues == 0 { return "\(fmtCount(body.count)) edges" }
            let actors = Set(body.map { $0.split(separator: "\t")[0] }).count
            return "\(fmtCount(actors)) × \(issues), \(fmtCount(body.count)) cells"
        }
    }
}
