"""Events whose other party is named elsewhere: appeals to "both sides" and
the second half of a swap.

- "Kenya urged both sides to return to talks", after a sentence naming Sudan
  and South Sudan: an appeal (or demand) whose object is "both sides", "the
  two sides" or "the parties" is aimed at the two parties in play — the
  actors named before the trigger in this sentence and the one before, other
  than the source. Only when exactly two such countries are found.
- Any other appeal or demand with no target ("I urge all parties to step back
  from conflict", "we call for restraint by all actors", "calls for a return to
  democracy") is aimed at the one state other than the source's that the article
  has named so far, if there is one; otherwise the frame keeps no target and, like
  any event with one actor, is dropped.
- A meeting, cooperation, criticism, rejection or fight with one source side and no
  target ("expressed support for the formation of a new government in Iraq") is aimed
  at the one party (country or organisation) other than the source's that its
  sentence names, if the trigger's own phrase (its words after it) names it and no
  other event word there owns it.
- "Russia released a US journalist in exchange for a Russian spy held by the
  United States": the release (084x) is coded, and so is the other half —
  the holder named in "held by Z" (else the first half's target) releases
  the people named after "in exchange for"/"in return for" (their country if
  stated, else the first half's source).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..article import Mention
from ..cameo import ActorCode, code_for, in_group, side
from ..data import package_words
from .arguments import sentences_back
from .candidate import Candidate
from .patterns import Trigger, norm

SIDE_NOUNS = package_words("events", "side_nouns")
GROUPING = package_words("events", "grouping_words")
APPEAL_FRAMES = package_words("events", "appeal_frames")
SWAP_NOUNS = package_words("events", "swap_nouns")
SWAPPED = package_words("events", "swapped_people")


def side_object(tok: Any) -> Any | None:
    """The "both sides"/"the parties" the trigger is aimed at, if any."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    objs += [g for c in tok.children if c.dep_ == "prep" and norm(c) in ("on", "to", "upon") for g in c.children
             if g.dep_ == "pobj"]
    for o in objs:
        if o.lemma_.lower() in SIDE_NOUNS and o.tag_ == "NNS" \
                and any(c.lower_ in GROUPING for c in o.children if c.dep_ in ("det", "nummod", "predet")):
            return o
    return None


def outermost(mentions: list[Mention]) -> list[Mention]:
    """The mentions not inside a longer one, in text order ("Sudanese" inside "the Sudanese
    Armed Forces" is one party, not two)."""
    return [m for m in sorted(mentions, key=lambda m: m.start) if not any(
        o is not m and o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start)
        for o in mentions)]


def parties_in_play(coder: Any, cand: Any, sent: Any) -> list[Mention]:
    """Exactly two actors (by code) of other countries named before the trigger (this
    sentence and the one before), else none."""
    start = sent.doc[sentences_back(sent, 1)].idx
    own = {side(r.code) for r in cand.sources}
    picked: dict[str, Mention] = {}
    for m in outermost(coder.article.mentions_between(start, cand.token.idx)):
        refs = coder.refs([m])
        land = side(refs[0].code) if refs else ""
        if land and land not in own:
            picked.setdefault(refs[0].code, m)  # "Ethiopia's government and Tigrayan forces": two parties
    return list(picked.values()) if len(picked) == 2 else []


def other_parties(coder: Any, cand: Any, mentions: list[Mention],
                  land: Callable[[str], str | None] = side) -> dict[str, list[Mention]]:
    """``mentions`` (in text order) of every party other than the source's, by party: ``land``
    of their code, the country by default."""
    own = {side(r.code) for r in cand.sources}
    found: dict[str, list[Mention]] = {}
    for m in mentions:
        refs = coder.refs([m])
        key = land(refs[0].code) if refs else None
        if key and key not in own:
            found.setdefault(key, []).append(m)
    return found


def one_country_in_play(coder: Any, cand: Any) -> Mention | None:
    """The last mention of the one state other than the source's named in the article before
    the trigger ("we urge all parties to step back from conflict" in a release on Yemen)."""
    found = other_parties(coder, cand, coder.article.mentions_between(0, cand.token.idx),
                          lambda code: ActorCode.parse(code).country)  # None: an organisation, or unknown
    return next(iter(found.values()))[-1] if len(found) == 1 else None


def named_in_its_words(coder: Any, cand: Any, sent: Any, others: set[int]) -> Mention | None:
    """The first mention of the one party (country or organisation) other than the source's
    that the sentence names, if it is named in the trigger's own phrase, after it ("supports a
    peaceful transition in Egypt") and not as a party of another event word there ("arrived
    after talks with South Korea": ``others`` are their tokens); else None."""
    tok = cand.token
    found = other_parties(coder, cand, outermost(coder.article.mentions_between(sent.start_char, sent.end_char)))
    if len(found) != 1:
        return None
    party = next(iter(found.values()))[0]
    word = next((t for t in sent if t.idx == party.start), None)
    if word is None or word.i <= tok.i:
        return None
    while word.head.i != tok.i:
        word = word.head
        if word.i in others or word.head.i == word.i:
            return None  # another event's party, or not in the trigger's phrase
    return party


def aimed_in_words(coder: Any, cand: Any, sent: Any, triggers: set[int]) -> None:
    """A meeting, cooperation, criticism, rejection or fight (the ``in_words`` group of
    ``codes.tsv``) with a source and no target is aimed at the one other party its sentence
    names, when its own phrase names it ("discussed the impact of terrorism on Pakistan");
    ``triggers`` are the tokens of the sentence's event words."""
    if cand.targets or cand.between or not cand.sources or not in_group(cand.code, "in_words"):
        return
    if len({side(r.code) for r in cand.sources}) > 1:
        return  # "Turkey and Syria met in Moscow", "they discussed Syria": the two parties are its sides
    party = named_in_its_words(coder, cand, sent, triggers - {cand.token.i})
    if party is not None:
        cand.targets = coder.refs([party])
        cand.notes.append("target named in its words")
        cand.confidence -= 0.1


