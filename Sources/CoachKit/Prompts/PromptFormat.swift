/// The one table of the case-study format's fields. The field checker (unknown-field errors), the
/// formatter (key order, defaults it leaves out) and `mlsd prompts schema` / `Prompts/schema.json`
/// are all derived from it, so a field added here cannot be missing in one of them; the decoders in
/// `Prompt`/`PhaseSpec` read the same names, and a test checks that the table and the decoders agree.
public enum PromptFormat {
    public indirect enum ValueType: Sendable {
        /// A non-empty string.
        case text
        /// A lowercase-kebab string ("video-recommendation").
        case kebab
        case integer(minimum: Int, maximum: Int? = nil)
        case positiveNumber(maximum: Double)
        /// A number in a closed range, e.g. a share 0…1.
        case number(minimum: Double, maximum: Double)
        case oneOf([String])
        case constant(Int)
        case array(of: ValueType, minItems: Int = 0)
        /// One of the object types below, by name.
        case object(String)
        /// A signal: a compact string or a one-key object.
        case signal
        /// An object with the six phase keys, each holding `value`; `required` says whether all six must be there.
        case phaseMap(ValueType, required: Bool)
    }

    public struct Field: Sendable {
        public var name: String
        public var type: ValueType
        /// Absent means required.
        public var defaultValue: JSONValue?
        public var required: Bool
        public var help: String?
        /// Whether `mlsd prompts fmt` leaves the field out when it holds its default (not for
        /// `version`, which authors must see to bump).
        public var omitWhenDefault: Bool

        init(
            _ name: String, _ type: ValueType, required: Bool = true, default defaultValue: JSONValue? = nil, help: String? = nil,
            omitWhenDefault: Bool = true
        ) {
            self.name = name
            self.type = type
            self.required = required && defaultValue == nil
            self.defaultValue = defaultValue
            self.help = help
            self.omitWhenDefault = omitWhenDefault && defaultValue != nil
        }
    }

    static let emptyArray = JSONValue.array([])

    /// The object types, top level first; a file's keys are written in this order by `mlsd prompts fmt`.
    public static let objects: [(name: String, fields: [Field])] = [
        ("prompt", [
            Field("$schema", .text, required: false, help: "The schema URL, for editors."),
            Field("schemaVersion", .constant(Prompt.currentSchemaVersion), help: "The format version: always 1."),
            Field("id", .kebab, help: "Stable lowercase-kebab id; transcripts refer to it forever."),
            Field("version", .integer(minimum: 1), default: .number("1"), help: "Content revision; bump when the rubric changes.",
                  omitWhenDefault: false),
            Field("title", .text),
            Field("category", .kebab, help: "recommendation, ads, trust-and-safety, search, social, vision, fraud, logistics, …"),
            Field("difficulty", .oneOf(Difficulty.allCases.map(\.rawValue))),
            Field("tags", .array(of: .kebab), default: emptyArray),
            Field("statement", .text, help: "What the interviewer opens with."),
            Field("minutes", .integer(minimum: 1, maximum: InputLimits.maximumMinutes), help: "Total minutes; the phase minutes add up to it."),
            Field("phases", .phaseMap(.object("phase"), required: true)),
            Field("facts", .array(of: .object("fact")), default: emptyArray, help: "What the interviewer answers to /ask."),
            Field("examples", .array(of: .object("example")), default: emptyArray,
                  help: "Strong and weak example answers that test the rubric; validate warns when there are none."),
        ]),
        ("phase", [
            Field("minutes", .integer(minimum: 1, maximum: InputLimits.maximumMinutes)),
            Field("goal", .text),
            Field("questions", .array(of: .text), default: emptyArray, help: "Guiding questions, shown as hints."),
            Field("rubric", .array(of: .object("rubricItem"), minItems: 1)),
            Field("redFlags", .array(of: .object("redFlag")), default: emptyArray),
            Field("followUps", .array(of: .object("followUp")), default: emptyArray),
            Field("reference", .array(of: .text), default: emptyArray, help: "What a strong answer says."),
        ]),
        ("rubricItem", [
            Field("id", .kebab, help: "Stable id, unique within the prompt."),
            // Short fields first: `fmt` puts them on the item's first line, beside the id.
            Field("weight", .positiveNumber(maximum: 1000), default: .number("1"), help: "Relative weight within the phase."),
            Field("description", .text),
            Field("signals", .array(of: .signal, minItems: 1), help: "Any one matching a sentence that is not negated covers the item."),
            Field("hint", .text),
            Field("why", .text),
            Field("covered", .array(of: .signal), default: emptyArray,
                  help: "Optional. What lifts the item from named (half credit) to covered (full credit): one of these must match the same sentence, or the heading and bullets it belongs to. Omitted: a number for an item that asks for one, a statement rather than a list entry, every part of an 'all'."),
            Field("namedCredit", .number(minimum: 0, maximum: 1), required: false,
                  help: "Optional. Share of the weight a named but not covered item earns; default 0.5."),
        ]),
        ("redFlag", [
            Field("id", .kebab),
            Field("penalty", .integer(minimum: 1, maximum: 100), default: .number("10"), help: "Points subtracted from the phase score."),
            Field("description", .text),
            Field("signals", .array(of: .signal, minItems: 1)),
            Field("unless", .array(of: .signal), default: emptyArray, help: "A sentence that also matches one of these does not fire."),
            Field("why", .text),
        ]),
        ("followUp", [
            Field("question", .text),
            Field("targets", .array(of: .kebab), default: emptyArray, help: "Rubric item ids of this phase the probe aims at."),
        ]),
        ("fact", [
            Field("id", .kebab),
            Field("signals", .array(of: .signal, minItems: 1)),
            Field("answer", .text),
        ]),
        ("example", [
            Field("label", .oneOf(["strong", "weak"])),
            Field("answers", .phaseMap(.text, required: false)),
        ]),
    ]

    public static func fields(of object: String) -> [Field] { objects.first { $0.name == object }?.fields ?? [] }

    public static func fieldNames(of object: String) -> Set<String> { Set(fields(of: object).map(\.name)) }

    /// The keys a signal object may have.
    public static let signalKeys = ["phrase", "concept", "quantity", "all", "any"]
}
