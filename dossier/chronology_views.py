"""The chronology as view data: items grouped by year and month, their passages, a density picture, and the
same filtered to one entity."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from .chronicle import KINDS, Entry, Period
from .i18n import Messages
from .markup import note_html
from .model import Dossier

KIND_LABELS = {"article": "Article", "event": "Event", "annotation": "Annotation"}
BAR = 12  # width of one year's column in the density picture, px
HEIGHT = 60  # height of the tallest column, px


@dataclass(frozen=True)
class Chronology:
    """Everything the chronology pages need: each item's view, and the periods in order."""

    items: dict[tuple[str, str], dict[str, Any]]  # (kind, id) → view
    periods: tuple[Period, ...]


def chronology(dossier: Dossier, periods: tuple[Period, ...], summaries: dict, notes: dict, urls,
               t: Messages) -> Chronology:
    """A view of every item on the chronology, keyed by kind and id."""
    passages = event_passages(dossier, summaries, urls)
    items: dict[tuple[str, str], dict[str, Any]] = {}
    for period in periods:
        for e in period.entries:
            base = {"kind": e.kind, "kind_label": t.gettext(KIND_LABELS[e.kind]), "key": f"{e.kind}-{e.id}",
                    "when": t.when(e.when), "when_iso": e.when.start.iso, "range": e.when.iso,
                    "entities": list(e.entities)}
            base |= {"body_html": None, "sources": [], "annotations": 0}
            if e.kind == "article":
                items[e.kind, e.id] = {**base, **summaries[e.id], "passages": [], "kind": e.kind,
                                       "kind_label": base["kind_label"], "key": base["key"]}
            elif e.kind == "annotation":
                note = notes[e.id]
                items[e.kind, e.id] = {**base, "title": f"{note['label']}: {note['title']}" if note["title"]
                                       else note["label"], "url": note["url"], "passages": note["passages"],
                                       "source": None}
            else:
                event = dossier.events[e.id]
                items[e.kind, e.id] = {**base, "title": event.title, "url": f"{urls.home()}chronology/#event-{e.id}",
                                       "body_html": Markup(note_html(event.body)) if event.body.strip() else None,
                                       "passages": passages.get(e.id, []), "source": None,
                                       "sources": [{"url": s.url, "title": s.title, "publisher": s.publisher,
                                                    "accessed": s.accessed} for s in event.sources]}
    return Chronology(items, periods)


def event_passages(dossier: Dossier, summaries: dict, urls) -> dict[str, list[dict]]:
    """Each event's passages: the quoted words, linked to their paragraph in the article."""
    out: dict[str, list[dict]] = {}
    for a in sorted((a for a in dossier.anchors if a.kind == "event"), key=lambda a: (a.annotation, a.target)):
        summary = summaries[a.article]
        out.setdefault(a.annotation, []).append({"text": a.text, "title": summary["title"], "source": summary["source"],
                                                 "date": summary["date"], "date_iso": summary["date_iso"],
                                                 "language": dossier.articles[a.article].language,
                                                 "url": f"{summary['url']}#p{a.block}"})
    return out


def page_context(found: Chronology, t: Messages, entity: str | None = None) -> dict[str, Any]:
    """The chronology page's data, for the whole dossier or one entity: years, months, items, counts, picture."""
    periods = [p for p in found.periods if any(keep(e, entity) for e in p.entries)]
    years: list[dict] = []
    for period in periods:
        if not years or years[-1]["year"] != period.year:
            years.append({"year": period.year, "months": []})
        label = t.month(period.month) if period.month else t.gettext("Month unknown")
        slug = f"{period.year}-{period.month:02d}" if period.month else f"{period.year}-undated"
        years[-1]["months"].append({"label": label, "anchor": slug,
                                    "entries": [found.items[e.kind, e.id] for e in period.entries if keep(e, entity)]})
    kept = [e for p in periods for e in p.entries if keep(e, entity)]
    counts = Counter(e.kind for e in kept)
    return {"years": years, "picture": picture(kept, t),
            "kinds": [{"kind": k, "label": t.gettext(KIND_LABELS[k]), "count": counts[k]} for k in KINDS if counts[k]]}


def keep(entry: Entry, entity: str | None) -> bool:
    return entity is None or entity in entry.entities


def picture(entries: list[Entry], t: Messages) -> dict[str, Any] | None:
    """Items per year, stacked by kind, over the whole span: where sources are dense, and where there are gaps."""
    if not entries:
        return None
    first = min(e.when.start.year for e in entries)
    last = max((e.when.end or e.when.start).year for e in entries)
    counts = Counter((e.when.start.year, e.kind) for e in entries)
    tallest = max(sum(counts[y, k] for k in KINDS) for y in range(first, last + 1))
    columns = []
    for i, year in enumerate(range(first, last + 1)):
        y, bars = HEIGHT, []
        for kind in KINDS:
            n = counts[year, kind]
            if n:
                h = max(2, round(HEIGHT * n / tallest))
                y -= h
                bars.append({"kind": kind, "y": y, "height": h, "count": n})
        total = sum(b["count"] for b in bars)
        columns.append({"year": year, "x": i * BAR, "bars": bars, "total": total,
                        "title": t.gettext("%(year)s: %(n)s items") % {"year": year, "n": total}})
    ticks = []
    for c in columns:  # the first and last year and the decades, never crowding each other
        if c["year"] in (first, last) or c["year"] % 10 == 0:
            if ticks and c["x"] - ticks[-1]["x"] < 4 * BAR:
                if c["year"] != last:
                    continue
                ticks.pop()
            ticks.append({**c, "anchor": "end" if c["year"] == last and len(columns) > 1 else "start",
                          "tx": c["x"] + BAR if c["year"] == last and len(columns) > 1 else c["x"]})
    return {"width": len(columns) * BAR, "height": HEIGHT + 16, "bar": BAR - 2, "columns": columns, "ticks": ticks,
            "first": first, "last": last, "gaps": [c["year"] for c in columns if not c["total"]]}
