"""Dates a user gives (``--since``, ``?until=``, a named query's date parameter), and the one date filter.

Every door (the CLI, the Python API, the HTTP server) reads a date through
:func:`parse_date` and filters statements by :class:`DateRange`, so the same
value means the same period everywhere:

* **Accepted forms**: ``YYYY``, ``YYYY-MM`` and ``YYYY-MM-DD`` (``2022``,
  ``2022-03``, ``2022-03-09``). A year or a month is a period: as the start
  of a range it means its first day, as the end its last day, so
  ``since=2022-03 until=2022-03`` is the whole of March. Anything else raises
  :class:`~kg.errors.DateError`, whose message names the value and these forms.
* **Undated statements**: a statement is dated by its article (or by its own
  date when the extractor found one). With no bound, every statement is kept,
  dated or not. Once ``since`` or ``until`` is given, only dated statements
  within the range are kept: an undated statement cannot be said to fall in
  it, so it is left out rather than passed off as belonging to the period.

Nothing here touches disk or network.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from .errors import DateError, DateRangeError

__all__ = ["DateRange", "parse_date", "stored_day"]

_FORMS = re.compile(r"(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?")


def parse_date(value: str | date, *, end: bool = False, name: str | None = None) -> date:
    """The day ``value`` means: the first day of its period, or with ``end`` the last.

    ``value`` is ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (surrounding blanks
    ignored), or a :class:`datetime.date`, returned as it is. ``name`` (the
    option or parameter, e.g. ``"since"``) goes into the error message.

    >>> parse_date("2022-03"), parse_date("2022-03", end=True)
    (datetime.date(2022, 3, 1), datetime.date(2022, 3, 31))

    Raises :class:`~kg.errors.DateError` for anything else.
    """
    if isinstance(value, date):
        return value
    match = _FORMS.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None:
        raise DateError(value, name=name)
    year = int(match["year"])
    month = int(match["month"]) if match["month"] else (12 if end else 1)
    if not 1 <= month <= 12:
        raise DateError(value, name=name, reason="month must be in 1..12")
    try:
        if match["day"]:
            return date(year, month, int(match["day"]))
        return date(year, month, calendar.monthrange(year, month)[1] if end else 1)
    except ValueError as e:  # February 30, year 0
        raise DateError(value, name=name, reason=str(e)) from None


def stored_day(value: str | None) -> date | None:
    """The day of a date as stored with an article or statement ("2022-03-09", or a date-time), or None.

    Stored dates were normalised at ingest; a value that is no date counts as undated.
    """
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class DateRange:
    """An inclusive range of days; either end may be open. The filter of every door.

    ``DateRange()`` (no bound) keeps every statement, dated or not; a range
    with a bound keeps only dated statements within it (see the module's
    docstring for why).
    """

    since: date | None = None
    until: date | None = None

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise DateRangeError(self.since.isoformat(), self.until.isoformat())

    @classmethod
    def parse(cls, since: str | date | None = None, until: str | date | None = None) -> DateRange:
        """The range from ``since`` to ``until`` as a user gives them (see :func:`parse_date`).

        Empty strings count as not given. Raises :class:`~kg.errors.DateError`.
        """
        first = parse_date(since, name="since") if since not in (None, "") else None
        last = parse_date(until, end=True, name="until") if until not in (None, "") else None
        return cls(first, last)

    def __bool__(self) -> bool:
        """Whether the range filters at all."""
        return self.since is not None or self.until is not None

    def contains(self, value: str | date | None) -> bool:
        """Whether a statement dated ``value`` (a stored ISO date, or None when undated) is kept."""
        if not self:
            return True
        day = value if isinstance(value, date) else stored_day(value)
        if day is None:
            return False
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)

    def label(self) -> str:
        """The range for people: "2022-01-01 to 2022-03-31", "2022-01-01 to the end", "everything"."""
        if not self:
            return "everything stored"
        first = self.since.isoformat() if self.since else "the start"
        last = self.until.isoformat() if self.until else "the end"
        return f"{first} to {last}"
