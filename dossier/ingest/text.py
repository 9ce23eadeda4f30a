"""Extract an article from a page's paragraphs: headline, date, credits, dateline, captions and the clean body."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import FoundDate
from .lines import (
    CAPTION,
    INITIALS,
    Line,
    caption_text,
    classify_all,
    credits_of,
    ends_sentence,
    paragraphs_of,
    word_count,
)
from .rules import outlet_for_brand, outlet_for_url, rules

MAX_GAP = 5  # non-text paragraphs that may separate two paragraphs of the same article body
DATELINE_ONLY = re.compile(r"^(?P<place>[^.!?]{2,60}?)\s*(?:-{1,2}|–|—)$")
DATELINE = re.compile(r"^(?P<prefix>(?:[^.!?\"“”«»]|\.(?=\S)){2,70}?)\s+(?:-{1,2}|–|—)\s+(?=\S)")
DATED = re.compile(r"^(?P<place>[A-ZА-ЯЁ][^\W\d_]+(?:[ -][^\W\d_]+)?)[.,]\s+\d{1,2}\s+[^\W\d_]+\.?"
                   r"(?:\s*/(?P<wire>[^/]{2,20})/\.?|\s+(?P<brand>[^\s.]\S*[^\s.])\s+[-–—])\s+")
PERSON = re.compile(r"^[A-ZÀ-ÞА-ЯЁ][a-zß-ÿа-яё'’-]+(?:\s+(?:[A-ZÀ-ÞА-ЯЁ]\.|[A-ZÀ-ÞА-ЯЁ][a-zß-ÿа-яё'’-]+)){1,3}$")
BRAND_FIRST = re.compile(r"^(?P<brand>[^.!?]{2,30})\.\s+(?=\S)")  # "РИА Новости. Организация …" after the dateline
PARENS = re.compile(r"\((?P<wire>[^()]{2,30})\)|/(?P<slash>[^/]{2,20})/")
DOMAIN = re.compile(r"(?i)^[a-z][\w-]*(?:\.[a-z][\w-]*)*\.(?:com|co|id|net|org|ru|de|tr|uk|info|news|tv)(?:\.[a-z]{2})?$")
COPYRIGHT = re.compile(r"(?i)(?:copyright|©|\(c\)|hak cipta)")
BRAND_AFTER = re.compile(r"(?i)\b(?:dari|from|von|от|من)\s+(?P<brand>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})")


@dataclass(frozen=True)
class Hints:
    """What the page's metadata or the editor already tell: they win over guesses from the text."""

    title: str | None = None
    date: FoundDate | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    editor: str | None = None
    credit: str | None = None
    captions: tuple[str, ...] = ()
    shown_date: FoundDate | None = None  # the date line of the whole page, when the text given is only its article


@dataclass
class Extract:
    """What ingest found on one page; None means not found. `doubts` names fields an editor should check."""

    title: str | None = None
    date: FoundDate | None = None
    source: str | None = None
    dateline: str | None = None
    author: str | None = None
    editor: str | None = None
    credit: str | None = None
    standfirst: str | None = None
    captions: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    removed: list[tuple[str, str]] = field(default_factory=list)  # (why, text)
    doubts: dict[str, str] = field(default_factory=dict)  # field → why it is uncertain
    brand: str | None = None  # how the page names its outlet in a dateline or date line
    wire: str | None = None   # an agency named in the dateline

    def remove(self, why: str, text: str) -> None:
        self.removed.append((why, text))


def extract(text: str, hints: Hints = Hints(), keep_lines: bool = False) -> Extract:
    """Find the headline, date, credits, captions, dateline and clean body of a page."""
    lines = classify_all(paragraphs_of(text, keep_lines))
    out = Extract()
    start, end = body_span(lines)
    title_at = find_title(lines, start, hints, out)
    read_header(lines[:start], title_at, out)
    read_body(lines[start:end], out)
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
            gap += line.kind not in ("read-also", "truncated")
    return out


def is_box(between: list[Line]) -> bool:
    """A short block of other articles' headlines set inside the text, opened by a list heading."""
    return 0 < len(between) <= 14 and any(ln.kind == "list" for ln in between[:2]) and \
        all(ln.kind in ("list", "short", "furniture", "truncated", "read-also") or ln.kind == "sentence" and ln.words < 12
            for ln in between)


