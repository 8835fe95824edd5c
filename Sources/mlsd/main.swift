import CoachKit
import Foundation
#if canImport(Glibc)
// `history`, `stats` and `next` build tens of megabytes of arrays from the session index, growing and
// freeing them as they go. By default glibc gives each block over 128 KB its own mapping and hands
// freed memory back to the system at once, so each regrowth faults in fresh zeroed pages. Keeping
// large blocks in the heap and freed memory in the process reuses pages already faulted in (a
// short-lived process: its memory goes back when it exits). `mallopt` is not in the Glibc module
// (malloc.h), hence the declaration; the parameters are glibc's M_TRIM_THRESHOLD, M_TOP_PAD and
// M_MMAP_THRESHOLD.
@_silgen_name("mallopt") func mallopt(_ parameter: Int32, _ value: Int32) -> Int32
_ = mallopt(-1, Int32.max)  // M_TRIM_THRESHOLD: never trim the heap
_ = mallopt(-2, 16 << 20)  // M_TOP_PAD: grow the heap 16 MB at a time (untouched pages cost nothing)
_ = mallopt(-3, 32 << 20)  // M_MMAP_THRESHOLD: only blocks over 32 MB (glibc's maximum) get a mapping
#endif

// Entry point: parse the arguments, build the context, run the command, map errors to exit codes.
let environment = ProcessInfo.processInfo.environment
let console = Console.standard(environment: environment)
let arguments = Array(CommandLine.arguments.dropFirst())
let exitCode = CommandRunner(root: MLSD.spec, console: console, environment: environment).run(arguments)
exit(exitCode.rawValue)
