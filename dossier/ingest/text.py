"""Extract an article from a page's paragraphs: headline, date, credits, dateline, captions and the clean body."""

from __future__ import annotations

import re
from dataclasses import replace

from .credits import (
    DATELINE,
    DATELINE_ONLY,
    DOMAIN,
    PLACE_IN_CAPITALS,
    byline_parts,
    find_outlet,
    is_agency,
    is_brand,
    is_byline,
    known_agency,
    name_key,
    note_wire,
    others_credited,
    outlet_and_wire,
    read_credits,
    read_dateline,
    read_initials,
    same_name,
    starts_with_dateline,
    strip_dateline,
    strip_site_name,
    wire_in_text,
)
from .found import Extract, Hints
from .headline import choose_date, find_title
from .lines import (
    BIO,
    CAPTION,
    DASH_AGENCY,
    LIST_ITEM,
    PERSON,
    PHOTO_SOURCE,
    SIGNOFF,
    Line,
    byline_name,
    caption_text,
    classify,
    classify_all,
    credits_of,
    ends_sentence,
    join_pages,
    lynx_masthead,
    is_titlecase,
    paragraphs_of,
)
from .rules import outlet_for_brand, rules

PLACE_NAME = re.compile(r"^(?P<place>[^\W\d_]+(?: [^\W\d_]+)?)(?::|\s+[-–—])\s+(?P<name>[^\W\d_]+(?: [^\W\d_]+){1,3})$")
DESK_WIRE_PLACE = re.compile(r"[^/\d]{2,30}?\s*/\s*(?P<wire>[^/\d–—-]{2,25}?)\s+[-–—]\s+(?P<place>[^\W\d_]{2,}(?: [^\W\d_]{2,})?)")
PLACE_BRAND = re.compile(r"(?P<place>[^\W\d_][^\W\d_ .'-]*(?:[ -][^\W\d_]+)?),\s*(?P<brand>[^,]{2,30})")
AGENCY_AFTER = re.compile(r"[.!?]\s*\((?P<agency>[^()]{2,25})\)$")  # "… في طشقند. (وام)"
PLACE_AGENCY = re.compile(r"(?P<place>[^\W\d_][^()\d]{1,30}?)\s*\((?P<agency>[^()]{2,25})\)")  # "طشقند (وام)"
DESK_AND_SOURCES = re.compile(r"^(?:red|red\.|redaktion),\s*(?P<sources>[^,;]{2,60})$", re.I)  # "red, ORF.at/Agenturen"
PLACE_WORDS = re.compile(r"[A-ZÀ-ÞА-ЯЁ][a-zß-ÿа-яё]+(?:[ -][A-ZÀ-ÞА-ЯЁ][a-zß-ÿа-яё]+)?")  # "Islamabad", "New Delhi"
PLACE_AGENCY_REST = re.compile(r"(?P<place>[^\W\d_]+(?: [^\W\d_]+)?)\s+(?P<agency>[^\W\d_]+)")  # what a date line leaves
PLACE_AFTER_NAME = re.compile(r"\s+(?:من|in|from|aus|из|в)\s+(?P<place>[^\W\d_]+(?: [^\W\d_]+)?)")  # not "…, Moskau"
AGENCY_SLASH_PLACE = re.compile(r"(?P<agency>[^/\d]{2,25}?)\s*/\s*(?P<place>[^\W\d_]+(?: [^\W\d_]+)?)")  # "QNA / Doha"
OUTLET_FIRST = re.compile(r"^(?P<brand>[^\s.:]\S{1,29}?)(?:[.:]|\s+[-–—])\s+(?=\S)")  # "RMOL. …", "Radar Bogor –" is a dateline
MAX_GAP = 5  # non-text paragraphs that may separate two paragraphs of the same article body


