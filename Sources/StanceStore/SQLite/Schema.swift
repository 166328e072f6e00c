import GRDB

/// The database schema: versioned, append-only migrations.
///
/// - warning: A shipped migration is never edited; a change is a new migration.
public enum Schema {
    /// The schema version this build of Stance writes (the number of migrations).
    public static var version: Int { migrator.migrations.count }

    /// Where a database stands relative to this build.
    public enum State: Sendable, Equatable {
        case current, older, newer
    }

    /// Compares the migrations recorded in `db` with the ones this build knows.
    public static func state(_ db: Database) throws -> State {
        if try migrator.hasBeenSuperseded(db) { return .newer }
        return try migrator.hasCompletedMigrations(db) ? .current : .older
    }

    /// The registered migrations, in order.
    public static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-graph", migrate: createGraph)
        migrator.registerMigration("v2-covering-stance", migrate: coverStance)
        migrator.registerMigration("v3-coder-codings", migrate: createCodings)
        migrator.registerMigration("v4-users", migrate: createUsers)
        migrator.registerMigration("v5-issue-terms", migrate: createIssueTerms)
        migrator.registerMigration("v6-reporter-index", migrate: indexReporters)
        migrator.registerMigration("v7-login-attempts", migrate: createLoginAttempts)
        return migrator
    }()

    /// The words and phrases that signal, in running text, that a passage is about an issue (`Graph.Issue.terms`,
    /// what `stance extract` reads articles with), in the order written, like an issue's aliases.
    static func createIssueTerms(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE issue_term (
                    issue_id TEXT NOT NULL REFERENCES issue(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    term TEXT NOT NULL,
                    PRIMARY KEY (issue_id, ordinal)
                );
                """)
    }

    /// Failed logins of `stance serve` (`LoginAttempts`), in the database so every server process counts against one
    /// limit: user name, client address and time in milliseconds since 1970. Not part of `graph-data/`.
    static func createLoginAttempts(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE stance_login_attempt (
                    id INTEGER PRIMARY KEY,
                    user_name TEXT NOT NULL,
                    address TEXT NOT NULL,
                    at INTEGER NOT NULL
                );
                CREATE INDEX stance_login_attempt_by_name ON stance_login_attempt(user_name, at);
                CREATE INDEX stance_login_attempt_by_address ON stance_login_attempt(address, at);
                CREATE INDEX stance_login_attempt_by_time ON stance_login_attempt(at);
                """)
    }

    /// An index of reported positions by who reports them: "what does X report about others" and the hearsay
    /// network look them up by reporter, and deleting an actor checks the `reported_by` reference, instead of
    /// reading every position. Most positions report nobody, so the index holds only those that do.
    static func indexReporters(_ db: Database) throws {
        try db.execute(sql: "CREATE INDEX position_by_reporter ON position(reported_by, actor_id) WHERE reported_by IS NOT NULL")
    }

    /// The SQL that turns a partial ISO date in `date` into its first day (`2017-09` → `2017-09-01`).
    static let firstDay = "CASE length(date) WHEN 4 THEN date || '-01-01' WHEN 7 THEN date || '-01' ELSE date END"

    /// Adds `stance` to the two (issue, actor, day, seq) indexes, so "the latest position of an actor on an issue
    /// and its stance" is answered from the index alone: every who-test and every matrix cell asks it
    /// (docs/benchmarks.md: 4× for the bare latest-stance test at 1M positions, 3× for the matrix pass).
    static func coverStance(_ db: Database) throws {
        try db.execute(
            sql: """
                DROP INDEX position_by_issue_actor_day;
                CREATE INDEX position_by_issue_actor_day ON position(issue_id, actor_id, day, seq, stance);
                DROP INDEX position_by_actor;
                CREATE INDEX position_by_actor ON position(actor_id, issue_id, day, seq, stance);
                """)
    }

    /// Keeps each coder's coding of an assigned source apart from the graph until it is adjudicated
    /// (docs/analysis.md, "Inter-coder reliability"): who is assigned to which source, every unit a coder coded
    /// (its span in the article and the four coded values, any of which may be left open), and the adjudicator's
    /// decision on a unit. Nothing here is part of `graph-data/`.
    static func createCodings(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE coding_assignment (
                    source_id TEXT NOT NULL REFERENCES source(id) ON DELETE CASCADE,
                    coder TEXT NOT NULL,
                    assigned_by TEXT NOT NULL,
                    time TEXT NOT NULL,
                    PRIMARY KEY (source_id, coder)
                );
                CREATE TABLE coding_unit (
                    id INTEGER PRIMARY KEY,
                    source_id TEXT NOT NULL,
                    coder TEXT NOT NULL,
                    start_offset INTEGER NOT NULL CHECK (start_offset >= 0),
                    end_offset INTEGER NOT NULL CHECK (end_offset > start_offset),
                    actor_id TEXT,
                    issue_id TEXT,
                    stance TEXT CHECK (stance IN ('supports','opposes','mixed','neutral')),
                    basis TEXT CHECK (basis IN ('stated','reported','inferred')),
                    reported_by TEXT,
                    text TEXT NOT NULL,
                    origin TEXT,
                    time TEXT NOT NULL,
                    FOREIGN KEY (source_id, coder) REFERENCES coding_assignment(source_id, coder) ON DELETE CASCADE
                );
                CREATE INDEX coding_unit_by_source ON coding_unit(source_id, coder, start_offset);
                CREATE TABLE coding_decision (
                    unit_id INTEGER PRIMARY KEY REFERENCES coding_unit(id) ON DELETE CASCADE,
                    decision TEXT NOT NULL CHECK (decision IN ('accept','reject')),
                    adjudicator TEXT NOT NULL,
                    time TEXT NOT NULL
                );
                """)
    }

    /// The people who may read and write through `stance serve` (docs/api.md, "Logging in"): each user's role and
    /// bcrypt password hash, the bearer tokens made for scripts and the browser sessions, both kept only as the
    /// SHA-256 of the secret. Nothing here is part of `graph-data/`.
    static func createUsers(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE stance_user (
                    name TEXT PRIMARY KEY NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('viewer','coder','admin')),
                    password_hash TEXT NOT NULL,
                    created TEXT NOT NULL,
                    password_changed TEXT NOT NULL
                );
                CREATE TABLE stance_token (
                    hash TEXT PRIMARY KEY NOT NULL,
                    user_name TEXT NOT NULL REFERENCES stance_user(name) ON DELETE CASCADE,
                    created TEXT NOT NULL
                );
                CREATE TABLE stance_session (
                    hash TEXT PRIMARY KEY NOT NULL,
                    user_name TEXT NOT NULL REFERENCES stance_user(name) ON DELETE CASCADE,
                    csrf TEXT NOT NULL,
                    created TEXT NOT NULL,
                    expires TEXT NOT NULL
                );
                CREATE INDEX stance_session_by_user ON stance_session(user_name);
                CREATE INDEX stance_token_by_user ON stance_token(user_name);
                """)
    }

    /// The first schema: the graph, its lookup keys, full-text search, change log and views.
    static func createGraph(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE actor (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('person','organization','government','group')),
                    description TEXT,
                    note TEXT
                );
                CREATE TABLE actor_alias (
                    actor_id TEXT NOT NULL REFERENCES actor(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    alias TEXT NOT NULL,
                    PRIMARY KEY (actor_id, ordinal)
                );
                CREATE TABLE issue (
                    id TEXT PRIMARY KEY NOT NULL,
                    name TEXT NOT NULL,
                    description TEXT,
                    parent_id TEXT REFERENCES issue(id),
                    note TEXT
                );
                CREATE TABLE issue_alias (
                    issue_id TEXT NOT NULL REFERENCES issue(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    alias TEXT NOT NULL,
                    PRIMARY KEY (issue_id, ordinal)
                );
                CREATE TABLE source (
                    id TEXT PRIMARY KEY NOT NULL,
                    title TEXT NOT NULL,
                    outlet TEXT,
                    author TEXT,
                    date TEXT NOT NULL,
                    date_basis TEXT NOT NULL CHECK (date_basis IN ('given','estimated','unknown')),
                    date_note TEXT,
                    seed TEXT,
                    note TEXT,
                    text TEXT
                );
                CREATE TABLE issue_relation (
                    issue_id TEXT NOT NULL REFERENCES issue(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    kind TEXT NOT NULL CHECK (kind IN ('alternative-to','related-to')),
                    related_issue_id TEXT NOT NULL REFERENCES issue(id),
                    source_id TEXT REFERENCES source(id),
                    note TEXT,
                    PRIMARY KEY (issue_id, ordinal)
                );
                CREATE TABLE affiliation (
                    id TEXT PRIMARY KEY NOT NULL,
                    actor_id TEXT NOT NULL REFERENCES actor(id),
                    organization_id TEXT NOT NULL REFERENCES actor(id),
                    role TEXT NOT NULL,
                    start TEXT,
                    "end" TEXT,
                    source_id TEXT REFERENCES source(id),
                    note TEXT
                );
                CREATE INDEX affiliation_by_actor ON affiliation(actor_id);
                CREATE INDEX affiliation_by_organization ON affiliation(organization_id);
                CREATE TABLE quote (
                    seq INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    speaker_id TEXT NOT NULL REFERENCES actor(id),
                    source_id TEXT NOT NULL REFERENCES source(id),
                    text TEXT NOT NULL,
                    date TEXT NOT NULL,
                    day TEXT GENERATED ALWAYS AS (\(firstDay)) VIRTUAL,
                    coded_date TEXT,
                    start_offset INTEGER,
                    end_offset INTEGER,
                    note TEXT
                );
                CREATE INDEX quote_by_speaker ON quote(speaker_id, day);
                CREATE INDEX quote_by_source ON quote(source_id);
                CREATE TABLE quote_issue (
                    quote_id TEXT NOT NULL REFERENCES quote(id) ON DELETE CASCADE,
                    ordinal INTEGER NOT NULL,
                    issue_id TEXT NOT NULL REFERENCES issue(id),
                    PRIMARY KEY (quote_id, ordinal)
                );
                CREATE INDEX quote_issue_by_issue ON quote_issue(issue_id, quote_id);
                CREATE TABLE position (
                    seq INTEGER PRIMARY KEY,
                    id TEXT NOT NULL UNIQUE,
                    actor_id TEXT NOT NULL REFERENCES actor(id),
                    issue_id TEXT NOT NULL REFERENCES issue(id),
                    stance TEXT NOT NULL CHECK (stance IN ('supports','opposes','mixed','neutral')),
                    date TEXT NOT NULL,
                    day TEXT GENERATED ALWAYS AS (\(firstDay)) VIRTUAL,
                    coded_date TEXT,
                    until TEXT,
                    source_id TEXT NOT NULL REFERENCES source(id),
                    basis TEXT NOT NULL CHECK (basis IN ('stated','reported','inferred')),
                    reported_by TEXT REFERENCES actor(id),
                    quote_id TEXT REFERENCES quote(id),
                    paraphrase TEXT,
                    sentence TEXT,
                    confidence TEXT NOT NULL CHECK (confidence IN ('high','medium','low')),
                    coder TEXT NOT NULL,
                    note TEXT
                );
                CREATE INDEX position_by_issue_stance ON position(issue_id, stance, actor_id);
                CREATE INDEX position_by_issue_actor_day ON position(issue_id, actor_id, day, seq);
                CREATE INDEX position_by_actor ON position(actor_id, issue_id, day, seq);
                CREATE INDEX position_by_day ON position(day);
                CREATE INDEX position_by_source ON position(source_id);
                CREATE INDEX position_by_quote ON position(quote_id);
                CREATE TABLE annotation (
                    id TEXT PRIMARY KEY NOT NULL,
                    target TEXT NOT NULL,
                    text TEXT NOT NULL,
                    coder TEXT NOT NULL,
                    time TEXT NOT NULL
                );
                CREATE INDEX annotation_by_target ON annotation(target);
                CREATE TABLE name_key (
                    kind TEXT NOT NULL CHECK (kind IN ('actor','issue')),
                    key TEXT NOT NULL,
                    target_id TEXT NOT NULL,
                    label TEXT NOT NULL,
                    PRIMARY KEY (kind, key, target_id)
                ) WITHOUT ROWID;
                CREATE TABLE change_log (
                    id INTEGER PRIMARY KEY,
                    coder TEXT NOT NULL,
                    time TEXT NOT NULL,
                    operation TEXT NOT NULL,
                    target TEXT NOT NULL,
                    before TEXT,
                    after TEXT
                );
                CREATE TABLE meta (
                    key TEXT PRIMARY KEY NOT NULL,
                    value TEXT NOT NULL
                );
                CREATE VIRTUAL TABLE quote_fts USING fts5(text, content='quote', content_rowid='seq');
                CREATE TRIGGER quote_fts_insert AFTER INSERT ON quote BEGIN
                    INSERT INTO quote_fts(rowid, text) VALUES (new.seq, new.text);
                END;
                CREATE TRIGGER quote_fts_delete AFTER DELETE ON quote BEGIN
                    INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.seq, old.text);
                END;
                CREATE TRIGGER quote_fts_update AFTER UPDATE OF text ON quote BEGIN
                    INSERT INTO quote_fts(quote_fts, rowid, text) VALUES ('delete', old.seq, old.text);
                    INSERT INTO quote_fts(rowid, text) VALUES (new.seq, new.text);
                END;
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
                           (SELECT group_concat(qi.issue_id, ',') FROM quote_issue qi
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
                """)
    }
}
