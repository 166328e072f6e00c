import Foundation
import StanceTestSupport

/// Where the DNA sample projects are: `../shared/interop/dna/` beside the package root.
enum DNASamples {
    static let folder = TestSupport.packageRoot.deletingLastPathComponent()
        .appendingPathComponent("shared/interop/dna")
    static let dna3 = folder.appendingPathComponent("sample-dna3.dna").path
    static let dna2 = folder.appendingPathComponent("sample-dna2.dna").path
}
