"""Parse event files (content/events/<id>.md): front matter checked against schemas/event.schema.json."""

from __future__ import annotations

from pathlib import PurePosixPath

from . import schema
from .annotation import citation
from .diagnostics import Diagnostic, error, warning
from .model import EntityRef, Event, Origin, SourceFile, Target


def parse_event(f: SourceFile) -> tuple[Event | None, list[Diagnostic]]:
    """Read one event file; its id must equal the file name and it must cite a passage or a source."""
    from .parse import read_document
    from .when import RANGE_HINT, parse_when

    doc, body, body_line, diags = read_document(f)
    if doc is None:
        return None, diags
    diags = schema.check(doc, "event")
    if diags:
        return None, diags
    data, stem = doc.data, PurePosixPath(f.name).stem
    if data["id"] != stem:
        return None, [error("bad-filename", f'event id "{data["id"]}" does not match the file name "{stem}.md"',
                            doc.at("id"), f'rename the file to "{data["id"]}.md" or set id: {stem}')]
    when, problem = parse_when(str(data["date"]))
    if problem:
        return None, [error("bad-date", f'date "{data["date"]}" {problem}', doc.at("date"), RANGE_HINT)]
    if not data.get("passages") and not data.get("sources"):
        return None, [error("missing-field", "an event needs passages or sources that report it", doc.at("id"),
                            "add passages: [{article: <id>, quote: \"…\"}] from the articles, or sources: [{url, title}]")]
    passages = tuple(Target(doc.at("passages", i, "quote"), p["article"], None, p["quote"], p.get("prefix"),
                            p.get("suffix")) for i, p in enumerate(data.get("passages", ())))
    todo = [doc.at(k) for k in ("title",) if "TODO" in str(data.get(k, ""))]
    todo += [Origin(f.path, body_line)] if "TODO" in body else []
    warnings = [warning("placeholder", "a TODO left by the scaffold is still here", where,
                        "write what happened: the title, and the description below the front matter")
                for where in todo]
    return Event(id=stem, origin=doc.at("id"), title=" ".join(data["title"].split()), when=when, body=body,
                 body_line=body_line,
                 entities=tuple(EntityRef(e, doc.at("entities", i)) for i, e in enumerate(data.get("entities", ()))),
                 passages=passages, sources=tuple(citation(s) for s in data.get("sources", ()))), warnings
