import Foundation

/// The case studies shipped in `Prompts/`, compiled into the binary.
public enum BuiltinPrompts {
    /// Each built-in file's name and contents, sorted by name.
    public static var files: [(name: String, data: Data)] {
        EmbeddedPrompts.files.map { ($0.name, Data(base64Encoded: $0.base64) ?? Data()) }
    }
}

extension BuiltinPrompts {
    /// The built-in files' names, sorted, without decoding any contents.
    public static var names: [String] { EmbeddedPrompts.files.map(\.name) }

    /// The contents of one built-in file, e.g. "schema.json".
    public static func file(named name: String) -> Data? {
        EmbeddedPrompts.files.first { $0.name == name }.flatMap { Data(base64Encoded: $0.base64) }
    }
}