def extract(text: str, hints: Hints | None = None, keep_lines: bool = False) -> Extract:
    """Find the headline, date, credits, captions, dateline and clean body of a page."""
    hints = hints or Hints()
    if hints.outlet is None and (named := lynx_masthead(text)):
        hints = replace(hints, outlet=named)
    lines = classify_all(join_pages(paragraphs_of(text, keep_lines)), hints.captions)
    out = Extract()
    start, end = body_span(lines)
    title_at = find_title(lines, start, hints, out)
    read_header(lines[:start], title_at, out, hints)
    read_body(lines[start:end], out, hints)
    read_trailer(lines[end:], out)
    choose_date(lines, start, end, title_at, hints, out)
    find_outlet(lines, hints, out)
    tidy_up(hints, out)
    return out


def body_span(lines: list[Line]) -> tuple[int, int]:
    """The article body: the run of running text with the most words, joined across a related-articles box."""
    runs = text_runs(lines)
    if not runs:
        return len(lines), len(lines)
    k = max(range(len(runs)), key=lambda j: runs[j][2])
    start, end = runs[k][0], runs[k][1]
    first = k
    while first > 0 and is_box(lines[runs[first - 1][1]: start]) and runs[first - 1][3] >= 2:
        first -= 1
        start = runs[first][0]
    while k + 1 < len(runs) and is_box(lines[end: runs[k + 1][0]]) and runs[k + 1][3] >= 2:
        k += 1
        end = runs[k][1]
    return trim_start(lines, start, end), end


def text_runs(lines: list[Line]) -> list[tuple[int, int, int, int]]:
    """Runs of running text: (first index, end index, words, prose paragraphs), split by lists and long gaps."""
    out, run, gap = [], None, 0
    for line in lines + [Line(len(lines), "", "list")]:
        if line.kind == "prose" or (run and line.kind == "sentence"):
            first, words, prose = (run[0], run[2], run[3]) if run else (line.index, 0, 0)
            run, gap = [first, line.index + 1, words + line.words, prose + (line.kind == "prose")], 0
        elif run and (line.kind == "list" or gap >= MAX_GAP):
            out.append(tuple(run))
            run, gap = None, 0
        elif run:
            gap += line.kind not in ("read-also", "truncated") and not LIST_ITEM.match(line.text) \
                and not (line.words >= 8 and line.text.endswith(":")) \
                and not (line.words <= 12 and len(re.findall(r"\d[\d.,]*", line.text)) >= 2)  # lists, tables go on
    return out


def is_box(between: list[Line]) -> bool:
    """A short block of other articles' headlines set inside the text, opened by a list heading."""
    return 0 < len(between) <= 14 and any(ln.kind == "list" for ln in between[:2]) and \
        all(ln.kind in ("list", "short", "furniture", "truncated", "read-also", "date", "prompt") or ln.kind == "sentence" and ln.words < 12
            for ln in between)


def trim_start(lines: list[Line], start: int, end: int) -> int:
    """A standfirst followed by a credit or date line or an audio player ("Audio herunterladen"), or by the
    paragraph that opens with the dateline ("MOSKOVA (AA) - …"), is not yet the body."""
    while start + 1 < end and listed(lines, start):
        start += 1  # a summary box's bullets under its heading ("Ringkasan Berita:"), before the text
    near = [ln for ln in lines[start + 1: end] if ln.kind != "furniture"][:2]  # past a share bar
    opening = next((ln.index for ln in near if ln.kind == "prose" and starts_with_dateline(ln.text)), None)
    if opening is not None and not starts_with_dateline(lines[start].text) and not rules().editors_note.match(lines[start].text):
        return opening  # not an editor's note or an update set over the dateline: that is part of the article
    while start < end and not DATELINE.match(lines[start].text):
        nxt = next((ln for ln in lines[start + 1: end] if ln.kind in ("prose", "sentence")), None)
        between = lines[start + 1: nxt.index] if nxt else []
        if nxt is None or not any(ln.kind in ("credit", "date", "byline") or ln.kind == "prompt" and rules().player.match(ln.text)
                                  for ln in between):
            break
        start = nxt.index
    return start


