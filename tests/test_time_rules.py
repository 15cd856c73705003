"""Time stage: calendar rules — year boundaries, tense, the publication day, no dateline."""

from __future__ import annotations

from datetime import date

import pytest

from communique.time import resolve_phrase
from communique.time.resolve import Spec, resolve


@pytest.mark.parametrize("phrase,published,value", [
    ("in December", date(2024, 1, 15), "2023-12"),     # a January article's December
    ("in January", date(2024, 1, 15), "2024-01"),      # the current month counts
    ("in February", date(2024, 1, 15), "2023-02"),
    ("on Dec. 28", date(2024, 1, 3), "2023-12-28"),
    ("Jan. 2", date(2024, 1, 3), "2024-01-02"),
    ("last spring", date(2024, 1, 3), "2023-03/2023-05"),
    ("last winter", date(2024, 1, 3), "2022-12/2023-02"),
    ("in the winter", date(2024, 1, 3), "2023-12/2024-02"),
    ("last week", date(2024, 1, 3), "2023-12-25/2023-12-31"),
    ("last month", date(2024, 1, 3), "2023-12"),
    ("between December 4 and January 7", date(2024, 3, 1), "2023-12-04/2024-01-07"),
    ("between January 4 and February 7", date(2023, 1, 20), "2022-01-04/2022-02-07"),
    ("Feb. 29", date(2023, 5, 11), "2020-02-29"),
])
def test_time_rules_year_boundaries(phrase: str, published: date, value: str) -> None:
    assert resolve_phrase(phrase, published)[0] == value


@pytest.mark.parametrize("phrase,published,value", [
    ("on Wednesday", date(2023, 5, 10), "2023-05-10"),   # a Wednesday article's Wednesday
    ("on Tuesday", date(2023, 5, 10), "2023-05-09"),
    ("on Thursday", date(2023, 5, 10), "2023-05-04"),
    ("last Wednesday", date(2023, 5, 10), "2023-05-03"),
    ("next Wednesday", date(2023, 5, 10), "2023-05-17"),
])
def test_time_rules_weekday_and_the_publication_day(phrase: str, published: date, value: str) -> None:
    assert resolve_phrase(phrase, published) == (value, "day")


@pytest.mark.parametrize("phrase,published,value", [
    ("on Friday", date(2023, 5, 10), "2023-05-12"),
    ("on Wednesday", date(2023, 5, 10), "2023-05-10"),    # later the same day
    ("on Monday", date(2023, 5, 10), "2023-05-15"),
    ("in December", date(2023, 5, 11), "2023-12"),
    ("in May", date(2023, 5, 11), "2023-05"),
    ("in April", date(2023, 5, 11), "2024-04"),
    ("on May 2", date(2023, 5, 11), "2024-05-02"),
    ("in the spring", date(2023, 6, 11), "2024-03/2024-05"),
    ("at the weekend", date(2023, 5, 10), "2023-05-13/2023-05-14"),
    ("next weekend", date(2023, 5, 13), "2023-05-20/2023-05-21"),
])
def test_time_rules_future_clauses_look_ahead(phrase: str, published: date, value: str) -> None:
    assert resolve_phrase(phrase, published, future=True)[0] == value


@pytest.mark.parametrize("phrase", ["last week", "two days ago", "last Friday", "the past two years"])
def test_time_rules_words_override_a_future_tense(phrase: str) -> None:
    pub = date(2023, 5, 10)
    assert resolve_phrase(phrase, pub, future=True) == resolve_phrase(phrase, pub, future=False)


@pytest.mark.parametrize("phrase,granularity", [
    ("on Wednesday", "day"),
    ("in December", "month"),
    ("last spring", "season"),
    ("last week", "week"),
    ("the 12-year war", "range"),
    ("yesterday", "day"),
    ("earlier this year", "year"),
])
def test_time_rules_no_publication_date_keeps_granularity(phrase: str, granularity: str) -> None:
    assert resolve_phrase(phrase, None) == (None, granularity)


@pytest.mark.parametrize("phrase,value,granularity", [
    ("May 10, 2023", "2023-05-10", "day"),
    ("in 2019", "2019", "year"),
    ("from 2019 to 2021", "2019/2021", "range"),
])
def test_time_rules_absolute_dates_need_no_dateline(phrase: str, value: str, granularity: str) -> None:
    assert resolve_phrase(phrase, None) == (value, granularity)


@pytest.mark.parametrize("published,value", [
    (date(2023, 5, 13), "2023-05-13/2023-05-14"),  # a Saturday article: the weekend under way
    (date(2023, 5, 14), "2023-05-13/2023-05-14"),
    (date(2023, 5, 15), "2023-05-13/2023-05-14"),
])
def test_time_rules_weekend_in_the_past(published: date, value: str) -> None:
    assert resolve_phrase("over the weekend", published) == (value, "range")


def test_time_rules_anchored_day_counts_from_the_anchor() -> None:
    spec = Spec("anchored", offset=-1)
    assert resolve(spec, date(2023, 5, 11), anchor=date(2023, 5, 3)) == ("2023-05-02", "day")
    assert resolve(spec, date(2023, 5, 11)) == ("2023-05-10", "day")


def test_time_rules_invalid_day_gives_no_value() -> None:
    assert resolve(Spec("date", year=2023, month=2, day=30), date(2023, 5, 11)) == (None, "day")
