import Foundation

/// The case studies shipped in `Prompts/`, compiled into the binary.
public enum BuiltinPrompts {
    /// Each built-in file's name and contents, sorted by name.
    public static var files: [(name: String, data: Data)] {
        EmbeddedPrompts.files.map { ($0.name, Data(base64Encoded: $0.base64) ?? Data()) }
    }
}
