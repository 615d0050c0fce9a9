"""Tests for kg.ingest: every input kind and every kind of bad input.

All input is written by the tests themselves into ``tmp_path`` (or given as a
BytesIO for stdin); the only file read from the repository is the seed article.
"""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import hashlib
import io
import json
import os
import random
import shutil
import threading
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.ingest import (
    DATELINE_WINDOW,
    Skipped,
    article_from_html,
    article_from_text,
    clean_text,
    decode_bytes,
    detect_title,
    find_dateline,
    parse_date,
    parse_html,
    read_articles,
)
from kg.types import Article

SEED = Path(__file__).resolve().parent.parent / "examples" / "ukraine-china-nato.txt"

BODY = (
    "Delegates from Norway and Chile met in Oslo on Tuesday to discuss fishing quotas.\n\n"
    "The Chilean minister said the talks had gone well and that both sides would meet again."
)


class Run:
    """The articles, skips and warnings of one read_articles call."""

    def __init__(self, paths: list[str | Path], **options: object) -> None:
        self.skips: list[Skipped] = []
        self.warnings: list[tuple[str, str]] = []
        self.articles: list[Article] = list(
            read_articles(
                paths,
                on_skip=self.skips.append,
                on_warning=lambda source, message: self.warnings.append((source, message)),
                **options,
            )
        )

    @property
    def only(self) -> Article:
        assert len(self.articles) == 1, (self.articles, self.skips)
        return self.articles[0]

    @property
    def skip(self) -> Skipped:
        assert len(self.skips) == 1, self.skips
        return self.skips[0]


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------------------
# The seed article
# ---------------------------------------------------------------------------


def test_seed_article_title_date_id_and_exact_text() -> None:
    run = Run([SEED])
    article = run.only
    assert article.title == "Ukraine crisis: China accuses NATO of pushing Russia to 'breaking point'"
    assert article.date == "2022-03-09"
    assert article.id == SEED.as_posix()
    assert article.source == SEED.as_posix()
    assert article.text == SEED.read_text(encoding="utf-8")
    assert run.skips == [] and run.warnings == []


def test_relative_path_gives_relative_posix_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path / "news" / "a.txt", BODY)
    monkeypatch.chdir(tmp_path)
    assert Run(["news/a.txt"]).only.id == "news/a.txt"
    assert Run(["./news/a.txt"]).only.id == "news/a.txt"
    assert [a.id for a in Run(["news"]).articles] == ["news/a.txt"]


# ---------------------------------------------------------------------------
# Plain text: titles
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Talks resume in Geneva\n\nThe two delegations met on Monday.", "Talks resume in Geneva"),
        ("Talks resume in Geneva\nThe two delegations met on Monday.", "Talks resume in Geneva"),
        ("\n\n  Fishing talks in Oslo  \n\nThe delegates met.", "Fishing talks in Oslo"),
        ("Will the truce hold?\n\nNobody in the capital is sure.", "Will the truce hold?"),
        ("# Ceasefire holds in the north\n\nThe guns were silent.", "Ceasefire holds in the north"),
        ("Trade envoy flies to the U.S.\n\nShe lands on Friday.", "Trade envoy flies to the U.S."),
        # a sentence, not a title
        ("The delegations met in Geneva on Monday.\n\nThey talked.", None),
        ("In Geneva, on Monday:\n\nThey talked.", None),
        # one line only, or nothing after it
        ("A single line without a newline", None),
        ("Talks resume in Geneva\n\n   \n", None),
        # datelines and bylines
        ("Updated: Mar 09, 2022, 03:35 PM IST\n\nThe ministers met.", None),
        ("March 9, 2022\n\nThe ministers met.", None),
        ("GENEVA, Aug. 26, 2008 —\n\nThe ministers met.", None),
        ("By Jane Roe\n\nThe ministers met.", None),
        # a hard-wrapped sentence going on in lower case
        ("The two delegations met in Geneva on Monday and\nagreed to resume the talks.", None),
        # too long to be a title
        (" ".join(["word"] * 40) + "\n\nBody text.", None),
        ("x" * 201 + "\n\nBody text.", None),
        ("2022 12 31\n\nNo letters in the first line.", None),
    ],
)
def test_detect_title(text: str, title: str | None) -> None:
    assert detect_title(text) == title
    assert article_from_text(text).title == title


def test_title_detection_is_linear_on_odd_text() -> None:
    assert detect_title(" " * 300_000 + "x") is None
    assert detect_title("\n" * 300_000 + "x") is None
    assert detect_title("Title\n" + " " * 300_000) is None


def test_title_argument_wins_and_is_cleaned() -> None:
    article = article_from_text("Talks resume\n\nThey met.", title="  Own\n title\x00 ")
    assert article.title == "Own title"


def test_text_kept_exactly_with_title_line() -> None:
    text = "Talks resume in Geneva\n\n  Indented paragraph,  with  double spaces.\n\tTabbed line.\n"
    article = article_from_text(text, id="x")
    assert article.text == text
    assert article.id == "x"