def is_caption_under_date(header: list[Line], line: Line, title_at: int | None, out: Extract) -> bool:
    """A line of running words without a full stop, past the standfirst and the date line, just over the text:
    the lead photo's caption."""
    return out.standfirst is not None and title_at is not None and line.kind == "short" and line.words >= 6 \
        and line is header[-1] and not is_titlecase(line.text) \
        and any(ln.kind == "date" for ln in header[title_at + 1: line.index])


def place_and_masthead(text: str, top: list[Line]) -> tuple[str, str] | None:
    """(place, outlet) of a line that pairs a place with the name the masthead shows, in either order."""
    parts = byline_parts(text)
    if len(parts) != 2:
        return None
    for brand, place in (parts, parts[::-1]):
        if len(name_key(brand)) >= 4 and len(place.split()) <= 3 and not outlet_for_brand(place) \
                and place.casefold() not in rules().agencies and any(
                    same_name(brand, ln.text) and ln.words <= 4 and not re.search(r"\d", ln.text) for ln in top):
            # (a masthead, not the weather "الدوحة 34°" or a headline; and no agency as the place: "الدوحة - قنا")
            return place, brand
    return None


def listed(lines: list[Line], i: int) -> bool:
    """The line is an item of a list under a list heading ("Ringkasan Berita:", "Key points")."""
    above = i - 1
    while above >= 0 and LIST_ITEM.match(lines[above].text):
        above -= 1
    return bool(LIST_ITEM.match(lines[i].text)) and above >= 0 and lines[above].kind == "list"


