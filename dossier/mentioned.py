"""Dates that articles mention ("Kamis (8/7/2021)", "pada 15 Agustus", "pada tahun 1989", "awal pekan ini"), as
candidate events resolved against the article's own date: `invoke chronology --suggest`. Nothing here reaches the
site until an editor confirms a candidate into an event file."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources

import yaml

from .markdown import inlines
from .model import Article, Dossier, Precision, PubDate, When
from .resolve import sentence_in, sentences

YEAR = r"(?P<y>1[89]\d\d|20\d\d)"


@dataclass(frozen=True)
class Candidate:
    """A date an article mentions, with its sentence and how it was resolved."""

    article: str
    block: int
    words: str  # the words that date it, as written
    sentence: str
    when: When | None  # None when the article's date is too vague to resolve a relative date
    how: str  # "written", or how a relative date was resolved
    confirmed: bool = False  # an event already cites this sentence


@cache
def vocabulary() -> dict:
    data = yaml.safe_load(resources.files("dossier").joinpath("mentioned.yaml").read_text(encoding="utf-8"))
    from .ingest.rules import rules

    weekdays = {w.casefold(): n for table in data["weekdays"].values() for w, n in table.items()}
    relative = {p.casefold(): tuple(v) for table in data["relative"].values() for p, v in table.items()}
    return {"months": rules().months, "weekdays": weekdays, "relative": relative}


@cache
def patterns() -> list[tuple[str, re.Pattern]]:
    """The forms of a mentioned date, longest first."""
    v = vocabulary()
    month = "|".join(sorted(map(re.escape, v["months"]), key=len, reverse=True))
    weekday = "|".join(sorted(map(re.escape, v["weekdays"]), key=len, reverse=True))
    relative = "|".join(sorted(map(re.escape, v["relative"]), key=len, reverse=True))
    edge = r"(?<![\w/.-])"
    return [
        ("numeric", re.compile(rf"{edge}(?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/{YEAR}(?![\w/])")),
        ("day-month-year", re.compile(rf"(?i){edge}(?P<d>\d{{1,2}})\.?\s+(?P<mn>{month})\.?,?\s+{YEAR}(?!\w)")),
        ("month-day-year", re.compile(rf"(?i){edge}(?P<mn>{month})\.?\s+(?P<d>\d{{1,2}}),?\s+{YEAR}(?!\w)")),
        ("numeric-no-year", re.compile(r"\((?P<d>\d{1,2})/(?P<m>\d{1,2})\)")),
        ("day-month", re.compile(rf"(?i){edge}(?P<d>\d{{1,2}})\.?\s+(?P<mn>{month})(?![\w])")),
        ("month-year", re.compile(rf"(?i){edge}(?P<mn>{month})\.?\s+{YEAR}(?!\w)")),
        ("year", re.compile(rf"(?i)(?:\b(?:tahun|pada|sejak|hingga|in|since|until|im jahr|seit|в|с|году|yılında)\s+){YEAR}(?!\d)")),
        ("relative", re.compile(rf"(?i)(?<!\w)(?:{relative})(?!\w)")),
        ("weekday", re.compile(rf"(?i)(?<!\w)(?:{weekday})(?!\w)")),
    ]


def suggest(dossier: Dossier) -> list[Candidate]:
    """Every date the articles mention, in article and reading order."""
    confirmed = {(a.article, a.block) for a in dossier.anchors if a.kind == "event"}
    out = []
    for article in dossier.articles.values():
        for inline in inlines(article.body):
            spans = sentences(inline.plain, article.language)
            for words, start, when, how in in_text(inline.plain, article.date):
                out.append(Candidate(article.id, inline.block, words, sentence_in(spans, inline.plain, start), when,
                                     how, (article.id, inline.block) in confirmed))
    return out


def in_text(text: str, published: PubDate) -> list[tuple[str, int, When | None, str]]:
    """(words, offset, resolved date, how) for each date mentioned in the text; overlapping forms once."""
    taken: list[tuple[int, int]] = []
    found = []
    for form, pattern in patterns():
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            when, how = read(form, m, published)
            if when is None and how == "":
                continue
            taken.append((m.start(), m.end()))
            found.append((m.group(0), m.start(), when, how))
    dated = [(start, start + len(words)) for words, start, _, how in found if how == "written"]
    return sorted((f for f in found if not (f[3].startswith("the last such day") and any(
        0 <= s - (f[1] + len(f[0])) <= 3 for s, _ in dated))), key=lambda f: f[1])  # "Kamis (8/7/2021)": once


def read(form: str, m: re.Match, published: PubDate) -> tuple[When | None, str]:
    """Resolve one match; ("", "") when it is not a date after all (31/2/2021, a weekday used otherwise)."""
    v = vocabulary()
    try:
        if form in ("numeric", "day-month-year", "month-day-year"):
            month = int(m["m"]) if form == "numeric" else v["months"][m["mn"].casefold().rstrip(".")]
            day = date(int(m["y"]), month, int(m["d"]))
            return When(PubDate(Precision.DAY, day.year, day.month, day.day)), "written"
        if form in ("numeric-no-year", "day-month"):
            month = int(m["m"]) if form == "numeric-no-year" else v["months"][m["mn"].casefold().rstrip(".")]
            return in_year_of(published, month, int(m["d"]))
        if form == "month-year":
            return When(PubDate(Precision.MONTH, int(m["y"]), v["months"][m["mn"].casefold().rstrip(".")])), "written"
        if form == "year":
            return When(PubDate(Precision.YEAR, int(m["y"]))), "written"
    except (ValueError, KeyError):
        return None, ""
    if form == "relative":
        return relative(v["relative"][m.group(0).casefold()], published)
    return weekday(v["weekdays"][m.group(0).casefold()], published)


def in_year_of(published: PubDate, month: int, day: int) -> tuple[When | None, str]:
    """A day without its year: the article's year, or the year before if that day would come after the article."""
    year = published.year
    if published.month and (month, day) > (published.month, published.day or 31):
        year -= 1
    found = date(year, month, day)
    return When(PubDate(Precision.DAY, found.year, found.month, found.day)), f"year taken from the article ({published.iso})"


