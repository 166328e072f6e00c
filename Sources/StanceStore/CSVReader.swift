import Foundation
import StanceCore

/// A streaming RFC 4180 reader over one file: reads it in chunks and yields one record at a time.
///
/// Fields are separated by commas and records by `\n` or `\r\n`; a field in double quotes may hold
/// commas, line breaks and `""` (one double quote). A last record without a line end is accepted.
/// Locations are 1-based lines and 1-based character columns (Unicode scalars from the start of the
/// line), so `FILE:LINE:COLUMN` points an editor at the first character of a field. They are worked
/// out only when asked for, by reading the record's bytes back from the file.
final class CSVReader {
    /// The path of the file, as given.
    let path: String
    /// Bytes read from the file per `read(2)` call.
    static let chunkSize = 1 << 16

    private let descriptor: Int32
    private let chunk: UnsafeMutablePointer<UInt8>
    /// Valid bytes in `chunk`, and the next one to parse.
    private var chunkEnd = 0
    private var position = 0
    /// The file offset of `chunk[0]`.
    private var chunkOffset = 0
    private var atEndOfFile = false
    /// The number of the line the next record starts on.
    private var nextLine = 1

    /// The current record's field bytes (quotes removed, `""` folded), one after the other.
    private var bytes: [UInt8] = []
    /// Where each field of the current record ends in `bytes`.
    private var ends: [Int] = []
    /// The file offset of each field's first byte (its opening quote, if quoted).
    private var starts: [Int] = []
    /// The file offset where the current record starts, and just past its last field.
    private var recordStart = 0
    private var recordEnd = 0

    /// The line the current record starts on.
    private(set) var recordLine = 0

