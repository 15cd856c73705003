"""Features of one sentence for the learned fallback (:mod:`.learned`).

Everything comes from the existing parse and the actors' mentions: the
lemmas of verbs (with their objects, particles, prepositions and embedded
verbs, and negation), event nouns and adjectives, lemma bigrams, modal
auxiliaries, and where the actors stand (subject, object, how many
countries); and, as numbers, the parser's context vectors
(:func:`sentence_vector`). Training (``scripts/train_events.py``) and prediction call the
same function, so the two cannot drift apart.

>>> import spacy                                                      # doctest: +SKIP
>>> sent = next(spacy.load("en_core_web_sm")("Britain condemned the attack.").sents)  # doctest: +SKIP
>>> [f for f in sentence_features(sent) if f.startswith("v")]         # doctest: +SKIP
['v=condemn', 'vo=condemn_attack']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from ..article import Article, Mention
from ..cameo import side
from ..data import package_words
from .modes import polite

CONTENT = frozenset({"VERB", "NOUN", "ADJ", "ADV"})
VERBS = frozenset({"VERB", "AUX"})
MODALS = frozenset({"will", "would", "shall", "should", "could", "can", "may", "might", "must"})
#: Modals that make the main clause hypothetical: such a sentence gets no learned event.
HYPOTHETICAL = frozenset({"would", "could", "may", "might"})
EXPECTING = package_words("events", "expectation_verbs")
FIRST_PERSON = frozenset({"we", "us", "our", "i", "my"})
BY = frozenset({"by"})


@dataclass(frozen=True)
class Slot:
    """Where a mention stands in its clause: the dependency label of its
    argument (``nsubj``, ``dobj``, ``pobj`` …, ``agent`` for a by-phrase)
    and whether that clause is the sentence's main one."""

    role: str
    main: bool
    #: The lemma of the verb the argument attaches to, and the preposition between them ("" if none).
    head: str = ""
    prep: str = ""
    #: The noun the mention itself hangs from, with the link: "poss_invasion" for "Russia's
    #: invasion", "of_invasion" for "the invasion of Ukraine" ("" when it hangs from a verb).
    via: str = ""


def _lemma(tok: Any) -> str:
    if tok.pos_ == "PROPN":
        return "<name>"
    if tok.like_num:
        return "<num>"
    return str(tok.lemma_).lower()


NOUN_LINKS = frozenset({"poss", "amod", "compound", "nmod"})


def _via(tok: Any) -> str:
    """The noun ``tok`` hangs from, with the link (:attr:`Slot.via`)."""
    head = tok.head
    if head.i == tok.i or head.pos_ in VERBS:
        return ""
    if tok.dep_ in NOUN_LINKS and head.pos_ in ("NOUN", "PROPN"):
        return f"{tok.dep_}_{_lemma(head)}"
    if tok.dep_ == "pobj" and head.head.pos_ == "NOUN":
        return f"{head.lower_}_{_lemma(head.head)}"
    return ""


def slot_of(tok: Any) -> Slot:
    """The slot of the argument holding ``tok``: climb to the first head that is a verb.

    A prepositional object keeps the slot ``pobj`` (``agent`` after "by");
    an event noun's modifiers take the slot of the noun ("Iran's attack" as
    subject is ``nsubj``), and say which noun they hang from (:attr:`Slot.via`).
    """
    via = _via(tok)
    t = tok
    prep = ""
    for _ in range(40):
        head = t.head
        if head.i == t.i:
            return Slot("root", True, str(t.lemma_).lower(), via=via)
        if head.pos_ in VERBS:
            role = t.dep_
            if role == "prep":
                role, prep = "pobj", prep or t.lower_
            main = head.sent.root.i
            return Slot(role, head.i == main or head.dep_ == "conj" and head.head.i == main,
                        str(head.lemma_).lower(), prep, via)
        if t.dep_ == "pobj" and head.lower_ in BY and head.head.pos_ in VERBS:
            return Slot("agent", head.head.i == head.sent.root.i, str(head.head.lemma_).lower(), "by", via)
        if t.dep_ == "pobj" and not prep:
            prep = head.lower_
        t = head
    return Slot("other", False, via=via)


def _token(sent: Any, m: Mention) -> Any:
    span = sent.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else sent.root


def slots(sent: Any, mentions: Iterable[Mention]) -> list[Slot]:
    """The slot of each mention, in order."""
    return [slot_of(_token(sent, m)) for m in mentions]


def unsure(sent: Any) -> bool:
    """A question, a main clause that is negated or hypothetical, or one that tells what
    someone expects another to do ("Washington expects Beijing to respond")."""
    if sent.text.rstrip().endswith("?"):
        return True
    kids = list(sent.root.children)
    if sent.root.lemma_.lower() in EXPECTING and any(c.dep_ in ("xcomp", "ccomp") for c in kids) \
            and not any(c.dep_ == "auxpass" for c in kids):
        return True
    if any(c.dep_ == "xcomp" and polite(sent.root, c) for c in kids):
        kids = [c for c in kids if c.dep_ != "aux"]  # "I would like to thank": a thanks now
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in HYPOTHETICAL) for c in kids)