def trim_start(lines: list[Line], start: int, end: int) -> int:
    """A standfirst followed by a credit or date line, or by the paragraph that opens with the dateline
    ("MOSKOVA (AA) - …"), is not yet the body."""
    opening = next((ln.index for ln in lines[start + 1: min(end, start + 3)]
                    if ln.kind == "prose" and starts_with_dateline(ln.text)), None)
    if opening is not None and not starts_with_dateline(lines[start].text):
        return opening
    while start < end and not DATELINE.match(lines[start].text):
        nxt = next((ln for ln in lines[start + 1: end] if ln.kind in ("prose", "sentence")), None)
        between = lines[start + 1: nxt.index] if nxt else []
        if nxt is None or not any(ln.kind in ("credit", "date") for ln in between):
            break
        start = nxt.index
    return start


def find_title(lines: list[Line], start: int, hints: Hints, out: Extract) -> int | None:
    """The headline: the page metadata's, else the best headline-like line above the body."""
    if hints.title:
        out.title = hints.title
        key = hints.title.casefold()
        return next((ln.index for ln in lines[:start] if ln.text.casefold() == key), None)
    scored = sorted(((title_score(lines, ln, start), ln.index) for ln in lines[:start] if is_headline_like(ln)),
                    reverse=True)
    if not scored or scored[0][0] <= 0:
        return None
    (best, index), runner_up = scored[0], scored[1][0] if len(scored) > 1 else 0
    out.title = lines[index].text
    if best < 12 or best - runner_up < 4:
        out.doubts["title"] = "no line stands out as the headline; check it"
    return index


def is_headline_like(line: Line) -> bool:
    text = line.text
    return (line.kind == "short" or (line.kind == "sentence" and text.rstrip("\"”’»)").endswith(("?", "!")))) \
        and line.words >= 2 and not text.endswith(":") and not is_byline(text) and not DATELINE_ONLY.match(text)


def title_score(lines: list[Line], line: Line, start: int) -> int:
    """How much a line looks like this page's headline (see the comments for the evidence weighed)."""
    i = line.index
    after = [ln for ln in lines[i + 1: start] if ln.kind not in ("furniture", "truncated")][:3]
    score = min(line.words, 14)
    if is_signed(lines[i + 1: start]):
        score += 12  # a byline, credits or the date line follow the headline
    elif i and lines[i - 1].kind == "date":
        score += 8  # the date line right above it
    if is_list_entry(lines, i, start) or under_list(lines, i):
        score -= 24  # headlines and dates alternate, or a list heading is just above: a sidebar entry
    if any(o.index != i and (o.text.startswith(line.text) or (o.kind == "truncated" and
           line.text.startswith(o.text.rstrip(".… ")))) for o in lines[max(0, i - 4): i + 5]):
        score += 8  # repeated: a caption fused with it, or a truncated copy
    if after and after[0].kind == "caption" and after[0].words <= 4:
        score -= 10  # a photo credit follows: this is a caption
    if not any(is_headline_like(ln) for ln in lines[i + 1: start]):
        score += 2  # the last headline-like line before the body
    return score


def is_signed(following: list[Line]) -> bool:
    """Bylines, credits or a date line come next (furniture aside) before anything else."""
    for line in following:
        if line.kind == "date" or line.kind == "credit" or is_byline(line.text):
            return True
        if line.kind not in ("furniture", "truncated", "prompt"):
            return False
    return False


def under_list(lines: list[Line], i: int) -> bool:
    """A list heading ("Terpopuler", "Most read") stands right above (dates and furniture aside)."""
    above = next((ln for ln in reversed(lines[max(0, i - 5): i]) if ln.kind not in ("furniture", "date")), None)
    return above is not None and above.kind == "list"


def is_list_entry(lines: list[Line], i: int, start: int) -> bool:
    """Headline, date, headline, date …: the line is one entry of a dated list."""
    def date_after(j: int) -> int | None:  # the date line right after a headline at j
        nxt = next((ln for ln in lines[j + 1: start] if ln.kind != "furniture"), None)
        return nxt.index if nxt is not None and nxt.kind == "date" else None

    def is_entry(j: int) -> bool:
        return 0 <= j < start and lines[j].kind == "short" and lines[j].words >= 3 and date_after(j) is not None

    if not is_entry(i):
        return False
    nxt = next((ln for ln in lines[date_after(i) + 1: start] if ln.kind != "furniture"), None)
    prev = next((ln for ln in reversed(lines[:i]) if ln.kind != "furniture"), None)
    prev_entry = prev is not None and prev.kind == "date" and prev.index >= 1 and \
        any(is_entry(j) for j in range(prev.index - 2, prev.index))
    return (nxt is not None and is_entry(nxt.index)) or prev_entry