    /// Opens `path` for reading.
    ///
    /// - throws: `ImportError.missingFile` when there is no such file, `.io` when it cannot be read.
    init(path: String) throws {
        self.path = path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue
        else { throw ImportError.missingFile(path) }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw ImportError.io("cannot open \(path): \(String(cString: strerror(errno)))")
        }
        descriptor = fd
        chunk = .allocate(capacity: CSVReader.chunkSize)
        bytes.reserveCapacity(4096)
    }

    deinit {
        close(descriptor)
        chunk.deallocate()
    }

    /// The number of fields in the current record.
    var count: Int { ends.count }

    /// Reads the next record; false at the end of the file.
    ///
    /// - throws: `ImportError.invalid` for a malformed quoted field, `.io` when reading fails.
    func next() throws -> Bool {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        guard try fill() else { return false }
        if chunkOffset == 0, position == 0, chunkEnd >= 3, chunk[0] == 0xEF, chunk[1] == 0xBB, chunk[2] == 0xBF {
            position = 3  // A byte-order mark is not part of the header.
        }
        recordLine = nextLine
        recordStart = chunkOffset + position
        var lineEnds = 0
        while true {
            // At the start of a field.
            starts.append(chunkOffset + position)
            if try fill(), chunk[position] == UInt8(ascii: "\"") {
                position += 1
                lineEnds += try readQuoted()
            } else {
                try readUnquoted()
            }
            ends.append(bytes.count)
            recordEnd = chunkOffset + position
            // After a field: a comma, a line end, or the end of the file.
            guard try fill() else { break }
            let byte = chunk[position]
            let offset = chunkOffset + position
            position += 1
            if byte == UInt8(ascii: ",") { continue }
            if byte == UInt8(ascii: "\r"), try fill(), chunk[position] == UInt8(ascii: "\n") {
                position += 1
            } else if byte != UInt8(ascii: "\n") {
                throw ImportError.invalid(
                    try location(ofOffset: offset),
                    "'\(printable(byte))' after a closing double quote; expected ',' or the end of the line")
            }
            lineEnds += 1
            break
        }
        nextLine = recordLine + lineEnds
        return true
    }

    /// Copies an unquoted field up to (not including) the next comma or line end.
    private func readUnquoted() throws {
        let fieldStart = bytes.count
        while try fill() {
            var index = position
            var stop = false
            while index < chunkEnd {
                let byte = chunk[index]
                if byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") {
                    stop = true
                    break
                }
                if byte == UInt8(ascii: "\"") {
                    position = index
                    throw ImportError.invalid(
                        try location(ofOffset: chunkOffset + index),
                        "'\"' inside a field that does not start with one; "
                            + "expected the whole field in double quotes, with \"\" for each \" in it")
                }
                index += 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(start: chunk + position, count: index - position))
            position = index
            if stop { break }
        }
        // In "\r\n" the "\r" belongs to the line end, not to the field.
        if bytes.count > fieldStart, bytes[bytes.count - 1] == UInt8(ascii: "\r"), try fill(),
            chunk[position] == UInt8(ascii: "\n")
        {
            bytes.removeLast()
        }
    }

    /// Copies a quoted field after its opening quote, through its closing quote; returns the
    /// number of line ends inside it.
    private func readQuoted() throws -> Int {
        let opening = chunkOffset + position - 1
        var lineEnds = 0
        while true {
            guard try fill() else {
                throw ImportError.invalid(
                    try location(ofOffset: opening),
                    "a quoted field that is never closed; expected a '\"' before the end of the file")
            }
            var index = position
            while index < chunkEnd {
                let byte = chunk[index]
                if byte == UInt8(ascii: "\"") { break }
                if byte == UInt8(ascii: "\n") { lineEnds += 1 }
                index += 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(start: chunk + position, count: index - position))
            position = index
            guard index < chunkEnd else { continue }
            // A double quote: "" is one quote, anything else closes the field.
            position += 1
            if try fill(), chunk[position] == UInt8(ascii: "\"") {
                bytes.append(UInt8(ascii: "\""))
                position += 1
                continue
            }
            return lineEnds
        }
    }

    /// Makes sure `chunk[position]` is a byte of the file; false at the end of the file.
    private func fill() throws -> Bool {
        if position < chunkEnd { return true }
        if atEndOfFile { return false }
        chunkOffset += chunkEnd
        position = 0
        chunkEnd = 0
        while true {
            let got = read(descriptor, chunk, CSVReader.chunkSize)
            if got < 0 {
                if errno == EINTR { continue }
                throw ImportError.io("cannot read \(path): \(String(cString: strerror(errno)))")
            }
            chunkEnd = got
            break
        }
        if chunkEnd == 0 {
            atEndOfFile = true
            return false
        }
        return true
    }

    // MARK: Fields

    /// Calls `body` with the bytes of field `index` (0-based) of the current record.
    func withField<T>(_ index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> T) rethrows -> T {
        let start = index == 0 ? 0 : ends[index - 1]
        let end = ends[index]
        return try bytes.withUnsafeBufferPointer { buffer in
            try body(UnsafeBufferPointer(rebasing: buffer[start..<end]))
        }
    }

    /// Whether field `index` is empty.
    func isEmpty(_ index: Int) -> Bool {
        (index == 0 ? 0 : ends[index - 1]) == ends[index]
    }

    /// Whether field `index` is well-formed UTF-8 (plain ASCII is checked fast).
    func isUTF8(_ index: Int) -> Bool {
        withField(index) { field in
            for byte in field where byte >= 0x80 {
                return isValidUTF8(field)
            }
            return true
        }
    }

    /// Field `index` as text.
    ///
    /// - throws: `ImportError.invalid` when the field is not valid UTF-8.
    func string(_ index: Int) throws -> String {
        guard isUTF8(index) else { throw try invalid(index, "bytes that are not UTF-8; expected UTF-8 text") }
        return withField(index) { String(decoding: $0, as: UTF8.self) }
    }

    /// Field `index` as a non-negative decimal integer without sign or spaces; nil otherwise.
    func integer(_ index: Int) -> Int? {
        withField(index) { field in
            guard !field.isEmpty, field.count <= 18 else { return nil }
            var value = 0
            for byte in field {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
    }

    /// Whether field `index` is exactly `text`.
    func equals(_ index: Int, _ text: StaticString) -> Bool {
        withField(index) { field in
            guard field.count == text.utf8CodeUnitCount else { return false }
            for (offset, byte) in field.enumerated() where byte != text.utf8Start[offset] {
                return false
            }
            return true
        }
    }

    /// Field `index` in single quotes for an error message: shortened, controls escaped.
    func quoted(_ index: Int) -> String {
        let (text, long) = withField(index) { (String(decoding: $0.prefix(60), as: UTF8.self), $0.count > 60) }
        let shown = text.unicodeScalars.map {
            $0.properties.generalCategory == .control ? $0.escaped(asASCII: true) : String($0)
        }
        return "'" + shown.joined() + (long ? "…" : "") + "'"
    }

    // MARK: Locations

    /// The location of field `index` of the current record.
    func location(_ index: Int) throws -> FileLocation {
        guard !starts.isEmpty else { return FileLocation(file: path, line: recordLine, column: 1) }
        return try location(ofOffset: starts[min(index, starts.count - 1)])
    }

    /// The location just after the last field of the current record (where a missing field would be).
    func endLocation() throws -> FileLocation {
        try location(ofOffset: recordEnd)
    }

    /// An error at field `index` of the current record.
    func invalid(_ index: Int, _ message: String) throws -> ImportError {
        .invalid(try location(index), message)
    }

    /// The line and character column of the byte at file offset `offset` in the current record.
    ///
    /// Reads the record back from the file up to `offset`, so it costs nothing until an error.
    private func location(ofOffset offset: Int) throws -> FileLocation {
        let length = offset - recordStart
        guard length > 0 else { return FileLocation(file: path, line: recordLine, column: 1) }
        var buffer = [UInt8](repeating: 0, count: length)
        var done = 0
        while done < length {
            let got = buffer.withUnsafeMutableBytes { raw in
                pread(descriptor, raw.baseAddress.map { $0 + done }, length - done, off_t(recordStart + done))
            }
            guard got > 0 else { throw ImportError.io("cannot read \(path): \(String(cString: strerror(errno)))") }
            done += got
        }
        var line = recordLine
        var column = 1
        for byte in buffer {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return FileLocation(file: path, line: line, column: column)
    }
}

/// Whether `bytes` is well-formed UTF-8.
private func isValidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
        switch decoder.decode(&iterator) {
        case .scalarValue: continue
        case .emptyInput: return true
        case .error: return false
        }
    }
}

/// A byte as it reads in a message: itself when printable ASCII, else `\u{XX}`.
private func printable(_ byte: UInt8) -> String {
    (0x20..<0x7F).contains(byte) ? String(UnicodeScalar(byte)) : "\\u{\(String(byte, radix: 16))}"
}
