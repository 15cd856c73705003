"""Time stage on parsed text: tense from the parse, possessive weekdays, no dateline, the seed article."""

from __future__ import annotations

from datetime import date

import pytest

from communique.article import Article
from communique.time import TimeExpr, time_article

pytestmark = pytest.mark.model

PUB = date(2023, 5, 10)  # a Wednesday


def dated(nlp, text: str, published: date | None = PUB) -> Article:
    article = Article(text=text, published=published)
    article.doc = nlp(text)
    return time_article(article)


def values(article: Article) -> list[tuple[str, str | None, str]]:
    return [(d.phrase, d.value, d.granularity) for d in article.dates]


@pytest.mark.parametrize("text,phrase,value", [
    ("The ministers will meet on Friday in Ankara.", "on Friday", "2023-05-12"),
    ("Erdogan said he would travel to Moscow in June.", "in June", "2023-06"),
    ("The leaders plan to hold a summit in April.", "in April", "2024-04"),
    ("The vote is scheduled for May 2.", "May 2", "2024-05-02"),
    ("The ministers are due to meet on Monday.", "on Monday", "2023-05-15"),
    ("The ministers met on Friday.", "on Friday", "2023-05-05"),
    ("Erdogan travelled to Moscow in June.", "in June", "2022-06"),
    ("The talks would have ended on Monday.", "on Monday", "2023-05-08"),
    ("Turkey and Syria are meeting on Friday in Moscow.", "on Friday", "2023-05-12"),
    ("Crowds rallied ahead of Sunday's election.", "Sunday", "2023-05-14"),
    ("Crowds rallied after Sunday's election.", "Sunday", "2023-05-07"),
    ("Erdogan faces elections on May 14.", "on May 14", "2023-05-14"),
    ("The summer recess begins in July.", "in July", "2023-07"),
    ("Turkey says it shot down a drone on Tuesday.", "on Tuesday", "2023-05-09"),
    ("Turkey and Syria Hold Talks in Moscow on Monday\nThe talks ended.", "on Monday", "2023-05-08"),
])
def test_time_stage_future_tense_from_the_parse(nlp, text: str, phrase: str, value: str) -> None:
    article = dated(nlp, text)
    found = {d.phrase: d for d in article.dates}
    assert found[phrase].value == value


def test_time_stage_marks_future_expressions(nlp) -> None:
    article = dated(nlp, "Ministers met on Monday and will meet again on Friday.")
    assert [(d.phrase, d.future) for d in article.dates] == [("on Monday", False), ("on Friday", True)]


@pytest.mark.parametrize("text,published,value", [
    ("Syria's envoy spoke during Wednesday's meeting.", date(2023, 5, 10), "2023-05-10"),
    ("Syria's envoy spoke during Wednesday's meeting.", date(2023, 5, 11), "2023-05-10"),
    ("Tuesday's strike killed four people.", date(2023, 5, 10), "2023-05-09"),
])
def test_time_stage_possessive_weekday(nlp, text: str, published: date, value: str) -> None:
    article = dated(nlp, text, published)
    assert [(d.value, d.granularity) for d in article.dates] == [(value, "day")]


def test_time_stage_weekday_on_the_publication_day(nlp) -> None:
    article = dated(nlp, "The foreign ministers met in Moscow on Wednesday.")
    assert values(article) == [("on Wednesday", "2023-05-10", "day")]


def test_time_stage_previous_day_counts_from_the_last_named_day(nlp) -> None:
    article = dated(nlp, "The ministers met on Monday, May 1. The previous day, they had spoken by phone.")
    assert values(article)[-1] == ("The previous day", "2023-04-30", "day")


def test_time_stage_period_ending_in_a_named_year(nlp) -> None:
    article = dated(nlp, "Iran's eight-year war with Iraq ended in 1988.")
    assert values(article)[0] == ("Iran's eight-year war", "1980/1988", "range")


def test_time_stage_without_publication_date_warns_once(nlp) -> None:
    text = "The ministers met on Wednesday and in December, and signed a deal on May 10, 2023."
    article = dated(nlp, text, published=None)
    assert values(article) == [("on Wednesday", None, "day"), ("in December", None, "month"),
                               ("on May 10, 2023", "2023-05-10", "day")]
    time_article(article)  # a second run adds no second warning
    warnings = [e for e in article.errors if e.code == "W501"]
    assert len(warnings) == 1 and warnings[0].level == "warning" and warnings[0].stage == "time"
    assert not article.failed


def test_time_stage_with_publication_date_does_not_warn(nlp) -> None:
    assert dated(nlp, "They met on Wednesday.").errors == []


def test_time_stage_output_contract(nlp) -> None:
    article = dated(nlp, "They met on Wednesday.")
    assert isinstance(article.dates[0], TimeExpr)
    assert article.to_dict()["dates"] == [
        {"phrase": "on Wednesday", "span": [9, 21], "value": "2023-05-10", "granularity": "day"}]


@pytest.mark.shared
def test_time_stage_seed_article(nlp) -> None:
    from conftest import shared_path

    text = shared_path("examples", "four-way-talks.txt").read_text(encoding="utf-8")
    article = dated(nlp, text, date(2023, 5, 11))
    got = {d.phrase: (d.value, d.granularity) for d in article.dates}
    assert got["on Wednesday"] == ("2023-05-10", "day")
    assert got["in February"] == ("2023-02", "month")
    assert got["In April"] == ("2023-04", "month")
    assert got["in December"] == ("2022-12", "month")
    value, granularity = got["the 12-year war"]
    assert granularity == "range" and value == "2011/2023"


@pytest.mark.shared
def test_time_stage_seed_gold_dates_are_found(nlp, seed_gold) -> None:
    from conftest import shared_path

    text = shared_path("examples", "four-way-talks.txt").read_text(encoding="utf-8")
    article = dated(nlp, text, date(2023, 5, 11))
    got = {d.phrase: d.value for d in article.dates}
    for gold in seed_gold["dates"]:
        assert got.get(gold["phrase"]) == gold["value"], gold["phrase"]
