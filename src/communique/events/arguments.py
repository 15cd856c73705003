"""Arguments of a trigger from the dependency parse.

The source is the agent: the subject, or the by-phrase of a passive. The
target is the patient or recipient: the object, a prepositional object
("talks with", "sanctions on", "withdrawal from"), the possessor of an
event noun for patient nouns, an "of" phrase ("withdrawal of Turkish troops").
Only mentions found by the actors stage are used; a place phrase ("in
Moscow") is never a participant.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..article import Article, Mention
from ..cameo import side, unofficial_roles
from ..data import package_words
from .patterns import Lexicon, Trigger, attached_preps, norm

COPULAS = package_words("events", "copulas")

SUBJ = ("nsubj", "csubj", "expl")
OBJ = ("dobj", "dative", "iobj", "oprd", "attr")
COMPLEMENT = ("xcomp", "ccomp", "acomp")
PRUNE = ("relcl", "advcl", "punct", "cc", "mark", "parataxis", "meta", "dep")
FIRST_PERSON = package_words("events", "first_person")
PAIR_NOUNS = package_words("events", "pair_nouns")
ANAPHORS = package_words("events", "anaphors")
#: How many sentences back the parties of a meeting or call may be for "they" and "the two leaders"
#: (counted from the meeting or from the last sentence that spoke of them so).
PAIR_WINDOW = 4
REASON_PREPS = package_words("events", "reason_preps")
SHARING_PREPS = package_words("events", "sharing_preps")
FORCE_MEANS = package_words("events", "force_means")
MEANS_PREPS = package_words("events", "means_preps")
QUANTITIES = package_words("events", "quantities")


def is_dateline(token: Any) -> bool:
    """An upper-case place opening a sentence before a dash ("NAIROBI --")."""
    if token.i != token.sent.start or not token.text.isupper() or len(token.text) < 3:
        return False
    doc = token.doc
    return any(doc[j].text in ("--", "—", "–", "-") for j in range(token.i + 1, min(token.i + 6, len(doc))))


def is_quantity(token: Any) -> bool:
    """"$500 million", "100 million pounds", "20 tonnes": an amount of something."""
    return token.pos_ == "NUM" or norm(token) in QUANTITIES or any(
        c.dep_ in ("nummod", "quantmod") for c in token.children)


def absolute(token: Any) -> bool:
    """ "with China and Russia abstaining", "with 124 countries voting in
    favour": an absolute clause tells circumstances, it names no target."""
    if token.dep_ == "pcomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return True
    return token.dep_ == "pobj" and any(c.dep_ == "acl" and c.tag_ == "VBG" for c in token.children)


def sentences_back(sent: Any, count: int) -> int:
    """The index of the first word of the sentence ``count`` sentences before ``sent`` (or of
    the text's first, if there are fewer)."""
    start = sent.start
    for _ in range(count):
        if start == 0:
            break
        start = sent.doc[start - 1].sent.start
    return start


def names_a_pair(token: Any) -> bool:
    """"they", or a plural pair noun after "the two", "both" or "the" ("the two leaders")."""
    if token.pos_ == "PRON":
        return token.lower_ == "they"
    return norm(token) in PAIR_NOUNS and token.tag_ == "NNS" and any(
        norm(d) in ("two", "both", "the") for d in token.children if d.dep_ in ("det", "nummod", "predet"))


@dataclass
class Args:
    """Mentions filling the roles of one trigger."""

    sources: list[Mention] = field(default_factory=list)
    targets: list[Mention] = field(default_factory=list)
    between: list[Mention] = field(default_factory=list)
    via: str = ""  # how the source was found: subject | agent | possessor | light | inherited | …


