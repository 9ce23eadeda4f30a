"""Export the chronology: TimelineJS JSON (Knight Lab), iCalendar for the events, and CSV of every item."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime, timedelta, timezone
from urllib.parse import urljoin

import icalendar
from markupsafe import escape

from .chronicle import Entry, Period
from .model import Dossier, Precision, PubDate
from .when import last_day


def entries_of(periods: tuple[Period, ...], entity: str | None = None) -> list[Entry]:
    return [e for p in periods for e in p.entries if entity is None or entity in e.entities]


def timelinejs(periods: tuple[Period, ...], items: dict, title: str, description: str,
               entity: str | None = None) -> bytes:
    """The TimelineJS JSON format: a title slide and one event slide per item, grouped by kind."""
    events = []
    for e in entries_of(periods, entity):
        item = items[e.kind, e.id]
        slide = {"start_date": slide_date(e.when.start, item["when"]),
                 "text": {"headline": f'<a href="{escape(item["url"])}">{escape(item["title"])}</a>',
                          "text": str(escape(summary(item)))},
                 "group": item["kind_label"], "unique_id": item["key"], "display_date": item["when"]}
        if e.when.end is not None:
            slide["end_date"] = slide_date(e.when.end, None)
        events.append(slide)
    document = {"title": {"text": {"headline": str(escape(title)), "text": str(escape(description))}},
                "events": events}
    return (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def slide_date(pub: PubDate, display: str | None) -> dict:
    """A TimelineJS date: year, then month, day, hour and minute as far as the precision goes."""
    out: dict = {"year": pub.year}
    if pub.month:
        out["month"] = pub.month
    if pub.day:
        out["day"] = pub.day
    if pub.moment is not None:
        out |= {"hour": pub.moment.hour, "minute": pub.moment.minute}
    if display:
        out["display_date"] = display
    return out


def summary(item: dict) -> str:
    """A line saying where the item comes from: the outlet, or the passages and sources."""
    parts = [item["source"]] if item.get("source") else []
    parts += [p["title"] for p in item.get("passages", [])]
    parts += [s["title"] for s in item.get("sources", [])]
    return " · ".join(dict.fromkeys(p for p in parts if p))


def ical(periods: tuple[Period, ...], items: dict, dossier: Dossier, title: str, stamp: datetime,
         base: str = "") -> bytes:
    """The events as an iCalendar: whole days for day, month and year precision (a year is a year-long event)."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//dossier//chronology//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", title)
    for e in entries_of(periods):
        if e.kind != "event":
            continue
        item = items[e.kind, e.id]
        event = icalendar.Event()
        event.add("uid", f"{e.id}@{slugish(title)}.dossier")
        event.add("dtstamp", stamp)
        event.add("summary", item["title"])
        start, end = e.when.start, e.when.end or e.when.start
        if start.moment is not None and end.moment is not None and e.when.end is None:
            event.add("dtstart", start.moment.astimezone(timezone.utc))
            event.add("dtend", start.moment.astimezone(timezone.utc) + timedelta(hours=1))
        else:
            event.add("dtstart", first_day(start))
            event.add("dtend", last_day(end) + timedelta(days=1))  # DTEND of an all-day event is exclusive
        event.add("description", description(item, e))
        if base:
            event.add("url", absolute(item["url"], base))  # a URI must be absolute: only with the public address
        event.add("categories", list(e.entities) or ["dossier"])
        cal.add_component(event)
    return cal.to_ical()


def first_day(pub: PubDate) -> date:
    return pub.moment.date() if pub.moment is not None else pub.start


def description(item: dict, entry: Entry) -> str:
    precision = {Precision.YEAR: "year", Precision.MONTH: "month", Precision.DAY: "day", Precision.MINUTE: "minute"}
    lines = [f"{item['when']} (known to the {precision[entry.when.start.precision]})"]
    lines += [f"“{p['text']}” — {p['title']}" for p in item["passages"] if p.get("text")]
    lines += [f"{s['title']}: {s['url']}" for s in item["sources"]]
    return "\n".join(lines)


def slugish(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-") or "dossier"


COLUMNS = ("kind", "id", "title", "date", "end", "precision", "url", "entities", "passages", "sources")


def table(periods: tuple[Period, ...], items: dict, base: str) -> bytes:
    """Every item as a CSV row: when (start, end, precision), what, where it is reported and who it concerns."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(COLUMNS)
    for e in entries_of(periods):
        item = items[e.kind, e.id]
        writer.writerow([e.kind, e.id, item["title"], e.when.start.iso, e.when.end.iso if e.when.end else "",
                         e.when.start.precision.value, absolute(item["url"], base), " ".join(e.entities),
                         " ".join(absolute(p["url"], base) for p in item["passages"]),
                         " ".join(s["url"] for s in item["sources"])])
    return out.getvalue().encode("utf-8")


def absolute(url: str, base: str) -> str:
    """A site link with the public address in front when known (base "" keeps it as it is)."""
    return urljoin(base, url) if base else url


def stamp_of(dossier: Dossier) -> datetime:
    """A fixed DTSTAMP: the newest date in the content, so two builds of the same content are identical."""
    days = [a.date.start for a in dossier.articles.values()] + [n.created.start for n in dossier.annotations.values()]
    newest = max(days, default=date(2000, 1, 1))
    return datetime(newest.year, newest.month, newest.day, tzinfo=timezone.utc)
