"""Reading articles: files, folders, JSON (lines), HTML and stdin → `Article`.

Everything that turns outside bytes into an :class:`~kg.types.Article` lives
here: finding the files, refusing binary and oversized input, decoding,
cleaning, pulling the visible text out of HTML, and reading titles and
datelines. The functions that work on strings are pure; only
:func:`read_articles` touches the disk (and stdin).

Bad input never raises out of :func:`read_articles`: each problem input is
reported through ``on_skip`` as a :class:`Skipped` and the rest goes on.
Guesses that change what is read (a legacy encoding, say) are reported through
``on_warning``.

The article text is kept as it was written, apart from newlines (``\\r\\n`` and
``\\r`` become ``\\n``), NUL characters and lone surrogates, which are removed:
character offsets into ``Article.text`` are the evidence for every statement.
"""

from __future__ import annotations

import calendar
import codecs
import hashlib
import json
import os
import re
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import BinaryIO

from kg.errors import InputError
from kg.types import Article

# ---------------------------------------------------------------------------
# Rules, as data
# ---------------------------------------------------------------------------

#: How a file is read, by its suffix (lower-cased). Only these suffixes are
#: read when a folder is walked; a file named explicitly with any other suffix
#: is read as plain text.
SUFFIX_KINDS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}

#: Dates are looked for in this many leading characters of an article.
DATELINE_WINDOW = 600

#: Years outside this range are not taken for dates ("1200 troops").
MIN_YEAR, MAX_YEAR = 1900, 2100

#: Byte-order marks; the UTF-32 LE mark begins with the UTF-16 LE one, so it
#: must be tried first.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Magic numbers of binary formats: (offset, bytes, what it is). Only
#: signatures that no plain-text article plausibly starts with.
BINARY_SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "PNG image"),
    (0, b"\xff\xd8\xff", "JPEG image"),
    (0, b"GIF87a", "GIF image"),
    (0, b"GIF89a", "GIF image"),
    (0, b"II*\x00", "TIFF image"),
    (0, b"MM\x00*", "TIFF image"),
    (0, b"\x00\x00\x01\x00", "icon image"),
    (0, b"RIFF", "RIFF media (WebP, WAV or AVI)"),
    (4, b"ftyp", "MP4 or QuickTime media"),
    (0, b"\x1aE\xdf\xa3", "Matroska or WebM media"),
    (0, b"OggS\x00", "Ogg media"),
    (0, b"ID3\x02", "MP3 audio"),
    (0, b"ID3\x03", "MP3 audio"),
    (0, b"ID3\x04", "MP3 audio"),
    (0, b"%PDF-", "PDF document"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office document"),
    (0, b"\x1f\x8b", "gzip archive"),
    (0, b"PK\x03\x04", "zip archive (or docx, xlsx, epub)"),
    (0, b"PK\x05\x06", "zip archive"),
    (4, b"1AY&SY", "bzip2 archive"),
    (0, b"\xfd7zXZ\x00", "xz archive"),
    (0, b"(\xb5/\xfd", "zstd archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (0, b"Rar!\x1a\x07", "RAR archive"),
    (257, b"ustar", "tar archive"),
    (0, b"SQLite format 3\x00", "SQLite database"),
    (0, b"\x7fELF", "ELF executable"),
    (0, b"\xca\xfe\xba\xbe", "Java class or Mach-O binary"),
    (0, b"\xcf\xfa\xed\xfe", "Mach-O binary"),
    (0, b"\x00asm", "WebAssembly module"),
)

#: Input is read in chunks of this size (never the whole size limit at once).
READ_CHUNK = 1 << 20

#: How much of the start of the input the binary checks look at.
SNIFF_BYTES = 64 * 1024

#: Above this share of control characters (other than tab, newlines and form
#: feed) in the first SNIFF_BYTES, the input is taken for binary.
MAX_CONTROL_SHARE = 0.05

#: C0 control bytes and DEL, apart from the whitespace ones.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c") + b"\x7f"
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")

#: A charset declared by an HTML page (``<meta charset>`` or http-equiv).
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)

#: JSON record fields. The text is taken from the first of these that holds a
#: non-blank string.
TEXT_FIELDS: tuple[str, ...] = ("text", "body", "content")
#: Where a record names its publisher ("source" is a common alias).
PUBLISHER_FIELDS: tuple[str, ...] = ("publisher", "source")

# Title detection for plain text.
TITLE_MAX_CHARS = 200
TITLE_MAX_WORDS = 30
#: A first line ending like this is a sentence or a lead-in, not a title.
_TITLE_BAD_ENDINGS = (".", ",", ";", ":")
#: … unless the period closes an abbreviation of capitals ("Talks with U.S.").
_ENDS_WITH_INITIALS = re.compile(r"(?:\b[A-Z]\.){2,}$")
#: A first line starting like this (lower-cased) is a byline or dateline.
_NOT_TITLE_PREFIXES: tuple[str, ...] = ("by ", "updated", "published", "posted", "last updated")
#: A line holding a date and at most this many other words is a dateline.
_DATELINE_MAX_WORDS = 4
#: The first character of the next line, after spaces and tabs.
_NEXT_CHARACTER = re.compile(r"[ \t]*(\S)")
_NON_SPACE = re.compile(r"\S")
#: Markdown heading marks in front of a title.
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")

