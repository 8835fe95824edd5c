import CoachKit
import Foundation

// Entry point: tune memory, parse the arguments, build the context, run the command, map errors to exit codes.
MemoryTuning.apply()
let environment = ProcessInfo.processInfo.environment
let console = Console.standard(environment: environment)
let arguments = Array(CommandLine.arguments.dropFirst())
let exitCode = CommandRunner(root: MLSD.spec, console: console, environment: environment).run(arguments)
exit(exitCode.rawValue)