def is_byline(text: str) -> bool:
    """ "Novi Christiastuti - detikNews": a name and the outlet."""
    parts = re.split(r"\s+[-–—|]\s+", text)
    return len(parts) == 2 and word_count(text) <= 6 and (bool(DOMAIN.match(parts[1])) or is_brand(parts[1]))


def is_brand(text: str) -> bool:
    return outlet_for_brand(text) is not None or bool(re.fullmatch(r"[a-z]+[A-Z][A-Za-z]+|[A-Z]{2,}[a-z]*\.[a-z]+", text))


def read_header(header: list[Line], title_at: int | None, out: Extract) -> None:
    """Headline, standfirst, credits and captions above the body; everything else is page furniture."""
    title = strip_site_name(out.title, None) if out.title else None
    for line in header:
        if line.index == title_at:
            continue
        if title and line.text.startswith(title) and line.text not in (title, out.title) \
                and not re.match(r"\s+[-–—|:·•»]\s+\S+(?:\s+\S+){0,3}$", line.text[len(title):]):
            out.captions.append(fused_caption(line.text, title))
        elif line.kind == "caption":
            out.captions.append(line.text)
        elif line.kind == "credit":
            read_credits(line.text, out)
        elif line.kind in ("prose", "sentence") and title_at is not None and line.index > title_at \
                and out.standfirst is None:
            out.standfirst = line.text
        elif DATELINE_ONLY.match(line.text) and line is header[-1]:
            read_dateline(DATELINE_ONLY.match(line.text)["place"], out)
            out.remove("dateline", line.text)
        elif is_byline(line.text) and out.author is None:
            out.author = re.split(r"\s+[-–—|]\s+", line.text)[0]
            out.remove("byline", line.text)
        elif line.kind != "date":
            out.remove(reason(line, out), line.text)


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


def read_credits(text: str, out: Extract) -> None:
    for kind, value in credits_of(text):
        if kind == "editor":
            out.editor = out.editor or value
        elif kind == "source":
            out.credit = out.credit or value
        else:
            out.author = out.author or value


def read_body(body: list[Line], out: Extract) -> None:
    """Keep the paragraphs; move captions and credits to metadata; drop links, lists and furniture."""
    skip_short = entries = False
    for line in body:
        text, kind = line.text, line.kind
        if entries and (kind in ("short", "truncated", "furniture", "date", "photo-credit")
                        or kind == "sentence" and line.words < 12):
            out.remove("list of other articles", text)
            continue
        if skip_short and kind == "short":
            out.remove("read-also link", text)
            continue
        skip_short = entries = False
        if kind == "read-also":
            out.remove("read-also link", text)
            entries = bool(rules().read_also_line.match(text))
            skip_short = not ends_sentence(text)
        elif kind == "list":
            out.remove("list of other articles", text)
            entries = True
        elif kind in ("furniture", "prompt", "truncated", "date", "photo-credit"):
            out.remove(reason(line, out), text)
        elif kind == "initials":
            read_initials(text, out)
        elif kind == "credit":
            read_credits(text, out)
            out.remove("credit", text)
        elif kind == "caption" or (kind == "short" and line.words <= 8 and not text.endswith(":")):
            out.captions.append(text)
            if kind == "short":
                out.doubts.setdefault("captions", f"a short line inside the text was taken as a caption: {text!r}")
        else:
            skip_short = add_paragraph(text, out)


def read_initials(text: str, out: Extract) -> None:
    """ "(ian)" signs the author; "cop/Reuters" an author and the agency reported from."""
    m = INITIALS.match(text)
    who = m["who"] or m["signed"]
    for part in (m["agencies"] or "").strip("/").split("/"):
        if part and (outlet_for_brand(part) or part[0].isupper()):
            out.credit = out.credit or part
        elif part:
            who = f"{who}/{part}"
    out.author = out.author or who
    out.remove("author initials", text)


