import ArgumentParser
import Foundation
import StanceStore

/// `--by NAME`: who makes a change (default: `$STANCE_CODER`).
struct CoderOptions: ParsableArguments {
    @Option(name: .customLong("by"), help: ArgumentHelp("Who makes the change (default: $STANCE_CODER).", valueName: "name"))
    var coder: String?

    func editor() throws -> Editor {
        try Editor(coder: coder ?? ProcessInfo.processInfo.environment["STANCE_CODER"])
    }
}

/// Prints the one-line receipt of a change.
func report(_ change: Change, _ verb: String) {
    print("\(verb) \(change.target) (change #\(change.id) by \(change.coder))")
}
