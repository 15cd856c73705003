"""Time stage: each class of expression, found and resolved (no model needed)."""

from __future__ import annotations

from datetime import date

import pytest

from communique.time import resolve_phrase
from communique.time.finder import find

PUB = date(2023, 5, 11)  # a Thursday


@pytest.mark.parametrize("phrase,value,granularity", [
    # explicit dates
    ("May 10, 2023", "2023-05-10", "day"),
    ("10 May 2023", "2023-05-10", "day"),
    ("the 3rd of March 2021", "2021-03-03", "day"),
    ("May 10", "2023-05-10", "day"),
    ("Jan. 5", "2023-01-05", "day"),
    ("Sept. 30", "2022-09-30", "day"),
    ("on 2023-02-14", "2023-02-14", "day"),
    ("on 25/12/2022", "2022-12-25", "day"),
    ("on 12/25/2022", "2022-12-25", "day"),
    ("on 5/10/2023", None, "unknown"),
    ("in May 2021", "2021-05", "month"),
    ("in 2019", "2019", "year"),
    ("2023", "2023", "year"),
    ("mid-2022", "2022", "year"),
    ("in late 2022", "2022", "year"),
    ("the 1990s", "1990/1999", "range"),
    # weekdays
    ("on Wednesday", "2023-05-10", "day"),
    ("on Thursday", "2023-05-11", "day"),
    ("late on Tuesday", "2023-05-09", "day"),
    ("on Monday night", "2023-05-08", "day"),
    ("last Thursday", "2023-05-04", "day"),
    ("next Thursday", "2023-05-18", "day"),
    # months and seasons
    ("in December", "2022-12", "month"),
    ("In April", "2023-04", "month"),
    ("in May", "2023-05", "month"),
    ("mid-April", "2023-04", "month"),
    ("early March", "2023-03", "month"),
    ("at the end of January", "2023-01", "month"),
    ("last spring", "2022-03/2022-05", "season"),
    ("last winter", "2022-12/2023-02", "season"),
    ("in the summer of 2021", "2021-06/2021-08", "season"),
    ("in August last year", "2022-08", "month"),
    ("on May 5 last year", "2022-05-05", "day"),
    # relative
    ("yesterday", "2023-05-10", "day"),
    ("today", "2023-05-11", "day"),
    ("tomorrow", "2023-05-12", "day"),
    ("last night", "2023-05-10", "day"),
    ("the previous day", "2023-05-10", "day"),
    ("two days ago", "2023-05-09", "day"),
    ("three weeks ago", "2023-04-17/2023-04-23", "week"),
    ("six months ago", "2022-11", "month"),
    ("a year ago", "2022", "year"),
    ("last week", "2023-05-01/2023-05-07", "week"),
    ("this week", "2023-05-08/2023-05-14", "week"),
    ("next week", "2023-05-15/2023-05-21", "week"),
    ("last month", "2023-04", "month"),
    ("next month", "2023-06", "month"),
    ("earlier this month", "2023-05", "month"),
    ("later this month", "2023-05", "month"),
    ("over the weekend", "2023-05-06/2023-05-07", "range"),
    ("last weekend", "2023-05-06/2023-05-07", "range"),
    ("this weekend", "2023-05-13/2023-05-14", "range"),
    ("late last month", "2023-04", "month"),
    ("last year", "2022", "year"),
    ("earlier this year", "2023", "year"),
    ("next year", "2024", "year"),
    # periods back from the dateline
    ("the 12-year war", "2011/2023", "range"),
    ("Syria's 12-year civil war", "2011/2023", "range"),
    ("its two-year blockade", "2021/2023", "range"),
    ("the past two years", "2021/2023", "range"),
    ("over the past decade", "2013/2023", "range"),
    ("the past three months", "2023-02/2023-05", "range"),
    ("after 12 years of war", "2011/2023", "range"),
    ("since 2011", "2011/2023", "range"),
    ("since March", "2023-03/2023-05", "range"),
    # ranges
    ("between January 4 and February 7", "2023-01-04/2023-02-07", "range"),
    ("from 2019 to 2021", "2019/2021", "range"),
    ("between January and March", "2023-01/2023-03", "range"),
    ("May 5-7", "2023-05-05/2023-05-07", "range"),
    ("4-6 April 2022", "2022-04-04/2022-04-06", "range"),
    ("2019-2021", "2019/2021", "range"),
    ("2019–21", "2019/2021", "range"),
])
def test_time_expression_class_resolves(phrase: str, value: str | None, granularity: str) -> None:
    assert resolve_phrase(phrase, PUB) == (value, granularity)


@pytest.mark.parametrize("text", [
    "Prime Minister Theresa May resigned.",
    "It may rain, and they may march on the capital.",
    "About 2,000 troops and 1500 police were deployed.",
    "A 12-year-old boy was hurt.",
    "The council adopted Resolution 2254.",
    "The March 14 Alliance protested.",
    "After the fall of Aleppo, the Arab Spring faded.",
    "They signed a 10-year deal for 3,500 tonnes.",
    "The third round of talks and the 5th Armored Division.",
    "Prices rose 2023 percent and $2019 was paid.",
    "He spent the past years abroad.",
])
def test_time_expression_false_friends_are_not_dates(text: str) -> None:
    assert [f.phrase for f in find(text)] == []


@pytest.mark.parametrize("text,phrases", [
    ("They met in Moscow on Wednesday.", ["on Wednesday"]),
    ("In April, Moscow hosted talks.", ["In April"]),
    ("It said so during Wednesday's meeting.", ["Wednesday"]),
    ("On Wednesday, May 10, 2023, they met.", ["On Wednesday, May 10, 2023"]),
    ("Troops left in early March and came back in mid-April.", ["in early March", "in mid-April"]),
    ("Turkey backed rebels during the 12-year war.", ["the 12-year war"]),
    ("Talks ran between January 4 and February 7.", ["between January 4 and February 7"]),
    ("Theresa May met him in May.", ["in May"]),
    ("Crowds gathered before Sunday's elections in November.", ["Sunday", "in November"]),
    ("He voted in November 17 municipal elections.", ["November 17"]),
    ("It has been closed since last month's coup.", ["last month"]),
])
def test_time_expression_spans(text: str, phrases: list[str]) -> None:
    found = find(text)
    assert [f.phrase for f in found] == phrases
    for f in found:
        assert text[f.start:f.end] == f.phrase


def test_time_resolve_phrase_without_an_expression() -> None:
    assert resolve_phrase("the meeting", PUB) == (None, "unknown")
