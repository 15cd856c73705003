"""Merging similar claims of one actor in one article.

Two claims merge when their holders share a country (the actor's country, or
the first three letters of its code), their stances are equal, and their
issues overlap: the content words of one are a subset of the other's, or the
two share at least half of their content words. The merged claim keeps the
first claim's actor and code, the longer issue, the first target and date
found, and all evidence spans and quote ids.

>>> a = Claim("A1", "SYR", "demand", "withdrawal", evidence_spans=[(0, 5)])
>>> b = Claim("A2", "SYRGOV", "demand", "withdrawal of Turkish forces", evidence_spans=[(9, 20)])
>>> [(c.issue, c.evidence_spans) for c in merge_claims([a, b], lambda c: c.code[:3])]
[('withdrawal of Turkish forces', [(0, 5), (9, 20)])]
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ..article import Claim

STOP = {"of", "the", "a", "an", "and", "or", "to", "for", "in", "on", "with", "from", "between",
        "against", "over", "toward", "towards", "by", "its", "their"}


def content_words(issue: str) -> set[str]:
    """Lower-case content words of an issue, with a plural "s" taken off."""
    words = re.findall(r"[^\W_]+", issue.lower())
    return {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words if w not in STOP}


def similar(a: str, b: str) -> bool:
    wa, wb = content_words(a), content_words(b)
    if not wa or not wb:
        return False
    if wa <= wb or wb <= wa:
        return True
    return len(wa & wb) * 2 >= max(len(wa), len(wb))


def merge_claims(claims: list[Claim], country: Callable[[Claim], str]) -> list[Claim]:
    """Claims with similar ones merged, in order of their first evidence."""
    out: list[Claim] = []
    for claim in claims:
        for kept in out:
            if kept.stance == claim.stance and country(kept) == country(claim) \
                    and similar(kept.issue, claim.issue):
                if len(content_words(claim.issue)) > len(content_words(kept.issue)):
                    kept.issue = claim.issue
                kept.target = kept.target or claim.target
                kept.date = kept.date or claim.date
                for span in claim.evidence_spans:
                    if span not in kept.evidence_spans:
                        kept.evidence_spans.append(span)
                for q in claim.quotes:
                    if q not in kept.quotes:
                        kept.quotes.append(q)
                kept.quote = kept.quote or claim.quote
                break
        else:
            out.append(Claim(actor=claim.actor, code=claim.code, stance=claim.stance, issue=claim.issue,
                             target=claim.target, quote=claim.quote,
                             evidence_spans=list(claim.evidence_spans), quotes=list(claim.quotes),
                             date=claim.date))
    for c in out:
        c.evidence_spans.sort()
        c.quotes.sort(key=lambda q: int(q[1:]) if q[1:].isdigit() else 0)
        c.quote = c.quotes[0] if c.quotes else c.quote
    out.sort(key=lambda c: (c.evidence_spans[0] if c.evidence_spans else (0, 0)))
    return out
