import Foundation
import StanceREPL
import StanceStore
import StanceTestSupport
import Testing

@Suite("The REPL session")
struct SessionTests {
    func session() throws -> Session {
        Session(store: try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly))
    }

    @Test("a query answers as stance query does")
    func query() throws {
        guard case .output(let text) = try session().handle("who opposes withdrawal") else {
            Issue.record("no answer")
            return
        }
        #expect(text.contains("James W. Fatheree"))
    }

    @Test("an error comes back with the caret, and the session goes on")
    func error() throws {
        let s = try session()
        guard case .error(let message) = s.handle("who opposes withdrawl") else {
            Issue.record("no error")
            return
        }
        #expect(message.contains("did you mean"))
        #expect(message.contains("^^^^"))
        if case .output = s.handle("who opposes withdrawal") {} else { Issue.record("session did not go on") }
    }

    @Test("dot-commands change the output and report their state")
    func dotCommands() throws {
        let s = try session()
        #expect(s.handle(".format json") == .output("format: json\n"))
        guard case .output(let json) = s.handle("who opposes withdrawal") else { return }
        #expect(json.hasPrefix("{"))
        #expect(s.handle(".evidence on") == .output("evidence: on\n"))
        #expect(s.evidence)
        #expect(s.handle(".explain on") == .output("explain: on\n"))
        if case .output(let text) = s.handle("count who opposes withdrawal") {
            #expect(text.contains("-- SQL"))
        }
        #expect(s.handle(".quit") == .quit)
        if case .error(let message) = s.handle(".format xml") {
            #expect(message.contains("table, json, csv, markdown"))
        } else {
            Issue.record(".format xml should fail")
        }
        if case .error(let message) = s.handle(".formt json") {
            #expect(message.contains("did you mean '.format'?"))
        } else {
            Issue.record("unknown command should fail")
        }
        if case .output(let help) = s.handle(".help") {
            #expect(help.contains("who opposes withdrawal") && help.contains(".format"))
        }
        if case .output(let stats) = s.handle(".stats") { #expect(stats.contains("actors 39")) }
        if case .output(let actors) = s.handle(".actors") { #expect(actors.contains("Wendy Cutler")) }
        if case .error = s.handle(".open /nonexistent.sqlite") {} else { Issue.record(".open of a missing file") }
    }

    @Test("pipe mode answers each line, reports errors with line numbers, exits 2 on any failure")
    func pipe() throws {
        let lines = ["# a comment", "", "who opposes withdrawal", "who opposes withdrawl", "count who opposes withdrawal"]
        var iterator = lines.makeIterator()
        let status = REPL.runPipe(session: try session(), lines: AnyIterator { iterator.next() })
        #expect(status == 2)
        var clean = ["who opposes withdrawal"].makeIterator()
        #expect(REPL.runPipe(session: try session(), lines: AnyIterator { clean.next() }) == 0)
    }
}

@Suite("REPL history")
struct HistoryTests {
    @Test("history is bounded, kept across sessions, and written atomically")
    func persistence() throws {
        let path = try TestSupport.temporaryDirectory("history").appendingPathComponent("stance/history").path
        var history = History(path: path, limit: 3)
        for line in ["who opposes withdrawl", "who opposes withdrawal", "who opposes withdrawal", "quotes", "issues"] {
            history.add(line)
        }
        // Failed queries are kept; repeats are not; only the last three stay.
        #expect(history.entries == ["who opposes withdrawal", "quotes", "issues"])
        try history.save()
        let again = History(path: path, limit: 3)
        #expect(again.entries == history.entries)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: (path as NSString).deletingLastPathComponent)
        #expect(leftovers == ["history"])
    }

    @Test("multi-line entries survive the file")
    func escaping() throws {
        let path = try TestSupport.temporaryDirectory("history").appendingPathComponent("h").path
        var history = History(path: path)
        history.add("quotes matching \"a\\b\"\nsecond line")
        try history.save()
        #expect(History(path: path).entries == history.entries)
    }

    @Test("the default path follows XDG")
    func defaultPath() {
        #expect(History.defaultPath(environment: ["XDG_STATE_HOME": "/s", "HOME": "/h"]) == "/s/stance/history")
        #expect(History.defaultPath(environment: ["HOME": "/h"]) == "/h/.local/state/stance/history")
        #expect(History.defaultPath(environment: [:]) == nil)
    }
}

@Suite("Completion over the KORUS graph")
struct KorusCompletionTests {
    @Test("multi-word names, keywords and names of the real graph")
    func korus() throws {
        let completer = Session(store: try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly)).completer()
        #expect(completer.complete("who works for Chamber of").candidates == ["of Commerce"])
        #expect(completer.complete("who oppo").candidates == ["opposes"])
        #expect(completer.complete("quotes by Wendy").candidates == ["Wendy Cutler"])
        #expect(completer.complete("who opposes withdr").candidates.contains("withdrawal"))
    }
}

@Suite("The REPL without dots, and one-key suggestions")
struct PlainCommandTests {
    func session() throws -> Session {
        Session(store: try Store(path: try TestSupport.korusDatabase.get(), mode: .readOnly))
    }

    @Test("help, quit and exit work without the dot", arguments: ["quit", "exit", "Quit", " exit ", "quit?"])
    func quit(_ line: String) throws {
        #expect(try session().handle(line) == .quit)
    }

    @Test("help without the dot is .help")
    func help() throws {
        let s = try session()
        #expect(s.handle("help") == s.handle(".help"))
        guard case .output(let text) = s.handle("help") else {
            Issue.record("help gave no text")
            return
        }
        #expect(text.contains("who opposes withdrawal"))
    }

    @Test("an empty line after a refusal runs the suggestion; otherwise it does nothing")
    func oneKey() throws {
        let s = try session()
        guard case .error(let message) = s.handle("who oposes withdrawal") else {
            Issue.record("no error")
            return
        }
        #expect(message.contains("did you mean: who opposes withdrawal"))
        #expect(message.contains("press Enter to run: who opposes withdrawal"))
        #expect(s.pendingSuggestion == "who opposes withdrawal")
        guard case .output(let answer) = s.handle("") else {
            Issue.record("the empty line did not run the suggestion")
            return
        }
        #expect(answer.contains("James W. Fatheree"))
        #expect(s.pendingSuggestion == nil)
        // A question answered in between drops the suggestion.
        _ = s.handle("who oposes withdrawal")
        _ = s.handle("issues")
        #expect(s.pendingSuggestion == nil)
    }
}
