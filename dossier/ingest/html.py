"""Saved HTML pages: trafilatura finds the article text; the page's own metadata gives title, date and outlet."""

from __future__ import annotations

import copy
import json
import re

import lxml.html
import trafilatura

from .credits import DOMAIN, strip_site_name
from .dates import parse_iso
from .found import Hints
from .lines import classify, ends_sentence, normalise
from .rules import outlet_for_brand
from .text import extract

DATE_META = ("article:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate",
             "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
             "parsely-pub-date", "article.published", "content_PublishedDate")
ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting",
                 "OpinionNewsArticle", "WebPage"}
BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "time", "span", "figcaption", "section", "article",
          "header", "footer", "td", "tr", "br", "dd", "dt", "blockquote", "a")
STANDFIRST_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:teaser|lead|leadtext|lede|standfirst|summary|intro|dek|"
                             r"excerpt|subtitle|subheadline|sapo|chapeau|spot|ozet|deck)(?:$|[\s_-])")  # "spot": Turkish sites
CAPTION_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:caption|cap|legend|desc|descr|bildunterschrift)(?:$|[\s_-])"
                           r"|(?:^|[\s_-])(?:photo|foto|img|image|pic)[_-]?(?:text|title|sign|signature)(?:$|[\s_-])")
APPEAL_CLASS = re.compile(r"(?i)donat|paywall|newsletter|subscri|membership|support-(?:us|box)")  # appeals and sign-ups
CREDIT_CLASS = re.compile(r"(?i)(?:^|[\s_-])credits?(?:$|[\s_-])")
COMMENTS = re.compile(r"(?i)(?:[\w-]*[_-])?(?:comments?|comment-list|yorumlar|yorum-?listesi|kommentare|komentar|"
                      r"disqus_thread|readers?-comments)")  # readers' comments, which trafilatura may keep
ONE_CELL = re.compile(r"(?m)^\|[ \t]*([^|\n]+?)[ \t]*\|[ \t]*$")  # "| text |": a table row of one cell
PULL_QUOTE_CLASS = re.compile(r"(?i)pull-?quote|quote--pull|pq\b")
LINK_BOX_CLASS = re.compile(r"(?i)teaser|related|recommend|read-?more|more-?(?:news|stories|links)|also|promo|embed")
RUNNING = {"p", "sup", "sub", "em", "strong", "b", "i", "q", "blockquote", "figcaption", "dd"}  # links and spans in
# these are part of the running text (not in headings, where a span may be a kicker over the headline)
INVISIBLE_TAGS = ("script", "style", "noscript", "template", "svg", "nav", "aside", "form", "button", "select")


def is_html(text: str) -> bool:
    """The page is markup rather than a text dump."""
    head = text[:4096].lower()
    return "<html" in head or "<!doctype html" in head or ("<head" in head and "<body" in text.lower())


def read_html(text: str, url: str | None = None) -> tuple[str, Hints, str | None]:
    """The article's text (one paragraph per line), what the metadata says, and the page's declared language."""
    tree = lxml.html.document_fromstring(text)
    meta = read_meta(tree)
    ld = read_json_ld(tree, url or meta.get("og:url") or link(tree, "canonical"))
    url = url or meta.get("og:url") or link(tree, "canonical") or ld.get("url")
    outlet = brand(meta.get("og:site_name") or ld.get("publisher"), first_text(tree, "//title"))
    text = without_asides(tree) or text  # trafilatura reads the markup again, without those boxes
    body = trafilatura.extract(text, url=url, output_format="txt", include_comments=False, include_tables=True,
                               include_images=False, favor_recall=True, deduplicate=False, with_metadata=False) or ""
    if not body.strip() or any(len(ln) > 1500 and ln.lstrip().startswith("|") for ln in body.splitlines()):
        body = visible_text(tree)  # a page laid out in tables comes out as one row: read its blocks instead
    body = ONE_CELL.sub(r"\1", body)  # a table of one cell (a photo and its caption) is no table
    heads = subheads(tree)
    body = restore(body, heads + quoted_posts(tree))
    title = headline(tree, meta.get("og:title") or ld.get("headline"), outlet)
    figures = tuple(captions(tree))
    section = meta.get("article:section")
    byline = ld.get("author") or meta.get("author")
    page = extract(visible_text(tree), Hints(title=title, captions=figures, section=section, outlet=outlet, author=byline),
                   keep_lines=True)
    hints = Hints(title=page.title or title, date=page_date(meta, ld, tree), outlet=outlet or page.source, url=url,
                  author=byline or page.author, editor=page.editor, credit=page.credit,
                  dateline=page.dateline, standfirst=marked_standfirst(tree) or unlisted(tree, page.standfirst), captions=figures,
                  subheads=tuple(h for h, _ in heads), section=section, shown_date=page.date)
    language = (tree.get("lang") or meta.get("og:locale") or "").replace("_", "-").split("-")[0].lower() or None
    return body, hints, language