def add_paragraph(text: str, out: Extract) -> bool:
    """Keep a body paragraph, cutting a glued read-also link; True if that link wraps onto the next line."""
    wraps = False
    if (m := rules().read_also.search(text)) and m.start() > 0:
        tail = text[m.start():].strip()
        out.remove("read-also link", tail)
        text, wraps = text[: m.start()].rstrip(), not ends_sentence(tail)
    text = re.sub(r"\s*\*{2,}$", "", text).rstrip()
    if not out.paragraphs:
        text = strip_dateline(text, out)
    if text:
        out.paragraphs.append(text)
    return wraps


def starts_with_dateline(text: str) -> bool:
    m = DATELINE.match(text)
    return bool(DATED.match(text) or m and is_dateline(m["prefix"]))


def strip_dateline(text: str, out: Extract) -> str:
    """Take "MOSKOW -", "Moskow (ANTARA) -", "МОСКВА, 8 июля. /ТАСС/.", "Москва. 8 июля. INTERFAX.RU -" and
    "МОСКВА, 9 июл — РИА Новости." off the first paragraph."""
    m = DATED.match(text)
    if m:
        out.dateline = out.dateline or m["place"].strip()
        if m["wire"]:
            note_wire(m["wire"], out)
        else:
            out.brand = out.brand or m["brand"]
        return text[m.end():]
    m = DATELINE.match(text)
    if m and is_dateline(m["prefix"]):
        read_dateline(m["prefix"], out)
        text = text[m.end():]
        if (b := BRAND_FIRST.match(text)) and (DOMAIN.match(b["brand"]) or is_brand(b["brand"])):
            out.brand = out.brand or b["brand"]
            text = text[b.end():]
    return text


def is_dateline(prefix: str) -> bool:
    """Places, outlets and agencies in capitals; no lowercase running words."""
    words = re.findall(r"[^\W\d_][\w.'-]*", PARENS.sub(" ", prefix))
    if not words or len(words) > 6:
        return False
    cased = [w for w in words if w[0].lower() != w[0].upper()]
    return all(w[0].isupper() or DOMAIN.match(w) or is_month(w) for w in cased) and \
        (len(cased) > 0 or len(words) <= 3)


def is_month(word: str) -> bool:
    """A month name or its abbreviation ("июл", "Agu")."""
    word = word.casefold().rstrip(".")
    return word in rules().months or len(word) >= 3 and any(m.startswith(word) for m in rules().months)


def read_dateline(prefix: str, out: Extract) -> None:
    """Split "MOSKWA, KOMPAS.com", "Moskow (ANTARA)", "Warta Ekonomi, Moskow" into place, outlet and wire."""
    for m in PARENS.finditer(prefix):
        note_wire(m["wire"] or m["slash"], out)
    places = []
    for part in re.split(r"\s*,\s*", PARENS.sub(" ", prefix)):
        part = part.strip(" -–—")
        if not part or re.search(r"\d", part):
            continue
        if DOMAIN.match(part) or is_brand(part):
            out.brand = out.brand or part
        else:
            places.append(part)
    if places:
        out.dateline = out.dateline or ", ".join(places)


def note_wire(name: str, out: Extract) -> None:
    """An agency named in the dateline is the wire, unless it is the outlet itself."""
    name = name.strip(" ./")
    if name and (outlet_for_brand(name) or not re.fullmatch(r"[a-z]{1,5}(?:/[a-z]{1,5})*", name)):
        out.wire = out.wire or name


def read_trailer(trailer: list[Line], out: Extract) -> None:
    """After the body: keep credits and initials, drop the rest of the page."""
    first = next((ln for ln in trailer if ln.kind != "furniture"), None)
    for line in trailer:
        if line is first and out.author is None and PERSON.match(line.text) and line.kind == "short":
            out.author = line.text  # a name signed under the text ("Марина Кондратьева")
            out.doubts["author"] = f"taken from the name under the text: {line.text!r}"
            out.remove("byline", line.text)
            continue
        if line.kind == "credit":
            read_credits(line.text, out)
            out.remove("credit", line.text)
        elif line.kind == "initials":
            read_initials(line.text, out)
        else:
            out.remove(reason(line, out), line.text)


