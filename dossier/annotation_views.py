"""Annotations as view data: notes beside their passages, permalink pages, the index and per-author pages."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from .i18n import Messages
from .markup import Mark, note_html
from .model import Anchor, Annotation, Dossier

MOTIVATIONS = {"assessing": "Fact-check", "correcting": "Correction", "describing": "Context",
               "commenting": "Comment", "questioning": "Question", "linking": "Related link",
               "classifying": "Classification", "identifying": "Identification", "editing": "Edit suggestion",
               "tagging": "Tag", "highlighting": "Highlight", "bookmarking": "Bookmark", "replying": "Reply",
               "moderating": "Moderation"}


@dataclass(frozen=True)
class Notes:
    """Every annotation's view data, and where each one shows up."""

    views: dict[str, dict[str, Any]]  # annotation id → its view
    on_passages: dict[str, list[dict[str, Any]]]  # article id → notes on its passages, in reading order
    marks: dict[str, list[Mark]]  # article id → passages to highlight
    on_articles: dict[str, list[dict[str, Any]]]  # article id → notes on the whole article
    on_entities: dict[str, list[dict[str, Any]]]  # entity id → notes on the entity
    newest: list[dict[str, Any]]


def notes(dossier: Dossier, summaries: dict[str, dict], urls, t: Messages) -> Notes:
    """Build every note view, number the notes of each article in reading order, and collect their marks."""
    mine = tuple(a for a in dossier.anchors if a.kind == "annotation")
    anchors: dict[tuple[str, int], Anchor] = {(a.annotation, a.target): a for a in mine}
    views = {n.id: annotation_view(n, anchors, dossier, summaries, urls, t) for n in dossier.annotations.values()}
    on_passages: dict[str, list[dict]] = defaultdict(list)
    marks: dict[str, list[Mark]] = defaultdict(list)
    on_articles: dict[str, list[dict]] = defaultdict(list)
    on_entities: dict[str, list[dict]] = defaultdict(list)
    for article_id, placed in group_by_article(mine).items():
        for number, a in enumerate(placed, start=1):
            note = views[a.annotation]
            key = note_key(dossier.annotations[a.annotation], a.target)
            label = t.gettext("Note %(n)s: %(label)s") % {"n": number, "label": note["label"]}
            marks[article_id].append(Mark(a.block, a.start, a.end, key, number, label))
            on_passages[article_id].append({**note, "key": key, "number": number, "block": a.block,
                                            "others": [p for p in note["passages"] if p["key"] != key]})
    for n in dossier.annotations.values():
        for target in n.targets:
            if target.article is not None and target.quote is None:
                on_articles[target.article].append(views[n.id])
            elif target.entity is not None:
                on_entities[target.entity].append(views[n.id])
    newest = sorted(views.values(), key=lambda v: (v["created_iso"], v["id"]), reverse=True)
    return Notes(views, on_passages, marks, on_articles, on_entities, newest)


def group_by_article(anchors: tuple[Anchor, ...]) -> dict[str, list[Anchor]]:
    out: dict[str, list[Anchor]] = defaultdict(list)
    for a in sorted(anchors, key=lambda a: (a.article, a.block, a.start, a.annotation, a.target)):
        out[a.article].append(a)
    return out


def note_key(note: Annotation, target: int) -> str:
    """The note's element id suffix on an article page (one per target, for comparisons)."""
    return note.id if len(note.targets) == 1 else f"{note.id}-{target + 1}"


def annotation_view(note: Annotation, anchors: dict, dossier: Dossier, summaries: dict, urls, t: Messages) -> dict:
    passages = []
    for i, target in enumerate(note.targets):
        a = anchors.get((note.id, i))
        if target.article is not None:
            key = note_key(note, i)
            summary = summaries[target.article]
            passages.append({"key": key, "text": a.text if a else None, "title": summary["title"],
                             "source": summary["source"], "date": summary["date"], "date_iso": summary["date_iso"],
                             "language": dossier.articles[target.article].language,
                             "url": summary["url"] + (f"#hl-{key}" if a else "")})
        elif target.entity is not None:
            entity = dossier.entities[target.entity]
            passages.append({"key": note_key(note, i), "text": None, "title": entity.name, "source": None,
                             "date": None, "date_iso": None, "language": None, "url": urls.entity(entity.id)})
    label = t.gettext(MOTIVATIONS[note.motivation])
    return {
        "id": note.id, "url": urls.annotation(note.id), "motivation": note.motivation, "label": label,
        "title": note.title, "body_html": Markup(note_html(note.body)), "author": note.author,
        "author_url": urls.annotation_author(note.author), "profile": f"https://github.com/{note.author}",
        "created": t.date(note.created), "created_iso": note.created.iso,
        "date": t.when(note.date) if note.date else None, "date_iso": note.date.start.iso if note.date else None,
        "sources": [{"url": s.url, "title": s.title, "publisher": s.publisher, "accessed": s.accessed}
                    for s in note.sources],
        "comparison": note.comparison, "passages": passages,
    }


def index_context(found: Notes, urls, t: Messages) -> dict[str, Any]:
    """The annotations index: newest first, by motivation, by author."""
    by_motivation: dict[str, list] = defaultdict(list)
    by_author: dict[str, list] = defaultdict(list)
    for v in found.newest:
        by_motivation[v["motivation"]].append(v)
        by_author[v["author"]].append(v)
    motivations = [{"motivation": m, "label": t.gettext(label), "notes": by_motivation[m]}
                   for m, label in MOTIVATIONS.items() if by_motivation[m]]
    authors = [{"author": a, "url": urls.annotation_author(a), "count": len(vs)}
               for a, vs in sorted(by_author.items(), key=lambda kv: (-len(kv[1]), kv[0].lower()))]
    return {"notes": found.newest, "motivations": motivations, "authors": authors}


def author_pages(found: Notes) -> dict[str, list[dict[str, Any]]]:
    """Each author's annotations, newest first."""
    out: dict[str, list] = defaultdict(list)
    for v in found.newest:
        out[v["author"]].append(v)
    return dict(out)
