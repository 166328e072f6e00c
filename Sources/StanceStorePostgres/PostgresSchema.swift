import StanceStore

/// The PostgreSQL schema: the same append-only migrations as the SQLite schema (`Schema` in StanceStore), with
/// the same identifiers, tables, columns, views and index names, so `Statistics.schemaVersion` and every statement
/// above the store read both alike.
///
/// - warning: A shipped migration is never edited; a change is a new migration, added here and to `Schema`
///   under the same identifier.
enum PostgresSchema {
    /// The migrations this build knows, in order: (identifier, SQL statements separated by `;` at line ends).
    static let migrations: [(identifier: String, sql: String)] = [
        ("v1-graph", createGraph),
        ("v2-covering-stance", coverStance),
        ("v3-coder-codings", createCodings),
        ("v4-users", createUsers),
        ("v5-issue-terms", createIssueTerms),
        ("v6-reporter-index", indexReporters),
        ("v7-login-attempts", createLoginAttempts),
    ]

    /// The key of the advisory lock held while migrating, so two processes opening one database at once take turns.
    static let migrationLock: Int64 = 0x5354_414E_4345  // "STANCE"

    /// The migrations recorded in the database (none when it has no table yet).
    static func appliedIdentifiers(_ session: PostgresSession) throws -> [String] {
        let exists = try session.values("SELECT to_regclass('stance_migrations') IS NOT NULL").first?.first
        guard exists == .integer(1) else { return [] }
        return try session.values("SELECT identifier FROM stance_migrations ORDER BY identifier").compactMap {
            $0.first?.text
        }
    }

    /// Where the database stands relative to this build.
    static func state(of applied: [String]) -> Schema.State {
        let known = Set(migrations.map(\.identifier))
        if applied.contains(where: { !known.contains($0) }) { return .newer }
        return applied.count == migrations.count ? .current : .older
    }

    /// Brings the database up to this build's schema, in one transaction under the migration lock.
    ///
    /// - throws: `StoreError.newerSchema` when it records a migration this build does not know; nothing is changed.
    static func migrate(_ session: PostgresSession, location: String) throws {
        try session.run("BEGIN ISOLATION LEVEL READ COMMITTED READ WRITE")
        do {
            try session.run("SELECT pg_advisory_xact_lock(\(migrationLock))")
            let applied = try appliedIdentifiers(session)
            if state(of: applied) == .newer { throw StoreError.newerSchema(path: location) }
            // GRDB's `grdb_migrations` in SQLite.
            try session.run("CREATE TABLE IF NOT EXISTS stance_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            for migration in migrations where !applied.contains(migration.identifier) {
                for statement in statements(migration.sql) {
                    try session.run(statement)
                }
                try session.run(
                    "INSERT INTO stance_migrations (identifier) VALUES ($1)", [.text(migration.identifier)])
            }
            try session.run("COMMIT")
        } catch {
            _ = try? session.run("ROLLBACK")
            throw error
        }
    }