def choose_date(lines: list[Line], start: int, end: int, title_at: int | None, hints: Hints, out: Extract) -> None:
    """The page's own date line: near the headline, published before unlabelled before updated."""
    anchor = title_at if title_at is not None else -1
    header = [ln for ln in lines[:start] if ln.date is not None and not under_list(lines, ln.index)]
    after = [ln for ln in header if ln.index > anchor]
    before = [ln for ln in header if ln.index == date_above(lines, anchor)]
    trailer = [ln for ln in lines[end:] if ln.date is not None and ln.date.label == "published"]
    rank = {"published": 0, None: 1, "updated": 2}
    pool = after or before or trailer
    seen = min(pool, key=lambda ln: (rank[ln.date.label], ln.index)).date if pool else hints.shown_date
    out.date = pick_date(seen, hints.date, out)
    if out.date and out.date.note:
        out.doubts["date"] = out.date.note
    elif out.date and out.date.label == "updated":
        out.doubts["date"] = f"only an 'updated' date was found ({out.date.line!r})"
    if seen and seen.rest and (DOMAIN.match(seen.rest) or is_brand(seen.rest)):
        out.brand = out.brand or seen.rest
    elif seen and seen.rest:
        read_credits(seen.rest.strip(" ·•|-–—,"), out)  # "Dimas Prasetyo Nugroho, Jurnalis · Rabu, 19 Mar 2025 …"


def date_above(lines: list[Line], anchor: int) -> int | None:
    """The date line just above the headline: past furniture ("·", "waktu baca 2 menit"), or past one rubric
    word ("Dunia") right under it; not a sidebar's date further up."""
    i = anchor - 1
    if i >= 1 and lines[i].date is None and lines[i].kind != "furniture" and lines[i].words <= 2:
        return i - 1 if lines[i - 1].date else None
    while i >= max(0, anchor - 4) and lines[i].date is None and lines[i].kind == "furniture":
        i -= 1
    return i if i >= 0 and lines[i].date else None


def pick_date(seen: FoundDate | None, meta: FoundDate | None, out: Extract) -> FoundDate | None:
    """Prefer the visible date line when it has a time and zone; else the page metadata's; report disagreement."""
    if seen and meta and seen.value[:10] != meta.value[:10]:
        out.doubts["date"] = f"the page shows {seen.value[:10]} but its metadata says {meta.value[:10]}"
    if seen and seen.precision == "minute":
        return seen
    if meta and (meta.precision == "minute" or seen is None):
        return meta
    return seen


def find_outlet(lines: list[Line], hints: Hints, out: Extract) -> None:
    """The outlet: metadata, then the copyright line, the dateline, a promotion line, the address."""
    candidates = [hints.outlet, copyright_brand(lines), out.brand, promo_brand(lines)]
    found = next((c for c in candidates if c), None)
    known = outlet_for_brand(found) if found else outlet_for_url(hints.url)
    if known:
        out.source = known.name
    elif found:
        out.source = found
    elif hints.url:
        host = re.sub(r"^www\.", "", re.sub(r"^https?://([^/:]+).*$", r"\1", hints.url))
        out.source = host
        out.doubts["source"] = "outlet taken from the address; give --source NAME for its proper name"
    else:
        out.doubts["source"] = "outlet not found on the page; pass --source NAME"
    wire = out.wire
    if wire and out.credit is None and (out.source is None or outlet_for_brand(wire) != outlet_for_brand(out.source)) \
            and wire.casefold() not in (out.source or "").casefold():
        out.credit = wire


def copyright_brand(lines: list[Line]) -> str | None:
    """ "Copyright ©2025 SINDOnews.com All Rights Reserved" → "SINDOnews.com"."""
    for line in reversed(lines):
        if not COPYRIGHT.search(line.text) or line.words > 25:
            continue
        text = COPYRIGHT.sub(" ", line.text)
        text = re.sub(r"(?i)(all rights? reserved|alle rechte vorbehalten|dilindungi undang-undang|tüm hakları saklıdır|"
                      r"все права защищены|جميع الحقوق محفوظة(?: ل\S+)?|\bnetwork\b|\bltd\b|\binc\b|\bpt\b|\bgmbh\b|"
                      r"\b\d{4}(?:\s*[-–—]\s*\d{4})?\b)\.?", " ", text)
        text = text.replace("@", " ")
        chunk = re.split(r"[,|•]|\.\s|\s[-–]\s", text.strip(" .-"))[0].strip(" .")
        words = chunk.split()
        domain = next((w for w in words if DOMAIN.match(w)), None)
        known = next((k for n in range(min(4, len(words)), 0, -1) if (k := outlet_for_brand(" ".join(words[:n])))), None)
        brand = domain or (known.name if known else " ".join(words[:4]))
        if brand and re.search(r"[^\W\d_]", brand):
            return brand
    return None


