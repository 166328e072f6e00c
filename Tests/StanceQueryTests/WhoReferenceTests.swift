import Foundation
import StanceCore
import StanceQuery
import StanceStore
import StanceTestSupport
import Testing

/// Who-conditions on a random graph against a direct computation from the positions: the planner takes
/// candidates from the (issue, stance) index and probes each test per candidate, which must give exactly
/// the actors and proving positions the definition gives.
@Suite("Who-conditions against a reference computation")
struct WhoReferenceTests {
    typealias Position = Graph.Position

    /// Each actor's positions by issue, from the random graph of the matrix reference test.
    static let positions = MatrixReferenceTests.graph.sources.flatMap(\.positions)

    static func day(_ p: Position) -> String { p.date?.firstDay ?? "" }

    /// The position proving `test` for `actor` under `window`, or nil when the test fails.
    static func proof(_ test: StanceTest, _ actor: String, _ window: DateWindow) -> Position? {
        let held = positions.enumerated().filter { _, p in
            p.actor.rawValue == actor && p.issue == test.issue.id
                && (window.lower.map { day(p) >= $0 } ?? true) && (window.upper.map { day(p) < $0 } ?? true)
                && (!test.ever || p.stance == test.stance)
        }
        // Latest: greatest day, then the one recorded last (insertion order).
        guard let latest = held.max(by: { (day($0.1), $0.0) < (day($1.1), $1.0) })?.1 else { return nil }
        return latest.stance == test.stance ? latest : nil
    }

    static func holds(_ c: Condition, _ actor: String, _ window: DateWindow) -> Bool {
        switch c {
        case .test(let t): return proof(t, actor, window) != nil
        case .and(let a, let b): return holds(a, actor, window) && holds(b, actor, window)
        case .or(let a, let b): return holds(a, actor, window) || holds(b, actor, window)
        case .butNot(let a, let b): return holds(a, actor, window) && !holds(b, actor, window)
        }
    }

    /// Actor id → proving position id, for every actor in the answer.
    static func reference(_ c: Condition, _ filters: Filters) -> [String: String] {
        var answer: [String: String] = [:]
        for actor in MatrixReferenceTests.graph.actors {
            if let kind = filters.kind, actor.kind != kind { continue }
            let id = actor.id.rawValue
            guard holds(c, id, filters.window) else { continue }
            let proof = c.positiveTests.lazy.compactMap { test -> Position? in Self.proof(test, id, filters.window) }.first
            answer[id] = proof?.id.rawValue ?? "?"
        }
        return answer
    }

    static func randomCondition(_ random: inout SplitMix, depth: Int) -> Condition {
        if depth == 0 || random.next(3) == 0 {
            let stances: [Graph.Stance] = [.supports, .opposes, .mixed, .neutral]
            let issue = "issue-\(random.next(7))"
            return .test(
                StanceTest(
                    stance: stances[random.next(4)],
                    issue: NameRef(id: SmallGraph.slug(issue), name: issue, range: TextRange(start: 0, end: 0)),
                    ever: random.next(4) == 0))
        }
        let a = randomCondition(&random, depth: depth - 1)
        let b = randomCondition(&random, depth: depth - 1)
        switch random.next(3) {
        case 0: return .and(a, b)
        case 1: return .or(a, b)
        default: return .butNot(a, b)
        }
    }

    @Test("300 random conditions: the same actors and the same proving positions as the definition")
    func againstReference() throws {
        let store = try TestSupport.store(with: MatrixReferenceTests.graph)
        var random = SplitMix(seed: 7)
        let windows = [DateWindow(), DateWindow(upper: "2017-04-01"), DateWindow(lower: "2017-03-01", upper: "2017-06-15")]
        for _ in 0..<300 {
            let condition = Self.randomCondition(&random, depth: 3)
            let filters = Filters(
                kind: random.next(3) == 0 ? .person : nil, window: windows[random.next(windows.count)])
            for count in [false, true] {
                let plan = Planner.plan(.who(WhoQuery(body: .condition(condition), filters: filters), count: count))
                let answer = try store.read { db in try QueryEngine.run(plan, in: db) }
                let expected = Self.reference(condition, filters)
                if count {
                    #expect(answer.rows.first?[["count"]] == .integer(expected.count), "\(condition) \(filters)")
                    continue
                }
                var found: [String: String] = [:]
                for row in answer.rows {
                    guard case .text(let actor)? = row[["actor", "id"]],
                        case .text(let position)? = row[["evidence", "position"]]
                    else {
                        Issue.record("row without actor or position: \(row)")
                        continue
                    }
                    found[actor] = position
                }
                #expect(found == expected, "\(condition) \(filters)")
            }
        }
    }
}

@Suite("Agreement issue lists")
struct AgreementIssueListTests {
    @Test("issue names with separators, digits and colons come back whole, in name order")
    func hostileIssueNames() throws {
        let names = ["tariffs; steel", "12:00 deadline", "🙂:7", "a"]
        let issues = names.enumerated().map { Graph.Issue(id: SmallGraph.slug("i-\($0.offset)"), name: $0.element) }
        let positions = issues.indices.flatMap { i in
            [
                SmallGraph.position("ann-\(i)", "ann", "i-\(i)", .supports, "2018-01"),
                SmallGraph.position("bob-\(i)", "bob", "i-\(i)", .supports, "2018-02"),
            ]
        }
        let graph = GraphContents(
            actors: [
                Graph.Actor(id: SmallGraph.slug("ann"), name: "Ann", kind: .person),
                Graph.Actor(id: SmallGraph.slug("bob"), name: "Bob", kind: .person),
            ],
            issues: issues,
            sources: [
                Graph.Source(
                    id: SmallGraph.slug("s1"), title: "One", date: PartialDate("2018-01-01") ?? PartialDate("2018")!,
                    positions: positions)
            ])
        let store = try TestSupport.store(with: graph)
        let answer = try store.read { db in try QueryEngine.answer("who agrees with Ann", in: db) }
        #expect(answer.rows.count == 1)
        #expect(answer.rows.first?[["issues"]] == .list(names.sorted().map(AnswerValue.text)))
        #expect(answer.rows.first?[["agreements"]] == .integer(4))
    }
}

extension AgreementIssueListTests {
    @Test("aliases with separators and spaces are listed exactly, in their order")
    func hostileAliases() throws {
        let aliases = ["Smith; Jones", "  padded ", "9:lives", "Ünïcødé 🙂"]
        let graph = GraphContents(
            actors: [Graph.Actor(id: SmallGraph.slug("ann"), name: "Ann", kind: .person, aliases: aliases)])
        let store = try TestSupport.store(with: graph)
        let answer = try store.read { db in try QueryEngine.answer("actors", in: db) }
        #expect(answer.rows.first?[["aliases"]] == .list(aliases.map(AnswerValue.text)))
    }
}
