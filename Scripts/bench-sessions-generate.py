#!/usr/bin/env python3
"""Writes N realistic mlsd session files (schema 1) for the benchmark in bench-sessions.sh.

Realistic means shaped like the files `mlsd practice` writes: the built-in case studies' real rubric
items (descriptions, hints, whys), answers assembled from the prompts' example answers, evidence
sentences quoted from those answers with character offsets, follow-ups with replies, /ask questions
answered from the interviewer facts, hints, timer events, about 80% full interviews and 20% one-phase
drills, a few unfinished sessions, scores that improve over a year of practice, and pretty-printed,
key-sorted JSON like Swift's encoder. Deterministic for a given seed.

usage: bench-sessions-generate.py PROMPTS_DIR SESSIONS_DIR COUNT [SEED]
"""
import datetime
import glob
import json
import os
import random
import re
import sys

PHASES = ["clarify", "frame", "data", "model", "evaluate", "deploy"]
FILLER = [
    "Let me think about this for a second.",
    "I would start simple and iterate from there.",
    "There are a few trade-offs here that I want to call out.",
    "This depends on the constraints we agreed on earlier.",
    "I'd validate this assumption with the team before committing to it.",
    "To keep it concrete, I'll use the numbers from the clarification.",
]


def verdict(score):
    if score < 20: return "strong no hire"
    if score < 40: return "no hire"
    if score < 55: return "lean no hire"
    if score < 70: return "lean hire"
    if score < 85: return "hire"
    return "strong hire"


def iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def sentences(text):
    return [s for s in re.split(r"(?<=[.?!])\s+", text.strip()) if s]


def load_prompts(folder):
    prompts = []
    for path in sorted(glob.glob(os.path.join(folder, "*.json"))):
        name = os.path.basename(path)
        if name in ("lexicon.json", "schema.json"):
            continue
        with open(path) as handle:
            prompt = json.load(handle)
        pool = {phase: [] for phase in PHASES}
        for example in prompt.get("examples", []):
            for phase, text in example["answers"].items():
                pool[phase] += sentences(text)
        for phase in PHASES:
            pool[phase] += [line for line in prompt["phases"][phase].get("reference", [])]
        prompt["_pool"] = pool
        prompts.append(prompt)
    return prompts


def make_answer(rng, prompt, phase, skill):
    pool = prompt["_pool"][phase] or FILLER
    count = max(2, int(len(pool) * (0.25 + 0.6 * skill) * rng.uniform(0.6, 1.1)))
    picked = rng.sample(pool, min(count, len(pool)))
    if rng.random() < 0.5:
        picked.insert(rng.randrange(len(picked) + 1), rng.choice(FILLER))
    lines, line = [], []
    for sentence in picked:
        line.append(sentence)
        if rng.random() < 0.3:
            lines.append(" ".join(line))
            line = []
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


def evidence_for(rng, text):
    """A sentence of the text and a word span inside it, with character offsets as Swift counts them."""
    starts = [0] + [m.end() for m in re.finditer(r"(?<=[.?!])\s+|\n", text)]
    start = rng.choice(starts)
    end = len(text)
    for match in re.finditer(r"[.?!](?=\s|$)", text[start:]):
        end = start + match.end()
        break
    sentence = text[start:end]
    words = [m for m in re.finditer(r"\S+", sentence)]
    if not words:
        return {"sentence": sentence, "sentenceStart": start, "matchStart": start, "matchLength": max(1, len(sentence))}
    first = rng.randrange(len(words))
    last = min(len(words) - 1, first + rng.randrange(1, 4))
    match_start = start + words[first].start()
    match_end = start + words[last].end()
    return {"sentence": sentence, "sentenceStart": start, "matchStart": match_start, "matchLength": match_end - match_start}


def score_phase(rng, spec, phase, text, skill):
    items, total, earned = [], 0.0, 0.0
    for item in spec["rubric"]:
        weight = float(item.get("weight", 1))
        total += weight
        matched = bool(text) and rng.random() < skill
        result = {"id": item["id"], "description": item["description"], "weight": weight, "matched": matched,
                  "hint": item["hint"], "why": item["why"]}
        if matched:
            earned += weight
            result["evidence"] = evidence_for(rng, text)
        items.append(result)
    flags = []
    if text and spec.get("redFlags") and rng.random() < 0.12 * (1.2 - skill):
        flag = rng.choice(spec["redFlags"])
        flags.append({"id": flag["id"], "description": flag["description"], "penalty": flag.get("penalty", 10),
                      "evidence": evidence_for(rng, text), "why": flag["why"]})
    score = int(round(100 * earned / total)) if total else 0
    score = max(0, score - sum(f["penalty"] for f in flags))
    notes = ["Part of the answer is a list of terms without explanation; listed terms earn no credit."] if text and rng.random() < 0.04 else []
    return {"phase": phase, "score": score, "verdict": verdict(score), "items": items, "redFlags": flags, "notes": notes}


