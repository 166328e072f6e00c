/// A DNA project as read from its SQLite file, independent of DNA's version (2 or 3).
///
/// Everything carries the DNA table and row id it came from, so errors and the import report can name
/// them, and so the ids survive a trip through Stance and back.
public struct DNAProject: Sendable {
    /// Which DNA wrote the file.
    public enum Version: Sendable, Equatable {
        /// DNA 2: dates in milliseconds, entities in ATTRIBUTES, short text stored in DATASHORTTEXT itself.
        case dna2(String)
        /// DNA 3: dates in seconds, entities in ENTITIES with ATTRIBUTEVARIABLES/ATTRIBUTEVALUES.
        case dna3(String)

        /// The version text from SETTINGS (`3.0.7`, `2.0 beta 19`).
        public var text: String {
            switch self {
            case .dna2(let text), .dna3(let text): return text
            }
        }
    }

    /// A coder (CODERS row).
    public struct Coder: Sendable, Equatable {
        public var id: Int
        public var name: String
    }

    /// A document (DOCUMENTS row).
    public struct Document: Sendable, Equatable {
        public var id: Int
        public var title: String
        public var text: String
        public var coder: Int?
        public var author: String
        public var source: String
        public var section: String
        public var notes: String
        public var type: String
        /// Seconds since 1970-01-01 UTC (DNA 2's milliseconds divided by 1000).
        public var date: Int64
    }

    /// A statement type (STATEMENTTYPES row).
    public struct StatementType: Sendable, Equatable {
        public var id: Int
        public var label: String
    }

    /// A variable of a statement type (VARIABLES row).
    public struct Variable: Sendable, Equatable {
        public var id: Int
        public var name: String
        /// `short text`, `long text`, `boolean` or `integer`.
        public var dataType: String
        public var statementType: Int
    }

    /// A value of a short-text variable with its attributes (ENTITIES in DNA 3, ATTRIBUTES in DNA 2).
    public struct Entity: Sendable, Equatable {
        public var id: Int
        public var variable: Int
        public var value: String
        /// The colour as `#rrggbb`, nil when DNA stores none.
        public var color: String?
        /// The parent entity (ChildOf), by id.
        public var parent: Int?
        /// Attribute values by attribute name (`Type`, `Alias`, `Notes`, and any others).
        public var attributes: [String: String]
    }

    /// One coded value of a statement.
    public enum Value: Sendable, Equatable {
        case entity(Int)
        case boolean(Int)
        case integer(Int)
        case longText(String)
    }

    /// A statement (STATEMENTS row) with its values by variable id.
    public struct Statement: Sendable, Equatable {
        public var id: Int
        public var statementType: Int
        public var document: Int
        /// Zero-based, in UTF-16 code units.
        public var start: Int
        /// Exclusive, in UTF-16 code units.
        public var stop: Int
        public var coder: Int?
        public var values: [Int: Value]
        /// The table and row each value came from (`DATASHORTTEXT` 12), for messages.
        public var valueRows: [Int: (table: String, id: Int)]

        public static func == (lhs: Statement, rhs: Statement) -> Bool {
            lhs.id == rhs.id && lhs.statementType == rhs.statementType && lhs.document == rhs.document
                && lhs.start == rhs.start && lhs.stop == rhs.stop && lhs.coder == rhs.coder
                && lhs.values == rhs.values
        }
    }

    public var version: Version
    public var coders: [Coder] = []
    public var documents: [Document] = []
    public var statementTypes: [StatementType] = []
    public var variables: [Variable] = []
    public var entities: [Entity] = []
    public var statements: [Statement] = []

    public init(version: Version) {
        self.version = version
    }
}
