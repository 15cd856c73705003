"""Finding direct quotes from quote marks alone (no parse needed).

The scanner works paragraph by paragraph (a paragraph ends at a line break).
Each mark is classified as opening, closing or an apostrophe from the
characters around it, then marks are paired with a small stack:

* double marks (“ ” „ « » ") make quotes; single marks (‘ ’ ') inside a
  double quote are a nested quote and stay part of the outer text; single
  marks at the top level make a quote only when they pair up in the paragraph;
* ``’`` or ``'`` between letters (``don’t``, ``Syria’s``) is an apostrophe;
  after a letter and before a space (``forces’ occupation``) it closes a
  single quote only when one is open;
* an opening mark with no closing mark runs to the end of its paragraph when
  it opens the paragraph or follows ``:`` or ``,`` (the news convention for a
  quote continued into the next paragraph); otherwise it is dropped;
* a closing mark with nothing open is ignored.

Spans cover the text *inside* the marks, with surrounding spaces trimmed.

>>> [s.text for s in find_quote_spans('He said “we will go” and left.')]
['we will go']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .data import Rules, load_rules

_PARA = re.compile(r"[^\n]+")
_WORD = re.compile(r"[^\W_]+(?:[’'\-][^\W_]+)*")
_OPENERS = "([{—–-/:"
_FIRST = re.compile(r"\s*(\S)")
# a wire dateline before a paragraph's first words: "KYIV --", "GAZA CITY, Oct 9 (Reuters) -"
_DATELINE = re.compile(r"^[A-Z][A-Z.' -]*[A-Z.](?:,[^-—–]{0,40})?(?:\s*\([^)]{1,30}\))?\s*(?:--|—|–|-)$")


@dataclass
class QuoteSpan:
    """A stretch of text between a pair of quote marks."""

    start: int
    end: int
    text: str
    open_mark: int  # offset of the opening mark
    close_mark: int | None  # offset of the closing mark, None when unbalanced
    continued: bool = False  # runs on into the next paragraph's quote

    @property
    def words(self) -> int:
        return len(_WORD.findall(self.text))


def _classify(text: str, i: int, lo: int, hi: int, rules: Rules, marks: frozenset[str]
              ) -> tuple[str, str] | None:
    """(level, role) of the mark at ``i``: level double|single, role open|close|either."""
    c = text[i]
    prev = text[i - 1] if i > lo else ""
    nxt = text[i + 1] if i + 1 < hi else ""
    before_space = not prev or prev.isspace() or prev in _OPENERS or prev in marks
    after_space = not nxt or nxt.isspace()
    if c in rules.double_open:
        return ("double", "open")
    if c in rules.double_close:
        if before_space and not after_space and nxt.isalnum():
            return ("double", "open")  # a closing-shaped mark used to open
        return ("double", "close")
    if c in rules.straight_double:
        if before_space and not after_space:
            return ("double", "open")
        if not before_space:
            return ("double", "close")
        return ("double", "either")
    # single marks
    if prev.isalnum() and nxt.isalnum():
        return None  # apostrophe inside a word
    if c in rules.single_open or c in rules.straight_single:
        if before_space and nxt and not after_space:
            return ("single", "open")
        if c in rules.single_open:
            return None
    if c in rules.single_close or c in rules.straight_single:
        if prev and not prev.isspace():
            return ("single", "close")
    return None


def _make(text: str, open_mark: int, close: int | None, end: int, continued: bool = False
          ) -> QuoteSpan | None:
    start = open_mark + 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    return QuoteSpan(start, end, text[start:end], open_mark, close, continued)


def _next_para_opens(text: str, pos: int, rules: Rules) -> bool:
    m = _FIRST.match(text, pos)
    return m is not None and (m.group(1) in rules.double_open or m.group(1) in rules.straight_double)


def find_quote_spans(text: str, rules: Rules | None = None) -> list[QuoteSpan]:
    """All direct quotes in ``text`` by their marks, in text order (never raises)."""
    rules = rules or load_rules()
    marks = rules.all_marks
    out: list[QuoteSpan] = []
    for para in _PARA.finditer(text):
        lo, hi = para.start(), para.end()
        stack: list[tuple[str, int]] = []  # (level, offset of the opening mark)
        for i in range(lo, hi):
            if text[i] not in marks:
                continue
            kind = _classify(text, i, lo, hi, rules, marks)
            if kind is None:
                continue
            level, role = kind
            has_double = any(lv == "double" for lv, _ in stack)
            if level == "double":
                if role == "either":
                    role = "close" if has_double else "open"
                if role == "close" and text[i] in rules.straight_double and not has_double:
                    role = "open"
                if role == "open" and has_double and text[i] in rules.straight_double:
                    role = "close"
                if role == "open":
                    if has_double:  # the earlier opening mark was stray
                        while stack and stack[-1][0] != "double":
                            stack.pop()
                        stack.pop()
                    stack.append(("double", i))
                elif has_double:
                    while stack[-1][0] != "double":
                        stack.pop()
                    _, at = stack.pop()
                    if not stack:
                        span = _make(text, at, i, i)
                        if span:
                            out.append(span)
            else:
                if role == "open":
                    if not stack or stack[-1][0] == "double":
                        stack.append(("single", i))
                elif stack and stack[-1][0] == "single":
                    _, at = stack.pop()
                    if not stack:
                        span = _make(text, at, i, i)
                        if span:
                            out.append(span)
        # unbalanced at the paragraph's end: keep the outermost double quote when
        # it opens the paragraph (after a dateline at most) or follows ':' or ','
        doubles = [at for lv, at in stack if lv == "double"]
        if doubles:
            at = doubles[0]
            lead = _DATELINE.sub("", text[lo:at].strip())
            if not lead or lead[-1] in ":,":
                span = _make(text, at, None, hi, continued=_next_para_opens(text, hi, rules))
                if span:
                    out.append(span)
    out.sort(key=lambda s: s.start)
    return out