def test_default_id_is_content_hash() -> None:
    article = article_from_text("Some news.\n")
    assert article.id == "text:" + hashlib.sha256(b"Some news.\n").hexdigest()[:16]
    assert article_from_text("Some news.\n").id == article.id
    assert article_from_text("Other news.\n").id != article.id


@pytest.mark.parametrize("text", ["", " ", "\n\n\t \r\n", "\x00\x00", "\ufeff"])
def test_article_from_empty_text_raises(text: str) -> None:
    with pytest.raises(InputError, match="empty or only whitespace"):
        article_from_text(text, source="some.txt")


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Updated: Mar 09, 2022, 03:35 PM IST", "2022-03-09"),
        ("Beijing, ChinaUpdated: Mar 09, 2022, 03:35 PM IST", "2022-03-09"),
        ("March 9, 2022", "2022-03-09"),
        ("9 March 2022", "2022-03-09"),
        ("2022-03-09", "2022-03-09"),
        ("WASHINGTON, Aug. 26, 2008 — The envoy arrived.", "2008-08-26"),
        ("Jan 25, 2013", "2013-01-25"),
        ("Sept. 5, 2020", "2020-09-05"),
        ("SEPT. 5, 2020", "2020-09-05"),
        ("the 9th of March, 2022", "2022-03-09"),
        ("March 1st 2021", "2021-03-01"),
        ("Wed, 09 Mar 2022 10:00:00 GMT", "2022-03-09"),
        ("2022-03-09T10:35:00+05:30", "2022-03-09"),
        ("2022/03/09", "2022-03-09"),
        ("Posted 29 Feb 2024", "2024-02-29"),
        # not real dates, or not dates at all
        ("Feb 30, 2022", None),
        ("29 Feb 2023", None),
        ("2022-13-01", None),
        ("March 32, 2022", None),
        ("Marching 9, 2022", None),
        ("1200 troops in 2022", None),
        ("03/09/2022", None),
        ("March 9, 1066", None),
        ("", None),
    ],
)
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_earliest_date_wins() -> None:
    assert parse_date("9 March 2022, reported on 2023-01-02") == "2022-03-09"
    assert parse_date("On 2023-01-02 it recalled March 9, 2022") == "2023-01-02"


def test_dateline_only_in_first_600_characters() -> None:
    late = "x" * DATELINE_WINDOW + " March 9, 2022"
    assert find_dateline(late) is None
    assert article_from_text("Title\n\n" + late).date is None
    early = "x" * (DATELINE_WINDOW - 20) + " March 9, 2022 and on"
    assert find_dateline(early) == "2022-03-09"


def test_date_argument_wins_over_dateline() -> None:
    text = "Talks\n\nGENEVA, March 9, 2022 — They met."
    assert article_from_text(text).date == "2022-03-09"
    assert article_from_text(text, date="2021-01-02").date == "2021-01-02"
    assert article_from_text(text, date="2 January 2021").date == "2021-01-02"
    with pytest.raises(InputError, match="cannot read 'next week' as a date"):
        article_from_text(text, date="next week")


MONTH_NAMES = ("January", "February", "March", "April", "May", "June")
MONTH_NAMES += ("July", "August", "September", "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")

DATE_FORMATS = [
    lambda d: f"Updated: {MONTH_NAMES[d.month - 1][:3]} {d.day:02d}, {d.year}, 03:35 PM IST",
    lambda d: f"{MONTH_NAMES[d.month - 1]} {d.day}, {d.year}",
    lambda d: f"{d.day} {MONTH_NAMES[d.month - 1]} {d.year}",
    lambda d: d.isoformat(),
    lambda d: f"WASHINGTON, {AP_MONTHS[d.month - 1]} {d.day}, {d.year} —",
    lambda d: f"{MONTH_NAMES[d.month - 1][:3]} {d.day}, {d.year}",
    lambda d: f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {MONTH_NAMES[d.month - 1][:3]} {d.year} 10:00:00 GMT",
    lambda d: f"{d.isoformat()}T23:59:00Z",
]


@given(
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    style=st.sampled_from(range(len(DATE_FORMATS))),
    lead=st.text(alphabet="ABCDEFGHIJ klmnop,", max_size=80),
)
def test_dateline_round_trip(day: dt.date, style: int, lead: str) -> None:
    dateline = DATE_FORMATS[style](day)
    text = f"Ministers meet in Oslo\n\n{lead}\n{dateline}\n\nThe ministers met for two hours."
    assert find_dateline(text) == day.isoformat()
    assert parse_date(dateline) == day.isoformat()
    assert article_from_text(text).date == day.isoformat()


# ---------------------------------------------------------------------------
# Cleaning
# ---------------------------------------------------------------------------


def test_clean_text() -> None:
    assert clean_text("a\r\nb\rc\n") == "a\nb\nc\n"
    assert clean_text("a\x00b") == "ab"
    assert clean_text("\ufeffStart \ufeff kept") == "Start \ufeff kept"
    # lone surrogates go, a valid pair becomes its character
    assert clean_text("x\udc80y\ud800") == "xy"
    assert clean_text("peace \ud83d\udd4a") == "peace \U0001f54a"