def read_header(header: list[Line], title_at: int | None, out: Extract, hints: Hints) -> None:
    """Headline, standfirst, credits and captions above the body; everything else is page furniture."""
    title = strip_site_name(out.title, None) if out.title else None
    signed = False  # the line above was the byline: a place in capitals under it is the dateline
    named = False  # the line above was the author's name as the markup gives it
    for line in header:
        if line.index == title_at:
            continue
        if out.dateline is None and not rules().role.search(line.text) and (
                signed and PLACE_IN_CAPITALS.fullmatch(line.text) or named and PLACE_WORDS.fullmatch(line.text)):
            take_dateline(line, out, line.text)  # "DAILY SABAH WITH AA" / "ANKARA", "Faisal Rasheed" / "Islamabad"
            continue
        if hints.author and out.dateline is None and line.text.startswith(hints.author) \
                and (m := PLACE_AFTER_NAME.fullmatch(line.text[len(hints.author):])):
            take_dateline(line, out, m["place"])  # "ماجد الخالدي من الرياض": the byline's name, from a place
            continue
        named = bool(hints.author) and line.text == hints.author
        signed = signed and line.kind == "furniture" or line.kind in ("byline", "credit") or bool(outlet_and_wire(line.text))
        if title and line.text.startswith(title) and line.text not in (title, out.title) \
                and not re.match(r"\s+[-–—|:·•»]\s+\S+(?:\s+\S+){0,3}$", line.text[len(title):]):
            out.captions.append(fused_caption(line.text, title))
        elif title_at is not None and line.index > title_at and line.kind == "short" and is_agency_tag(line.text, hints):
            out.credit = out.credit or line.text  # "İHA" beside the date: the agency the story comes from
            out.remove("credit", line.text)
        elif title_at is not None and line.index > title_at and (m := AGENCY_SLASH_PLACE.fullmatch(line.text)) \
                and known_agency(m["agency"]):
            take_dateline(line, out, m["place"], wire=m["agency"])  # "QNA / Doha" over the date
        elif title_at is not None and line.index > title_at and (m := DESK_WIRE_PLACE.fullmatch(line.text)) \
                and (m["wire"].casefold() in rules().agencies or outlet_for_brand(m["wire"])):
            take_dateline(line, out, m["place"], wire=m["wire"])  # "الحرة / وكالات - دبي": the outlet, its sources, the place
        elif line.kind in ("short", "byline", "caption") and (wire := outlet_and_wire(line.text, hints.outlet)):
            out.credit = out.credit or wire  # "هسبريس - أ ف ب": the outlet's desk and the agency
            out.remove("credit", line.text)
        elif line.kind == "caption" or is_captioned_photo(header, line, title_at) or is_figure(line, hints) \
                or title_at is not None and line.index > title_at and line.words <= 40 \
                and ((m := AGENCY_AFTER.search(line.text)) and outlet_for_brand(m["agency"]) or DASH_AGENCY.search(line.text)):
            out.captions.append(line.text)  # also "… في طشقند. (وام)", "… on July 17, 2025. — APP" between headline and text
        elif line.kind == "credit":
            read_credits(line.text, out)
        elif line.kind == "initials" and title_at is not None and line.index > title_at:
            read_initials(line.text, out)  # "(وكالات)" over the text: the agencies it comes from
        elif title_at is not None and line.index > title_at and out.standfirst is None and not listed(header, line.index) and (
                line.kind in ("prose", "sentence") or line.kind == "short" and line.words >= 8
                and all(ln.kind == "furniture" for ln in header if title_at < ln.index < line.index)):
            out.standfirst = line.text  # a standfirst, or a subheadline right under the headline
        elif line is header[-1] and (m := PLACE_BRAND.fullmatch(line.text)) \
                and (rules().news_word.search(m["brand"]) or is_brand(m["brand"]) or DOMAIN.match(m["brand"])):
            take_dateline(line, out, m["place"], brand=m["brand"])  # "Jakarta, NU Online"
        elif line is header[-1] and line.kind != "photo-credit" and (m := PLACE_AGENCY.fullmatch(line.text)) \
                and outlet_for_brand(m["agency"]):
            take_dateline(line, out, m["place"], wire=m["agency"])  # "طشقند (وام)" alone over the text
        elif line is header[-1] and (pair := place_and_masthead(line.text, header[:3])):
            take_dateline(line, out, pair[0], brand=pair[1])  # "اليوم - الرياض", "صلالة - الرؤية" under the masthead
        elif DATELINE_ONLY.match(line.text) and line is header[-1]:
            read_dateline(DATELINE_ONLY.match(line.text)["place"], out)
            out.remove("dateline", line.text)
        elif line is header[-1] and is_byline(line.text) and out.dateline is None:
            read_dateline(", ".join(byline_parts(line.text)), out)  # "أبوظبي - سكاي نيوز عربية"
            out.remove("dateline", line.text)
        elif line is header[-1] and line.kind == "short" and (m := PLACE_NAME.match(line.text)) \
                and byline_name(m["name"]):
            out.dateline, out.author = out.dateline or m["place"], out.author or m["name"]  # "موسكو: كمال الحسيني"
            out.remove("dateline and byline", line.text)
        elif line.kind == "byline" and line.text != hints.section:
            out.author = out.author or byline_name(line.text)
            out.remove("byline", line.text)
        elif is_byline(line.text) and out.author is None:
            out.author = byline_parts(line.text)[0]
            out.remove("byline", line.text)
        elif line.kind == "date" and line is header[-1] and (m := PLACE_AGENCY_REST.fullmatch(line.date.rest or "")) \
                and known_agency(m["agency"]):
            take_dateline(line, out, m["place"], wire=m["agency"])  # "الرياض 12 جمادى الأولى 1446 هـ الموافق 14 نوفمبر 2024 م واس"
        elif line.kind == "date":
            read_signed_date(line, out)
        elif is_caption_under_date(header, line, title_at, out):
            out.captions.append(line.text)  # "Kabil'de düzenlenen … Fuarı'ndan bir görüntü" under the share bar
        else:
            out.remove(reason(line, out), line.text)


def take_dateline(line: Line, out: Extract, place: str, wire: str | None = None, brand: str | None = None) -> None:
    """The header line gives the dateline (and the agency or the outlet it names); it leaves the page."""
    out.dateline = out.dateline or place
    out.brand = out.brand or brand
    if wire:
        note_wire(wire, out)
    out.remove("dateline", line.text)