def aimed_in_play(coder: Any, cand: Any) -> None:
    """A criticism, a sanction or a coercive act (the ``in_play`` group of ``codes.tsv``) with a
    source and no target is aimed at the one state in play ("I condemn this cowardly crime" in a
    release on Nigeria); on the dev set such events were right three times in four."""
    if cand.targets or cand.between or not cand.sources or not in_group(cand.code, "in_play"):
        return
    party = one_country_in_play(coder, cand)
    if party is not None:
        cand.targets = coder.refs([party])
        cand.notes.append("aimed at the one country in play")
        cand.confidence -= 0.15


def both_sides(coder: Any, cand: Any, sent: Any) -> Any | None:
    """Aim the appeal at the first party and return a copy aimed at the second; with no two
    parties, aim it at the one country in play (no copy)."""
    if cand.frame not in APPEAL_FRAMES or cand.targets or cand.between or not cand.sources:
        return None
    parties = parties_in_play(coder, cand, sent) if side_object(cand.token) is not None else []
    if not parties:
        party = one_country_in_play(coder, cand)
        if party is not None:
            cand.targets = coder.refs([party])
            cand.notes.append("appeal to the one country in play")
            cand.confidence -= 0.15
        return None
    first, second = coder.refs(parties)
    cand.targets = [first]
    cand.notes.append("both sides: the two parties in play")
    cand.confidence -= 0.1
    return type(cand)(cand.token, cand.trigger, cand.code, cand.mode, list(cand.sources), [second], [],
                      cand.topic, cand.frame, list(cand.notes), cand.confidence)


def swap_object(tok: Any) -> Any | None:
    """Y of "released X in exchange for Y" (or "in return for Y")."""
    for p in tok.children:
        if p.dep_ != "prep" or norm(p) != "in":
            continue
        for n in p.children:
            if n.dep_ == "pobj" and n.lemma_.lower() in SWAP_NOUNS:
                for q in n.children:
                    if q.dep_ == "prep" and norm(q) == "for":
                        objs = [o for o in q.children if o.dep_ == "pobj"]
                        if objs:
                            return objs[0]
    return None


def other_half(coder: Any, cand: Any) -> Any | None:
    """The reverse release of a swap, as a new candidate (or None)."""
    if not in_group(cand.code, "return") or cand.token.pos_ != "VERB":
        return None
    obj = swap_object(cand.token)
    if obj is None:
        return None
    finder = coder.finder
    holders: list[Mention] = []
    for t in obj.subtree:
        if t.dep_ == "agent":
            holders = [m for g in t.children for m in finder.mentions_in(g)]
            break
    held = {m.actor_id for m in holders}
    people = [m for m in finder.mentions_in(obj) if m.actor_id not in held
              and any(side(r.code) for r in coder.refs([m]))]
    sources = coder.refs(holders[:1]) or cand.targets[:1]
    targets = coder.refs(people[:1]) or cand.sources[:1]
    if not sources or not targets:
        return None
    half = type(cand)(cand.token, cand.trigger, cand.code, cand.mode, sources, targets, [], cand.topic, None)
    half.notes.append("other half of a swap")
    half.confidence = cand.confidence - 0.1
    return half


def extend(coder: Any, sent: Any, out: list[Any]) -> None:
    """Complete the sentence's candidates in place (see the module doc)."""
    for cand in list(out):
        for extra in (both_sides(coder, cand, sent), other_half(coder, cand)):
            if extra is not None:
                out.append(extra)
    nouns = swap_nouns(coder, sent, {c.token.i for c in out})
    if nouns:  # the swap noun codes both directions; a release of the same dyad is already one
        out[:] = [c for c in out if "other half of a swap" not in c.notes]
        done = {pair(c) for c in out if in_group(c.code, "return")}
        out.extend(c for c in nouns if pair(c) not in done)


def pair(cand: Any) -> tuple[str, str]:
    """The countries of a candidate's first source and target."""
    return (side(cand.sources[0].code) if cand.sources else "",
            side(cand.targets[0].code) if cand.targets else "")


def swap_nouns(coder: Any, sent: Any, taken: set[int]) -> list[Any]:
    """"A and B carried out a prisoner swap", "a prisoner exchange between A
    and B": each side releases people to the other (0841), when exactly two
    countries are named as the parties."""
    out: list[Any] = []
    finder = coder.finder
    for tok in sent:
        if tok.i in taken or tok.lemma_.lower() not in SWAP_NOUNS or tok.pos_ != "NOUN" \
                or not any(c.dep_ == "compound" and c.lemma_.lower() in SWAPPED for c in tok.children):
            continue
        parties: list[Mention] = []
        for c in tok.children:
            if c.dep_ == "prep" and norm(c) == "between":
                parties = [m for g in c.children for m in finder.mentions_in(g)]
        if not parties and tok.dep_ == "dobj":
            parties, _ = finder.subject_of(tok.head)
        by_land: dict[str, Any] = {}
        for ref in coder.refs(parties):
            by_land.setdefault(side(ref.code), ref)
        if len(by_land) != 2 or "" in by_land:
            continue
        a, b = by_land.values()
        trig = Trigger(pos="noun", lemma=tok.lemma_.lower(), code=code_for("release"))
        for src, tgt in ((a, b), (b, a)):
            out.append(Candidate(tok, trig, code_for("release"), "actual", [src], [tgt], [], None, None,
                                 ["prisoner swap: each side releases"], 0.5))
    return out
