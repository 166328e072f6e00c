import StanceCore

/// Checks what spans files: duplicate ids, references, verbatim quotes and their offsets.
struct GraphValidator {
    let graph: GraphContents
    let map: SourceMap
    let log: DiagnosticLog

    func validate() {
        let actors = unique(graph.actors.map(\.id), .actor)
        let issues = unique(graph.issues.map(\.id), .issue)
        let sources = unique(graph.sources.map(\.id), .source)
        let quotes = unique(graph.quotes.map(\.id), .quote)
        let positions = unique(graph.positions.map(\.id), .position)
        let affiliations = unique(graph.affiliations.map(\.id), .affiliation)
        _ = unique(graph.annotations.map(\.id), .annotation)

        let actorNames = graph.actors.map(\.id.rawValue)
        let issueNames = graph.issues.map(\.id.rawValue)
        let sourceNames = graph.sources.map(\.id.rawValue)
        func check(_ id: Slug, in known: Set<Slug>, _ what: String, names: [String],
                   _ kind: Graph.Target.Kind, _ owner: Slug, _ field: String)
        {
            guard !known.contains(id) else { return }
            var message = "unknown \(what) '\(id)'"
            if let near = NameMatching.nearest(to: id.rawValue, among: names, limit: 1).first {
                message += "; did you mean '\(near)'?"
            }
            log.error(map.location(kind, owner, field), message)
        }

        for issue in graph.issues {
            if let parent = issue.parent {
                check(parent, in: issues, "issue", names: issueNames, .issue, issue.id, "parent")
            }
            for (index, relation) in issue.relations.enumerated() {
                check(relation.issue, in: issues, "issue", names: issueNames, .issue, issue.id,
                      "relations.\(index).issue")
                if let source = relation.source {
                    check(source, in: sources, "source", names: sourceNames, .issue, issue.id,
                          "relations.\(index).source")
                }
            }
        }
        checkParentCycles()
        let actorKinds = Dictionary(graph.actors.map { ($0.id, $0.kind) }, uniquingKeysWith: { a, _ in a })
        for f in graph.affiliations {
            check(f.actor, in: actors, "actor", names: actorNames, .affiliation, f.id, "actor")
            check(f.organization, in: actors, "actor", names: actorNames, .affiliation, f.id, "organization")
            if let source = f.source {
                check(source, in: sources, "source", names: sourceNames, .affiliation, f.id, "source")
            } else {
                log.error(map.location(.affiliation, f.id, "source"), "an affiliation needs 'source': the source that states it")
            }
            if actorKinds[f.organization] == .person {
                log.error(map.location(.affiliation, f.id, "organization"),
                          "'\(f.organization)' is a person; an affiliation's organization is an organization, government or group")
            }
            if let start = f.start, let end = f.end, end < start {
                log.error(map.location(.affiliation, f.id, "end"), "'end' \(end) is before 'start' \(start)")
            }
        }
        let known: [Graph.Target.Kind: Set<Slug>] = [
            .actor: actors, .issue: issues, .source: sources, .quote: quotes, .position: positions,
            .affiliation: affiliations, .annotation: Set(graph.annotations.map(\.id)),
        ]
        for n in graph.annotations where known[n.target.kind]?.contains(n.target.id) != true {
            log.error(map.location(.annotation, n.id, "target"), "annotation target '\(n.target)' does not exist")
        }
        for source in graph.sources {
            let quotesHere = Set(source.quotes.map(\.id))
            for q in source.quotes {
                check(q.speaker, in: actors, "actor", names: actorNames, .quote, q.id, "speaker")
                for (index, issue) in q.issues.enumerated() {
                    check(issue, in: issues, "issue", names: issueNames, .quote, q.id, "issues.\(index)")
                }
                checkVerbatim(q, in: source)
            }
            for p in source.positions {
                check(p.actor, in: actors, "actor", names: actorNames, .position, p.id, "actor")
                check(p.issue, in: issues, "issue", names: issueNames, .position, p.id, "issue")
                if let by = p.reportedBy {
                    check(by, in: actors, "actor", names: actorNames, .position, p.id, "reported_by")
                }
                switch p.evidence {
                case .quote(let id):
                    if !quotesHere.contains(id) {
                        var message = "unknown quote '\(id)' in source '\(source.id)'"
                        let names = source.quotes.map(\.id.rawValue)
                        if let near = NameMatching.nearest(to: id.rawValue, among: names, limit: 1).first {
                            message += "; did you mean '\(near)'?"
                        }
                        log.error(map.location(.position, p.id, "quote"), message)
                    }
                case .paraphrase(_, let sentence):
                    if let text = source.text, VerbatimText.occurrences(of: sentence, in: text).isEmpty {
                        log.error(map.location(.position, p.id, "sentence"),
                                  "the sentence is not verbatim in articles/\(source.id).txt")
                    }
                case .none:
                    log.error(map.location(.position, p.id, ""), "a position needs evidence")
                }
            }
        }
    }

    private func checkVerbatim(_ q: Graph.Quote, in source: Graph.Source) {
        guard let text = source.text else { return }
        let found = VerbatimText.occurrences(of: q.text, in: text)
        guard !found.isEmpty else {
            log.error(map.location(.quote, q.id, "text"),
                      "the quote is not verbatim in articles/\(source.id).txt (after normalising white space and quote marks)")
            return
        }
        let offsets = found.map { "start: \($0.start), end: \($0.end)" }.joined(separator: " or ")
        guard let range = q.range else {
            log.error(map.location(.quote, q.id, "text"), "the quote needs 'start' and 'end'; it stands at \(offsets)")
            return
        }
        if !VerbatimText.range(range, of: text, holds: q.text) {
            log.error(map.location(.quote, q.id, "start"),
                      "offsets \(range.start)..<\(range.end) do not point at the quote; it stands at \(offsets)")
        }
    }

    private func unique(_ ids: [Slug], _ kind: Graph.Target.Kind) -> Set<Slug> {
        var seen = Set<Slug>()
        for id in ids where !seen.insert(id).inserted {
            log.error(map.location(kind, id, "id"), "duplicate \(kind.rawValue) id '\(id)'")
        }
        return seen
    }

    private func checkParentCycles() {
        let parents = Dictionary(graph.issues.compactMap { i in i.parent.map { (i.id, $0) } },
                                 uniquingKeysWith: { a, _ in a })
        for issue in graph.issues {
            var seen: Set<Slug> = [issue.id]
            var current = parents[issue.id]
            while let next = current {
                if next == issue.id {
                    log.error(map.location(.issue, issue.id, "parent"), "issue '\(issue.id)' is its own ancestor")
                    break
                }
                guard seen.insert(next).inserted else { break }
                current = parents[next]
            }
        }
    }
}
