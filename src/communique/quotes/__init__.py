"""The quotes stage: direct and indirect quotes with their speakers.

``article.quotes`` lists :class:`~communique.article.Quote` records in text
order, numbered ``Q1``, ``Q2`` … A quote's ``text`` excludes the quote marks
and its span covers exactly that text (the characters inside the marks). See
``docs/quotes.md`` for the rules.

>>> from communique import extract                       # doctest: +SKIP
>>> art = extract('“We will not leave,” Lavrov said.')   # doctest: +SKIP
>>> art.quotes[0].text, art.quotes[0].verb               # doctest: +SKIP
('We will not leave,', 'say')
"""

from __future__ import annotations

import re
from typing import Any

from ..article import ActorRef, Article, Quote
from ..pipeline import register_stage
from .data import Rules, load_rules
from .headline import headline_quotes, transcript_lines
from .indirect import reported_clauses, sourced_clauses
from .interview import interview_answers
from .marks import QuoteSpan, find_quote_spans
from .normalise import normalise_quote, quote_matches, speaker_matches
from .own_words import speaker_pronouns
from .speakers import Attributor
from .statements import statement_blocks

__all__ = ["find_quotes", "find_quote_spans", "normalise_quote", "quote_matches",
           "speaker_matches", "keep_span"]

_PARA = re.compile(r"[^\n]+")
#: Between the two halves of an interrupted quote: "“A,” he continued, “B.”"
INTERRUPTION = re.compile(r"[”\"’]?\s*,?\s*[^“”\"\n.!?]{1,40},\s*$")


def keep_span(text: str, span: QuoteSpan, rules: Rules) -> bool:
    """False for a scare quote: under ``min_quote_words`` words and not standing alone.

    A short quote stands alone when its text ends in , . ! or ? and its
    opening mark starts the paragraph or a sentence (`“No,” he said.`).
    """
    if span.words >= rules.min_quote_words:
        return True
    if span.words == 0 or span.text.rstrip()[-1:] not in ",.!?":
        return False
    lead = text[:span.open_mark].rstrip(" \t")
    return not lead or lead[-1] in "\n.!?:"


def _paragraph_of(text: str, char: int) -> tuple[int, int]:
    lo = text.rfind("\n", 0, char) + 1
    hi = text.find("\n", char)
    return lo, (len(text) if hi < 0 else hi)


def _fills_paragraph(text: str, span: QuoteSpan) -> bool:
    lo, hi = _paragraph_of(text, span.start)
    body = text[lo:hi].strip()
    return bool(body) and len(span.text) >= 0.8 * (len(body) - 2)


def find_quotes(article: Article, rules: Rules | None = None) -> list[Quote]:
    """All quotes of a parsed article, with speakers where they can be told."""
    rules = rules or load_rules()
    text = article.text
    spans = [s for s in find_quote_spans(text, rules) if keep_span(text, s, rules)]
    direct_spans = [(s.start, s.end) for s in spans]
    found: list[tuple[int, int, str, bool, ActorRef | None, str | None]] = []
    if article.doc is None:
        found = [(s.start, s.end, s.text, True, None, None) for s in spans]
    else:
        attributor = Attributor(article, rules, direct_spans)
        blocks = list(statement_blocks(article, rules))  # "X said:" then paragraphs of speech
        lines = list(transcript_lines(article))  # "KERRY: …" and the paragraphs that follow
        spoken = [p for _, paragraphs in blocks for p in paragraphs] + [sp for _, sp in lines]
        indirect = [(v, sp) for v, sp in reported_clauses(article.doc, rules.speech_verbs,
                                                         rules.object_report_verbs, direct_spans,
                                                         rules.question_words)
                    if not any(a <= sp[0] < b for a, b in spoken)]  # inside a statement: its words
        sourced = [(src, sp) for src, sp in sourced_clauses(article.doc, rules.source_phrases,
                                                            direct_spans + [sp for _, sp in indirect])
                   if not any(a <= sp[0] < b for a, b in spoken)]
        taken = direct_spans + [sp for _, sp in indirect] + [sp for _, sp in sourced]
        for mention, (s, e) in lines:
            if not any(a < e and b > s for a, b in taken):
                found.append((s, e, text[s:e], True, article.ref(mention), None))
                taken.append((s, e))
        statements = []
        for verb, paragraphs in blocks:
            subj = attributor.subject_of(verb)
            speaker = attributor.ref_for(subj) if subj is not None else None
            if speaker is None:  # the parser lost the subject of "…, Boris Johnson, said:"
                speaker = attributor.lone_person_before(verb)
            if speaker is None:  # "The following is attributable to Spokesperson Ned Price:", "FCDO Spokesperson:"
                speaker = attributor.intro_voice(verb)
            statements.append((speaker, paragraphs))
            for s, e in paragraphs:
                if not any(a < e and b > s for a, b in taken):
                    found.append((s, e, text[s:e], True, speaker, attributor.verb_lemma(verb)))
                    taken.append((s, e))
        for mention, (s, e) in headline_quotes(article):
            if not any(a < e and b > s for a, b in taken):
                found.append((s, e, text[s:e], False, article.ref(mention), None))
        for who, (s, e) in interview_answers(article, direct_spans):
            if not any(a < e and b > s for a, b in taken):
                found.append((s, e, text[s:e], True, article.ref(who) if who else None, None))
        items: list[tuple[int, Any]] = [(s.start, s) for s in spans]
        items += [(sp[0], ("verb", v, sp)) for v, sp in indirect]
        items += [(sp[0], ("source", src, sp)) for src, sp in sourced]
        items.sort(key=lambda x: x[0])
        last_para_speaker: dict[int, ActorRef | None] = {}
        last_direct: tuple[int, ActorRef | None, int] | None = None
        continued: list[int] = []  # unattributed quotes that run on into the next paragraph
        for _, item in items:
            if isinstance(item, QuoteSpan):
                speaker, verb, _tok = attributor.attribute(item.start, item.end)
                para = _paragraph_of(text, item.start)
                if speaker is None and verb is None:
                    if _fills_paragraph(text, item):
                        speaker = _previous_paragraph_speaker(text, para[0], last_para_speaker)
                        before = _previous_paragraph(text, para[0])
                        if speaker is None and before is not None and before[0] not in last_para_speaker:
                            speaker = attributor.paragraph_subject(*before)  # "X condemned …¶“…”"
                    elif last_direct is not None and last_direct[0] == para[0] \
                            and (_starts_sentence(text, item.open_mark)
                                 or INTERRUPTION.match(text, last_direct[2], item.open_mark)):
                        speaker = last_direct[1]  # "“A,” Wang said. “B.”", "“A,” he continued, “B.”"
                    if speaker is not None:
                        attributor.remember(item.start, speaker)
                last_direct = (para[0], speaker, item.end)
                if item.continued and speaker is None and verb is None:
                    continued.append(len(found))
                found.append((item.start, item.end, item.text, True, speaker, verb))
                last_para_speaker[para[0]] = speaker
            else:
                kind, tok, (s, e) = item
                verb = None
                if kind == "verb":
                    subj = attributor.subject_of(tok)
                    if subj is not None:
                        speaker = attributor.ref_for(subj)
                    else:  # the parser lost the subject: the one person named before the verb
                        speaker = attributor.lone_person_before(tok)
                        if speaker is None:
                            continue
                    verb = attributor.verb_lemma(tok)
                else:  # "according to X": only a known actor makes it a quote
                    speaker = attributor.ref_for(tok)
                    if speaker is None:
                        continue
                attributor.remember(s, speaker)
                found.append((s, e, text[s:e], False, speaker, verb))
                last_para_speaker[_paragraph_of(text, s)[0]] = speaker
        found = _carry_back(found, continued)
        found = _introduced(found, statements)
    found.sort(key=lambda f: (f[0], f[1]))
    return [Quote(id=f"Q{i}", text=t, start=s, end=e, direct=d, speaker=sp, verb=v)
            for i, (s, e, t, d, sp, v) in enumerate(found, 1)]


