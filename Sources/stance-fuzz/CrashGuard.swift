import Foundation

/// Names the input that was running when the process traps, faults or hangs, then exits with status 3.
///
/// A Swift trap (overflow, out-of-range index, force-unwrap of nil) ends the process with SIGILL or SIGTRAP;
/// a stack overflow with SIGSEGV, handled on an alternate stack. The handler only formats digits into
/// buffers allocated in advance and calls `write` and `_exit`, which are async-signal-safe.
enum CrashGuard {
    nonisolated(unsafe) static var index = -1
    nonisolated(unsafe) static var running = false
    nonisolated(unsafe) static var seed: UInt64 = 0
    /// The message buffer and a scratch buffer for digits, allocated before any signal can arrive.
    nonisolated(unsafe) static var buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: 256)
    nonisolated(unsafe) static var digits = UnsafeMutablePointer<UInt8>.allocate(capacity: 20)

    static func install(seed: UInt64) {
        Self.seed = seed
        let size = 1 << 16
        var stack = stack_t()
        stack.ss_sp = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        stack.ss_size = size
        stack.ss_flags = 0
        sigaltstack(&stack, nil)
        for signal in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE, SIGALRM] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in CrashGuard.report(signal) }
            action.sa_flags = Int32(SA_ONSTACK)
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
    }

    /// Marks input `index` as running, with an alarm should it hang.
    static func begin(_ index: Int, hangSeconds: UInt32) {
        Self.index = index
        running = true
        alarm(hangSeconds)
    }

    static func end() {
        alarm(0)
        running = false
    }

    private static func report(_ signal: Int32) {
        let capacity = 256
        var length = 0
        func put(_ text: StaticString) {
            text.withUTF8Buffer { bytes in
                for byte in bytes where length < capacity {
                    buffer[length] = byte
                    length += 1
                }
            }
        }
        func put(_ number: UInt64) {
            var n = number
            var count = 0
            repeat {
                digits[count] = UInt8(48 + n % 10)
                n /= 10
                count += 1
            } while n > 0
            while count > 0, length < capacity {
                count -= 1
                buffer[length] = digits[count]
                length += 1
            }
        }
        put(signal == SIGALRM ? "\nstance-fuzz: HANG" : "\nstance-fuzz: CRASH (signal ")
        if signal != SIGALRM {
            put(UInt64(signal))
            put(")")
        }
        put(running ? " on input #" : " after input #")
        put(UInt64(max(index, 0)))
        put("; replay it with: swift run -c release stance-fuzz --seed ")
        put(seed)
        put(" --only ")
        put(UInt64(max(index, 0)))
        put("\nFAIL\n")
        _ = write(STDERR_FILENO, buffer, length)
        _exit(3)
    }
}
