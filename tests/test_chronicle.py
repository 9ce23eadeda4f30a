"""chronicle: dated articles in → a timeline grouped by year and month out."""

from __future__ import annotations

from dossier.chronicle import Period, chronicle
from dossier.model import Article, Dossier, Origin, Provenance
from dossier.parse import parse_date


def article(ident: str, date: str) -> Article:
    pub, problem = parse_date(date)
    assert problem is None
    path = f"content/articles/{ident}.md"
    return Article(ident, Origin(path, 1), ident, pub, "Contoh.com", "id", (),
                   Provenance("sources/x.txt", "0" * 64, Origin(path, 10, 12)), "Teks.", 13)


def timeline(*dated: tuple[str, str]) -> list[tuple[int, int | None, tuple[str, ...]]]:
    periods = chronicle(Dossier.of([article(i, d) for i, d in dated], []))
    assert all(isinstance(p, Period) for p in periods)
    return [(p.year, p.month, p.articles) for p in periods]


def test_empty_dossier_has_an_empty_timeline():
    assert chronicle(Dossier()) == ()


def test_groups_by_year_and_month_oldest_first():
    assert timeline(("c", "2022-01-05"), ("a", "2021-07-08"), ("b", "2021-09-17"), ("d", "2021-07-01")) == [
        (2021, 7, ("d", "a")), (2021, 9, ("b",)), (2022, 1, ("c",))]


def test_month_unknown_items_come_after_the_months_of_their_year():
    assert timeline(("y2021", "2021"), ("dec", "2021-12-31"), ("jan", "2021-01-02"), ("y2020", "2020"),
                    ("next", "2022-01-01T00:00+07:00")) == [
        (2020, None, ("y2020",)),
        (2021, 1, ("jan",)), (2021, 12, ("dec",)), (2021, None, ("y2021",)),
        (2022, 1, ("next",))]


def test_month_precision_sorts_first_within_its_month():
    assert timeline(("day", "2021-09-01"), ("month", "2021-09"), ("minute", "2021-09-01T00:00+00:00")) == [
        (2021, 9, ("day", "minute", "month"))]  # equal starts are ordered by id


def test_sorts_across_time_zones_by_the_instant():
    # Jakarta 21:00+07:00 = 14:00 UTC; Tokyo 23:30+09:00 = 14:30 UTC; New York 10:00-05:00 = 15:00 UTC.
    assert timeline(("london", "2021-07-08T16:00+00:00"), ("tokyo", "2021-07-08T23:30+09:00"),
                    ("jakarta", "2021-07-08T21:00+07:00"), ("newyork", "2021-07-08T10:00-05:00")) == [
        (2021, 7, ("jakarta", "tokyo", "newyork", "london"))]


def test_day_precision_counts_as_the_start_of_its_day():
    assert timeline(("late", "2021-07-08T06:00+07:00"), ("day", "2021-07-08"), ("early", "2021-07-08T01:00+00:00")) == [
        (2021, 7, ("late", "day", "early"))]  # 06:00+07:00 is 23:00 UTC the day before


def test_items_are_grouped_by_their_local_month():
    # 2021-08-01T05:00+09:00 is still July in UTC, but the article is dated 1 August where it was published
    assert timeline(("aug", "2021-08-01T05:00+09:00"), ("jul", "2021-07-31T21:00+00:00")) == [
        (2021, 7, ("jul",)), (2021, 8, ("aug",))]


def test_ties_are_broken_by_id_so_the_order_is_stable():
    assert timeline(("b", "2021-07-08"), ("a", "2021-07-08"), ("c", "2021-07-08T07:00+07:00")) == [
        (2021, 7, ("a", "b", "c"))]


def test_dated_annotations_and_events_are_interleaved_with_articles_at_their_precision():
    from dossier.model import Annotation, Event, Precision, PubDate, Target, When
    from dossier.when import parse_when

    def when(text: str) -> When:
        return parse_when(text)[0]

    def note(ident: str, date: str | None) -> Annotation:
        return Annotation(ident, Origin(f"content/annotations/{ident}.md", 2), (Target(Origin("x", 1), entity="e"),),
                          "describing", "octocat", PubDate(Precision.DAY, 2026, 11, 21), "Note.", 9,
                          date=when(date) if date else None)

    def event(ident: str, date: str) -> Event:
        return Event(ident, Origin(f"content/events/{ident}.md", 2), ident, when(date), "", 9)

    dossier = Dossier.of([article("a", "2021-07-08"), article("b", "2021-07")],
                         [], [note("treaty", "1992-05-15"), note("july", "2021-07-09"), note("year", "2021"),
                              note("undated", None)],
                         [event("summer", "2021-07/2021-09"), event("kabul", "2021-08-15"), event("same-day", "2021-07-08")])
    assert [(p.year, p.month, tuple((e.kind, e.id) for e in p.entries)) for p in chronicle(dossier)] == [
        (1992, 5, (("annotation", "treaty"),)),
        (2021, 7, (("event", "same-day"), ("article", "a"), ("annotation", "july"), ("event", "summer"),
                   ("article", "b"))),
        (2021, 8, (("event", "kabul"),)),
        (2021, None, (("annotation", "year"),)),
    ]