class ArgFinder:
    """Finds the mentions that fill a trigger's roles in one article."""

    def __init__(self, article: Article, lex: Lexicon) -> None:
        self.article = article
        self.lex = lex
        self.by_token: dict[int, Mention] = {}
        self.anaphors: dict[int, Mention | None] = {}
        #: The parties of the meetings and calls coded so far: (sentence start token, parties).
        self.pairs: list[tuple[int, list[Mention]]] = []
        doc = article.doc
        for m in article.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                old = self.by_token.get(tok.i)
                if old is None or (old.end - old.start) < (m.end - m.start):
                    self.by_token[tok.i] = m

    # -- mentions -------------------------------------------------------------
    def mention(self, token: Any) -> Mention | None:
        return self.by_token.get(token.i)

    def actor_key(self, m: Mention) -> str:
        return m.actor_id

    def walk(self, token: Any, prune_places: bool = True, prune_said: bool = False) -> Iterable[Any]:
        """Tokens of a subtree, leaving out relative and adverbial clauses and
        place/time phrases (and, if asked, what a document says: the
        participle of "a statement calling for …")."""
        stack = [token]
        while stack:
            t = stack.pop()
            yield t
            for c in t.children:
                if prune_said and c.dep_ == "acl" and norm(t) in self.lex.words["document_nouns"]:
                    continue
                if c.dep_ in PRUNE:
                    continue
                if prune_places and c.dep_ == "prep" and norm(c) in self.lex.words["place_preps"]:
                    continue
                stack.append(c)

    def mentions_in(self, token: Any, prune_places: bool = True) -> list[Mention]:
        """Mentions in a pruned subtree, in text order, one per actor."""
        found: dict[int, Mention] = {}
        for t in self.walk(token, prune_places):
            m = self.by_token.get(t.i) or self.anaphor(t)
            if m is not None:
                found[m.start] = m
        out: list[Mention] = []
        seen: set[str] = set()
        for _, m in sorted(found.items()):
            if m.actor_id not in seen:
                seen.add(m.actor_id)
                out.append(m)
        return out

    def recent_pairs(self, sent: Any) -> list[list[Mention]]:
        """The parties of the meetings and calls coded in the last :data:`PAIR_WINDOW`
        sentences before ``sent``, oldest first."""
        floor = sentences_back(sent, PAIR_WINDOW)
        return [parties for start, parties in self.pairs if floor <= start < sent.start]

    def pair_anaphor(self, token: Any) -> list[Mention]:
        """"They", "the two leaders", "both ministers" as a subject: the two parties of the
        meeting or call coded in the last :data:`PAIR_WINDOW` sentences, else none."""
        if not names_a_pair(token):
            return []
        recent = self.recent_pairs(token.sent)
        if not recent:
            return []
        self.remember_pair(token.sent.start, recent[-1])  # they stay the pair for the sentences after
        return list(recent[-1])

    def we_pair(self, token: Any) -> list[Mention]:
        """"We" as the subject just after a meeting or call of its side: both parties ("The
        Foreign Secretary met President Sisi. … We discussed migration"), when the meeting
        was coded in the last :data:`PAIR_WINDOW` sentences; else none."""
        mention = self.by_token.get(token.i)
        if token.lower_ != "we" or mention is None or self.article.actor(mention.actor_id) is None:
            return []
        own = side(self.article.ref(mention).code)
        return next((list(parties) for parties in reversed(self.recent_pairs(token.sent))
                     if own and own in {side(m.code or "") for m in parties}), [])

    def remember_pair(self, start: int, parties: list[Mention]) -> None:
        """Note the two parties of a meeting or call told in the sentence starting at token ``start``."""
        self.pairs.append((start, parties))

    def anaphor(self, token: Any) -> Mention | None:
        """"the country" left unresolved by the actors stage: the state named
        last before it (this sentence or the one before). The actor is one the
        actors stage found; no new actor is made."""
        if norm(token) not in ANAPHORS or not any(c.dep_ == "det" and norm(c) == "the" for c in token.children):
            return None
        if token.i in self.anaphors:
            return self.anaphors[token.i]
        floor = self.article.doc[sentences_back(token.sent, 1)].idx
        best = None
        for m in self.article.mentions:
            if m.end > token.idx or m.start < floor or m.kind == "pronoun":
                continue
            actor = self.article.actor(m.actor_id)
            if actor is not None and actor.kind == "state" and not m.text.lower().startswith(("its ", "their ")):
                best = m
        out = None
        if best is not None:
            end = token.idx + len(token.text)
            start = token.idx - 4 if self.article.text[token.idx - 4:token.idx].lower() == "the " else token.idx
            out = Mention(start, end, self.article.text[start:end], best.actor_id, kind="nominal")
        self.anaphors[token.i] = out
        return out

    def actors_at(self, token: Any) -> list[Mention]:
        """The actors a noun phrase names: its own mention and those of its
        conjuncts, or else the mentions inside it ("the ministers of X and Y")."""
        m = self.by_token.get(token.i) or self.anaphor(token)
        if m is not None:
            out = [m]
            for c in token.children:
                if c.dep_ == "conj":
                    out.extend(x for x in self.actors_at(c) if x.actor_id not in {y.actor_id for y in out})
            for t in token.subtree:  # "Mattis and Vietnamese Defense Minister Lich", parsed as a modifier
                other = self.by_token.get(t.i)
                if t.i < token.i and other is not None and other.actor_id not in {y.actor_id for y in out} \
                        and any(c.dep_ == "cc" and c.lower_ == "and" for c in t.children):
                    out.insert(0, other)
            return out
        # "Syria's neighbors" are not Syria (but "Serbia's suppression of …" is Serbia's)
        keep_poss = norm(token) not in self.lex.words["relational_nouns"]
        found: list[Mention] = []
        for c in token.children:
            if c.dep_ in PRUNE or (c.dep_ == "poss" and not keep_poss):
                continue
            if c.dep_ == "prep" and norm(c) in self.lex.words["place_preps"]:
                continue
            found.extend(m for m in self.mentions_in(c) if m.actor_id not in {f.actor_id for f in found})
        found.sort(key=lambda m: m.start)
        return found

    def has_official(self, token: Any) -> bool:
        """True when an object of the trigger is itself a state, person,
        organisation or government actor (not refugees, civilians…)."""
        heads = []
        for c in token.children:
            if c.dep_ in OBJ:
                heads.append(c)
                heads.extend(g for g in c.children if g.dep_ == "conj")
        for c in self.preps(token):
            if norm(c) not in self.lex.words["place_preps"]:
                heads.extend(g for g in c.children if g.dep_ == "pobj")
        for h in heads:
            m = self.by_token.get(h.i)
            if m is None:
                continue
            actor = self.article.actor(m.actor_id)
            if actor is None:
                continue
            role = (m.code or actor.code or "")[3:6]
            if actor.kind in ("state", "person", "igo") and role not in unofficial_roles():
                return True
        return False

    def has_pair(self, token: Any) -> bool:
        """True when the trigger's subject names two or more states, people or
        organisations ("X and Y spoke", "the two ministers talked"), or is "we" just
        after a meeting of its side (:meth:`we_pair`)."""
        for c in token.children:
            if c.dep_ == "nsubj":
                found = {m.actor_id for m in self.actors_at(c)
                         if (a := self.article.actor(m.actor_id)) is not None and a.kind in ("state", "person", "igo")}
                return len(found) >= 2 or bool(self.we_pair(c))
        return False

    def preps(self, token: Any) -> list[Any]:
        """A trigger's prepositions (a verb's include a "with" hung on its channel noun)."""
        if token.pos_ not in ("VERB", "AUX"):
            return [c for c in token.children if c.dep_ == "prep"]
        return attached_preps(token, self.lex.words["channel_nouns"])

    # -- argument tokens ------------------------------------------------------
    def arg_tokens(self, token: Any) -> list[Any]:
        """The children that carry a trigger's arguments (not its subject)."""
        out = []
        for c in token.children:
            if c.dep_ in OBJ + COMPLEMENT + ("prep", "prt", "agent", "nsubjpass", "compound", "amod",
                                             "poss", "acl", "npadvmod", "advmod", "nmod", "det", "neg"):
                out.append(c)
        if token.dep_ in ("dobj", "nsubjpass", "pobj") and token.pos_ in ("NOUN", "PROPN"):
            # a light verb's other arguments belong to the noun's event ("imposed sanctions on X")
            head = token.head if token.dep_ != "pobj" else token.head.head
            if head.pos_ in ("VERB", "AUX"):
                out.extend(c for c in head.children if c.dep_ in ("prep", "dative") and c is not token)
        return out

    def reason_idiom(self, token: Any) -> bool:
        """The noun of "in protest at …", "in response to …": it names no
        argument (the words after it still count: "in protest against rights
        violations")."""
        return token.dep_ == "pobj" and norm(token) in self.lex.words["reason_idioms"] \
            and norm(token.head) == "in"

    def arg_lemmas(self, token: Any) -> set[str]:
        out: set[str] = set()
        for a in self.arg_tokens(token):
            for t in self.walk(a, prune_places=False, prune_said=True):
                if self.reason_idiom(t):
                    continue
                out.add(norm(t))
                out.add(t.lower_)
        return out

    # -- roles ------------------------------------------------------------------
    def subject_of(self, verb: Any, depth: int = 0) -> tuple[list[Mention], str]:
        """The agent of a verb: its subject, the by-phrase of a passive, or the
        subject it shares with the verb it depends on (xcomp, conj)."""
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        for c in verb.children:
            if not passive and c.dep_ in SUBJ and is_dateline(c):
                # "SEOUL -- South Korea and the United States began …": the dateline is no subject
                others = [x for x in verb.children if x.dep_ in SUBJ and x.i != c.i]
                others += [x for x in c.children if x.dep_ in ("appos", "conj")]
                for o in others:
                    found = self.actors_at(o)
                    if found:
                        return found, "subject"
                continue
            if passive and c.dep_ == "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return self.actors_at(p), "agent"
            if not passive and c.dep_ in SUBJ:
                found = self.actors_at(c) or self.located_institution(c) or self.pair_before(c)
                if not found:
                    found = self.pair_anaphor(c)
                    if found:
                        return found, "pair"
                if not found and depth < 4 and verb.dep_ == "conj" and distributive(c):
                    # "X and Y traded fire, and each side accused the other": X and Y
                    mentions, _ = self.subject_of(verb.head, depth + 1)
                    if mentions:
                        return mentions, "inherited"
                return found, "subject"
        if passive:
            if verb.dep_ == "acl":  # "factions backed by Turkey": no agent, no source
                return [], ""
            means = self.means_agent(verb)
            return means, "means" if means else ""
        if depth < 4 and verb.dep_ == "acl" and norm(verb.head) in self.lex.words["document_nouns"]:
            mentions, via = self.document_author(verb.head, depth)  # "a resolution demanding …"
            if mentions:
                return mentions, via
        if depth < 4 and verb.dep_ == "pcomp" and norm(verb.head) in SHARING_PREPS \
                and verb.head.head.pos_ in ("VERB", "AUX"):
            mentions, _ = self.subject_of(verb.head.head, depth + 1)  # "X responded by ordering …"
            if mentions:
                return mentions, "inherited"
        if depth < 4 and verb.dep_ in ("xcomp", "conj", "advcl", "acomp") and verb.head.i != verb.i:
            head = verb.head
            if head.pos_ in ("NOUN", "PROPN") and verb.dep_ == "acl":
                return [], ""
            mentions, _ = self.subject_of(head, depth + 1)
            if mentions:
                return mentions, "inherited"
        return [], ""

    def means_agent(self, verb: Any) -> list[Mention]:
        """The agent a passive names through the means of its act: "killed in a U.S. airstrike",
        "were wounded in Russian shelling" (``force_means`` of words.yml)."""
        for p in verb.children:
            if p.dep_ != "prep" or p.lower_ not in MEANS_PREPS:
                continue
            for g in p.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in FORCE_MEANS:
                    for c in g.children:
                        if c.dep_ in ("poss", "compound", "amod", "nmod"):
                            found = self.actors_at(c)
                            if found:
                                return found
        return []

    def pair_before(self, token: Any) -> list[Mention]:
        """"They", "the two leaders", "both ministers" as a subject, right after a
        sentence about two people of different countries ("Sunak spoke to
        Zelenskyy … The leaders agreed …"): those two people, acting together."""
        if not names_a_pair(token):
            return []
        sent = token.sent
        if sent.start == 0:
            return []
        prev = token.doc[sent.start - 1].sent
        people: dict[str, Mention] = {}
        for m in self.article.mentions:
            if prev.start_char <= m.start and m.end <= token.idx:
                actor = self.article.actor(m.actor_id)
                if actor is not None and actor.kind == "person":
                    people.setdefault(m.actor_id, m)
        pair = list(people.values())
        if len(pair) != 2:
            return []
        codes = [side(self.article.actor(m.actor_id).code) for m in pair]  # type: ignore[union-attr]
        return pair if codes[0] != codes[1] else []

    def located_institution(self, token: Any) -> list[Mention]:
        """ "a court in Moscow", "police in Tbilisi", "authorities in Iran": an
        institution the actors stage left unnamed, placed by its "in" phrase."""
        if norm(token) not in self.lex.words["institution_nouns"]:
            return []
        for c in token.children:
            if c.dep_ == "prep" and norm(c) == "in":
                return self.mentions_in(c, prune_places=False)[:1]
        return []

    def document_author(self, noun: Any, depth: int = 0) -> tuple[list[Mention], str]:
        """Who speaks through a document: "the Assembly adopted a resolution
        demanding …", "Russia's statement calling for …", "a joint statement
        issued by X and Y"."""
        for c in noun.children:
            if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and self.by_token.get(c.i) is not None):
                found = self.actors_at(c)
                if found:
                    return found, "document"
            if c.dep_ == "acl":  # "a statement issued by X"
                for a in c.children:
                    if a.dep_ == "agent":
                        for p in a.children:
                            if p.dep_ == "pobj" and self.actors_at(p):
                                return self.actors_at(p), "document"
        if noun.dep_ in ("dobj", "nsubjpass", "conj") and noun.head.pos_ in ("VERB", "AUX"):
            found, _ = self.subject_of(noun.head, depth + 1)
            if found:
                return found, "document"
        return [], ""

    def objects_of(self, token: Any, of_is_agent: bool = False, skip: frozenset[str] = frozenset()
                   ) -> tuple[list[Mention], list[Mention]]:
        """Targets (objects and prepositional objects) and a "between" list; ``skip``:
        prepositions that name no party here (a meeting's subject: "spoke with X about Iraq")."""
        targets: list[Mention] = []
        between: list[Mention] = []
        passive = any(c.dep_ in ("auxpass",) for c in token.children)

        def add(ms: list[Mention]) -> None:
            for m in ms:
                if m.actor_id not in {t.actor_id for t in targets}:
                    targets.append(m)

        for c in token.children:
            if c.dep_ in OBJ or (passive and c.dep_ == "nsubjpass"):
                add(self.actors_at(c))
        for c in self.preps(token):
            if c.dep_ != "prep":
                continue
            word = norm(c)
            if word in self.lex.words["place_preps"] or word not in self.lex.words["target_preps"] or word in skip:
                continue
            if word == "of" and of_is_agent:
                continue
            for p in c.children:
                if p.dep_ in ("pobj", "pcomp") and not absolute(p):
                    if word in ("between", "among"):
                        between.extend(self.actors_at(p))
                    else:
                        add(self.actors_at(p))
        return targets, between

    def place_mentions(self, token: Any) -> list[Mention]:
        """Mentions in a trigger's place phrases ("in the Gaza Strip")."""
        out: list[Mention] = []
        for c in token.children:
            if c.dep_ == "prep" and norm(c) in ("in", "inside", "near", "within", "across", "around", "off"):
                out.extend(self.mentions_in(c, prune_places=False))
        return out

    def struck_places(self, token: Any) -> list[Mention]:
        """Where a use of force lands, for an attack with no named victim: the
        trigger's place phrases, then places inside its object or passive
        subject ("hit a refinery in Russia's Volgograd region", "took two
        villages near the border with Armenia")."""
        out = self.place_mentions(token)
        for c in token.children:
            if c.dep_ in ("dobj", "nsubjpass") or (c.dep_ == "prep" and norm(c) in ("of", "on", "at")):
                for t in self.walk(c, prune_places=False):
                    if t.dep_ == "prep" and (norm(t) in self.lex.words["place_preps"] or norm(t) in ("with", "of")):
                        out.extend(m for m in self.mentions_in(t, prune_places=False) if m not in out)
        return out

    def complement_places(self, token: Any) -> list[Mention]:
        """Mentions in the place phrases of a frame word's complements."""
        out: list[Mention] = []
        for c in token.children:
            if c.dep_ in ("xcomp", "ccomp"):
                for t in self.walk(c):
                    out.extend(self.place_mentions(t))
        return out

    def complement_mentions(self, token: Any) -> list[Mention]:
        out: list[Mention] = []
        for c in token.children:
            if c.dep_ in ("ccomp", "xcomp", "acl", "relcl") or (c.dep_ == "prep" and norm(c) in ("about", "over", "on", "for", "that")):
                out.extend(self.mentions_in(c))
        return out

    def verb_args(self, verb: Any, skip: frozenset[str] = frozenset()) -> Args:
        sources, via = self.subject_of(verb)
        targets, between = self.objects_of(verb, skip=skip)
        if not targets:
            for c in verb.children:
                if c.dep_ == "prt":
                    t2, b2 = self.objects_of(c, skip=skip)
                    targets += t2
                    between += b2
        if verb.dep_ == "acl" and any(c.dep_ == "agent" for c in verb.children):
            # a passive participle: "factions backed by Turkey" targets the head noun
            targets = self.actors_at(verb.head) + targets
        return Args(sources, targets, between, via)

    def reaction_args(self, noun: Any) -> Args | None:
        """ "…, drawing condemnation from Washington": the "from" party reacts
        to the agent of the clause the reaction verb hangs on."""
        head = noun.head
        if noun.dep_ != "dobj" or norm(head) not in self.lex.words["reaction_verbs"]:
            return None
        sources: list[Mention] = []
        for c in list(noun.children) + list(head.children):
            if c.dep_ == "prep" and norm(c) in ("from", "by", "among"):
                for p in c.children:
                    if p.dep_ == "pobj":
                        sources.extend(self.actors_at(p))
        if not sources:
            return None
        targets, _ = self.subject_of(head)
        return Args(sources, [m for m in targets if m.actor_id not in {s.actor_id for s in sources}], [], "reaction")

    def noun_args(self, noun: Any, trig: Trigger | None, skip: frozenset[str] = frozenset()) -> Args:
        of_agent = trig is not None and trig.of == "agent"
        reaction = self.reaction_args(noun)
        if reaction is not None:
            return reaction
        args = Args()
        for c in noun.children:
            if c.dep_ == "poss":
                args.sources = self.actors_at(c)
                args.via = "possessor"
            elif c.dep_ in ("compound", "amod", "nmod") and self.by_token.get(c.i) is not None and not args.sources:
                args.sources = self.actors_at(c)
                args.via = "modifier"
            elif c.dep_ == "prep" and norm(c) == "by":
                for p in c.children:
                    if p.dep_ == "pobj":
                        args.sources = self.actors_at(p)
                        args.via = "agent"
            elif c.dep_ == "prep" and norm(c) == "of" and of_agent:
                for p in c.children:
                    if p.dep_ == "pobj":
                        args.sources = self.actors_at(p)
                        args.via = "of"
        targets, between = self.objects_of(noun, of_is_agent=of_agent, skip=skip)
        args.targets, args.between = targets, between
        return args

    def light_verb(self, noun: Any, trig: Trigger | None) -> Any | None:
        """The verb that makes a noun an event of its subject ("held talks")."""
        allowed = trig.light if trig is not None and trig.light is not None else self.lex.words["light_verbs"]
        head = noun.head
        if noun.dep_ in ("dobj", "nsubjpass", "attr", "oprd"):
            verb = head
        elif noun.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
            verb = head.head
            if norm(head) in REASON_PREPS:
                return None  # "imposed sanctions over the crackdown": a reason, not the verb's act
            if norm(head) in self.lex.words["place_preps"] and not (
                    norm(head) == "in" and any(c.dep_ == "dobj" and is_quantity(c) for c in verb.children)):
                return None  # but "provide 100 million pounds in aid"
        elif noun.dep_ == "pobj" and norm(head) in ("in", "of") and head.head.dep_ in ("dobj", "nsubjpass") \
                and is_quantity(head.head):
            verb = head.head.head  # "provide $500 million in aid", "sent 20 tonnes of aid"
        elif noun.dep_ == "conj":
            return self.light_verb(noun.head, trig)
        else:
            return None
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        words = {norm(verb)}
        words |= {f"{norm(verb)} {c.lower_}" for c in verb.children if c.dep_ in ("prt", "prep")}
        return verb if words & allowed else None

    def adj_args(self, adj: Any) -> Args:
        head = adj.head if adj.dep_ in ("acomp", "amod", "oprd") else adj
        sources, via = self.subject_of(head) if head.i != adj.i else ([], "")
        targets: list[Mention] = []
        for c in adj.children:
            if c.dep_ == "prep" and norm(c) in ("about", "over", "on", "of", "with", "toward", "towards", "regarding"):
                targets += self.mentions_in(c)
            elif c.dep_ in ("ccomp", "xcomp"):
                targets += self.mentions_in(c)
        return Args(sources, targets, [], via)

    # -- frames (used by the coder) ----------------------------------------------------
    def clause_subjects(self, tok: Any) -> list[Mention]:
        """The subject of a clause a frame word embeds: "demanded that the US
        cancel …" is a demand on the US, whatever the cancelling is about."""
        out: list[Mention] = []
        for c in tok.children:
            if c.dep_ != "ccomp":
                continue
            for s in c.children:
                if s.dep_ in ("nsubj", "nsubjpass"):
                    out.extend(self.actors_at(s))
        return out

    def span_mentions(self, tokens: list[Any], exclude: list[Mention]) -> list[Mention]:
        """Mentions among ``tokens`` (not places after "in"/"at"), in text order."""
        skip = {m.actor_id for m in exclude}
        out: dict[int, Mention] = {}
        for t in tokens:
            m = self.by_token.get(t.i)
            if m is None or m.actor_id in skip or m.kind in ("capital", "place"):
                continue
            out[m.start] = m
        return [m for _, m in sorted(out.items())]

    def frame_span(self, tok: Any, act_tok: Any, cands: dict[int, Any] | None = None) -> list[Any]:
        own = (cands or {}).get(tok.i)
        out = [act_tok]
        for c in tok.children:
            if c.dep_ == "conj" and cands is not None and c.i in cands and c.i != act_tok.i \
                    and (own is None or cands[c.i].frame != own.frame):
                continue  # "rejected the accusation and urged Y to …": the urging is its own event
            if c.dep_ in ("xcomp", "ccomp", "dobj", "prep", "acomp", "attr", "oprd", "conj", "acl"):
                out.extend(c.subtree)
        if tok.dep_ in ("nsubj", "nsubjpass"):
            for c in tok.head.children:
                if c.dep_ in ("xcomp", "attr", "ccomp", "acomp"):
                    out.extend(c.subtree)
        if tok.dep_ in ("attr", "acomp") and norm(tok.head) in COPULAS:
            for c in tok.head.children:
                if c.dep_ in ("nsubj", "csubj"):
                    out.extend(c.subtree)
        out.extend(act_tok.subtree)
        return out


def distributive(token: Any) -> bool:
    """ "each", "both", "each side", "both countries": a subject that spreads
    over the parties named before it."""
    if norm(token) in ("each", "both"):
        return True
    return any(c.dep_ in ("det", "predet") and norm(c) in ("each", "both") for c in token.children)
