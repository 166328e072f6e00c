import ArgumentParser
import Foundation
import StanceStore
import StanceWeb

extension Role: ExpressibleByArgument {}

/// `stance user add|list|remove|passwd|role`: the people who log in to `stance serve`.
struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Manage the users who log in to stance serve (viewer, coder or admin).",
        discussion: """
            Viewers read; coders add, edit and remove (their changes are logged under their user name) and annotate; \
            admins also undo anyone's change. Passwords are read from standard input (asked twice, without echo, on a \
            terminal; one line from a pipe) and kept as bcrypt hashes.

            Examples:
              stance user add ann --role coder
              printf '%s\\n' "$PASSWORD" | stance user add ci --role viewer
              stance user passwd ann
              stance user list
            """,
        subcommands: [UserAdd.self, UserList.self, UserRemove.self, UserPasswd.self, UserRole.self])
}

struct UserAdd: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "add", abstract: "Add a user; the password comes from standard input.")
    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The user name (also the coder of their changes).") var name: String
    @Option(help: "viewer, coder or admin.") var role: Role

    func validate() throws {
        guard Accounts.isValidName(name) else {
            throw ValidationError("'\(name)' is not a user name: 1 to 64 letters, digits, '.', '-', '_' or '@', no spaces")
        }
    }

    func run() throws {
        let password = try PasswordPrompt.read(for: name)
        let hash = Passwords.hash(password)
        let store = try database.open(.readWrite)
        try store.write { db in
            try Accounts.add(name: name, role: role, passwordHash: hash, time: Editor.timestamp(Date()), in: db)
        }
        try store.close()
        print("added user \(name) (\(role.rawValue))")
    }
}

struct UserList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the users and their roles.")
    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let store = try database.open(.readOnly)
        let users = try store.read { db in try Accounts.list(in: db) }
        if users.isEmpty { print("(no users; stance user add NAME --role coder adds one)") }
        for user in users {
            print("\(user.name)  \(user.role.rawValue)  since \(user.created)  password set \(user.passwordChanged)")
        }
    }
}

struct UserRemove: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove", abstract: "Remove a user, their tokens and sessions (their changes stay in the log).")
    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The user name.") var name: String

    func run() throws {
        let store = try database.open(.readWrite)
        try store.write { db in try Accounts.remove(name, in: db) }
        try store.close()
        print("removed user \(name)")
    }
}

struct UserPasswd: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passwd", abstract: "Set a user's password (from standard input); ends their browser sessions.")
    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The user name.") var name: String

    func run() throws {
        let store = try database.open(.readWrite)
        guard try store.read({ db in try Accounts.find(name, in: db) }) != nil else { throw AccountError.unknownUser(name) }
        let password = try PasswordPrompt.read(for: name)
        let hash = Passwords.hash(password)
        try store.write { db in try Accounts.setPassword(name, passwordHash: hash, time: Editor.timestamp(Date()), in: db) }
        try store.close()
        print("password of \(name) changed; their sessions were ended")
    }
}

struct UserRole: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "role", abstract: "Change a user's role.")
    @OptionGroup var database: DatabaseOptions
    @Argument(help: "The user name.") var name: String
    @Argument(help: "viewer, coder or admin.") var role: Role

    func run() throws {
        let store = try database.open(.readWrite)
        try store.write { db in try Accounts.setRole(name, role: role, in: db) }
        try store.close()
        print("\(name) is now \(role.rawValue)")
    }
}

/// `stance token create --user NAME`: a bearer token for scripts, shown once.
struct TokenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Make bearer tokens for scripts that write through stance serve.",
        subcommands: [TokenCreate.self, TokenRevoke.self])
}

struct TokenCreate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Make a bearer token acting as USER; it is printed once and stored only as a hash.",
        discussion: """
            Scripts send it as `Authorization: Bearer TOKEN`; writes with it need no CSRF token.
            Example:
              TOKEN=$(stance token create --user ann)
            """)
    @OptionGroup var database: DatabaseOptions
    @Option(help: "The user the token acts as.") var user: String

    func run() throws {
        let store = try database.open(.readWrite)
        let token = try store.write { db in try Accounts.createToken(for: user, time: Editor.timestamp(Date()), in: db) }
        try store.close()
        print(token)
    }
}

struct TokenRevoke: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Remove every bearer token of USER.")
    @OptionGroup var database: DatabaseOptions
    @Option(help: "The user whose tokens go.") var user: String

    func run() throws {
        let store = try database.open(.readWrite)
        let count = try store.write { db -> Int in
            guard try Accounts.find(user, in: db) != nil else { throw AccountError.unknownUser(user) }
            return try Accounts.revokeTokens(of: user, in: db)
        }
        try store.close()
        print("revoked \(count) token\(count == 1 ? "" : "s") of \(user)")
    }
}

/// Reads a new password from standard input: twice without echo on a terminal, one line from a pipe.
enum PasswordPrompt {
    static func read(for name: String) throws -> String {
        let password: String
        if isatty(STDIN_FILENO) == 1 {
            let first = try hidden("password for \(name): ")
            let second = try hidden("again: ")
            guard first == second else { throw UsageError(message: "the two passwords differ; nothing was changed") }
            password = first
        } else {
            guard let line = readLine(strippingNewline: true) else {
                throw UsageError(message: "no password on standard input (pipe one line, or run on a terminal)")
            }
            password = line.hasSuffix("\r") ? String(line.dropLast()) : line
        }
        if let problem = Passwords.problem(password) { throw UsageError(message: problem + "; nothing was changed") }
        return password
    }

    /// One line read from the terminal with echo off, restored afterwards.
    private static func hidden(_ prompt: String) throws -> String {
        FileHandle.standardError.write(Data(prompt.utf8))
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { throw UsageError(message: "cannot read the terminal's settings") }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        _ = tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
        defer {
            _ = tcsetattr(STDIN_FILENO, TCSANOW, &saved)
            FileHandle.standardError.write(Data("\n".utf8))
        }
        guard let line = readLine(strippingNewline: true) else { throw UsageError(message: "no password given") }
        return line
    }
}
