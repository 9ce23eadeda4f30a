"""Extract an article from a raw text dump of a news page: metadata, clean body, what was removed."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

import dateparser

WEEKDAYS = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
DATE_LINE = re.compile(
    rf"^[-–—\s]*(?:{WEEKDAYS},?\s*)?(?P<date>\d{{1,2}}\s+[A-Za-z]+\.?\s+\d{{4}})"
    r"(?:\s*[-–—,|/]?\s*(?P<time>\d{1,2}[:.]\d{2})\s*(?P<zone>WIB|WITA|WIT)?)?\s*$")
ZONES = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00"}
CAPTION = re.compile(r"(?i)(kredit foto\s*:|\bfoto\s*[:/]|/foto:|\bphoto\s*:|\(foto:)")
PHOTO_CREDIT = re.compile(r"^\((?:[A-Z]{2,}/)+[A-Z]{2,}\)$|^\([A-Z]{2,}/[^)]*\)$")
INITIALS = re.compile(r"^\((?P<who>[a-z]{1,4}(?:/[a-z]{1,4})*)\)$")
CREDIT = re.compile(r"^(?P<key>Editor|Penulis|Reporter|Pewarta|Author|Sumber(?: Berita)?|Source)\s*:\s*(?P<value>.+)$", re.I)
READ_ALSO = re.compile(r"(?i)\s*\b(baca juga|baca pula|read also|read more)\s*:.*$")
STOP = re.compile(r"(?i)^(dapatkan berita|mau berita|bagikan artikel|berita terkait|berita lain terkait|berita terkini|"
                  r"berita terbaru|rekomendasi|artikel pilihan|tags?$|terkait$|terpopuler|ikuti kami|komentar$|"
                  r"copyright|all rights? reserved|related|share this|©)")
FURNITURE = re.compile(r"(?i)^(loading\.*|a a a|menu|url berhasil dicopy|breaking news:?|x|"
                       r"(facebook|twitter|whatsapp|telegram|line|copy|icon|\s)+)$")
COPYRIGHT_OUTLET = re.compile(r"©\s*\d{4}\s+(?P<outlet>[A-Za-z0-9-]+\.[a-z]{2,}(?:\.[a-z]{2})?)")
DATELINE = re.compile(r"^(?P<dateline>[A-Z][\w.]*(?:[ ,]+[A-Za-z][\w.-]*){0,3})\s*[-–—]\s+(?=\S)")
OUTLET_DOMAIN = re.compile(r"\b([A-Za-z][A-Za-z0-9-]*\.(?:com|co\.id|id|net|org))\b")
WIRE = re.compile(r"(?:dilansir|dikutip(?: dari| oleh)?|mengutip)\s+(?P<wire>[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})")


@dataclass
class Extract:
    """What ingest found on one page; fields left None were not found."""

    title: str | None = None
    date: datetime | None = None
    date_text: str | None = None
    date_precision: str | None = None  # "minute" or "day"
    source: str | None = None
    dateline: str | None = None
    author: str | None = None
    editor: str | None = None
    credit: str | None = None
    standfirst: str | None = None
    captions: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)


def paragraphs_of(text: str) -> list[str]:
    """Split on blank lines; join wrapped lines; normalise every kind of whitespace."""
    blocks, current = [], []
    for line in text.splitlines():
        line = " ".join(line.split())
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    out = []
    for block in blocks:
        out += split_block(block)
    return out


def split_block(lines: list[str]) -> list[str]:
    """Keep furniture lines apart; join a line into the previous one when that one ends mid-sentence."""
    out: list[str] = []
    for line in lines:
        if out and is_prose(out[-1]) and not ends_sentence(out[-1]) and not is_furniture(line) and not is_furniture(out[-1]):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def words(line: str) -> int:
    return len(line.split())


def ends_sentence(line: str) -> bool:
    return bool(re.search(r"[.!?…][\"”’)*]*$|[\"”’]$", line))


def is_prose(line: str) -> bool:
    return words(line) >= 12


def is_furniture(line: str) -> bool:
    return bool(FURNITURE.match(line) or CAPTION.search(line) or PHOTO_CREDIT.match(line) or DATE_LINE.match(line)
                or CREDIT.match(line) or INITIALS.match(line) or STOP.match(line) or READ_ALSO.match(line))


def extract(text: str) -> Extract:
    """Find title, date, captions, credits, dateline and the clean body of a raw page."""
    out = Extract()
    paras = paragraphs_of(text)
    start = body_start(paras)
    header, rest = paras[:start], paras[start:]
    read_header(header, out)
    read_body(rest, out)
    find_outlet(paras, out)
    return out


def body_start(paras: list[str]) -> int:
    """The first prose paragraph followed by more prose before any page furniture."""
    for i, p in enumerate(paras):
        lead = READ_ALSO.sub("", p)
        if not is_prose(lead) or not ends_sentence(lead) or is_furniture(p) or (i and PHOTO_CREDIT.match(paras[i - 1])):
            continue
        nxt = next((q for q in paras[i + 1:] if is_prose(q) or is_furniture(q)), None)
        if nxt is not None and (not is_furniture(nxt) or READ_ALSO.match(nxt)):
            return i - 1 if i and DATELINE_ONLY.match(paras[i - 1]) else i
    return len(paras)


DATELINE_ONLY = re.compile(r"^[^.!?]{2,60}\s[-–—]$")


def read_header(header: list[str], out: Extract) -> None:
    for i, p in enumerate(header):
        following = header[i + 1] if i + 1 < len(header) else ""
        if FURNITURE.match(p) or (out.title and following.startswith(p) and CAPTION.search(following)):
            out.removed.append(p)
        elif (m := DATE_LINE.match(p)) and out.date is None:
            read_date(m, p, out)
        elif CAPTION.search(p) or (i and PHOTO_CREDIT.match(header[i - 1])):
            out.captions.append(p)
        elif PHOTO_CREDIT.match(p):
            out.removed.append(p)
        elif m := CREDIT.match(p):
            read_credit(m, out)
        elif out.title is None and words(p) >= 4 and not p.endswith(":"):
            out.title = p
        elif out.title and out.standfirst is None and is_prose(p) and ends_sentence(p):
            out.standfirst = p
        else:
            out.removed.append(p)
    # a caption often repeats a shorter copy of itself, or the title, just before it
    out.captions = [c for c in dict.fromkeys(out.captions)
                    if not any(o != c and o.startswith(c) for o in out.captions)]


def read_date(m: re.Match, line: str, out: Extract) -> None:
    zone = m["zone"]
    parsed = dateparser.parse(f"{m['date']} {m['time'] or ''}".strip(), languages=["id", "en", "ms"],
                              settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"})
    if parsed is None:
        out.doubts.append(f"date line not understood: {line!r}")
        return
    out.date_text = line.strip(" -–—")
    if m["time"] and zone:
        out.date = datetime.fromisoformat(f"{parsed:%Y-%m-%dT%H:%M}{ZONES[zone]}")
        out.date_precision = "minute"
    else:
        out.date, out.date_precision = parsed, "day"
        if m["time"]:
            out.doubts.append(f"date line has a time but no zone ({line!r}); kept the day only")


def read_credit(m: re.Match, out: Extract) -> None:
    key, value = m["key"].lower(), m["value"].strip()
    if key == "editor":
        out.editor = value
    elif key.startswith(("sumber", "source")):
        out.credit = value
    else:
        out.author = value


def read_body(rest: list[str], out: Extract) -> None:
    for i, p in enumerate(rest):
        if STOP.match(p):
            for q in rest[i:]:
                if m := CREDIT.match(q):
                    read_credit(m, out)
            out.removed += rest[i:]
            return
        if m := INITIALS.match(p):
            out.author = out.author or m["who"]
        elif m := CREDIT.match(p):
            read_credit(m, out)
        elif READ_ALSO.match(p) or FURNITURE.match(p) or DATE_LINE.match(p):
            out.removed.append(p)
        elif CAPTION.search(p) or (words(p) < 8 and not ends_sentence(p) and not DATELINE_ONLY.match(p)):
            out.captions.append(p)
        else:
            add_paragraph(p, out)


def add_paragraph(p: str, out: Extract) -> None:
    """Keep a body paragraph, cutting an inline 'Baca juga' tail and a leading dateline."""
    if m := READ_ALSO.search(p):
        out.removed.append(m.group(0).strip())
        p = p[: m.start()].rstrip()
    p = re.sub(r"\*{2,}$", "", p).rstrip()
    if not out.paragraphs and DATELINE_ONLY.match(p):
        out.dateline = p.rstrip(" -–—")
        return
    if not out.paragraphs and out.dateline is None and (m := DATELINE.match(p)):
        out.dateline, p = m["dateline"].strip(" ,"), p[m.end():]
    if p:
        out.paragraphs.append(p)
    if out.credit is None and (m := WIRE.search(p)):
        out.credit = m["wire"].rstrip(".")


def find_outlet(paras: list[str], out: Extract) -> None:
    """The outlet from a copyright line, a dateline or a 'from <outlet>' promotion line."""
    for p in paras:
        if m := COPYRIGHT_OUTLET.search(p):
            out.source = m["outlet"]
            return
    if out.dateline and "," in out.dateline:
        parts = [part.strip() for part in out.dateline.split(",")]
        brand = next((part for part in parts if OUTLET_DOMAIN.fullmatch(part)), None)
        if brand is None and not parts[0].isupper():
            brand = parts[0]
        if brand:
            out.source, out.dateline = brand, ", ".join(part for part in parts if part != brand)
            return
    for p in paras:
        if m := re.search(r"(?i)\bdilansir\s+([A-Za-z][\w-]*\.(?:com|co\.id|id))\s+dari\b", p):
            out.source = m[1]
            return
    out.doubts.append("outlet not found on the page; pass --source NAME")
