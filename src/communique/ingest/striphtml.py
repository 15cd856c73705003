"""A crude, non-recursive HTML-to-text fallback for pages the HTML parser cannot take.

Used when a page is too large for trafilatura, when lxml refuses it (nesting
deeper than libxml2's limit), or when the parser raises. It never recurses, so
no input can exhaust the stack, and it runs in time linear in the input.

>>> strip_tags("<p>Talks <b>resumed</b> &amp; ended.</p><script>x()</script>")
'Talks resumed & ended.'
"""

from __future__ import annotations

import html as _html
import re

#: Nesting depth beyond which libxml2 (and so trafilatura) drops the rest of a page.
PARSER_MAX_DEPTH = 255

_DROP = re.compile(r"<(script|style|noscript|template|svg|head)\b[^>]*>.*?</\1\s*>",
                   re.IGNORECASE | re.DOTALL)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BLOCK = re.compile(r"</?(?:p|div|br|li|h[1-6]|tr|section|article|blockquote|header|footer|title)\b[^>]*>",
                    re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_SPACES = re.compile(r"[ \t\f\v\u00a0]+")
_BLANKS = re.compile(r"\n\s*\n+")
_TAG_TOKEN = re.compile(rb"<(/?)([A-Za-z][A-Za-z0-9]*)[^>]*?(/?)>")
_VOID = frozenset(b"area base br col embed hr img input link meta param source track wbr "
                  b"p li td th tr dt dd option".split())


def strip_tags(html: str) -> str:
    """The visible text of ``html``: scripts and styles dropped, blocks as line breaks."""
    text = _COMMENT.sub(" ", html)
    text = _DROP.sub(" ", text)
    text = _BLOCK.sub("\n", text)
    text = _TAG.sub(" ", text)
    text = _html.unescape(text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    text = "\n".join(line for line in lines if line)
    return _BLANKS.sub("\n", text).strip()


def nesting_depth(data: bytes, stop: int = PARSER_MAX_DEPTH + 1) -> int:
    """An estimate of the deepest tag nesting in ``data`` (stops counting at ``stop``).

    Void and often-unclosed elements (``br``, ``p``, ``li``…) are not counted.
    """
    depth = deepest = 0
    for match in _TAG_TOKEN.finditer(data):
        closing, name, selfclosing = match.groups()
        if name.lower() in _VOID or selfclosing:
            continue
        if closing:
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest >= stop:
                    break
    return deepest
