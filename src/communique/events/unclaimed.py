"""Attacks nobody claims, and attacks on no one named: the country where they happen.

"A car bomb explodes in the Syrian village of Sousian, killing at least 60
people", "At least eight Yemeni soldiers are killed in a suicide bombing in
Zinjibar": the report names no agent, yet a reader (and the dev set's
annotators, and CAMEO's own coders) codes the bombers as the insurgents of the
country the attack takes place in (``SYRREB``), and the victims as the named
ones or that country's civilians (``SYRCVL``).

:func:`unclaimed` applies, in the actual mode and when no source was found at
all, to the roots of the ``unclaimed`` group of ``cameo/data/codes.tsv``
(bombings, abductions, assassinations: root 18), and to casualties told as
those of an attack, an ambush or a shooting (``unclaimed_attack_nouns`` in
``words.yml``). Strikes and shelling, which armies carry out, are left alone:
an unnamed air force is not a guess to make. The country is that of the place
the gazetteer finds in the clause ("in Kandahar"), else the first country,
capital or demonym of the sentence other than the victims', else the victims'
own. The attackers are an actor of their own with no mention (no words name
them). :func:`condemned_attackers` gives a condemned attack or bombing with no
named agent those attackers as its target.

:func:`held_by_the_state` does the same for arrests told with no agent: they are the
authorities' (``XXXCOP``) of the country the clause places them in, else of the people
held ("Labour activists are arrested throughout Russia" -> RUSCOP).

The other way round, :func:`where_it_happened` aims a use of force that has a
source and no target at the country the sentence places it in ("Al-Shabaab
militants seize the town of Wargaadhi in Middle Shabelle, Somalia" -> SOM),
unless the source is that state's own body acting at home.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..article import Actor, Article
from ..cameo import in_group, side
from ..data import package_words
from ..places.gazetteer import load_gazetteer
from .candidate import Candidate

INFERRED = "an attack with no named agent (events/unclaimed.py)"
#: Why the authorities of a country were added with no mention: an arrest with no agent.
HELD = "an arrest with no named agent (events/unclaimed.py)"
#: Why a state was added with no mention: the place a use of force happened in.
PLACE_OF_ACT = "the place a use of force happened in (events/unclaimed.py)"
#: Words of violence too vague to be one act ("the escalating violence in Georgia").
VAGUE = package_words("events", "vague_violence")
#: Prepositions of the place an attack happens in.
PLACE_PREPS = package_words("events", "attack_place_preps")
#: Words of a use of force that insurgents, not armies, are reported to carry out unnamed.
ATTACK_NOUNS = package_words("events", "unclaimed_attack_nouns")
#: Words before an attack noun that make it no one's act ("a shark attack", "a heart attack").
NOT_HUMAN = package_words("events", "not_human_attackers")
#: Attacks that are insurgents' when unclaimed, named by a noun ("condemned the bombing").
TERROR_NOUNS = package_words("events", "unclaimed_terror_nouns")
#: Subjects that name a weapon or an unnamed attacker ("a bomb explodes").
SUBJECTS = package_words("events", "attack_subjects")
#: Dependencies of an actor acting in the sentence, which is no place.
ACTING_DEPS = frozenset({"nsubj", "agent"})
#: Roles of a state's own bodies, which acting at home give the place no target.
STATE_ROLES = frozenset({"", "GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
#: Mention kinds that name a country as a place (not a person or body acting).
PLACE_KINDS = frozenset({"name", "capital", "place", "demonym"})


def country_name(iso3: str) -> str:
    """The English name of a country code (the code itself when unknown)."""
    return load_gazetteer().country_name(iso3) or iso3


def inferred(article: Article, country: str, role: str, name: str, why: str = INFERRED) -> Actor:
    """The article's actor for an unnamed party in ``country`` with ``role`` ("REB": the
    attackers, "CVL": the victims), added once and with no mention: no words name it."""
    code = f"{country}{role}"
    for a in article.actors:
        if a.code == code and a.meta.get("inferred") == why:
            return a
    actor = Actor(id=f"A{len(article.actors) + 1}", name=name, code=code, country=country, role=role,
                  kind="group" if role == "REB" else "sector", meta={"inferred": why})
    article.actors.append(actor)
    return actor


def _nouns(tok: Any) -> list[Any]:
    """The words that modify an act's noun: the trigger's own when it is a noun, else those
    of its objects ("killed in a shark attack": the noun hangs on "in" under "killed")."""
    nouns = [tok] if tok.pos_ in ("NOUN", "PROPN") else [c for c in tok.children if c.dep_ in ("dobj", "pobj")]
    for c in tok.children:
        if c.dep_ == "prep":
            nouns += [g for g in c.children if g.dep_ == "pobj"]
    return [w for n in nouns for w in n.children]


def _subjects(tok: Any) -> list[Any]:
    """The active subjects of the clause an act is told in: its own, its light verb's
    ("held hostage"), and the verb's it is coordinated with ("I have … and held")."""
    verbs = [tok]
    if tok.dep_ in ("dobj", "attr") and tok.head.pos_ in ("VERB", "AUX"):
        verbs.append(tok.head)
    for v in list(verbs):
        if v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX"):
            verbs.append(v.head)
    return [c for v in verbs for c in v.children if c.dep_ == "nsubj"]


