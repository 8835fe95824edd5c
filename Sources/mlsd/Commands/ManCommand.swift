/// `mlsd man`: a roff man page generated from the same command definitions as `--help`.
enum ManCommand {
    static var spec: CommandSpec {
        CommandSpec(
            name: "man", abstract: "Print the man page (roff), generated from the command definitions.",
            discussion: "Install it with: mlsd man > /usr/local/share/man/man1/mlsd.1",
            run: { _, context in
                context.console.write(ManPage(root: MLSD.spec, version: MLSD.version).render())
                return .success
            })
    }
}
