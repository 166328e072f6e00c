import StanceCore

/// The fields of entities as `graph-data/` names them: for conflict files, and for the edits
/// that make your entity equal theirs.
enum Fields {
    static func of(_ a: Graph.Actor) -> [String: String] {
        compact(["name": a.name, "kind": a.kind.rawValue, "aliases": a.aliases.joined(separator: "; "),
                 "description": a.description, "note": a.note])
    }

    static func of(_ i: Graph.Issue) -> [String: String] {
        compact(["name": i.name, "aliases": i.aliases.joined(separator: "; "), "terms": i.terms.joined(separator: "; "),
                 "description": i.description,
                 "parent": i.parent?.rawValue, "note": i.note])
    }

    static func of(_ s: Graph.Source) -> [String: String] {
        compact(["title": s.title, "outlet": s.outlet, "author": s.author, "date": s.date.description,
                 "date_basis": s.dateBasis.rawValue, "date_note": s.dateNote, "note": s.note])
    }

    static func of(_ f: Graph.Affiliation) -> [String: String] {
        compact(["actor": f.actor.rawValue, "organization": f.organization.rawValue, "role": f.role,
                 "start": f.start?.description, "end": f.end?.description, "source": f.source?.rawValue, "note": f.note])
    }

    static func of(_ q: Graph.Quote) -> [String: String] {
        compact(["speaker": q.speaker.rawValue, "text": q.text, "date": q.date?.description,
                 "issues": q.issues.map(\.rawValue).joined(separator: "; "), "note": q.note])
    }

    static func of(_ p: Graph.Position) -> [String: String] {
        var fields: [String: String?] = [
            "actor": p.actor.rawValue, "issue": p.issue.rawValue, "stance": p.stance.rawValue,
            "date": p.date?.description, "until": p.until?.description, "basis": p.basis.rawValue,
            "reported_by": p.reportedBy?.rawValue, "confidence": p.confidence.rawValue, "coder": p.coder, "note": p.note,
        ]
        switch p.evidence {
        case .quote(let id): fields["quote"] = id.rawValue
        case .paraphrase(let text, let sentence):
            fields["paraphrase"] = text
            fields["sentence"] = sentence
        case .none: break
        }
        return compact(fields)
    }

    static func of(_ n: Graph.Annotation) -> [String: String] {
        ["target": n.target.description, "text": n.text, "coder": n.coder, "time": n.time]
    }

    private static func compact(_ fields: [String: String?]) -> [String: String] {
        fields.compactMapValues { $0 }.filter { !$0.value.isEmpty }
    }

    /// `FIELD=VALUE` edits (graph-data names) that turn `mine` into `theirs`; list fields become
    /// removals and additions (`alias-=`, `alias+=`, `term-=`, `term+=`, `issue-=`, `issue+=`).
    static func assignments(from mine: [String: String], to theirs: [String: String], lists: [String: String] = [:])
        -> [(field: String, value: String)]
    {
        var edits: [(field: String, value: String)] = []
        for key in Set(mine.keys).union(theirs.keys).sorted() where mine[key] != theirs[key] {
            if let item = lists[key] {
                let old = Set((mine[key] ?? "").components(separatedBy: "; ").filter { !$0.isEmpty })
                let new = (theirs[key] ?? "").components(separatedBy: "; ").filter { !$0.isEmpty }
                for value in old.subtracting(new).sorted() { edits.append(("\(item)-", value)) }
                for value in new where !old.contains(value) { edits.append(("\(item)+", value)) }
            } else if key != "coder" {
                edits.append((key, theirs[key] ?? ""))
            }
        }
        // Evidence changes kind as a whole: clear the other kind's fields first.
        return edits.sorted { ($0.value.isEmpty ? 0 : 1, $0.field) < ($1.value.isEmpty ? 0 : 1, $1.field) }
    }

    static func assignments(from a: Graph.Actor, to b: Graph.Actor) -> [(field: String, value: String)] {
        assignments(from: of(a), to: of(b), lists: ["aliases": "alias"])
    }
    static func assignments(from a: Graph.Issue, to b: Graph.Issue) -> [(field: String, value: String)] {
        assignments(from: of(a), to: of(b), lists: ["aliases": "alias", "terms": "term"])
    }
    static func assignments(from a: Graph.Source, to b: Graph.Source) -> [(field: String, value: String)] {
        assignments(from: of(a), to: of(b))
    }
    static func assignments(from a: Graph.Affiliation, to b: Graph.Affiliation) -> [(field: String, value: String)] {
        assignments(from: of(a), to: of(b))
    }
    static func assignments(from a: Graph.Quote, to b: Graph.Quote) -> [(field: String, value: String)] {
        assignments(from: of(a), to: of(b), lists: ["issues": "issue"])
    }
    static func assignments(from a: Graph.Position, to b: Graph.Position) -> [(field: String, value: String)] {
        assignments(from: of(a), to: of(b))
    }
}
