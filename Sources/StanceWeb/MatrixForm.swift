import StanceCore
import StanceQuery

/// A filter value that is not valid, with what would be.
struct FormProblem: Error, Sendable {
    var message: String
}

/// The matrix filters of `/matrix` and `/api/matrix`, as given in the query string (names as typed).
struct MatrixForm: Sendable {
    var kind = ""
    var issues = ""
    var since = ""
    var until = ""
    var order = MatrixRequest.Order.name.rawValue
    var rule = MatrixRequest.Rule.mixed.rawValue
    var minimumPositions = ""
    var topIssues = ""
    /// Only positions on these bases: a comma-separated list of stated, reported, inferred (empty for all).
    var basis = ""

    init(_ query: QueryString) {
        kind = query.nonEmpty("kind") ?? ""
        issues = query.nonEmpty("issues") ?? ""
        since = query.nonEmpty("since") ?? ""
        until = query.nonEmpty("until") ?? query.nonEmpty("as_of") ?? ""
        order = query.nonEmpty("order") ?? order
        rule = query.nonEmpty("rule") ?? rule
        minimumPositions = query.nonEmpty("min_positions") ?? ""
        topIssues = query.nonEmpty("top_issues") ?? ""
        basis = query.all("basis").joined(separator: ",")
    }

    /// The form's values as query pairs, for permalinks (empty values left out).
    var pairs: [(String, String)] {
        [("kind", kind), ("issues", issues), ("since", since), ("until", until), ("order", order), ("rule", rule),
         ("min_positions", minimumPositions), ("top_issues", topIssues), ("basis", basis)].filter { !$0.1.isEmpty }
    }

    /// The request these values describe, issue names resolved through `directory`.
    func request(directory: some NameDirectory) throws -> MatrixRequest {
        var request = MatrixRequest()
        if !kind.isEmpty {
            guard let value = Graph.Actor.Kind(rawValue: kind) else {
                throw FormProblem(message: "kind '\(kind)' is not one of \(Self.names(Graph.Actor.Kind.self))")
            }
            request.kind = value
        }
        guard let order = MatrixRequest.Order(rawValue: order) else {
            throw FormProblem(message: "order '\(order)' is not one of \(Self.names(MatrixRequest.Order.self))")
        }
        request.order = order
        guard let rule = MatrixRequest.Rule(rawValue: rule) else {
            throw FormProblem(message: "rule '\(rule)' is not one of \(Self.names(MatrixRequest.Rule.self))")
        }
        request.rule = rule
        if !since.isEmpty {
            guard let date = PartialDate(since) else { throw Self.badDate("since", since) }
            request.window.lower = date.firstDay
        }
        if !until.isEmpty {
            guard let date = PartialDate(until) else { throw Self.badDate("until", until) }
            request.window.upper = date.periodEnd
        }
        if !minimumPositions.isEmpty {
            guard let count = Int(minimumPositions), count >= 0 else {
                throw FormProblem(message: "min_positions '\(minimumPositions)' is not a whole number, 0 or more")
            }
            request.minimumPositions = count
        }
        if !topIssues.isEmpty {
            guard let count = Int(topIssues), count >= 1 else {
                throw FormProblem(message: "top_issues '\(topIssues)' is not a whole number, 1 or more")
            }
            request.topIssues = count
        }
        if !basis.isEmpty {
            request.bases = try basis.split(separator: ",").map { raw in
                let word = raw.trimmingCharacters(in: .whitespaces)
                guard let value = Graph.Position.Basis(rawValue: word.lowercased()) else {
                    throw FormProblem(
                        message: "basis '\(word)' is not one of \(Self.names(Graph.Position.Basis.self)) (a comma-separated list)")
                }
                return value
            }
        }
        if !issues.isEmpty {
            request.issueIDs = try issues.split(separator: ",").map { raw in
                let name = raw.trimmingCharacters(in: .whitespaces)
                let found = try directory.lookup(.issue, key: NameMatching.key(name))
                if found.count == 1, let entity = found.first { return entity.id.rawValue }
                if found.count > 1 {
                    throw FormProblem(message: "issues: '\(name)' could mean " + found.map { "'\($0.name)'" }.joined(separator: ", "))
                }
                var message = "issues: unknown issue '\(name)'"
                if let near = NameMatching.nearest(to: name, among: try directory.labels(.issue), limit: 1).first {
                    message += "; did you mean '\(near)'?"
                }
                throw FormProblem(message: message)
            }
        }
        return request
    }

    private static func names<T: CaseIterable & RawRepresentable>(_ type: T.Type) -> String where T.RawValue == String {
        type.allCases.map(\.rawValue).joined(separator: ", ")
    }

    private static func badDate(_ field: String, _ value: String) -> FormProblem {
        FormProblem(message: "\(field) '\(value)' is not a date; write YYYY, YYYY-MM or YYYY-MM-DD")
    }
}

/// The network of `/network` and `/api/network`: its type and normalisation, over the matrix filters.
struct NetworkForm: Sendable {
    var matrix: MatrixForm
    var type = Network.Kind.congruence.rawValue
    var normalize = Network.Normalization.none.rawValue

    init(_ query: QueryString) {
        matrix = MatrixForm(query)
        type = query.nonEmpty("type") ?? type
        normalize = query.nonEmpty("normalize") ?? normalize
    }

    var pairs: [(String, String)] {
        [("type", type), ("normalize", normalize)] + matrix.pairs.filter { $0.0 != "order" && $0.0 != "rule" }
    }
}

extension WebApp {
    /// The matrix the form asks for, or what is wrong with the form.
    func matrix(_ form: MatrixForm, evidence: Bool) throws -> Result<PositionMatrix, FormProblem> {
        try stores.take().read(deadline: limits.readSeconds) { db in
            do {
                var request = try form.request(directory: StoreNameDirectory(db))
                request.evidence = evidence
                return .success(try MatrixBuilder.build(request, in: db))
            } catch let problem as FormProblem {
                return .failure(problem)
            }
        }
    }

    /// The network the form asks for, or what is wrong with the form.
    func network(_ form: NetworkForm) throws -> Result<Network, FormProblem> {
        guard let kind = Network.Kind(rawValue: form.type) else {
            let valid = Network.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            return .failure(FormProblem(message: "type '\(form.type)' is not one of \(valid)"))
        }
        guard let normalization = Network.Normalization(rawValue: form.normalize) else {
            let valid = Network.Normalization.allCases.map(\.rawValue).joined(separator: ", ")
            return .failure(FormProblem(message: "normalize '\(form.normalize)' is not one of \(valid)"))
        }
        if kind == .affiliation || kind == .hearsay, normalization != .none {
            return .failure(FormProblem(message: "the \(kind.rawValue) network takes no normalisation"))
        }
        return try stores.take().read(deadline: limits.readSeconds) { db in
            do {
                var request = try form.matrix.request(directory: StoreNameDirectory(db))
                if kind == .affiliation {
                    return .success(try NetworkBuilder.affiliationNetwork(in: db, kind: request.kind))
                }
                if kind == .hearsay { return .success(try NetworkBuilder.hearsayNetwork(request, in: db)) }
                request.evidence = false
                let matrix = try MatrixBuilder.build(request, in: db)
                if kind == .issues { return .success(NetworkBuilder.issueNetwork(matrix, normalization: normalization)) }
                return .success(NetworkBuilder.actorNetwork(matrix, kind: kind, normalization: normalization))
            } catch let problem as FormProblem {
                return .failure(problem)
            }
        }
    }
}
