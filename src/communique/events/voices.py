"""Events that come from who speaks, not only from what is said.

- **The publisher's obligations.** In a government's own release
  (``article.meta["publisher"]``, set by the actors stage), "Russia must stop
  its operations" or "X should release the prisoners", outside quotes and
  reported speech, is the publisher's demand (must) or appeal (should) to X,
  coded through the frame table.
- **Reported violence.** Violence that a speaker of another country reports
  ("the SDF's spokesman stated that Turkey was targeting civilians", "Kyrgyz
  officials said Tajik forces shelled the airport") is also the speaker's
  accusation (112) against its agent; the reported act stays coded as well.
- **Dangers named.** "China's actions threaten regional peace and stability", said by
  a US official or in a US release, is no threat of China's (the coder drops it, see
  ``endangering_verbs`` in ``words.yml``) but the speaker's criticism (111) of China.
"""

from __future__ import annotations

from typing import Any

from ..article import ActorRef
from ..cameo import code_for, side
from ..data import package_words
from .candidate import Candidate
from .patterns import Trigger, norm

ENDANGERING = package_words("events", "endangering_verbs")
ENDANGERED = package_words("events", "endangered_things")
#: The code of a danger named: criticize or denounce.
DANGER_NAMED = "111"

#: "X said Y must …" is X's demand on Y; "X said Y should …" is X's appeal to Y.
OBLIGATION = {"must": "demand", "should": "appeal"}


def publisher_voice(article: Any) -> ActorRef | None:
    """The government of the state that published the article (``article.meta["publisher"]``,
    set by the actors stage), as an event's side: a state's release speaks for it."""
    home = article.meta.get("publisher")
    author = next((a for a in article.actors if home and side(a.code) == home and a.kind == "state"), None)
    return ActorRef(author.id, f"{home}GOV", author.name) if author is not None else None


def names_danger(tok: Any) -> bool:
    """Whether an endangering verb has a state of things as object ("threatens regional
    stability"): a danger named, not a threat made."""
    return norm(tok) in ENDANGERING and any(c.dep_ == "dobj" and norm(c) in ENDANGERED for c in tok.children)


def publisher_demand(coder: Any, cand: Any) -> Any:
    """The candidate, made the publisher's demand or appeal where it is one."""
    home = coder.article.meta.get("publisher")
    if not home or cand.frame is not None or not cand.sources or coder.speaker(cand.token) is not None:
        return cand
    tok = cand.token
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    frame = next((f for word, f in OBLIGATION.items() if word in auxes), None)
    doer = cand.sources[0]
    if frame is None or side(doer.code) == home or coder.is_first_person(cand.sources):
        return cand
    author = publisher_voice(coder.article)
    code = coder.lex.topic_code(cand.topic, frame) or coder.lex.defaults.get(frame)
    if author is None or code is None:
        return cand
    cand.sources, cand.targets, cand.between = [author], [doer], []
    cand.code, cand.mode, cand.frame = code, "actual", frame
    cand.notes.append(f"the publisher's {frame}")
    return cand


def reported_accusation(coder: Any, cand: Any) -> Any | None:
    """The speaker's accusation against the agent of reported violence, or None."""
    if cand.frame is not None or cand.mode != "actual" or not cand.sources or "nominal" in cand.notes:
        return None
    info = coder.codes.get(cand.code)
    if info is None or info.quad_class != 4 or "accusation by speaker" in cand.notes:
        return None
    speaker = coder.speaker(cand.token)
    doer = cand.sources[0]
    if speaker is None or side(speaker.code) in ("", "---", side(doer.code)):
        return None
    acc = Candidate(cand.token, cand.trigger, code_for("accuse"), "actual", [speaker], [doer], [], None, None,
                    ["accusation by speaker", "reported act"])
    acc.confidence = cand.confidence - 0.1
    return acc


def danger_named(coder: Any, tok: Any) -> Any | None:
    """The speaker's (or the publishing government's) criticism of whoever ``tok`` says
    endangers a state of things ("Iran's actions undermine regional stability"), or None."""
    if tok.pos_ != "VERB" or not names_danger(tok):
        return None
    doers, _ = coder.finder.subject_of(tok)
    text = coder.article.text
    # not the backer of "Iran-backed Houthis" nor the leader of "US-led forces"
    refs = [r for r in coder.refs(doers) if r.span is None or text[r.span[1]:r.span[1] + 1] != "-"]
    if not refs or coder.is_first_person(refs):
        return None
    speaker = coder.speaker(tok) or publisher_voice(coder.article)
    doer = refs[0]
    if speaker is None or side(speaker.code) in ("", "---", side(doer.code)):
        return None
    cand = Candidate(tok, Trigger(pos="verb", lemma=norm(tok), code=DANGER_NAMED), DANGER_NAMED, "actual",
                     [speaker], [doer], [], None, None, ["accusation by speaker", "danger named"])
    cand.confidence = 0.5
    return cand