def is_agency_tag(text: str, hints: Hints) -> bool:
    """A news agency's name alone on a line under the headline, which is not the outlet itself."""
    agency = outlet_for_brand(text)
    return agency is not None and agency.agency and agency is not outlet_for_brand(hints.outlet or "")


def read_signed_date(line: Line, out: Extract) -> None:
    """A byline in front of the date line, set off by a bar: "Felix Brandstätter | 14.10.2022"."""
    found = line.date
    name = line.text.split("|")[0].strip() if found and "|" in line.text else ""
    credited = credits_of(name) if name else []
    if credited and out.author is None and [kind for kind, _ in credited] == ["author"]:
        out.author = credited[0][1]  # "Von Katrin Wolter | 17.05.2023, 06:00 Uhr"
    elif name and out.author is None and byline_name(name) and found.rest.startswith(name) and not rules().desk.search(name):
        out.author = byline_name(name)


def is_captioned_photo(header: list[Line], line: Line, title_at: int | None) -> bool:
    """A line under the headline with a photo credit under it ("Фото: Максим Шеметов / Reuters")."""
    k = header.index(line)
    return title_at is not None and line.index > title_at and line.kind == "short" and line.words >= 4 \
        and k + 1 < len(header) and bool(PHOTO_SOURCE.match(header[k + 1].text))


def is_figure(line: Line, hints: Hints) -> bool:
    """The line opens a caption the page's markup declares (a <figcaption>)."""
    return line.words >= 3 and any(c.startswith(line.text) for c in hints.captions)


def fused_caption(text: str, title: str) -> str:
    """A caption printed right after the headline: its own text, or the headline plus a photo credit."""
    rest = text[len(title):].strip()
    m = CAPTION.search(rest)
    own = rest[: m.start()] if m else rest
    return rest if len(re.findall(r"\w+", own)) >= 3 else text


def reason(line: Line, out: Extract) -> str:
    if out.title and line.text.casefold() == out.title.casefold():
        return "repeated headline"
    return {"short": "navigation or heading", "prose": "text outside the article", "sentence": "text outside the article",
            "list": "list of other articles", "read-also": "read-also link", "truncated": "truncated headline", "photo-credit": "photo credit"
            }.get(line.kind, line.kind)


def read_body(body: list[Line], out: Extract, hints: Hints) -> None:
    """Keep the paragraphs; move captions and credits to metadata; drop links, lists and furniture."""
    skip_short = entries = prompted = False
    for k, line in enumerate(body):
        text, kind = line.text, line.kind
        if entries and text not in hints.subheads and not (prompted and is_subhead(body, k)) \
                and (kind in ("short", "truncated", "furniture", "date", "photo-credit") or kind == "sentence" and line.words < 12):
            out.remove("list of other articles", text)
            continue
        if skip_short and kind == "short" and text not in hints.subheads and line.words <= 20 \
                and not text.endswith(":") and not (skip_short == "line" and is_subhead(body, k)):
            out.remove("read-also link", text)  # the rest of a read-also headline wrapped onto this line
            continue
        skip_short = entries = prompted = False
        if kind == "read-also":
            out.remove("read-also link", text)
            entries = bool(rules().read_also_line.match(text))
            skip_short = "line" if not ends_sentence(text) else False  # a wrapped rest was joined to the line
        elif kind == "list":
            out.remove("list of other articles", text)
            entries = True
        elif kind == "prompt":
            out.remove(reason(line, out), text)
            entries = not ends_sentence(text)  # "Sign up to First Edition" over its promotion box
            prompted = True  # but a subheading between paragraphs may follow a prompt ("اشترك الآن")
        elif kind in ("furniture", "truncated", "date", "photo-credit"):
            out.remove(reason(line, out), text)
        elif kind == "initials":
            read_initials(text, out)
        elif kind == "byline":
            out.author = out.author or byline_name(text)  # also signed at the end: "(Jakob Wenzel aus Moskau, 7.1.2022)"
            out.remove("byline", text)
        elif kind == "credit":
            read_credits(text, out)
            out.remove("credit", text)
        elif is_list_item(body, k, out) or is_table_line(body, k, out):
            out.paragraphs.append(text)  # an item of a list, or a row of a table, the text introduces (“… lain:”)
        elif (kind in ("short", "sentence") or kind == "caption" and text in hints.subheads and text not in hints.captions) \
                and out.paragraphs and (text in hints.subheads or is_subhead(body, k)):
            out.headings.add(text)  # "A Familiar Pattern": a subheading the markup sets, or set between paragraphs
            out.paragraphs.append(text)
        elif kind == "caption" or (kind == "short" and line.words <= 8 and not text.endswith(":")):
            out.captions.append(text)
            if kind == "short":
                out.doubts.setdefault("captions", f"a short line inside the text was taken as a caption: {text!r}")
        else:
            skip_short = add_paragraph(text, out, hints.standfirst)


