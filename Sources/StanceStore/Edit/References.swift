import StanceCore

/// What refers to what: the dependents that stop a removal, and what a cascade takes along.
enum References {
    /// The entities that refer to `target` directly.
    static func to(_ target: Graph.Target, in db: SQLConnection) throws -> [Graph.Target] {
        let id = target.id.rawValue
        var found: [Graph.Target] = []
        func add(_ kind: Graph.Target.Kind, _ sql: String) throws {
            for ref in try db.fetchAll(String.self, sql: sql, arguments: [id]) {
                if let slug = Slug(ref) {
                    let t = Graph.Target(kind: kind, id: slug)
                    if !found.contains(t), t != target { found.append(t) }
                }
            }
        }
        switch target.kind {
        case .actor:
            try add(.position, "SELECT id FROM position WHERE ? IN (actor_id, reported_by) ORDER BY seq")
            try add(.quote, "SELECT id FROM quote WHERE speaker_id = ? ORDER BY seq")
            try add(.affiliation, "SELECT id FROM affiliation WHERE ? IN (actor_id, organization_id) ORDER BY id")
        case .issue:
            try add(.position, "SELECT id FROM position WHERE issue_id = ? ORDER BY seq")
            try add(.quote, "SELECT quote_id FROM quote_issue WHERE issue_id = ? ORDER BY quote_id")
            try add(.issue, "SELECT id FROM issue WHERE parent_id = ? ORDER BY id")
            try add(.issue, "SELECT issue_id FROM issue_relation WHERE related_issue_id = ? ORDER BY issue_id")
        case .source:
            try add(.position, "SELECT id FROM position WHERE source_id = ? ORDER BY seq")
            try add(.quote, "SELECT id FROM quote WHERE source_id = ? ORDER BY seq")
            try add(.affiliation, "SELECT id FROM affiliation WHERE source_id = ? ORDER BY id")
            try add(.issue, "SELECT issue_id FROM issue_relation WHERE source_id = ? ORDER BY issue_id")
        case .quote:
            try add(.position, "SELECT id FROM position WHERE quote_id = ? ORDER BY seq")
        case .position, .affiliation, .annotation:
            break
        }
        for ref in try db.fetchAll(String.self, sql: "SELECT id FROM annotation WHERE target = ? ORDER BY id", arguments: [target.description])
        {
            if let slug = Slug(ref) {
                let t = Graph.Target(kind: .annotation, id: slug)
                if !found.contains(t), t != target { found.append(t) }
            }
        }
        return found
    }

    /// `target` and everything that depends on it, recursively, target first (parents first).
    static func closure(of target: Graph.Target, in db: SQLConnection) throws -> [Graph.Target] {
        var order: [Graph.Target] = [target]
        var index = 0
        while index < order.count {
            for dependent in try to(order[index], in: db) where !order.contains(dependent) {
                order.append(dependent)
            }
            index += 1
        }
        return order
    }

    /// `target` and its dependents in an order safe for deleting: every entity after all that
    /// refer to it (reversed, it is safe for inserting).
    static func deletionOrder(of target: Graph.Target, in db: SQLConnection) throws -> [Graph.Target] {
        let members = Set(try closure(of: target, in: db))
        var order: [Graph.Target] = []
        var visiting = Set<Graph.Target>()
        func visit(_ entity: Graph.Target) throws {
            guard !order.contains(entity), !visiting.contains(entity) else { return }
            visiting.insert(entity)
            for dependent in try to(entity, in: db) where members.contains(dependent) {
                try visit(dependent)
            }
            order.append(entity)
        }
        try visit(target)
        return order
    }

    /// Whether a change's snapshots refer to any of `targets` by id (a later position naming an
    /// actor that an earlier change added, say).
    static func mentions(_ change: Change, anyOf targets: Set<Graph.Target>) -> Bool {
        let ids = Set(targets.map(\.id.rawValue))
        let names = Set(targets.map(\.description))
        for snapshot in [change.before, change.after] {
            for part in snapshot.parts {
                for row in part.rows {
                    for (column, value) in row where column != "id" {
                        guard let text = value.text else { continue }
                        if (column.hasSuffix("_id") || column == "reported_by") && ids.contains(text) { return true }
                        if column == "target" && names.contains(text) { return true }
                    }
                }
            }
        }
        return false
    }
}
