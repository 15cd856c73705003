"""Ingest of each format: text, HTML, JSONL, folders, standard input, metadata flags."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from communique.ingest import read_inputs

TEXT = "Talks in Ankara\nTurkey and Syria held talks in Ankara on Monday.\nIran said it would help."


def _one(inputs, **kw):
    out = list(read_inputs(inputs, **kw))
    assert len(out) == 1
    return out[0]


@pytest.mark.parametrize("data", [
    b"\xef\xbb\xbf" + TEXT.encode("utf-8"),              # UTF-8 with a BOM
    TEXT.replace("\n", "\r\n").encode("utf-8"),          # CRLF line ends
    b"\xff\xfe" + TEXT.encode("utf-16-le"),              # UTF-16 LE with a BOM
    TEXT.encode("cp1252"),                               # a legacy single-byte encoding
])
def test_ingest_text_encodings_decode_to_the_same_text(tmp_path, data):
    path = tmp_path / "a.txt"
    path.write_bytes(data)
    article = _one([str(path)])
    assert not article.errors
    assert article.text == TEXT
    assert article.title == "Talks in Ankara"


def test_ingest_text_in_latin1_with_accents(tmp_path):
    text = "Les ministres se sont réunis à Genève.\nLa Côte d'Ivoire et le Sénégal ont signé l'accord."
    path = tmp_path / "fr.txt"
    path.write_bytes(text.encode("latin-1"))
    article = _one([str(path)])
    assert article.text == text


def test_ingest_html_keeps_title_and_date(tmp_path):
    html = ("<html><head><title>Ministers meet</title>"
            '<meta property="article:published_time" content="2023-05-11T08:00:00Z"></head><body>'
            "<nav>Home | World | Sport</nav><article><h1>Ministers meet</h1>"
            "<p>The foreign ministers of Turkey and Syria met in Moscow on Wednesday for talks.</p>"
            "<p>Russia said the meeting was constructive and that more talks would follow soon.</p>"
            "</article><footer>Copyright</footer></body></html>")
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    article = _one([str(path)])
    assert article.title == "Ministers meet"
    assert article.published == dt.date(2023, 5, 11)
    assert "met in Moscow on Wednesday" in article.text
    assert "Copyright" not in article.text


def test_ingest_jsonl_fields_and_extra_meta(tmp_path):
    path = tmp_path / "a.jsonl"
    rows = [{"id": "x1", "text": "Turkey met Syria.", "title": "T", "published": "2023-05-11",
             "source": "Wire", "url": "https://example.org/x1", "lang": "en", "tags": ["a"]},
            {"text": "Iran met Iraq."}]
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    first, second = list(read_inputs([str(path)]))
    assert (first.id, first.title, first.source, first.url) == ("x1", "T", "Wire", "https://example.org/x1")
    assert first.published == dt.date(2023, 5, 11)
    assert first.meta == {"lang": "en", "tags": ["a"]}
    assert second.id == f"{path}:2" and second.published is None


def test_ingest_folder_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Zed text here.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Alpha text here.", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text('{"id": "c1", "text": "Charlie text."}\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an article", encoding="utf-8")
    ids = [a.id for a in read_inputs([str(tmp_path)])]
    assert ids == [str(tmp_path / "a.txt"), str(tmp_path / "b" / "z.txt"), "c1"]


def test_ingest_stdin_text_and_jsonl():
    text = _one(["-"], stdin=io.BytesIO(TEXT.encode("utf-8")))
    assert text.text == TEXT and text.id == "stdin"
    rows = list(read_inputs(["-"], stdin=io.BytesIO(b'{"id": "s1", "text": "One."}\n{"id": "s2", "text": "Two."}\n')))
    assert [r.id for r in rows] == ["s1", "s2"]


def test_ingest_flags_fill_missing_metadata_only(tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text('{"id": "d1", "text": "Dated.", "published": "2020-01-02", "source": "Own"}\n'
                    '{"id": "d2", "text": "Undated."}\n', encoding="utf-8")
    dated, undated = list(read_inputs([str(path)], published="2023-05-11", source="Flag"))
    assert dated.published == dt.date(2020, 1, 2) and dated.source == "Own"
    assert undated.published == dt.date(2023, 5, 11) and undated.source == "Flag"


def test_ingest_id_flag_names_a_single_article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    assert _one([str(path)], id="my-id").id == "my-id"