    /// The statements of a migration's text: it is split at each `;` that ends a line (the extended query protocol
    /// takes one statement at a time). The texts below keep `;` only there.
    static func statements(_ sql: String) -> [String] {
        var statements: [String] = []
        var current = ""
        for line in sql.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("--") { continue }
            current += line + "\n"
            if trimmed.hasSuffix(";") {
                let statement = current.trimmingCharacters(in: .whitespacesAndNewlines).dropLast()
                if !statement.isEmpty { statements.append(String(statement)) }
                current = ""
            }
        }
        let rest = current.trimmingCharacters(in: .whitespacesAndNewlines)
        if !rest.isEmpty { statements.append(rest) }
        return statements
    }

    /// `Schema.firstDay` in PostgreSQL: the first day of a partial ISO date (`2017-09` → `2017-09-01`). SQLite's
    /// `length` counts characters, as `char_length` does; the expression is immutable, so it can be STORED.
    static let firstDay =
        "CASE char_length(date) WHEN 4 THEN date || '-01-01' WHEN 7 THEN date || '-01' ELSE date END"

    /// `Schema.createIssueTerms` (v5-issue-terms): an issue's terms, in order, as `issue_alias` keeps its aliases.
    static let createIssueTerms = """
        CREATE TABLE issue_term (
            issue_id TEXT COLLATE "C" NOT NULL REFERENCES issue(id) ON DELETE CASCADE,
            ordinal BIGINT NOT NULL,
            term TEXT COLLATE "C" NOT NULL,
            PRIMARY KEY (issue_id, ordinal)
        );
        """

    /// `Schema.createLoginAttempts` (v7-login-attempts): failed logins, shared by every server process.
    static let createLoginAttempts = """
        CREATE TABLE stance_login_attempt (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            user_name TEXT COLLATE "C" NOT NULL,
            address TEXT COLLATE "C" NOT NULL,
            at BIGINT NOT NULL
        );
        CREATE INDEX stance_login_attempt_by_name ON stance_login_attempt(user_name, at);
        CREATE INDEX stance_login_attempt_by_address ON stance_login_attempt(address, at);
        CREATE INDEX stance_login_attempt_by_time ON stance_login_attempt(at);
        """

    /// `Schema.indexReporters` (v6-reporter-index): reported positions by who reports them.
    static let indexReporters = """
        CREATE INDEX position_by_reporter ON position(reported_by, actor_id) WHERE reported_by IS NOT NULL;
        """

    /// `Schema.coverStance` (v2-covering-stance): `stance` added to the two (issue, actor, day, seq) indexes.
    static let coverStance = """
        DROP INDEX position_by_issue_actor_day;
        CREATE INDEX position_by_issue_actor_day ON position(issue_id, actor_id, day, seq, stance);
        DROP INDEX position_by_actor;
        CREATE INDEX position_by_actor ON position(actor_id, issue_id, day, seq, stance);
        """

    /// `Schema.createCodings` (v3-coder-codings): each coder's coding of an assigned source, kept apart from the graph
    /// until adjudicated. As in v1, integers are BIGINT, the unit id an identity, and text compares as bytes.
    static let createCodings = """
        CREATE TABLE coding_assignment (
            source_id TEXT COLLATE "C" NOT NULL REFERENCES source(id) ON DELETE CASCADE,
            coder TEXT COLLATE "C" NOT NULL,
            assigned_by TEXT COLLATE "C" NOT NULL,
            time TEXT COLLATE "C" NOT NULL,
            PRIMARY KEY (source_id, coder)
        );
        CREATE TABLE coding_unit (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            source_id TEXT COLLATE "C" NOT NULL,
            coder TEXT COLLATE "C" NOT NULL,
            start_offset BIGINT NOT NULL CHECK (start_offset >= 0),
            end_offset BIGINT NOT NULL CHECK (end_offset > start_offset),
            actor_id TEXT COLLATE "C",
            issue_id TEXT COLLATE "C",
            stance TEXT COLLATE "C" CHECK (stance IN ('supports','opposes','mixed','neutral')),
            basis TEXT COLLATE "C" CHECK (basis IN ('stated','reported','inferred')),
            reported_by TEXT COLLATE "C",
            text TEXT COLLATE "C" NOT NULL,
            origin TEXT COLLATE "C",
            time TEXT COLLATE "C" NOT NULL,
            FOREIGN KEY (source_id, coder) REFERENCES coding_assignment(source_id, coder) ON DELETE CASCADE
        );
        CREATE INDEX coding_unit_by_source ON coding_unit(source_id, coder, start_offset);
        CREATE TABLE coding_decision (
            unit_id BIGINT PRIMARY KEY REFERENCES coding_unit(id) ON DELETE CASCADE,
            decision TEXT COLLATE "C" NOT NULL CHECK (decision IN ('accept','reject')),
            adjudicator TEXT COLLATE "C" NOT NULL,
            time TEXT COLLATE "C" NOT NULL
        );
        """

    /// `Schema.createUsers` (v4-users): users with their role and bcrypt hash, bearer tokens and browser sessions (both
    /// as the SHA-256 of the secret). As in v1, text compares as bytes.
    static let createUsers = """
        CREATE TABLE stance_user (
            name TEXT COLLATE "C" PRIMARY KEY NOT NULL,
            role TEXT COLLATE "C" NOT NULL CHECK (role IN ('viewer','coder','admin')),
            password_hash TEXT COLLATE "C" NOT NULL,
            created TEXT COLLATE "C" NOT NULL,
            password_changed TEXT COLLATE "C" NOT NULL
        );
        CREATE TABLE stance_token (
            hash TEXT COLLATE "C" PRIMARY KEY NOT NULL,
            user_name TEXT COLLATE "C" NOT NULL REFERENCES stance_user(name) ON DELETE CASCADE,
            created TEXT COLLATE "C" NOT NULL
        );
        CREATE TABLE stance_session (
            hash TEXT COLLATE "C" PRIMARY KEY NOT NULL,
            user_name TEXT COLLATE "C" NOT NULL REFERENCES stance_user(name) ON DELETE CASCADE,
            csrf TEXT COLLATE "C" NOT NULL,
            created TEXT COLLATE "C" NOT NULL,
            expires TEXT COLLATE "C" NOT NULL
        );
        CREATE INDEX stance_session_by_user ON stance_session(user_name);
        CREATE INDEX stance_token_by_user ON stance_token(user_name);
        """

    /// `Schema.createGraph` (v1-graph), table for table. What differs from SQLite, and why:
    /// - INTEGER columns are BIGINT (SQLite's integers are 64-bit).
    /// - `seq INTEGER PRIMARY KEY` (SQLite's rowid: the next number, or the one given) is
    ///   `BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY`: numbered in insertion order when not given, and a
    ///   restored row (undo inserts the `seq` it had) keeps its number. `change_log.id` likewise.
    /// - `day` is STORED (PostgreSQL has no VIRTUAL generated columns before 18); same expression and meaning.
    /// - Every TEXT column is `COLLATE "C"`: SQLite compares and orders text by its bytes (BINARY), and so does
    ///   the "C" collation, whatever the database's default collation is (`ORDER BY name`, `<` on `day`).
    /// - `name_key` is a plain table (WITHOUT ROWID is SQLite's storage choice only).
    /// - No FTS5 table and triggers: the GIN index `quote_text_search` on `to_tsvector('simple', text)` serves
    ///   phrase search (`to_tsvector('simple', qt.text) @@ phraseto_tsquery('simple', $n)`), and stays in step
    ///   with `quote` by itself.
    /// - `quote_view.issue_ids` is `string_agg(issue_id, ',' ORDER BY ordinal)` where SQLite has
    ///   `group_concat(issue_id, ',')` (in rowid, that is insertion, that is ordinal order).
    static let createGraph = """
        CREATE TABLE actor (
            id TEXT COLLATE "C" PRIMARY KEY NOT NULL,
            name TEXT COLLATE "C" NOT NULL,
            kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('person','organization','government','group')),
            description TEXT COLLATE "C",
            note TEXT COLLATE "C"
        );
        CREATE TABLE actor_alias (
            actor_id TEXT COLLATE "C" NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
            ordinal BIGINT NOT NULL,
            alias TEXT COLLATE "C" NOT NULL,
            PRIMARY KEY (actor_id, ordinal)
        );
        CREATE TABLE issue (
            id TEXT COLLATE "C" PRIMARY KEY NOT NULL,
            name TEXT COLLATE "C" NOT NULL,
            description TEXT COLLATE "C",
            parent_id TEXT COLLATE "C" REFERENCES issue(id),
            note TEXT COLLATE "C"
        );
        CREATE TABLE issue_alias (
            issue_id TEXT COLLATE "C" NOT NULL REFERENCES issue(id) ON DELETE CASCADE,
            ordinal BIGINT NOT NULL,
            alias TEXT COLLATE "C" NOT NULL,
            PRIMARY KEY (issue_id, ordinal)
        );
        CREATE TABLE source (
            id TEXT COLLATE "C" PRIMARY KEY NOT NULL,
            title TEXT COLLATE "C" NOT NULL,
            outlet TEXT COLLATE "C",
            author TEXT COLLATE "C",
            date TEXT COLLATE "C" NOT NULL,
            date_basis TEXT COLLATE "C" NOT NULL CHECK (date_basis IN ('given','estimated','unknown')),
            date_note TEXT COLLATE "C",
            seed TEXT COLLATE "C",
            note TEXT COLLATE "C",
            text TEXT COLLATE "C"
        );
        CREATE TABLE issue_relation (
            issue_id TEXT COLLATE "C" NOT NULL REFERENCES issue(id) ON DELETE CASCADE,
            ordinal BIGINT NOT NULL,
            kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('alternative-to','related-to')),
            related_issue_id TEXT COLLATE "C" NOT NULL REFERENCES issue(id),
            source_id TEXT COLLATE "C" REFERENCES source(id),
            note TEXT COLLATE "C",
            PRIMARY KEY (issue_id, ordinal)
        );
        CREATE TABLE affiliation (
            id TEXT COLLATE "C" PRIMARY KEY NOT NULL,
            actor_id TEXT COLLATE "C" NOT NULL REFERENCES actor(id),
            organization_id TEXT COLLATE "C" NOT NULL REFERENCES actor(id),
            role TEXT COLLATE "C" NOT NULL,
            start TEXT COLLATE "C",
            "end" TEXT COLLATE "C",
            source_id TEXT COLLATE "C" REFERENCES source(id),
            note TEXT COLLATE "C"
        );
        CREATE INDEX affiliation_by_actor ON affiliation(actor_id);
        CREATE INDEX affiliation_by_organization ON affiliation(organization_id);
        CREATE TABLE quote (
            seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            id TEXT COLLATE "C" NOT NULL UNIQUE,
            speaker_id TEXT COLLATE "C" NOT NULL REFERENCES actor(id),
            source_id TEXT COLLATE "C" NOT NULL REFERENCES source(id),
            text TEXT COLLATE "C" NOT NULL,
            date TEXT COLLATE "C" NOT NULL,
            day TEXT COLLATE "C" GENERATED ALWAYS AS (\(firstDay)) STORED,
            coded_date TEXT COLLATE "C",
            start_offset BIGINT,
            end_offset BIGINT,
            note TEXT COLLATE "C"
        );
        CREATE INDEX quote_by_speaker ON quote(speaker_id, day);
        CREATE INDEX quote_by_source ON quote(source_id);
        CREATE INDEX quote_text_search ON quote USING gin (to_tsvector('simple', text));
        CREATE TABLE quote_issue (
            quote_id TEXT COLLATE "C" NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
            ordinal BIGINT NOT NULL,
            issue_id TEXT COLLATE "C" NOT NULL REFERENCES issue(id),
            PRIMARY KEY (quote_id, ordinal)
        );
        CREATE INDEX quote_issue_by_issue ON quote_issue(issue_id, quote_id);
        CREATE TABLE position (
            seq BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            id TEXT COLLATE "C" NOT NULL UNIQUE,
            actor_id TEXT COLLATE "C" NOT NULL REFERENCES actor(id),
            issue_id TEXT COLLATE "C" NOT NULL REFERENCES issue(id),
            stance TEXT COLLATE "C" NOT NULL CHECK (stance IN ('supports','opposes','mixed','neutral')),
            date TEXT COLLATE "C" NOT NULL,
            day TEXT COLLATE "C" GENERATED ALWAYS AS (\(firstDay)) STORED,
            coded_date TEXT COLLATE "C",
            until TEXT COLLATE "C",
            source_id TEXT COLLATE "C" NOT NULL REFERENCES source(id),
            basis TEXT COLLATE "C" NOT NULL CHECK (basis IN ('stated','reported','inferred')),
            reported_by TEXT COLLATE "C" REFERENCES actor(id),
            quote_id TEXT COLLATE "C" REFERENCES quote(id),
            paraphrase TEXT COLLATE "C",
            sentence TEXT COLLATE "C",
            confidence TEXT COLLATE "C" NOT NULL CHECK (confidence IN ('high','medium','low')),
            coder TEXT COLLATE "C" NOT NULL,
            note TEXT COLLATE "C"
        );
        CREATE INDEX position_by_issue_stance ON position(issue_id, stance, actor_id);
        CREATE INDEX position_by_issue_actor_day ON position(issue_id, actor_id, day, seq);
        CREATE INDEX position_by_actor ON position(actor_id, issue_id, day, seq);
        CREATE INDEX position_by_day ON position(day);
        CREATE INDEX position_by_source ON position(source_id);
        CREATE INDEX position_by_quote ON position(quote_id);
        CREATE TABLE annotation (
            id TEXT COLLATE "C" PRIMARY KEY NOT NULL,
            target TEXT COLLATE "C" NOT NULL,
            text TEXT COLLATE "C" NOT NULL,
            coder TEXT COLLATE "C" NOT NULL,
            time TEXT COLLATE "C" NOT NULL
        );
        CREATE INDEX annotation_by_target ON annotation(target);
        CREATE TABLE name_key (
            kind TEXT COLLATE "C" NOT NULL CHECK (kind IN ('actor','issue')),
            key TEXT COLLATE "C" NOT NULL,
            target_id TEXT COLLATE "C" NOT NULL,
            label TEXT COLLATE "C" NOT NULL,
            PRIMARY KEY (kind, key, target_id)
        );
        CREATE TABLE change_log (
            id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
            coder TEXT COLLATE "C" NOT NULL,
            time TEXT COLLATE "C" NOT NULL,
            operation TEXT COLLATE "C" NOT NULL,
            target TEXT COLLATE "C" NOT NULL,
            before TEXT COLLATE "C",
            after TEXT COLLATE "C"
        );
        CREATE TABLE meta (
            key TEXT COLLATE "C" PRIMARY KEY NOT NULL,
            value TEXT COLLATE "C" NOT NULL
        );
        CREATE VIEW position_view AS
            SELECT p.id, p.actor_id, a.name AS actor_name, a.kind AS actor_kind,
                   p.issue_id, i.name AS issue_name, p.stance, p.date, p.until, p.basis,
                   p.reported_by, p.confidence, p.source_id, s.title AS source_title,
                   p.quote_id, q.text AS quote_text, p.paraphrase, p.sentence, p.coder, p.note
            FROM position p
            JOIN actor a ON a.id = p.actor_id
            JOIN issue i ON i.id = p.issue_id
            JOIN source s ON s.id = p.source_id
            LEFT JOIN quote q ON q.id = p.quote_id;
        CREATE VIEW quote_view AS
            SELECT q.id, q.speaker_id, a.name AS speaker_name, q.text, q.date,
                   q.source_id, s.title AS source_title, s.outlet,
                   (SELECT string_agg(qi.issue_id, ',' ORDER BY qi.ordinal) FROM quote_issue qi
                     WHERE qi.quote_id = q.id) AS issue_ids,
                   q.start_offset, q.end_offset
            FROM quote q
            JOIN actor a ON a.id = q.speaker_id
            JOIN source s ON s.id = q.source_id;
        CREATE VIEW affiliation_view AS
            SELECT f.id, f.actor_id, a.name AS actor_name, f.organization_id,
                   o.name AS organization_name, f.role, f.start, f."end", f.source_id
            FROM affiliation f
            JOIN actor a ON a.id = f.actor_id
            JOIN actor o ON o.id = f.organization_id;
        """
}