def unlisted(tree, text: str | None) -> str | None:
    """The text, unless it is an item of a list on the page (a summary box's first bullet is no standfirst)."""
    return None if text and any(normalise(li.text_content()) == text for li in tree.iter("li")) else text


def brand(site_name: str | None, title: str | None) -> str | None:
    """The outlet's name without the tagline some sites add to it ("VOI - Waktunya Merevolusi Pemberitaan",
    "هسبريس جريدة إلكترونية مغربية"), when the page's <title> ends in the name alone ("… - VOI", "… | هسبريس")."""
    m = re.search(r"\s[-–—|:·•»]\s+(?P<tail>[^-–—|:·•»]{2,40}?)\s*$", title or "")
    if site_name and m and site_name.casefold().startswith(m["tail"].casefold() + " "):
        return site_name[: len(m["tail"])]
    if not site_name and m and (DOMAIN.match(m["tail"]) or outlet_for_brand(m["tail"])):
        return m["tail"]  # no site name in the metadata: "… - CABAR.asia"
    return site_name


def headline(tree, declared: str | None, outlet: str | None) -> str | None:
    """The headline the page shows: its one <h1>, unless that only repeats the metadata's headline without
    its kicker ("Gipfel in Duschanbe: Putin umwirbt …"); else the metadata's, else the <title>."""
    shown = [" ".join(h.text_content().split()) for h in visible(tree).iter("h1")]
    shown = [h for h in shown if h and len(h.split()) >= 3 and not (outlet and h.casefold() == outlet.casefold())]
    title = declared
    if len(shown) == 1 and not (declared and letters(shown[0]) in letters(declared)):
        title = shown[0]  # the metadata's headline is often one written for search engines and social media
    title = title or first_text(tree, "//title")
    return strip_site_name(normalise(title), outlet) if title else None


def without_asides(tree) -> str | None:
    """The page without the boxes of links set between the paragraphs ("Mehr zu Afghanistan" over a link to
    another story), without pull quotes (a sentence of the text repeated large), without donation or
    newsletter appeals and without readers' comments, which the extractor keeps as text; None when there are none."""
    tree = copy.deepcopy(tree)
    boxes = [el for el in tree.xpath("//body//*[self::div or self::section or self::aside or self::blockquote][@class]")
             if is_link_box(el) or PULL_QUOTE_CLASS.search(el.get("class")) or is_appeal(el)]
    boxes += [el for el in tree.xpath("//body//*[self::div or self::section or self::aside or self::ol or self::ul][@id or @class]")
              if (COMMENTS.fullmatch(el.get("id") or "") or any(COMMENTS.fullmatch(c) for c in (el.get("class") or "").split()))
              and not el.xpath(".//h1 or .//article")]  # not an opinion piece whose wrapper is called "comment"
    for el in boxes:
        el.drop_tree()
    return lxml.html.tostring(tree, encoding="unicode") if boxes else None


def is_appeal(el) -> bool:
    """A short donation or newsletter box (not a subscriber-only article body, which is long)."""
    return bool(APPEAL_CLASS.search(el.get("class"))) and len(el.text_content().split()) <= 60


def is_link_box(el) -> bool:
    """A box the class calls a teaser or related links, holding links (and a heading) but no paragraph."""
    links = sum(len(a.text_content()) for a in el.iter("a"))
    return el.tag != "blockquote" and bool(LINK_BOX_CLASS.search(el.get("class"))) and links > 0 \
        and not el.xpath(".//p[not(ancestor::a)]") and links >= len(normalise(el.text_content())) / 2