def promo_brand(lines: list[Line]) -> str | None:
    """ "Dapatkan berita terkini … dari SINDOnews.com": the outlet promoting itself."""
    for line in lines:
        if line.kind == "prompt" and (m := BRAND_AFTER.search(line.text)):
            brand = m["brand"].rstrip(".,?!")
            if DOMAIN.match(brand) or is_brand(brand) or len(brand.split()) <= 3:
                return brand
    return None


def tidy_up(hints: Hints, out: Extract) -> None:
    """Captions once each; a standfirst repeated as the first paragraph once; the wire from the text."""
    out.captions = dedupe_captions([*hints.captions, *out.captions])
    if out.standfirst and out.paragraphs:
        stem = re.sub(r"(?:\.\.\.|…)$", "", out.standfirst).casefold()
        if out.paragraphs[0].casefold().startswith(stem):
            out.remove("standfirst repeated as the first paragraph", out.standfirst)
            out.standfirst = None
    elif is_summary(out.paragraphs, out.dateline):
        out.standfirst = out.paragraphs.pop(0)
    out.credit = others_credited(out.credit, out.source) if out.credit else wire_in_text(out.paragraphs, out.source)
    out.author = out.author or hints.author
    out.editor = out.editor or hints.editor
    out.credit = out.credit or others_credited(hints.credit, out.source) if hints.credit else out.credit
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


def wire_in_text(paragraphs: list[str], outlet: str | None) -> str | None:
    """The agency the text says it is reporting from: "dilansir Sputnik", "as reported by Reuters"."""
    for paragraph in paragraphs:
        for m in rules().wire.finditer(paragraph):
            wire = (m["wire"] or m["before"]).rstrip(".,")
            known = outlet_for_brand(wire)
            if known is None and m["wire"] and re.match(r"\s+[^\W\d_]*[a-zà-ÿа-я]", paragraph[m.end():]):
                continue  # "according to Tajik authorities": a word of the sentence, not a name
            if known is None or known != outlet_for_brand(outlet or ""):
                return wire
    return None


def others_credited(credit: str, outlet: str | None) -> str | None:
    """ "Al Jazeera + Reuters" on an Al Jazeera page credits Reuters; the outlet itself is not a credit."""
    parts = [p.strip() for p in re.split(r"\s*[+&]\s*|\s*,\s*", credit) if p.strip()]
    own = outlet_for_brand(outlet or "")
    names = {n.casefold() for n in (outlet or "", re.sub(r"\.(?:com|co|id|net|org|ru|tr)(?:\.\w{2})?$", "", outlet or ""))}

    def is_own(part: str) -> bool:
        return part.casefold() in names or own is not None and outlet_for_brand(part) == own
    others = [p for p in parts if not is_own(p)]
    return " + ".join(others) if others else None


def strip_site_name(title: str, outlet: str | None) -> str:
    """ "Headline : Okezone News", "Headline - detikNews" → "Headline" when the tail names the outlet."""
    m = re.search(r"\s+[-–—|:·•»]\s+(?P<tail>[^-–—|:·•»]{2,40})$", title)
    if m is None:
        return title
    tail = m["tail"].strip()
    known = outlet_for_brand(tail)
    if (known and outlet and known == outlet_for_brand(outlet)) or (outlet and tail.casefold() in outlet.casefold()) \
            or DOMAIN.match(tail) or (known and word_count(tail) <= 3):
        return title[: m.start()]
    return title


def dedupe_captions(captions: list[str]) -> list[str]:
    """Each caption once; a caption that only repeats the start of a longer one is dropped."""
    unique = list(dict.fromkeys(caption_text(c) for c in captions))
    return [c for c in unique if not any(o != c and o.startswith(c.rstrip(".* ")) for o in unique)]
