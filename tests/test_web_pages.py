"""Every page is its body set in the one shared layout."""

from __future__ import annotations

import pytest

from communique.web.pages import TITLES, render


@pytest.mark.parametrize("name", sorted(TITLES))
def test_web_page_renders_in_the_layout(name):
    html = render(name)
    assert "{{" not in html
    assert f"<title>{TITLES[name]} · Communique</title>" in html
    assert f'data-page="{name}"' in html
    assert html.count('<header class="top">') == 1 and html.rstrip().endswith("</html>")