def marked_standfirst(tree) -> str | None:
    """The standfirst the markup names ("article__teaser", "standfirst", "td-lead", "article__subtitle", schema.org's
    "alternativeHeadline"): the first such block of full sentences, outside navigation and sidebars, not a link."""
    for el in visible(tree).xpath("//body//*[@class or @itemprop]"):
        named = el.get("itemprop") in ("alternativeHeadline", "description")  # schema.org's own words for it
        if el.tag not in ("p", "div", "h2", "h3", "em", "section") or not (
                named or STANDFIRST_CLASS.search(el.get("class") or "")):
            continue
        text = normalise(el.text_content())
        links = sum(len(a.text_content()) for a in el.iter("a"))
        if len(text.split()) >= 8 and (named or ends_sentence(text)) and links < len(text) / 2 \
                and not el.xpath("ancestor::a"):
            return text
    return None


def subheads(tree) -> tuple[tuple[str, str], ...]:
    """The headings set inside the article's text (h2-h4 after the headline, outside sidebars), each with the
    start of the paragraph after it."""
    found = []
    for h in visible(tree).xpath("//h1/following::*[self::h2 or self::h3 or self::h4]"):
        after = h.xpath("following-sibling::p[1]")
        found.append((normalise(h.text_content()), normalise(after[0].text_content())[:60] if after else ""))
    return tuple((h, after) for h, after in found if h)


def quoted_posts(tree) -> tuple[tuple[str, str], ...]:
    """The posts the article quotes in embeds (a blockquote of a Telegram channel, a tweet), each as its text
    (the longest block in it, without the channel's name, counters and links) with the start of the paragraph
    after it; the extractor drops these, though they are part of what the article says."""
    found = []
    for quote in visible(tree).xpath("//h1/following::blockquote[not(ancestor::blockquote)]"):
        if PULL_QUOTE_CLASS.search(quote.get("class") or ""):
            continue
        blocks = [normalise(el.text_content()) for el in quote.iter("p", "div") if not el.xpath(".//p|.//div")]
        text = max(blocks or [normalise(quote.text_content())], key=len)
        after = quote.xpath("following::p[1]")
        if len(text.split()) >= 8 and after:
            found.append((text, normalise(after[0].text_content())[:60]))
    return tuple(found)


def restore(body: str, heads: tuple[tuple[str, str], ...]) -> str:
    """Put back the subheadings and quoted posts the extractor dropped, above the paragraph that follows each
    in the page."""
    lines = body.splitlines()
    for head, after in heads:
        if head in (normalise(ln) for ln in lines) or not after:
            continue
        at = next((i for i, ln in enumerate(lines) if normalise(ln).startswith(after)), None)
        if at is not None:
            lines.insert(at, head)
    return "\n".join(lines)


def letters(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def visible(tree):
    """A copy of the page without scripts, navigation, sidebars and forms."""
    tree = copy.deepcopy(tree)
    for el in tree.xpath("|".join(f"//{t}" for t in INVISIBLE_TAGS)):
        el.drop_tree()
    return tree


def visible_text(tree) -> str:
    """The page's visible text, one line per block, without navigation and sidebars."""
    tree = visible(tree)
    for el in tree.iter(*BLOCKS):
        if el.tag in ("a", "span") and any(p.tag in RUNNING for p in el.iterancestors()):
            continue  # a link or span inside running text ("… ОДКБ<sup><a>[1]</a></sup>. С тех пор …") stays inline
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


def read_json_ld(tree, url: str | None = None) -> dict[str, str]:
    """headline, datePublished, author, publisher and url of the page's JSON-LD article object. When the
    JSON-LD describes several articles (the page's and related ones), the one at the page's address."""
    found = []
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text_content())
        except ValueError:
            continue
        for item in flatten(data):
            types = item.get("@type")
            types = set(types) if isinstance(types, list) else {types}
            if types & ARTICLE_TYPES and (item.get("headline") or item.get("datePublished")):
                found.append(item)
    item = next((i for i in found if url and same_address(url, i)), found[0] if len(found) == 1 else None)
    if item is None:
        articles = [i for i in found if "WebPage" not in (i.get("@type") if isinstance(i.get("@type"), list)
                                                          else [i.get("@type")])]
        item = next(iter(articles or found), None) if len(articles) <= 1 else None  # several: none is sure
    if item is None:
        return {}
    return {"headline": text_of(item.get("headline")), "datePublished": text_of(item.get("datePublished")),
            "author": name_of(people(item.get("author"))), "publisher": name_of(item.get("publisher")),
            "url": text_of(item.get("url"))}


