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

    /// Every non-blank value of a repeated name (`basis=stated&basis=inferred`), in order.
    func all(_ name: String) -> [String] {
        pairs.filter { $0.0 == name }.map { $0.1.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
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