def make_session(rng, prompt, started, drill, progress, unfinished):
    phases = [drill] if drill else PHASES
    minutes = prompt["minutes"]
    budget_total = sum(prompt["phases"][p]["minutes"] for p in phases)
    scale = (minutes if not drill else budget_total) / max(1, budget_total)
    clock = started
    records, events, report_phases = [], [], []
    reached = len(phases) if not unfinished else rng.randrange(1, len(phases) + 1)
    for index, phase in enumerate(phases):
        spec = prompt["phases"][phase]
        budget = int(spec["minutes"] * 60 * scale)
        record = {"phase": phase, "answer": "", "budgetSeconds": budget, "elapsedSeconds": 0.0,
                  "hintsUsed": 0, "skipped": False, "finished": False}
        if index < reached:
            skill = min(0.95, max(0.05, rng.gauss(0.25 + 0.55 * progress + (0.1 if phase in ("clarify", "frame") else 0), 0.15)))
            skipped = rng.random() < 0.03
            text = "" if skipped else make_answer(rng, prompt, phase, skill)
            elapsed = 0.0 if skipped else max(20.0, rng.gauss(budget * (1.05 if phase in ("model", "data") else 0.9), budget * 0.25))
            record.update(answer=text, skipped=skipped, elapsedSeconds=round(elapsed, 3), finished=not (unfinished and index == reached - 1))
            events.append({"at": iso(clock), "kind": "phaseStart", "phase": phase})
            if phase == "clarify" and prompt.get("facts"):
                for fact in rng.sample(prompt["facts"], min(len(prompt["facts"]), rng.randrange(0, 4))):
                    events.append({"at": iso(clock + datetime.timedelta(seconds=rng.randrange(5, 120))), "kind": "ask", "phase": phase,
                                   "text": "What about the " + fact["id"].replace("-", " ") + "?", "reply": fact["answer"]})
            if spec.get("questions") and rng.random() < 0.2:
                record["hintsUsed"] = 1
                events.append({"at": iso(clock + datetime.timedelta(seconds=30)), "kind": "hint", "phase": phase, "text": spec["questions"][0]})
            if budget > 60 and elapsed > budget - 60:
                events.append({"at": iso(clock + datetime.timedelta(seconds=budget - 60)), "kind": "oneMinuteWarning", "phase": phase})
            if elapsed > budget:
                events.append({"at": iso(clock + datetime.timedelta(seconds=budget)), "kind": "timeUp", "phase": phase})
            if text and spec.get("followUps"):
                follow = rng.choice(spec["followUps"])
                reply = "" if rng.random() < 0.15 else " ".join(rng.sample(prompt["_pool"][phase], min(2, len(prompt["_pool"][phase]))))
                record["followUp"] = {"question": follow["question"], "targets": follow.get("targets", []), "reply": reply}
                events.append({"at": iso(clock + datetime.timedelta(seconds=elapsed * 0.85)), "kind": "followUp", "phase": phase, "text": follow["question"]})
            if skipped:
                events.append({"at": iso(clock), "kind": "skip", "phase": phase})
            clock += datetime.timedelta(seconds=elapsed)
            if record["finished"]:
                events.append({"at": iso(clock), "kind": "phaseEnd", "phase": phase})
            scored = text
            if record.get("followUp", {}).get("reply"):
                scored = (text + "\n" + record["followUp"]["reply"]) if text else record["followUp"]["reply"]
            report_phases.append(score_phase(rng, spec, phase, scored, skill))
        records.append(record)
    session = {
        "schemaVersion": 1,
        "id": started.strftime("%Y%m%d-%H%M%S") + "-" + prompt["id"],
        "promptID": prompt["id"], "promptVersion": prompt.get("version", 1), "promptTitle": prompt["title"],
        "options": {"minutes": minutes if not drill else budget_total // 60, "strict": False, "feedback": "end", "hintsUpFront": False},
        "startedAt": iso(started), "updatedAt": iso(clock),
        "phases": records, "currentPhaseIndex": reached - 1, "events": events,
    }
    if drill:
        session["drillPhase"] = drill
    if not unfinished:
        session["finishedAt"] = iso(clock)
        for index, record in enumerate(records):
            record["finished"] = True
        flat = []
        for phase_score in report_phases:
            flat += [phase_score["phase"], phase_score]
        if not drill:
            # A full interview scores all six phases; phases never reached count as empty.
            overall = int(round(sum(p["score"] for p in report_phases) / len(PHASES)))
        else:
            overall = report_phases[0]["score"]
        session["report"] = {"promptID": prompt["id"], "phases": flat, "overall": overall, "verdict": verdict(overall)}
    return session


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    prompts_dir, sessions_dir, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
    rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 7)
    prompts = load_prompts(prompts_dir)
    os.makedirs(sessions_dir, exist_ok=True)
    now = datetime.datetime(2026, 11, 26, 8, 0, 0)
    span = 365 * 86400
    seen = set()
    for number in range(count):
        # Spread over the last year, denser recently, oldest first so progress grows with time.
        offset = int(span * (1 - (number + rng.random()) / count))
        started = now - datetime.timedelta(seconds=offset)
        prompt = rng.choice(prompts)
        drill = rng.choice(PHASES) if rng.random() < 0.2 else None
        session = make_session(rng, prompt, started, drill, number / max(1, count - 1), rng.random() < 0.05)
        while session["id"] in seen:
            started += datetime.timedelta(seconds=1)
            session["id"] = started.strftime("%Y%m%d-%H%M%S") + "-" + prompt["id"]
        seen.add(session["id"])
        with open(os.path.join(sessions_dir, session["id"] + ".json"), "w") as handle:
            json.dump(session, handle, indent=2, sort_keys=True, ensure_ascii=False)


if __name__ == "__main__":
    main()
