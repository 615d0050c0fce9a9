"""The one date rule: the forms a user may write, and what a range keeps (undated statements left out)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.dates import DateRange, parse_date, stored_day
from kg.errors import DATE_FORMS, DateError, DateRangeError, KGError
from kg.network import filter_statements
from kg.store import Store
from kg.types import Article

from .conftest import CHINA, NATO, RUSSIA, UKRAINE, make_statement

# --------------------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2022", date(2022, 1, 1), date(2022, 12, 31)),
        ("2022-03", date(2022, 3, 1), date(2022, 3, 31)),
        ("2024-02", date(2024, 2, 1), date(2024, 2, 29)),  # a leap year
        ("2023-02", date(2023, 2, 1), date(2023, 2, 28)),
        ("2022-03-09", date(2022, 3, 9), date(2022, 3, 9)),
        ("  2022-03-09\n", date(2022, 3, 9), date(2022, 3, 9)),
    ],
)
def test_a_year_or_month_is_a_period_from_its_first_to_its_last_day(value, start, end) -> None:
    assert parse_date(value) == start
    assert parse_date(value, end=True) == end


@pytest.mark.parametrize(
    "value", ["March", "9 March 2022", "2022-3-9", "2022/03/09", "22", "2022-03-09T10:00", "", "２０２２"]
)
def test_other_forms_are_refused_naming_the_value_and_the_accepted_forms(value: str) -> None:
    with pytest.raises(DateError) as caught:
        parse_date(value, name="since")
    assert str(caught.value) == f"since: {value!r} is not a date; give {DATE_FORMS}"
    assert isinstance(caught.value, KGError) and isinstance(caught.value, ValueError)


@pytest.mark.parametrize("value", ["2022-13", "2022-02-30", "0000"])
def test_impossible_days_are_refused_with_the_reason(value: str) -> None:
    with pytest.raises(DateError, match=re.escape(f"{value!r} is not a date (")):
        parse_date(value)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12))
def test_any_text_is_a_day_or_a_date_error(value: str) -> None:
    try:
        day = parse_date(value)
    except DateError as e:
        assert repr(value) in str(e) and DATE_FORMS in str(e)
    else:
        assert re.fullmatch(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?", value.strip())
        assert day.isoformat().startswith(value.strip())


@settings(max_examples=200, deadline=None)
@given(st.dates())
def test_every_day_reads_back_as_itself(day: date) -> None:
    if day.year >= 1000:
        assert parse_date(day.isoformat()) == day == parse_date(day.isoformat(), end=True)


def test_stored_days_are_read_leniently_as_dated_or_undated() -> None:
    assert stored_day("2022-03-09") == date(2022, 3, 9)
    assert stored_day("2022-03-09T10:00:00Z") == date(2022, 3, 9)
    assert stored_day("") is None and stored_day(None) is None and stored_day("soon") is None


# --------------------------------------------------------------------------- the range


def test_no_range_keeps_everything_and_a_range_keeps_only_dated_days_within_it() -> None:
    everything = DateRange()
    assert not everything and everything.contains(None) and everything.contains("2022-03-09")
    march = DateRange.parse("2022-03", "2022-03")
    assert march == DateRange(date(2022, 3, 1), date(2022, 3, 31))
    assert march.contains("2022-03-01") and march.contains("2022-03-31")
    assert not march.contains("2022-04-01") and not march.contains("2022-02-28")
    assert not march.contains(None) and not march.contains("")
    assert DateRange.parse(since="2022").contains("2030-01-01")
    assert not DateRange.parse(until="2021").contains("2022-01-01")
    assert DateRange.parse("", "") == DateRange()
    assert march.label() == "2022-03-01 to 2022-03-31" and everything.label() == "everything stored"


def test_a_range_that_ends_before_it_starts_is_refused() -> None:
    with pytest.raises(DateRangeError, match="since 2023-01-01 is after until 2022-12-31"):
        DateRange.parse("2023", "2022")


# --------------------------------------------------------------------------- the store follows the rule

DAYS = ("2022-02-24", "2022-03-09", "2022-03-31", "2023-01-10", None, None)


@pytest.fixture(scope="module")
def dated_store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("dates") / "store"
    pairs = [
        (CHINA, NATO),
        (RUSSIA, UKRAINE),
        (CHINA, RUSSIA),
        (UKRAINE, NATO),
        (NATO, CHINA),
        (RUSSIA, NATO),
    ]
    with Store(path, write=True) as store:
        for i, (day, (a, b)) in enumerate(zip(DAYS, pairs, strict=True)):
            article = Article(id=f"d{i}", text=f"Sentence {i}.", title=f"T{i}", date=day)
            store.add(article, [make_statement(a, "accuse", b, sentence=article.text, article=article)])
    return path


def test_store_statements_refuses_a_bad_date_instead_of_returning_the_undated(dated_store: Path) -> None:
    with Store(dated_store) as store, pytest.raises(DateError, match="'March' is not a date"):
        store.statements(since="March")


def test_store_statements_leave_undated_statements_out_of_a_range(dated_store: Path) -> None:
    with Store(dated_store) as store:
        assert len(store.statements()) == 6
        assert [s.date for s in store.statements(since="2022")] == [
            "2022-02-24",
            "2022-03-09",
            "2022-03-31",
            "2023-01-10",
        ]
        assert [s.date for s in store.statements(since="2022-03", until="2022-03")] == [
            "2022-03-09",
            "2022-03-31",
        ]
        assert [s.date for s in store.statements(until="2022-02")] == ["2022-02-24"]


@settings(max_examples=40, deadline=None)
@given(
    st.one_of(st.none(), st.sampled_from(["2022", "2022-03", "2022-03-09", "2022-03-10", "2023"])),
    st.one_of(st.none(), st.sampled_from(["2022", "2022-03", "2022-03-09", "2022-02-24", "2023-01"])),
)
def test_the_store_and_the_view_filter_keep_the_same_statements(dated_store: Path, since, until) -> None:
    with Store(dated_store) as store:
        everything = store.statements()
        try:
            expected = filter_statements(everything, since=since, until=until)
        except DateRangeError:
            with pytest.raises(DateRangeError):
                store.statements(since=since, until=until)
            return
        assert store.statements(since=since, until=until) == expected
