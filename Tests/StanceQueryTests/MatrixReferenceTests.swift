import Foundation
import StanceCore
import StanceQuery
import StanceStore
import StanceTestSupport
import Testing

/// The matrix on a random graph against a direct computation from the positions, under every filter: the
/// SQL chooses columns first and probes each cell's latest position, which must change nothing.
@Suite("Matrix against a reference computation")
struct MatrixReferenceTests {
    /// A deterministic random graph: 24 actors of three kinds, 7 issues, 200 positions on distinct days.
    static let graph: GraphContents = {
        var random = SplitMix(seed: 42)
        let kinds: [Graph.Actor.Kind] = [.person, .organization, .group]
        let actors = (0..<24).map { i in
            Graph.Actor(id: SmallGraph.slug("actor-\(i)"), name: "Actor \(i % 5) \(i)", kind: kinds[i % 3])
        }
        let issues = (0..<7).map { Graph.Issue(id: SmallGraph.slug("issue-\($0)"), name: "Issue \(6 - $0 % 4)") }
        let stances: [Graph.Stance] = [.supports, .opposes, .supports, .opposes, .mixed, .neutral]
        var days = Array(0..<200)
        for i in days.indices.reversed() { days.swapAt(i, random.next(i + 1)) }
        let calendar = Calendar(identifier: .gregorian)
        let start = DateComponents(calendar: calendar, timeZone: TimeZone(identifier: "UTC"), year: 2017, month: 1, day: 1)
        let positions = days.enumerated().map { index, day -> Graph.Position in
            let date = calendar.date(byAdding: .day, value: day, to: start.date ?? Date(timeIntervalSince1970: 0))
            let parts = date.map { calendar.dateComponents(in: TimeZone(identifier: "UTC") ?? .current, from: $0) }
            let text = String(format: "%04d-%02d-%02d", parts?.year ?? 2017, parts?.month ?? 1, parts?.day ?? 1)
            return SmallGraph.position(
                "p-\(index)", "actor-\(random.next(24) * random.next(24) / 23)", "issue-\(random.next(7) * random.next(7) / 6)",
                stances[random.next(stances.count)], text)
        }
        return GraphContents(
            actors: actors, issues: issues,
            sources: [
                Graph.Source(
                    id: SmallGraph.slug("s1"), title: "One", date: PartialDate("2018-01-01") ?? PartialDate("2018")!,
                    positions: positions)
            ])
    }()

    /// The matrix as the documentation defines it, computed from the positions in Swift.
    static func reference(_ request: MatrixRequest) -> (actors: [String], issues: [String], cells: [[Graph.Stance?]]) {
        let actorByID = Dictionary(uniqueKeysWithValues: graph.actors.map { ($0.id.rawValue, $0) })
        let issueByID = Dictionary(uniqueKeysWithValues: graph.issues.map { ($0.id.rawValue, $0) })
        let positions = graph.sources.flatMap(\.positions).filter { p in
            let day = p.date?.firstDay ?? ""
            return (request.window.lower.map { day >= $0 } ?? true) && (request.window.upper.map { day < $0 } ?? true)
                && (request.issueIDs?.contains(p.issue.rawValue) ?? true)
                && (request.actorIDs?.contains(p.actor.rawValue) ?? true)
                && (request.kind.map { actorByID[p.actor.rawValue]?.kind == $0 } ?? true)
        }
        var pairs: [String: [String: [Graph.Position]]] = [:]
        for p in positions { pairs[p.actor.rawValue, default: [:]][p.issue.rawValue, default: []].append(p) }
        var actorsPerIssue: [String: Int] = [:]
        for (_, issues) in pairs { for issue in issues.keys { actorsPerIssue[issue, default: 0] += 1 } }
        var issues = actorsPerIssue.keys.sorted {
            let a = issueByID[$0]?.name ?? "", b = issueByID[$1]?.name ?? ""
            return (actorsPerIssue[$1] ?? 0, a, $0) < (actorsPerIssue[$0] ?? 0, b, $1)
        }
        if let top = request.topIssues { issues = Array(issues.prefix(max(0, top))) }
        let actors = pairs.keys.filter { actor in
            (pairs[actor]?.values.map(\.count).reduce(0, +) ?? 0) >= request.minimumPositions
                && issues.contains { pairs[actor]?[$0] != nil }
        }.sorted { (actorByID[$0]?.name ?? "", $0) < (actorByID[$1]?.name ?? "", $1) }
        let cells = actors.map { actor in
            issues.map { issue -> Graph.Stance? in
                guard let held = pairs[actor]?[issue], let latest = held.max(by: { ($0.date?.firstDay ?? "") < ($1.date?.firstDay ?? "") })
                else { return nil }
                let both = held.contains { $0.stance == .supports } && held.contains { $0.stance == .opposes }
                return request.rule == .mixed && both ? .mixed : latest.stance
            }
        }
        return (actors, issues, cells)
    }

    static let requests: [MatrixRequest] = {
        var requests: [MatrixRequest] = []
        let windows = [DateWindow(), DateWindow(upper: "2017-04-01"), DateWindow(lower: "2017-03-01", upper: "2017-06-15")]
        for window in windows {
            for kind in [nil, Graph.Actor.Kind.person] {
                for top in [nil, 0, 1, 3] {
                    for minimum in [0, 4] {
                        for rule in MatrixRequest.Rule.allCases {
                            requests.append(
                                MatrixRequest(kind: kind, window: window, minimumPositions: minimum, topIssues: top, rule: rule))
                        }
                    }
                }
            }
        }
        requests.append(MatrixRequest(actorIDs: ["actor-0", "actor-1", "actor-5", "actor-23"], topIssues: 2))
        requests.append(MatrixRequest(issueIDs: ["issue-1", "issue-6"], minimumPositions: 2, topIssues: 1))
        // Actors without issues: the scan goes in (actor, issue) order.
        requests.append(MatrixRequest(actorIDs: ["actor-0", "actor-3", "actor-7", "actor-22"], minimumPositions: 3))
        requests.append(
            MatrixRequest(actorIDs: ["actor-1", "actor-4", "actor-9"], window: DateWindow(lower: "2017-02-01"), rule: .latest))
        return requests
    }()

    @Test("cells, rows and columns equal the reference under 100 combinations of filters, with and without evidence")
    func againstReference() throws {
        let store = try TestSupport.store(with: Self.graph)
        for request in Self.requests {
            let expected = Self.reference(request)
            for evidence in [true, false] {
                var asked = request
                asked.evidence = evidence
                let m = try store.read { db in try MatrixBuilder.build(asked, in: db) }
                let label = "\(request) evidence \(evidence)"
                #expect(m.actors.map(\.id) == expected.actors, "\(label)")
                #expect(m.issues.map(\.id) == expected.issues, "\(label)")
                #expect(m.cells.map { $0.map { $0?.stance } } == expected.cells, "\(label)")
                let withEvidence = m.cells.joined().compactMap { $0 }
                #expect(withEvidence.allSatisfy { !$0.positionID.isEmpty && !$0.evidence.isEmpty } == evidence
                    || withEvidence.isEmpty, "\(label)")
            }
        }
    }
}

/// A small deterministic generator (SplitMix64) for test data.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    /// A number in 0..<bound.
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(max(1, bound)))
    }
}