def an_attack(tok: Any) -> bool:
    """Whether a verb of force tells its casualties as those of an attack, an ambush or a
    shooting ("four police officers are killed in an attack near Grozny"), not of a
    strike or shelling, which armies carry out."""
    if tok.pos_ != "VERB":
        return False  # "the attack" alone is often background ("in response to the attack")
    for c in tok.children:
        if c.dep_ == "nsubj" and c.lemma_.lower() in ATTACK_NOUNS:
            return True
        if c.dep_ in ("prep", "agent") and c.lower_ in ("in", "during", "by"):
            if any(g.dep_ == "pobj" and g.lemma_.lower() in ATTACK_NOUNS for g in c.children):
                return True
    return False


def named_place(tok: Any) -> str | None:
    """The country of the first place the gazetteer knows in the trigger's own "in"/"at"/"near"
    phrases, or in those of its subject ("a car bomb blast in Mogadishu kills …")."""
    gaz = load_gazetteer()
    heads = [tok] + [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
    for head in heads:
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in PLACE_PREPS):
            for t in prep.subtree:
                if t.pos_ == "PROPN":
                    entry = gaz.lookup(t.text) or gaz.lookup(" ".join(x.text for x in t.subtree if x.pos_ == "PROPN"))
                    if entry is not None and entry.country:
                        return entry.country
    return None


def place_country(article: Article, cand: Candidate, sent: Any, victims: set[str]) -> str | None:
    """Where the attack happened: the place its clause names ("in Kandahar"), else the first
    country, capital or demonym of the sentence other than the victims', else the victims'."""
    found = named_place(cand.token)
    if found:
        return found
    mentions = article.mentions_between(sent.start_char, sent.end_char)
    nested = []
    for m in mentions:
        actor = article.actor(m.actor_id)
        code = m.code or (actor.code if actor is not None else "")
        if actor is None or actor.kind != "state" or m.kind not in PLACE_KINDS \
                or not (len(code) == 3 or m.kind == "capital") or not side(code) or side(code) in victims:
            continue
        span = article.doc.char_span(m.start, m.end, alignment_mode="expand") if article.doc is not None else None
        if span is not None and len(span) and span.root.dep_ in ACTING_DEPS:
            continue  # "The United States condemns …": an actor, not a place
        if any(o is not m and o.start <= m.start and m.end <= o.end for o in mentions):
            nested.append(side(code))  # "Turkish" in "Turkish soldiers": the victims' nationality
            continue
        return side(code)
    if len(victims) == 1:
        return next(iter(victims))
    return nested[0] if nested else None


