"""Parse annotation files (content/annotations/<id>.md): front matter checked against schemas/annotation.schema.json."""

from __future__ import annotations

from pathlib import PurePosixPath

from . import schema
from .diagnostics import Diagnostic, error, warning
from .frontmatter import Located
from .model import Annotation, Citation, Origin, Precision, SourceFile, Target

BODILESS = ("tagging", "bookmarking", "highlighting")  # may have no note text


def parse_annotation(f: SourceFile) -> tuple[Annotation | None, list[Diagnostic]]:
    """Read one annotation file; its id must equal the file name."""
    from .parse import read_document
    from .when import RANGE_HINT, parse_date, parse_when

    doc, body, body_line, diags = read_document(f)
    if doc is None:
        return None, diags
    diags = schema.check(doc, "annotation")
    if diags:
        return None, diags
    data, stem = doc.data, PurePosixPath(f.name).stem
    if data["id"] != stem:
        return None, [error("bad-filename", f'annotation id "{data["id"]}" does not match the file name "{stem}.md"',
                            doc.at("id"), f'rename the file to "{data["id"]}.md" or set id: {stem}')]
    targets, diags = read_targets(doc)
    dates = {}
    for key, read in (("created", parse_date), ("date", parse_when)):
        if key in data:
            dates[key], problem = read(str(data[key]))
            if problem:
                diags.append(error("bad-date", f'{key} "{data[key]}" {problem}', doc.at(key), RANGE_HINT))
    created = dates.get("created")
    if created is not None and created.precision in (Precision.YEAR, Precision.MONTH):
        diags.append(error("bad-date", f'created "{data["created"]}" needs at least a day', doc.at("created"),
                           "write the day the note was written, e.g. created: 2026-11-21"))
    if not body.strip() and data["motivation"] not in BODILESS:
        diags.append(error("missing-field", "the note is empty: write it below the front matter", Origin(f.path, body_line),
                           "explain, in Markdown after the closing '---', what the reader should know"))
    if diags:
        return None, diags
    diags = placeholders(doc, body, body_line)
    return Annotation(id=stem, origin=doc.at("id"), targets=targets, motivation=data["motivation"],
                      author=data["author"], created=created, body=body, body_line=body_line,
                      sources=tuple(citation(s) for s in data.get("sources", ())),
                      title=" ".join(data["title"].split()) if data.get("title") else None,
                      date=dates.get("date"), comparison="targets" in data), diags


def placeholders(doc: Located, body: str, body_line: int) -> list[Diagnostic]:
    """Warn about the TODO markers `annotate` writes, until the contributor has replaced them all."""
    found = [doc.at("title")] if "TODO" in str(doc.data.get("title", "")) else []
    found += [doc.at("sources", i) for i, s in enumerate(doc.data.get("sources", ())) if "TODO" in str(s)]
    lines = body.splitlines()
    found += [Origin(doc.default.path, body_line + n) for n, line in enumerate(lines) if "TODO" in line][:1]
    return [warning("placeholder", "a TODO left by the scaffold is still here", where,
                    "write the real text (title, note, or the source's address and title)") for where in found]


def read_targets(doc: Located) -> tuple[tuple[Target, ...], list[Diagnostic]]:
    """`target` (one) or `targets` (a comparison), each naming an article (with a quote) or an entity."""
    data = doc.data
    if ("target" in data) == ("targets" in data):
        where = doc.key_at("targets") if "targets" in data else doc.default
        return (), [error("missing-field" if "target" not in data else "bad-field",
                          'an annotation needs exactly one of "target" and "targets"', where,
                          "write target: {article: <id>, quote: \"…\"} for one passage, or targets: [...] to compare "
                          "passages")]
    items = [((), data["target"])] if "target" in data else [((i,), t) for i, t in enumerate(data["targets"])]
    key = "target" if "target" in data else "targets"
    targets, diags = [], []
    for path, value in items:
        target, problems = read_target(doc, (key, *path), value)
        targets.append(target)
        diags += problems
    return tuple(targets), diags


def read_target(doc: Located, path: tuple, value: dict) -> tuple[Target, list[Diagnostic]]:
    where = doc.at(*path)
    if ("article" in value) == ("entity" in value):
        return Target(where), [error("bad-field", "a target names either an article or an entity", where,
                                     "write article: <id> (with quote: \"…\" for a passage) or entity: <id>")]
    if "quote" not in value and ("prefix" in value or "suffix" in value):
        return Target(where), [error("bad-field", "prefix and suffix need a quote", doc.at(*path, "prefix"),
                                     'add quote: "…" with the exact words annotated')]
    return Target(doc.at(*path, "quote") if "quote" in value else doc.at(*path, "article" if "article" in value
                                                                              else "entity"),
                  value.get("article"), value.get("entity"), value.get("quote"), value.get("prefix"),
                  value.get("suffix")), []


def citation(value: dict) -> Citation:
    return Citation(value["url"], " ".join(value["title"].split()), value.get("publisher"), value.get("accessed"))
