"""Export the annotations as W3C Web Annotation JSON-LD (annotations.jsonld): one AnnotationCollection."""

from __future__ import annotations

import json
from datetime import timezone

from .config import Config
from .model import Anchor, Annotation, Dossier, PubDate

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
# ours, narrowed to the W3C term it refines; "assessing" is in the vocabulary but not in the context's terms
W3C_MOTIVATION = {"correcting": "editing", "assessing": "oa:assessing"}
CONTEXT_CHARS = 32  # of prefix and suffix written into each TextQuoteSelector


def export(dossier: Dossier, config: Config) -> bytes:
    """Every annotation, with the passages it targets as they read now, as a JSON-LD document.

    Ids are relative to the file (which sits at the site root) unless config.public_url gives the site's address."""
    root = (config.public_url.rstrip("/") + "/") if config.public_url else ""
    anchors = {(a.annotation, a.target): a for a in dossier.anchors if a.kind == "annotation"}
    items = [annotation(n, anchors, dossier, root, config.language) for n in dossier.annotations.values()]
    collection = {
        "@context": CONTEXT, "id": f"{root}annotations.jsonld", "type": "AnnotationCollection",
        "label": f"Annotations: {config.title}", "total": len(items),
        "first": {"id": f"{root}annotations.jsonld#page-1", "type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return (json.dumps(collection, ensure_ascii=False, indent=1) + "\n").encode("utf-8")


def annotation(note: Annotation, anchors: dict, dossier: Dossier, root: str, language: str) -> dict:
    body = [{"type": "TextualBody", "value": note.body.strip(), "format": "text/markdown", "language": language,
             "purpose": W3C_MOTIVATION.get(note.motivation, note.motivation)}]
    if note.title:
        body.insert(0, {"type": "TextualBody", "value": note.title, "format": "text/plain", "language": language,
                        "purpose": "describing"})
    body += [{"id": s.url, "type": "Text", "purpose": "linking", "dc:title": s.title,
              **({"dc:publisher": s.publisher} if s.publisher else {})} for s in note.sources]
    targets = [target(note, i, anchors.get((note.id, i)), dossier, root) for i in range(len(note.targets))]
    return {"id": f"{root}annotations/{note.id}/", "type": "Annotation",
            "motivation": W3C_MOTIVATION.get(note.motivation, note.motivation),
            "created": timestamp(note.created),
            "creator": {"id": f"https://github.com/{note.author}", "type": "Person", "name": note.author,
                        "account": note.author},
            "body": body if len(body) > 1 else body[0],
            "target": targets if len(targets) > 1 else targets[0]}


def target(note: Annotation, i: int, anchor: Anchor | None, dossier: Dossier, root: str) -> dict | str:
    t = note.targets[i]
    if t.entity is not None:
        return f"{root}entities/{t.entity}/"
    source = f"{root}articles/{t.article}/"
    if anchor is None:
        return source
    return {"type": "SpecificResource", "source": source, "selector": selector(anchor, dossier)}


def selector(anchor: Anchor, dossier: Dossier) -> dict:
    """A TextQuoteSelector for the passage as the article reads now, with some words around it."""
    from .anchor import Text

    plain = Text.of(dossier.articles[anchor.article].body).plains[anchor.block]
    prefix = plain[max(0, anchor.start - CONTEXT_CHARS):anchor.start]
    suffix = plain[anchor.end:anchor.end + CONTEXT_CHARS]
    return {"type": "TextQuoteSelector", "exact": anchor.text,
            **({"prefix": prefix} if prefix else {}), **({"suffix": suffix} if suffix else {})}


def timestamp(pub: PubDate) -> str:
    """xsd:dateTime in UTC, as the model requires for `created` (a day counts from its midnight UTC)."""
    if pub.moment is not None:
        return pub.moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return f"{pub.start.isoformat()}T00:00:00Z"
