"""Model → plain view data for templates: one Page per output file."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from . import graph
from .chronicle import Period
from . import timeline_export as export
from .chronology_views import Chronology, chronology, page_context
from .config import Config
from .i18n import Messages
from .annotation_views import Notes, author_pages, index_context, notes
from .markup import body_blocks, markdown_html
from .model import Article, Dossier, Entity, Mention, PubDate, Quotation, Role
from .relations import CoMention, co_mentions

TYPE_LABELS = {"person": "People", "organization": "Organizations", "place": "Places", "event": "Events",
               "other": "Other"}
TYPE_PATHS = {"person": "people", "organization": "organizations", "place": "places", "event": "events",
              "other": "other"}
LATEST = 10


@dataclass(frozen=True, slots=True)
class Page:
    path: str  # output path relative to the site root, e.g. articles/x/index.html
    template: str
    context: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Urls:
    base: str

    def home(self) -> str:
        return self.base

    def article(self, article_id: str) -> str:
        return f"{self.base}articles/{article_id}/"

    def entity(self, entity_id: str) -> str:
        return f"{self.base}entities/{entity_id}/"

    def entity_type(self, kind: str) -> str:
        return f"{self.base}{TYPE_PATHS[kind]}/"

    def source(self, archive: str) -> str:
        return self.base + source_output(archive)

    def entity_chronology(self, entity_id: str) -> str:
        return f"{self.base}chronology/{entity_id}/"

    def annotation(self, annotation_id: str) -> str:
        return f"{self.base}annotations/{annotation_id}/"

    def annotation_author(self, handle: str) -> str:
        return f"{self.base}annotations/by/{handle.lower()}/"


def source_output(archive: str) -> str:
    """Archived pages are published as plain text, never as HTML that could run."""
    return archive if archive.endswith(".txt") else archive + ".txt"


def views(dossier: Dossier, timeline: tuple[Period, ...], config: Config, t: Messages) -> list[Page]:
    """Every page of the site, with its template and plain data."""
    urls = Urls(config.base_path)
    by_entity: dict[str, list[Mention]] = defaultdict(list)
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in dossier.mentions:
        by_entity[m.entity].append(m)
        by_article[m.article].append(m)
    newest = sorted(dossier.articles.values(), key=lambda a: (a.date.sort_key, a.id), reverse=True)
    summaries = {a.id: summary(a, urls, t) for a in newest}
    found = notes(dossier, summaries, urls, t)
    for a in newest:
        summaries[a.id]["annotations"] = len(found.on_passages[a.id]) + len(found.on_articles[a.id])
    history = chronology(dossier, timeline, summaries, found.views, urls, t)
    groups = entity_groups(dossier, by_entity, urls, t)
    related = co_mentions(dossier)
    said: dict[str, list[Quotation]] = defaultdict(list)
    for q in dossier.quotations:
        said[q.speaker].append(q)
    span = dossier_span(newest)
    pages = [
        Page("index.html", "index.html", {"latest": [summaries[a.id] for a in newest[:LATEST]],
                                          "article_count": len(newest), "groups": groups}),
        Page("entities/index.html", "entities.html", {"groups": groups,
                                                      "graph": network_graph(dossier, by_entity, related, urls, t)}),
        Page("chronology/index.html", "chronology.html", {**page_context(history, t), "entity": None,
                                                          "filter": entity_filter(dossier, history, urls)}),
        Page("search/index.html", "search.html", {}),
        Page("404.html", "404.html", {}),
        Page("annotations/index.html", "annotations.html", index_context(found, urls, t)),
    ]
    pages += [Page(f"annotations/{v['id']}/index.html", "annotation.html", {"note": v}) for v in found.views.values()]
    pages += [Page(f"annotations/by/{handle.lower()}/index.html", "annotation_author.html",
                   {"author": handle, "notes": items}) for handle, items in author_pages(found).items()]
    pages += [Page(f"{TYPE_PATHS[g['type']]}/index.html", "entity_type.html", {"group": g, "groups": groups})
              for g in groups]
    for article in newest:
        pages.append(Page(f"articles/{article.id}/index.html", "article.html",
                          {"article": article_view(article, by_article[article.id], dossier, urls, t, found)}))
    pages += exports(dossier, history, config, t)
    for entity in dossier.entities.values():
        own = page_context(history, t, entity.id)
        if own["years"]:
            pages.append(Page(f"chronology/{entity.id}/index.html", "chronology.html",
                              {**own, "entity": entity_link(entity, urls, t), "filter": entity_filter(dossier, history, urls)}))
            pages.append(Page(f"chronology/{entity.id}/timeline.json", "", {"data": export.timelinejs(
                history.periods, history.items, f"{config.title}: {entity.name}", config.description, entity.id)}))
        view = entity_view(entity, by_entity[entity.id], dossier, summaries, urls, t)
        view |= {"roles": [role_view(r) for r in entity.roles],
                 "quotations": quotation_views(said[entity.id], dossier, summaries, urls),
                 "related": related_views(entity, related.get(entity.id, ()), by_entity, dossier, summaries, urls, t),
                 "chart": mention_chart(by_entity[entity.id], dossier, span, t),
                 "notes": found.on_entities[entity.id],
                 "timeline": [item for y in own["years"] for m in y["months"] for item in m["entries"]],
                 "timeline_url": urls.entity_chronology(entity.id) if own["years"] else None}
        pages.append(Page(f"entities/{entity.id}/index.html", "entity.html", {"entity": view}))
    return pages


def summary(article: Article, urls: Urls, t: Messages) -> dict[str, Any]:
    return {"id": article.id, "title": article.title, "url": urls.article(article.id), "source": article.source,
            "date_iso": article.date.iso, "date": t.date(article.date), "sort": article.date.sort_key,
            "year": str(article.date.year)}


def article_view(article: Article, mentions: list[Mention], dossier: Dossier, urls: Urls, t: Messages,
                 found: Notes) -> dict[str, Any]:
    entities = [dossier.entities[r.id] for r in article.entities if r.id in dossier.entities]
    listed = {e.id for e in entities}
    entities += sorted({dossier.entities[m.entity] for m in mentions if m.entity not in listed}, key=lambda e: e.id)
    return {
        **summary(article, urls, t),
        "date_note": article.date_note, "language": article.language, "original_url": article.url,
        "dateline": article.dateline, "author": article.author, "editor": article.editor, "credit": article.credit,
        "standfirst": article.standfirst, "captions": list(article.captions),
        "archive_url": urls.source(article.provenance.archive), "archive": article.provenance.archive,
        "sha256": article.provenance.sha256,
        "blocks": body_view(article, mentions, urls, found),
        "notes": found.on_articles[article.id], "passage_notes": len(found.on_passages[article.id]),
        "annotations": len(found.on_articles[article.id]) + len(found.on_passages[article.id]),
        "first_note": found.on_passages[article.id][0]["key"] if found.on_passages[article.id] else None,
        "entities": [entity_link(e, urls, t) for e in sorted(entities, key=lambda e: (e.type, e.name.lower()))],
    }


def exports(dossier: Dossier, history: Chronology, config: Config, t: Messages) -> list[Page]:
    """The chronology as TimelineJS JSON, iCalendar (events) and CSV."""
    return [
        Page("chronology/timeline.json", "", {"data": export.timelinejs(history.periods, history.items, config.title,
                                                                       config.description)}),
        Page("chronology/events.ics", "", {"data": export.ical(history.periods, history.items, dossier, config.title,
                                                              export.stamp_of(dossier), config.public_url or "")}),
        Page("chronology/chronology.csv", "", {"data": export.table(history.periods, history.items,
                                                                   config.public_url or "")}),
    ]


def entity_filter(dossier: Dossier, history: Chronology, urls: Urls) -> list[dict[str, Any]]:
    """The entities that have items on the chronology, for the filter, with the address of each one's page."""
    counts: dict[str, int] = defaultdict(int)
    for period in history.periods:
        for e in period.entries:
            for ident in e.entities:
                counts[ident] += 1
    return [{"id": i, "name": dossier.entities[i].name, "url": urls.entity_chronology(i), "count": n}
            for i, n in sorted(counts.items(), key=lambda kv: dossier.entities[kv[0]].name.lower())]


