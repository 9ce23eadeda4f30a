"""The chronology: articles, events and dated annotations in one timeline grouped by year and month, each date at
its precision (a year-only item is never 1 January: it comes after the dated items of its year)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import groupby

from .model import ArticleId, Dossier, EntityId, When

KINDS = ("event", "article", "annotation")  # the order of items dated alike


@dataclass(frozen=True, slots=True)
class Entry:
    """One dated item of the chronology and the entities it concerns."""

    kind: str  # "article", "event" or "annotation"
    id: str
    when: When
    entities: tuple[EntityId, ...]

    @property
    def order(self) -> tuple:
        start = self.when.start
        return (start.year, start.month or 13, start.day is None, start.sort_key, KINDS.index(self.kind), self.id)


@dataclass(frozen=True, slots=True)
class Period:
    """A year, or a month of a year; month None holds items known only to the year."""

    year: int
    month: int | None
    entries: tuple[Entry, ...]

    @property
    def articles(self) -> tuple[ArticleId, ...]:
        return tuple(e.id for e in self.entries if e.kind == "article")


def chronicle(dossier: Dossier) -> tuple[Period, ...]:
    """Every dated item, oldest first, grouped by the year and month it starts in."""
    ordered = sorted(entries(dossier), key=lambda e: e.order)
    return tuple(Period(year, month, tuple(items))
                 for (year, month), items in groupby(ordered, key=lambda e: (e.when.start.year, e.when.start.month)))


def entries(dossier: Dossier) -> list[Entry]:
    """Articles at their publication date, events, and annotations that carry a date."""
    in_block: dict[tuple[str, int], set[str]] = defaultdict(set)
    in_article: dict[str, set[str]] = defaultdict(set)
    for m in dossier.mentions:
        in_block[m.article, m.block].add(m.entity)
        in_article[m.article].add(m.entity)
    passages: dict[tuple[str, str], set[str]] = defaultdict(set)
    for a in dossier.anchors:
        passages[a.kind, a.annotation] |= in_block[a.article, a.block]
    out = [Entry("article", a.id, When(a.date), ids({r.id for r in a.entities} | in_article[a.id], dossier))
           for a in dossier.articles.values()]
    out += [Entry("event", e.id, e.when, ids({r.id for r in e.entities} or passages["event", e.id], dossier))
            for e in dossier.events.values()]  # the editor's list, else who its passages name
    out += [Entry("annotation", n.id, n.date,
                  ids({t.entity for t in n.targets if t.entity} | passages["annotation", n.id], dossier))
            for n in dossier.annotations.values() if n.date is not None]
    return out


def ids(found: set[str], dossier: Dossier) -> tuple[str, ...]:
    return tuple(sorted(e for e in found if e in dossier.entities))
