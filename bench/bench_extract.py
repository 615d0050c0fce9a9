"""Benchmark: what extraction and actor resolution add to spaCy's own parse time.

Builds a deterministic corpus (default 240 articles) from paragraphs of the example
article (``examples/ukraine-china-nato.txt``) and from sentences written for this
benchmark (wire-news and readout style, filled with states and invented officials),
recombined with a fixed seed. Then, in one run and on the same texts, it times

* ``parse``: :func:`kg.nlp.pipe` alone (spaCy's pipeline, batched), over the corpus;
* ``parse + extract``: one pass of the same pipe with :func:`kg.extract.extract` on
  every article as it comes; the time inside ``extract`` is the extraction, the rest
  of the pass is the parse, so both are measured under the same load,

and prints the times and the ratio ``extract / parse`` (the issue asks for at most
0.15): the median over ``--rounds`` passes, each pass's ratio listed too; and, with
``--extract-only N``, the extraction alone over texts parsed once, N passes (its best is the
figure a noisy machine disturbs least, to compare two versions of the extractor).

    .venv/bin/python bench/bench_extract.py [--articles 240] [--seed 7] [--rounds 3]
        [--extract-only N] [--profile]
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from pathlib import Path

from kg.extract import extract
from kg.nlp import load, pipe
from kg.types import Article

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = ROOT / "examples" / "ukraine-china-nato.txt"

# (name, demonym, capital) of the states the sentences are filled with.
STATES = [
    ("Canada", "Canadian", "Ottawa"),
    ("Brazil", "Brazilian", "Brasilia"),
    ("India", "Indian", "New Delhi"),
    ("Ghana", "Ghanaian", "Accra"),
    ("Kenya", "Kenyan", "Nairobi"),
    ("Romania", "Romanian", "Bucharest"),
    ("Egypt", "Egyptian", "Cairo"),
    ("Vietnam", "Vietnamese", "Hanoi"),
    ("Mexico", "Mexican", "Mexico City"),
    ("Norway", "Norwegian", "Oslo"),
    ("Indonesia", "Indonesian", "Jakarta"),
    ("Argentina", "Argentine", "Buenos Aires"),
    ("Morocco", "Moroccan", "Rabat"),
    ("Chile", "Chilean", "Santiago"),
]
# Invented officials: (name, role).
OFFICIALS = [
    ("Elena Marquez", "Foreign Minister"),
    ("Tomas Berg", "Defence Minister"),
    ("Amina Okafor", "Prime Minister"),
    ("Kenji Arata", "Trade Minister"),
    ("Lucia Ferreira", "President"),
    ("Pavel Novak", "Ambassador"),
    ("Sara Haddad", "Foreign Ministry spokeswoman"),
]
ORGS = ["the Arab League", "Mercosur", "ECOWAS", "the African Union", "ASEAN", "the G20"]

# Sentences written for this benchmark. {A}/{B}/{C}: states; {a}/{b}: their demonyms;
# {cap}: A's capital; {P}/{Q}: officials with their roles; {O}: an organisation.
SENTENCES = [
    "{A} accused {B} of violating the ceasefire along their shared border.",
    "{A} and {B} agreed to resume talks on a new trade agreement next month.",
    "{P} of {A} met {Q} of {B} in {cap} on Tuesday to discuss energy security.",
    "The two ministers also talked about plans for a summit later this year.",
    "{cap} has declined to criticise the {b} military buildup near the frontier.",
    "{A} urged {B} to release the detained journalists and to respect international law.",
    "{O} called on both sides to exercise restraint and return to negotiations.",
    "The {a} foreign ministry said in a written note that it was deeply concerned about {B}'s missile tests.",
    "{A} will provide humanitarian assistance worth $20 million to {C}, officials said.",
    "{B}'s attack on a {c} patrol boat drew protests from {cap}.",
    "The invasion of {C} by {B} was condemned by {O}.",
    "{P} told reporters that {B} should withdraw its troops immediately.",
    "{A} did not sign the declaration, and {B} declined to comment.",
    "{A}, {B}'s biggest trading partner, voiced regret about the decision.",
    "Talks between {A} and {C} have stalled since the spring.",
    "{A} imposed new sanctions on {B} after the vote, according to {O}.",
    "{Q} said {B} was ready to deepen cooperation with {A} on climate and health.",
    "{a} and {b} troops held joint exercises near the coast last week.",
    "{A} expressed support for the mediation efforts led by {O}.",
    "Officials in {cap} warned that any incursion would be met with a firm response.",
    "{P} thanked {Q} for the invitation and reaffirmed {A}'s commitment to the partnership.",
    "{A} could impose tariffs on {b} steel if the negotiations fail.",
    "The {b}-backed militia seized two towns from government forces in {C}.",
    "{A} recalled its ambassador from {B} in protest at the expulsion of three diplomats.",
    "Both countries pledged to work together on maritime security.",
    "{O} welcomed the decision by {A} and {B} to reopen their embassies.",
]
TITLES = [
    "{A} Accuses {B} of Border Violations",
    "Readout of {P}'s Meeting with {Q}",
    "{A} and {B} agree to resume talks",
    "Statement by {P} on the Situation in {C}",
    "{O} calls for restraint as tensions rise between {A} and {B}",
]


def _fill(template: str, rng: random.Random) -> str:
    a, b, c = rng.sample(STATES, 3)
    p, q = rng.sample(OFFICIALS, 2)
    return template.format(
        A=a[0],
        B=b[0],
        C=c[0],
        a=a[1],
        b=b[1],
        c=c[1],
        cap=a[2],
        P=f"{p[1]} {p[0]}",
        Q=f"{q[1]} {q[0]}",
        O=rng.choice(ORGS),
    )


def corpus(n: int, *, seed: int) -> list[Article]:
    """``n`` articles, the same for the same seed."""
    rng = random.Random(seed)
    paragraphs = [p.strip() for p in SEED_ARTICLE.read_text(encoding="utf-8").split("\n\n") if p.strip()]
    out = []
    for i in range(n):
        title = _fill(rng.choice(TITLES), rng)
        parts = []
        for _ in range(rng.randint(5, 9)):
            if rng.random() < 0.35:
                parts.append(rng.choice(paragraphs))
            else:
                parts.append(" ".join(_fill(rng.choice(SENTENCES), rng) for _ in range(rng.randint(1, 3))))
        text = title + "\n\n" + "\n\n".join(parts) + "\n"
        out.append(Article(id=f"bench-{i}", text=text, title=title))
    return out


def _measure(articles: list[Article]) -> tuple[float, float, int]:
    """One pass of the pipe with extraction: (parse seconds, extract seconds, statements).

    The time spent inside :func:`kg.extract.extract` is the extraction; the rest of the
    pass is spaCy's parse. Both come from the same pass, under the same load.
    """
    extract_s = 0.0
    statements = 0
    start = time.perf_counter()
    for article, docs in pipe(articles):
        before = time.perf_counter()
        statements += len(extract(article, docs))
        extract_s += time.perf_counter() - before
    total = time.perf_counter() - start
    return total - extract_s, extract_s, statements


def _time_parse_alone(articles: list[Article]) -> float:
    start = time.perf_counter()
    for _ in pipe(articles):
        pass
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=240, help="number of articles (at least 200)")
    parser.add_argument("--seed", type=int, default=7, help="seed of the corpus")
    parser.add_argument("--rounds", type=int, default=3, help="rounds; the best of each is reported")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one extraction pass")
    parser.add_argument(
        "--extract-only",
        type=int,
        default=0,
        metavar="N",
        help="also parse once and time N passes of extraction alone over the parsed texts",
    )
    args = parser.parse_args()

    articles = corpus(args.articles, seed=args.seed)
    words = sum(len(a.text.split()) for a in articles)
    nlp = load()
    list(pipe(articles[:8], nlp=nlp))  # warm up the model
    runs = []
    alone = []
    for _ in range(max(1, args.rounds)):
        alone.append(_time_parse_alone(articles))
        runs.append(_measure(articles))
    ratios = [extract_s / parse_s for parse_s, extract_s, _ in runs]
    parse_s, extract_s, statements = runs[ratios.index(statistics.median_low(ratios))]
    print(f"corpus: {len(articles)} articles, {words} words, {statements} statements")
    print(f"parse (nlp.pipe alone):          {min(alone):8.2f} s   (best of {len(alone)})")
    print(f"parse + extract in one pass:     {parse_s:8.2f} s + {extract_s:.2f} s")
    ratio = extract_s / parse_s
    print(f"ratio extract / parse:           {ratio:8.3f}   (median of {len(runs)} passes; target <= 0.15)")
    print("ratios of the passes:            " + ", ".join(f"{r:.3f}" for r in ratios))
    if args.extract_only > 0:
        # the extractor's own time, away from the parse's noise: the same parsed texts each pass
        parsed = list(pipe(articles, nlp=nlp))
        passes = []
        for _ in range(args.extract_only):
            start = time.perf_counter()
            for article, docs in parsed:
                extract(article, docs)
            passes.append(time.perf_counter() - start)
        print(
            f"extraction alone, parsed once:   {min(passes):8.2f} s   (best of {len(passes)}; "
            f"median {statistics.median(passes):.2f} s)"
        )
    if args.profile:
        import cProfile
        import pstats

        parsed = list(pipe(articles))
        profile = cProfile.Profile()
        profile.enable()
        for article, docs in parsed:
            extract(article, docs)
        profile.disable()
        pstats.Stats(profile).sort_stats("cumulative").print_stats(25)


if __name__ == "__main__":
    main()
