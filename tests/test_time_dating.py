"""Event dating (communique.time.date_event) on small parsed articles with hand-built events."""

from __future__ import annotations

from datetime import date

import pytest

from communique.article import Article, Event, EventDate
from communique.time import date_event, time_article

pytestmark = pytest.mark.model


def parsed(nlp, text: str, published: date | None = date(2023, 5, 11)) -> Article:
    article = Article(text=text, published=published)
    article.doc = nlp(text)
    return time_article(article)


def when(article: Article, trigger: str, nth: int = 0, cameo: str = "") -> EventDate:
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(trigger, start + 1)
    span = (start, start + len(trigger))
    sent = article.sentence_of(start)
    result = date_event(article, span, (sent.start_char, sent.end_char), cameo=cameo)
    assert result is not None
    return result


def add_event(article: Article, trigger: str, cameo: str, eid: str) -> Event:
    start = article.text.index(trigger)
    event = Event(id=eid, cameo=cameo, trigger_text=trigger, trigger_span=(start, start + len(trigger)))
    event.date = when(article, trigger, cameo=cameo)
    article.events.append(event)
    return event


@pytest.mark.shared
def test_time_dating_seed_talks_in_december(nlp) -> None:
    from conftest import shared_path

    text = shared_path("examples", "four-way-talks.txt").read_text(encoding="utf-8")
    article = parsed(nlp, text)
    sentence = "Syrian and Turkish defense ministers had held talks in Moscow in December."
    start = text.index(sentence)
    trigger = text.index("held talks", start)
    got = date_event(article, (trigger, trigger + len("held talks")), (start, start + len(sentence)))
    assert got is not None
    assert (got.value, got.granularity, got.phrase) == ("2022-12", "month", "in December")
    assert got.span is not None and text[got.span[0]:got.span[1]] == "in December"


@pytest.mark.parametrize("text,trigger,value,granularity", [
    ("Iraqi and Iranian envoys had held talks in Baghdad in December.", "held talks", "2023-12", "month"),
    ("The two presidents spoke by phone on Sunday.", "spoke", "2024-01-14", "day"),
    ("In 2019, Ankara launched an offensive into northern Syria.", "launched", "2019", "year"),
    ("Turkey will host the summit next month.", "host", "2024-02", "month"),
])
def test_time_dating_own_clause(nlp, text: str, trigger: str, value: str, granularity: str) -> None:
    article = parsed(nlp, text, date(2024, 1, 18))  # a Thursday
    got = when(article, trigger)
    assert (got.value, got.granularity) == (value, granularity)


def test_time_dating_each_clause_keeps_its_own_date(nlp) -> None:
    article = parsed(nlp, "The ministers, who had met in Ankara in March, held talks in Moscow on Wednesday.")
    assert when(article, "held talks").phrase == "on Wednesday"
    assert when(article, "met").phrase == "in March"


def test_time_dating_ignores_a_relative_clause_about_another_event(nlp) -> None:
    article = parsed(nlp, "The ministers, who had met in Ankara in March, held talks in Moscow.")
    got = when(article, "held talks")
    assert (got.value, got.granularity, got.phrase) == ("2023-05-11", "publication", None)


def test_time_dating_from_the_sentence(nlp) -> None:
    article = parsed(nlp, "On Tuesday, Lavrov said that Turkey and Syria agreed to cooperate.")
    got = when(article, "agreed")
    assert (got.value, got.granularity, got.phrase) == ("2023-05-09", "day", "On Tuesday")


def test_time_dating_coreferent_event(nlp) -> None:
    text = ("The foreign ministers met in Moscow on May 2. Russia hosted talks with the defense ministers "
            "in April. During the meeting, Cavusoglu stressed the need for cooperation. "
            "Lavrov said the talks had been useful.")
    article = parsed(nlp, text, date(2023, 5, 20))
    add_event(article, "met", "043", "E1")
    add_event(article, "hosted", "043", "E2")
    stressed = when(article, "stressed")
    assert (stressed.value, stressed.granularity, stressed.phrase) == ("2023-05-02", "day", "on May 2")
    said = when(article, "been useful")
    assert said.value == "2023-04"


def test_time_dating_coreference_needs_a_dated_event(nlp) -> None:
    text = "The ministers met in Moscow. During the meeting, Cavusoglu stressed the need for cooperation."
    article = parsed(nlp, text)
    add_event(article, "met", "043", "E1")
    got = when(article, "stressed")
    assert (got.value, got.granularity) == ("2023-05-11", "publication")


