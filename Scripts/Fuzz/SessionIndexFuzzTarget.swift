import CoachKit
import Foundation

/// Fuzzes the session index decoder `mlsd history`, `stats` and `next` run on
/// `cache/session-index.bin` before anything else. A damaged index must decode to nil (and be
/// rebuilt), never crash or allocate from a count it has not checked; a decoded index must
/// re-encode to bytes that decode to the same entries.
enum SessionIndexFuzzTarget {
    static func run(_ data: Data) {
        // `history` reads without item results: it must accept and refuse exactly the same bytes.
        let quick = SessionIndexFile.decode(data, items: .omitted)
        guard let index = SessionIndexFile.decode(data) else {
            require(quick == nil, "an index refused in full must be refused without item results too")
            return
        }
        require(quick?.entryCount == index.entryCount, "an index read in full must read without item results too")
        let encoded = index.encode()
        guard let again = SessionIndexFile.decode(encoded) else {
            require(false, "a decoded index must decode again after encoding")
            return
        }
        require(again.entryCount == index.entryCount, "re-encoding must keep every entry")
        require(again.encode() == encoded, "encoding must be stable")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSessionIndex(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    SessionIndexFuzzTarget.run(Data(bytes: bytes, count: count))
    return 0
}
