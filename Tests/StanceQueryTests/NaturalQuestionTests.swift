import Foundation
import StanceCore
import StanceQuery
import StanceRender
import StanceStore
import StanceTestSupport
import Testing

/// The natural questions in `queries/natural/`: each line `QUESTION => CANONICAL QUERY`.
///
/// Each canonical query's answer (JSON) must equal the one recorded in `NAME.expected`; each natural
/// question must be answered with exactly its canonical query's answer, computed in the same run. A
/// question marked with a leading `!` is a known gap: it must be refused or answered differently, so
/// a fix shows up as a failure asking for the mark to go. `STANCE_RECORD=1` rewrites the expected
/// files and the marks, and fails, so the change is looked at before it is committed.
@Suite("Natural questions in queries/natural/")
struct NaturalQuestionTests {
    static let folder = TestSupport.packageRoot.appendingPathComponent("queries/natural")

    static let files: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".nat") }.map { String($0.dropLast(4)) }.sorted()
    }()

    static var recording: Bool { ProcessInfo.processInfo.environment["STANCE_RECORD"] == "1" }

    /// One question of a corpus file.
    struct Entry {
        var question: String
        var canonical: String
        /// Marked `!`: not answered yet.
        var isGap: Bool
        var line: Int
    }

    /// The entries of `NAME.nat`; blank lines and `#` comments are skipped.
    static func entries(_ name: String) throws -> [Entry] {
        let text = try String(contentsOf: folder.appendingPathComponent("\(name).nat"), encoding: .utf8)
        var out: [Entry] = []
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = raw.trimmingCharacters(in: .whitespaces)
            guard !line.isEmpty, !line.hasPrefix("#") else { continue }
            let isGap = line.hasPrefix("!")
            if isGap { line = String(line.dropFirst()).trimmingCharacters(in: .whitespaces) }
            let parts = line.components(separatedBy: " => ")
            guard parts.count == 2 else {
                Issue.record("queries/natural/\(name).nat:\(number + 1): expected 'QUESTION => QUERY'")
                continue
            }
            out.append(
                Entry(
                    question: parts[0].trimmingCharacters(in: .whitespaces),
                    canonical: parts[1].trimmingCharacters(in: .whitespaces), isGap: isGap, line: number + 1))
        }
        return out
    }

    /// The answer to `query` as JSON, or the error it gives.
    static func answer(_ query: String, in store: Store) -> Result<String, QueryError> {
        do {
            let answer = try store.read { db in try QueryEngine.answer(query, in: db) }
            return .success(Renderer(format: .json).render(answer))
        } catch let error as QueryError {
            return .failure(error)
        } catch {
            return .failure(QueryError("\(error)", at: nil, in: query))
        }
    }

    /// Whether each entry's question gets its canonical query's answer.
    static func results(_ name: String, _ store: Store) throws -> [(Entry, Bool)] {
        var canonical: [String: String] = [:]
        return try entries(name).map { entry in
            if canonical[entry.canonical] == nil {
                canonical[entry.canonical] = (try? answer(entry.canonical, in: store).get()) ?? ""
            }
            let expected = canonical[entry.canonical] ?? ""
            let actual = try? answer(entry.question, in: store).get()
            return (entry, !expected.isEmpty && actual == expected)
        }
    }

    @Test("each canonical query's answer equals the recorded one", arguments: files)
    func canonicalAnswers(_ name: String) throws {
        let store = try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
        var seen = Set<String>()
        var recorded = ""
        for entry in try Self.entries(name) where seen.insert(entry.canonical).inserted {
            switch Self.answer(entry.canonical, in: store) {
            case .success(let json):
                recorded += "## \(entry.canonical)\n\(json)\n"
            case .failure(let error):
                Issue.record("\(name).nat:\(entry.line): canonical query '\(entry.canonical)' fails:\n\(error)")
            }
        }
        let url = Self.folder.appendingPathComponent("\(name).expected")
        if Self.recording {
            try recorded.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("recorded queries/natural/\(name).expected; check it, then run again without STANCE_RECORD")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(recorded == expected, "canonical answers differ from queries/natural/\(name).expected")
    }

    @Test("each natural question gets its canonical query's answer", arguments: files)
    func naturalQuestions(_ name: String) throws {
        let store = try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
        let results = try Self.results(name, store)
        if Self.recording {
            try Self.rewriteMarks(name, results)
            Issue.record("rewrote the ! marks of queries/natural/\(name).nat; check them, then run again")
            return
        }
        for (entry, answered) in results {
            if entry.isGap {
                #expect(!answered, "\(name).nat:\(entry.line): '\(entry.question)' is answered now; remove its !")
            } else if !answered {
                let got = Self.answer(entry.question, in: store)
                let detail: String
                switch got {
                case .success: detail = "a different answer"
                case .failure(let error): detail = error.description
                }
                Issue.record(
                    "\(name).nat:\(entry.line): '\(entry.question)' should mean '\(entry.canonical)'; got \(detail)")
            }
        }
    }

    @Test("at least nine in ten natural questions are answered")
    func share() throws {
        let store = try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)
        var total = 0
        var answered = 0
        var unanswered: [String] = []
        for name in Self.files {
            for (entry, ok) in try Self.results(name, store) {
                total += 1
                if ok { answered += 1 } else { unanswered.append("\(name).nat:\(entry.line): \(entry.question)") }
            }
        }
        print("natural questions answered: \(answered) of \(total)")
        for line in unanswered { print("  not answered: \(line)") }
        #expect(total >= 150)
        #expect(answered * 10 >= total * 9, "\(answered) of \(total) natural questions answered")
    }

    /// Rewrites the `!` marks of `NAME.nat` to the questions not answered now.
    static func rewriteMarks(_ name: String, _ results: [(Entry, Bool)]) throws {
        let url = folder.appendingPathComponent("\(name).nat")
        var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
        for (entry, answered) in results where entry.line - 1 < lines.count {
            let bare = "\(entry.question) => \(entry.canonical)"
            lines[entry.line - 1] = answered ? bare : "! " + bare
        }
        try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
    }
}