def unclaimed(article: Article, cand: Candidate, sent: Any, is_force: Callable[[Any], bool]) -> None:
    """Give an agentless attack of the ``unclaimed`` group its insurgents and victims (in place).
    ``is_force(token)`` tells whether a word names a use of force (the coder's lexicon)."""
    if cand.sources or cand.between or cand.mode != "actual":
        return
    if not in_group(cand.code, "unclaimed") and not (in_group(cand.code, "force") and an_attack(cand.token)):
        return
    if any(not is_force(c) and c.lemma_.lower() not in SUBJECTS for c in _subjects(cand.token)):
        return  # "sanctions only hurt ordinary people": a subject that is no attack
    if cand.token.lemma_.lower() in VAGUE:
        return  # "violence in Yemen": no one act to attribute
    if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in NOT_HUMAN for c in _nouns(cand.token)):
        return  # "killed in a shark attack": no attackers to infer
    if cand.token.dep_ in ("acl", "relcl") or (cand.token.dep_ == "pobj" and cand.token.head.lower_ == "of"):
        return  # "Americans held hostage around the world", "Russia's use of torture": no act of its own
    named = {(m.start, m.end) for m in article.mentions_between(sent.start_char, sent.end_char)}
    for c in cand.token.children:
        if c.dep_ == "agent" and any(a <= t.idx < b for t in c.subtree for a, b in named):
            return  # "abducted … by Russian security officers": an agent the coder could not place
    victims = {side(r.code) for r in cand.targets} - {""}
    country = place_country(article, cand, sent, victims)
    if not country or len(country) != 3:
        return
    where = country_name(country)
    group = inferred(article, country, "REB", f"unidentified attackers in {where}")
    cand.sources = [group.ref()]
    if not cand.targets:
        civ = inferred(article, country, "CVL", f"civilians in {where}")
        cand.targets = [civ.ref()]
    cand.notes.append("source by place")
    cand.confidence -= 0.15


def held_by_the_state(article: Article, cand: Candidate) -> None:
    """An arrest told with no agent (the ``held`` group of ``codes.tsv``: "protesters are
    arrested throughout Russia", "the arrest of a BBC journalist in China") is the
    authorities' of the country the clause places it in, else of the one country of the
    people held: ``XXXCOP``, an actor with no mention."""
    if cand.sources or cand.between or cand.mode != "actual" or not in_group(cand.code, "held"):
        return
    tok = cand.token
    if tok.pos_ == "VERB" and not any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children):
        return  # an active verb with no subject found: its agent is unknown, not unnamed
    if any(c.dep_ == "agent" for c in tok.children):
        return  # "detained by the soldiers": an agent the actors stage could not place
    held = {side(r.code) for r in cand.targets} - {""}
    country = named_place(tok) or _mentioned_place(article, tok) or _state_within(article, tok) \
        or (next(iter(held)) if len(held) == 1 else None)
    if not country or len(country) != 3:
        return
    police = inferred(article, country, "COP", f"authorities in {country_name(country)}", HELD)
    cand.sources = [police.ref()]
    cand.notes.append("held by the state")
    cand.confidence -= 0.15