@pytest.mark.parametrize("trigger", ["backed", "sent"])
def test_time_dating_background_period(nlp, trigger: str) -> None:
    article = parsed(nlp, "Turkey has backed the opposition during the 12-year war, and sent troops into the north.")
    got = when(article, trigger)
    assert (got.value, got.granularity, got.phrase) == (None, "period", "the 12-year war")


def test_time_dating_point_date_beats_a_period(nlp) -> None:
    article = parsed(nlp, "During the 12-year war, Turkey sent troops into Syria in 2016.")
    got = when(article, "sent")
    assert (got.value, got.granularity) == ("2016", "year")


def test_time_dating_story_day_for_undated_statements(nlp) -> None:
    text = "The foreign ministers met in Moscow on Wednesday. Lavrov added that the plan was good."
    article = parsed(nlp, text)
    got = when(article, "added")
    assert (got.value, got.granularity, got.phrase) == ("2023-05-10", "day", "on Wednesday")


def test_time_dating_story_day_only_when_recent(nlp) -> None:
    text = "The foreign ministers met in Moscow on May 9. Lavrov added that the plan was good."
    assert when(parsed(nlp, text), "added").rule == "story"
    text = "The foreign ministers met in Moscow on April 2. Lavrov added that the plan was good."
    got = when(parsed(nlp, text), "added")  # 39 days back, counted from the dateline: news looking back
    assert (got.value, got.rule) == ("2023-05-11", "publication")
    text = "The foreign ministers met in Moscow on 2 April 2023. Lavrov added that the plan was good."
    got = when(parsed(nlp, text), "added")  # a date with its year: the time the text is telling
    assert (got.value, got.granularity, got.rule) == ("2023-04-02", "day", "anchor")


def test_time_dating_an_account_of_the_past_keeps_its_anchor(nlp) -> None:
    text = ("Border clashes broke out in 1998. On 23 March 2007, sailors were detained off the coast. "
            "They were taken to Tehran for questioning. Britain condemns the detention.")
    article = parsed(nlp, text)
    got = when(article, "taken")
    assert (got.value, got.granularity, got.rule) == ("2007-03-23", "day", "anchor")
    now = when(article, "condemns")  # the present tense speaks on the day of publication
    assert (now.value, now.rule) == ("2023-05-11", "publication")


def test_time_dating_no_anchor_when_the_named_time_is_recent(nlp) -> None:
    article = parsed(nlp, "Talks were held on May 2. Iran agreed to the plan.")
    assert when(article, "agreed").rule != "anchor"


def test_time_dating_a_yearless_day_belongs_to_the_year_being_told(nlp) -> None:
    article = parsed(nlp, "The 2019 crisis began in February. On 26 February, jets struck a camp.")
    days = [d.value for d in article.dates if d.phrase.endswith("26 February")]
    assert days == ["2019-02-26"]
    recent = parsed(nlp, "The talks of 2023 went on. On 26 February, jets struck a camp.")
    assert [d.value for d in recent.dates if d.phrase.endswith("26 February")] == ["2023-02-26"]


def test_time_dating_publication_fallback(nlp) -> None:
    article = parsed(nlp, "Russia criticized the plan. Iran agreed.")
    got = when(article, "agreed")
    assert got == EventDate(value="2023-05-11", granularity="publication", rule="publication")


def test_time_dating_without_publication_date(nlp) -> None:
    article = parsed(nlp, "Russia criticized the plan in December. Iran agreed.", published=None)
    assert when(article, "agreed") == EventDate(value=None, granularity="unknown", rule="unknown")
    got = when(article, "criticized")
    assert (got.value, got.granularity, got.phrase) == (None, "month", "in December")


def test_time_dating_without_a_parse_uses_the_nearest_expression() -> None:
    text = "Talks took place in Geneva in March, a diplomat said on Friday."
    article = Article(text=text, published=date(2023, 5, 11))
    time_article(article)
    start = text.index("took")
    got = date_event(article, (start, start + 4), (0, len(text)))
    assert got is not None and got.phrase == "in March"


def test_time_dating_definite_event_noun_as_trigger(nlp) -> None:
    text = "The ministers met in Ankara on May 2. Lavrov said the meeting had been useful."
    article = parsed(nlp, text, date(2023, 5, 20))
    add_event(article, "met", "043", "E1")
    got = when(article, "meeting")
    assert (got.value, got.granularity, got.phrase) == ("2023-05-02", "day", "on May 2")


def test_time_dating_skips_a_future_date_for_a_past_event(nlp) -> None:
    article = parsed(nlp, "Turkey shelled Kurdish positions, and the two sides will hold talks next week.")
    got = when(article, "shelled")
    assert (got.value, got.granularity) == ("2023-05-11", "publication")
    assert when(article, "hold talks").phrase == "next week"