@given(st.text(alphabet=st.characters(exclude_categories=["Cs"], exclude_characters="\r\x00\ufeff")))
def test_clean_text_keeps_everything_else(text: str) -> None:
    assert clean_text(text) == text


@given(st.text())
def test_clean_text_output_is_valid_unicode(text: str) -> None:
    cleaned = clean_text(text)
    cleaned.encode("utf-8")  # raises on a lone surrogate
    assert "\x00" not in cleaned and "\r" not in cleaned


# ---------------------------------------------------------------------------
# Encodings
# ---------------------------------------------------------------------------

MULTILINGUAL = (
    "Talks in Geneva\n\n"
    "Les ministres se sont réunis à Genève pour parler de la paix.\n"
    "Министры встретились в Женеве, чтобы обсудить перемирие.\n"
    "部长们在日内瓦会面,讨论停火问题。\n"
    "وصل الوزراء إلى جنيف صباح الثلاثاء.\n"
    "Peace at last 🕊️🇨🇭 — “quoted” words.\n"
)


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda s: s.encode("utf-8"), id="utf-8"),
        pytest.param(lambda s: codecs.BOM_UTF8 + s.encode("utf-8"), id="utf-8-bom"),
        pytest.param(lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"), id="utf-16-le-bom"),
        pytest.param(lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(lambda s: codecs.BOM_UTF32_LE + s.encode("utf-32-le"), id="utf-32-le-bom"),
        pytest.param(lambda s: codecs.BOM_UTF32_BE + s.encode("utf-32-be"), id="utf-32-be-bom"),
    ],
)
def test_unicode_encodings_read_exactly(tmp_path: Path, encode) -> None:
    path = write(tmp_path / "a.txt", encode(MULTILINGUAL))
    run = Run([path])
    assert run.only.text == MULTILINGUAL
    assert run.only.title == "Talks in Geneva"
    assert run.warnings == [] and run.skips == []


