import ArgumentParser
import Foundation
import StanceStore

/// `--by NAME`: who makes a change (default: `$STANCE_CODER`, else `git config user.name`, else the login name).
struct CoderOptions: ParsableArguments {
    @Option(
        name: .customLong("by"),
        help: ArgumentHelp(
            "Who makes the change (default: $STANCE_CODER, else git config user.name, else the login name).",
            valueName: "name"))
    var coder: String?

    /// Where the coder's name came from.
    enum Origin: String {
        case option = "--by"
        case environment = "STANCE_CODER"
        case git = "git config user.name"
        case login = "the login name"
    }

    /// The coder and where the name came from; nil when no source gives a name that is not blank.
    func resolved() -> (name: String, origin: Origin)? {
        let environment = ProcessInfo.processInfo.environment
        let candidates: [(() -> String?, Origin)] = [
            ({ coder }, .option), ({ environment["STANCE_CODER"] }, .environment), (Self.gitUserName, .git),
            ({ environment["USER"] ?? environment["LOGNAME"] ?? Self.loginName() }, .login),
        ]
        for (candidate, origin) in candidates {
            if let name = candidate()?.trimmingCharacters(in: .whitespacesAndNewlines), !name.isEmpty {
                return (name, origin)
            }
        }
        return nil
    }

    /// The coder's name without a note; `Editor` refuses a missing one.
    func resolvedName() throws -> String {
        try Editor(coder: resolved()?.name).coder
    }

    /// An editor for the coder; a name taken from git or the login says so on standard error.
    func editor() throws -> Editor {
        let found = resolved()
        if let found, found.origin == .git || found.origin == .login {
            FileHandle.standardError.write(Data(
                "stance: coder '\(found.name)' from \(found.origin.rawValue) (set STANCE_CODER or --by to choose)\n".utf8))
        }
        return try Editor(coder: found?.name)
    }

    /// `git config user.name`, or nil when git is missing, fails or prints nothing.
    static func gitUserName() -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "config", "user.name"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// The login name of the process's user, from the password database.
    static func loginName() -> String? {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
        return String(cString: name)
    }
}

/// Prints the one-line receipt of a change.
func report(_ change: Change, _ verb: String) {
    print("\(verb) \(change.target) (change #\(change.id) by \(change.coder))")
}
