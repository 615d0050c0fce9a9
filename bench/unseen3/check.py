"""Sanity checks for the held-out bench/unseen3 gold files.

Run from /work/main:  python bench/unseen3/check.py
Checks that every file is valid JSON with the devset fields, that every triple's subject and object are keys
of "actors", that every "sentence" occurs verbatim in "text", that aliases occur in the text and belong to
one actor only, and that the flags and cameo codes are well formed.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FIELDS = {"id", "title", "source_url", "publisher", "date", "license", "text", "actors", "triples"}
TRIPLE_FIELDS = {"subject", "relation", "object", "cameo", "negated", "essential", "sentence"}


def norm(name: str) -> str:
    s = name.lower().replace("’", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    return " ".join(t for t in s.split() if t != "the")


def check_file(path: Path) -> list[str]:
    errors: list[str] = []
    try:
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
    except (OSError, json.JSONDecodeError) as exc:
        return [f"{path.name}: cannot load JSON: {exc}"]
    missing = FIELDS - doc.keys()
    if missing:
        errors.append(f"{path.name}: missing fields {sorted(missing)}")
        return errors
    text, actors = doc["text"], doc["actors"]
    n_words = len(text.split())
    if not 220 <= n_words <= 380:
        errors.append(f"{path.name}: {n_words} words (expected 220-380)")
    owner: dict[str, str] = {}
    for name, info in actors.items():
        for alias in info.get("aliases") or []:
            if alias not in text:
                errors.append(f"{path.name}: alias {alias!r} of {name!r} not in text")
        for form in [name, *(info.get("aliases") or [])]:
            key = norm(form)
            if key in owner and owner[key] != name:
                errors.append(f"{path.name}: {form!r} belongs to {owner[key]!r} and {name!r}")
            owner.setdefault(key, name)
    for i, t in enumerate(doc["triples"]):
        where = f"{path.name} triple {i}"
        if set(t) != TRIPLE_FIELDS:
            errors.append(f"{where}: fields {sorted(t)}")
            continue
        for end in ("subject", "object"):
            if t[end] not in actors:
                errors.append(f"{where}: {end} {t[end]!r} is not a key of actors")
        if t["sentence"] not in text:
            errors.append(f"{where}: sentence not found verbatim in text")
        if not re.fullmatch(r"\d\d", str(t["cameo"])):
            errors.append(f"{where}: cameo {t['cameo']!r} is not a 2-digit root")
        if not isinstance(t["negated"], bool) or not isinstance(t["essential"], bool):
            errors.append(f"{where}: negated/essential must be booleans")
    return errors


def main() -> int:
    files = sorted(HERE.glob("unseen3-*.json"))
    errors: list[str] = []
    total = essential = 0
    for path in files:
        errors.extend(check_file(path))
        with open(path, encoding="utf-8") as fh:
            triples = json.load(fh).get("triples", [])
        total += len(triples)
        essential += sum(1 for t in triples if t.get("essential"))
    for err in errors:
        print(err)
    print(f"{len(files)} files, {total} triples ({essential} essential), {len(errors)} problems")
    return 1 if errors or len(files) != 12 else 0


if __name__ == "__main__":
    sys.exit(main())
