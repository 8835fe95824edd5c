#!/usr/bin/env python3
"""Checks that Prompts/schema.json and `mlsd prompts validate` agree.

1. Every built-in prompt validates against the JSON Schema (draft 2020-12) with a real validator.
2. The `mlsd prompts new` template validates too, and a set of broken variants of it is rejected by
   BOTH the schema and `mlsd prompts validate` (exit 65).
3. Malformed compact signals (which the schema sees as plain strings) are rejected by mlsd with the
   character inside the string; the object form of a signal still validates.

Usage: check-schema.py PATH_TO_MLSD
"""
import copy
import json
import os
import pathlib
import subprocess
import sys
import tempfile

import jsonschema

root = pathlib.Path(__file__).resolve().parent.parent
mlsd = sys.argv[1]
schema = json.loads((root / "Prompts" / "schema.json").read_text())
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
failures = 0

def schema_errors(document):
    return sorted(validator.iter_errors(document), key=lambda e: list(e.path))

for path in sorted((root / "Prompts").glob("*.json")):
    if path.name in ("schema.json", "lexicon.json"):
        continue
    errors = schema_errors(json.loads(path.read_text()))
    if errors:
        failures += 1
        print(f"schema: {path.name}: INVALID")
        for error in errors[:5]:
            print(f"  {'/'.join(map(str, error.path))}: {error.message[:200]}")
    else:
        print(f"schema: {path.name}: ok")

with tempfile.TemporaryDirectory() as home:
    env = dict(os.environ, MLSD_HOME=home, NO_COLOR="1")
    subprocess.run([mlsd, "prompts", "new", "schema-check"], env=env, check=True, capture_output=True)
    template_path = pathlib.Path(home) / "prompts" / "schema-check.json"
    template = json.loads(template_path.read_text())
    if schema_errors(template):
        failures += 1
        print("schema: the 'prompts new' template is INVALID")

    def mutate(change):
        document = copy.deepcopy(template)
        change(document)
        return document

    broken = {
        "unknown top-level field": lambda d: d.update(titel="x"),
        "unknown rubric field": lambda d: d["phases"]["data"]["rubric"][0].update(wieght=2),
        "weight is a string": lambda d: d["phases"]["data"]["rubric"][0].update(weight="heavy"),
        "weight is zero": lambda d: d["phases"]["model"]["rubric"][0].update(weight=0),
        "difficulty outside the enum": lambda d: d.update(difficulty="brutal"),
        "missing goal": lambda d: d["phases"]["frame"].pop("goal"),
        "missing phase": lambda d: d["phases"].pop("deploy"),
        "unknown phase": lambda d: d["phases"].update(launch=d["phases"]["deploy"]),
        "id not kebab-case": lambda d: d.update(id="Not_Kebab"),
        "signal with two keys": lambda d: d["phases"]["clarify"]["rubric"][0]["signals"].__setitem__(0, {"phrase": "x", "concept": "qps"}),
        "unknown quantity": lambda d: d["phases"]["clarify"]["rubric"][0]["signals"].append({"quantity": "furlongs"}),
        "empty signal list": lambda d: d["phases"]["clarify"]["rubric"][0].update(signals=[]),
        "newer schemaVersion": lambda d: d.update(schemaVersion=2),
        "minutes past the limit": lambda d: d.update(minutes=9223372036854775807),
        "phase minutes past the limit": lambda d: d["phases"]["clarify"].update(minutes=601),
        "weight past the limit": lambda d: d["phases"]["model"]["rubric"][0].update(weight=1e300),
        "namedCredit above 1": lambda d: d["phases"]["data"]["rubric"][0].update(namedCredit=1.5),
        "covered signal with unknown key": lambda d: d["phases"]["data"]["rubric"][0].update(covered=[{"phrasee": "why"}]),
    }
    for name, change in broken.items():
        document = mutate(change)
        file = pathlib.Path(home) / "broken.json"
        file.write_text(json.dumps(document, indent=2))
        schema_rejects = bool(schema_errors(document))
        result = subprocess.run([mlsd, "prompts", "validate", str(file)], env=env, capture_output=True, text=True)
        mlsd_rejects = result.returncode == 65
        status = "agree" if schema_rejects and mlsd_rejects else "DISAGREE"
        if status != "agree":
            failures += 1
        print(f"agreement: {name}: schema {'rejects' if schema_rejects else 'accepts'}, "
              f"mlsd {'rejects' if mlsd_rejects else 'accepts'} ({status})")

    # The compact signal syntax is one string to the schema (it cannot parse it), so its mistakes are
    # mlsd's to reject: exit 65 and the character inside the string.
    malformed = {
        "unknown quantity kind": "@latency + #durration",
        "unclosed parenthesis": "(load | render + #duration",
        "trailing operator": "watch time +",
        "operator without a part": "a | | b",
    }
    for name, text in malformed.items():
        document = mutate(lambda d: d["phases"]["clarify"]["rubric"][0]["signals"].__setitem__(0, text))
        file = pathlib.Path(home) / "syntax.json"
        file.write_text(json.dumps(document, indent=2))
        result = subprocess.run([mlsd, "prompts", "validate", str(file)], env=env, capture_output=True, text=True)
        ok = result.returncode == 65 and "of the signal" in result.stdout
        if not ok:
            failures += 1
        print(f"compact syntax: {name}: mlsd {'rejects with a column' if ok else 'DOES NOT REJECT'}")
    # The object form still validates, and the template in it too.
    document = mutate(lambda d: d["phases"]["clarify"]["rubric"][0]["signals"].__setitem__(
        0, {"all": [{"concept": "latency"}, {"any": [{"quantity": "duration"}, {"phrase": "budget"}]}]}))
    file = pathlib.Path(home) / "objects.json"
    file.write_text(json.dumps(document, indent=2))
    result = subprocess.run([mlsd, "prompts", "validate", str(file)], env=env, capture_output=True, text=True)
    if schema_errors(document) or result.returncode != 0:
        failures += 1
        print("object form: REJECTED")
    else:
        print("object form: schema and mlsd accept")

print(f"{failures} schema check failure(s)")
sys.exit(1 if failures else 0)
