"""Hard-wrapped text (language/linebreaks.py): a line break inside a paragraph of a text
wrapped at a fixed width is a space, so such text reads like the same text unwrapped."""

from __future__ import annotations

import textwrap

import pytest

from communique.language.linebreaks import unwrap
from conftest import shared_path

BODY = ("Russian Foreign Minister Sergei Lavrov met his Turkish counterpart in Moscow on Wednesday "
        "and said the two countries would keep working together on Syria. The Syrian foreign minister "
        "demanded that Turkish troops leave Syrian territory before any normalisation of relations.")


def _wrapped(width: int = 72) -> str:
    return "Four-way talks in Moscow\n\n" + "\n".join(textwrap.wrap(BODY, width)) + "\n\n" + \
        "\n".join(textwrap.wrap(BODY, width))


@pytest.mark.parametrize("width", [50, 72, 90])
def test_wrapped_lines_are_joined_and_offsets_kept(width):
    text = _wrapped(width)
    out = unwrap(text)
    assert len(out) == len(text)
    assert out.split("\n\n") == ["Four-way talks in Moscow", BODY, BODY]  # blank lines stay


@pytest.mark.parametrize("text", [
    BODY + "\n" + BODY + "\n" + BODY + "\n" + BODY,  # one paragraph a line (HTML blocks): no wrapping
    "Turkey and Syria held talks in Moscow on Wednesday. Iran said it would help.\n" * 6,  # a sentence a line
    "Title\nMOSCOW -- Ministers met.\nThey talked.",  # too few breaks to judge
    "Sanctions on:\n" + "\n".join(f"- person number {n} of the list, a senior official of the army" for n in range(8)),
])
def test_text_that_is_not_hard_wrapped_is_left_alone(text):
    assert unwrap(text) == text


def test_list_items_and_short_lines_keep_their_breaks():
    lines = textwrap.wrap(BODY, 70)
    text = "\n".join(lines) + "\n- first point\n- second point\nA heading\n" + "\n".join(lines)
    out = unwrap(text)
    assert out == BODY + "\n- first point\n- second point\nA heading\n" + BODY


@pytest.mark.model
def test_a_hard_wrapped_article_gives_the_events_of_the_same_article_unwrapped():
    from communique.run import extract

    text = shared_path("examples", "four-way-talks.txt").read_text(encoding="utf-8")
    wrapped = "\n\n".join("\n".join(textwrap.wrap(p, 72)) for p in text.split("\n\n"))
    assert wrapped != text

    def events(t):
        art = extract(t, published="2023-05-11", settings={"learned_events": False})
        return sorted((e.cameo, e.source and e.source.code, e.target and e.target.code) for e in art.events)

    plain = events(text)
    assert len(plain) >= 15 and events(wrapped) == plain
