"""The public API exports exactly the intended names."""

import communique

EXPECTED = {
    "__version__", "Actor", "Article", "Claim", "CommuniqueError", "DateExpr", "Event",
    "Pipeline", "Quote", "Store", "extract", "extract_inputs", "register_stage",
}


def test_api_exports_exactly_the_intended_names():
    assert set(communique.__all__) == EXPECTED
    for name in communique.__all__:
        assert hasattr(communique, name), name


def test_api_extract_returns_article_with_contract():
    art = communique.extract("Turkey and Syria held talks in Moscow.", published="2023-05-11", id="t1")
    assert isinstance(art, communique.Article)
    data = art.to_dict()
    assert data["id"] == "t1" and data["published"] == "2023-05-11"
    assert set(data) >= {"id", "title", "published", "source", "url", "actors", "events", "quotes",
                         "claims", "dates", "errors"}


def test_api_extract_empty_text_gives_error_not_exception():
    art = communique.extract("   ")
    assert art.failed and art.errors[0].code == "E101"
