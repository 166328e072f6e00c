import Foundation
import StanceTestSupport

/// Where the DNA sample projects are: `shared/interop/dna/` (see `TestSupport.sharedFolder`).
enum DNASamples {
    static let folder = (TestSupport.sharedFolder ?? TestSupport.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared")).appendingPathComponent("interop/dna")
    static let dna3 = folder.appendingPathComponent("sample-dna3.dna").path
    static let dna2 = folder.appendingPathComponent("sample-dna2.dna").path
    /// Whether the samples are here; the suites that read them skip (with one line saying why) when not.
    static let available = TestSupport.sharedFolder != nil
}
