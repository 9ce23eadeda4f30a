"""relations and graph: mentions in → ranked co-mentions out; co-mentions in → drawable geometry out."""

from __future__ import annotations

from dossier import graph
from dossier.model import Dossier, Precision, PubDate
from dossier.relations import co_mentions
from dossier.resolve import resolve

from .test_resolve import article, entity

ENTITIES = [entity("russia", "Rusia"), entity("taliban", "Taliban", kind="organization"),
            entity("csto", "CSTO", kind="organization"), entity("sergey-lavrov", "Lavrov", kind="person")]


def dossier_of(*bodies: str) -> Dossier:
    from dataclasses import replace
    articles = [replace(article(b, ident=f"2021-07-0{i + 1}-a"), date=PubDate(Precision.DAY, 2021, 7, i + 1))
                for i, b in enumerate(bodies)]
    dossier, _ = resolve(Dossier.of(articles, ENTITIES))
    return dossier


def test_co_mentions_rank_by_shared_articles_then_shared_paragraphs():
    d = dossier_of("Lavrov di Rusia.\n\nTaliban datang.", "Lavrov dan Taliban.", "Lavrov.\n\nTaliban.\n\nRusia dan CSTO.")
    ranked = co_mentions(d)["sergey-lavrov"]
    assert [(c.other, len(c.articles), c.paragraphs) for c in ranked] == [
        ("taliban", 3, 1), ("russia", 2, 1), ("csto", 1, 0)]
    assert ranked[0].articles == ("2021-07-03-a", "2021-07-02-a", "2021-07-01-a")  # newest first
    assert [c.other for c in co_mentions(d)["csto"]] == ["russia", "sergey-lavrov", "taliban"]


def test_an_entity_alone_has_no_co_mentions():
    assert co_mentions(dossier_of("Hanya Lavrov di sini.")) == {}


def node(ident: str, kind: str = "place", weight: int = 1) -> graph.Node:
    return graph.Node(ident, ident.title(), f"/e/{ident}/", kind, weight)


def test_the_ego_graph_puts_the_entity_in_the_middle_and_the_strongest_links_widest():
    g = graph.ego(node("lavrov", "person"), [node("taliban", weight=3), node("russia", weight=1)], "%(a)s+%(b)s %(n)s")
    assert (g.center.x, g.center.y) == (g.width / 2, g.height / 2)
    assert [l.width for l in g.lines] == [6.0, 2.7] and g.lines[0].title == "Lavrov+Taliban 3"
    assert all(0 <= p.x <= g.width and 0 <= p.y <= g.height for p in g.points)


def test_the_network_groups_by_type_keeps_the_strongest_links_and_is_deterministic():
    nodes = [node("russia", weight=9), node("lavrov", "person", 5), node("csto", "organization", 4), node("x", weight=0)]
    edges = [("lavrov", "russia", 4), ("csto", "russia", 1), ("csto", "lavrov", 2)]
    g = graph.network(nodes, edges, "%(a)s %(b)s %(n)s", limit=3, most_edges=2)
    assert [p.id for p in g.points] == ["lavrov", "csto", "russia"]  # people, organisations, places; x left out
    assert [l.title for l in g.lines] == ["Csto Lavrov 2", "Lavrov Russia 4"]  # strongest drawn last
    assert g == graph.network(nodes, edges, "%(a)s %(b)s %(n)s", limit=3, most_edges=2)


def test_the_chart_draws_a_year_only_article_as_a_band_across_its_year_not_in_january():
    periods = [graph.Period(2021, 7, 4, 1, "Jul"), graph.Period(2021, None, 2, 1, "2021"),
               graph.Period(2022, 3, 1, 1, "Mar")]
    c = graph.chart(periods, ((2021, 1), (2022, 12)), "%(period)s %(n)s %(a)s")
    bars = {b.title: b for b in c.bars}
    assert bars["Jul 4 1"].height > bars["Mar 1 1"].height > 0
    band = bars["2021 2 1"]
    assert band.band and band.width > 11 * (c.width - 16) / 24  # the whole of 2021
    assert [label for _, label in c.ticks] == ["2021", "2022"]
