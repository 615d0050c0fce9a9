"""A deterministic corpus of news-like articles for the benchmarks and the robustness tests.

Each article recombines paragraphs of the example article
(``examples/ukraine-china-nato.txt``) with paragraphs built from sentence
templates written for this generator (never text of the development set). The
same ``seed`` and ``n`` always give the same articles, byte for byte.

    .venv/bin/python bench/corpus.py 2000 /tmp/corpus.jsonl          # JSON lines
    .venv/bin/python bench/corpus.py 200 /tmp/corpus --txt           # one .txt file per article

From Python: ``articles(n, seed=...)`` yields records (``id``, ``title``,
``date``, ``text``); ``write_jsonl`` and ``write_txt`` write them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = ROOT / "examples" / "ukraine-china-nato.txt"
DEFAULT_SEED = 20220309

# Actors the templates draw from: (name as written, adjective/demonym form).
ACTORS = [
    ("China", "Chinese"),
    ("Russia", "Russian"),
    ("Ukraine", "Ukrainian"),
    ("the United States", "American"),
    ("France", "French"),
    ("Germany", "German"),
    ("Japan", "Japanese"),
    ("India", "Indian"),
    ("Turkey", "Turkish"),
    ("Iran", "Iranian"),
    ("Brazil", "Brazilian"),
    ("Poland", "Polish"),
    ("Egypt", "Egyptian"),
    ("South Africa", "South African"),
    ("Canada", "Canadian"),
    ("Australia", "Australian"),
]
ORGANISATIONS = ["NATO", "the European Union", "the United Nations", "the African Union", "ASEAN"]
CAPITALS = [
    "Beijing",
    "Moscow",
    "Kyiv",
    "Washington",
    "Paris",
    "Berlin",
    "Tokyo",
    "New Delhi",
    "Ankara",
    "Tehran",
]
TOPICS = [
    "the border dispute",
    "grain exports",
    "the gas pipeline",
    "sanctions",
    "the ceasefire talks",
    "the naval exercises",
    "the trade agreement",
    "the refugee crisis",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

# Sentence templates, written for this generator. {a} and {b} are actors,
# {A} the demonym of {a}, {o} an organisation, {c} a capital, {t} a topic, {d} a weekday.
TEMPLATES = [
    "{a} accused {b} of violating the agreement on {t}.",
    "{a} has refused to condemn {b} over {t}.",
    "Officials in {c} said on {d} that {a} would provide humanitarian aid to {b}.",
    "{A} diplomats met with their counterparts from {b} to discuss {t}.",
    "{a} and {b} held talks on {t} in {c} on {d}.",
    "{o} urged {a} to withdraw its troops from the border with {b}.",
    "{a} threatened to impose new sanctions on {b} if the dispute over {t} continued.",
    "The {A} foreign minister praised {b} for its role in {t}.",
    "{a} did not criticise {b} for its handling of {t}.",
    "{a} signed an agreement with {b} on {t} on {d}.",
    "{A} forces attacked positions held by {b} near the border, officials said.",
    "{b} was criticised by {a} for delaying {t}.",
    "{o} called on {a} and {b} to return to negotiations.",
    "{a} expelled two diplomats from {b} on {d}, citing {t}.",
    "Leaders of {a} welcomed the decision of {o} on {t}.",
    "{a} has asked {b} to respect its security concerns.",
    "Analysts in {c} expect {a} to increase its purchases of energy from {b}.",
    "{a} rejected the proposal by {b} on {t}.",
]
TITLES = [
    "{a} and {b} clash over {t}",
    "{A} officials meet envoys from {b}",
    "{o} weighs response to {t}",
    "Tensions rise between {a} and {b}",
    "{a} offers support to {b} amid {t}",
]


def seed_paragraphs() -> list[str]:
    """The paragraphs of the example article that are prose (not header lines)."""
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    return [p.strip() for p in text.split("\n\n") if len(p.split()) >= 12]


def _fill(template: str, rng: random.Random) -> str:
    (a, adj_a), (b, _adj_b) = rng.sample(ACTORS, 2)
    text = template.format(
        a=a,
        b=b,
        A=adj_a,
        o=rng.choice(ORGANISATIONS),
        c=rng.choice(CAPITALS),
        t=rng.choice(TOPICS),
        d=rng.choice(DAYS),
    )
    return text[0].upper() + text[1:]


def articles(
    n: int, *, seed: int = DEFAULT_SEED, min_paragraphs: int = 3, max_paragraphs: int = 7
) -> Iterator[dict]:
    """``n`` article records with ``id``, ``title``, ``date`` and ``text``, the same for the same seed."""
    rng = random.Random(seed)
    pool = seed_paragraphs()
    start = dt.date(2022, 1, 1)
    for i in range(n):
        title = _fill(rng.choice(TITLES), rng)
        date = start + dt.timedelta(days=rng.randrange(730))
        paragraphs = []
        for _ in range(rng.randint(min_paragraphs, max_paragraphs)):
            if rng.random() < 0.35:
                paragraphs.append(rng.choice(pool))
            else:
                paragraphs.append(
                    " ".join(_fill(rng.choice(TEMPLATES), rng) for _ in range(rng.randint(2, 3)))
                )
        dateline = f"Updated: {date.strftime('%b %d, %Y')}"
        yield {
            "id": f"bench-{seed}-{i:07d}",
            "title": title,
            "date": date.isoformat(),
            "text": "\n\n".join([title, dateline, *paragraphs]) + "\n",
        }


def write_jsonl(path: str | Path, n: int, *, seed: int = DEFAULT_SEED) -> Path:
    """Write ``n`` articles as JSON lines; returns the path."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as file:
        for record in articles(n, seed=seed):
            file.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def write_txt(folder: str | Path, n: int, *, seed: int = DEFAULT_SEED) -> list[Path]:
    """Write ``n`` articles as ``.txt`` files (title line first) into ``folder``."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, record in enumerate(articles(n, seed=seed)):
        path = folder / f"article-{i:07d}.txt"
        path.write_text(record["text"], encoding="utf-8")
        out.append(path)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", type=Path, help="output .jsonl file (or folder with --txt)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
    parser.add_argument("--txt", action="store_true", help="write one .txt file per article into OUT")
    args = parser.parse_args()
    if args.txt:
        write_txt(args.out, args.n, seed=args.seed)
    else:
        write_jsonl(args.out, args.n, seed=args.seed)
    print(f"wrote {args.n} articles to {args.out}")


if __name__ == "__main__":
    main()
