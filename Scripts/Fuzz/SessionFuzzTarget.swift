import CoachKit
import Foundation

/// Fuzzes the session-file decoder `mlsd history`, `review`, `resume` and `stats` use on every file
/// in the sessions folder. A damaged file must be reported as a `StoreError` (and skipped), never
/// crash; a decoded session must survive being encoded and decoded again unchanged.
enum SessionFuzzTarget {
    static let file = "fuzz/session.json"

    static func run(_ data: Data) {
        do {
            let session = try SessionStore.decode(data, file: file)
            let again = try SessionStore.decode(try SessionStore.encoder().encode(session), file: file)
            require(again == session, "a session must round-trip through its own encoding")
        } catch let error as SessionStore.StoreError {
            switch error {
            case .unreadable(let name, _), .newerVersion(let name, _):
                require(name == file && error.description.contains(file), "a store error must name the file: \(error)")
            case .notFound, .ambiguous, .invalidID, .misnamed:
                require(false, "decoding cannot fail with \(error)")
            }
        } catch {
            // Encoding a decoded session failed: report it as a crash, since nothing the user did can fix it.
            require(false, "unexpected error \(error)")
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSession(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    SessionFuzzTarget.run(Data(bytes: bytes, count: count))
    return 0
}
