"""What a line break means: hard-wrapped text has its wrapped lines joined before parsing.

A wire story, an e-mail or a plain-text export often breaks every line at about the
same width (60 to 80 columns), so a single line break falls inside a sentence
("Russian Foreign Minister Sergei\\nLavrov met …"). Everywhere else in Communique a
line break ends a block (a headline, a paragraph, an HTML block), so such text
would be cut into fragments. :func:`unwrap` recognises hard wrapping and turns
each wrapped line break into a space: the text keeps its length, so every offset
stays valid.

>>> wrapped = "Talks\\n\\n" + "\\n".join(["word " * 14] * 3) + "\\nend."
>>> unwrap(wrapped).count("\\n"), len(unwrap(wrapped)) == len(wrapped)
(2, True)
"""

from __future__ import annotations

import re

#: A line that starts a list item or a quoted block keeps its own line.
LIST_ITEM = re.compile(r"^\s*(?:[-*\u2022\u2013>]|\d{1,3}[.)])\s")
#: At least this many line breaks inside paragraphs before the text is judged at all.
MIN_BREAKS = 3
#: The usual width of wrapped lines, in characters.
WIDTHS = (40, 100)
#: The share of inner lines within a few characters of the usual width.
SHARE = 0.6
#: Line ends that end a sentence: one block a line (HTML paragraphs, one sentence a line)
#: ends most lines with them, wrapped prose only now and then.
ENDS = (".", "!", "?", ":", ";", '"', "\u201d")


def unwrap(text: str) -> str:
    """``text`` with its wrapped line breaks turned into spaces, if it is hard-wrapped;
    otherwise ``text`` itself. Hard-wrapped: most lines inside paragraphs are about as
    wide as each other and do not end a sentence. Blank lines, short lines (headings, a
    paragraph's last line) and list items keep their breaks."""
    lines = text.split("\n")
    breaks: list[tuple[int, str, str]] = []  # (offset of the break, the line before, the line after)
    end = -1
    for line, after in zip(lines, lines[1:]):
        end += len(line) + 1
        if line.strip() and after.strip():
            breaks.append((end, line.rstrip(), after))
    if len(breaks) < MIN_BREAKS or 2 * sum(line.endswith(ENDS) for _, line, _ in breaks) >= len(breaks):
        return text
    widths = sorted(len(line) for _, line, _ in breaks)
    width = widths[len(widths) // 2]
    if not WIDTHS[0] <= width <= WIDTHS[1]:
        return text
    if sum(width - 15 <= n <= width + 10 for n in widths) < SHARE * len(widths):
        return text
    chars = list(text)
    for at, line, after in breaks:
        if len(line) >= width - 20 and not LIST_ITEM.match(after):
            chars[at] = " "
    return "".join(chars)
