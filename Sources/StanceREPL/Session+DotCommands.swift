import Foundation
import StanceCore
import StanceQuery
import StanceRender
import StanceStore

extension Session {
    /// The text of `.help`: the language in brief, with examples.
    public static let help = """
        Ask a question in plain English, or type a dot-command. Tab completes keywords and names;
        Up recalls history. When a question is refused, Enter on an empty line runs the suggestion.

        Questions (see docs/query-language.md):
          who opposes withdrawal                      latest stance, one row per actor, with evidence
          who supports renegotiation and opposes withdrawal      also: or, but not, ( … )
          who opposes withdrawal among organizations  kinds: people, organizations, governments, groups
          who opposes withdrawal in the Chamber of Commerce      members of an organization
          who supports withdrawal as of 2017-10-01    also: since DATE, between DATE and DATE
          who has ever opposed KORUS                  any stance held at any time
          who changed on withdrawal                   stance reversals, from → to
          who agrees with Fatheree [on ISSUE]         also: who disagrees with …
          who contradicts themselves [on ISSUE] [within 6 months]   opposite stances, side by side
          where do sources disagree [about Trump]     two sources, opposite stances, within 31 days
          who says Trump supports bilateral deals     hearsay: the reporters · what does Cutler report
          who works for PIIE · affiliations of Fatheree
          positions of Trump · what does Cutler think about renegotiation
          why does Trump support withdrawal           the evidence behind a stance
          quotes by Cutler about renegotiation · quotes matching "flawed metric"
          count who opposes withdrawal · actors [among people] · issues · sources

        Also, as people ask (see queries/natural/):
          which groups oppose ISDS? · who's against pulling out of the deal
          who is Sue Mi Terry · tell me about Lighthizer       a profile of one actor
          stakeholders of renegotiation · where does everyone stand on the deal
          who changed their mind · does Seoul oppose ISDS?      yes / no / not coded
          who opposes KORUS in the New York Times · who said "flawed metric"
          what did CSIS say                           its members' quotes, marked, if it has none

        Dot-commands:
          .format table|json|csv|markdown   output format (now: %FORMAT%)
          .evidence on|off                  show quotes and sources in tables (now: %EVIDENCE%)
          .explain on|off                   show the SQL and its query plan (now: %EXPLAIN%)
          .open PATH                        open another database
          .actors  .issues  .stats          what the graph holds
          .history                          the questions asked so far
          .help  .quit                      also without the dot: help, quit, exit
        """

    func dotCommand(_ line: String) -> Outcome {
        let words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let command = words.first?.lowercased() else { return .error("error: empty command") }
        let argument = words.dropFirst().joined(separator: " ")
        switch command {
        case ".quit", ".exit", ".q":
            return .quit
        case ".help", ".h":
            return .output(
                Session.help.replacingOccurrences(of: "%FORMAT%", with: format.rawValue)
                    .replacingOccurrences(of: "%EVIDENCE%", with: evidence ? "on" : "off")
                    .replacingOccurrences(of: "%EXPLAIN%", with: explain ? "on" : "off") + "\n")
        case ".format", ".mode":
            guard let chosen = OutputFormat(rawValue: argument.lowercased()) else {
                let valid = OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
                return .error("error: .format takes one of: \(valid) (now: \(format.rawValue))")
            }
            format = chosen
            return .output("format: \(chosen.rawValue)\n")
        case ".evidence", ".explain":
            let value: Bool
            switch argument.lowercased() {
            case "on", "yes", "true", "1": value = true
            case "off", "no", "false", "0": value = false
            case "":
                value = command == ".evidence" ? !evidence : !explain
            default:
                return .error("error: \(command) takes on or off")
            }
            if command == ".evidence" { evidence = value } else { explain = value }
            return .output("\(command.dropFirst()): \(value ? "on" : "off")\n")
        case ".open":
            guard !argument.isEmpty else { return .error("error: .open needs a database path") }
            do {
                store = try openStore(argument)
                return .output(banner() + "\n")
            } catch {
                return .error("error: \(error)")
            }
        case ".actors":
            return handle("actors")
        case ".issues":
            return handle("issues")
        case ".stats":
            do {
                let stats = try store.read { try Statistics.read($0) }
                return .output(
                    """
                    actors \(stats.actors), issues \(stats.issues), sources \(stats.sources), \
                    positions \(stats.positions), quotes \(stats.quotes), affiliations \(stats.affiliations), \
                    annotations \(stats.annotations), changes \(stats.changes), schema version \(stats.schemaVersion)

                    """)
            } catch {
                return .error("error: \(error)")
            }
        case ".history":
            let lines = history.entries.enumerated().map { "\(String($0.offset + 1).leftPadded(5))  \($0.element)" }
            return .output(lines.isEmpty ? "(no history)\n" : lines.joined(separator: "\n") + "\n")
        default:
            var message = "error: unknown command '\(command)'"
            if let near = NameMatching.nearest(to: command, among: Completer.dotCommands, limit: 1).first {
                message += "; did you mean '\(near)'?"
            }
            return .error(message + " (.help lists them)")
        }
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