def body_view(article: Article, mentions: list[Mention], urls: Urls, found: Notes) -> list[dict[str, Any]]:
    """The body's top-level blocks, each with the notes on its passages (shown beside it)."""
    placed = found.on_passages[article.id]
    out = []
    for html, numbers in body_blocks(article.body, mentions, urls.entity, found.marks[article.id]):
        out.append({"html": Markup(html), "notes": [n for n in placed if n["block"] in numbers]})
    return out


def entity_link(entity: Entity, urls: Urls, t: Messages) -> dict[str, Any]:
    return {"id": entity.id, "name": entity.name, "url": urls.entity(entity.id), "type": entity.type,
            "type_label": t.gettext(TYPE_LABELS[entity.type])}


def entity_view(entity: Entity, mentions: list[Mention], dossier: Dossier, summaries: dict, urls: Urls,
                t: Messages) -> dict[str, Any]:
    by_article: dict[str, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_article[m.article].append(m)
    listing = {a.id for a in dossier.articles.values() if any(r.id == entity.id for r in a.entities)}
    ids = sorted(set(by_article) | listing, key=lambda i: (summaries[i]["sort"], i), reverse=True)
    articles = []
    for article_id in ids:
        sentences = {}
        for m in by_article[article_id]:
            sentences.setdefault(m.sentence, f"{urls.article(article_id)}#{m.anchor}")
        articles.append({**summaries[article_id], "sentences": [{"text": s, "url": u} for s, u in sentences.items()],
                         "mentions": len(by_article[article_id])})
    return {
        **entity_link(entity, urls, t), "aliases": [a.text for a in entity.aliases if a.text != entity.name],
        "description_html": Markup(markdown_html(entity.description)), "wikidata": entity.wikidata,
        "mention_count": len(mentions), "articles": articles,
        "latest": articles[0]["sort"] if articles else "",
    }


def entity_groups(dossier: Dossier, by_entity: dict[str, list[Mention]], urls: Urls, t: Messages) -> list[dict]:
    """Entities grouped by type (in a fixed order), each with its mention and article counts."""
    groups = []
    for kind, label in TYPE_LABELS.items():
        members = [e for e in dossier.entities.values() if e.type == kind]
        if members:
            items = [{**entity_link(e, urls, t), "mentions": len(by_entity[e.id]),
                      "articles": len({m.article for m in by_entity[e.id]})}
                     for e in sorted(members, key=lambda e: e.name.lower())]
            groups.append({"type": kind, "label": t.gettext(label), "entities": items, "url": urls.entity_type(kind),
                           "mentions": sum(i["mentions"] for i in items)})
    return groups


def role_view(role: Role) -> dict[str, Any]:
    return {"title": role.title, "start": role.start, "end": role.end,
            "span": f"{role.start or ''}–{role.end or ''}" if role.start or role.end else ""}


def quotation_views(quotes: list[Quotation], dossier: Dossier, summaries: dict, urls: Urls) -> list[dict[str, Any]]:
    """A speaker's quotations, newest article first, in reading order within an article."""
    in_reading_order = sorted(quotes, key=lambda q: q.block)
    order = sorted(in_reading_order, key=lambda q: (summaries[q.article]["sort"], q.article), reverse=True)  # stable
    return [{"text": q.text, "kind": q.kind, "cue": q.cue, "url": f"{urls.article(q.article)}#p{q.block}",
             "language": dossier.articles[q.article].language, **{k: summaries[q.article][k] for k in
                                                                  ("title", "source", "date", "date_iso")}}
            for q in order]


def related_views(entity: Entity, related: tuple[CoMention, ...], by_entity: dict[str, list[Mention]],
                  dossier: Dossier, summaries: dict, urls: Urls, t: Messages) -> dict[str, Any]:
    """The co-mentioned entities, ranked, each with its shared articles, and their ego graph."""
    items = [{**entity_link(dossier.entities[c.other], urls, t), "count": len(c.articles), "paragraphs": c.paragraphs,
              "articles": [summaries[a] for a in c.articles]} for c in related if c.other in dossier.entities]
    center = graph.Node(entity.id, entity.name, urls.entity(entity.id), entity.type, len(by_entity[entity.id]))
    others = [graph.Node(i["id"], i["name"], i["url"], i["type"], i["count"]) for i in items]
    picture = graph.ego(center, others, t.gettext("%(a)s and %(b)s: %(n)s shared articles")) if others else None
    return {"items": items, "graph": picture}


def network_graph(dossier: Dossier, by_entity: dict[str, list[Mention]], related: dict, urls: Urls,
                  t: Messages) -> graph.Graph | None:
    nodes = [graph.Node(e.id, e.name, urls.entity(e.id), e.type, len(by_entity[e.id]))
             for e in dossier.entities.values() if related.get(e.id)]
    edges = [(a, c.other, c.paragraphs) for a, cs in related.items() for c in cs if a < c.other and c.paragraphs]
    return graph.network(nodes, edges, t.gettext("%(a)s and %(b)s: named together in %(n)s paragraphs")) if nodes else None


def dossier_span(articles: list[Article]) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The first and last month of the dossier's articles (a year-only date spans its whole year)."""
    if not articles:
        return None
    firsts = [(a.date.year, a.date.month or 1) for a in articles]
    lasts = [(a.date.year, a.date.month or 12) for a in articles]
    return min(firsts), max(lasts)


def mention_chart(mentions: list[Mention], dossier: Dossier, span, t: Messages) -> dict | None:
    """Mentions per month over the dossier's whole span, as bars and as a table."""
    if span is None or not mentions:
        return None
    counts: dict[tuple[int, int | None], list[int]] = defaultdict(lambda: [0, 0])
    per_article: dict[str, int] = defaultdict(int)
    for m in mentions:
        per_article[m.article] += 1
    for article_id, n in per_article.items():
        date: PubDate = dossier.articles[article_id].date
        key = (date.year, date.month)
        counts[key][0] += n
        counts[key][1] += 1
    periods = [graph.Period(y, m, n, a, f"{t.month(m)} {y}" if m else f"{y} ({t.gettext('month unknown')})")
               for (y, m), (n, a) in sorted(counts.items(), key=lambda kv: (kv[0][0], kv[0][1] or 0))]
    label = t.gettext("%(period)s: %(n)s mentions in %(a)s articles")
    return {"chart": graph.chart(periods, span, label), "periods": periods,
            "first": f"{t.month(span[0][1])} {span[0][0]}", "last": f"{t.month(span[1][1])} {span[1][0]}"}
