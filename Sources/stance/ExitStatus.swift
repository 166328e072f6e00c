import ArgumentParser
import Foundation
import StanceGraphData
import StanceInterop
import StanceQuery
import StanceStore

/// The one place that turns errors into messages on standard error and exit statuses:
/// 0 for an answer, 2 for a query or usage error, 1 for anything else.
enum ExitStatus {
    static func report(_ error: any Error, command: any ParsableCommand.Type) -> Int32 {
        switch error {
        case let error as QueryError:
            printError(error.description)
            return 2
        case let error as GraphDataError:
            if case .invalid = error {
                printError(error.description)
                return 2
            }
            printError("error: \(error.description)")
            return 1
        case let error as StoreError:
            printError("error: \(error)")
            if case .unknownScheme = error { return 2 }
            return 1
        case let error as ImportError:
            printError(error.description)
            return 1
        case let error as DNAError:
            printError(error.description)
            return 1
        case let error as EditError:
            printError(error.description)
            return 2
        case let error as CodingError:
            printError(error.description)
            return 2
        case let error as UsageError:
            printError("error: \(error.message)")
            return 2
        case let problems as FieldProblems:
            // Fields as the command's options name them.
            for (field, problem) in problems.fields.sorted(by: { $0.key < $1.key }) {
                let option = ["aliases": "alias", "terms": "term", "issues": "issue"][field] ?? field.replacingOccurrences(of: "_", with: "-")
                printError("error: --\(option): \(problem)")
            }
            printError("nothing was written")
            return 2
        case let error as AccountError:
            printError(error.description)
            return 2
        default:
            let code = Stance.exitCode(for: error)
            if code == .success {
                // --help, --version: ArgumentParser prints them and exits 0.
                Stance.exit(withError: error)
            }
            printError(Stance.fullMessage(for: error))
            return code == .validationFailure ? 2 : (code == .failure ? 1 : code.rawValue)
        }
    }

    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}

/// A mistake in how a command was called that ArgumentParser cannot see (exit status 2).
struct UsageError: Error {
    var message: String
}
