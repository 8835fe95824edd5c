/// A property every fuzz target checks after running an input. Unlike `precondition`, it keeps
/// its message in optimised (-O) builds, so a failure says what went wrong, not just where.
func require(_ condition: Bool, _ message: @autoclosure () -> String, file: StaticString = #file, line: UInt = #line) {
    if !condition { fatalError(message(), file: file, line: line) }
}
