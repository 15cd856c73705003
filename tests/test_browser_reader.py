"""The web pages in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

One browser and one server for the whole module. The server holds a store with
a hand-coded article (actors, events, a quote nested around a mention, dates,
a claim) and three dated events for a dyad chart.
"""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import pytest

try:
    from tests.test_web_support import dyad_records, make_store, marking_extract, reader_record
except ImportError:  # tests/ is not a package in this checkout
    from test_web_support import dyad_records, make_store, marking_extract, reader_record

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).parent / "artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is absent: install Debian's chromium "
                       "(make browser) to run the browser tests"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])




@pytest.fixture(scope="module")
def server(tmp_path_factory):
    import uvicorn

    from communique.web import create_app

    store = make_store(str(tmp_path_factory.mktemp("browser") / "web.duckdb"), [reader_record()] + dyad_records())
    app = create_app(store=store, extractor=marking_extract)
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    for _ in range(200):
        if srv.started:
            break
        time.sleep(0.05)
    assert srv.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    pw = sync_api.sync_playwright().start()
    chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
    yield chromium
    chromium.close()
    pw.stop()


@pytest.fixture()
def page(browser):
    context = browser.new_context(viewport={"width": 1360, "height": 900}, device_scale_factor=1)
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    pg.js_errors = errors  # type: ignore[attr-defined]
    yield pg
    context.close()


def test_browser_reader_highlights_and_panel(server, page):
    page.goto(f"{server}/read/nile-talks")
    page.wait_for_selector("body[data-ready='1']")
    record = reader_record()
    # every kind of highlight is drawn, with the record's own counts
    n_mentions = sum(len(a["mentions"]) for a in record["actors"])
    assert len(set(page.eval_on_selector_all(".text .hl-actor", "ns => ns.map(n => n.dataset.key)"))) == n_mentions
    assert page.locator(".text .hl-trigger").count() == len(record["events"])
    assert page.locator(".text .hl-date").count() == len(record["dates"])
    assert page.locator(".text .hl-quote").count() >= 1
    # the text is exactly the article text, and the mention inside the quote is nested in it
    assert page.inner_text("#article-text") == record["text"]
    assert page.locator(".hl-quote .hl-actor").first.inner_text() == "Egypt"
    # the side panel lists events, quotes and claims
    assert page.locator("#panel-events .item").count() == 3
    assert page.locator("#panel-quotes .item").count() == 1
    assert page.locator("#panel-claims .item").count() == 1
    assert "Sameh Shoukry" in page.inner_text("#panel-quotes")
    # hovering a date shows its resolved value
    page.hover(".text .hl-date >> nth=0")
    assert "2023-05-09" in page.inner_text("#tooltip")
    page.mouse.move(5, 5)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "reader.png"), full_page=False)
    assert page.js_errors == []


def test_browser_click_event_shows_its_panel(server, page):
    page.goto(f"{server}/read/nile-talks")
    page.wait_for_selector("body[data-ready='1']")
    page.click(".text .hl-trigger[data-key='event:E2']")
    detail = page.inner_text("#detail")
    assert "event e2" in detail.lower() and "120" in detail and "Reject" in detail
    assert "Ethiopia (ETH)" in detail and "2023-04" in detail
    assert page.locator("#panel-events .item.selected").get_attribute("data-event") == "E2"
    # a panel item links back to its span, which flashes
    page.click("#panel-quotes .item")
    page.wait_for_selector(".text .seg.flash")
    flashed = "".join(page.eval_on_selector_all(".text .seg.flash", "ns => ns.map(n => n.textContent)"))
    assert flashed == record_quote()
    # the state a reader sees after clicking an event and pointing at an actor
    page.click("#panel-events .item[data-event='E1']")
    page.hover(".text .hl-actor[data-key='actor:A1:0']")
    assert "EGYGOV" in page.inner_text("#tooltip") and "Source of" in page.inner_text("#tooltip")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "reader-event.png"))
    assert page.js_errors == []


def record_quote() -> str:
    return reader_record()["quotes"][0]["text"]


def test_browser_dyad_chart(server, page):
    page.goto(f"{server}/ui/dyad?a=EGYGOV&b=ETHGOV&by=month")
    page.wait_for_selector("body[data-ready='1']")
    assert page.locator("#dyad-svg").count() == 1
    # Feb, Mar, (an empty Apr) and May 2023
    labels = page.eval_on_selector_all("#dyad-svg .axis-label", "ns => ns.map(n => n.textContent)")
    assert [x for x in labels if x.startswith("2023")] == ["2023-02", "2023-03", "2023-04", "2023-05"]
    assert page.locator("#dyad-svg .period").count() == 4
    assert page.locator("#dyad-svg .bar.q3").count() == 1
    assert page.locator("#dyad-svg .g-dot").count() == 3
    # clicking a point lists the events behind it
    page.click("#dyad-svg .period[data-i='1'] .hit")
    page.wait_for_selector("#point-events tbody tr")
    rows = page.inner_text("#point-events tbody")
    assert page.locator("#point-events tbody tr").count() == 2
    assert "112" in rows and "130" in rows
    page.screenshot(path=str(ARTIFACTS / "dyad.png"))
    assert page.js_errors == []


def test_browser_paste_shows_script_as_text(server, page):
    hostile = ("Turkey and Syria held talks in Moscow on Wednesday. "
               "<script>window.__pwned = 1</script> <img src=x onerror='window.__pwned = 2'> "
               "Lavrov said: \"<b>We will meet again.</b>\"")
    page.goto(f"{server}/paste")
    page.fill("#paste-text", hostile)
    page.fill("#paste-published", "2023-05-11")
    page.fill("#paste-title", "<i>Markup</i> in a title")
    page.click("#paste-submit")
    page.wait_for_selector("body[data-ready]", timeout=60_000)
    assert page.get_attribute("body", "data-ready") == "1", page.inner_text("#message")
    assert page.evaluate("window.__pwned === undefined")
    assert page.inner_text("#article-text") == hostile
    assert page.inner_text("#article-title") == "<i>Markup</i> in a title"
    assert page.locator("#reader script, #reader img, #reader b, #reader i").count() == 0
    # the markup sits inside highlights and still shows as text
    quoted = page.eval_on_selector_all("#article-text .hl-quote", "ns => ns.map(n => n.textContent).join('')")
    assert quoted == "<b>We will meet again.</b>"
    assert page.locator("#article-text .hl-quote .hl-actor").count() == 1  # "We", nested in the quote
    assert page.js_errors == []


def test_browser_events_page_filters(server, page):
    page.goto(f"{server}/ui/events?actor=EGY")
    page.wait_for_selector("#events tbody tr")
    assert page.locator("#events tbody tr").count() == 5
    page.fill("input[name=code]", "120")
    page.click("#filters button[type=submit]")
    page.wait_for_function("() => document.querySelectorAll('#events tbody tr').length === 1")
    assert "rejected" in page.inner_text("#events tbody")
    assert "code=120" in page.url
    page.click("#events tbody a")
    page.wait_for_selector("body[data-ready='1']")
    assert "event e2" in page.inner_text("#detail").lower()
    assert page.js_errors == []