#: A verbless sentence of at least this many words is read all the same: the small model tags a
#: headline's present-tense verb as a noun ("Thousands protest outside the Japanese parliament …").
#: Ten folds of the 409 files, scored on 425: 32 more events, 18 of them right.
VERBLESS_WORDS = 8


def verbless(sent: Any) -> bool:
    """A short sentence with no verb at all: a dateline ("ULAANBAATAR, Mongolia —"), a label or a
    list entry, which tells no act of its own (:data:`VERBLESS_WORDS`)."""
    return not any(tok.pos_ in ("VERB", "AUX") for tok in sent) and sum(tok.is_alpha for tok in sent) < VERBLESS_WORDS


def sentence_vector(sent: Any) -> list[float] | None:
    """The parser's context vectors (spaCy's ``doc.tensor``, 96 numbers a token in
    the small English model): their mean over the sentence, then the main verb's.
    A verb never seen in training ("lambasted") still lands near those that mean
    the same. None when the pipeline left no tensor."""
    tensor = getattr(sent.doc, "tensor", None)
    if tensor is None or len(getattr(tensor, "shape", ())) != 2 or tensor.shape[0] != len(sent.doc) or not len(sent):
        return None
    mean = tensor[sent.start:sent.end].mean(axis=0)
    return [float(x) for x in mean] + [float(x) for x in tensor[sent.root.i]]


def event_features(article: Article, event: Any, sent: Any, lexicon: Mapping[str, str] | None = None) -> list[str]:
    """Features of one event the rules coded, for the check that drops the unlikely ones
    (:func:`.learned.check`): its code and trigger, how the coder found its source
    (the event's notes), what kinds of actor its sides are, and its sentence's words."""
    code = event.cameo
    trigger = event.trigger_text.lower()
    head = sent.doc.char_span(*event.trigger_span, alignment_mode="expand") if event.trigger_span else None
    if head is not None and len(head):
        trigger = str(head.root.lemma_).lower()
    feats = [f"root={code[:2]}", f"code={code}", f"trig={trigger}", f"rt={code[:2]}_{trigger}", f"mode={event.mode}",
             f"conf={event.confidence}", f"multi={len(event.participants) > 2}"]
    feats += ["note=" + str(n).split("'")[0].strip() for n in event.meta.get("notes", ())]
    home = str(article.meta.get("publisher") or "")
    for name, ref in (("s", event.source), ("t", event.target)):
        actor = article.actor(ref.actor) if ref is not None else None
        feats += [f"{name}_kind={actor.kind if actor is not None else 'none'}",
                  f"{name}_role={ref.code[3:6] if ref is not None else 'none'}",
                  f"{name}_home={bool(home) and ref is not None and side(ref.code) == home}"]
    feats.append(f"home={bool(home)}")
    return feats + ["S" + f for f in sentence_features(sent, None, None, lexicon)]


def _country(article: Article | None, m: Mention) -> str:
    code = m.code
    if code is None and article is not None:
        actor = article.actor(m.actor_id)
        code = actor.code if actor is not None else ""
    return side(code)


def sentence_features(sent: Any, article: Article | None = None, mentions: list[Mention] | None = None,
                      lexicon: Mapping[str, str] | None = None, where: list[Slot] | None = None) -> list[str]:
    """The feature names of one sentence (repeats removed, order kept).

    ``lexicon`` maps trigger words to their CAMEO roots ("condemn" -> "11"):
    each verb, noun or adjective found there adds ``lex=<root>`` (``lexroot=``
    for the main verb), so a word never seen in training still counts."""
    lexicon = lexicon or {}
    head = str(sent.root.lemma_).lower()
    feats: list[str] = ["root=" + head]
    feats += [f"lexroot={r}" for r in lexicon.get(head, "").split(",") if r]
    words: list[str] = []
    for tok in sent:
        if tok.is_punct or tok.is_space:
            continue
        lem = _lemma(tok)
        words.append(lem)
        if tok.pos_ in CONTENT and lem in lexicon:
            feats += [f"lex={r}" for r in lexicon[lem].split(",")]
        if tok.pos_ == "VERB":
            feats.append("v=" + lem)
            for c in tok.children:
                dep = c.dep_
                if dep == "neg":
                    feats.append("vneg=" + lem)
                elif dep in ("dobj", "attr", "oprd", "nsubjpass", "dative"):
                    feats.append(f"vo={lem}_{_lemma(c)}")
                elif dep in ("prep", "agent", "prt"):
                    feats.append(f"vp={lem}_{c.lower_}")
                    for g in c.children:
                        if g.dep_ == "pobj":
                            feats.append(f"vpo={lem}_{c.lower_}_{_lemma(g)}")
                elif dep in ("xcomp", "ccomp") and c.pos_ in VERBS:
                    feats.append(f"vx={lem}_{_lemma(c)}")
                elif dep == "aux" and c.lower_ in MODALS:
                    feats.append("md=" + c.lower_)
        elif tok.pos_ in CONTENT:
            feats.append(f"{tok.pos_[0].lower()}={lem}")
    feats += [f"b={a}_{b}" for a, b in zip(words, words[1:])]
    if mentions is not None:
        feats += _actor_features(article, mentions, where if where is not None else slots(sent, mentions))
    return list(dict.fromkeys(feats))


