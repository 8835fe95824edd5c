/// A mistake on the command line. Printed with the command's usage line; exits 64.
struct UsageError: Error, Sendable {
    var message: String
    var command: CommandSpec
    var path: [String]

    init(_ message: String, command: CommandSpec, path: [String]) {
        self.message = message
        self.command = command
        self.path = path
    }
}
