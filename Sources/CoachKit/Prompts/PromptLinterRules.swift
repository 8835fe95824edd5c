/// Naming rules shared by the linter and the commands.
public enum PromptLinterRules {
    /// Lowercase letters, digits and single inner hyphens: "video-recommendation".
    public static func isKebab(_ text: String) -> Bool { PromptLinter.isKebab(text) }
}
