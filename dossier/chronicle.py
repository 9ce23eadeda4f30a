"""Order dated items (articles, dated annotations) into a timeline grouped by year and month, respecting precision."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from .model import ArticleId, Dossier, PubDate


@dataclass(frozen=True, slots=True)
class Period:
    """A year, or a month of a year; month None holds items known only to the year. `entries` interleaves
    ("article", id) and ("annotation", id) in date order."""

    year: int
    month: int | None
    articles: tuple[ArticleId, ...]
    entries: tuple[tuple[str, str], ...] = ()


def chronicle(dossier: Dossier) -> tuple[Period, ...]:
    """Group articles and dated annotations by year and month, oldest first; year-only items after that year's
    months, month-only items after that month's days."""
    dated: list[tuple[PubDate, str, str]] = [(a.date, "article", a.id) for a in dossier.articles.values()]
    dated += [(n.date, "annotation", n.id) for n in dossier.annotations.values() if n.date is not None]

    def key(item):
        date, kind, ident = item
        return (date.year, date.month or 13, date.day or 32, date.sort_key, kind, ident)

    periods = []
    for (year, month), items in groupby(sorted(dated, key=key), key=lambda i: (i[0].year, i[0].month)):
        entries = tuple((kind, ident) for _, kind, ident in items)
        periods.append(Period(year, month, tuple(i for k, i in entries if k == "article"), entries))
    return tuple(periods)
