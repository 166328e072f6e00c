import Foundation
import StanceCore
import StanceQuery
import StanceRender
import StanceStore

/// What one input did.
enum Outcome {
    /// Answered (rendered in every format); `problems` lists anything wrong with the rendering.
    case answer(milliseconds: Double, rows: Int, problems: [String])
    /// Rejected with a `QueryError`; `problems` lists anything wrong with it (a range outside the input).
    case rejected(milliseconds: Double, located: Bool, problems: [String], message: String)
    /// Failed with some other error: always a failure of the run.
    case other(milliseconds: Double, description: String)

    var milliseconds: Double {
        switch self {
        case .answer(let ms, _, _), .rejected(let ms, _, _, _), .other(let ms, _): return ms
        }
    }

    var summary: String {
        switch self {
        case .answer(let ms, let rows, let problems):
            return "answer, \(rows) rows, \(String(format: "%.2f", ms)) ms" + (problems.isEmpty ? "" : "; \(problems)")
        case .rejected(let ms, let located, let problems, _):
            return "query error (\(located ? "located" : "no range")), \(String(format: "%.2f", ms)) ms"
                + (problems.isEmpty ? "" : "; \(problems)")
        case .other(let ms, let description):
            return "OTHER ERROR after \(String(format: "%.2f", ms)) ms: \(description)"
        }
    }
}

/// Runs one input through `QueryEngine.answer` in a read transaction, and checks what comes back.
enum Probe {
    static func run(_ text: String, explain: Bool, in store: Store) -> Outcome {
        let start = ContinuousClock.now
        func elapsed() -> Double { (ContinuousClock.now - start) / .milliseconds(1) }
        do {
            let answer = try store.read { db in try QueryEngine.answer(text, in: db, explain: explain) }
            let ms = elapsed()
            return .answer(milliseconds: ms, rows: answer.rows.count, problems: check(answer))
        } catch let error as QueryError {
            let ms = elapsed()
            return .rejected(
                milliseconds: ms, located: error.range != nil, problems: check(error, text), message: error.message)
        } catch {
            let description = "\(type(of: error)): \(error)".split(separator: "\n").first.map(String.init) ?? ""
            return .other(milliseconds: elapsed(), description: String(description.prefix(300)))
        }
    }

    /// Problems with a rejection: its range must lie inside the input, and it must have a message.
    static func check(_ error: QueryError, _ text: String) -> [String] {
        var problems: [String] = []
        let length = text.unicodeScalars.count
        if let range = error.range, !(0 <= range.start && range.start <= range.end && range.end <= length) {
            problems.append("range \(range.start)..<\(range.end) outside the input of \(length) code points")
        }
        if error.message.isEmpty { problems.append("empty message") }
        let description = error.description
        if !description.contains(error.message) { problems.append("the description lacks the message") }
        return problems
    }

    /// Problems with an answer's renderings: each format ends with a newline, and the JSON parses.
    static func check(_ answer: Answer) -> [String] {
        var problems: [String] = []
        for format in OutputFormat.allCases {
            let text = Renderer(format: format, showEvidence: true).render(answer)
            if !text.hasSuffix("\n") { problems.append("\(format) output does not end with a newline") }
            if format == .json, (try? JSONSerialization.jsonObject(with: Data(text.utf8))) == nil {
                problems.append("JSON output does not parse")
            }
        }
        if !answer.explanation.isEmpty {
            _ = Renderer().renderExplanation(answer)
        }
        return problems
    }
}

/// The run's figures, and whether every check passed.
struct Tally {
    let limitMilliseconds: Double
    var inputs = 0
    var answers = 0
    var rejections = 0
    var unlocated = 0
    var others = 0
    var badRejections = 0
    var badAnswers = 0
    var slowRejections = 0
    var slowestRejection: (ms: Double, index: Int, kind: QueryMutator.Kind)?
    var slowestAnswer: (ms: Double, index: Int, kind: QueryMutator.Kind)?
    var byKind: [QueryMutator.Kind: (answers: Int, rejections: Int)] = [:]
    var timeByKind: [QueryMutator.Kind: Double] = [:]
    /// The errors about the whole query (no range), by the start of their message.
    var unlocatedMessages: [String: Int] = [:]
    /// Failures by kind of problem: how many, and the first few inputs.
    var failures: [(problem: String, count: Int, examples: [String])] = []

