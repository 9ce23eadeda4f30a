"""End to end: build the real dossier, serve it under /dossier/ on 127.0.0.1, check it in headless Chromium."""

from __future__ import annotations

import dataclasses
import re
import threading
from collections import deque
from html.parser import HTMLParser
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.request import urlopen

import pytest

from dossier.build import build
from dossier.config import load_config
from dossier.serve import server

ROOT = Path(__file__).parent.parent
BASE = "/dossier/"
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The real dossier, built with its search index and served like GitHub Pages."""
    config, diags = load_config(ROOT / "config.yaml", BASE)
    assert config is not None, diags
    config = dataclasses.replace(config, output=tmp_path_factory.mktemp("site") / "build")
    result = build(config)
    assert result.ok, [d.format() for d in result.diagnostics]
    httpd = server(config, "127.0.0.1", 0)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", result.dossier
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


class Refs(HTMLParser):
    """Collect every URL a page refers to, and every id it defines."""

    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        for key in ("href", "src"):
            if a.get(key):
                self.refs.append(a[key])


def fetch(url: str) -> tuple[int, bytes, str]:
    try:
        with urlopen(url, timeout=10) as r:
            return r.status, r.read(), r.headers.get("Content-Type", "")
    except HTTPError as e:
        return e.code, e.read(), e.headers.get("Content-Type", "")


def test_every_internal_link_asset_and_fragment_resolves(site):
    origin, dossier = site
    start = origin + BASE
    seen, queue, broken, pages = {start}, deque([start]), [], {}
    fragments: list[tuple[str, str, str]] = []
    while queue:
        url = queue.popleft()
        status, body, kind = fetch(url)
        if status != 200:
            broken.append(f"{status} {url}")
            continue
        if "html" not in kind:
            continue
        refs = Refs()
        refs.feed(body.decode("utf-8"))
        pages[url] = refs.ids
        for ref in refs.refs:
            target = urljoin(url, ref)
            if urlsplit(target).netloc != urlsplit(origin).netloc:
                continue
            assert urlsplit(target).path.startswith(BASE), f"{url} links outside the base path: {ref}"
            clean, fragment = urldefrag(target)
            if fragment:
                fragments.append((url, clean, fragment))
            if clean not in seen:
                seen.add(clean)
                queue.append(clean)
    assert not broken, broken
    missing = [f"{src} -> {page}#{frag}" for src, page, frag in fragments if frag not in pages.get(page, set())]
    assert not missing, missing
    for article in dossier.articles:
        assert f"{origin}{BASE}articles/{article}/" in pages
    for entity in dossier.entities:
        assert f"{origin}{BASE}entities/{entity}/" in pages
    for path in ("", "entities/", "chronology/", "search/"):
        assert f"{origin}{BASE}{path}" in pages
    assert fetch(f"{origin}{BASE}no-such-page/")[0] == 404


def test_404_page_works_under_the_sub_path(site, browser):
    origin, _ = site
    page = browser.new_page()
    response = page.goto(f"{origin}{BASE}missing/deeply/nested/")
    assert response.status == 404
    page.get_by_role("link", name="Beranda").click()
    page.wait_for_url(f"{origin}{BASE}")
    assert page.locator("h1").inner_text() == "Rusia, Taliban dan CSTO"
    page.close()


def search(page, origin: str, query: str, extra: str = "") -> list[str]:
    """Type a query into the Pagefind UI and return every result link, loading all pages of results."""
    page.goto(f"{origin}{BASE}search/{extra}")
    box = page.locator(".pagefind-ui__search-input")
    box.fill(query)
    page.wait_for_selector(".pagefind-ui__result-link", timeout=20_000)
    return all_results(page)


def all_results(page) -> list[str]:
    page.wait_for_function("document.querySelector('.pagefind-ui__message')?.textContent.match(/\\d/)")
    while page.locator(".pagefind-ui__button").count():
        before = page.locator(".pagefind-ui__result-link").count()
        page.locator(".pagefind-ui__button").click()
        page.wait_for_function(f"document.querySelectorAll('.pagefind-ui__result-link').length > {before}")
    page.wait_for_timeout(300)
    return [urlsplit(h).path for h in page.locator(".pagefind-ui__result-link").evaluate_all("els => els.map(e => e.href)")]


def lavrov_articles(dossier) -> set[str]:
    return {f"{BASE}articles/{m.article}/" for m in dossier.mentions if m.entity == "sergey-lavrov"}


def test_search_lavrov_finds_his_page_and_every_article_mentioning_him(site, browser):
    origin, dossier = site
    page = browser.new_page()
    results = search(page, origin, "Lavrov")
    expected = lavrov_articles(dossier)
    assert len(expected) >= 3
    assert f"{BASE}entities/sergey-lavrov/" in results
    assert expected <= set(results), (expected, results)
    for url in results:
        assert fetch(origin + url)[0] == 200
    page.close()


def test_a_filter_narrows_the_results(site, browser):
    origin, dossier = site
    page = browser.new_page()
    everything = search(page, origin, "Lavrov")
    page.locator(".pagefind-ui__filter-name", has_text="jenis").click()
    page.locator(".pagefind-ui__filter-label", has_text="Entitas").click()
    page.wait_for_function(f"document.querySelectorAll('.pagefind-ui__result-link').length < {len(everything)}")
    narrowed = all_results(page)
    assert narrowed and len(narrowed) < len(everything)
    assert all(u.startswith(f"{BASE}entities/") for u in narrowed), narrowed
    page.close()


def test_results_sort_by_date(site, browser):
    origin, dossier = site
    page = browser.new_page()
    newest = [u for u in search(page, origin, "Lavrov", "?sort=date-desc") if "/articles/" in u]
    oldest = [u for u in search(page, origin, "Lavrov", "?sort=date-asc") if "/articles/" in u]
    dates = {f"{BASE}articles/{a.id}/": a.date.sort_key for a in dossier.articles.values()}
    assert [dates[u] for u in newest] == sorted((dates[u] for u in newest), reverse=True)
    assert [dates[u] for u in oldest] == sorted(dates[u] for u in oldest)
    assert newest and newest == list(reversed(oldest))
    page.close()


def test_article_page_links_mentions_and_shows_provenance(site, browser):
    origin, dossier = site
    article = next(a for a in dossier.articles.values() if a.date.iso.startswith("2021-07-08"))
    page = browser.new_page()
    page.goto(f"{origin}{BASE}articles/{article.id}/")
    assert page.locator("h1").inner_text() == article.title
    links = page.locator(".body a.mention").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert f"{BASE}entities/sergey-lavrov/" in links
    assert article.provenance.sha256 in page.locator(".provenance").inner_text()
    page.locator(".provenance a", has_text=article.provenance.archive).click()
    assert "Lavrov" in page.content()
    page.close()


def test_every_mention_can_be_highlighted_without_javascript(site, browser):
    origin, dossier = site
    article = max(dossier.articles.values(), key=lambda a: sum(m.article == a.id for m in dossier.mentions))
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{origin}{BASE}articles/{article.id}/")
    again = page.locator(".body .mention.again").first

    def background() -> str:
        return again.evaluate("e => getComputedStyle(e).backgroundColor")
    assert background() == "rgba(0, 0, 0, 0)"
    page.get_by_label(re.compile("Sorot setiap sebutan entitas|Highlight every entity mention")).check()
    assert background() != "rgba(0, 0, 0, 0)"
    context.close()


def test_pages_fit_a_phone_and_read_without_javascript(site, browser):
    origin, dossier = site
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    page = context.new_page()
    for path in ("", "entities/", "chronology/", f"articles/{next(iter(dossier.articles))}/", "entities/sergey-lavrov/"):
        page.goto(f"{origin}{BASE}{path}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path
    assert re.search(r"Kronologi", page.content())
    context.close()


SPEAKERS = ("sergey-lavrov", "zamir-kabulov", "suhail-shaheen", "stanislav-zas", "vladimir-putin", "emomali-rahmon")


@pytest.mark.parametrize("person", SPEAKERS)
def test_people_quoted_in_the_seeds_have_their_quotations_linked_to_the_passage(site, browser, person):
    origin, dossier = site
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{origin}{BASE}entities/{person}/")
    quotes = page.locator(".quotations > li")
    assert quotes.count() == sum(q.speaker == person for q in dossier.quotations) > 0
    words = quotes.first.locator("blockquote, .reported").inner_text().strip("“”").removeprefix("Tidak langsung: ")
    quotes.first.locator(".meta a").click()
    fragment = urlsplit(page.url).fragment
    assert re.fullmatch(r"p\d+", fragment)
    passage = page.locator(f"#{fragment}").inner_text()
    assert all(word in passage for word in words.split()[:4])
    context.close()


def test_every_entity_page_has_its_contexts_and_co_mentions(site):
    origin, dossier = site
    mentioned = {m.entity for m in dossier.mentions if m.block > 0}
    for entity in dossier.entities:
        status, body, _ = fetch(f"{origin}{BASE}entities/{entity}/")
        html = body.decode()
        assert status == 200
        if entity in mentioned:
            assert 'class="mention-group"' in html and 'class="related"' in html, entity
            assert 'class="chart"' in html and "<rect class=" in html, entity


def test_co_mentions_are_ranked_with_counts_and_link_to_the_shared_articles(site, browser):
    origin, dossier = site
    page = browser.new_page()
    page.goto(f"{origin}{BASE}entities/sergey-lavrov/")
    counts = [int(re.search(r"\d+", s)[0]) for s in page.locator(".related summary").all_inner_texts()]
    assert counts == sorted(counts, reverse=True) and counts[0] >= 2
    first = page.locator(".related > li").first
    first.locator("summary").click()
    shared = first.locator("details a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert len(shared) == counts[0] and all(h.startswith(f"{BASE}articles/") for h in shared)
    page.close()


def test_the_relationship_pictures_are_links_a_keyboard_can_follow(site, browser):
    origin, _ = site
    page = browser.new_page()
    for path in ("entities/", "entities/sergey-lavrov/"):
        page.goto(f"{origin}{BASE}{path}")
        svg = page.locator(".graph svg")
        assert svg.get_attribute("aria-labelledby") and page.locator(f"#{svg.get_attribute('aria-labelledby')}").count()
        link = page.locator(".graph svg a").first
        target, name = link.get_attribute("href"), link.locator("text").text_content()
        link.focus()
        page.keyboard.press("Enter")
        page.wait_for_url(f"**{target}")
        assert page.locator("h1").inner_text().startswith(name.rstrip("…"))
    page.close()


def test_index_pages_per_type_list_every_entity_of_the_type_most_mentioned_first(site):
    origin, dossier = site
    for kind, path in (("person", "people"), ("organization", "organizations"), ("place", "places")):
        status, body, _ = fetch(f"{origin}{BASE}{path}/")
        html = body.decode()
        rows = re.findall(r'<tr><td><a href="[^"]+/entities/([^/]+)/">[^<]*</a></td><td>(\d+)</td>', html)
        assert status == 200 and {e for e, _ in rows} == {e.id for e in dossier.entities.values() if e.type == kind}
        assert [int(n) for _, n in rows] == sorted((int(n) for _, n in rows), reverse=True)


def passage_note(dossier):
    """An annotation anchored to one passage, and its article."""
    anchor = next(a for a in dossier.anchors if len(dossier.annotations[a.annotation].targets) == 1)
    return anchor, dossier.annotations[anchor.annotation]


def test_a_note_stands_in_the_margin_beside_its_passage_on_a_wide_screen(site, browser):
    origin, dossier = site
    anchor, note = passage_note(dossier)
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(f"{origin}{BASE}articles/{anchor.article}/")
    mark = page.locator(f"#hl-{note.id}")
    aside = page.locator(f"#note-{note.id}")
    assert mark.inner_text() in anchor.text and aside.locator("details").evaluate("d => d.open")
    text_box = page.locator(f"#p{anchor.block}").bounding_box()
    note_box = aside.bounding_box()
    assert note_box["x"] >= text_box["x"] + text_box["width"], (text_box, note_box)  # to the right of the text
    assert abs(note_box["y"] - text_box["y"]) < 40  # level with its paragraph
    assert "Tautan permanen" in aside.inner_text() and note.author in aside.inner_text()
    page.close()


def test_on_a_phone_a_note_is_folded_under_its_paragraph_and_opens_from_the_keyboard(site, browser):
    origin, dossier = site
    anchor, note = passage_note(dossier)
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{origin}{BASE}articles/{anchor.article}/")
    details = page.locator(f"#note-{note.id} details")
    assert not details.evaluate("d => d.open")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    ref = page.locator(f"#hl-{note.id} ~ a.note-ref, a.note-ref[href='#note-{note.id}']").first
    ref.focus()
    page.keyboard.press("Enter")
    page.wait_for_function(f"document.querySelector('#note-{note.id} details').open")
    summary = page.locator(f"#note-{note.id} summary")
    summary.focus()
    page.keyboard.press("Enter")  # the summary toggles it too
    assert not details.evaluate("d => d.open")
    context.close()


def test_notes_are_readable_without_javascript(site, browser):
    origin, dossier = site
    anchor, note = passage_note(dossier)
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{origin}{BASE}articles/{anchor.article}/")
    body = page.locator(f"#note-{note.id} .note-body")
    assert body.is_visible() and body.inner_text().strip()
    context.close()


def test_a_comparison_shows_its_passages_side_by_side(site, browser):
    origin, dossier = site
    note = next(n for n in dossier.annotations.values() if n.comparison)
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    page.goto(f"{origin}{BASE}annotations/{note.id}/")
    boxes = [page.locator(".passage").nth(i).bounding_box() for i in range(len(note.targets))]
    assert len({round(b["y"]) for b in boxes}) == 1 and boxes[0]["x"] < boxes[1]["x"]
    links = page.locator(".passage figcaption a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
    assert all(f"#hl-{note.id}-" in href for href in links)
    for href in links:
        page.goto(origin + href)
        assert page.locator(f"#{urlsplit(href).fragment}").count() == 1
    page.close()


def test_annotations_are_searchable_and_filtered_by_motivation(site, browser):
    origin, dossier = site
    page = browser.new_page()
    results = search(page, origin, "Chișinău")
    assert any("/annotations/" in u for u in results), results
    everything = search(page, origin, "Taliban")
    page.locator(".pagefind-ui__filter-name", has_text="motivasi").click()
    page.locator(".pagefind-ui__filter-label", has_text="Koreksi").click()
    page.wait_for_function(f"document.querySelectorAll('.pagefind-ui__result-link').length < {len(everything)}")
    narrowed = all_results(page)
    corrections = {f"{BASE}annotations/{n.id}/" for n in dossier.annotations.values() if n.motivation == "correcting"}
    assert narrowed and set(narrowed) <= corrections, narrowed
    page.close()


def test_the_chronology_lists_articles_events_and_dated_annotations(site, browser):
    origin, dossier = site
    page = browser.new_page()
    page.goto(f"{origin}{BASE}chronology/")
    for n in (n for n in dossier.annotations.values() if n.date):
        assert page.locator(f"#annotation-{n.id} a[href='{BASE}annotations/{n.id}/']").count() == 1
    for a in dossier.articles.values():
        assert page.locator(f"#article-{a.id} a[href='{BASE}articles/{a.id}/']").count() == 1
    for e in dossier.events.values():
        links = page.locator(f"#event-{e.id} .passages-list a").evaluate_all("els => els.map(e => e.getAttribute('href'))")
        assert len(links) == len(e.passages) and all(re.search(r"/articles/[^/]+/#p\d+$", h) for h in links)
    assert page.locator("h2#y1989").count() == 1  # the Soviet withdrawal, years before the first article
    assert page.locator("figure.density svg rect").count() > 5
    page.close()


def test_the_chronology_filters_by_kind_without_javascript_and_by_entity_with_it(site, browser):
    origin, dossier = site
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{origin}{BASE}chronology/")
    every = page.locator(".chronology .item:visible").count()
    page.get_by_label(re.compile("^Peristiwa")).check()
    events = page.locator(".chronology .item:visible").count()
    assert events == len(dossier.events) < every
    page.locator(".entity-filter summary").click()
    page.locator(".entity-filter a[data-entity='csto']").click()
    assert urlsplit(page.url).path == f"{BASE}chronology/csto/"
    assert 0 < page.locator(".chronology .item").count() < every
    context.close()
    page = browser.new_page()
    page.goto(f"{origin}{BASE}chronology/")
    page.select_option("#entity-filter", "taliban")
    shown = page.locator(".chronology .item:visible").evaluate_all("els => els.map(e => e.dataset.entities)")
    assert shown and all("taliban" in s.split() for s in shown) and len(shown) < every
    page.close()


def test_an_entity_page_shows_its_timeline(site, browser):
    origin, dossier = site
    page = browser.new_page()
    page.goto(f"{origin}{BASE}entities/csto/")
    items = page.locator("section[aria-labelledby='chronology'] li")
    assert items.count() >= 3
    page.locator("section[aria-labelledby='chronology'] a", has_text="Kronologi khusus").click()
    assert urlsplit(page.url).path == f"{BASE}chronology/csto/"
    page.close()


def test_the_seed_exports_validate(site):
    import csv
    import io
    import json

    import icalendar
    from jsonschema import Draft202012Validator

    origin, dossier = site
    schema = json.loads((ROOT / "tests" / "fixtures" / "timelinejs.schema.json").read_text())
    for path in ("chronology/timeline.json", "chronology/csto/timeline.json"):
        status, body, _ = fetch(f"{origin}{BASE}{path}")
        assert status == 200 and not list(Draft202012Validator(schema).iter_errors(json.loads(body))), path
    status, body, _ = fetch(f"{origin}{BASE}chronology/events.ics")
    assert status == 200 and len(icalendar.Calendar.from_ical(body).walk("VEVENT")) == len(dossier.events)
    status, body, _ = fetch(f"{origin}{BASE}chronology/chronology.csv")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    assert len(rows) == len(dossier.articles) + len(dossier.events) + sum(1 for n in dossier.annotations.values() if n.date)
