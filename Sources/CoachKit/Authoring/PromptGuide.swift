/// The format guide `mlsd prompts guide` prints. `Prompts/README.md` is this text (a test keeps them
/// identical), so someone with only the installed binary reads the same guide as a repository reader.
public enum PromptGuide {
    public static let text = #"""
# Writing a case study (prompt format v1)

This text is also printed by `mlsd prompts guide`; `mlsd prompts concepts` lists the lexicon and
`mlsd prompts schema` prints the JSON Schema. (Prompts/README.md is generated from it:
`mlsd prompts guide > Prompts/README.md`.)

A case study is one JSON file. Built-in ones live in the repository's `Prompts/`, one per file, named
`<id>.json`. Your own go in `$MLSD_HOME/prompts/` (or any folder you pass with `--prompts DIR`); a file
there with the id of a built-in prompt replaces it.

The loop: `mlsd prompts new my-case` writes an annotated template with skeleton example answers;
edit it; `mlsd prompts validate` checks the file and scores the example answers against the rubric
(a failing self-test points at the missed items); `mlsd prompts fmt FILE` tidies it (compact signals,
no stem-redundant variants, defaults left out); `mlsd practice my-case` tries it.

The JSON Schema (`mlsd prompts schema`, also `Prompts/schema.json`) lets an editor check the fields as you
type: add `"$schema": "https://mlsd.invalid/schema.json"` or use your editor's schema mapping.

## The file

```jsonc
{
  "schemaVersion": 1,                 // always 1 for this format
  "id": "video-recommendation",       // lowercase-kebab, stable forever: transcripts refer to it
  "version": 3,                       // bump when you change the rubric; sessions record it
  "title": "YouTube home-feed recommendations",
  "category": "recommendation",       // recommendation, ads, trust-and-safety, search, social, vision, fraud, logistics, …
  "difficulty": "medium",             // easy | medium | hard
  "tags": ["ranking", "two-tower"],   // lowercase-kebab
  "statement": "Design the system that …",   // what the interviewer opens with
  "minutes": 45,                      // total; the six phases' minutes must add up to it
  "phases": { "clarify": {…}, "frame": {…}, "data": {…}, "model": {…}, "evaluate": {…}, "deploy": {…} },
  "facts": [ … ],                     // what the interviewer answers to /ask
  "examples": [ … ]                   // example answers that test the rubric
}
```

The six phase keys are exactly `clarify`, `frame`, `data`, `model`, `evaluate`, `deploy`. Each phase:

```jsonc
{
  "minutes": 5,
  "goal": "Pin down the objective, scale, latency and the data that exists before designing anything.",
  "questions": ["What is the business objective?", "How many users and requests per second?"],  // /hint shows these one at a time
  "rubric": [
    {
      "id": "clarify-latency",        // unique within the prompt; lowercase-kebab
      "weight": 2,                    // relative weight in the phase, > 0; 1 when left out
      "description": "States a latency budget with a number",
      "signals": ["@latency + #duration", "how fast + (feed | page) + load"],  // any one covers the item
      "hint": "Ask how fast the feed must render and write the number down.",
      "why": "The latency budget decides how heavy the ranking model can be and what must be precomputed.",
      "covered": ["#duration"],       // optional: what lifts "named" to "covered" (below)
      "namedCredit": 0.5                          // optional: share of the weight a named item earns
    }
  ],
  "redFlags": [
    {
      "id": "clarify-model-first",
      "penalty": 15,                  // points off the phase's 0–100 score; 10 when left out
      "description": "Names a model architecture before the problem is clear",
      "signals": ["@model-architecture"],
      "unless": ["later"],            // optional: a sentence that also matches one of these does not fire
      "why": "Interviewers read this as solving before understanding."
    }
  ],
  "followUps": [
    { "question": "What happens when a brand-new video has no watch history?", "targets": ["data-cold-start"] }
  ],
  "reference": ["A strong answer asks about …", "…"]   // what a strong answer says; shown for what was missed
}
```

### Signals

A signal is a string in a small syntax (the built-ins use it throughout):

| write | matches a sentence that … |
|---|---|
| `watch time` | contains the words in order, compared on their stems (`watched` ≈ `watch`), with up to a few other words in between, tolerating a typo in longer words |
| `@qps` | contains any term of that lexicon concept (`mlsd prompts concepts` lists them, `mlsd prompts concepts qps` shows one) |
| `#duration` | states a number with a unit of that kind: `#duration` (200 ms, 2 hours), `#count` (500M users, 10k QPS, 2 million), `#percent` (2%, 1.5 percent), `#size` (10 GB), `#money` ($5), `#number` (any number) |
| `$ab-split` | matches what that named signal list of the lexicon matches — whole signals, written once (see [Signal lists](#signal-lists)) |
| `a + b` | matches every part in the same sentence (a term together with a qualifier) |
| `a \| b` | matches at least one part |
| `( … )` | groups: `@objective + (revenue \| advertiser \| user experience \| @conversion)` |

`+` binds tighter than `|`: `a + b | c` means `(a + b) | c`. Spaces around operators are optional.
Everything else is a phrase: `A/B test`, `what's`, `p99`, `recall@k`, `24/7` are written as they are;
`@`, `#` and `$` (before a letter) are only special at the start of a part. A phrase that contains `+`,
`|`, `(` or `)`, or starts with `@`, `#` or `$` and a letter, goes in backticks: `` `C++` + services ``,
`` `#1 result` ``; `$5` is a plain phrase. A signal list
(`"signals": [ … ]`) covers the item when any one of its signals matches, so
`["@latency", "#duration + budget"]` and `["@latency | #duration + budget"]` mean the same.

Matching is on stems, so `compare | compared | comparing` is just `compare`; `mlsd prompts validate`
warns about such variants and `mlsd prompts fmt` removes them.

A signal may also be written as a JSON object with exactly one key — `{"phrase": "watch time"}`,
`{"concept": "qps"}`, `{"quantity": "duration"}`, `{"all": [s1, s2]}`, `{"any": [s1, s2]}` — where the
inner signals are strings or objects again. `mlsd prompts fmt` turns objects into the compact form.
A syntax error names the line and column inside the string, e.g.
`my-case.json:41:31: phases.clarify.rubric[0].signals[0]: expected a quantity kind (#duration, …) (character 12 of the signal), found #durration. Did you mean #duration?`

How the scorer reads an answer, so you can write signals that fit:

- **Dismissals earn nothing.** "We don't need to worry about latency", "no need for an A/B test",
  "imbalance is not an issue", "So we won't calibrate" give the item no credit (and a small penalty when
  it is not covered elsewhere). Descriptions and safeguards still count: "impressions the user didn't
  click are negatives", "so there is no leakage", "never use features from after the click".
- **Contrasts credit one side.** In "watch time, not clicks", "X rather than Y" and "instead of Y", X earns
  credit and Y neither earns credit nor trips a red flag.
- **Echoes earn nothing.** A sentence that restates the statement, or (outside clarify) repeats the
  phase's own guiding questions, rubric descriptions or hints, is not evidence. In Clarify a question is
  never an echo — asking the case's own guiding question is what the interviewer hopes for — and the
  questions asked with `/ask` during Clarify are scored as part of the Clarify answer.
- **Questions earn credit only in Clarify.** "Do we need continual training?" in Deploy says nothing.
  A bare heading or label ("Features:", a table's header row) earns nothing either.
- **Bare lists earn named credit.** When most of an answer is a list of terms, each item it names is
  *named* (not covered); bullets under a heading ("Metrics:" / "- log loss") get the named credit in full,
  a flat unheaded list half of it. A list whose terms mostly belong to other phases is keyword salad and
  earns nothing. A headed list that says what it lists ("User features: …") counts as a statement.
- **Another phase's topics** earn at most weak named credit in this phase when that phase dominates.
- **Red flags fire only for commitments.** A sentence that rejects the flagged thing anywhere ("NOT
  accuracy - 99% accuracy by predicting no click"), judges it ("accuracy = bad metric here"), scopes ("For
  simplicity, no personalization"), or lists it as an option before a later choice ("Choice: …", "->")
  does not fire it; a scoping statement is not penalised as a dismissal.
- **Notes are read as notes.** Markdown table rows are statements (cells separate phrases), run-together
  words split at case changes when both parts have four letters or more (`PickupTime` → pickup time;
  `DeepFM` stays whole), and a stray letter is forgiven in words of ten letters or more ("Constrastive").
- **Typos** are tolerated in longer words (dropped, doubled, swapped letters, one wrong vowel, "f" for
  "ph"); never in short words, numbers or all-caps acronyms.
- **The phase score** is the share of the rubric's weight earned, on the grading guide's curve: the
  weight fully *covered* is lifted by a power curve (covering a third of the checklist scores about 42,
  half about 57), because interviewers grade "some key points, explained" as a 2, not a 1; *named* credit
  counts linearly, so a bare list is not lifted. Red-flag penalties come off after that.

### Named and covered

Each rubric item is reached at one of two levels. **Named**: a signal matches, but without what the item
asks for — the term only in a list, the first (core) part of an `all` without the rest when that core is a
concept or a phrase of two or more words ("calibration" for "calibration per segment"), or no number for an
item whose description asks for one ("with a number", "with numbers", "as a number"; a question asked in
Clarify is exempt). A named item earns `namedCredit` (default 0.5) of its weight. **Covered**: a signal
matches in a statement with what the item asks for; full weight. An optional `covered` list of signals says
exactly what lifts the item: one of them must match the same sentence or the heading and bullets it sits
under. The report shows each named item with what would lift it ("add a number with a time unit", "add why
(a reason)", "also say “per segment”"). Prompts without `covered`/`namedCredit` work unchanged.

Write signals for what a candidate *says*, not for single buzzwords: prefer `all` with a qualifier where a
term alone would be cheap, and give each item the plain everyday wordings too ("a random slice of users
compared with the current model" as well as "A/B test").

### The lexicon

`lexicon.json` maps concept ids to the terms that express them — synonyms and abbreviations, e.g.
`"qps": ["queries per second", "QPS", "requests per second"]`. Reference a concept (`@qps`) instead of
repeating a synonym list; `mlsd prompts concepts` lists every concept with its terms (`--json` for a
program). A `lexicon.json` in a user prompts folder adds concepts and terms to the built-in one. A
concept's terms allow at most one other word between their words (a phrase allows a few).

### Signal lists

A concept is a set of words; some recurring signals are more than words — the "a random slice of users
compared with the current model" wordings of an A/B test combine groups, quantities and operators. Such a
signal list is written once in `lexicon.json` under `"lists"`, as an array of signals in the compact syntax
(alternatives: any one matching is enough), and used as `$name`:

```jsonc
"lists": {
  "ab-units": ["users", "people", "traffic", "sessions"],
  "ab-control": ["current model", "old model", "control", "compare", "against"],
  "ab-split": ["(random | at random) + $ab-units + $ab-control", "#percent + $ab-units + $ab-control"]
}
…
"signals": ["@ab-test", "$ab-split", "online + (experiment | test)"]
```

`$name` means exactly what writing the list out would: inside `+` it is the list in parentheses
(`(random | at random) + $ab-units` is `(random | at random) + (users | people | traffic | sessions)`);
next to `|`, and as a whole entry of a signal list, its signals join that list one by one. So replacing a
written-out list by its name changes no score, and `mlsd prompts fmt` does it for you wherever a list is
spelled out exactly (the same signals in the same order). Lists may use concepts and other lists; an unknown
name, a list that uses itself (`$a` → `$b` → `$a`) or an empty list is an error naming the file, the field
and the column. List names start with a letter (letters, digits, `-`); a user folder's `lexicon.json` may
add lists (or redefine one, for that folder's prompts). `mlsd prompts concepts` lists them after the
concepts (`mlsd prompts concepts '$ab-split'` shows one).

### Interviewer facts

```jsonc
{ "id": "scale", "signals": ["@scale", "how many users"],
  "answer": "About 2 billion monthly users, 500 million daily; 1 billion videos." }
```

`/ask how many users do we have?` is answered with the fact whose signals match the question best; when
none match, the interviewer says there is no such detail and asks the candidate to state an assumption.

### Example answers

```jsonc
"examples": [
  { "label": "strong", "answers": { "clarify": "…", "frame": "…", "data": "…", "model": "…", "evaluate": "…", "deploy": "…" } },
  { "label": "weak",   "answers": { "clarify": "…", … } }
]
```

`mlsd prompts validate` scores them: the prompt fails when a `strong` set scores under 70 or a `weak` set over
35 in any phase — so you can check a rubric the way a test suite checks code. A prompt without a strong
and a weak set, or with an answer still starting with `TODO` (as `mlsd prompts new` writes them), gets a
warning; `mlsd prompts validate --strict` (used in CI for the built-ins) fails it.

## Defaults

Left out, a field takes its default: `weight` 1, `penalty` 10, `version` 1, `namedCredit` 0.5, and an empty
list for `tags`, `questions`, `redFlags`, `followUps`, `reference`, `covered`, `unless`, `targets`, `facts`
and `examples`.
`mlsd prompts fmt` leaves out fields that hold their default (except `version`, which you bump).

## Formatting

`mlsd prompts fmt [PATH…]` rewrites files (a folder stands for its JSON files; no path means your
prompts folder) in the compact signal syntax, without stem-redundant variants or default-valued fields,
keys in a fixed order, signal lists that spell out a named list written as `$name`, 2-space indent, short
signals sharing a line, and brackets sharing lines with what they enclose — an array of strings opens with
its first string and closes after its last; an object in an array opens with its first field (with short
fields such as `"weight": 2` beside it) and closes after its last:

```jsonc
{"id": "clarify-scale", "weight": 2,
  "description": "Asks for the scale: daily users, feed requests, candidate posts per user",
  "signals": ["@scale + #count", "@qps", "how many + (users | posts)", "$request-rate",
    "(DAU | daily users | users) + (count | number of)"],
  "hint": "Ask how many daily users there are.",
  "why": "The scale decides how much model each post can afford."},
```

Formatting twice changes nothing.
`--check` only reports the files it would change and exits 1 if there are any (CI runs it on `Prompts/`).
Invalid files are reported and left alone.

## Rules beyond the schema

`mlsd prompts validate` also checks: prompt ids are unique across the files it loads; rubric item ids are
unique within a prompt; weights are positive; the phase minutes add up to `minutes`; every concept reference
resolves in the lexicon, and every `$list` (without cycles); no signal list is empty; follow-up targets name rubric items of their phase.
Every command refuses (and skips, with a warning naming the file and position) a file over 8 MB, JSON
nested more than 256 levels, minutes over 600 and weights over 1000.
"""#
}
