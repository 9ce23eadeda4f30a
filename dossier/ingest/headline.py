"""The page's headline and its own date line, told apart from sidebars, captions and related headlines."""

from __future__ import annotations

import re
from datetime import date

from .credits import (
    DATELINE_ONLY,
    DOMAIN,
    PLACE_IN_CAPITALS,
    is_brand,
    is_byline,
    outlet_and_wire,
    read_credits,
)
from .dates import FoundDate
from .found import Extract, Hints
from .lines import DASH_AGENCY, PERSON, Line, is_date_label
from .rules import outlet_for_brand


def find_title(lines: list[Line], start: int, hints: Hints, out: Extract) -> int | None:
    """The headline: the page metadata's, else the best headline-like line above the body."""
    if hints.title:
        out.title = hints.title
        key = hints.title.casefold()
        for line, below in zip(lines[:start], [*lines[1:start], None]):
            if line.text.casefold() == key:
                return line.index
            if below is not None and is_kicker(line, below, key):
                out.title = below.text  # "Zentralasien" over "Russland probt …": the metadata joins them
                return below.index
        shown = next((ln for ln in lines[:start] if is_shown_part(ln, key)), None)
        if shown is not None:
            out.title = shown.text  # "Headline – DW – 03/28/2024": the metadata adds the site's tail
            return shown.index
        return None
    scored = sorted(((title_score(lines, ln, start), ln.index) for ln in lines[:start] if is_headline_like(ln)),
                    reverse=True)
    if not scored or scored[0][0] <= 0:
        return None
    (best, index), runner_up = scored[0], scored[1][0] if len(scored) > 1 else 0
    out.title = lines[index].text
    if best < 12 or best - runner_up < 4:
        out.doubts["title"] = "no line stands out as the headline; check it"
    return index


def is_kicker(line: Line, below: Line, title: str) -> bool:
    """A short label over the headline that the page's metadata glues to it ("Kicker: Headline")."""
    return line.kind == "short" and line.words <= 4 and bool(
        re.fullmatch(rf"{re.escape(line.text.casefold())}\s*[:|–—-]?\s+{re.escape(below.text.casefold())}", title))


def is_shown_part(line: Line, title: str) -> bool:
    """The page shows this line as the headline; the metadata adds a tail ("… - Al-Monitor: Independent …")."""
    text = line.text.casefold()
    return line.words >= 3 and title.startswith(text) and bool(re.match(r"\s*[-–—|:·•»]\s", title[len(text):]))


def is_headline_like(line: Line) -> bool:
    text = line.text
    return (line.kind == "short" or (line.kind == "sentence" and text.rstrip("\"”’»)").endswith(("?", "!")))) \
        and line.words >= 2 and not text.endswith(":") and not is_byline(text) and not DATELINE_ONLY.match(text) \
        and not outlet_and_wire(text) and not re.match(r"[•▪◦·*‣]\s", text) and not DASH_AGENCY.search(text)
    # not "DAILY SABAH WITH AA" (the outlet's desk and its agency sign the story), not an item of a summary box,
    # not a caption with its photo credit ("… in Kabul on July 17, 2025. — APP")


def title_score(lines: list[Line], line: Line, start: int) -> int:
    """How much a line looks like this page's headline (see the comments for the evidence weighed)."""
    i = line.index
    after = [ln for ln in lines[i + 1: start] if ln.kind not in ("furniture", "truncated")][:3]
    score = min(line.words, 12)
    above = next((ln for ln in reversed(lines[:i]) if ln.kind != "furniture"), None)
    below = next((ln for ln in lines[i + 1: start] if ln.kind != "furniture"), None)
    if is_signed(lines[i + 1: start]):
        # a byline, credits or the date line follow the headline; less if this is the standfirst under it
        score += 4 if above is not None and is_headline_like(above) and above.words >= 5 else 12
    elif below is not None and below.kind in ("short", "sentence", "prose") and below.words >= 6 \
            and is_signed(lines[below.index + 1: start]):
        score += 12  # a standfirst, then the byline or date line
    elif i and lines[i - 1].kind == "date" and not (i >= 3 and lines[i - 2].kind == "short"
                                                     and lines[i - 3].kind == "date"):
        score += 8  # the date line right above it (not date, headline, date, headline: a list)
    standfirst_signed = below is not None and below.kind == "prose" and is_signed(lines[below.index + 1: start])
    if is_list_entry(lines, i, start) or under_list(lines, i) and not standfirst_signed:
        score -= 24  # headlines and dates alternate, or a list heading is just above: a sidebar entry (though a
        # rubric that is also a list's name may stand over the headline: "Gündem" / headline / standfirst / byline)
    if any(o.index != i and (o.text.startswith(line.text) or (o.kind == "truncated" and
           line.text.startswith(o.text.rstrip(".… ")))) for o in lines[max(0, i - 4): i + 5]):
        score += 8  # repeated: a caption fused with it, or a truncated copy
    if after and after[0].kind == "caption" and after[0].words <= 4:
        score -= 10  # a photo credit follows: this is a caption
    if not any(is_headline_like(ln) for ln in lines[i + 1: start]):
        score += 2  # the last headline-like line before the body
    return score


