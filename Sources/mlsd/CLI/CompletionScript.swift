/// Shell completion scripts. Each shell asks the hidden `mlsd __complete words WORD…` for what may
/// follow the words typed so far, so completions come from the same command tree as `--help` and
/// include the current prompt ids and session ids.
struct CompletionScript {
    let root: CommandSpec

    func bash() -> String {
        """
        # bash completion for mlsd. Install: mlsd completions bash > /etc/bash_completion.d/mlsd
        # (or add `source <(mlsd completions bash)` to ~/.bashrc)
        _mlsd() {
          local cur="${COMP_WORDS[COMP_CWORD]}"
          COMPREPLY=($(compgen -W "$(mlsd __complete words -- "${COMP_WORDS[@]:1:COMP_CWORD-1}" 2>/dev/null)" -- "$cur"))
          [ ${#COMPREPLY[@]} -eq 0 ] && COMPREPLY=($(compgen -f -- "$cur"))
        }
        complete -F _mlsd mlsd

        """
    }

    func zsh() -> String {
        """
        #compdef mlsd
        # zsh completion for mlsd. Install: mlsd completions zsh > "${fpath[1]}/_mlsd" (then restart zsh)
        _mlsd() {
          local -a reply_words
          reply_words=(${(f)"$(mlsd __complete words -- ${words[2,CURRENT-1]} 2>/dev/null)"})
          compadd -a reply_words
          _files
        }
        compdef _mlsd mlsd

        """
    }

    func fish() -> String {
        """
        # fish completion for mlsd. Install: mlsd completions fish > ~/.config/fish/completions/mlsd.fish
        complete -c mlsd -f -a '(mlsd __complete words -- (commandline -opc)[2..-1] 2>/dev/null)'

        """
    }

    /// The words to offer after the given command-line words: subcommands, options, dynamic values.
    func words(after typed: [String], prompts: [String], sessions: [String]) -> [String] {
        var command = root
        for word in typed where !word.hasPrefix("-") {
            if let sub = command.subcommand(named: word) { command = sub }
        }
        if let last = typed.last, let option = (command.options + [OptionSpec.prompts]).first(where: { $0.longName == last && !$0.isFlag }) {
            return values(option.completion, prompts: prompts, sessions: sessions)
        }
        var words = command.visibleSubcommands.map(\.name)
        words += (command.options + [OptionSpec.prompts, OptionSpec.help]).map(\.longName)
        if let argument = command.arguments.first { words += values(argument.completion, prompts: prompts, sessions: sessions) }
        return words
    }

    private func values(_ completion: Completion, prompts: [String], sessions: [String]) -> [String] {
        switch completion {
        case .promptID: prompts
        case .sessionID: ["last"] + sessions
        case .phase: ["clarify", "frame", "data", "model", "evaluate", "deploy"]
        case .choices(let values): values
        case .none, .file, .directory: []
        }
    }
}