def weekday(number: int, published: PubDate) -> tuple[When | None, str]:
    """The last such weekday on or before the article's day."""
    if published.precision not in (Precision.DAY, Precision.MINUTE):
        return None, f"the article is dated only to {published.iso}"
    back = (published.start.weekday() - number) % 7
    day = published.start - timedelta(days=back)
    return When(PubDate(Precision.DAY, day.year, day.month, day.day)), f"the last such day on or before {published.iso[:10]}"


def relative(rule: tuple[str, int, str], published: PubDate) -> tuple[When | None, str]:
    """A phrase like "awal pekan ini" resolved against the article's date, as a day or a range."""
    unit, offset, part = rule
    needs = {"day": (Precision.DAY, Precision.MINUTE), "week": (Precision.DAY, Precision.MINUTE),
             "month": (Precision.MONTH, Precision.DAY, Precision.MINUTE)}.get(unit)
    if needs and published.precision not in needs:
        return None, f"the article is dated only to {published.iso}"
    how = f"relative to the article's date, {published.iso[:10]}"
    if unit == "day":
        d = published.start + timedelta(days=offset)
        return When(PubDate(Precision.DAY, d.year, d.month, d.day)), how
    if unit == "week":
        monday = published.start - timedelta(days=published.start.weekday()) + timedelta(weeks=offset)
        end = monday + timedelta(days=2 if part == "start" else 6)
        return When(day_of(monday), day_of(end)), how
    if unit == "month":
        y, mo = divmod(published.year * 12 + published.month - 1 + offset, 12)
        month = PubDate(Precision.MONTH, y, mo + 1)
        if part == "start":
            return When(day_of(month.start), day_of(month.start + timedelta(days=9))), how
        return When(month), how
    return When(PubDate(Precision.YEAR, published.year + offset)), how


def day_of(d: date) -> PubDate:
    return PubDate(Precision.DAY, d.year, d.month, d.day)


def format_candidates(found: list[Candidate], dossier: Dossier) -> str:
    """The candidates as a numbered list an editor reads, with how to confirm one."""
    if not found:
        return "no dates mentioned in the articles"
    lines = []
    for n, c in enumerate(found, start=1):
        when = c.when.iso if c.when else "?"
        state = " (an event cites this paragraph)" if c.confirmed else ""
        lines.append(f"{n:>3}. {when:<23} “{c.words}” in {c.article} ¶{c.block}{state}")
        lines.append(f"     {c.how}: {c.sentence[:160]}")
    lines.append("")
    lines.append("confirm one into an event file with: invoke chronology --suggest --event N")
    return "\n".join(lines)


def event_file(c: Candidate, article: Article, ident: str) -> str:
    """An event file for a confirmed candidate, with TODO where only the editor can write."""
    front = {"id": ident, "title": "TODO: what happened, in one line", "date": c.when.iso if c.when else "TODO",
             "entities": [], "passages": [{"article": c.article, "quote": c.sentence}]}
    text = yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{text}---\nTODO: what the passage reports ({c.how}).\n"

