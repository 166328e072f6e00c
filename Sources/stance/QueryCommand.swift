import ArgumentParser

/// `stance query`: answer a question in the query language.
struct QueryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "query", abstract: "Answer a question such as \"who opposes withdrawal\".")

    @OptionGroup var database: DatabaseOptions

    @Argument(help: "The question.")
    var query: String

    func run() throws {
        throw UsageError(message: "the query language is not built yet")
    }
}
