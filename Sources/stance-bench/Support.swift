import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A benchmark failure: a wrong answer, a tool that failed, bad options. Ends the run loudly.
struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Monotonic time in seconds.
func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// CPU time of this process (every thread), in seconds: unlike wall time, it does not grow while other
/// work on a shared machine holds the cores.
func cpuNow() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

/// Runs `body` and returns its result and how long it took, in seconds.
func timed<T>(_ body: () throws -> T) rethrows -> (T, Double) {
    let start = now()
    let value = try body()
    return (value, now() - start)
}

/// Median and 95th percentile (nearest rank) of a sample of times.
struct Stats {
    var samples: [Double]

    var sorted: [Double] { samples.sorted() }
    var median: Double {
        let s = sorted
        guard !s.isEmpty else { return .nan }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
    var p95: Double {
        let s = sorted
        guard !s.isEmpty else { return .nan }
        let rank = Int((0.95 * Double(s.count)).rounded(.up))
        return s[Swift.max(0, Swift.min(s.count - 1, rank - 1))]
    }
}

/// Formats a duration in seconds for a table: µs below 1 ms, ms below 10 s, else s.
func fmt(_ seconds: Double) -> String {
    guard seconds.isFinite else { return "–" }
    if seconds < 0.001 { return String(format: "%.0f µs", seconds * 1e6) }
    if seconds < 0.1 { return String(format: "%.2f ms", seconds * 1e3) }
    if seconds < 10 { return String(format: "%.0f ms", seconds * 1e3) }
    return String(format: "%.1f s", seconds)
}

func fmtRatio(_ value: Double) -> String {
    guard value.isFinite else { return "–" }
    return String(format: "%.2f×", value)
}

func fmtBytes(_ bytes: Int) -> String {
    if bytes >= 1 << 30 { return String(format: "%.2f GB", Double(bytes) / Double(1 << 30)) }
    if bytes >= 1 << 20 { return String(format: "%.1f MB", Double(bytes) / Double(1 << 20)) }
    return String(format: "%.0f KB", Double(bytes) / 1024)
}

func fmtCount(_ n: Int) -> String {
    let digits = String(n)
    var out = ""
    for (index, ch) in digits.reversed().enumerated() {
        if index > 0, index % 3 == 0 { out.append(",") }
        out.append(ch)
    }
    return String(out.reversed())
}

/// The outcome of one child process.
struct ProcessResult {
    var status: Int32
    /// Wall time from spawn to exit, in seconds.
    var wall: Double
    var userTime: Double
    var systemTime: Double
}

/// Runs a program with posix_spawn, standard output to `stdoutPath` (or /dev/null), standard
/// error to `stderrPath` (or /dev/null), and reaps it with wait4 for its own CPU times.
func spawn(
    _ program: String, _ arguments: [String], stdin stdinPath: String? = nil, stdout stdoutPath: String? = nil,
    stderr stderrPath: String? = nil
) throws -> ProcessResult {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, stdinPath ?? "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, stdoutPath ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, stderrPath ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let env: [UnsafeMutablePointer<CChar>?] =
        ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { env.forEach { free($0) } }
    var pid: pid_t = 0
    let start = now()
    let rc = posix_spawnp(&pid, program, &actions, nil, argv, env)
    guard rc == 0 else {
        throw BenchError("cannot start \(program): \(String(cString: strerror(rc)))")
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
        guard errno == EINTR else { throw BenchError("wait4 failed for \(program)") }
    }
    let wall = now() - start
    let exited = (status & 0x7f) == 0
    let code = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return ProcessResult(
        status: code, wall: wall,
        userTime: Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6,
        systemTime: Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6)
}

/// Peak RSS of one run of a program, in bytes, measured by `/usr/bin/time -f %M`: a small parent,
/// so the kernel's high-water mark is the program's own. (`ru_maxrss` of a child spawned straight
/// from this process starts at this process's own RSS: Linux carries the old address space's
/// high-water mark over `exec`.) Nil when /usr/bin/time is missing.
func peakRSS(
    _ program: String, _ arguments: [String], stdin: String? = nil, stdout: String? = nil, stderr: String? = nil
) throws -> (rss: Int, result: ProcessResult)? {
    let time = "/usr/bin/time"
    guard FileManager.default.isExecutableFile(atPath: time) else { return nil }
    let report = NSTemporaryDirectory() + "stance-bench-rss-\(getpid()).txt"
    defer { try? FileManager.default.removeItem(atPath: report) }
    let result = try spawn(time, ["-f", "%M", "-o", report, program] + arguments, stdin: stdin, stdout: stdout, stderr: stderr)
    guard let text = try? String(contentsOfFile: report, encoding: .utf8),
        let kib = text.split(whereSeparator: \.isNewline).last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) })
    else { return nil }
    return (kib * 1024, result)
}

/// Runs a program and returns its standard output as text (for version strings and the like).
func capture(_ program: String, _ arguments: [String]) -> String? {
    let path = NSTemporaryDirectory() + "stance-bench-capture-\(getpid()).txt"
    defer { try? FileManager.default.removeItem(atPath: path) }
    guard let result = try? spawn(program, arguments, stdout: path, stderr: path), result.status == 0 else {
        return nil
    }
    return try? String(contentsOfFile: path, encoding: .utf8)
}

/// Size of a file in bytes (0 when missing).
func fileSize(_ path: String) -> Int {
    ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
}

/// Flushes a file to disk.
func fsyncFile(_ path: String) {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return }
    fsync(fd)
    close(fd)
}

/// Removes a database and its companion files.
func removeDatabase(_ path: String) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        try? FileManager.default.removeItem(atPath: path + suffix)
    }
}

/// Standard error, unbuffered, for progress lines.
func note(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

/// A bench result as the type its shape produced; a mismatch ends the run with an error, not a trap.
func cast<T>(_ value: Any, as type: T.Type) throws -> T {
    guard let typed = value as? T else {
        throw BenchError("internal: expected a \(T.self), got a \(Swift.type(of: value))")
    }
    return typed
}
