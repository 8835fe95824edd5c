import Foundation
import Testing
@testable import CoachKit

/// Runs the session-index fuzz target's seeds and saved crash inputs (Scripts/Fuzz/Seeds/session-index/
/// and Scripts/Fuzz/Crashes/session-index/) through the same checks as SessionIndexFuzzTarget.
@Suite("Session index fuzz seeds and crash inputs")
struct SessionIndexFuzzRegressionTests {
    static func inputs() -> [String] { FuzzRegressionTests.inputs("session-index") }

    @Test("the target has seeds: good, appended, truncated and huge-count indexes")
    func seedsExist() throws {
        let seeds = Self.inputs().filter { $0.hasPrefix("Seeds/") }
        #expect(seeds.count >= 4)
        // At least one seed decodes (so the fuzzer starts from the real format) and one has two blocks.
        let decoded = try seeds.compactMap { SessionIndexFile.decode(try FuzzRegressionTests.data($0)) }
        #expect(decoded.contains { $0.entryCount > 0 })
        #expect(decoded.contains { $0.recordCount > $0.entryCount })
    }

    @Test("each input decodes to nil or to an index that re-encodes stably", arguments: inputs())
    func input(_ name: String) throws {
        let data = try FuzzRegressionTests.data(name)
        // Reading without item results (`history`) accepts and refuses the same indexes.
        let quick = [ItemResultsForm.omitted, .numbered].map { SessionIndexFile.decode(data, items: $0) }
        guard let index = SessionIndexFile.decode(data) else {
            #expect(quick.allSatisfy { $0 == nil })
            return
        }
        #expect(quick.allSatisfy { $0?.entries.map(\.name) == index.entries.map(\.name) })
        let encoded = index.encode()
        let again = try #require(SessionIndexFile.decode(encoded))
        #expect(again.entries == index.entries)
        #expect(again.encode() == encoded)
    }
}