def test_crlf_newlines_normalised(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", MULTILINGUAL.replace("\n", "\r\n"))
    assert Run([path]).only.text == MULTILINGUAL


def test_windows_1252_smart_quotes_decoded_with_warning(tmp_path: Path) -> None:
    text = "Envoys agree on “next steps” – talks resume…\n\nThe café in Genève was full.\n"
    path = write(tmp_path / "legacy.txt", text.encode("cp1252"))
    run = Run([path])
    assert run.only.text == text
    assert run.warnings == [(path.as_posix(), "not valid UTF-8; decoded as Windows-1252")]


def test_latin1_fallback_when_not_windows_1252(tmp_path: Path) -> None:
    # 0x81 is undefined in Windows-1252, so only Latin-1 can decode these bytes.
    path = write(tmp_path / "legacy.txt", b"Caf\xe9 talks \x81 resumed in Gen\xe8ve on Monday.\n")
    run = Run([path])
    assert run.only.text == "Café talks \x81 resumed in Genève on Monday.\n"
    assert "Latin-1" in run.warnings[0][1]


def test_mostly_utf8_with_a_bad_byte_keeps_utf8(tmp_path: Path) -> None:
    data = "Les ministres à Genève, «enfin».\n".encode() + b"\xff" + b" Fin.\n"
    run = Run([write(tmp_path / "a.txt", data)])
    assert run.only.text == "Les ministres à Genève, «enfin».\n\ufffd Fin.\n"
    assert "replaced by U+FFFD" in run.warnings[0][1]


def test_invalid_utf8_never_yields_surrogates(tmp_path: Path) -> None:
    raw = "Talks about \udce9 and \udcff resumed on Monday.\n".encode("utf-8", "surrogateescape")
    encoded_surrogate = b"A lone \xed\xa0\x80 encoded surrogate in the text.\n"
    run = Run([write(tmp_path / "a.txt", raw), write(tmp_path / "b.txt", encoded_surrogate)])
    assert len(run.articles) == 2
    for article in run.articles:
        article.text.encode("utf-8")
    assert len(run.warnings) == 2


def test_utf16_without_bom_is_guessed_with_warning(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", BODY.encode("utf-16-le"))
    run = Run([path])
    assert run.only.text == BODY
    assert "no byte-order mark" in run.warnings[0][1]


def test_nul_in_text_is_removed(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", BODY[:40] + "\x00" + BODY[40:])
    assert Run([path]).only.text == BODY


def test_decode_bytes_reports_encoding() -> None:
    assert decode_bytes(b"plain").encoding == "utf-8"
    assert decode_bytes(codecs.BOM_UTF16_BE + "x".encode("utf-16-be")).encoding == "utf-16-be"
    with pytest.raises(InputError, match="not valid UTF-16-LE"):
        decode_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8", source="s")


# ---------------------------------------------------------------------------
# Binary and empty input
# ---------------------------------------------------------------------------


def _zip_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("story.txt", BODY)
    return buffer.getvalue()


BINARIES = {
    "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01",
    "gzip": gzip.compress(BODY.encode()),
    "zip": _zip_bytes(),
    "pdf": b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + BODY.encode(),
    "random": random.Random(20240501).randbytes(4096),
    "nul-not-utf8": b"Talks \xe9 resumed in Oslo. " * 50 + b"\x00" + b"More talks." * 50,
    "controls-utf8": ("\x01\x02\x03\x04 ab " * 200).encode(),
    "controls-legacy": (b"\x01\x02\x03\xe9\x05 talk " * 200),
}


@pytest.mark.parametrize("name", sorted(BINARIES))
def test_binary_files_are_skipped(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / f"{name}.txt", BINARIES[name])
    run = Run([path])
    assert run.articles == []
    assert run.skip.source == path.as_posix()
    assert "binary" in run.skip.reason
    assert run.warnings == []


def test_binary_kind_is_named(tmp_path: Path) -> None:
    run = Run([write(tmp_path / "p.txt", BINARIES["png"]), write(tmp_path / "g.txt", BINARIES["gzip"])])
    assert [skip.reason for skip in run.skips] == [
        "binary file (PNG image), not text",
        "binary file (gzip archive), not text",
    ]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\r\n   \n", "no text (empty or only whitespace)"),
        (codecs.BOM_UTF8, "no text (empty or only whitespace)"),
        (codecs.BOM_UTF16_LE + " \n".encode("utf-16-le"), "no text (empty or only whitespace)"),
    ],
)
def test_empty_and_whitespace_files_are_skipped(tmp_path: Path, data: bytes, reason: str) -> None:
    run = Run([write(tmp_path / "e.txt", data)])
    assert run.articles == []
    assert run.skip.reason == reason


# ---------------------------------------------------------------------------
# Size limit
# ---------------------------------------------------------------------------


def test_200_mb_file_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as file:  # sparse: takes no disk space
        file.truncate(200 * 1024 * 1024)
    tracemalloc.start()
    try:
        run = Run([path, write(tmp_path / "small.txt", BODY)])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [a.id for a in run.articles] == [(tmp_path / "small.txt").as_posix()]
    assert run.skip.source == path.as_posix()
    assert "209,715,200 bytes" in run.skip.reason
    assert "limit of 50,000,000 bytes" in run.skip.reason
    assert peak < 5_000_000


def test_max_bytes_boundary(tmp_path: Path) -> None:
    exact = write(tmp_path / "exact.txt", "x" * 99 + "\n")
    over = write(tmp_path / "over.txt", "x" * 100 + "\n")
    run = Run([exact, over], max_bytes=100)
    assert [a.id for a in run.articles] == [exact.as_posix()]
    assert run.skip.source == over.as_posix()
    assert "limit of 100 bytes" in run.skip.reason


def test_bad_options_raise_at_once() -> None:
    with pytest.raises(InputError, match="--date"):
        read_articles(["nothing-read-yet"], date="someday")
    with pytest.raises(InputError, match="--max-bytes"):
        read_articles(["nothing-read-yet"], max_bytes=0)


def test_date_option(tmp_path: Path) -> None:
    undated = write(tmp_path / "a.txt", BODY)
    dated = write(tmp_path / "b.txt", "Talks\n\nOSLO, 3 May 2019 — " + BODY)
    run = Run([undated, dated], date="March 9, 2022")
    assert [a.date for a in run.articles] == ["2022-03-09", "2022-03-09"]
    assert [a.date for a in Run([undated, dated]).articles] == [None, "2019-05-03"]


# ---------------------------------------------------------------------------
# Unreadable input
# ---------------------------------------------------------------------------


def test_missing_path_is_skipped(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", BODY)
    run = Run([tmp_path / "missing.txt", good])
    assert run.skip == Skipped((tmp_path / "missing.txt").as_posix(), "No such file or directory")
    assert len(run.articles) == 1


def test_path_through_a_file_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", BODY)
    run = Run([tmp_path / "a.txt" / "b.txt"])
    assert run.skip == Skipped((tmp_path / "a.txt" / "b.txt").as_posix(), "Not a directory")


def test_one_path_and_an_empty_path(tmp_path: Path) -> None:
    path = write(tmp_path / "two  spaces.txt", BODY)
    assert Run(path).only.id == path.as_posix()  # a lone path, not its characters
    assert Run(str(path)).only.id.endswith("/two  spaces.txt")  # the id keeps the name as it is
    assert Run([""]).skip == Skipped("", "an empty path")


def test_broken_symlink_in_folder_is_skipped(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", BODY)
    (tmp_path / "b.txt").symlink_to(tmp_path / "gone.txt")
    (tmp_path / "c.png").symlink_to(tmp_path / "gone.png")  # not an article suffix: quiet
    run = Run([tmp_path])
    assert len(run.articles) == 1
    assert run.skip == Skipped((tmp_path / "b.txt").as_posix(), "No such file or directory")


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files without read permission")
def test_unreadable_file_is_skipped(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.txt", BODY)
    path.chmod(0)
    try:
        run = Run([tmp_path])
    finally:
        path.chmod(0o644)
    assert run.skip == Skipped(path.as_posix(), "Permission denied")


def test_folder_vanishing_during_the_walk(tmp_path: Path) -> None:
    write(tmp_path / "a" / "one.txt", BODY)
    write(tmp_path / "b" / "two.txt", BODY)
    skips: list[Skipped] = []
    articles = read_articles([tmp_path], on_skip=skips.append)
    first = next(articles)
    assert first.id == (tmp_path / "a" / "one.txt").as_posix()
    shutil.rmtree(tmp_path / "b")
    assert list(articles) == []
    assert skips == [Skipped((tmp_path / "b").as_posix(), "No such file or directory")]


def test_fifo_in_folder_is_not_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    run = Run([tmp_path])
    assert run.skip == Skipped((tmp_path / "pipe.txt").as_posix(), "not a regular file")


@pytest.mark.parametrize("name", ["piped.txt", "piped.jsonl"])
def test_named_pipe_given_explicitly_is_read(tmp_path: Path, name: str) -> None:
    pipe = tmp_path / name
    os.mkfifo(pipe)
    content = json.dumps({"text": BODY}) if name.endswith("jsonl") else BODY
    writer = threading.Thread(target=pipe.write_text, args=(content,))
    writer.start()
    try:
        run = Run([pipe])
    finally:
        writer.join(timeout=10)
    assert run.only.text == BODY


# ---------------------------------------------------------------------------
# Folders
# ---------------------------------------------------------------------------


def test_folders_recursive_sorted_and_hidden_skipped(tmp_path: Path) -> None:
    for name in ["b.txt", "a.md", "sub/c.text", "sub/deeper/d.htm", ".hidden.txt", ".git/e.txt", "z.csv"]:
        write(tmp_path / name, f"<p>{name} text.</p>" if name.endswith("htm") else f"{name} text.")
    write(tmp_path / "y.jsonl", '{"text": "from jsonl"}\n')
    write(tmp_path / "x.json", '{"text": "from json"}')
    write(tmp_path / "w.ndjson", '{"text": "from ndjson"}\n')
    write(tmp_path / "v.html", "<p>from html</p>")
    write(tmp_path / "picture.png", BINARIES["png"])
    run = Run([tmp_path])
    root = tmp_path.as_posix()
    assert [a.id for a in run.articles] == [
        f"{root}/a.md",
        f"{root}/b.txt",
        f"{root}/sub/c.text",
        f"{root}/sub/deeper/d.htm",
        f"{root}/v.html",
        f"{root}/w.ndjson#1",
        f"{root}/x.json",
        f"{root}/y.jsonl#1",
    ]
    assert run.skips == []  # hidden files and unknown suffixes are passed over quietly
    assert run.articles[3].text == "sub/deeper/d.htm text."


def test_explicit_file_with_other_suffix_is_read_as_text(tmp_path: Path) -> None:
    path = write(tmp_path / "notes.csv", BODY)
    run = Run([path])
    assert run.only.text == BODY
    hidden = write(tmp_path / ".draft", BODY)
    assert Run([hidden]).only.id == hidden.as_posix()


def test_same_file_read_once(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", BODY)
    (tmp_path / "link.txt").symlink_to(path)
    run = Run([tmp_path, path, tmp_path])
    assert [a.id for a in run.articles] == [path.as_posix()]


def test_symlink_loop_terminates(tmp_path: Path) -> None:
    write(tmp_path / "top" / "a.txt", BODY)
    # Two links back to the top: walking them without remembering folders would take 2**40 steps.
    (tmp_path / "top" / "loop").symlink_to(tmp_path / "top")
    (tmp_path / "top" / "again").symlink_to(tmp_path / "top")
    run = Run([tmp_path / "top"])
    assert [a.id for a in run.articles] == [(tmp_path / "top" / "a.txt").as_posix()]
    assert run.skips == []


def test_bad_files_do_not_stop_the_rest(tmp_path: Path) -> None:
    write(tmp_path / "1.txt", BODY)
    write(tmp_path / "2.txt", b"")
    write(tmp_path / "3.txt", BINARIES["gzip"])
    write(tmp_path / "4.json", "{not json")
    write(tmp_path / "5.html", "<script>only()</script>")
    write(tmp_path / "6.txt", BODY + " More.")
    run = Run([tmp_path])
    assert [Path(a.id).name for a in run.articles] == ["1.txt", "6.txt"]
    assert [Path(s.source).name for s in run.skips] == ["2.txt", "3.txt", "4.json", "5.html"]
    assert run.skips[3].reason == "no visible text in the HTML page"


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Fishing talks | The Daily Example</title>
  <meta property="og:title" content="Norway and Chile agree on fishing quotas">
  <meta property="article:published_time" content="2023-06-14T08:30:00+02:00">
  <link rel="canonical" href="https://news.example/fishing-talks">
  <style>p { color: red; } .secret { display: none; }</style>
  <script>var leaked = "<p>SCRIPT TEXT</p>";</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">NAV TEXT</a></nav>
  <header><h1>Site banner</h1><p>HEADER TEXT</p></header>
  <noscript>NOSCRIPT TEXT</noscript>
  <template><p>TEMPLATE TEXT</p></template>
  <div class="promo">PROMO OUTSIDE ARTICLE</div>
  <main>
    <article>
      <h1>Norway and Chile agree</h1>
      <p>Delegates from Norway &amp; Chile met in <b>Oslo</b>
         on Tuesday &mdash; the &ldquo;third round&rdquo;.</p>
      <p>Second paragraph,<br>with a line break.</p>
      <svg><title>SVG TITLE</title><text>SVG TEXT</text></svg>
      <iframe src="x">IFRAME TEXT</iframe>
      <form><label>FORM TEXT</label><button>BUTTON TEXT</button></form>
      <aside>ASIDE TEXT</aside>
      <div hidden>HIDDEN ATTRIBUTE TEXT</div>
      <span style="display: none">STYLE HIDDEN TEXT</span>
      <ul><li>First point</li><li>Second point</ul>
    </article>
  </main>
  <footer>FOOTER TEXT &copy; 2023</footer>
  <script>document.write("LATE SCRIPT")</script>
</body>
</html>
"""


def test_html_visible_article_text_only(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html", PAGE)
    run = Run([path])
    article = run.only
    assert article.text == (
        "Norway and Chile agree\n\n"
        "Delegates from Norway & Chile met in Oslo on Tuesday — the “third round”.\n\n"
        "Second paragraph,\nwith a line break.\n\n"
        "First point\n\n"
        "Second point"
    )
    assert article.title == "Norway and Chile agree on fishing quotas"
    assert article.date == "2023-06-14"
    assert article.url == "https://news.example/fishing-talks"
    assert article.id == path.as_posix()
    assert run.skips == [] and run.warnings == []


def test_html_without_article_drops_the_site_around_the_text() -> None:
    body_only = PAGE
    for tag in ["<main>", "</main>", "<article>", "</article>"]:
        body_only = body_only.replace(tag, "")
    text = parse_html(body_only).text
    assert text.startswith("PROMO OUTSIDE ARTICLE\n\nNorway and Chile agree\n\nDelegates from Norway")
    assert text.endswith("First point\n\nSecond point")
    for hidden in ["NAV", "HEADER", "FOOTER", "SCRIPT", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "FORM"]:
        assert f"{hidden} TEXT" not in text
    assert "Site banner" not in text and "color: red" not in text and "leaked" not in text


def test_html_title_fallbacks() -> None:
    assert parse_html("<title>Only the tab title</title><p>Text.</p>").title == "Only the tab title"
    assert parse_html("<title>Tab</title><h1>The  headline</h1><p>Text.</p>").title == "The headline"
    no_title = parse_html("<p>Just a paragraph.</p>")
    assert no_title.title is None
    # without any title in the markup, the text's own first line may serve
    assert article_from_html("<p>Talks resume</p><p>They met.</p>").title == "Talks resume"


def test_html_dates() -> None:
    timed = "<article><time datetime='2020-02-03T10:00'>3 Feb</time><p>Talks.</p></article>"
    assert parse_html(timed).date == "2020-02-03"
    inside_first = "<time datetime='2001-01-01'>x</time><article><time datetime='2020-02-03'>x</article>"
    assert parse_html(inside_first).date == "2020-02-03"
    dateline = "<p>OSLO, June 14, 2023 — Delegates met.</p>"
    assert article_from_html(dateline).date == "2023-06-14"
    assert article_from_html(dateline, date="2020-01-01").date == "2020-01-01"
    assert article_from_html(timed, date="2020-01-01").date == "2020-02-03"


def test_html_prefers_main_then_body() -> None:
    assert parse_html("<div>Outside</div><main><p>Inside main</p></main>").text == "Inside main"
    assert parse_html("<div>One</div><div>Two<p>Three</p></div>").text == "One\n\nTwo\n\nThree"


def test_html_form_fields_are_not_metadata() -> None:
    markup = '<p>Talks.</p><input name="date" content="2001-01-01"><a name="title" content="No">x</a>'
    page = parse_html(markup)
    assert page.date is None and page.title is None


def test_html_declared_charset(tmp_path: Path) -> None:
    page = '<html><head><meta charset="windows-1252"></head><body><p>“Café” talks</p></body></html>'
    run = Run([write(tmp_path / "p.htm", page.encode("cp1252"))])
    assert run.only.text == "“Café” talks"
    assert run.warnings == []


def test_html_odd_markup_does_not_crash() -> None:
    odd = "<![bogus[ x ]]><p>Kept <b>bold <i>both</b> after</p></i></span><p>Next<!-- comment --> one"
    assert parse_html(odd).text == "Kept bold both after\n\nNext one"


@settings(max_examples=200)
@given(st.text(alphabet=st.sampled_from(list("<>/!-[]=\"' abcpdivhtmlscriptyle&;#x1\n")), max_size=200))
def test_parse_html_never_raises(markup: str) -> None:
    page = parse_html(markup)
    assert "\x00" not in page.text


# ---------------------------------------------------------------------------
# JSON and JSON lines
# ---------------------------------------------------------------------------


def test_json_object(tmp_path: Path) -> None:
    record = {
        "id": "wire-7",
        "title": " Fishing  talks ",
        "text": BODY,
        "date": "June 14, 2023",
        "url": "https://news.example/7",
        "publisher": "Example Wire",
    }
    path = write(tmp_path / "one.json", json.dumps(record))
    article = Run([path]).only
    assert article == Article(
        id="wire-7",
        text=BODY,
        title="Fishing talks",
        date="2023-06-14",
        url="https://news.example/7",
        source=path.as_posix(),
        publisher="Example Wire",
    )


def test_json_list_ids_and_bad_records(tmp_path: Path) -> None:
    records = [
        {"text": "First story."},
        ["not", "an", "object"],
        {"title": "No text here"},
        {"body": "Story in body.", "url": "https://news.example/b"},
        {"content": "Story in content.", "id": 42},
        {"text": 17},
        {"text": "   "},
    ]
    path = write(tmp_path / "many.json", json.dumps(records))
    run = Run([path])
    base = path.as_posix()
    assert [(a.id, a.text) for a in run.articles] == [
        (f"{base}#1", "First story."),
        ("https://news.example/b", "Story in body."),
        ("42", "Story in content."),
    ]
    assert [s.reason for s in run.skips] == [
        "record 2: the record is an array, not an object",
        "record 3: no 'text' field (nor 'body' or 'content')",
        "record 6: 'text' is a number with no text",
        "record 7: 'text' is a string with no text",
    ]


def test_json_fields_of_wrong_type_warned_and_bad_date_falls_back(tmp_path: Path) -> None:
    record = {"text": "OSLO, 3 May 2019 — Talks.", "title": ["x"], "date": "someday"}
    path = write(tmp_path / "r.json", json.dumps(record))
    run = Run([path])
    assert run.only.title is None
    assert run.only.date == "2019-05-03"  # the dateline
    assert Run([path], date="2001-02-03").only.date == "2001-02-03"  # --date before the dateline
    assert [message for _, message in run.warnings] == [
        "'title' is an array, not a string; ignored",
        "cannot read the date 'someday'; ignored",
    ]


def test_json_record_date_wins_over_option(tmp_path: Path) -> None:
    path = write(tmp_path / "r.json", json.dumps({"text": "Talks.", "date": "2019-05-03T00:00:00Z"}))
    assert Run([path], date="2001-02-03").only.date == "2019-05-03"


@pytest.mark.parametrize(
    ("content", "reason", "line"),
    [
        ('{"text": "a",\n "title": }', "malformed JSON: Expecting value (column 11)", 2),
        ("[]", "no records (an empty JSON list)", None),
        ('"just a string"', "JSON is a string, not an object or a list of objects", None),
        ("[" * 100_000 + "]" * 100_000, "JSON nested too deeply", None),
        ("  \n", "no text (empty or only whitespace)", None),
    ],
)
def test_bad_json_files(tmp_path: Path, content: str, reason: str, line: int | None) -> None:
    path = write(tmp_path / "bad.json", content)
    run = Run([path])
    assert run.articles == []
    assert run.skip == Skipped(path.as_posix(), reason, line)


def test_json_file_holding_json_lines(tmp_path: Path) -> None:
    path = write(tmp_path / "lines.json", '{"text": "One."}\n{"text": "Two."}\n')
    assert [a.id for a in Run([path]).articles] == [f"{path.as_posix()}#1", f"{path.as_posix()}#2"]


def test_jsonl_bad_lines_skipped_by_number(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "First story.", "title": "One"}),
        "{malformed",
        "[" * 100_000 + "]" * 100_000,
        json.dumps({"title": "No text"}),
        "",
        json.dumps(["an", "array"]),
        json.dumps({"id": "s-7", "text": "Seventh line story.", "date": "2022-03-09"}),
        "   ",
        json.dumps({"text": "Last story 🕊️ with \u0000 NUL and \ud800 surrogate"}),
    ]
    path = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    run = Run([path])
    assert [(a.id, a.title, a.date) for a in run.articles] == [
        (f"{path.as_posix()}#1", "One", None),
        ("s-7", None, "2022-03-09"),
        (f"{path.as_posix()}#9", None, None),
    ]
    assert run.articles[2].text == "Last story 🕊️ with  NUL and  surrogate"
    assert [(s.line, s.reason.split(":")[0]) for s in run.skips] == [
        (2, "malformed JSON"),
        (3, "JSON nested too deeply"),
        (4, "no 'text' field (nor 'body' or 'content')"),
        (6, "the record is an array, not an object"),
    ]
    assert all(s.source == path.as_posix() for s in run.skips)


def test_jsonl_line_over_limit_skipped_and_rest_read(tmp_path: Path) -> None:
    long_line = json.dumps({"text": "x" * 500})
    path = write(tmp_path / "feed.ndjson", "\n".join([long_line, json.dumps({"text": "Short."})]))
    run = Run([path], max_bytes=200)
    assert [a.text for a in run.articles] == ["Short."]
    assert run.skip.line == 1
    assert run.skip.reason == "line too large: over the limit of 200 bytes (raise --max-bytes to read it)"


def test_jsonl_encodings(tmp_path: Path) -> None:
    content = json.dumps({"text": "Ministres à Genève “enfin”."}, ensure_ascii=False) + "\r\n"
    utf16 = write(tmp_path / "a.jsonl", codecs.BOM_UTF16_LE + (content * 2).encode("utf-16-le"))
    bom8 = write(tmp_path / "b.jsonl", codecs.BOM_UTF8 + content.encode())
    legacy = write(tmp_path / "c.jsonl", (content * 3).encode("cp1252"))
    run = Run([utf16, bom8, legacy])
    assert [a.text for a in run.articles] == ["Ministres à Genève “enfin”."] * 6
    assert run.warnings == [
        (legacy.as_posix(), "line 1 and others like it: not valid UTF-8; decoded as Windows-1252")
    ]


def test_utf16_jsonl_is_read_whole_within_the_limit(tmp_path: Path) -> None:
    lines = json.dumps({"text": "y" * 300}) + "\n" + json.dumps({"text": "Kept."}) + "\n"
    path = write(tmp_path / "wide.jsonl", codecs.BOM_UTF16_BE + lines.encode("utf-16-be"))
    assert [a.id for a in Run([path]).articles] == [f"{path.as_posix()}#1", f"{path.as_posix()}#2"]
    assert Run([path], max_bytes=200).skip.reason.startswith("file too large")
    broken = write(tmp_path / "broken.jsonl", codecs.BOM_UTF16_LE + lines.encode("utf-16-le") + b"\x00\xdc")
    assert Run([broken]).skip.reason == "not valid UTF-16-LE although it starts with that byte-order mark"


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"\n\n  \n", "no records (empty or only blank lines)"),
        (gzip.compress(b'{"text": "x"}\n'), "binary file (gzip archive), not text"),
        (b'{"text": "x"}\x00\n', "binary file (NUL bytes), or UTF-16 without a byte-order mark"),
    ],
)
def test_bad_jsonl_files(tmp_path: Path, data: bytes, reason: str) -> None:
    path = write(tmp_path / "f.jsonl", data)
    run = Run([path])
    assert run.articles == []
    assert run.skip == Skipped(path.as_posix(), reason)


# ---------------------------------------------------------------------------
# stdin
# ---------------------------------------------------------------------------


def test_stdin_text() -> None:
    data = "Talks resume in Oslo\n\nOSLO, June 14, 2023 — Delegates met.\n".encode()
    run = Run(["-"], stdin=io.BytesIO(data))
    article = run.only
    assert article.id == "stdin:" + hashlib.sha256(data).hexdigest()[:16]
    assert article.source == "<stdin>"
    assert article.title == "Talks resume in Oslo"
    assert article.date == "2023-06-14"


def test_stdin_kinds_are_sniffed() -> None:
    lines = b'{"text": "One."}\n{"text": "Two.", "id": "b"}\n'
    run = Run([Path("-")], stdin=io.BytesIO(lines))
    digest = hashlib.sha256(lines).hexdigest()[:16]
    assert [a.id for a in run.articles] == [f"stdin:{digest}#1", "b"]
    assert [a.text for a in Run(["-"], stdin=io.BytesIO(b'[{"text": "A."}, {"text": "B."}]')).articles] == [
        "A.",
        "B.",
    ]
    page = Run(["-"], stdin=io.BytesIO(PAGE.encode())).only
    assert page.title == "Norway and Chile agree on fishing quotas"
    bracketed = b"[Updated] Talks resume\n\nThey met."
    assert Run(["-"], stdin=io.BytesIO(bracketed)).only.text == bracketed.decode()


def test_stdin_empty_and_binary() -> None:
    assert Run(["-"], stdin=io.BytesIO(b"")).skip == Skipped("<stdin>", "empty file")
    assert Run(["-"], stdin=io.BytesIO(BINARIES["png"])).skip.reason == "binary file (PNG image), not text"
    over = Run(["-"], stdin=io.BytesIO(b"x" * 101), max_bytes=100).skip
    assert over.reason == "input too large: over the limit of 100 bytes (raise --max-bytes to read it)"


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_any_bytes_give_an_article_or_a_skip(data: bytes) -> None:
    run = Run(["-"], stdin=io.BytesIO(data))
    assert len(run.articles) + len(run.skips) >= 1
    for article in run.articles:
        for value in (article.id, article.text, article.title or ""):
            value.encode("utf-8")  # no lone surrogates anywhere
            assert "\x00" not in value
        assert article.text.strip()
