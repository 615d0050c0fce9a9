#!/usr/bin/env python3
"""Sanity checks for bench/tuning3: valid JSON, triple ends are actor keys, sentences occur
verbatim in the text, aliases occur in the text, no normalised alias is shared by two actors."""

import glob
import json
import os
import re
import sys

here = os.path.dirname(os.path.abspath(__file__))
bad = 0


def norm(s):
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"^the\s+", "", s)
    return re.sub(r"[^\w\s-]", "", s).strip()


for f in sorted(glob.glob(os.path.join(here, "tuning3-*.json"))):
    with open(f, encoding="utf-8") as handle:
        d = json.load(handle)
    text, actors = d["text"], d["actors"]
    owner = {}
    for name, a in actors.items():
        for al in a["aliases"]:
            if al.lower() not in text.lower():
                print(f"{d['id']}: alias not in text: {name} / {al}")
                bad += 1
        for al in [name] + a["aliases"]:
            n = norm(al)
            if n in owner and owner[n] != name:
                print(f"{d['id']}: alias {al!r} shared by {owner[n]} and {name}")
                bad += 1
            owner[n] = name
    for t in d["triples"]:
        for k in ("subject", "object"):
            if t[k] not in actors:
                print(f"{d['id']}: {k} {t[k]!r} not an actor")
                bad += 1
        if t["sentence"] not in text:
            print(f"{d['id']}: sentence not in text: {t['sentence'][:60]}")
            bad += 1
        if not re.fullmatch(r"\d\d", t["cameo"]):
            print(f"{d['id']}: bad cameo {t['cameo']}")
            bad += 1
    print(
        f"{d['id']}: {len(text.split())} words, {len(d['triples'])} triples, "
        f"{sum(t['essential'] for t in d['triples'])} essential"
    )
print("OK" if not bad else f"{bad} problems")
sys.exit(1 if bad else 0)
