#!/usr/bin/env python3
"""Error table of an extraction run against a gold file, by cause.

usage: dev-errors.py GOLD.json EXPORT.json SCORE_EVENTS.py [--list]

Uses score_events.py's own matching (strict), then explains each core gold event
it leaves unmatched by the system events whose quote comes from the gold's article
and shares most words with its evidence:
  no trigger       no system event quotes the gold sentence
  wrong type       an event quotes it, with the date and actors or places right, another type
  wrong date       an event quotes it, its date is outside the gold's
  actor/place      an event quotes it with the right date, but no actor or place of the gold
  taken            a right event exists but the one-to-one matching gave it to another gold event
and each unmatched system event as
  split            it would match a gold event already matched (a duplicate)
  spurious         it matches no gold event at all.
"""
import importlib.util
import json
import sys
from collections import Counter


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("score_events", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) < 3:
        print(__doc__)
        return 2
    se = load_scorer(args[2])
    golds = se.load_gold(args[0])
    export = json.load(open(args[1], encoding="utf-8"))
    arts = {a["id"]: a.get("file", "").split("/")[-1] for a in export.get("articles", [])}
    syss = export.get("events", [])
    adj, match = se.max_matching(golds, syss, True, arts)
    words = lambda t: set(se.fold(t).split())

    def quoting(gold):
        """System events quoting the gold's sentence (from its article), best overlap first."""
        found = []
        for s in syss:
            for src in s.get("sources") or []:
                for gs in gold["sources"]:
                    if arts.get(src.get("article")) != gs["article"]:
                        continue
                    ev, q = words(gs["evidence"]), words(src.get("quote", ""))
                    if ev and len(ev & q) / len(ev) >= 0.5:
                        found.append((len(ev & q) / len(ev | q), s))
        return [s for _, s in sorted(found, key=lambda x: -x[0])]

    causes, rows = Counter(), []
    for i, g in enumerate(golds):
        if not g.get("core", True) or i in match:
            continue
        if adj[i]:
            cause = "taken"
        else:
            cands = quoting(g)
            if not cands:
                cause = "no trigger"
            elif any(se.date_ok(s, g) and (se.place_ok(s, g) or se.actor_ok(s, g)) for s in cands):
                cause = "wrong type"
            elif not any(se.date_ok(s, g) for s in cands):
                cause = "wrong date"
            else:
                cause = "actor/place"
        causes[cause] += 1
        rows.append((cause, g["id"], g["type"], g["date"], g["sources"][0]["evidence"][:110]))
    matched = set(match.values())
    for j, s in enumerate(syss):
        if j in matched:
            continue
        cause = "split" if any(j in a for a in adj) else "spurious"
        causes[cause] += 1
        quote = (s.get("sources") or [{}])[0].get("quote", "")
        rows.append((cause, s.get("title", ""), s.get("type"), s.get("start"), quote[:110]))
    core = sum(1 for g in golds if g.get("core", True))
    print(f"core gold {core}, matched core {sum(1 for i in match if golds[i].get('core', True))}, system {len(syss)}")
    for cause in ("no trigger", "wrong type", "wrong date", "actor/place", "taken", "split", "spurious"):
        print(f"  {cause:12} {causes[cause]}")
    if "--list" in argv:
        for row in sorted(rows):
            print(" | ".join(str(x) for x in row))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
