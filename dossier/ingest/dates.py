"""Read a page's own date line: "Kamis, 08 Juli 2021 - 16:46 WIB", "8 июля 2021, 16:46", "July 8, 2021 4:46 PM GMT+7"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from zoneinfo import ZoneInfo

from .rules import alternation, rules

DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789",
                       "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670")  # and no Arabic vowel marks: "نُشر"
LETTER = r"[^\W\d_]"
YEAR = r"(?P<y>(?:19|20)\d{2})"
ISO = re.compile(r"(?<!\d)(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"
                 r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?P<off>Z|[+-]\d{2}:?\d{2})?)?(?!\d)")
NUMERIC = re.compile(rf"(?<![\d.:/-])(?P<d>\d{{1,2}})\s?[./-]\s?(?P<m>\d{{1,2}})\s?[./-]\s?{YEAR}(?!\d)")
TIME = re.compile(r"(?<![\d.:/])(?P<H>[01]?\d|2[0-3])\s?[:.]\s?(?P<M>[0-5]\d)(?::[0-5]\d)?(?![\d.:/]|\d)"
                  r"(?:\s*(?P<ampm>[AaPp]\.?\s?[Mm]\.?|[صم](?:ساءً|ساء|باحًا|باحا|باحاً)?)(?!\w))?")  # 5:22 PM, ٠٥:٢٢ م
FILLER = re.compile(r"(?i)(?<!\w)(?:pukul|jam|pkl|uhr|um|at|г|года|год|saat|saat:|الساعة|h)(?!\w)\.?")
MAX_LEFTOVER_WORDS = 4
MAX_PROSE_WORDS = 3  # small-letter words beside the date that make a line prose
MAX_LINE_WORDS = 16


@dataclass(frozen=True)
class FoundDate:
    """A date read from one line of a page."""

    value: str              # ISO 8601: "2021-07-08T16:46+07:00" (minute) or "2021-07-08" (day)
    precision: str          # "minute" or "day"
    line: str               # the line it was read from
    label: str | None       # "published", "updated" or None
    rest: str               # what the line says besides the date (an outlet, a byline …)
    note: str | None = None  # why the date is less precise than the line


@cache
def textual() -> tuple[re.Pattern, re.Pattern]:
    """Day-month-year and month-day-year patterns over every known month name."""
    names = alternation(list(rules().months))
    # "يوليو/ تموز": BBC Arabic gives both month names
    month = rf"(?<!{LETTER})(?P<mon>{names})\.?(?:\s*/\s*(?:{names}))?(?!{LETTER})"
    dmy = re.compile(rf"(?i)(?<![\d.])(?P<d>\d{{1,2}})(?:\.|-)?\s*{month}\s*[,.-]?\s*{YEAR}")
    mdy = re.compile(rf"(?i){month}\s*(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*{YEAR}")
    return dmy, mdy


def parts_date(line: str) -> FoundDate | None:
    """ "Published: 2 Sep 2025 - 3:40 pm | Updated: …": the date of the published part, else of the first part
    that has one (None when the bars do not set dates apart)."""
    parts = [p for p in (p.strip() for p in line.split("|")) if p]
    if len(parts) < 2:
        return None
    found = [d for d in map(read_date_line, parts) if d is not None]
    if len(found) < 2:
        return None  # "Penulis X | 12 Maret 2024 | 14.05 WIB": one date, read from the whole line
    best = next((d for d in found if d.label == "published"), found[0])
    return FoundDate(best.value, best.precision, line, best.label, best.rest, best.note)


def one_part_date(line: str) -> FoundDate | None:
    """ "India News | Press Trust of India | Updated: June 26, 2026 15:12 IST": the one part set off by bars that
    is a date line, among short labels."""
    parts = [p.strip() for p in line.split("|") if p.strip()]
    if len(parts) < 2 or any(len(p.split()) > 8 for p in parts):
        return None
    found = [(p, d) for p in parts if (d := read_date_line(p)) is not None]
    if len(found) != 1:
        return None
    part, date = found[0]
    rest = " | ".join(p for p in parts if p is not part)
    return FoundDate(date.value, date.precision, line, date.label, f"{rest} | {date.rest}".strip(" |"), date.note)


def read_date_line(line: str) -> FoundDate | None:
    """The publication date a line states, if the line is a date line rather than prose mentioning a date."""
    text = rules().date_noise.sub(" ", line.translate(DIGITS))
    if len(text.split()) > MAX_LINE_WORDS:
        return parts_date(line)
    found = find_day(text)
    if found is None:
        return None
    day, span, iso_time = found
    if "|" in line and (parted := parts_date(line)) is not None:
        return parted
    rest = text[: span[0]] + " " * (span[1] - span[0]) + text[span[1]:]
    moment, rest, note = iso_time if iso_time else find_time(rest, day)
    label = date_label(text)
    leftover = strip_date_words(rest)
    words = re.findall(rf"{LETTER}{{2,}}", leftover)
    if len(words) > MAX_LEFTOVER_WORDS or sum(w[0].islower() for w in words) >= MAX_PROSE_WORDS:
        return one_part_date(line)  # prose that mentions a date ("Год назад, 22 марта 2024 года, вооружённые люди …")
    if moment is None:
        return FoundDate(day.isoformat(), "day", line, label, tidy(leftover), note)
    hour, minute, offset = moment
    return FoundDate(f"{day.isoformat()}T{hour:02d}:{minute:02d}{offset}", "minute", line, label, tidy(leftover))


def find_day(text: str) -> tuple[date, tuple[int, int], tuple | None] | None:
    """The first valid calendar date on the line, its span, and an ISO time with offset if it carries one."""
    dmy, mdy = textual()
    months = rules().months
    for pattern in (ISO, dmy, mdy, NUMERIC):
        for m in pattern.finditer(text):
            groups = m.groupdict()
            month = months[re.sub(r"\s+", " ", groups["mon"].casefold())] if groups.get("mon") else int(groups["m"])
            day, year = int(m["d"]), int(m["y"])
            if pattern is NUMERIC and month > 12 >= day:
                day, month = month, day  # month-first, as on some English pages
            try:
                value = date(year, month, day)
            except ValueError:
                continue
            if pattern is ISO and m["H"] and m["off"]:
                return value, m.span(), ((int(m["H"]), int(m["M"]), iso_offset(m["off"])), "", None)
            if pattern is ISO and m["H"]:
                return value, (m.start(), m.end("d")), None  # "2025-02-25 11:14": the time is read with its zone, if any
            return value, m.span(), None
    return None


def iso_offset(text: str) -> str:
    if text == "Z":
        return "+00:00"
    digits = text[1:].replace(":", "")
    return f"{text[0]}{digits[:2]}:{digits[2:]}"


def find_time(rest: str, day: date) -> tuple[tuple[int, int, str] | None, str, str | None]:
    """The time of day and its zone; without a zone only the day is kept, and the note says why."""
    m = TIME.search(rest)
    if m is None:
        return None, rest, None
    hour, minute = int(m["H"]), int(m["M"])
    if m["ampm"]:
        pm = m["ampm"].lower().startswith(("p", "م"))  # Arabic م (masāʾan) is p.m., ص (ṣabāḥan) a.m.
        hour = hour % 12 + (12 if pm else 0)
    rest = rest[: m.start()] + " " + rest[m.end():]
    zone = rules().zone.search(rest)
    if zone is None:
        return None, rest, f"the time {m.group(0).strip()} is shown without a time zone; kept the day only"
    rest = rest[: zone.start()] + " " + rest[zone.end():]
    return (hour, minute, zone_offset(zone, datetime(day.year, day.month, day.day, hour, minute))), rest, None


def zone_offset(m: re.Match, when: datetime) -> str:
    if m["name"]:
        zone = rules().zones[re.sub(r"\s+", " ", m["name"].casefold())]
        if "/" not in zone:
            return zone
        offset = when.replace(tzinfo=ZoneInfo(zone)).strftime("%z")  # the offset in force then ("Africa/Cairo")
        return f"{offset[:3]}:{offset[3:]}"
    if m["off"]:
        return iso_offset(m["off"])
    sign = "-" if m["sign"] in "-−" else "+"
    return f"{sign}{int(m['h']):02d}:{int(m['m'] or 0):02d}"


def date_label(text: str) -> str | None:
    r = rules()
    if r.published.match(text):
        return "published"
    if r.updated.match(text.lstrip(" -–—|:")):
        return "updated"
    return None


def strip_date_words(rest: str) -> str:
    """Remove weekday names, labels and fillers: what stays is not part of the date."""
    r = rules()
    rest = r.published.sub(" ", rest)
    rest = FILLER.sub(" ", rest)
    words = [w for w in re.split(r"([\s,|/()–—-]+)", rest)]
    kept = [w for w in words if w.strip(".:").casefold() not in r.weekdays]
    return "".join(kept)


def tidy(text: str) -> str:
    return " ".join(text.split()).strip(" ,.-–—|:/()")


def parse_iso(value: str) -> FoundDate | None:
    """A machine-readable date from page metadata (article:published_time, JSON-LD datePublished)."""
    m = ISO.fullmatch(value.strip().translate(DIGITS))
    if m is None:
        return None
    try:
        day = date(int(m["y"]), int(m["m"]), int(m["d"]))
        if m["H"] and m["off"]:
            moment = datetime.fromisoformat(f"{day.isoformat()}T{m['H']}:{m['M']}{iso_offset(m['off'])}")
            return FoundDate(moment.isoformat(timespec="minutes"), "minute", value, "published", "")
    except ValueError:
        return None
    note = "the page metadata gives a time without a time zone; kept the day only" if m["H"] else None
    return FoundDate(day.isoformat(), "day", value, "published", "", note)
