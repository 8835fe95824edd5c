import CoachKit
print(builtinCount)
