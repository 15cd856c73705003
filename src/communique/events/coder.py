"""The CAMEO coder: triggers → frames → arguments → modes → events.

For each sentence:

1. every token that fits a trigger pattern is a candidate;
2. candidates are taken outermost first. A frame word ("demands", "urged",
   "is ready to") takes the first action it embeds and codes it with the
   frame's table ("demands withdrawal" → 1056); an action's own arguments
   swallow event nouns inside them ("hosted … for talks" is one event);
3. the source, target and participants come from the parse (arguments.py);
   speakers stand in for "we" inside their quotes and are the source of
   comments (01x) and of accusations made with an event noun ("the occupation
   and plunder of …" inside Iran's quote is Iran accusing the occupier);
4. an event needs two different actors (source and target, or two
   participants), except protests and force postures (``unary`` patterns)
   and, when the sentence names no target at all, events whose source acts
   alone in a root that may stand so (threats, protests, postures, violence;
   :mod:`.alone`); their target is null. A government's own release and
   reported violence add events of their own (:mod:`.voices`);
5. the same code between the same actors twice in a sentence is one event.
"""

from __future__ import annotations

import functools
from typing import Any

from ..article import ActorRef, Article, Event, Mention
from ..cameo import CodeInfo, code_for, in_group, side
from ..data import package_words
from ..places.dateline import find_dateline
from .alone import drop_echoes, drop_repeats, stands_alone
from .arguments import COPULAS, FIRST_PERSON, ArgFinder, Args, is_quantity
from .candidate import Candidate, new_event
from .contests import contest_sense
from .dyads import split
from .force import condemned_place, force_trigger, hosted_deployment, means_code, struck_target
from .modes import condition_of, mode_of, pledged, polite
from .multilateral import assign_roles, dedupe
from .patterns import Lexicon, Trigger, match, norm
from .place_targets import place_spans, restrict
from .sides import aimed_in_play, aimed_in_words, extend
from .unclaimed import condemned_attackers, held_by_the_state, one_attack, unclaimed, where_it_happened
from .visits import here_mentions, visit_dyads
from .voices import ENDANGERING, OBLIGATION, danger_named, names_danger, publisher_demand, reported_accusation

MAX_FRAME_DEPTH = 5
SYMMETRIC_TOPICS = package_words("events", "symmetric_topics")
MEETING_TOPICS = package_words("events", "meeting_topics")
CARRY_SENTENCES = 3
TERRITORIAL = package_words("events", "territorial_topics")
ASPECTUAL = package_words("events", "aspectual_verbs")
TELLING = package_words("events", "telling_verbs")
INTENT_HEADS = package_words("events", "intent_heads")
MEETING_PURPOSES = package_words("events", "meeting_purposes")
SHOW_VERBS = package_words("events", "show_verbs")
SHOW_NOUNS = package_words("events", "show_nouns")
JUDGING_VERBS = package_words("events", "judging_verbs")
DANGER_NOUNS = package_words("events", "danger_nouns")
PERFORMATIVE = package_words("events", "performative_frames")
BACKGROUND_NOUNS = package_words("events", "background_nouns")
RELEASED_MEDIA = package_words("events", "released_media")
POSSESSIVE = ("its ", "their ", "his ", "her ", "our ", "my ")
#: Dependents of a trigger that are not its arguments (event nouns there are not part of it).
NOT_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "conj", "advcl", "relcl", "punct", "cc", "csubj"})


def own_clause(tok: Any, speech: frozenset[str]) -> bool:
    """Whether ``tok`` heads a clause with its own subject under a word that does not
    report it ("this killed 70,000" over "Eritrea invaded Ethiopia"): not an argument
    of the word above it, but events of its own. What a speech verb reports stays its."""
    return tok.dep_ in ("ccomp", "xcomp", "pcomp") and norm(tok.head) not in speech and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def depths(sent: Any) -> dict[int, int]:
    """Distance of every token of a sentence from its root (one head lookup each)."""
    heads = {t.i: t.head.i for t in sent}
    out: dict[int, int] = {}
    for i in heads:
        chain: list[int] = []
        j = i
        while j not in out and heads.get(j, j) != j and len(chain) < 60:
            chain.append(j)
            j = heads[j]
        base = out.get(j, 0)
        for n, k in enumerate(reversed(chain), 1):
            out[k] = base + n
        out.setdefault(i, base)
    return out