def is_signed(following: list[Line]) -> bool:
    """Bylines, credits or a date line come next (furniture aside) before anything else; one short line
    just above the date line may be a byline in a form not recognised ("Haber Merkezi", "سليم الخطيب")."""
    for k, line in enumerate(following):
        if line.kind in ("date", "credit", "byline") or is_byline(line.text) or outlet_and_wire(line.text):
            return True
        if line.kind == "short" and line.words <= 4 and k + 1 < len(following) and following[k + 1].kind == "date" \
                and not (k and following[k - 1].kind == "short" and following[k - 1].words <= 4):
            return True
        if line.kind not in ("furniture", "truncated", "prompt", "caption", "photo-credit"):
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


def choose_date(lines: list[Line], start: int, end: int, title_at: int | None, hints: Hints, out: Extract) -> None:
    """The page's own date line: near the headline, published before unlabelled before updated."""
    anchor = title_at if title_at is not None else -1
    header = [ln for ln in lines[:start] if ln.date is not None and not under_list(lines, ln.index)]
    after = [ln for ln in header if ln.index > anchor]
    before = [ln for ln in header if ln.index == date_above(lines, anchor)]
    trailer = [ln for ln in lines[start:] if ln.kind == "date" and ln.date is not None and ln.date.label == "published"]
    # "Published: …", "Diese Nachricht wurde am … gesendet": labelled as the publication date wherever it stands
    rank = {"published": 0, None: 1, "updated": 2}
    pool = after or before or trailer
    seen = min(pool, key=lambda ln: (rank[ln.date.label], ln.index)).date if pool else hints.shown_date or out.dated
    out.date = pick_date(seen, hints.date, out) or address_date(lines, hints, out)
    if out.date and out.date.note:
        out.doubts["date"] = out.date.note
    elif out.date and out.date.label == "updated":
        out.doubts["date"] = f"only an 'updated' date was found ({out.date.line!r})"
    if seen and seen.rest and (DOMAIN.match(seen.rest) or is_brand(seen.rest)):
        out.brand = out.brand or seen.rest
    elif seen and seen.rest and out.dateline is None and PLACE_IN_CAPITALS.fullmatch(seen.rest) \
            and outlet_for_brand(seen.rest) is None and re.search(rf"[-–—]\s*{re.escape(seen.rest)}\W*$", seen.line):
        out.dateline = seen.rest  # "Published - June 24, 2026 04:12 pm IST - BISHKEK"
    elif seen and seen.rest:
        rest = seen.rest.strip(" ·•|-–—,")
        read_credits(rest, out)  # "Dimas Prasetyo Nugroho, Jurnalis · Rabu, 19 Mar 2025 …"
        if out.author is None and PERSON.match(rest) and seen.rest.rstrip().endswith(("•", "·", "|", "-", "–", "—")):
            out.author = rest  # "Dimas Arya Saputra • 18 Juli 2025 07:12"
        parts = [p for p in re.split(r"\s+[/|·•]\s+", rest) if not is_date_label(p)]
        agency = next((p for p in parts if (known := outlet_for_brand(p)) is not None and known.agency), None)
        out.credit = out.credit or agency  # "India News | Press Trust of India | Updated: …"
        if out.author is None and len(parts) == 2 and PERSON.match(parts[0]) and re.fullmatch(r"[A-Z]{2,6}", parts[1]):
            out.author = parts[0]  # "Vinay Kaushik / TNN / Updated: Jun 5, 2026, 18:41 IST": the name and the desk


def address_date(lines: list[Line], hints: Hints, out: Extract) -> FoundDate | None:
    """The day in the page's address (…/2025/09/03/…), when nothing else dates the page: flagged for an editor."""
    addresses = [hints.url or ""] + [ln.text for ln in lines[:3] if ln.text.startswith("http")]
    for address in addresses:
        if m := re.search(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)/(?P<d>[0-3]\d)/", address):
            try:
                day = date(int(m["y"]), int(m["m"]), int(m["d"]))
            except ValueError:
                continue
            found = FoundDate(day.isoformat(), "day", address, None, "", None)
            out.doubts["date"] = f"taken from the page's address ({address}); check it against the page"
            return found
    return None


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
    """Prefer the visible date line when it has a time and zone; else the page metadata's; report disagreement.
    A line that shows only when the page was updated gives way to the metadata's publication date."""
    if seen and seen.label == "updated" and meta and meta.precision == "minute":
        return meta
    if seen and meta and seen.value[:10] != meta.value[:10]:
        out.doubts["date"] = f"the page shows {seen.value[:10]} but its metadata says {meta.value[:10]}"
    if seen and seen.precision == "minute":
        return seen
    if meta and (meta.precision == "minute" or seen is None):
        return meta
    return seen
