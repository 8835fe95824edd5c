#!/usr/bin/env python3
"""Scores every self-test example of the built-in case studies and every calibration answer with an
mlsd binary (`mlsd score --json`), and writes the outputs to one JSON file, so that a change meant to
keep every score (a prompt-format change, a `prompts fmt` rewrite) can be checked: snapshot with the
binary before, snapshot with the binary after, then `--compare BEFORE AFTER`.

    Scripts/score-snapshot.py .build/debug/mlsd before.json
    Scripts/score-snapshot.py .build/debug/mlsd after.json
    Scripts/score-snapshot.py --compare before.json after.json   # exit 1 on any difference
"""
import glob
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def answer_sets():
    """(key, answer-file object) for every example and every calibration answer."""
    for path in sorted(glob.glob(os.path.join(ROOT, "Prompts", "*.json"))):
        name = os.path.basename(path)
        if name in ("lexicon.json", "schema.json"):
            continue
        prompt = json.load(open(path))
        for index, example in enumerate(prompt.get("examples", [])):
            key = f"example {prompt['id']} #{index} {example['label']}"
            yield key, {"prompt": prompt["id"], "answers": example["answers"]}
    calibration = os.path.join(ROOT, "Tests", "CoachKitTests", "Calibration")
    for path in sorted(glob.glob(os.path.join(calibration, "**", "*.json"), recursive=True)):
        data = json.load(open(path))
        if not isinstance(data, dict) or not isinstance(data.get("answers"), list):
            continue
        for answer in data["answers"]:
            key = f"calibration {os.path.relpath(path, calibration)} {answer['id']}"
            yield key, {"prompt": data["prompt"], "answers": {answer["phase"]: answer["text"]}}


def snapshot(binary, output):
    results = {}
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, MLSD_HOME=home, NO_COLOR="1")
        for key, answer_file in answer_sets():
            run = subprocess.run([binary, "score", "--json", "-"], input=json.dumps(answer_file), text=True,
                                 capture_output=True, env=env)
            if run.returncode != 0:
                sys.exit(f"{key}: mlsd score exited {run.returncode}: {run.stderr}")
            results[key] = json.loads(run.stdout)
    with open(output, "w") as out:
        json.dump(results, out, indent=1, sort_keys=True)
    print(f"{len(results)} answer sets scored into {output}")


def compare(before_path, after_path):
    before = json.load(open(before_path))
    after = json.load(open(after_path))
    identical = sum(1 for key in before if key in after and before[key] == after[key])
    differing = [key for key in before if key in after and before[key] != after[key]]
    missing = sorted(set(before) ^ set(after))
    print(f"{identical} of {len(before)} score outputs identical; {len(differing)} differ; {len(missing)} only on one side")
    for key in differing[:20] + missing[:20]:
        print("  " + key)
    return 0 if not differing and not missing else 1


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--compare":
        sys.exit(compare(sys.argv[2], sys.argv[3]))
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    snapshot(sys.argv[1], sys.argv[2])
