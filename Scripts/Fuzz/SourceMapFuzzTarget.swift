import CoachKit
import Foundation

/// Fuzzes the JSON source-map parser (it recurses once per nesting level) and the non-recursive
/// nesting check that guards Foundation's decoders, with inputs long enough to nest far past the
/// 256-level limit (fuzz.sh runs this target with a larger -max_len). Properties: neither crashes;
/// an error has a 1-based position inside the document; a document the map accepts stays within the
/// limit by the nesting check; and when the nesting check finds a too-deep bracket in a document the
/// map rejects for depth, both name the same position.
enum SourceMapFuzzTarget {
    static func run(_ data: Data) {
        let bytes = Array(data)
        let lines = bytes.reduce(1) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        let tooDeep = JSONNestingCheck.firstTooDeep(in: bytes)
        do {
            let map = try JSONSourceMap(bytes)
            require(tooDeep == nil, "the map accepted a document the nesting check finds too deep at \(tooDeep!)")
            for (path, position) in map.positions {
                require(position.line >= 1 && position.line <= lines && position.column >= 1, "bad position \(position) for \(path)")
            }
        } catch {
            require(error.position.line >= 1 && error.position.line <= lines && error.position.column >= 1,
                    "bad error position \(error.position): \(error.message)")
            if error.message.contains("nested more than") {
                require(tooDeep == error.position, "depth error at \(error.position), nesting check says \(String(describing: tooDeep))")
            }
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSourceMap(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    SourceMapFuzzTarget.run(Data(bytes: bytes, count: count))
    return 0
}