def same_address(url: str, item: dict) -> bool:
    """The JSON-LD object describes the page at this address (its url, @id or mainEntityOfPage)."""
    page = item.get("mainEntityOfPage")
    page = page.get("@id") if isinstance(page, dict) else page
    ids = [item.get("url"), item.get("@id"), page]

    def bare(address: str) -> str:
        return re.sub(r"^https?://(www\.)?", "", re.sub(r"[#?].*$", "", address)).rstrip("/")
    return any(isinstance(i, str) and bare(i) == bare(url) for i in ids)


def flatten(data) -> list[dict]:
    if isinstance(data, list):
        return [i for d in data for i in flatten(d)]
    if isinstance(data, dict):
        return [data, *flatten(data.get("@graph", []))]
    return []


def text_of(value) -> str | None:
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def people(value):
    """The authors that are persons: an Organization as author is the outlet or its desk, not a byline."""
    if isinstance(value, list):
        return [v for v in value if people(v) is not None]
    return None if isinstance(value, dict) and value.get("@type") == "Organization" else value


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


def is_video(caption) -> bool:
    """The caption of an embedded video (its title and description), not of a photo."""
    figure = next(iter(caption.xpath("ancestor::figure[1]")), caption.getparent())
    return figure is not None and (bool(figure.xpath(".//video or .//iframe or .//*[@data-video-id]"))
                                   or bool(re.search(r"(?i)video|player", figure.get("class") or "")))


def captions(tree) -> list[str]:
    """Photo captions of the article (figure captions outside navigation, sidebars and footers)."""
    out = []
    outside = "not(ancestor::nav or ancestor::aside or ancestor::footer or ancestor::header[not(ancestor::article)])"
    # (an article's own <header> holds its lead photo; the site's header does not)
    marked = (f"//*[@class][{outside}][not(ancestor::a)][preceding-sibling::img or following-sibling::img or parent::figure"
              " or parent::*[preceding-sibling::img or following-sibling::img] or self::td and ancestor::table[1]//img]")
    # (not a teaser in a card that links to another story)
    beside = (f"//*[contains(@class, 'caption')][{outside}][not(ancestor::a)]"
              "[preceding-sibling::*[1][.//img] or following-sibling::*[1][.//img]]")  # "photo__caption" by "photo__img"
    found = tree.xpath(f"//figcaption[{outside}]") + tree.xpath(f"//*[@itemprop='caption'][{outside}][not(self::meta)]") \
        + [el for el in tree.xpath(marked) + tree.xpath(beside)
           if el.tag != "figcaption" and (CAPTION_CLASS.search(el.get("class"))
                                          or not el.xpath(".//*[@class]") and classify(normalise(el.text_content())) == "caption")]
    # (or a block beside the picture that reads as a caption, by its credit: "… WARTAKOTALIVE.COM/Rangga Baskoro")
    taken = []
    for el in found:
        text = normalise(" ".join(el.itertext()))  # "… last week." and "Credit..." in spans of their own
        if CREDIT_CLASS.search(el.get("class") or "") and any(not CREDIT_CLASS.search(o.get("class") or "") for o in found):
            continue  # the photo's credit set apart from its caption ("image__credit")
        if any(el in t.iterancestors() or t in el.iterancestors() for t in taken):
            continue  # a caption inside a caption already taken
        taken.append(el)
        if text and text not in out and not is_video(el) and classify(text) != "photo-credit":  # not "Фото: …" alone
            out.append(text)  # a <figcaption>, or a caption the class names next to its picture ("img-cap"),
            # or in the table cell under it ("photo_text")
    return out