def is_table_line(body: list[Line], k: int, out: Extract) -> bool:
    """A row of figures ("Russia 11.2 17.0 +13.4") or the heading row above such rows, after a paragraph that
    introduces them with a colon or after another row."""
    def is_row(line: Line) -> bool:
        return line.kind == "short" and len(re.findall(r"[-+]?\d[\d.,]*%?", line.text)) >= 2 and line.words <= 12

    line = body[k]
    if line.kind != "short" or not out.paragraphs:
        return False
    after = body[k + 1] if k + 1 < len(body) else None
    led = out.paragraphs[-1].endswith(":") or k > 0 and body[k - 1].kind == "short" and \
        out.paragraphs[-1] == body[k - 1].text  # right under the introduction, or under a row kept already
    return led and (is_row(line) or after is not None and is_row(after) and line.words <= 12)


def is_list_item(body: list[Line], k: int, out: Extract) -> bool:
    """A numbered or bulleted line right after a paragraph that ends with a colon, or after another such item."""
    line = body[k]
    if line.kind not in ("short", "sentence", "prose") or not LIST_ITEM.match(line.text) or not out.paragraphs:
        return False
    before = next((ln for ln in reversed(body[:k]) if ln.kind != "furniture"), None)
    return before is not None and before.text == out.paragraphs[-1] and (
        out.paragraphs[-1].endswith(":") or LIST_ITEM.match(before.text) is not None or before.text in out.headings)


def is_subhead(body: list[Line], k: int) -> bool:
    """A short line without a full stop between two paragraphs of the text ("Rohstoffe und Energie im Fokus",
    "Очереди на границе"): a subheading, not a caption."""
    line = body[k]
    after = next((ln for ln in body[k + 1:] if ln.kind != "furniture"), None)
    def passed(ln: Line) -> bool:  # a prompt box ("… support us. / Donate") may stand between, not its heading
        return ln.kind in ("furniture", "read-also") or ln.kind == "prompt" and after is not None \
            and after.kind == "prose" and (ends_sentence(ln.text) or ln.words <= 2)
    before = next((ln for ln in reversed(body[:k]) if not passed(ln)), None)
    return line.kind == "short" and 2 <= line.words <= 10 and not line.text.endswith((":", ",", ";")) \
        and after is not None and (after.kind == "prose" or after.kind == "short" and after.words >= 8
                                   and after.text.endswith(":") or LIST_ITEM.match(after.text)) and before is not None \
        and (before.kind in ("prose", "caption", "photo-credit") or bool(LIST_ITEM.match(before.text))) \
        and not in_quotation(after.text)


def in_quotation(text: str) -> bool:
    """The paragraph closes a quotation it did not open: the line above it interrupted the quote (a caption)."""
    count = text.count
    return count("”") > count("“") or count("»") > count("«") or count("“") > count("„") + count("”")  # „…“ too


