import Foundation
import Hummingbird
import StanceCore
import StanceRender

/// Responses: JSON, HTML, files, and the error shapes of the API.
enum Reply {
    static func json(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        body(text, type: "application/json; charset=utf-8", status: status)
    }

    static func json(_ value: AnswerValue, status: HTTPResponse.Status = .ok) -> Response {
        json(Renderer.json(value), status: status)
    }

    static func html(_ page: HTML, status: HTTPResponse.Status = .ok) -> Response {
        body(page.markup, type: "text/html; charset=utf-8", status: status)
    }

    static func body(
        _ text: String, type: String, status: HTTPResponse.Status = .ok, cache: String = "no-store"
    ) -> Response {
        var headers: HTTPFields = [.contentType: type, .cacheControl: cache]
        headers[.contentLength] = String(text.utf8.count)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// `{"error": {"message": …}}` with the status.
    static func error(_ status: HTTPResponse.Status, _ message: String) -> Response {
        json(.object([("error", .object([("message", .text(message))]))]), status: status)
    }

    /// 400 for a write whose fields are wrong: `{"error": {"message": …, "fields": {"actor": "…", …}}}`.
    static func invalid(_ message: String, _ fields: [String: String]) -> Response {
        json(
            .object([
                (
                    "error",
                    .object([
                        ("message", .text(message)),
                        ("fields", .object(fields.sorted { $0.key < $1.key }.map { ($0.key, AnswerValue.text($0.value)) })),
                    ])
                )
            ]), status: .badRequest)
    }

    /// The 400 answer to a question that cannot be answered: message, 1-based column and suggested questions.
    static func queryError(_ failure: QueryFailure) -> Response {
        json(
            .object([
                (
                    "error",
                    .object([
                        ("message", .text(failure.message)), ("column", failure.column.map(AnswerValue.integer) ?? .null),
                        ("suggestions", .list(failure.suggestions.map(AnswerValue.text))),
                    ])
                )
            ]), status: .badRequest)
    }
}

/// The decoded query string of a request: `+` is a space, `%XX` a byte; the first value of a name wins.
struct QueryString {
    private var pairs: [(String, String)] = []

    init(_ raw: String?) {
        guard let raw else { return }
        for part in raw.split(separator: "&", omittingEmptySubsequences: true) {
            let halves = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let key = QueryString.decode(halves.first.map(String.init) ?? "")
            let value = halves.count > 1 ? QueryString.decode(String(halves[1])) : ""
            pairs.append((key, value))
        }
    }

    subscript(name: String) -> String? {
        pairs.first { $0.0 == name }?.1
    }

    /// The value, or nil when it is missing or blank.
    func nonEmpty(_ name: String) -> String? {
        guard let value = self[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    /// Undoes form encoding; invalid percent escapes stay as they are written.
    static func decode(_ text: String) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}

/// The JSON object a write sends, read from its body.
enum JSONBody {
    /// The body as a JSON object: 400 when it is not one, 413 when longer than `limit` bytes.
    static func object(_ request: Request, limit: Int) async throws -> [String: Any] {
        let buffer: ByteBuffer
        do {
            buffer = try await request.body.collect(upTo: limit)
        } catch {
            throw Refusal(.contentTooLarge, "a request body may have at most \(limit) bytes")
        }
        if buffer.readableBytes == 0 { return [:] }
        let data = Data(buffer.readableBytesView)
        guard let parsed = try? JSONSerialization.jsonObject(with: data), let object = parsed as? [String: Any] else {
            throw Refusal(.badRequest, "the body is not a JSON object, such as {\"name\": \"ann\", \"password\": \"…\"}")
        }
        return object
    }
}

extension AnswerValue {
    /// A value parsed by JSONSerialization, objects with their keys sorted (true and false come back as 1 and 0:
    /// what is parsed here, change-log snapshots, holds none).
    static func parsedJSON(_ value: Any) -> AnswerValue {
        switch value {
        case let text as String: return .text(text)
        case let number as NSNumber:
            if let exact = Int(exactly: number.doubleValue) { return .integer(exact) }
            return .text(number.stringValue)
        case let list as [Any]: return .list(list.map(parsedJSON))
        case let object as [String: Any]:
            return .object(object.keys.sorted().map { ($0, parsedJSON(object[$0] ?? NSNull())) })
        default: return .null
        }
    }

    /// A JSON text (a snapshot from the change log) as a value; null when it does not parse.
    static func parsedJSON(text: String) -> AnswerValue {
        guard let parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else { return .null }
        return parsedJSON(parsed)
    }
}