# Dates. Month names and their abbreviations, including the AP style "Sept.".
_MONTH_NAMES = (
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sept", "sep"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
)
MONTHS: dict[str, int] = {name: number for number, names in enumerate(_MONTH_NAMES, 1) for name in names}
_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")(?![a-z])\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})(?!\d)"
DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # Month first: "March 9, 2022", "Mar 09, 2022", "Aug. 26, 2008", "Sept. 5th 2020".
    re.compile(rf"(?<!\w){_MONTH}\s+{_DAY},?\s+{_YEAR}", re.IGNORECASE),
    # Day first: "9 March 2022", "09 Mar. 2022", "9th of March, 2022", "Wed, 09 Mar 2022 10:00 GMT".
    re.compile(rf"(?<!\w){_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}", re.IGNORECASE),
    # Year first, numeric: "2022-03-09", "2022-03-09T10:35:00Z", "2022/03/09".
    re.compile(r"(?<![\d.])(?P<year>\d{4})([-/.])(?P<month>\d{1,2})\2(?P<day>\d{1,2})(?!\d)"),
)

# HTML. The tag sets are laid out by hand, a group a line.
# fmt: off
#: Elements whose content is never article text.
HTML_HIDDEN_TAGS = frozenset({
    "head", "title",  # metadata, not page text
    "script", "style", "noscript", "template",  # code and its fallbacks
    "nav", "header", "footer", "aside",  # the site around the article
    "form", "button", "select", "textarea", "dialog",  # controls
    "svg", "iframe", "canvas", "object", "audio", "video",  # embedded media
})
#: Elements that start and end a paragraph.
HTML_BLOCK_TAGS = frozenset({
    "html", "body", "main", "article", "section", "div", "center", "address", "details", "summary",
    "p", "pre", "blockquote", "figure", "figcaption", "hr",
    "h1", "h2", "h3", "h4", "h5", "h6",
    "ul", "ol", "li", "dl", "dt", "dd",
    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
})
#: Elements that have no end tag.
HTML_VOID_TAGS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input",
    "link", "meta", "param", "source", "track", "wbr",
})
# fmt: on
#: ``<meta>`` keys (property, name or itemprop; lower-cased) that give the
#: title, best first.
HTML_TITLE_META: tuple[str, ...] = ("og:title", "twitter:title")
#: ``<meta>`` keys that give the publication date, best first.
HTML_DATE_META: tuple[str, ...] = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "dcterms.date",
    "sailthru.date",
    "parsely-pub-date",
)
#: ``<meta>`` keys that give the page's own URL.
HTML_URL_META: tuple[str, ...] = ("og:url",)
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
_LINE_SPACE = re.compile(r"[ \t\r\f]+")
_LOOKS_LIKE_HTML = re.compile(
    r"<(?:!doctype\s+html|html|head|body|article|main|meta|title|p|div|h[1-6])[\s>/]", re.IGNORECASE
)

_SURROGATES = re.compile("[\ud800-\udfff]")
_WIDE_BOMS = tuple(bom for bom, encoding in BOMS if not encoding.startswith("utf-8"))


# ---------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Skipped:
    """An input that was not read, and why.

    ``source`` is the path as given (or ``<stdin>``); ``line`` the line of a
    JSON-lines file the problem is on, when there is one.
    """

    source: str
    reason: str
    line: int | None = None

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, with the encoding used and a warning if it was a guess."""

    text: str
    encoding: str
    warning: str | None = None


@dataclass(frozen=True)
class HTMLPage:
    """What an HTML page holds for `kg`: its visible article text and metadata."""

    text: str
    title: str | None = None
    date: str | None = None  # ISO 8601, from the page's metadata
    url: str | None = None


# ---------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------


def _iso_date(match: re.Match[str]) -> str | None:
    """The ISO date of a DATE_PATTERNS match, or None if it is no real date."""
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else MONTHS[month_text.lower()]
    day, year = int(match.group("day")), int(match.group("year"))
    if not (MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12):
        return None
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _first_date(text: str, *, before: int | None = None) -> tuple[int, int, str] | None:
    """(start, end, ISO date) of the earliest real date in `text` that starts before `before`."""
    best: tuple[int, int, str] | None = None
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            if before is not None and match.start() >= before:
                break
            iso = _iso_date(match)
            if iso is not None:
                if best is None or match.start() < best[0]:
                    best = (match.start(), match.end(), iso)
                break
    return best


def parse_date(value: str) -> str | None:
    """The first date written in `value`, as an ISO date ("2022-03-09"), or None.

    Understood: "2022-03-09" (also with a time, or "/" as separator), "March 9,
    2022", "Mar 09, 2022", "Aug. 26, 2008", "9 March 2022", "9th of March 2022"
    and the same inside longer text ("Updated: Mar 09, 2022, 03:35 PM IST",
    "Wed, 09 Mar 2022 10:00:00 GMT"). All-numeric day/month orders such as
    "03/09/2022" are ambiguous and not read.
    """
    found = _first_date(value)
    return found[2] if found else None


def find_dateline(text: str, *, window: int = DATELINE_WINDOW) -> str | None:
    """The article date from its dateline: the first date in the first `window` characters."""
    # A date that starts inside the window may end a little after it.
    found = _first_date(text[: window + 40], before=window)
    return found[2] if found else None


# ---------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------


def clean_text(text: str) -> str:
    """`text` with newlines normalised to ``\\n`` and NULs, lone surrogates and a leading BOM removed.

    A surrogate pair (as JSON escapes can produce) becomes the character it
    encodes. Nothing else changes, so offsets stay meaningful.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        text = text.replace("\x00", "")
    if _SURROGATES.search(text):
        # UTF-16 joins valid pairs into one character; "ignore" drops the lone halves.
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "ignore")
    if text.startswith("\ufeff"):
        text = text[1:]
    return text