def add_paragraph(text: str, out: Extract, standfirst: str | None = None) -> bool:
    """Keep a body paragraph, cutting a glued read-also link; True if that link wraps onto the next line."""
    wraps = False
    if (m := rules().read_also.search(text)) and m.start() > 0:
        tail = text[m.start():].strip()
        out.remove("read-also link", tail)
        text, wraps = text[: m.start()].rstrip(), not ends_sentence(tail)
    text = re.sub(r"\s*\*{2,}$", "", text).rstrip()
    if not out.paragraphs or len(out.paragraphs) == 1 and out.dateline is None \
            and (rules().editors_note.match(out.paragraphs[0]) or out.paragraphs[0] == standfirst):
        text = strip_dateline(text, out)  # the dateline opens the text, which may follow an editor's note or the standfirst
    if text:
        out.paragraphs.append(text)
    return wraps


def read_trailer(trailer: list[Line], out: Extract) -> None:
    """After the body: keep credits and initials, drop the rest of the page."""
    first = next((ln for ln in trailer if ln.kind != "furniture"), None)
    for line in trailer:
        if line is first and out.author is None and PERSON.match(line.text) and line.kind == "short" \
                and not any(line.text in p for p in out.paragraphs):  # a name the text is about heads a tag list
            out.author = line.text  # a name signed under the text ("Марина Кондратьева")
            out.doubts["author"] = f"taken from the name under the text: {line.text!r}"
            out.remove("byline", line.text)
            continue
        if line.kind == "credit":
            read_credits(line.text, out)
            out.remove("credit", line.text)
        elif line is first and (agencies := sources_named(line.text)) \
                and all(outlet_for_brand(p.strip()) for p in re.split(r"[/,+]", agencies)) \
                and not any(sources_named(text) for _, text in out.removed):  # not a live blog's entries
            out.credit = out.credit or agencies  # "Quelle: APA/dpa/Reuters" under the text, not a photo's
            out.remove("credit", line.text)
        elif line.kind == "initials":
            read_initials(line.text, out)
        elif m := DESK_AND_SOURCES.match(line.text):
            parts = [p.strip() for p in m["sources"].split("/")]
            agencies = [p for p in parts if p.casefold() in rules().agencies or is_agency(p)]
            out.credit = out.credit or (" + ".join(agencies) if agencies else None)  # "red, ORF.at/Agenturen"
            out.remove("credit", line.text)
        elif ";" in line.text and classify(tail := line.text.rsplit(";", 1)[1].strip()) == "initials":
            read_initials(tail, out)  # "SRF 4 News, 03.03.2026, 06:00 Uhr; sda/grom": the broadcast, then who signs
            out.remove("broadcast note", line.text.rsplit(";", 1)[0])
        elif line.kind == "byline" and (SIGNOFF.match(line.text) or BIO.match(line.text)):
            out.author = out.author or byline_name(line.text)  # "(Jakob Wenzel aus Moskau, 7.1.2022)"
            out.remove("byline", line.text)
        else:
            out.remove(reason(line, out), line.text)


def sources_named(text: str) -> str | None:
    """What a source line ("Quelle: APA/dpa/Reuters", "Sumber: …") names, or None for any other line."""
    m = rules().credit.match(text)
    return m["value"].strip() if m and rules().credit_keys.get(m["key"].casefold()) == "source" else None


