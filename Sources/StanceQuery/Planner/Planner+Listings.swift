import Foundation
import StanceCore
import StanceStore

extension Planner {
    /// `who works for ORG`: the organization's members with their roles.
    static func affiliations(organization: NameRef) -> Plan {
        affiliationPlan(shape: .members, where: "f.organization_id = \(organization.id.rawValue)")
    }

    /// `affiliations of ACTOR`: the organizations the actor belongs to, with roles.
    static func affiliations(actor: NameRef) -> Plan {
        affiliationPlan(shape: .affiliations, where: "f.actor_id = \(actor.id.rawValue)")
    }

    static func affiliationPlan(shape: Shape, where condition: SQL) -> Plan {
        let sql: SQL = """
            SELECT a.id AS actor_id, a.name AS actor_name, a.kind AS actor_kind,
                   o.id AS organization_id, o.name AS organization_name, o.kind AS organization_kind,
                   f.id AS affiliation_id, f.role, f.start, f."end",
                   s.id AS source_id, s.title AS source_title, s.outlet AS source_outlet, s.date AS source_date
            FROM affiliation f
            JOIN actor a ON a.id = f.actor_id
            JOIN actor o ON o.id = f.organization_id
            LEFT JOIN source s ON s.id = f.source_id
            WHERE \(condition)
            ORDER BY a.name, o.name, f.id
            """
        return Plan(
            shape: shape, sql: sql,
            columns: [
                Answer.Column("Actor", ["actor", "name"]), Answer.Column("Role", ["role"]),
                Answer.Column("Organization", ["organization", "name"]),
                Answer.Column("Source", ["source", "label"], isEvidence: true),
            ],
            decode: { row in
                .object([
                    ("actor", Decode.actor(row)), ("role", Decode.text(row, "role")),
                    ("organization", Decode.actor(row, .organization)),
                    ("start", Decode.text(row, "start")), ("end", Decode.text(row, "end")),
                    ("source", Decode.source(row)), ("id", Decode.text(row, "affiliation_id")),
                ])
            })
    }

    /// `actors [among KIND]`, with how many positions and quotes each has.
    static func actors(kind: Graph.Actor.Kind?) -> Plan {
        let filter: SQL = kind.map { " AND a.kind = \($0.rawValue)" } ?? ""
        let sql: SQL = """
            SELECT a.id AS actor_id, a.name AS actor_name, a.kind AS actor_kind, a.description,
                   (SELECT \(Fragment.lengthPrefixed("alias", orderBy: "ordinal")) FROM (SELECT alias, ordinal FROM actor_alias WHERE actor_id = a.id ORDER BY ordinal) AS ordered_alias) AS aliases,
                   (SELECT count(*) FROM position p WHERE p.actor_id = a.id) AS positions,
                   (SELECT count(*) FROM quote q WHERE q.speaker_id = a.id) AS quotes
            FROM actor a WHERE \(SQL.true)\(filter)
            ORDER BY a.name, a.id
            """
        return Plan(
            shape: .actors, sql: sql,
            columns: [
                Answer.Column("Id", ["id"]), Answer.Column("Name", ["name"]), Answer.Column("Kind", ["kind"]),
                Answer.Column("Positions", ["positions"]), Answer.Column("Quotes", ["quotes"]),
                Answer.Column("Aliases", ["aliases"], isEvidence: true),
            ],
            decode: { row in
                let aliases = Decode.lengthPrefixed(row["aliases"]).map(AnswerValue.text)
                return .object([
                    ("id", Decode.text(row, "actor_id")), ("name", Decode.text(row, "actor_name")),
                    ("kind", Decode.text(row, "actor_kind")), ("description", Decode.text(row, "description")),
                    ("aliases", .list(aliases)), ("positions", .integer(row["positions"] ?? 0)),
                    ("quotes", .integer(row["quotes"] ?? 0)),
                ])
            })
    }

    /// `issues`, with their parents and how many positions each has.
    static func issues() -> Plan {
        let sql: SQL = """
            SELECT i.id, i.name, i.parent_id, i.description,
                   (SELECT count(*) FROM position p WHERE p.issue_id = i.id) AS positions
            FROM issue i ORDER BY i.name, i.id
            """
        return Plan(
            shape: .issues, sql: sql,
            columns: [
                Answer.Column("Id", ["id"]), Answer.Column("Name", ["name"]), Answer.Column("Parent", ["parent"]),
                Answer.Column("Positions", ["positions"]),
                Answer.Column("Description", ["description"], isEvidence: true),
            ],
            decode: { row in
                .object([
                    ("id", Decode.text(row, "id")), ("name", Decode.text(row, "name")),
                    ("parent", Decode.text(row, "parent_id")), ("description", Decode.text(row, "description")),
                    ("positions", .integer(row["positions"] ?? 0)),
                ])
            })
    }

    /// `sources`: the articles, with their dates and how they are known.
    static func sources() -> Plan {
        let sql: SQL = """
            SELECT s.id, s.title, s.outlet, s.date, s.date_basis,
                   (SELECT count(*) FROM position p WHERE p.source_id = s.id) AS positions,
                   (SELECT count(*) FROM quote q WHERE q.source_id = s.id) AS quotes
            FROM source s ORDER BY s.date, s.id
            """
        return Plan(
            shape: .sources, sql: sql,
            columns: [
                Answer.Column("Id", ["id"]), Answer.Column("Date", ["date"]), Answer.Column("Date basis", ["date_basis"]),
                Answer.Column("Outlet", ["outlet"]), Answer.Column("Title", ["title"]),
                Answer.Column("Positions", ["positions"]), Answer.Column("Quotes", ["quotes"]),
            ],
            decode: { row in
                .object([
                    ("id", Decode.text(row, "id")), ("title", Decode.text(row, "title")),
                    ("outlet", Decode.text(row, "outlet")), ("date", Decode.text(row, "date")),
                    ("date_basis", Decode.text(row, "date_basis")),
                    ("positions", .integer(row["positions"] ?? 0)), ("quotes", .integer(row["quotes"] ?? 0)),
                ])
            })
    }
}
