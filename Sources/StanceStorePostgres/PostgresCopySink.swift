import Foundation
import PostgresNIO
import StanceCore
import StanceStore

/// Rows in COPY's text format: fields separated by tabs, rows ended by a newline, `\N` for NULL; backslash, tab,
/// newline and carriage return escaped.
struct CopyEncoder {
    var bytes: [UInt8] = []
    private var atRowStart = true

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    private mutating func separate() {
        if !atRowStart { bytes.append(UInt8(ascii: "\t")) }
        atRowStart = false
    }

    /// A text field from UTF-8 bytes.
    mutating func field(_ text: UnsafeBufferPointer<UInt8>) {
        separate()
        var plain = true
        for byte in text where byte == UInt8(ascii: "\\") || byte < 0x20 {
            if byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r")
            {
                plain = false
                break
            }
        }
        if plain {
            bytes.append(contentsOf: text)
            return
        }
        for byte in text {
            switch byte {
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\t"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case UInt8(ascii: "\n"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            default: bytes.append(byte)
            }
        }
    }

    /// A text field.
    mutating func field(_ text: String) {
        var text = text
        text.withUTF8 { field($0) }
    }

    /// `prefix` followed by the decimal digits of `number` (`p` and 42: `p42`), or the number alone.
    mutating func field(prefix: UInt8? = nil, number: Int) {
        separate()
        if let prefix { bytes.append(prefix) }
        appendDigits(number)
    }

    /// A NULL.
    mutating func null() {
        separate()
        bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "N")])
    }

    /// A value of any type.
    mutating func field(_ value: SQLValue) {
        switch value {
        case .null: null()
        case .integer(let integer): field(String(integer))
        case .real(let real): field(String(real))
        case .text(let text): field(text)
        }
    }

    /// Ends the row.
    mutating func endRow() {
        bytes.append(UInt8(ascii: "\n"))
        atRowStart = true
    }

    /// Takes the bytes encoded so far, leaving the encoder empty (at a row start).
    mutating func take() -> ByteBuffer {
        let buffer = ByteBuffer(bytes: bytes)
        bytes.removeAll(keepingCapacity: true)
        return buffer
    }

    private mutating func appendDigits(_ number: Int) {
        guard number >= 10 else {
            bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: max(number, 0)))
            return
        }
        appendDigits(number / 10)
        bytes.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: number % 10))
    }
}

/// One `COPY table (columns) FROM STDIN` on the connection: rows are encoded on the caller's thread and sent by a task
/// of their own, a chunk of about 1 MB at a time, so encoding and sending overlap.
final class CopyStream {
    let table: String
    private let pipe = ChunkPipe()
    private let task: BlockingTask
    var encoder = CopyEncoder(capacity: CopyStream.chunkSize + 4096)
    private(set) var rows = 0

    /// Bytes per chunk sent.
    static let chunkSize = 1 << 20

    /// Starts the COPY (trusted names: the table and columns are the importer's own).
    init(table: String, columns: [String], connection: PostgresConnection) {
        self.table = table
        let pipe = self.pipe
        task = BlockingTask.start {
            do {
                try await connection.copyFrom(table: table, columns: columns, logger: PostgresEngine.logger) { writer in
                    while let chunk = pipe.take() {
                        try await writer.write(chunk)
                    }
                    if pipe.isAbandoned { throw CancellationError() }
                }
                pipe.close()
            } catch {
                pipe.close()
                throw error
            }
        }
    }

    /// Ends the current row; sends a chunk when one is full.
    func endRow() throws {
        encoder.endRow()
        rows += 1
        if encoder.bytes.count >= CopyStream.chunkSize {
            try send(encoder.take())
        }
    }

    /// Queues already encoded rows.
    func send(_ chunk: ByteBuffer) throws {
        guard pipe.put(chunk) else {
            // The server stopped the copy: its error.
            try wait()
            throw PostgresStatementError(
                sqlState: nil, message: "the server stopped COPY \(table) early", statement: "COPY \(table) FROM STDIN")
        }
    }

    /// Sends what is left and waits for the server to accept the copy.
    ///
    /// - throws: `PostgresStatementError` when the server refuses a row (the transaction is then aborted).
    func finish() throws {
        if !encoder.bytes.isEmpty { try send(encoder.take()) }
        pipe.finish()
        try wait()
    }

    /// Ends the copy with a failure (the server discards it) and waits until the connection is out of COPY mode.
    func abort() {
        pipe.abandon()
        _ = try? task.wait()
    }

    private func wait() throws {
        do {
            try task.wait()
        } catch {
            throw PostgresStatementError(error, statement: "COPY \(table) FROM STDIN")
        }
    }
}

/// Encodes the rows `CSVLoader` hands over into COPY streams, a table at a time on one connection.
///
/// Actors, issues, sources, positions and affiliations stream as they come; a position's quote and its
/// `quote_issue` row are encoded into memory on the way (the connection runs one COPY at a time) and copied after
/// the positions, and so are the name keys of actors and issues (as `NameKeys.rebuild` makes them). The importer
/// drops the foreign keys during the copy, so the order of the tables does not matter.
final class PostgresCopySink: CSVImportSink {
    private let connection: PostgresConnection
    private var stream: CopyStream?
    /// Rows encoded for later: quotes, their issues, name keys.
    private var quotes = CopyEncoder()
    private var quoteIssues = CopyEncoder()
    private var nameKeys = CopyEncoder()
    private var quoteCount = 0
    private var nameKeyCount = 0

    init(connection: PostgresConnection) {
        self.connection = connection
    }