def _clean_field(value: str | None) -> str | None:
    """A one-line metadata value (a title, a publisher): cleaned, whitespace collapsed, None if blank."""
    if value is None:
        return None
    value = " ".join(clean_text(value).split())
    return value or None


def _clean_name(value: str | None) -> str | None:
    """An id, URL or path: cleaned and stripped, inner whitespace kept; None if blank."""
    if value is None:
        return None
    return clean_text(value).strip() or None


def _is_dateline(line: str) -> bool:
    """Whether `line` is a dateline: a date with at most a few other words around it."""
    if line.lower().startswith(_NOT_TITLE_PREFIXES):
        return True
    found = _first_date(line)
    if found is None:
        return False
    rest = line[: found[0]] + " " + line[found[1] :]
    words = [word for word in rest.split() if any(c.isalpha() for c in word)]
    return len(words) <= _DATELINE_MAX_WORDS


def detect_title(text: str) -> str | None:
    """The first line of `text` when it looks like a title, else None.

    A title is the first non-blank line, short (at most TITLE_MAX_CHARS
    characters and TITLE_MAX_WORDS words), not ending in a period, comma,
    semicolon or colon, not a byline or dateline, and followed by more text:
    after a blank line, or on the next line when that line does not continue a
    sentence (does not start in lower case). A Markdown heading mark is
    dropped.
    """
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0:
        return None  # one line: the whole article
    line = _MARKDOWN_HEADING.sub("", text[start:end].strip())
    if _NON_SPACE.search(text, end + 1) is None:
        return None  # nothing after the line
    following = _NEXT_CHARACTER.match(text, end + 1)
    if following is not None and following.group(1).islower():
        return None  # a hard-wrapped sentence goes on
    if not line or not any(c.isalpha() for c in line):
        return None
    if len(line) > TITLE_MAX_CHARS or len(line.split()) > TITLE_MAX_WORDS:
        return None
    if line.endswith(_TITLE_BAD_ENDINGS) and not _ENDS_WITH_INITIALS.search(line):
        return None
    if _is_dateline(line):
        return None
    return _clean_field(line)


def _text_id(prefix: str, data: bytes) -> str:
    """A content-derived id: `prefix` and the first 16 hex digits of SHA-256."""
    return prefix + hashlib.sha256(data).hexdigest()[:16]


def article_from_text(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
    source: str | None = None,
    publisher: str | None = None,
) -> Article:
    """An `Article` from plain text (pure).

    The text is cleaned (see :func:`clean_text`) and otherwise kept exactly.
    Without a `title`, the first line is taken as one when it looks like a
    title (:func:`detect_title`). The date is `date` (any format
    :func:`parse_date` reads) or else the dateline in the first
    DATELINE_WINDOW characters. Without an `id`, the id is ``text:`` and the
    start of the SHA-256 of the text.

    Raises:
        InputError: the text is empty or whitespace only, or `date` is no date.
    """
    where = source or id or "<text>"
    text = clean_text(text)
    if not text.strip():
        raise InputError(where, "no text (empty or only whitespace)")
    if date is None:
        iso = find_dateline(text)
    else:
        iso = parse_date(date)
        if iso is None:
            raise InputError(where, f"cannot read {date!r} as a date (write it as YYYY-MM-DD)")
    return Article(
        id=_clean_name(id) or _text_id("text:", text.encode("utf-8")),
        text=text,
        title=detect_title(text) if title is None else _clean_field(title),
        date=iso,
        url=_clean_name(url),
        source=_clean_name(source),
        publisher=_clean_field(publisher),
    )


# ---------------------------------------------------------------------------
# Bytes
# ---------------------------------------------------------------------------


def binary_kind(data: bytes) -> str | None:
    """What binary format `data` starts with (by magic number), or None."""
    for offset, magic, name in BINARY_SIGNATURES:
        if data.startswith(magic, offset):
            return name
    return None


def _control_share(sample: bytes) -> float:
    """The share of control bytes (not whitespace) in `sample`."""
    if not sample:
        return 0.0
    return (len(sample) - len(sample.translate(None, _CONTROL_BYTES))) / len(sample)


