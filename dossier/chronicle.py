"""Order dated items into a timeline grouped by year and month, respecting precision."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from .model import ArticleId, Dossier


@dataclass(frozen=True, slots=True)
class Period:
    """A year, or a month of a year; month None holds items known only to the year."""

    year: int
    month: int | None
    articles: tuple[ArticleId, ...]


def chronicle(dossier: Dossier) -> tuple[Period, ...]:
    """Group articles by year and month, oldest first; year-only items after that year's months."""
    def key(article):
        return (article.date.year, article.date.month or 13, article.date.sort_key, article.id)

    ordered = sorted(dossier.articles.values(), key=key)
    periods = []
    for (year, month), items in groupby(ordered, key=lambda a: (a.date.year, a.date.month)):
        periods.append(Period(year, month, tuple(a.id for a in items)))
    return tuple(periods)