    init(limitMilliseconds: Double) {
        self.limitMilliseconds = limitMilliseconds
    }

    var passed: Bool { others == 0 && badRejections == 0 && badAnswers == 0 && slowRejections == 0 }

    mutating func add(_ outcome: Outcome, index: Int, kind: QueryMutator.Kind, text: String) {
        inputs += 1
        timeByKind[kind, default: 0] += outcome.milliseconds
        func note(_ problem: String, _ detail: String) {
            let example = "input #\(index) (\(kind.rawValue)) \(shown(text, limit: 40)): \(detail)"
            if let i = failures.firstIndex(where: { $0.problem == problem }) {
                failures[i].count += 1
                if failures[i].examples.count < 3 { failures[i].examples.append(example) }
            } else {
                failures.append((problem, 1, [example]))
            }
        }
        switch outcome {
        case .answer(let ms, _, let problems):
            answers += 1
            byKind[kind, default: (0, 0)].answers += 1
            if ms > (slowestAnswer?.ms ?? -1) { slowestAnswer = (ms, index, kind) }
            if !problems.isEmpty {
                badAnswers += 1
                note("bad rendering", problems.joined(separator: "; "))
            }
        case .rejected(let ms, let located, let problems, let message):
            rejections += 1
            byKind[kind, default: (0, 0)].rejections += 1
            if !located {
                unlocated += 1
                let words = message.split(separator: " ")
                let shape = words.map { $0.allSatisfy(\.isNumber) ? "N" : String($0) }.prefix(8).joined(separator: " ")
                unlocatedMessages[shape, default: 0] += 1
            }
            if ms > (slowestRejection?.ms ?? -1) { slowestRejection = (ms, index, kind) }
            if ms >= limitMilliseconds {
                slowRejections += 1
                note(String(format: "rejected in over %.0f ms", limitMilliseconds), String(format: "%.1f ms", ms))
            }
            if !problems.isEmpty {
                badRejections += 1
                note("bad error range", problems.joined(separator: "; "))
            }
        case .other(_, let description):
            others += 1
            let problem = description.components(separatedBy: " - while executing").first ?? description
            note("other error: " + String(problem.prefix(100)), String(format: "%.2f ms", outcome.milliseconds))
        }
    }

    func report(seed: UInt64, database: String, seconds: Double) -> String {
        func time(_ slowest: (ms: Double, index: Int, kind: QueryMutator.Kind)?) -> String {
            guard let s = slowest else { return "-" }
            return String(format: "%.2f ms (input #%d, %@)", s.ms, s.index, s.kind.rawValue)
        }
        var lines = [
            "stance-fuzz: seed \(seed), database \(database)",
            "  inputs tried        \(inputs) in \(String(format: "%.1f", seconds)) s",
            "  answers             \(answers)",
            "  query errors        \(rejections) (\(rejections - unlocated) located, \(unlocated) about the whole query)",
        ]
        for (shape, count) in unlocatedMessages.sorted(by: { $0.value > $1.value }) {
            lines.append("      \(count) × \(shape)…")
        }
        lines += [
            "  other errors        \(others)",
            "  crashes and hangs   0 (a trap or hang stops the run with exit status 3 and names the input)",
            "  bad error ranges    \(badRejections)",
            "  bad renderings      \(badAnswers)",
            "  slowest rejection   \(time(slowestRejection)); over \(Int(limitMilliseconds)) ms: \(slowRejections)",
            "  slowest answer      \(time(slowestAnswer))",
            "  by kind (answers/errors, total time):",
        ]
        for kind in QueryMutator.Kind.allCases {
            let counts = byKind[kind, default: (0, 0)]
            let time = String(format: "%.0f ms", timeByKind[kind, default: 0])
            lines.append("    \(kind.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0)) \(counts.answers)/\(counts.rejections), \(time)")
        }
        if !failures.isEmpty {
            lines.append("  failures (replay one with --seed \(seed) --only INDEX):")
            for failure in failures {
                lines.append("    \(failure.count) × \(failure.problem), e.g.")
                lines += failure.examples.map { "      " + $0 }
            }
        }
        lines.append(passed ? "PASS" : "FAIL")
        return lines.joined(separator: "\n")
    }
}