@dataclass(frozen=True)
class Party:
    """One actor of a sentence as a candidate source or target: its first
    mention's slot and order, its kind, and whether it is the publisher
    speaking without being named in the sentence (``slot.role == "absent"``)."""

    actor: str
    side: str  # the dyad side: a country, or an international body's whole code
    slot: Slot
    order: int
    kind: str
    #: The role of its code ("GOV", "REB", "CVL" …; "" for a bare country, "IGO" for a body).
    role: str = ""


def pair_features(root: str, source: Party, target: Party | None, parties: list[Party],
                  lexicon: Mapping[str, str] | None = None) -> list[str]:
    """Features of one (source, target) choice for an event of ``root``; each also conjoined with the root.

    With ``lexicon`` (trigger word -> roots), each side also says whether the word it
    attaches to signals this root ("Britain condemned": the source is on the trigger)."""
    lexicon = lexicon or {}

    def on_trigger(p: Party) -> bool:
        return root in lexicon.get(p.slot.head, "").split(",")

    def noun(p: Party) -> str:  # the noun a side hangs from: a trigger of this root, of another, or a plain one
        if not p.slot.via:
            return "none"
        roots = lexicon.get(p.slot.via.split("_", 1)[1], "").split(",")
        return "same" if root in roots else "other" if roots[0] else "plain"

    def link(p: Party) -> str:  # "poss", "of" …, "" when the side hangs from a verb
        return p.slot.via.split("_", 1)[0]

    def rank(t: Party) -> str:  # the target's place among the other sides, "same" for the source's own
        if t.kind == "before":
            return "before"
        return str(min(others.index(t), 2)) if t in others else "same"

    # The other sides this sentence names or implies; a side named only before it has no rank among them.
    others = [p for p in parties if p.side != source.side and p.kind != "before"]
    s_trig, s_noun = on_trigger(source), noun(source)
    base = [f"s={source.slot.role}", f"s_main={source.slot.main}", f"s_kind={source.kind}",
            f"s_rank={min(parties.index(source), 2)}", f"others={min(len(others), 2)}",
            f"s_trig={s_trig}", f"s_trig_role={s_trig}_{source.slot.role}",
            f"s_code={source.role}", f"s_prep={source.slot.prep}", f"s_noun={s_noun}", f"s_link={link(source)}"]
    if target is None:
        base.append("t=none")
    else:
        t_trig, t_noun = on_trigger(target), noun(target)
        base += [f"t={target.slot.role}", f"t_main={target.slot.main}", f"t_kind={target.kind}",
                 f"t_same={target.side == source.side}", f"t_after={target.order > source.order}",
                 f"st={source.slot.role}_{target.slot.role}",
                 f"t_rank={rank(target)}",
                 f"t_trig={t_trig}", f"t_trig_role={t_trig}_{target.slot.role}",
                 f"t_prep={target.slot.prep}", f"same_head={source.slot.head == target.slot.head}",
                 f"t_code={target.role}", f"codes={source.role}_{target.role}",
                 f"t_noun={t_noun}", f"t_link={link(target)}", f"st_noun={s_noun}_{t_noun}"]
    # The verbs the sides attach to, with their slots: each verb's own argument structure
    # ("host" takes its guest as object, "visit" its host), not conjoined with the root.
    # The nouns they hang from likewise ("Russia's invasion": Russia invades).
    words = [f"sh={source.slot.head}_{source.slot.role}", f"sv={source.slot.via}"]
    if target is not None:
        words += [f"th={target.slot.head}_{target.slot.role}_{target.slot.prep}",
                  f"sth={source.slot.head}_{source.slot.role}_{target.slot.role}", f"tv={target.slot.via}"]
    return base + [f"{root}|{f}" for f in base] + words


def _actor_features(article: Article | None, mentions: list[Mention], where: list[Slot]) -> list[str]:
    countries = {_country(article, m) for m in mentions} - {""}
    feats = [f"nc={min(len(countries), 3)}", f"nm={min(len(mentions), 4)}"]
    for m, s in zip(mentions, where):
        who = "we" if m.text.lower() in FIRST_PERSON else m.kind
        feats.append(f"slot={s.role}{'_main' if s.main else ''}")
        feats.append(f"who={who}_{s.role}")
    return feats
