"""Saved HTML pages: trafilatura finds the article text; the page's own metadata gives title, date and outlet."""

from __future__ import annotations

import copy
import json

import lxml.html
import trafilatura

from .credits import strip_site_name
from .dates import parse_iso
from .found import Hints
from .lines import normalise
from .text import extract

DATE_META = ("article:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate",
             "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
             "parsely-pub-date", "article.published", "content_PublishedDate")
ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
                 "OpinionNewsArticle", "WebPage"}
BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "time", "span", "figcaption", "section", "article",
          "header", "footer", "td", "tr", "br", "dd", "dt", "blockquote", "a")
INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "nav", "aside", "form", "button", "select")


def is_html(text: str) -> bool:
    """The page is markup rather than a text dump."""
    head = text[:4096].lower()
    return "<html" in head or "<!doctype html" in head or ("<head" in head and "<body" in text.lower())


def read_html(text: str, url: str | None = None) -> tuple[str, Hints, str | None]:
    """The article's text (one paragraph per line), what the metadata says, and the page's declared language."""
    tree = lxml.html.document_fromstring(text)
    meta = read_meta(tree)
    ld = read_json_ld(tree)
    url = url or meta.get("og:url") or link(tree, "canonical") or ld.get("url")
    outlet = meta.get("og:site_name") or ld.get("publisher")
    body = trafilatura.extract(text, url=url, output_format="txt", include_comments=False, include_tables=True,
                               include_images=False, favor_recall=True, deduplicate=False, with_metadata=False) or ""
    title = meta.get("og:title") or ld.get("headline") or first_text(tree, "//h1") or first_text(tree, "//title")
    title = strip_site_name(normalise(title), outlet) if title else None
    page = extract(visible_text(tree), Hints(title=title), keep_lines=True)  # the whole page, for its date line
    hints = Hints(title=page.title or title, date=page_date(meta, ld, tree), outlet=outlet or page.source, url=url,
                  author=ld.get("author") or meta.get("author") or page.author, editor=page.editor, credit=page.credit,
                  dateline=page.dateline, standfirst=page.standfirst,
                  captions=tuple(captions(tree)), shown_date=page.date)
    language = (tree.get("lang") or meta.get("og:locale") or "").replace("_", "-").split("-")[0].lower() or None
    return body, hints, language


def visible_text(tree) -> str:
    """The page's visible text, one line per block, without navigation and sidebars."""
    tree = copy.deepcopy(tree)
    for el in tree.xpath("|".join(f"//{t}" for t in INVISIBLE_TAGS)):
        el.drop_tree()
    for el in tree.iter(*BLOCKS):
        el.tail = "\n" + (el.tail or "")
        if el.tag == "br":
            continue
        el.text = "\n" + (el.text or "")
    body = tree.find("body")
    return (body if body is not None else tree).text_content()


def read_meta(tree) -> dict[str, str]:
    """<meta property|name|itemprop=… content=…>, first of each."""
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop")
        value = el.get("content")
        if key and value and value.strip():
            found.setdefault(key.strip().lower(), value.strip())
    return found


def read_json_ld(tree) -> dict[str, str]:
    """headline, datePublished, author, publisher and url of the page's JSON-LD article object."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text_content())
        except ValueError:
            continue
        for item in flatten(data):
            types = item.get("@type")
            types = set(types) if isinstance(types, list) else {types}
            if types & ARTICLE_TYPES and (item.get("headline") or item.get("datePublished")):
                return {"headline": text_of(item.get("headline")), "datePublished": text_of(item.get("datePublished")),
                        "author": name_of(item.get("author")), "publisher": name_of(item.get("publisher")),
                        "url": text_of(item.get("url"))}
    return {}


def flatten(data) -> list[dict]:
    if isinstance(data, list):
        return [i for d in data for i in flatten(d)]
    if isinstance(data, dict):
        return [data, *flatten(data.get("@graph", []))]
    return []


def text_of(value) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def name_of(value) -> str | None:
    if isinstance(value, list):
        names = [name_of(v) for v in value]
        return ", ".join(n for n in names if n) or None
    if isinstance(value, dict):
        return text_of(value.get("name"))
    return text_of(value)


def link(tree, rel: str) -> str | None:
    hrefs = tree.xpath(f"//link[@rel='{rel}']/@href")
    return hrefs[0].strip() if hrefs and hrefs[0].startswith("http") else None


def first_text(tree, xpath: str) -> str | None:
    for el in tree.xpath(xpath):
        text = " ".join(el.text_content().split())
        if text:
            return text
    return None


def page_date(meta: dict[str, str], ld: dict[str, str], tree):
    """The publication date the page's metadata declares, if any."""
    candidates = [ld.get("datePublished"), *(meta.get(k.lower()) for k in DATE_META)]
    candidates += tree.xpath("//time[@pubdate]/@datetime") + tree.xpath("//*[@itemprop='datePublished']/@datetime")
    for value in candidates:
        if value and (found := parse_iso(value)):
            return found
    return None


def captions(tree) -> list[str]:
    """Photo captions of the article (figure captions outside navigation, sidebars and footers)."""
    out = []
    for el in tree.xpath("//figcaption[not(ancestor::nav or ancestor::aside or ancestor::footer or ancestor::header)]"):
        text = normalise(el.text_content())
        if text:
            out.append(text)
    return out
