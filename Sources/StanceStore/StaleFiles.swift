import Foundation

/// Temporary databases left by a `stance build` or `stance import` that was killed.
public enum StaleFiles {
    /// Removes `BASE.SUFFIX-PID` files (and their `-wal`, `-shm`, `-journal`) whose process is gone.
    public static func remove(beside database: String, suffix: String) {
        let manager = FileManager.default
        let directory = (database as NSString).deletingLastPathComponent
        let prefix = (database as NSString).lastPathComponent + "." + suffix + "-"
        let names = (try? manager.contentsOfDirectory(atPath: directory.isEmpty ? "." : directory)) ?? []
        for name in names where name.hasPrefix(prefix) {
            let rest = name.dropFirst(prefix.count)
            let digits = rest.prefix { $0.isNumber }
            guard let pid = Int32(digits), pid != ProcessInfo.processInfo.processIdentifier else { continue }
            // kill(pid, 0) fails with ESRCH when no such process exists.
            if kill(pid, 0) == -1, errno == ESRCH {
                try? manager.removeItem(atPath: (directory as NSString).appendingPathComponent(name))
            }
        }
    }
}