    /// The stream for `table`, ending the previous table's copy when it is another one.
    private func stream(_ table: String, _ columns: [String]) throws -> CopyStream {
        if let stream, stream.table == table { return stream }
        try stream?.finish()
        let next = CopyStream(table: table, columns: columns, connection: connection)
        stream = next
        return next
    }

    func actor(id: String, name: UnsafeBufferPointer<UInt8>, kind: Graph.Actor.Kind) throws {
        let copy = try stream("actor", ["id", "name", "kind"])
        copy.encoder.field(id)
        copy.encoder.field(name)
        copy.encoder.field(kind.rawValue)
        try copy.endRow()
        addNameKeys("actor", id: id, name: name)
    }

    func issue(id: String, name: UnsafeBufferPointer<UInt8>) throws {
        let copy = try stream("issue", ["id", "name"])
        copy.encoder.field(id)
        copy.encoder.field(name)
        try copy.endRow()
        addNameKeys("issue", id: id, name: name)
    }

    func source(
        number: Int, title: UnsafeBufferPointer<UInt8>, outlet: UnsafeBufferPointer<UInt8>?,
        date: UnsafeBufferPointer<UInt8>
    ) throws {
        let copy = try stream("source", ["id", "title", "outlet", "date", "date_basis"])
        copy.encoder.field(prefix: UInt8(ascii: "s"), number: number)
        copy.encoder.field(title)
        if let outlet { copy.encoder.field(outlet) } else { copy.encoder.null() }
        copy.encoder.field(date)
        copy.encoder.field(Graph.Source.DateBasis.given.rawValue)
        try copy.endRow()
    }

    func position(
        number: Int, actor: String, issue: String, stance: String, date: UnsafeBufferPointer<UInt8>, source: Int,
        quote: UnsafeBufferPointer<UInt8>?
    ) throws {
        let copy = try stream(
            "position",
            ["seq", "id", "actor_id", "issue_id", "stance", "date", "source_id", "quote_id", "basis", "confidence",
             "coder"])
        if let quote {
            quoteCount += 1
            quotes.field(number: quoteCount)
            quotes.field(prefix: UInt8(ascii: "q"), number: number)
            quotes.field(actor)
            quotes.field(prefix: UInt8(ascii: "s"), number: source)
            quotes.field(quote)
            quotes.field(date)
            quotes.endRow()
            quoteIssues.field(prefix: UInt8(ascii: "q"), number: number)
            quoteIssues.field(number: 0)
            quoteIssues.field(issue)
            quoteIssues.endRow()
        }
        copy.encoder.field(number: number)
        copy.encoder.field(prefix: UInt8(ascii: "p"), number: number)
        copy.encoder.field(actor)
        copy.encoder.field(issue)
        copy.encoder.field(stance)
        copy.encoder.field(date)
        copy.encoder.field(prefix: UInt8(ascii: "s"), number: source)
        if quote != nil { copy.encoder.field(prefix: UInt8(ascii: "q"), number: number) } else { copy.encoder.null() }
        copy.encoder.field(Graph.Position.Basis.stated.rawValue)
        copy.encoder.field(Graph.Position.Confidence.high.rawValue)
        copy.encoder.field("import")
        try copy.endRow()
    }

    func affiliation(number: Int, actor: String, organization: String, role: UnsafeBufferPointer<UInt8>) throws {
        let copy = try stream("affiliation", ["id", "actor_id", "organization_id", "role"])
        copy.encoder.field(prefix: UInt8(ascii: "m"), number: number)
        copy.encoder.field(actor)
        copy.encoder.field(organization)
        copy.encoder.field(role)
        try copy.endRow()
    }

    /// The name keys of one actor or issue, as `NameKeys.rebuild` inserts them: its name's key (when not empty)
    /// labelled with the name, and its id's key labelled with the id, each (kind, key, id) once.
    private func addNameKeys(_ kind: String, id: String, name: UnsafeBufferPointer<UInt8>) {
        let label = String(decoding: name, as: UTF8.self)
        let key = NameMatching.key(label)
        guard !key.isEmpty else { return }
        appendNameKey(kind, key, id, label)
        let idKey = NameMatching.key(id)
        if idKey != key { appendNameKey(kind, idKey, id, id) }
    }

    private func appendNameKey(_ kind: String, _ key: String, _ id: String, _ label: String) {
        nameKeys.field(kind)
        nameKeys.field(key)
        nameKeys.field(id)
        nameKeys.field(label)
        nameKeys.endRow()
        nameKeyCount += 1
    }

    /// Ends the last table's copy, then copies the quotes, their issues and the name keys encoded on the way.
    func finish(progress: ((String, Int) -> Void)?) throws {
        try stream?.finish()
        stream = nil
        for (table, columns, encoder, count) in [
            ("quote", ["seq", "id", "speaker_id", "source_id", "text", "date"], quotes, quoteCount),
            ("quote_issue", ["quote_id", "ordinal", "issue_id"], quoteIssues, quoteCount),
            ("name_key", ["kind", "key", "target_id", "label"], nameKeys, nameKeyCount),
        ] where count > 0 {
            progress?("copying \(table)", 0)
            let copy = CopyStream(table: table, columns: columns, connection: connection)
            stream = copy
            var offset = 0
            while offset < encoder.bytes.count {
                let end = min(offset + CopyStream.chunkSize, encoder.bytes.count)
                try copy.send(ByteBuffer(bytes: encoder.bytes[offset..<end]))
                offset = end
            }
            try copy.finish()
            stream = nil
        }
        quotes = CopyEncoder()
        quoteIssues = CopyEncoder()
        nameKeys = CopyEncoder()
    }

    /// Ends a copy under way with a failure, so the connection leaves COPY mode and the transaction can roll back.
    func abort() {
        stream?.abort()
        stream = nil
    }
}