class Coder:
    """Codes the events of one article."""

    def __init__(self, article: Article, lex: Lexicon, codes: dict[str, CodeInfo]) -> None:
        self.article = article
        self.lex = lex
        self.codes = codes
        self.finder = ArgFinder(article, lex)

    # -- helpers ------------------------------------------------------------------
    @functools.cached_property
    def dateline_country(self) -> str | None:
        """The country of the article's dateline ("SEOUL, South Korea –"), found once."""
        place = find_dateline(self.article.text)
        return place.country if place is not None else None

    def refs(self, mentions: list[Mention]) -> list[ActorRef]:
        out = []
        for m in mentions:
            try:
                out.append(self.article.ref(m))
            except KeyError:
                continue
        return out

    def is_first_person(self, refs: list[ActorRef]) -> bool:
        text = self.article.text
        return bool(refs) and all(r.span is not None and text[r.span[0]:r.span[1]].lower() in FIRST_PERSON
                                  for r in refs)

    def quote_speaker(self, token: Any) -> ActorRef | None:
        for q in self.article.quotes:
            if q.start <= token.idx < q.end and q.speaker is not None:
                return q.speaker
        return None

    def speech_speaker(self, token: Any) -> ActorRef | None:
        """The subject of the speech verb whose clause holds ``token``."""
        t = token
        for _ in range(10):
            head = t.head
            if head.i == t.i:
                return None
            if norm(head) in self.lex.words["speech_verbs"] and t.dep_ in ("ccomp", "parataxis", "xcomp", "advcl", "dobj"):
                mentions, _ = self.finder.subject_of(head)
                if not mentions:
                    up = head
                    for _ in range(3):  # "he was quoted as saying …"
                        if up.head.i == up.i:
                            break
                        up = up.head
                        subj = [c for c in up.children if c.dep_ in ("nsubjpass", "nsubj", "dobj")]
                        if subj:
                            mentions = self.finder.actors_at(subj[0])
                            break
                refs = self.refs(mentions[:1])
                return refs[0] if refs else None
            t = head
        return None

    def clause_mentions(self, token: Any) -> list[Mention]:
        """Mentions of the reported clause that holds ``token``."""
        t = token
        for _ in range(8):
            head = t.head
            if head.i == t.i or norm(head) in self.lex.words["speech_verbs"]:
                break
            t = head
        return self.finder.mentions_in(t)

    def speaker(self, token: Any) -> ActorRef | None:
        return self.quote_speaker(token) or self.speech_speaker(token)

    # -- candidates -------------------------------------------------------------------
    def candidates(self, sent: Any) -> list[tuple[Any, Trigger]]:
        out = []
        non_political = self.lex.words["non_political"]
        for tok in sent:
            trig = match(self.lex, tok, self.finder.arg_lemmas, self.finder.has_official, self.finder.has_pair)
            if trig is not None and tok.pos_ in ("NOUN", "PROPN") and norm(tok) in non_political \
                    and tok.lower_ not in ("war",):
                # "a fire broke out" is not an event; "exchanged fire" is
                if trig.light is None or self.finder.light_verb(tok, trig) is None:
                    continue
            if trig is None:
                trig = self.obligation(tok) or self.moving(tok)
            if trig is None or self.other_sense(tok, trig):
                continue
            out.append((tok, trig))
        level = depths(sent)
        out.sort(key=lambda pair: (level.get(pair[0].i, 0), pair[1].frame is None, pair[0].i))
        return out

    def names_force(self, tok: Any) -> bool:
        """Whether ``tok`` is a word of force ("a car bombing killed …")."""
        return force_trigger(self.lex, self.finder, tok) is not None

    def other_sense(self, tok: Any, trig: Trigger) -> bool:
        """An event word used in another sense (the lists of ``words.yml``): "defeated" in a
        game or an election, "demonstrated that …" (showed), "considered it a threat" (judged), "the Iranian threat" (a
        danger), "a statement was released" (published)."""
        word = norm(tok)
        if trig.pos == "verb" and contest_sense(tok):  # "defeating Jordan 3–1 in the final"
            return True
        if trig.pos == "verb" and word in SHOW_VERBS:  # "the skill they demonstrated", "as we have demonstrated"
            return tok.dep_ == "relcl" or any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") or (
                c.dep_ == "mark" and c.lower_ == "as") for c in tok.children)
        if trig.pos == "verb" and word in JUDGING_VERBS:
            return sum(c.dep_ == "dobj" for c in tok.children) > 1 or any(
                c.dep_ in ("oprd", "attr", "ccomp", "auxpass", "nsubjpass")
                or (c.dep_ == "prep" and norm(c) == "as") for c in tok.children)
        if trig.pos == "verb" and word in ENDANGERING:  # "threatens regional stability": a danger, not a threat
            return names_danger(tok)
        if trig.pos == "noun" and word in SHOW_NOUNS:
            return any(c.dep_ == "prep" and norm(c) == "of" for c in tok.children)
        if trig.pos == "noun" and word in DANGER_NOUNS:
            return self.finder.light_verb(tok, trig) is None and not any(
                c.dep_ in ("acl", "relcl", "prep") for c in tok.children)
        if trig.pos == "verb" and trig.topic == "release":
            return any(c.dep_ in ("dobj", "nsubjpass") and norm(c) in RELEASED_MEDIA for c in tok.children)
        return False

    def obligation(self, tok: Any) -> Trigger | None:
        """A speech verb whose clause says what someone else must or should do
        works as a demand or appeal frame ("France said Iraq must cooperate")."""
        if norm(tok) not in self.lex.words["speech_verbs"] or tok.pos_ != "VERB":
            return None
        for c in tok.children:
            if c.dep_ != "ccomp":
                continue
            auxes = {a.lower_ for a in c.children if a.dep_ == "aux"}
            for word, frame in OBLIGATION.items():
                if word in auxes and any(s.dep_ in ("nsubj", "nsubjpass") and self.finder.mention(s) is not None
                                         for s in c.children):
                    return Trigger(pos="verb", lemma=norm(tok), frame=frame, default=True)
        return None

    def frame_action(self, tok: Any) -> Trigger | None:
        """A verb that is an action only inside a frame ("wants the troops to leave")."""
        if tok.pos_ != "VERB":
            return None
        topic = self.lex.embedded_actions.get(norm(tok))
        if topic is None:
            return None
        return Trigger(pos="verb", lemma=norm(tok), code=self.lex.topic_code(topic, "actual"), topic=topic)

    def moving(self, tok: Any) -> Trigger | None:
        """"French troops will leave Niger": a frame-only verb with a force as subject."""
        trig = self.frame_action(tok)
        if trig is None:
            return None
        for c in tok.children:
            if c.dep_ == "nsubj" and norm(c) in self.lex.moving_subjects:
                return trig
        return None

    def embedded(self, token: Any, cands: dict[int, Trigger]) -> tuple[Any, Trigger] | None:
        """The first action a frame word embeds (breadth first over its complements)."""
        trig = cands.get(token.i)
        clausal = (trig is not None and trig.frame == "intent" and not trig.default and trig.pos == "verb"
                   and not trig.extra)
        deps = ("xcomp", "ccomp") if clausal else ("xcomp", "ccomp", "dobj", "prep", "acomp", "attr", "oprd", "acl", "pcomp")
        starts = [c for c in token.children if c.dep_ in deps]
        if any(c.dep_ == "auxpass" for c in token.children):
            starts += [c for c in token.children if c.dep_ == "nsubjpass"]
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("nsubj", "nsubjpass"):
            starts += [c for c in token.head.children if c.dep_ in ("xcomp", "attr", "ccomp", "acomp") and c is not token]
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("attr", "acomp") and norm(token.head) in COPULAS:
            starts += [c for c in token.head.children if c.dep_ in ("nsubj", "csubj")]  # "withdrawal remains our demand"
        if not starts:  # "demand and insist on the subject of withdrawal": share the conjunct's object
            for c in token.children:
                if c.dep_ == "conj" and c.i in cands and cands[c.i].frame:
                    starts += [g for g in c.children if g.dep_ in ("xcomp", "ccomp", "dobj", "prep")]
        frontier = [(s, 1) for s in starts]
        while frontier:
            tok, d = frontier.pop(0)
            if tok.dep_ == "prep" and norm(tok) in self.lex.words["place_preps"] \
                    and not (norm(tok) == "in" and is_quantity(tok.head)):  # "pledged $2 billion in aid"
                continue
            trig = cands.get(tok.i)
            if trig is not None and trig.frame is None and tok.dep_ != "compound":  # not "emergency relief"
                return tok, trig
            if trig is None:
                trig = self.frame_action(tok)
                if trig is not None:
                    return tok, trig
            if d < MAX_FRAME_DEPTH:
                frontier += [(c, d + 1) for c in tok.children if c.dep_ not in ("nsubj", "relcl", "advcl", "punct", "cc")]
        return None

    def action_args(self, token: Any, trig: Trigger) -> Args:
        f = self.finder
        skip = self.lex.words["topic_preps"] if trig.topic in MEETING_TOPICS else frozenset()
        if trig.pos == "verb":
            return f.verb_args(token, skip)
        if trig.pos == "adj":
            return f.adj_args(token)
        args = f.noun_args(token, trig, skip)
        verb = f.light_verb(token, trig)
        if verb is not None:
            if not args.sources:
                args.sources, via = f.subject_of(verb)
                args.via = "light" if args.sources else args.via
            vt, vb = f.objects_of(verb, skip=skip)
            ids = {m.actor_id for m in args.sources}
            args.targets += [m for m in vt if m.actor_id not in ids]
            args.between += vb
        return args

    # -- one sentence ---------------------------------------------------------------------
    def standalone(self, tok: Any, trig: Trigger) -> bool:
        """A noun limited to some light verbs ("reached an agreement") is an
        event on its own only with one of them (or a possessor); any noun can
        be the action a frame embeds ("called for a ceasefire")."""
        if trig.pos != "noun" or trig.light is None:
            return True
        if self.finder.light_verb(tok, trig) is not None:
            return True
        if self.finder.reaction_args(tok) is not None:
            return True  # "drawing condemnation from Washington"
        return any(c.dep_ == "poss" or (c.dep_ in ("amod", "compound") and self.finder.mention(c) is not None)
                   or (c.dep_ == "prep" and norm(c) == "by") for c in tok.children)

    @staticmethod
    def told_before(tok: Any, trig: Trigger) -> bool:
        """A definite event noun inside a prepositional phrase ("in response to the bombings",
        "at the summit", "after the talks") refers to an event told before or elsewhere, as
        the circumstance of this sentence's own act: it is no new event. On the real-news dev
        set 45 such events were coded, 9 of them matched a gold event."""
        return (trig.pos == "noun" and tok.dep_ == "pobj" and tok.head.dep_ == "prep"
                and [c.lower_ for c in tok.children if c.dep_ == "det"] == ["the"]
                and not any(c.dep_ == "poss" for c in tok.children))

    def code_sentence(self, sent: Any, pairs: list[tuple[Any, Trigger]] | None = None) -> list[Candidate]:
        """The sentence's candidate events, from its event words (``pairs``, default
        :meth:`candidates`)."""
        pairs = self.candidates(sent) if pairs is None else pairs
        cands = {tok.i: trig for tok, trig in pairs}
        consumed: set[int] = set()
        out: list[Candidate] = []
        documents = self.lex.words["document_nouns"]
        for tok, trig in pairs:
            if tok.i in consumed or not self.standalone(tok, trig) or self.told_before(tok, trig):
                continue
            if trig.base and (self.holds_own_trigger(tok, cands) or self.natural_agent(tok)):
                continue  # the broad lexicon yields to our own patterns in its arguments
            said = [tok] if norm(tok) in documents else [
                c for c in tok.children if c.dep_ == "dobj" and norm(c) in documents and trig.pos == "verb"]
            if any(c.dep_ == "acl" and c.i in cands for d in said for c in d.children):
                continue  # "issued/released a statement urging X to …": what it says is the event
            cand = self.frame_candidate(tok, trig, cands, consumed) if trig.frame else self.action_candidate(tok, trig, consumed)
            if cand is not None:
                out.append(cand)
        for tok, mode, srcs, tgts in visit_dyads(sent, self.finder, self.lex, self.refs):  # "during a visit to Z"
            code = (self.lex.topic_code("meet", "intent") if mode == "intent" else None) or code_for("visit")
            out.append(Candidate(tok, Trigger(pos="noun", lemma="visit", code=code_for("visit"), topic="meet"), code, mode,
                                 srcs, tgts, [], "meet", None, ["visit in passing"]))
        extend(self, sent, out)  # "urged both sides", "in exchange for"
        return out

    @staticmethod
    def holds_own_trigger(tok: Any, cands: dict[int, Trigger]) -> bool:
        """Whether an argument of ``tok`` holds a trigger of our own (not the broad lexicon's)."""
        for c in tok.children:
            if c.dep_ in NOT_ARGUMENTS:
                continue
            if any(t.i in cands and not cands[t.i].base for t in c.subtree):
                return True
        return False

    def natural_agent(self, tok: Any) -> bool:
        """Whether the subject of ``tok`` is a disaster, an accident or a period ("the war devastated …")."""
        return any(c.dep_ in ("nsubj", "nsubjpass") and norm(c) in self.lex.words["non_political"]
                   for c in tok.children)

    def agentive_nouns(self, top: Any) -> list[set[int]]:
        """Token sets of the nouns under ``top`` that name their own agent
        ("EU sanctions", "Russia's attacks", "the assault by the RSF"): what a
        reaction (praise, criticism) is about is an event of its own."""
        out = []
        for t in top.subtree:
            if t.pos_ not in ("NOUN", "PROPN"):
                continue
            agent = any(self.finder.mention(c) is not None for c in t.children
                        if c.dep_ in ("poss", "compound", "amod", "nmod")) or any(
                c.dep_ == "prep" and c.lower_ == "by" and any(self.finder.mention(g) is not None for g in c.children)
                for c in t.children)
            if agent:
                out.append({x.i for x in t.subtree})
        return out

    @staticmethod
    def light_use(tok: Any, act_tok: Any, act_trig: Trigger) -> bool:
        """Whether a frame verb is only the light verb of its object ("offered condolences",
        "offered him asylum"): the object is an event noun with a code of its own and no topic
        (so the frame has no intent of it to code), and the verb is one of its light verbs."""
        return (act_trig.pos == "noun" and act_trig.topic is None and act_trig.code is not None
                and act_tok.dep_ == "dobj" and act_tok.head.i == tok.i
                and (act_trig.light is None or norm(tok) in act_trig.light))

    @staticmethod
    def performed(tok: Any, code: str | None) -> bool:
        """Whether ``tok`` is a comment or a verbal act of cooperation (roots 01, 05) that a
        performative frame introduces ("I want to thank X"): the act itself, not an intent."""
        return tok.dep_ == "xcomp" and norm(tok.head) in PERFORMATIVE and (code or "")[:2] in ("01", "05")

    def frame_candidate(self, tok: Any, trig: Trigger, cands: dict[int, Trigger], consumed: set[int]) -> Candidate | None:
        f = self.finder
        frame = trig.frame or ""
        # the frame word's own roles
        if trig.pos == "verb":
            sources, via = f.subject_of(tok)
            own_targets, _ = f.objects_of(tok)
        elif trig.pos == "adj":
            a = f.adj_args(tok)
            sources, own_targets = a.sources, []
        else:
            a = f.noun_args(tok, trig)
            sources, own_targets = a.sources, a.targets
            verb = f.light_verb(tok, trig)
            if not sources and verb is not None:
                sources, _ = f.subject_of(verb)
        found = self.embedded(tok, cands)
        mode = mode_of(tok, self.lex)
        if mode is None:
            return None
        if found is None and norm(tok) in self.lex.other_subject and trig.pos == "verb":
            # "Moscow wants Kyiv to accept the terms": a demand on the clause's subject
            other = self.lex.other_subject[norm(tok)]
            src_ids = {m.actor_id for m in sources}
            subjects = [m for m in self.finder.clause_subjects(tok) if m.actor_id not in src_ids]
            if subjects and other in self.lex.defaults and mode is not None:
                cand = Candidate(tok, trig, self.lex.defaults[other], "actual" if mode == "intent" else mode,
                                 self.refs(sources), self.refs(subjects), [], None, other)
                cand.confidence = 0.5
                cand.notes.append(f"{other} on the clause's subject")
                return cand
        if found is None:
            if not trig.default or trig.code is None and frame not in self.lex.defaults:
                return None
            default_code = trig.code or self.lex.defaults[frame]
            src_ids = {m.actor_id for m in sources}
            targets = own_targets or [m for m in self.finder.clause_subjects(tok) if m.actor_id not in src_ids] \
                or f.complement_mentions(tok)
            if not targets:  # "offered to lead a police force in Haiti"
                own = {side(r.code) for r in self.refs(sources)}
                targets = [m for m in f.complement_places(tok) if side(self.refs([m])[0].code if self.refs([m]) else "") not in own]
            cand = Candidate(tok, trig, default_code, mode if frame != "intent" or mode != "actual" else "intent",
                             self.refs(sources), self.refs(targets), [], None, frame)
            cand.confidence = 0.5
            return cand
        act_tok, act_trig = found
        if self.light_use(tok, act_tok, act_trig):
            return None  # "offered condolences", "offered him asylum": the noun codes itself
        if act_tok.head.i == tok.i and self.performed(act_tok, act_trig.code):
            return None  # "I want to thank X": the thanks itself
        act_args = self.action_args(act_tok, act_trig)
        src_ids = {m.actor_id for m in sources}
        act_src_ids = {m.actor_id for m in act_args.sources}
        if frame == "intent" and act_args.sources and act_args.via == "subject" and not (act_src_ids & src_ids):
            alt = self.lex.other_subject.get(norm(tok))
            if alt is None:
                return None  # "X expects Y to withdraw" is not X's intent; Y's action is coded alone
            if alt not in self.lex.defaults:  # a code: "X hoped Y would agree" is a comment about Y
                for t in self.finder.frame_span(tok, act_tok, cands):
                    consumed.add(t.i)
                targets = [m for m in act_args.sources + act_args.targets + act_args.between
                           if m.actor_id not in src_ids]
                cand = Candidate(tok, trig, alt, "actual" if mode == "intent" else mode,
                                 self.refs(sources), self.refs(targets), [], None, None)
                cand.notes.append(f"comment on '{act_tok.text}'")
                cand.confidence = 0.5
                return cand
            frame = alt  # "X wants Y to leave" is X's demand on Y
        topic = self.lex.refine_topic(act_trig.topic, f.arg_lemmas(act_tok))
        code = self.lex.topic_code(topic, frame)
        if code is None and frame == "intent":
            code = self.lex.topic_code(topic, "threaten")
        if code is None and frame == "threaten" and topic is not None:
            code = self.lex.conditional_threats.get(topic)  # "threatened to withdraw its force" 136
        if code is None:
            code = self.lex.defaults.get(frame) or act_trig.code
        if code is None:
            return None
        # everything under the frame's complements is part of this event
        for t in self.finder.frame_span(tok, act_tok, cands):
            consumed.add(t.i)
        targets = list(own_targets) + [m for m in self.finder.clause_subjects(tok) if m.actor_id not in src_ids]
        if act_args.via in ("subject", "agent", "light", "inherited") and not (act_src_ids & src_ids):
            targets += act_args.sources  # "demanded that Israel withdraw": Israel is the target
        targets += act_args.targets
        if not targets and not act_args.between:
            targets = self.finder.span_mentions(self.finder.frame_span(tok, act_tok, cands), sources)
        if frame == "intent" and mode == "actual":
            mode = "intent"
        unique: dict[str, Mention] = {}
        for m in targets:
            unique.setdefault(m.actor_id, m)
        targets = list(unique.values())
        cand = Candidate(tok, trig, code, mode, self.refs(sources), self.refs(targets),
                         self.refs(act_args.between), topic, frame)
        cand.notes.append(f"frame {frame} on '{act_tok.text}'")
        return cand

    def action_candidate(self, tok: Any, trig: Trigger, consumed: set[int]) -> Candidate | None:
        code = trig.code or self.lex.topic_code(trig.topic, "actual")
        if code is None:
            return None
        nominal = trig.pos == "noun" and self.finder.light_verb(tok, trig) is None
        place_target = False
        mode = mode_of(tok, self.lex)
        if mode is None:
            return None
        if mode == "actual" and trig.pos == "verb" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
                and norm(tok.head) not in ASPECTUAL \
                and not (tok.dep_ == "advcl" and norm(tok.head) in TELLING and mode_of(tok.head, self.lex) == "actual") \
                and not (tok.dep_ in ("advcl", "xcomp") and norm(tok.head) in self.lex.words["means_verbs"]) \
                and not self.performed(tok, code) and not polite(tok.head, tok):
            # "is due to meet" states a plan; "an opportunity for both to cooperate" does not
            mode = "intent" if norm(tok.head) in INTENT_HEADS or tok.head.lower_ in INTENT_HEADS else "hypothetical"
        verb = self.finder.light_verb(tok, trig) if trig.pos == "noun" else tok
        if mode == "actual" and verb is not None and pledged(verb, code, self.lex):
            mode = "intent"  # "will continue to support Ukraine" pledges support (03x)
        args = self.action_args(tok, trig)
        if trig.topic in MEETING_TOPICS and len(args.sources) == 1 and not args.between:
            subject = next((c for c in (verb if verb is not None else tok).children if c.dep_ == "nsubj"), None)
            pair = self.finder.we_pair(subject) if subject is not None else []
            if pair:  # "We discussed migration" just after the meeting: both its parties
                args.sources, args.via = pair, "pair"
        if args.via == "pair" and trig.topic in MEETING_TOPICS:
            args.targets, args.between = [], []  # "they discussed Iran's programme": the pair met, Iran is the topic
        if trig.pos == "verb" and trig.topic in MEETING_TOPICS and not args.sources and not args.between \
                and any(c.dep_ == "nsubj" for c in tok.children):
            return None  # "Ministers of four nations meet on Syria-Turkey thaw": the parties are unnamed
        meeting = trig.topic in MEETING_TOPICS
        if not args.targets and not args.between and not (meeting and len({m.actor_id for m in args.sources}) > 1):
            args.targets = self.finder.complement_mentions(tok)  # not the subject of a meeting of X and Y
        if not args.targets and not args.between and trig.topic in TERRITORIAL:
            args.targets = self.finder.place_mentions(tok)  # "evacuated settlements in Gaza"
            verb = self.finder.light_verb(tok, trig) if trig.pos == "noun" else None
            if not args.targets and verb is not None:
                args.targets = self.finder.place_mentions(verb)  # "imposed a curfew in Cizre"
            if in_group(code, "force"):  # "Ukrainian troops fought in Ukraine's east": no target
                own_places = {side(r.code) for r in self.refs(args.sources)}
                args.targets = [m for m in args.targets if side(self.refs([m])[0].code if self.refs([m]) else "")
                                not in own_places]
        if not args.targets and not args.between and (in_group(code, "force") or in_group(code, "placed")):
            args.targets = struck_target(self.finder, tok, trig, args.sources, self.refs)
            place_target = bool(args.targets)
        if not args.targets and not args.between and in_group(code, "condemn_place") and trig.pos == "verb":
            args.targets = condemned_place(self.finder, self.lex, tok, args.sources, self.refs)
            place_target = bool(args.targets)
        if not args.targets and not args.between and code == code_for("visit"):
            args.targets = self.finder.place_mentions(tok)  # "arrived in Moscow for a state visit"
            if not args.targets:  # "SEOUL, South Korea – Hagel arrived here today"
                args.targets = here_mentions(self.article, tok, self.dateline_country)
        topic = self.lex.refine_topic(trig.topic, self.finder.arg_lemmas(tok))
        if hosted_deployment(self.article, tok, code, args.targets):
            code, topic = code_for("peacekeeping"), "peacekeeping"  # "deployed soldiers to Poland"
        if topic != trig.topic and self.lex.topic_code(topic, "actual"):
            code = self.lex.topic_code(topic, "actual") or code
        threat = self.lex.threat_code(topic) if mode == "intent" and not nominal else None
        condition = condition_of(tok, self.lex) if threat is not None else None
        if threat is not None and condition is not None:
            # "will withdraw … unless …", "if X does not …, Y will …": a threat, made now
            code, mode = threat, "actual"
            if not args.targets and not args.between:
                args.targets = [m for m in self.finder.mentions_in(condition)
                                if m.actor_id not in {s.actor_id for s in args.sources}][:1]
        elif mode == "intent" and not nominal:  # "will withdraw" is an intent to de-escalate (03x)
            code = self.lex.topic_code(topic, "intent") or self.lex.topic_code(topic, "threaten") or code
        means = means_code(self.lex, self.finder, tok, trig, code)
        if means is not None:  # "wounded two soldiers in a bomb attack": the attack says how (183)
            code = means
        reaction = in_group(code, "reaction")
        if meeting:  # "met X to discuss Syria": the purpose is this meeting's, not a second one
            for c in tok.children:
                if c.dep_ in ("advcl", "xcomp") and norm(c) in MEETING_PURPOSES \
                        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                    consumed.update(t.i for t in c.subtree)
        for c in tok.children:  # event nouns inside this event's arguments are part of it
            if c.dep_ not in NOT_ARGUMENTS and not own_clause(c, self.lex.words["speech_verbs"]):
                keep = self.agentive_nouns(c) if reaction else set()
                for t in c.subtree:
                    if not any(t.i in k for k in keep):
                        consumed.add(t.i)
        cand = Candidate(tok, trig, code, mode, self.refs(args.sources), self.refs(args.targets),
                         self.refs(args.between), topic, None)
        cand.notes.append(f"source by {args.via or 'none'}")
        if place_target:
            cand.notes.append("target by place")
            cand.confidence -= 0.1
        if condition is not None and threat is not None:
            cand.notes.append(f"threat under condition '{condition.text}'")
        if trig.pos == "noun" and args.via in ("possessor", "modifier", "of", "agent") and self.finder.light_verb(tok, trig) is None:
            if tok.lemma_.lower() in BACKGROUND_NOUNS:
                return None  # "Russia's invasion of Ukraine": an act recalled, not reported
            cand.notes.append("nominal")
        return cand

    # -- speakers, counterparts, carry-over --------------------------------------------
    def apply_speakers(self, cand: Candidate) -> Candidate:
        tok = cand.token
        speaker = self.speaker(tok)
        if speaker is None:
            return cand
        material = self.codes[cand.code].quad_class in (2, 4) if cand.code in self.codes else False
        if not cand.sources or self.is_first_person(cand.sources):
            # a speaker is the agent of an act told in their words only as "we": "attacks
            # on UN staff are unconscionable" in a minister's quote is not the minister's attack
            if self.is_first_person(cand.sources) or (self.quote_speaker(tok) is not None and not material):
                if not cand.sources:
                    cand.notes.append("source by speaker")
                cand.sources = [speaker]
                cand.confidence -= 0.05
        if in_group(cand.code, "statement") and cand.frame is None:
            # a comment is the speaker's; the actors it is about are its targets
            clause = self.clause_mentions(tok)
            others = [r for r in cand.sources + cand.targets + cand.between + self.refs(clause)
                      if side(r.code) != side(speaker.code)]
            cand.sources, cand.targets, cand.between = [speaker], dedupe(others), []
        elif "nominal" in cand.notes and in_group(cand.code, "force") and cand.sources \
                and side(cand.sources[0].code) != side(speaker.code):
            # an event noun in someone's words is their accusation against its agent
            cand.targets, cand.between = [cand.sources[0]], []
            cand.sources = [speaker]
            cand.code, cand.frame, cand.topic, cand.mode = code_for("accuse"), None, None, "actual"
            cand.notes.append("accusation by speaker")
        return cand

    def implicit_counterpart(self, cand: Candidate, sent: Any, previous: Any) -> None:
        """"X encouraged reconciliation with Y": the other party is the actor
        last named before the trigger (this sentence or the one before)."""
        if cand.frame != "appeal" or cand.topic not in SYMMETRIC_TOPICS:
            return
        if len(cand.targets) != 1 or cand.between:
            return
        taken = {side(r.code) for r in cand.sources + cand.targets}
        pool = [m for m in self.article.mentions if m.end <= cand.token.idx
                and m.start >= (previous.start_char if previous is not None else sent.start_char)]
        for m in reversed(pool):
            ref = self.refs([m])
            if ref and side(ref[0].code) not in taken and side(ref[0].code):
                cand.between = [cand.targets[0]]
                cand.targets = [ref[0]]
                cand.notes.append("implicit counterpart")
                cand.confidence -= 0.1
                return

    def carry_target(self, cand: Candidate, history: list[tuple[int, Candidate]], sent_no: int) -> None:
        """A frame event with no target takes the target of the same demand made
        by the same party a few sentences before ("… the subject of withdrawal")."""
        if cand.targets or cand.between or cand.frame is None or not cand.sources:
            return
        src = side(cand.sources[0].code)
        for no, prev in reversed(history):
            if sent_no - no > CARRY_SENTENCES:
                break
            if prev.code == cand.code and prev.targets and prev.sources and side(prev.sources[0].code) == src:
                cand.targets = [prev.targets[0]]
                cand.notes.append("target carried over")
                cand.confidence -= 0.15
                return

    # -- the article ---------------------------------------------------------------------
    def run(self) -> list[Event]:
        """Code the article (its parse repaired by the language stage)."""
        events: list[Event] = []
        history: list[tuple[int, Candidate]] = []
        previous = None
        self.article.events = events
        places = place_spans(self.article)
        for sent_no, sent in enumerate(self.article.sentences()):
            seen: set[tuple[str, str, str]] = set()
            coded = []
            pairs = self.candidates(sent)
            triggers = {tok.i for tok, _ in pairs}  # the sentence's event words
            found_all = [self.apply_speakers(publisher_demand(self, f)) for f in self.code_sentence(sent, pairs)]
            accused = [a for a in (reported_accusation(self, f) for f in found_all) if a is not None]
            accused += [a for a in (danger_named(self, tok) for tok in sent) if a is not None]
            for cand in found_all + accused:
                unclaimed(self.article, cand, sent, self.names_force)
                held_by_the_state(self.article, cand)
                condemned_attackers(self.article, cand, self.names_force)
                where_it_happened(self.article, cand, found_all)
                aimed_in_words(self, cand, sent, triggers)
                aimed_in_play(self, cand)
                self.implicit_counterpart(cand, sent, previous)
                self.carry_target(cand, history, sent_no)
                restrict(cand, places)
                if cand.sources:
                    own = side(cand.sources[0].code)
                    text = self.article.text
                    cand.targets = [r for r in cand.targets if not (
                        side(r.code) == own and r.span is not None
                        and text[r.span[0]:r.span[1]].lower().startswith(POSSESSIVE))]
                roles = assign_roles(cand.sources, cand.targets, cand.between)
                dyads = split(cand.code, cand.token, cand.sources, cand.targets, *roles)
                symmetric = len(dyads) == 1 and (len(cand.sources) >= 2 and not cand.targets or bool(cand.between))
                kept = False
                for source, target, participants in dyads:
                    if source is not None and target is not None and source.actor == target.actor:
                        target = None
                    actors = {r.actor for r in participants} | {r.actor for r in (source, target) if r is not None}
                    if len(actors) < 2 and not (source is not None and (
                            cand.trigger.unary or stands_alone(self.lex, cand, target))):
                        continue
                    key = (cand.code, source.actor if source else "", target.actor if target else "")
                    if key in seen:
                        continue
                    seen.add(key)
                    kept = True
                    if len(participants) < 3 and not symmetric:
                        participants = []  # a directed dyad: source and target say it all
                    coded.append((cand, source, target, participants))
                if kept:
                    history.append((sent_no, cand))
                    self.remember_pair(cand, sent)
            coded = one_attack(drop_repeats(drop_echoes(coded)))
            for cand, source, target, participants in sorted(coded, key=lambda x: x[0].token.idx):
                events.append(self.make_event(cand, source, target, participants, sent))
            previous = sent
        return events

    def remember_pair(self, cand: Candidate, sent: Any) -> None:
        """Keep the two parties of an actual meeting or call between two countries, for
        "they" and "the two leaders" in the sentences after (:meth:`ArgFinder.pair_anaphor`)."""
        if cand.mode != "actual" or cand.topic not in MEETING_TOPICS:
            return
        refs = dedupe(cand.sources + cand.targets + cand.between)[:2]
        if len(refs) != 2 or side(refs[0].code) == side(refs[1].code) or any(r.span is None for r in refs):
            return
        text = self.article.text
        self.finder.remember_pair(sent.start, [
            Mention(r.span[0], r.span[1], text[r.span[0]:r.span[1]], r.actor, kind="pronoun", code=r.code)
            for r in refs if r.span is not None])

    def make_event(self, cand: Candidate, source: ActorRef | None, target: ActorRef | None,
                   participants: list[ActorRef], sent: Any) -> Event:
        conf = cand.confidence + (0.15 if source and target else 0.0) - (0.15 if cand.mode == "hypothetical" else 0.0)
        return new_event(self.codes[cand.code], sent, cand.token, source, target,
                         id=f"E{len(self.article.events) + 1}", participants=participants, mode=cand.mode,
                         confidence=max(0.05, min(0.95, conf)), meta={"notes": cand.notes} if cand.notes else {})
