import BuiltinPrompts
public let builtinCount = BuiltinPrompts.files.count