def _bomless_utf16(sample: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when `sample` looks like mostly-ASCII UTF-16 without a BOM."""
    even, odd = sample[0::2], sample[1::2]
    if len(odd) < 2:
        return None
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul >= 0.5 and even_nul <= 0.05:
        return "utf-16-le"
    if even_nul >= 0.5 and odd_nul <= 0.05:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, *, source: str = "<bytes>", declared: str | None = None) -> Decoded:
    """Decode the bytes of an article.

    In order: a byte-order mark (UTF-8, UTF-16, UTF-32); binary formats by
    magic number, refused; UTF-16 without BOM (warned); strict UTF-8, refused
    as binary when full of control characters; for non-UTF-8 bytes, NUL bytes
    or many control characters mean binary; mostly-UTF-8 with a few bad bytes
    is decoded with replacement characters (warned); then the `declared`
    charset (from an HTML page); last Windows-1252, or Latin-1 (warned).

    Raises:
        InputError: the bytes are binary or do not decode under their BOM.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(encoding), encoding)
            except UnicodeDecodeError as e:
                reason = f"not valid {encoding.upper()} although it starts with that byte-order mark"
                raise InputError(source, reason) from e
    kind = binary_kind(data)
    if kind is not None:
        raise InputError(source, f"binary file ({kind}), not text")
    sample = data[:SNIFF_BYTES]
    utf16 = _bomless_utf16(sample) if b"\x00" in sample else None
    if utf16 is not None:
        try:
            text = data[: len(data) // 2 * 2].decode(utf16)
        except UnicodeDecodeError as e:
            raise InputError(source, "binary file (NUL bytes), not text") from e
        return Decoded(text, utf16, f"no byte-order mark; decoded as {utf16.upper()}")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        share = len(_CONTROL_CHARS.findall(text[:SNIFF_BYTES])) / max(1, min(len(text), SNIFF_BYTES))
        if share > MAX_CONTROL_SHARE:
            raise InputError(source, f"binary file ({share:.0%} control characters), not text")
        return Decoded(text, "utf-8")
    if b"\x00" in data:
        raise InputError(source, "binary file (NUL bytes and not UTF-8), not text")
    if _control_share(sample) > MAX_CONTROL_SHARE:
        raise InputError(source, f"binary file ({_control_share(sample):.0%} control bytes), not text")
    lenient = data.decode("utf-8", "replace")
    bad = lenient.count("\ufffd") - data.count("\ufffd".encode())
    non_ascii = len(lenient) - len(lenient.encode("ascii", "ignore")) - bad
    if non_ascii > bad:
        return Decoded(lenient, "utf-8", f"{bad} invalid UTF-8 sequence(s) replaced by U+FFFD")
    if declared is not None:
        declared_text = _decode_declared(data, declared)
        if declared_text is not None:
            return Decoded(declared_text, declared.lower())
    try:
        return Decoded(data.decode("cp1252"), "cp1252", "not valid UTF-8; decoded as Windows-1252")
    except UnicodeDecodeError:
        return Decoded(data.decode("latin-1"), "latin-1", "not valid UTF-8; decoded as Latin-1")


def _decode_declared(data: bytes, charset: str) -> str | None:
    """`data` decoded in a declared charset, or None if unknown, UTF-8 (already failed) or wrong."""
    try:
        codec = codecs.lookup(charset)
    except LookupError:
        return None
    if codec.name in {"utf-8", "utf-8-sig"}:
        return None
    try:
        return data.decode(codec.name)
    except UnicodeDecodeError:
        return None


def _declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares near its start, if any."""
    match = _DECLARED_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Block:
    """One paragraph of visible HTML text and where on the page it is."""

    text: str
    in_article: bool
    in_main: bool


class _PageParser(HTMLParser):
    """Collects the visible paragraphs and the metadata of a page.

    A stack of open elements is kept so that hidden elements (HTML_HIDDEN_TAGS,
    ``hidden``, ``aria-hidden``, ``display:none``) and the ``<article>`` and
    ``<main>`` regions are known for every piece of text. An end tag closes
    every element opened after its start tag, as browsers do; a stray end tag
    is ignored.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._stack: list[tuple[str, bool]] = []  # (tag, hides its content)
        self._hidden = 0
        self._article = 0
        self._main = 0
        self._pre = 0
        self._parts: list[str] = []
        self._title_parts: list[str] | None = None
        self._h1_parts: list[str] | None = None
        self.blocks: list[_Block] = []
        self.title_tag: str | None = None
        self.h1: str | None = None
        self.meta: dict[str, str] = {}
        self.times: list[tuple[str, bool]] = []  # (datetime attribute, inside <article>)
        self.canonical: str | None = None

    # -- parsing events ----------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        self._note_metadata(tag, attributes)
        if tag == "br":
            if not self._hidden:
                self._parts.append("\n")
            return
        if tag in HTML_BLOCK_TAGS:
            self._flush()
        if tag in HTML_VOID_TAGS:
            return
        hides = tag in HTML_HIDDEN_TAGS or _hidden_by_attributes(attributes)
        self._stack.append((tag, hides))
        self._count(tag, hides, +1)
        if tag == "title" and self.title_tag is None and not self._inside("svg"):
            self._title_parts = []
        elif tag == "h1" and self.h1 is None:
            self._h1_parts = []

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self._stack) - 1, -1, -1):
            if self._stack[index][0] == tag:
                break
        else:
            return  # a stray end tag
        closed = self._stack[index:]
        if any(name in HTML_BLOCK_TAGS for name, _ in closed):
            self._flush()
        for name, hides in reversed(closed):
            self._count(name, hides, -1)
            if name == "title" and self._title_parts is not None:
                self.title_tag = _clean_field("".join(self._title_parts))
                self._title_parts = None
            elif name == "h1" and self._h1_parts is not None:
                self.h1 = _clean_field("".join(self._h1_parts))
                self._h1_parts = None
        del self._stack[index:]

    def handle_data(self, data: str) -> None:
        if self._title_parts is not None:
            self._title_parts.append(data)
        if self._h1_parts is not None:
            self._h1_parts.append(data)
        if self._hidden:
            return
        self._parts.append(data if self._pre else _HTML_SPACE.sub(" ", data))

    def parse_marked_section(self, i: int, report: int = 1) -> int:
        """Treat an unknown ``<![...]>`` section as a bogus comment instead of failing."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:  # the standard library's way to say "unknown keyword"
            end = self.rawdata.find(">", i)
            return -1 if end < 0 else end + 1

    def close(self) -> None:
        super().close()
        self._flush()

    # -- helpers -------------------------------------------------------------

    def _count(self, tag: str, hides: bool, step: int) -> None:
        self._hidden += step * hides
        self._article += step * (tag == "article")
        self._main += step * (tag == "main")
        self._pre += step * (tag == "pre")

    def _inside(self, tag: str) -> bool:
        return any(name == tag for name, _ in self._stack)

    def _note_metadata(self, tag: str, attributes: dict[str, str]) -> None:
        """Record title, date and URL metadata carried by an element's attributes."""
        key = attributes.get("itemprop", "")
        if tag == "meta":  # "name" means something else on other elements (form fields, anchors)
            key = attributes.get("property") or attributes.get("name") or key
        key = key.strip().lower()
        value = attributes.get("content") or attributes.get("datetime")
        if key and value and key not in self.meta:
            self.meta[key] = value.strip()
        if tag == "time" and attributes.get("datetime"):
            self.times.append((attributes["datetime"], self._article > 0))
        rel = attributes.get("rel", "").lower().split()
        if tag == "link" and "canonical" in rel and attributes.get("href") and self.canonical is None:
            self.canonical = attributes["href"].strip()

    def _flush(self) -> None:
        """End the current paragraph."""
        if not self._parts:
            return
        lines = (_LINE_SPACE.sub(" ", line).strip() for line in "".join(self._parts).split("\n"))
        self._parts = []
        text = "\n".join(line for line in lines if line)
        if text:
            self.blocks.append(_Block(text, self._article > 0, self._main > 0))