def test_time_a_headline_day_is_the_story_today_when_posted_a_little_later(nlp) -> None:
    text = "PM meeting with President Ruto: 10 September 2023\n\nThe Prime Minister met President Ruto this afternoon."
    got = [d.value for d in parsed(nlp, text, date(2023, 9, 11)).dates if d.phrase == "this afternoon"]
    assert got == ["2023-09-10"]  # posted a day later, the headline's day is the story's today
    far = "Summit of 2 May 2023\n\nThe leaders met this afternoon."
    assert [d.value for d in parsed(nlp, far).dates if d.phrase == "this afternoon"] == ["2023-05-11"]


def test_time_a_date_naming_a_thing_is_the_nearer_reading(nlp) -> None:
    past = parsed(nlp, "The United States condemns the July 7 terrorist attack.", date(2018, 7, 8))
    assert [d.value for d in past.dates] == ["2018-07-07"]
    coming = parsed(nlp, "The July 7 talks will be held in Geneva.", date(2018, 7, 1))
    assert [d.value for d in coming.dates] == ["2018-07-07"]


def test_time_days_apart_with_to(nlp) -> None:
    article = parsed(nlp, "The minister visited Tehran on 22 to 23 June for talks.", date(2019, 6, 24))
    assert [(d.value, d.granularity) for d in article.dates] == [("2019-06-22/2019-06-23", "range")]


def test_time_an_intent_is_dated_when_it_is_stated(nlp) -> None:
    article = parsed(nlp, "Sherman will travel to Brussels on January 11.", date(2022, 1, 10))
    start = article.text.index("travel")
    sent = article.sentence_of(start)
    got = date_event(article, (start, start + 6), (sent.start_char, sent.end_char), "intent")
    assert got.value == "2022-01-10"
    assert date_event(article, (start, start + 6), (sent.start_char, sent.end_char)).value == "2022-01-11"


def test_time_dating_a_date_of_another_event_noun_is_not_the_events(nlp) -> None:
    text = ("The United States condemns the July 7 attack on the ministry. "
            "Russia hosted talks with Turkey in April.")
    article = parsed(nlp, text, date(2023, 7, 8))
    assert when(article, "condemns", cameo="111").rule not in ("clause", "sentence")
    assert when(article, "hosted", cameo="043").value == "2023-04"


DATELINE = ("WASHINGTON, Oct. 23, 2016 – Ash Carter met Haider al-Abadi yesterday in Baghdad. "
            "The 2019 Balakot airstrike was a bombing raid conducted by Indian warplanes on 26 February 2019.")


@pytest.mark.parametrize("text, published, trigger, cameo, value", [
    (DATELINE, date(2016, 10, 23), "met", "040", "2016-10-22"),  # a dateline gives way to "yesterday"
    (DATELINE, date(2016, 10, 23), "raid", "190", "2019-02-26"),  # a naming year gives way to the day
    ("WASHINGTON, April 8, 2009 – Building trust tops the agenda, the admiral said after meetings "
     "in Islamabad yesterday. Mullen met the foreign minister of Pakistan.",
     date(2009, 4, 8), "met", "040", "2009-04-07"),  # the story's day is not the dateline's
], ids=["dateline", "naming-year", "story-day"])
def test_time_dating_a_dateline_and_a_naming_year_give_way(nlp, text, published, trigger, cameo, value) -> None:
    assert when(parsed(nlp, text, published), trigger, cameo=cameo).value == value


def test_time_dating_what_a_copula_says_the_event_was_keeps_its_day(nlp) -> None:
    text = "The 2006 nuclear test was the detonation of a nuclear device conducted on October 9, 2006 by the army."
    article = parsed(nlp, text, date(2011, 1, 1))
    assert when(article, "was", cameo="150").value == "2006-10-09"


def test_time_dating_a_recent_day_is_not_read_in_a_background_year(nlp) -> None:
    text = "In 1989 there was a war over water. On 28 April, Tajik and Kyrgyz forces started clashes at the border."
    article = parsed(nlp, text, date(2021, 5, 1))
    assert when(article, "started", cameo="190").value == "2021-04-28"


def test_time_dating_a_relative_clause_on_the_event_noun_dates_it(nlp) -> None:
    text = "Gates spoke about the meeting he had last night in Abu Dhabi with the crown prince."
    article = parsed(nlp, text, date(2010, 12, 10))
    assert when(article, "meeting", cameo="040").value == "2010-12-09"
