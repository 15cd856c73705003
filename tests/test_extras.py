"""Optional extras: the core installs without the web stack, Dask or matplotlib, and says what to install."""

from __future__ import annotations

import tomllib

import pytest

from communique import extras
from communique.errors import ConfigError
from conftest import ROOT


def test_missing_extra_names_the_package_and_the_install_line(monkeypatch):
    monkeypatch.setattr(extras.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ConfigError) as err:
        extras.require_extra("dask", "Running on Dask")
    text = str(err.value)
    assert err.value.code == "E909" and "'dask'" in text and "pip install 'communique[dask]'" in text


def test_present_extra_passes():
    extras.require_extra("plot", "The dyad plot")  # make test installs every extra


def test_core_dependencies_leave_the_extras_out():
    meta = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    core = " ".join(meta["dependencies"])
    for extra, modules in extras.EXTRAS.items():
        assert extra in meta["optional-dependencies"]
        for module in modules:
            assert module not in core, f"{module} belongs to the [{extra}] extra"
    assert "version" in meta["dynamic"]  # written once, in communique/__init__.py


def test_dyad_plot_without_matplotlib_is_a_numbered_error(monkeypatch, tmp_path):
    from communique.cli.dyads import plot_dyad

    real = extras.importlib.util.find_spec
    monkeypatch.setattr(extras.importlib.util, "find_spec",
                        lambda name: None if name == "matplotlib" else real(name))
    with pytest.raises(ConfigError, match="communique\\[plot\\]"):
        plot_dyad([], "TUR", "SYR", str(tmp_path / "x.png"))