def _introduced(found: list[Any], statements: list[tuple[ActorRef | None, list[tuple[int, int]]]]
                ) -> list[Any]:
    """Quotes with no speaker inside the paragraphs an "X said:" line introduces are X's."""
    for speaker, paragraphs in statements:
        if speaker is None:
            continue
        for i, (s, e, t, d, sp, v) in enumerate(found):
            if sp is None and any(a <= s < b for a, b in paragraphs):
                found[i] = (s, e, t, d, speaker, v or "say")
    return found


def _carry_back(found: list[Any], continued: list[int]) -> list[Any]:
    """Give a quote that runs on into the next paragraph the speaker of the quote there.

    The typographic convention leaves the closing mark off a paragraph whose
    quote goes on in the next one; the attribution then usually comes with the
    next paragraph's quote (`“A.¶“B,” Austin said.`).
    """
    found = list(found)
    for idx in sorted(continued, reverse=True):  # later first, so chains carry back
        end = found[idx][1]
        nxt = min((f for f in found if f[3] and f[0] > end), key=lambda f: f[0], default=None)
        if nxt is not None and nxt[4] is not None:
            found[idx] = found[idx][:4] + (nxt[4],) + found[idx][5:]
    return found


def _starts_sentence(text: str, mark: int) -> bool:
    """True when the quote mark at ``mark`` opens a sentence (after . ! ? or a closing mark)."""
    lead = text[:mark].rstrip(" \t")
    return not lead or lead[-1] in ".!?\n" or (lead[-1] in "”\"'’" and lead[-2:-1] in (".", "!", "?"))


def _previous_paragraph(text: str, para_start: int) -> tuple[int, int] | None:
    """The span of the non-empty paragraph just before ``para_start``, if any."""
    if para_start <= 0:
        return None
    prev_end = para_start - 1
    while prev_end > 0 and text[prev_end - 1] == "\n":
        prev_end -= 1
    return _paragraph_of(text, max(0, prev_end - 1)) if prev_end > 0 else None


def _previous_paragraph_speaker(text: str, para_start: int, speakers: dict[int, ActorRef | None]
                                ) -> ActorRef | None:
    """The last speaker of the paragraph just before ``para_start``, if it had quotes."""
    before = _previous_paragraph(text, para_start)
    return speakers.get(before[0]) if before is not None else None


@register_stage("quotes", requires=("doc", "actors"), assigns=("quotes", "actors"))
def make_quotes(settings: dict[str, Any]) -> Any:
    rules = load_rules()

    def quotes(article: Article) -> Article:
        article.quotes = find_quotes(article, rules)
        speaker_pronouns(article, article.quotes)
        return article

    return quotes
