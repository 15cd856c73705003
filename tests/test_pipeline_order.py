"""The stage registry, order checking and per-article failure isolation."""

from __future__ import annotations

import pytest

from communique.article import Article
from communique.errors import PipelineError
from communique.pipeline import REGISTRY, Pipeline, check_order, register_stage


@register_stage("test_needs_events", requires=("events",), assigns=("meta",))
def _make_needs_events(settings):
    def stage(article):
        article.meta["seen"] = True
        return article

    return stage


@register_stage("test_boom", requires=("text",), assigns=("meta",))
def _make_boom(settings):
    def stage(article):
        if "boom" in article.text:
            raise ValueError("exploded")
        article.meta["ok"] = True
        return article

    return stage


@register_stage("test_bad_return", requires=("text",), assigns=())
def _make_bad_return(settings):
    return lambda article: None


def test_pipeline_default_order_is_valid():
    names = [i.name for i in check_order(["language", "actors", "time", "quotes", "events", "places", "claims"])]
    assert names[0] == "language" and names[-1] == "claims"


def test_pipeline_rejects_missing_requirement():
    with pytest.raises(PipelineError) as err:
        check_order(["test_needs_events"])
    assert "E302" in str(err.value) and "events" in str(err.value)


def test_pipeline_rejects_unknown_stage():
    with pytest.raises(PipelineError, match="E303"):
        check_order(["no_such_stage"])


def test_pipeline_user_stage_registers_like_builtins():
    assert "test_boom" in REGISTRY and "language" in REGISTRY
    assert REGISTRY["events"].requires == ("doc", "actors", "dates", "quotes")


def test_pipeline_isolates_a_failing_article():
    pipe = Pipeline(["test_boom"], batch_size=4)
    texts = ["fine one", "this goes boom", "fine two", "fine three", "fine four"]
    out = list(pipe.pipe(Article(text=t, id=str(i)) for i, t in enumerate(texts)))
    assert [a.id for a in out] == ["0", "1", "2", "3", "4"]
    assert out[1].failed and out[1].errors[0].code == "E301" and out[1].errors[0].stage == "test_boom"
    assert "exploded" in out[1].errors[0].message
    assert all(a.meta.get("ok") for i, a in enumerate(out) if i != 1)


def test_pipeline_flags_a_stage_that_returns_something_else():
    out = Pipeline(["test_bad_return"])(Article(text="x", id="x"))
    assert out.errors[0].code == "E305"


def test_pipeline_skips_stages_for_failed_ingest():
    article = Article(text="", id="bad")
    article.add_error("E101", "ingest", "empty")
    out = Pipeline(["test_boom"])(article)
    assert "ok" not in out.meta and len(out.errors) == 1


def test_a_stage_must_declare_real_article_fields():
    with pytest.raises(PipelineError) as err:
        register_stage("test_typo", requires=("event",), assigns=("meta",))
    assert err.value.code == "E306" and "'event'" in str(err.value) and "events" in str(err.value)
    assert "test_typo" not in REGISTRY


def test_every_builtin_stage_declares_what_it_changes():
    from communique.pipeline import article_fields, load_builtin_stages

    load_builtin_stages()
    for info in REGISTRY.values():
        assert set(info.requires) | set(info.assigns) <= article_fields(), info.name
