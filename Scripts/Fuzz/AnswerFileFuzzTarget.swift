import CoachKit
import Foundation

/// Fuzzes the parser behind `mlsd score FILE`: JSON when the text starts with "{", Markdown
/// otherwise. Any input may be rejected, but only with a `ParseError` that names the file and a
/// 1-based line or position; an accepted file has a non-empty prompt id.
enum AnswerFileFuzzTarget {
    static let file = "fuzz/answers.md"

    static func run(_ data: Data) {
        do {
            let answers = try AnswerFile.parse(data, file: file)
            require(!answers.promptID.isEmpty, "an accepted answer file has a prompt id")
        } catch {
            let message = error.description
            require(message.hasPrefix(file + ":"), "a parse error must start with the file: \(message)")
            switch error {
            case .invalidJSON(_, let at, _), .invalidField(_, let at, _, _):
                require(at.line >= 1 && at.column >= 1, "a position must be 1-based: \(message)")
            case .markdown(_, let line, _):
                require(line >= 1, "a line must be 1-based: \(message)")
            }
        }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnswerFile(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    AnswerFileFuzzTarget.run(Data(bytes: bytes, count: count))
    return 0
}
