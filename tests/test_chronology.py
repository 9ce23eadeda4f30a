"""The chronology end to end: events and ranges in content, the exports (TimelineJS JSON against its documented
format, iCalendar, CSV) and the exact diagnostics for bad dates."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import icalendar
import pytest
from jsonschema import Draft202012Validator

from tests.test_bad_input import BUILD, assert_rejected, good_build

HERE = Path(__file__).parent
EVENT = "content/events/troops.md"
GOOD = """\
---
id: troops
title: Russia says it will not send troops
date: 2021-07-08
entities: [russia]
passages:
  - article: 2021-07-08-lavrov
    quote: "Rusia tidak akan mengirim pasukan ke Afghanistan"
---
"""
BACKGROUND = """\
---
id: treaty
title: The Collective Security Treaty is signed
date: "1992"
entities: [csto]
sources:
  - url: https://example.org/treaty
    title: The treaty
---
Signed in Tashkent.
"""
SUMMER = """\
---
id: summer
title: A summer of talks
date: 2021-07/2021-09
sources:
  - url: https://example.org/summer
    title: Talks
---
"""


@pytest.fixture
def built(site, run_cli):
    site.write(EVENT, GOOD)
    site.write("content/events/treaty.md", BACKGROUND)
    site.write("content/events/summer.md", SUMMER)
    code, _, err = run_cli(BUILD, site.root)
    assert code == 0, err
    return site


def test_events_appear_with_their_passages_and_sources(built):
    page = built.path("build/chronology/index.html").read_text()
    assert 'id="event-troops"' in page and 'id="event-treaty"' in page and 'id="event-summer"' in page
    assert "/articles/2021-07-08-lavrov/#p1" in page and "https://example.org/treaty" in page
    order = [page.index(f'id="{k}"') for k in ("event-treaty", "event-troops", "article-2021-07-08-lavrov",
                                                  "event-summer", "article-2021-09-csto")]
    assert order == sorted(order)  # 1992; 8 July 2021 (the event before the article); July-September; September
    assert built.path("build/chronology/russia/index.html").is_file()
    russia = built.path("build/chronology/russia/index.html").read_text()
    assert 'id="event-troops"' in russia and 'id="event-treaty"' not in russia


def test_the_timelinejs_export_follows_the_documented_format(built):
    document = json.loads(built.path("build/chronology/timeline.json").read_text())
    schema = json.loads((HERE / "fixtures" / "timelinejs.schema.json").read_text())
    errors = list(Draft202012Validator(schema).iter_errors(document))
    assert errors == [], [e.message for e in errors]
    slides = {s["unique_id"]: s for s in document["events"]}
    assert slides["event-treaty"]["start_date"] == {"year": 1992, "display_date": "1992"}
    assert slides["event-summer"]["end_date"] == {"year": 2021, "month": 9}
    assert slides["article-2021-07-08-lavrov"]["start_date"]["hour"] == 16
    entity = json.loads(built.path("build/chronology/russia/timeline.json").read_text())
    assert not list(Draft202012Validator(schema).iter_errors(entity)) and len(entity["events"]) < len(slides)


def test_the_icalendar_holds_the_events_at_their_precision(built):
    calendar = icalendar.Calendar.from_ical(built.path("build/chronology/events.ics").read_bytes())
    events = {str(e["uid"]).split("@")[0]: e for e in calendar.walk("VEVENT")}
    assert set(events) == {"troops", "treaty", "summer"}
    assert (events["treaty"]["dtstart"].dt, events["treaty"]["dtend"].dt) == (date(1992, 1, 1), date(1993, 1, 1))
    assert (events["summer"]["dtstart"].dt, events["summer"]["dtend"].dt) == (date(2021, 7, 1), date(2021, 10, 1))
    assert events["troops"]["dtstart"].dt == date(2021, 7, 8) and "Rusia tidak akan" in str(events["troops"]["description"])


def test_the_csv_loads_back_with_every_item(built):
    rows = list(csv.DictReader(io.StringIO(built.path("build/chronology/chronology.csv").read_text())))
    assert {(r["kind"], r["id"]) for r in rows} == {("event", "troops"), ("event", "treaty"), ("event", "summer"),
                                                    ("article", "2021-07-08-lavrov"), ("article", "2021-09-csto")}
    summer = next(r for r in rows if r["id"] == "summer")
    assert (summer["date"], summer["end"], summer["precision"]) == ("2021-07", "2021-09", "month")


def broken(old: str, new: str) -> str:
    return GOOD.replace(old, new)


RANGE_HINT = ("write YYYY, YYYY-MM, YYYY-MM-DD or a date-time with its zone offset; a range as START/END, e.g. "
              "2021-07/2021-09")
CASES = [
    ("impossible day", broken("date: 2021-07-08", "date: 2021-02-31"), "date:", 7,
     'error[bad-date]: date "2021-02-31" is impossible (day is out of range for month)', RANGE_HINT),
    ("time without zone", broken("date: 2021-07-08", "date: 2021-07-08T16:46"), "date:", 7,
     'error[bad-date]: date "2021-07-08T16:46" has a time but no time zone offset', RANGE_HINT),
    ("range backwards", broken("date: 2021-07-08", "date: 2021-09/2021-07"), "date:", 7,
     'error[bad-date]: date "2021-09/2021-07" ends (2021-07) before it starts (2021-09)', RANGE_HINT),
    ("unparseable precision", broken("date: 2021-07-08", "date: 2021-7"), "date:", 7,
     'error[bad-field]: date "2021-7" is not an ISO 8601 date', None),
    ("unknown entity", broken("entities: [russia]", "entities: [rusia]"), "entities:", 12,
     'error[unknown-entity]: unknown entity "rusia"', 'did you mean "russia"?'),
    ("neither passages nor sources", GOOD.split("passages:")[0] + "---\n", "id:", 5,
     "error[missing-field]: an event needs passages or sources that report it", None),
    ("orphaned passage", broken("Rusia tidak akan mengirim pasukan ke Afghanistan", "Rusia akan menyerbu Kabul"),
     "    quote:", 12, 'error[anchor-not-found]: quote not found in article "2021-07-08-lavrov": the event is '
     "orphaned", None),
]


@pytest.mark.parametrize("what, text, start, col, message, hint", CASES, ids=[c[0] for c in CASES])
def test_bad_events_are_reported_at_their_line(site, run_cli, what, text, start, col, message, hint):
    before = good_build(site)
    site.write(EVENT, text)
    at = next(i for i, ln in enumerate(text.splitlines(), start=1) if ln.startswith(start))
    assert_rejected(site, run_cli, before, f"{EVENT}:{at}:{col}: {message}", hint)