def _hidden_by_attributes(attributes: dict[str, str]) -> bool:
    """Whether an element's attributes hide it from the reader."""
    if "hidden" in attributes or attributes.get("aria-hidden", "").strip().lower() == "true":
        return True
    style = attributes.get("style", "").replace(" ", "").lower()
    return "display:none" in style or "visibility:hidden" in style


def parse_html(html: str) -> HTMLPage:
    """The visible article text and the metadata of an HTML page (pure).

    Text inside HTML_HIDDEN_TAGS and hidden elements is dropped; when the page
    has an ``<article>`` (else a ``<main>``) with text, only that text is kept.
    Paragraphs (block elements) are separated by a blank line, ``<br>`` gives a
    line break, entities are decoded. The title comes from og:title (or
    twitter:title), else the first ``<h1>``, else ``<title>``; the date from
    the publication-date ``<meta>`` tags, else the first ``<time datetime>``
    (one inside ``<article>`` first); the URL from the canonical link or
    og:url.
    """
    parser = _PageParser()
    parser.feed(html)
    parser.close()
    blocks = (
        [block for block in parser.blocks if block.in_article]
        or [block for block in parser.blocks if block.in_main]
        or parser.blocks
    )
    meta = parser.meta
    title = next((meta[key] for key in HTML_TITLE_META if meta.get(key)), None)
    title = title or parser.h1 or parser.title_tag
    date_candidates = [meta[key] for key in HTML_DATE_META if key in meta]
    date_candidates += [value for value, _ in sorted(parser.times, key=lambda time: not time[1])]
    date = next((iso for iso in map(parse_date, date_candidates) if iso), None)
    url = parser.canonical or next((meta[key] for key in HTML_URL_META if meta.get(key)), None)
    return HTMLPage(
        text="\n\n".join(block.text for block in blocks),
        title=_clean_field(title),
        date=date,
        url=_clean_name(url),
    )


def article_from_html(
    html: str,
    *,
    id: str | None = None,
    date: str | None = None,
    url: str | None = None,
    source: str | None = None,
) -> Article:
    """An `Article` from an HTML page (pure).

    The page's own publication date wins over `date`, which wins over a
    dateline in the text; the page's canonical URL wins over `url`.

    Raises:
        InputError: the page has no visible text, or `date` is no date.
    """
    page = parse_html(html)
    if not page.text.strip():
        raise InputError(source or id or "<html>", "no visible text in the HTML page")
    return article_from_text(
        page.text,
        id=id,
        title=page.title,
        date=page.date or date,
        url=page.url or url,
        source=source,
    )


def _looks_like_html(text: str) -> bool:
    """Whether text read from stdin is an HTML page."""
    return bool(_LOOKS_LIKE_HTML.match(text.lstrip()[:1024]))


def _parses_as_json(text: str) -> bool:
    """Whether `text` is one JSON value."""
    try:
        json.loads(text)
    except (ValueError, RecursionError):
        return False
    return True


def _sniff_kind(text: str) -> str:
    """How to read text from stdin: "json" (JSON or JSON lines), "html" or "text"."""
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")) and (
        _parses_as_json(stripped) or _parses_as_json(stripped.split("\n", 1)[0])
    ):
        return "json"
    return "html" if _looks_like_html(stripped) else "text"


def _json_type(value: object) -> str:
    """The JSON name of a value's type, for messages."""
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    return "an array" if isinstance(value, list) else "an object"


# ---------------------------------------------------------------------------
# Reading files, folders and stdin
# ---------------------------------------------------------------------------


def _os_reason(error: OSError) -> str:
    """The OS's own message for an error, e.g. "Permission denied"."""
    return error.strerror or str(error)


def _too_large(size: int | None, max_bytes: int, *, what: str = "file") -> str:
    """Why an input over the size limit is refused."""
    actual = "" if size is None else f" ({size:,} bytes)"
    return f"{what} too large{actual}: over the limit of {max_bytes:,} bytes (raise --max-bytes to read it)"


def _read_limited(stream: BinaryIO, limit: int) -> bytes | None:
    """All of `stream`, or None once it holds more than `limit` bytes.

    Read in chunks so that memory follows what is there, not the limit.
    """
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(READ_CHUNK, limit + 1 - total))
        if not chunk:
            return b"".join(chunks)
        if isinstance(chunk, str):  # a text stream was passed for stdin
            chunk = chunk.encode("utf-8", "surrogatepass")
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            return None


