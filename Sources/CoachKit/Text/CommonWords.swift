/// Everyday English words that sit one typing slip away from common ML vocabulary ("action" /
/// "auction", "retain" / "retrain", "lean" / "learn", "export" / "expert"). They are real words the
/// candidate meant, so they are never read as typos of a rubric word. Not exhaustive: the typo
/// model (`EditDistance.typoDistance`) keeps most real words apart; this list catches the
/// frequent pairs it cannot.
public enum CommonWords {
    public static let neverTypos: Set<String> = [
        "action", "actions", "retain", "retains", "retained", "retaining", "lean", "leaning", "leaned", "draw",
        "draws", "band", "bands", "boot", "boots", "booted", "police", "party", "parties", "export", "exports",
        "exported", "certain", "curtain", "constant", "constants", "broke", "chose", "county", "counties",
        "join", "joins", "lunch", "nose", "reply", "replies", "resent", "fund", "funds", "fond", "fame", "fist",
        "fellow", "filed", "lied", "lies", "mere", "pint", "posed", "posing", "pasted", "paced", "packed", "rally",
        "repay", "muse", "moth", "bath", "black", "beak", "bend", "bled", "bond", "bonds", "bets", "cure",
        "cove", "crow", "dawn", "feat", "feats", "fats", "fore", "garb", "gust", "join", "lads", "lave",
        "linger", "loos", "pots", "rats", "plat", "prat", "raked", "raking", "recant", "currant", "discord",
        "divers", "expend", "exert", "exerts", "exit", "exits", "faction", "factions", "friction", "iteration",
        "naive", "overture", "perpetual", "purity", "reliance", "repetition", "inviting", "impotent", "greed",
        "heath", "lending", "lending", "linea", "manuel", "mountain", "meddle", "muddle", "mutter", "butter",
        "bitter", "batter", "babble", "budge", "bough", "chap", "closet", "closets", "compete", "covert",
        "delicate", "desperate", "evolution", "falter", "fallow", "foster", "fester", "fennel", "finnish",
        "handel", "intently", "lagged", "miners", "parson", "pecked", "pester", "placid", "potion", "polished",
        "pressing", "precious", "recent", "retiring", "trial", "trail", "angle", "angel", "dairy", "diary",
        "form", "casual", "causal", "quite", "quiet", "lose", "loose", "whole", "hole", "clocks", "county",
    ]
}
