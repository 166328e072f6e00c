import StanceCore

/// The objects of `/api/actors/ID`, `/api/issues/ID` and `/api/sources/ID` (docs/api.md). Each embedded answer is
/// `{"shape", "rows"}` with the rows `stance query --format json` prints for the same question.
enum JSONViews {
    static func actor(_ view: ActorView) -> AnswerValue {
        .object([
            (
                "actor",
                .object([
                    ("id", .text(view.actor.id.rawValue)), ("name", .text(view.actor.name)),
                    ("kind", .text(view.actor.kind.rawValue)), ("aliases", .list(view.actor.aliases.map(AnswerValue.text))),
                    ("description", .optional(view.actor.description)),
                ])
            ),
            ("positions", answer(view.positions)), ("quotes", answer(view.quotes)),
            ("affiliations", answer(view.affiliations)), ("members", answer(view.members)),
            ("agrees", answer(view.agrees)), ("disagrees", answer(view.disagrees)),
            ("contradictions", answer(view.contradictions)), ("annotations", annotations(view.annotations)),
        ])
    }

    static func issue(_ view: IssueView) -> AnswerValue {
        var pairs: [(String, AnswerValue)] = [
            (
                "issue",
                .object([
                    ("id", .text(view.issue.id.rawValue)), ("name", .text(view.issue.name)),
                    ("aliases", .list(view.issue.aliases.map(AnswerValue.text))),
                    ("terms", .list(view.issue.terms.map(AnswerValue.text))),
                    ("description", .optional(view.issue.description)),
                    ("parent", .optional(view.issue.parent?.rawValue)),
                ])
            )
        ]
        pairs.append(("stances", .object(view.stances.map { ($0.0.rawValue, answer($0.1)) })))
        pairs += [("changes", answer(view.changes)), ("contradictions", answer(view.contradictions)),
                  ("quotes", answer(view.quotes)),
                  ("annotations", annotations(view.annotations))]
        return .object(pairs)
    }

    static func source(_ view: SourceView) -> AnswerValue {
        let source = view.source
        let spans: [AnswerValue] = view.spans.map { span in
            var pairs: [(String, AnswerValue)] = [
                ("kind", .text(span.kind.rawValue)), ("id", .text(span.id)),
                ("start", .integer(span.range.start)), ("end", .integer(span.range.end)),
                ("text", .optional(source.text.flatMap { span.range.slice(of: $0) })),
            ]
            if span.kind == .quote, let quote = source.quotes.first(where: { $0.id.rawValue == span.id }) {
                pairs.append(("speaker", named(quote.speaker.rawValue, view.actorNames)))
            }
            pairs.append(("positions", .list(span.positions.map(AnswerValue.text))))
            return .object(pairs)
        }
        let positions: [AnswerValue] = source.positions.map { position in
            var evidence: [(String, AnswerValue)]
            switch position.evidence {
            case .quote(let id): evidence = [("quote_id", .text(id.rawValue))]
            case .paraphrase(let paraphrase, let sentence):
                evidence = [("paraphrase", .text(paraphrase)), ("sentence", .text(sentence))]
            case .none: evidence = []
            }
            return .object(
                [
                    ("id", .text(position.id.rawValue)), ("actor", named(position.actor.rawValue, view.actorNames)),
                    ("issue", named(position.issue.rawValue, view.issueNames)), ("stance", .text(position.stance.rawValue)),
                    ("date", .optional(position.date?.description)), ("basis", .text(position.basis.rawValue)),
                    ("confidence", .text(position.confidence.rawValue)),
                ] + evidence)
        }
        return .object([
            (
                "source",
                .object([
                    ("id", .text(source.id.rawValue)), ("title", .text(source.title)), ("outlet", .optional(source.outlet)),
                    ("author", .optional(source.author)), ("date", .text(source.date.description)),
                    ("date_basis", .text(source.dateBasis.rawValue)), ("date_note", .optional(source.dateNote)),
                ])
            ),
            ("text", .optional(source.text)), ("offsets", .text("unicode code points, end exclusive")),
            ("spans", .list(spans)), ("positions", .list(positions)), ("annotations", annotations(view.annotations)),
        ])
    }

    static func answer(_ answer: Answer) -> AnswerValue {
        .object([("shape", .text(answer.shape.rawValue))] + answer.extra + [("rows", .list(answer.rows))])
    }

    static func annotations(_ list: [Graph.Annotation]) -> AnswerValue {
        .list(
            list.map { note in
                .object([
                    ("id", .text(note.id.rawValue)), ("text", .text(note.text)), ("coder", .text(note.coder)),
                    ("time", .text(note.time)),
                ])
            })
    }

    private static func named(_ id: String, _ names: [String: String]) -> AnswerValue {
        .object([("id", .text(id)), ("name", .optional(names[id]))])
    }
}