def _discard_rest_of_line(file: BinaryIO) -> None:
    """Read past the end of an over-long line in bounded chunks."""
    while True:
        chunk = file.readline(READ_CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def _is_dir(entry: os.DirEntry[str]) -> bool:
    """Whether a folder entry is a folder (or a link to one); False when that cannot be known."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def _display(path: Path) -> str:
    """A path as it was given, in POSIX form, always valid Unicode."""
    return path.as_posix().encode("utf-8", "surrogateescape").decode("utf-8", "replace")


class _Reader:
    """One run of :func:`read_articles`: its options and what it has already read."""

    def __init__(
        self,
        *,
        date: str | None,
        max_bytes: int,
        on_skip: Callable[[Skipped], None] | None,
        on_warning: Callable[[str, str], None] | None,
        stdin: BinaryIO | None,
    ) -> None:
        if max_bytes <= 0:
            raise InputError("--max-bytes", f"must be a positive number of bytes, not {max_bytes}")
        self.date = None
        if date is not None:
            self.date = parse_date(date)
            if self.date is None:
                raise InputError("--date", f"cannot read {date!r} as a date (write it as YYYY-MM-DD)")
        self.max_bytes = max_bytes
        self._on_skip = on_skip
        self._on_warning = on_warning
        self._stdin = stdin
        self._files: set[tuple[int, int]] = set()
        self._folders: set[tuple[int, int]] = set()

    # -- reporting -----------------------------------------------------------

    def skip(self, source: str, reason: str, line: int | None = None) -> None:
        if self._on_skip is not None:
            self._on_skip(Skipped(source, reason, line))

    def warn(self, source: str, message: str) -> None:
        if self._on_warning is not None:
            self._on_warning(source, message)

    def skip_error(self, error: InputError) -> None:
        self.skip(error.source, error.reason, error.line)

    # -- walking -------------------------------------------------------------

    def read(self, paths: Iterable[str | Path]) -> Iterator[Article]:
        if isinstance(paths, (str, Path)):  # one path, not an iterable of its characters
            paths = [paths]
        for path in paths:
            if str(path) == "":
                self.skip("", "an empty path")
            elif str(path) == "-":
                yield from self._read_stdin()
            else:
                yield from self._read_path(Path(path), explicit=True)

    def _read_path(self, path: Path, *, explicit: bool) -> Iterator[Article]:
        display = _display(path)
        try:
            info = path.stat()
        except (OSError, ValueError) as e:  # ValueError: a NUL in the path
            self.skip(display, _os_reason(e) if isinstance(e, OSError) else str(e))
            return
        if stat.S_ISDIR(info.st_mode):
            yield from self._read_folder(path, info)
            return
        if stat.S_ISREG(info.st_mode):
            if (info.st_dev, info.st_ino) in self._files:
                return  # named twice, or reached again through a symlink
            self._files.add((info.st_dev, info.st_ino))
        elif not explicit:
            self.skip(display, "not a regular file")
            return
        kind = SUFFIX_KINDS.get(path.suffix.lower(), "text")
        if kind == "jsonl":
            yield from self._read_jsonl_file(path, display)
            return
        data = self._read_bounded(path, display)
        if data is not None:
            yield from self._articles_from_bytes(data, source=display, id_base=display, kind=kind)

    def _read_folder(self, path: Path, info: os.stat_result) -> Iterator[Article]:
        key = (info.st_dev, info.st_ino)
        if key in self._folders:
            return  # a symlink loop, or the folder named twice
        self._folders.add(key)
        try:
            with os.scandir(path) as scan:
                entries = sorted(scan, key=lambda entry: entry.name)
        except OSError as e:
            self.skip(_display(path), _os_reason(e))
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue  # hidden files and folders
            if _is_dir(entry) or Path(entry.name).suffix.lower() in SUFFIX_KINDS:
                yield from self._read_path(path / entry.name, explicit=False)

    def _read_bounded(self, path: Path, display: str) -> bytes | None:
        """The bytes of a file, or None (reported) when it cannot be read or is too large."""
        try:
            with open(path, "rb") as file:
                size = os.fstat(file.fileno()).st_size
                if size > self.max_bytes:
                    self.skip(display, _too_large(size, self.max_bytes))
                    return None
                data = _read_limited(file, self.max_bytes)
        except OSError as e:
            self.skip(display, _os_reason(e))
            return None
        if data is None:  # it grew, or it is a pipe or device
            self.skip(display, _too_large(None, self.max_bytes))
        return data

    def _read_stdin(self) -> Iterator[Article]:
        stream = self._stdin if self._stdin is not None else getattr(sys.stdin, "buffer", None)
        if stream is None:
            self.skip("<stdin>", "no standard input to read")
            return
        try:
            data = _read_limited(stream, self.max_bytes)
        except (OSError, ValueError) as e:  # ValueError: stdin is closed
            self.skip("<stdin>", _os_reason(e) if isinstance(e, OSError) else str(e))
            return
        if data is None:
            self.skip("<stdin>", _too_large(None, self.max_bytes, what="input"))
            return
        id_base = _text_id("stdin:", data)
        yield from self._articles_from_bytes(data, source="<stdin>", id_base=id_base, kind=None)

    # -- reading -------------------------------------------------------------

    def _articles_from_bytes(
        self, data: bytes, *, source: str, id_base: str, kind: str | None
    ) -> Iterator[Article]:
        """The articles in the bytes of one input; `kind` None means: find out (stdin)."""
        if not data:
            self.skip(source, "empty file")
            return
        declared = _declared_charset(data) if kind in {"html", None} else None
        try:
            decoded = decode_bytes(data, source=source, declared=declared)
        except InputError as e:
            self.skip_error(e)
            return
        if decoded.warning:
            self.warn(source, decoded.warning)
        text = decoded.text
        kind = kind or _sniff_kind(text)
        if kind == "json":
            yield from self._json_articles(text, source=source, id_base=id_base)
        elif kind == "jsonl":
            yield from self._jsonl_articles(enumerate(text.split("\n"), 1), source=source, id_base=id_base)
        else:
            try:
                if kind == "html":
                    yield article_from_html(text, id=id_base, date=self.date, source=source)
                else:
                    yield article_from_text(text, id=id_base, date=self.date, source=source)
            except InputError as e:
                self.skip_error(e)

    def _json_articles(self, text: str, *, source: str, id_base: str) -> Iterator[Article]:
        """A JSON document: one record (an object) or a list of records."""
        if not text.strip():
            self.skip(source, "no text (empty or only whitespace)")
            return
        try:
            data = json.loads(text)
        except RecursionError:
            self.skip(source, "JSON nested too deeply")
            return
        except json.JSONDecodeError as e:
            if e.msg == "Extra data":  # several values, one a line: JSON lines in a .json file
                lines = enumerate(text.split("\n"), 1)
                yield from self._jsonl_articles(lines, source=source, id_base=id_base)
            else:
                self.skip(source, f"malformed JSON: {e.msg} (column {e.colno})", e.lineno)
            return
        except ValueError as e:  # e.g. an integer with too many digits
            self.skip(source, f"malformed JSON: {e}")
            return
        if isinstance(data, dict):
            article = self._record_article(data, source=source, fallback_id=id_base, line=None, record=None)
            if article is not None:
                yield article
        elif isinstance(data, list):
            if not data:
                self.skip(source, "no records (an empty JSON list)")
            for number, record in enumerate(data, 1):
                article = self._record_article(
                    record, source=source, fallback_id=f"{id_base}#{number}", line=None, record=number
                )
                if article is not None:
                    yield article
        else:
            self.skip(source, f"JSON is {_json_type(data)}, not an object or a list of objects")

    def _jsonl_articles(
        self, lines: Iterable[tuple[int, str]], *, source: str, id_base: str
    ) -> Iterator[Article]:
        """JSON lines: one record a line; blank lines are passed over."""
        seen_any = False
        for number, line in lines:
            if not line.strip():
                continue
            seen_any = True
            try:
                record = json.loads(line)
            except RecursionError:
                self.skip(source, "JSON nested too deeply", number)
                continue
            except json.JSONDecodeError as e:
                self.skip(source, f"malformed JSON: {e.msg} (column {e.colno})", number)
                continue
            except ValueError as e:
                self.skip(source, f"malformed JSON: {e}", number)
                continue
            article = self._record_article(
                record, source=source, fallback_id=f"{id_base}#{number}", line=number, record=None
            )
            if article is not None:
                yield article
        if not seen_any:
            self.skip(source, "no records (empty or only blank lines)")

    def _read_jsonl_file(self, path: Path, display: str) -> Iterator[Article]:
        """A JSON-lines file, streamed line by line: the size limit applies to each line.

        UTF-16 and UTF-32 files (and pipes) are read whole instead, within the limit.
        """
        try:
            with open(path, "rb") as file:
                head = file.read(SNIFF_BYTES)
                wide = head.startswith(_WIDE_BOMS)
                if file.seekable() and not wide:
                    lines = self._jsonl_lines(file, head, display)
                    if lines is not None:
                        yield from self._jsonl_articles(lines, source=display, id_base=display)
                else:  # a pipe named explicitly, or UTF-16/32: read it whole, within the limit
                    data = self._read_bounded_stream(file, head, display)
                    if data is not None:
                        yield from self._articles_from_bytes(
                            data, source=display, id_base=display, kind="jsonl"
                        )
        except OSError as e:  # opening, or the first read (the line readers report their own)
            self.skip(display, _os_reason(e))

    def _read_bounded_stream(self, file: BinaryIO, head: bytes, display: str) -> bytes | None:
        """`head` and the rest of a stream, or None (reported) when it cannot be read or is too large."""
        try:
            rest = _read_limited(file, self.max_bytes - len(head)) if len(head) <= self.max_bytes else None
        except OSError as e:
            self.skip(display, _os_reason(e))
            return None
        if rest is None:
            self.skip(display, _too_large(None, self.max_bytes))
            return None
        return head + rest

    def _jsonl_lines(self, file: BinaryIO, head: bytes, display: str) -> Iterator[tuple[int, str]] | None:
        """Decoded (number, line) pairs of a seekable UTF-8 JSON-lines file, or None if it is binary."""
        if not head:
            self.skip(display, "empty file")
            return None
        if head.startswith(codecs.BOM_UTF8):
            file.seek(len(codecs.BOM_UTF8))
            return self._utf8_lines(file, display)
        kind = binary_kind(head)
        if kind is not None:
            self.skip(display, f"binary file ({kind}), not text")
            return None
        if b"\x00" in head:
            self.skip(display, "binary file (NUL bytes), or UTF-16 without a byte-order mark")
            return None
        file.seek(0)
        return self._utf8_lines(file, display)

    def _utf8_lines(self, file: BinaryIO, display: str) -> Iterator[tuple[int, str]]:
        """Lines of a byte stream, each decoded as UTF-8 (else guessed, with one warning per file)."""
        number = 0
        warned = False
        while True:
            try:
                raw = file.readline(self.max_bytes + 1)
            except OSError as e:
                self.skip(display, _os_reason(e), number + 1)
                return
            if not raw:
                return
            number += 1
            if len(raw) > self.max_bytes and not raw.endswith(b"\n"):
                _discard_rest_of_line(file)
                self.skip(display, _too_large(None, self.max_bytes, what="line"), number)
                continue
            try:
                decoded = Decoded(raw.decode("utf-8"), "utf-8")
            except UnicodeDecodeError:
                try:
                    decoded = decode_bytes(raw, source=display)
                except InputError as e:
                    self.skip(display, e.reason, number)
                    continue
            if decoded.warning and not warned:
                self.warn(display, f"line {number} and others like it: {decoded.warning}")
                warned = True
            yield number, decoded.text

    def _record_article(
        self, value: object, *, source: str, fallback_id: str, line: int | None, record: int | None
    ) -> Article | None:
        """The article in one JSON record, or None (reported) when the record has none.

        `line` is the record's line in a JSON-lines file, `record` its position
        in a JSON list; the id is the record's ``id``, else its ``url``, else
        `fallback_id`.
        """
        where = "" if record is None else f"record {record}: "
        if not isinstance(value, dict):
            self.skip(source, f"{where}the record is {_json_type(value)}, not an object", line)
            return None
        text = next((value[name] for name in TEXT_FIELDS if _is_text(value.get(name))), None)
        if text is None:
            present = [name for name in TEXT_FIELDS if name in value]
            if present:
                problem = f"{present[0]!r} is {_json_type(value[present[0]])} with no text"
            else:
                problem = "no 'text' field (nor 'body' or 'content')"
            self.skip(source, where + problem, line)
            return None
        fields = {
            name: self._string_field(value, name, source, line, where) for name in ("id", "url", "title")
        }
        date = self._string_field(value, "date", source, line, where)
        iso = parse_date(date) if date is not None else None
        if date is not None and iso is None:
            self._warn_field(source, line, where, f"cannot read the date {date!r}; ignored")
        publisher = next((value[name] for name in PUBLISHER_FIELDS if _is_text(value.get(name))), None)
        try:
            return article_from_text(
                text,
                id=fields["id"] or fields["url"] or fallback_id,
                title=fields["title"],
                date=iso or self.date,
                url=fields["url"],
                source=source,
                publisher=publisher,
            )
        except InputError as e:
            self.skip(source, where + e.reason, line)
            return None

    def _string_field(self, value: dict, name: str, source: str, line: int | None, where: str) -> str | None:
        """An optional string field of a record (or an integer "id"); other types are warned about."""
        field = value.get(name)
        if field is None:
            return None
        if name == "id" and isinstance(field, int) and not isinstance(field, bool):
            return str(field)
        if isinstance(field, str):
            return field if field.strip() else None
        self._warn_field(source, line, where, f"{name!r} is {_json_type(field)}, not a string; ignored")
        return None

    def _warn_field(self, source: str, line: int | None, where: str, message: str) -> None:
        self.warn(source, (f"line {line}: " if line is not None else "") + where + message)


def _is_text(value: object) -> bool:
    """Whether a record field holds some text."""
    return isinstance(value, str) and bool(value.strip())


def read_articles(
    paths: Iterable[str | Path],
    *,
    date: str | None = None,
    max_bytes: int = 50_000_000,
    on_skip: Callable[[Skipped], None] | None = None,
    on_warning: Callable[[str, str], None] | None = None,
    stdin: BinaryIO | None = None,
) -> Iterator[Article]:
    """The articles in `paths`: files, folders (recursively) and ``-`` for stdin.

    Folders are walked in sorted order, hidden files and folders (a leading
    ".") are passed over, and only files with a suffix in SUFFIX_KINDS are
    read from them; a file named explicitly is read whatever its suffix (as
    text, unless the suffix says otherwise). A file reached twice is read once.

    Kinds: ``.txt``/``.text``/``.md`` plain text, ``.html``/``.htm`` visible
    page text, ``.json`` one record or a list of records, ``.jsonl``/
    ``.ndjson`` one record a line (streamed). Stdin is sniffed: JSON (lines),
    HTML or plain text. A record holds ``text`` (or ``body``/``content``) and
    optionally ``title``, ``date``, ``url``, ``id`` and ``publisher``.

    Ids: a record's ``id``, else its ``url``, else the path as given (POSIX
    form), with ``#N`` for the N-th record of a list or the record on line N
    of a JSON-lines file; stdin gives ``stdin:`` and 16 hex digits of the
    SHA-256 of its bytes. Dates: a record's or page's own date, else `date`,
    else the dateline in the text.

    Nothing raises for bad input: each input that cannot be read (missing,
    unreadable, binary, empty, malformed, larger than `max_bytes`; for JSON
    lines, each bad line) goes to `on_skip` and the rest goes on. Guesses (a
    legacy encoding, a date field that cannot be read) go to `on_warning` as
    ``(source, message)``. Files over `max_bytes` are refused from their size,
    without being read; JSON-lines files are streamed and the limit applies
    to each line.

    Raises:
        InputError: `date` is not a date or `max_bytes` is not positive (at
            once, before anything is read).
    """
    reader = _Reader(date=date, max_bytes=max_bytes, on_skip=on_skip, on_warning=on_warning, stdin=stdin)
    return reader.read(paths)