def tidy_up(hints: Hints, out: Extract) -> None:
    """Captions once each; a standfirst repeated as the first paragraph once; the wire from the text."""
    out.captions = dedupe_captions([*hints.captions, *out.captions])
    if out.standfirst and out.paragraphs:
        stem = re.sub(r"(?:\.\.\.|…)$", "", out.standfirst).casefold()
        if out.paragraphs[0].casefold().startswith(stem):
            out.remove("standfirst repeated as the first paragraph", out.standfirst)
            out.standfirst = None
    elif is_summary(out.paragraphs, out.dateline) or hints.standfirst and out.paragraphs[:1] == [hints.standfirst]:
        out.standfirst = out.paragraphs.pop(0)  # a summary, or what the whole page shows above the byline
    elif hints.standfirst and not any(hints.standfirst.casefold() in p.casefold() for p in out.paragraphs[:2]):
        out.standfirst = hints.standfirst  # what the markup marks as the standfirst, left out of the text given
    if out.dateline and out.source and out.paragraphs and (m := re.match(rf"{re.escape(out.source)}:?\s+", out.paragraphs[0])):
        out.paragraphs[0] = out.paragraphs[0][m.end():]  # "أبوظبي - العين الإخبارية …", "موسكو - إرم نيوز: …": the outlet
    elif out.source and out.paragraphs and (m := OUTLET_FIRST.match(out.paragraphs[0])) \
            and name_key(m["brand"]) == name_key(out.source):
        out.remove("dateline", m.group(0).strip())  # "RMOL. Keputusan Rusia …": the outlet's name opens the text
        out.paragraphs[0] = out.paragraphs[0][m.end():]
    out.credit = others_credited(out.credit, out.source) if out.credit else wire_in_text(out.paragraphs, out.source)
    if hints.author and (out.author is None or out.doubts.get("author", "").startswith("taken from the name under")
                         or re.fullmatch(r"[a-z]{2,5}(?:/[a-z]{1,5})*|[A-Z]{2,5}(?:/[A-Z]{2,5})+", out.author)
                         and not is_brand(hints.author) and not same_name(hints.author, out.source or "")):
        out.author = hints.author  # the byline the page shows, rather than the initials or a name under the text
        out.doubts.pop("author", None)
    out.editor = out.editor or hints.editor
    out.dateline = out.dateline or hints.dateline
    if out.dateline and out.source and "," in out.dateline and same_name(out.dateline.split(",")[0], out.source):
        out.dateline = out.dateline.split(",", 1)[1].strip()  # "INILAHCOM, Kabul –": the outlet, then the place
    elif out.dateline and out.source and "," in out.dateline and same_name(out.dateline.rsplit(",")[-1].strip(), out.source):
        out.dateline = out.dateline.rsplit(",", 1)[0].strip()  # "MANGUPURA, NusaBali -": the place, then the outlet
    elif out.dateline and out.source and (m := re.fullmatch(r"(?P<brand>\S+) \((?P<place>[^()]+)\)", out.dateline)) \
            and same_name(m["brand"], out.source):
        out.dateline = m["place"]  # "Analisadaily (Medan) –": the outlet, then its place in brackets
    elif out.dateline and out.source and name_key(out.dateline) == name_key(out.source):
        out.dateline = None  # "RADAR BOGOR - …" on radarbogor.id, "BATAMPOS –": the outlet, no place
    if out.author and out.source and (name_key(out.author) == name_key(out.source)
                                      or outlet_for_brand(out.author) is outlet_for_brand(out.source) is not None):
        out.author = None  # the outlet's own name where the byline goes: no author named
    elif out.author and known_agency(out.author):
        out.credit = out.credit or out.author  # "QNA" where the byline goes: the agency the story comes from
        out.author = None
    if out.credit is None and hints.credit:
        out.credit = others_credited(hints.credit, out.source)
    if out.title is None:
        out.doubts["title"] = "no headline found"
    else:
        out.title = strip_site_name(out.title, out.source)


def is_summary(paragraphs: list[str], dateline: str | None) -> bool:
    """A one-sentence summary over the text, whose lede then opens with the same words ("Kolektif Güvenlik
    Antlaşması Örgütü Genel Sekreteri …" twice): a standfirst the page does not mark."""
    if dateline or len(paragraphs) < 3 or len(re.findall(r"[.!?](?:\s|$)", paragraphs[0])) != 1:
        return False
    first, second = (p.casefold().split()[:3] for p in paragraphs[:2])
    return len(first) == 3 and first == second


def dedupe_captions(captions: list[str]) -> list[str]:
    """Each caption once; a caption that only repeats the start of a longer one is dropped."""
    unique = list(dict.fromkeys(caption_text(c) for c in captions))
    return [c for c in unique if not any(o != c and o.startswith(c.rstrip(".* ")) for o in unique)]
