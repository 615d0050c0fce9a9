"""Sanity checks for a folder of gold files in the devset's schema.

    python bench/check_gold.py bench/tuning3 bench/unseen3 [--words 220-380]

Checks that every file is valid JSON with the devset fields, that every triple's subject and object are
keys of "actors", that every "sentence" occurs verbatim in "text", that aliases occur in the text and
belong to one actor only, and that the flags and cameo codes are well formed; with ``--words``, that each
text's length is in that range. Exits 1 when anything is wrong.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

FIELDS = {"id", "title", "source_url", "publisher", "date", "license", "text", "actors", "triples"}
TRIPLE_FIELDS = {"subject", "relation", "object", "cameo", "negated", "essential", "sentence"}


def norm(name: str) -> str:
    s = name.lower().replace("’", "'")
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"[^a-z0-9 ]+", " ", s)
    return " ".join(t for t in s.split() if t != "the")


def check_file(path: Path, words: tuple[int, ...] | None) -> tuple[list[str], list[dict]]:
    """(the problems of one gold file, its triples)."""
    errors: list[str] = []
    try:
        with open(path, encoding="utf-8") as fh:
            doc = json.load(fh)
    except (OSError, json.JSONDecodeError) as exc:
        return [f"{path.name}: cannot load JSON: {exc}"], []
    missing = FIELDS - doc.keys()
    if missing:
        return [f"{path.name}: missing fields {sorted(missing)}"], []
    text, actors = doc["text"], doc["actors"]
    n_words = len(text.split())
    if words is not None and not words[0] <= n_words <= words[1]:
        errors.append(f"{path.name}: {n_words} words (expected {words[0]}-{words[1]})")
    owner: dict[str, str] = {}
    for name, info in actors.items():
        for alias in info.get("aliases") or []:
            if alias.lower() not in text.lower():
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
    return errors, doc["triples"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--words", help="the range of a text's length in words, as MIN-MAX")
    args = parser.parse_args()
    words = tuple(int(n) for n in args.words.split("-")) if args.words else None
    problems = 0
    for folder in args.folders:
        files = sorted(folder.glob("*.json"))
        errors: list[str] = []
        triples: list[dict] = []
        for path in files:
            found, read = check_file(path, words)
            errors.extend(found)
            triples.extend(read)
        for err in errors:
            print(f"{folder}: {err}")
        essential = sum(1 for t in triples if t.get("essential"))
        counts = f"{len(files)} files, {len(triples)} triples ({essential} essential)"
        print(f"{folder}: {counts}, {len(errors)} problems")
        problems += len(errors)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
