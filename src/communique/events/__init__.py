"""The events stage: a CAMEO coder over the dependency parse.

Fills ``article.events`` with :class:`~communique.article.Event` records:
who did what to whom, with CAMEO code and name, PLOVER category, Goldstein
weight, quad class, mode, date (from the time stage's ``date_event``),
trigger and sentence spans, and a confidence. See ``docs/events.md``.

Modules: ``codes`` (code tables), ``patterns`` (trigger/frame data and
matching), ``lemmas`` (lemma fixes, hyphenated verbs), ``arguments`` (roles from the parse), ``modes``, ``multilateral``,
``coder`` (the per-article coder), ``focus`` (the article's other party), ``sides`` ("both sides", swaps),
``learned`` (the learned fallback), ``own`` (a domestic act's unnamed side), ``pair`` (the two
countries "both nations" stands for, for the learned part), ``acronyms``
(re-parse of misparsed sentence-initial acronyms), ``user`` (the ``event_patterns`` files)
and ``petrarch`` (PETRARCH verb dictionaries as user patterns).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from ..article import Article, Event
from ..cameo import load_codes
from ..language.lemmas import REPAIRED, add_spelled_words, repair
from ..pipeline import register_stage
from .coder import Coder
from .focus import aim_at_focus
from .headline import drop_heading_events, drop_headline_events
from .learned import load_model as load_learned
from .learned import revise
from .lists import code_list_items
from .patterns import Lexicon, load_lexicon, user_code_info
from .selfdyads import drop_empty_and_self
from .user import PETRARCH_SUFFIXES, lexicon_for

__all__ = ["make_events", "code_events"]


def code_events(article: Article, lexicon: Any = None) -> Article:
    """Code the events of an article that has a parse and actors (a parse made
    outside the language stage is repaired first, as that stage would)."""
    if article.doc is None:
        return article
    lex = lexicon or load_lexicon()
    if not article.doc.user_data.get(REPAIRED):
        add_spelled_words(lex.pattern_words)
        article.doc = repair(article.doc)
    Coder(article, lex, lex.codes or load_codes()).run()
    split_pairs(article, lex)
    aim_at_focus(article)
    code_list_items(article)
    drop_headline_events(article)
    drop_heading_events(article)
    return article


def split_pairs(article: Article, lex: Lexicon) -> None:
    """User codes "A:B" code the reverse event B too (target to source); ":B" only that one."""
    if not any(":" in e.cameo for e in article.events):
        return
    out: list[Event] = []
    for event in article.events:
        if ":" not in event.cameo:
            out.append(event)
            continue
        forward, _, backward = event.cameo.partition(":")
        if forward:
            out.append(_recoded(event, forward, lex, reverse=False))
        if backward and (event.source is not None or event.target is not None):
            out.append(_recoded(event, backward, lex, reverse=True))
    article.keep_events(out)


def _recoded(event: Event, code: str, lex: Lexicon, reverse: bool) -> Event:
    info = lex.codes.get(code) or user_code_info(code, lex.codes)
    new = replace(event, meta=dict(event.meta))
    new.recode(info)
    if reverse:
        new.source, new.target = event.target, event.source
        new.meta["notes"] = list(event.meta.get("notes", [])) + ["reverse of a paired code"]
    return new


@register_stage("events", requires=("doc", "actors", "dates", "quotes"), assigns=("events", "actors"))
def make_events(settings: dict[str, Any]) -> Any:
    """The stage: the built-in lexicon plus the ``event_patterns`` files
    (YAML/JSON trigger entries or PETRARCH verb dictionaries; see ``user.py``)."""
    paths = settings.get("event_patterns") or []
    if isinstance(paths, (str, Path)):
        paths = [paths]
    lex = lexicon_for(paths)
    codes = lex.codes or load_codes()
    add_spelled_words(lex.pattern_words)  # joined hyphenated words take the spellings we match

    # a PETRARCH verb dictionary codes in its own scheme (WEIS-like codes), where events learned
    # from our CAMEO patterns and their silences do not belong
    foreign = any(Path(p).suffix.lower() in PETRARCH_SUFFIXES for p in paths)
    learned = load_learned(settings.get("learned_model")) if settings.get("learned_events", True) \
        and not foreign else None
    headlines = bool(settings.get("headline_events", False))

    def events(article: Article) -> Article:
        if article.doc is None:
            return article
        Coder(article, lex, codes).run()
        split_pairs(article, lex)
        if not foreign:  # a PETRARCH dictionary's codes are not ours to aim, nor to list
            aim_at_focus(article)
            code_list_items(article)
        if learned is not None:  # the check knows our patterns' events, not a user file's
            revise(article, settings, learned, judge=not paths)
        drop_empty_and_self(article)
        drop_headline_events(article, keep_unrepeated=headlines)
        drop_heading_events(article)
        return article

    return events