def one_attack(coded: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Of a sentence's ``(candidate, source, target, participants)`` rows, keep one attack
    with inferred attackers ("a car bomb explodes …, killing 60" is one bombing): the one
    whose victims were not found as the place struck, then the most specific code."""
    mine = [x for x in coded if "source by place" in x[0].notes]
    if len(mine) < 2:
        return coded
    best = min(mine, key=lambda x: ("target by place" in x[0].notes, -len(x[0].code), x[0].token.i))
    return [x for x in coded if x is best or x not in mine]


def condemned_attackers(article: Article, cand: Candidate, is_force: Callable[[Any], bool]) -> None:
    """A condemnation (the ``condemn_place`` group) of an attack that names neither its
    agent nor a place the actors stage knows ("condemn the attack on our mission in
    Benghazi"): its target is the unidentified attackers of the country the gazetteer
    puts the attack in, when that is not the condemner's own."""
    if cand.targets or cand.between or not cand.sources or not in_group(cand.code, "condemn_place"):
        return
    own = {side(r.code) for r in cand.sources}
    for obj in (c for c in cand.token.children if c.dep_ == "dobj"):
        if not is_force(obj) or obj.lemma_.lower() not in ATTACK_NOUNS | TERROR_NOUNS:
            continue  # "condemned airstrikes in Aleppo": an army's strikes, not insurgents'
        country = named_place(obj) or _relative_place(obj)
        if country and len(country) == 3 and country not in own:
            group = inferred(article, country, "REB", f"unidentified attackers in {country_name(country)}")
            cand.targets = [group.ref()]
            cand.notes.append("target by place")
            return


def _relative_place(noun: Any) -> str | None:
    """The place of a relative clause on the noun ("the attack that took place this morning
    in Garissa, Kenya")."""
    for c in noun.children:
        if c.dep_ in ("relcl", "acl"):
            found = named_place(c)
            if found:
                return found
    return None


def _state_named(article: Article, start: int, end: int) -> str | None:
    """The first country named as a place (not a demonym) between two character offsets."""
    for m in article.mentions_between(start, end):
        actor = article.actor(m.actor_id)
        if actor is not None and actor.kind == "state" and m.kind in ("name", "capital", "place") \
                and actor.code and len(actor.code) == 3:
            return actor.code
    return None


def _mentioned_place(article: Article, tok: Any) -> str | None:
    """The country a state name inside the trigger's place phrases or objects names ("overrun the
    Sangin District in Afghanistan's Helmand Province", "seize the town … in Middle Shabelle, Somalia")."""
    heads = [tok] + ([tok.head] if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ in ("VERB", "AUX") else [])
    phrases = [c for h in heads for c in h.children
               if (c.dep_ == "prep" and c.lower_ in PLACE_PREPS) or (c.dep_ == "dobj" and c.i != tok.i)]
    for phrase in phrases:
        toks = list(phrase.subtree)
        found = _state_named(article, toks[0].idx, toks[-1].idx + len(toks[-1].text))
        if found:
            return found
    return None


def _state_within(article: Article, tok: Any) -> str | None:
    """The first country named as a place within the trigger's words ("the arrest of a
    journalist in China")."""
    toks = list(tok.subtree)
    return _state_named(article, toks[0].idx, toks[-1].idx + len(toks[-1].text))


def where_it_happened(article: Article, cand: Candidate, others: list[Candidate]) -> None:
    """A use of force with a source and no target, in a place the gazetteer or the actors stage
    knows: its target is that country ("Al-Shabaab militants seize the town of Wargaadhi …,
    Somalia" → SOMREB 19x SOM), unless another of the sentence's ``others`` gives the same
    source a target already."""
    if cand.targets or cand.between or not cand.sources or cand.mode != "actual" or not in_group(cand.code, "force"):
        return
    own = side(cand.sources[0].code)
    if any(o is not cand and (o.targets or o.between) and o.sources and side(o.sources[0].code) == own
           for o in others):
        return  # "an Israeli air strike killed three Hamas militants in Gaza City": one act, its target found
    tok = cand.token
    country = _mentioned_place(article, tok) or named_place(tok) \
        or (named_place(tok.head) if tok.dep_ in ("nsubj", "dobj") else None)
    if not country or len(country) != 3:
        return
    if country == own and cand.sources[0].code[3:6] in STATE_ROLES:
        return  # "Ukrainian troops fought in Ukraine's Kharkiv region": a state's forces at home
    actor = next((a for a in article.actors if a.kind == "state" and a.code == country), None)
    if actor is None:
        actor = Actor(id=f"A{len(article.actors) + 1}", name=country_name(country), code=country, country=country,
                      kind="state", meta={"inferred": PLACE_OF_ACT})
        article.actors.append(actor)
    cand.targets = [actor.ref()]
    cand.notes.append("target where it happened")
    cand.confidence -= 0.1
