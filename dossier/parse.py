"""Parse source files into the model: front matter + Markdown → Article, Entity and Annotation."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from . import schema
from .diagnostics import Diagnostic, error, has_errors, suggest, warning
from .frontmatter import Located, read_yaml, split_front_matter
from .when import parse_date
from .model import (
    Alias,
    Article,
    Dossier,
    Entity,
    EntityRef,
    Origin,
    Precision,
    Provenance,
    PubDate,
    Role,
    SourceFile,
)

ARTICLE_NAME = re.compile(r"(?P<date>\d{4}(?:-\d{2}(?:-\d{2})?)?)-(?P<slug>[a-z0-9]+(?:-[a-z0-9]+)*)")
ARTICLE_REQUIRED = ("title", "date", "source", "language", "entities", "provenance")
ARTICLE_OPTIONAL = ("url", "date_note", "dateline", "author", "editor", "credit", "standfirst", "captions")
DATE_HINT = "write ISO 8601 with the zone offset, e.g. 2021-07-08T16:46:00+07:00 (WIB), or just 2021-07-08"


def parse(files: list[SourceFile]) -> tuple[Dossier, list[Diagnostic]]:
    """Parse every article and entity file; check ids, names and provenance."""
    from .annotation import parse_annotation
    from .event import parse_event

    sources = {f.name: f for f in files if f.kind == "source"}
    readers = {"article": parse_article, "entity": parse_entity, "annotation": parse_annotation, "event": parse_event}
    items: dict[str, list] = {kind: [] for kind in readers}
    diags = []
    for f in files:
        if f.kind not in readers:
            continue
        item, found = readers[f.kind](f)
        diags += found
        if item is not None:
            items[f.kind].append(item)
    diags += [d for kind, found in items.items() for d in check_unique(found, kind)]
    diags += [d for a in items["article"] for d in check_provenance(a, sources)]
    return Dossier.of(items["article"], items["entity"], items["annotation"], items["event"]), diags


@dataclass
class Fields:
    """Typed access to front-matter fields that records a diagnostic for each bad one."""

    doc: Located
    diags: list[Diagnostic] = field(default_factory=list)

    def missing(self, key: str, hint: str) -> None:
        self.diags.append(error("missing-field", f'required field "{key}" is missing or empty', self.doc.at(key), hint))

    def text(self, key: str, required: bool = True, hint: str = "") -> str | None:
        value = self.doc.data.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self.missing(key, hint or f'add a line such as {key}: "…"')
            return None
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            self.diags.append(error("bad-field", f'"{key}" must be text, not {type(value).__name__}', self.doc.at(key),
                                    f'write it on one line: {key}: "…"'))
            return None
        return " ".join(str(value).split()) if key != "description" else str(value)

    def texts(self, key: str, required: bool = True) -> tuple[str, ...]:
        value = self.doc.data.get(key)
        if value is None:
            if required:
                self.missing(key, f"add a list: {key}: [a, b]  (or {key}: [] when empty)")
            return ()
        if not isinstance(value, list):
            self.diags.append(error("bad-field", f'"{key}" must be a list', self.doc.at(key),
                                    f"write {key}: [a, b], or one '- item' per line"))
            return ()
        out = []
        for i, item in enumerate(value):
            if not isinstance(item, (str, int)) or isinstance(item, bool) or not str(item).strip():
                self.diags.append(error("bad-field", f'item {i + 1} of "{key}" must be non-empty text',
                                        self.doc.at(key, i), "remove it or write the value as text"))
            else:
                out.append(" ".join(str(item).split()))
        return tuple(out)

    def unknown(self, known: tuple[str, ...]) -> None:
        for key in self.doc.data:
            if key not in known:
                self.diags.append(warning("unknown-field", f'unknown front-matter key "{key}"', self.doc.key_at(str(key)),
                                          suggest(str(key), known) or "remove it; it is not shown anywhere"))


def read_document(f: SourceFile) -> tuple[Located | None, str, int, list[Diagnostic]]:
    """Decode a content file and read its front matter as a located mapping."""
    try:
        text = f.data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = f.data[: exc.start].count(b"\n") + 1
        return None, "", 1, [error("encoding", f"file is not valid UTF-8 (byte {exc.start})", Origin(f.path, line),
                                   "save the file as UTF-8 text")]
    front, body, body_line, diags = split_front_matter(text, f.path)
    if diags:
        return None, "", 1, diags
    doc, diags = read_yaml(front, f.path, first_line=2)
    if doc is None:
        return None, "", 1, diags
    if not isinstance(doc.data, dict):
        return None, "", 1, [error("front-matter", "front matter must be a mapping of fields", Origin(f.path, 2),
                                   "write one 'field: value' per line between the '---' fences")]
    return doc, body, body_line, []


def parse_article(f: SourceFile) -> tuple[Article | None, list[Diagnostic]]:
    """Read one article file."""
    doc, body, body_line, diags = read_document(f)
    if doc is None:
        return None, diags
    fields = Fields(doc)
    fields.unknown(ARTICLE_REQUIRED + ARTICLE_OPTIONAL)
    stem = PurePosixPath(f.name).stem
    pub = read_date(doc, f.path)
    fields.diags += pub[1]
    title, source = fields.text("title"), fields.text("source", hint='add the outlet, e.g. source: "SINDOnews.com"')
    language = read_language(fields)
    entities = tuple(EntityRef(e, doc.at("entities", i)) for i, e in enumerate(fields.texts("entities")))
    provenance = read_provenance(fields)
    url = read_url(fields)
    optional = {k: fields.text(k, required=False) for k in ARTICLE_OPTIONAL if k not in ("url", "captions")}
    captions = fields.texts("captions", required=False)
    if pub[0] is not None:
        fields.diags += check_article_name(stem, pub[0], f.path)
    if has_errors(fields.diags) or None in (title, source, language, provenance, pub[0]):
        return None, fields.diags
    return Article(id=stem, origin=Origin(f.path, 1), title=title, date=pub[0], source=source, language=language,
                   entities=entities, provenance=provenance, body=body, body_line=body_line, url=url,
                   captions=captions, **optional), fields.diags


def read_date(doc: Located, path: str) -> tuple[PubDate | None, list[Diagnostic]]:
    """Read the `date` field at its precision; a time requires a zone offset."""
    value, where = doc.data.get("date"), doc.at("date")
    if "date" not in doc.data:
        return None, [error("missing-field", 'required field "date" is missing', where, DATE_HINT)]
    if value is None or value == "":
        return None, [error("missing-date", "the publication date is not set (ingest could not find it on the page)",
                            where, "read it from the archived page and " + DATE_HINT)]
    pub, problem = parse_date(str(value))
    return pub, ([error("bad-date", f'date "{value}" {problem}', where, DATE_HINT)] if problem else [])


def read_language(fields: Fields) -> str | None:
    value = fields.text("language", hint="add the ISO 639-1 code, e.g. language: id")
    if value is not None and not re.fullmatch(r"[a-z]{2}", value):
        fields.diags.append(error("bad-field", f'language "{value}" is not an ISO 639-1 code', fields.doc.at("language"),
                                  "use two lowercase letters: id, en, ru, ar …"))
        return None
    return value


def read_url(fields: Fields) -> str | None:
    value = fields.text("url", required=False)
    if value is not None and not re.fullmatch(r"https?://[^\s<>\"]+", value):
        fields.diags.append(error("bad-field", f'url "{value}" is not an http(s) URL', fields.doc.at("url"),
                                  "give the original article's address, starting with https://"))
        return None
    return value


def read_provenance(fields: Fields) -> Provenance | None:
    value, where = fields.doc.data.get("provenance"), fields.doc.at("provenance")
    hint = "write provenance: {archive: sources/<file>, sha256: <hex digest of that file>}"
    if not isinstance(value, dict) or not isinstance(value.get("archive"), str) or not isinstance(value.get("sha256"), str):
        fields.diags.append(error("missing-field" if value is None else "bad-field",
                                  '"provenance" needs "archive" and "sha256"', where, hint))
        return None
    if not re.fullmatch(r"[0-9a-f]{64}", value["sha256"]):
        fields.diags.append(error("bad-field", "provenance sha256 is not 64 lowercase hex digits",
                                  fields.doc.at("provenance", "sha256"), "run: sha256sum content/" + value["archive"]))
        return None
    return Provenance(value["archive"], value["sha256"], fields.doc.at("provenance", "archive"))


def check_article_name(stem: str, pub: PubDate, path: str) -> list[Diagnostic]:
    """The file name is <date at the article's precision, or less>-<slug>."""
    m = ARTICLE_NAME.fullmatch(stem)
    expected = pub.iso[: {Precision.YEAR: 4, Precision.MONTH: 7}.get(pub.precision, 10)]
    if m and (m["date"] == expected or expected.startswith(m["date"] + "-")):
        return []  # the name may be less precise than the date, e.g. after an editor or a re-ingest refined it
    slug = m["slug"] if m else re.sub(r"[^a-z0-9]+", "-", stem.lower()).strip("-")
    return [error("bad-filename", f'article file name "{stem}.md" does not match its date {pub.iso}', Origin(path, 1),
                  f'rename it to "{expected}-{slug or "title"}.md" (lowercase letters, digits and hyphens)')]


def check_provenance(article: Article, sources: dict[str, SourceFile]) -> list[Diagnostic]:
    """The archived raw page exists under sources/ and has the recorded sha256."""
    prov = article.provenance
    name = prov.archive.removeprefix("sources/")
    f = sources.get(name)
    if f is None or not prov.archive.startswith("sources/"):
        return [error("provenance", f'archived page "{prov.archive}" not found', prov.origin,
                      suggest(f"sources/{name}", [f"sources/{n}" for n in sources], 0.9) or "archive the raw page under content/sources/")]
    digest = hashlib.sha256(f.data).hexdigest()
    if digest != prov.sha256:
        return [error("provenance", f'sha256 of "{prov.archive}" is {digest}, not the recorded one', prov.origin,
                      "the archived page changed; restore it, or re-ingest the page if the change is intended")]
    return []


def parse_entity(f: SourceFile) -> tuple[Entity | None, list[Diagnostic]]:
    """Read one entity file, checked against schemas/entity.schema.json; its id must equal the file name."""
    doc, body, body_line, diags = read_document(f)
    if doc is None:
        return None, diags
    diags = schema.check(doc, "entity")
    if diags:
        return None, diags
    data, stem = doc.data, PurePosixPath(f.name).stem
    ident = data["id"]
    if ident != stem:
        return None, [error("bad-filename", f'entity id "{ident}" does not match the file name "{stem}.md"',
                            doc.at("id"), f'rename the file to "{ident}.md" or set id: {stem}')]
    if body.strip() and data.get("description"):
        return None, [error("bad-field", "the description is given twice: as a field and as the body",
                            doc.key_at("description"), "keep one of them")]
    diags = [d for i, r in enumerate(data.get("roles", ())) if isinstance(r, dict) for d in check_role(r, doc, i)]
    if diags:
        return None, diags
    name = " ".join(data["name"].split())
    aliases = [Alias(name, origin=doc.at("name"))] + [alias(a, doc.at("aliases", i))
                                                      for i, a in enumerate(data.get("aliases", ()))]
    unique = {a.text: a for a in reversed(aliases)}  # the alias entry's case and sharing win over the bare name
    return Entity(id=ident, origin=doc.at("id"), name=name, type=data["type"],
                  aliases=tuple(unique[t] for t in dict.fromkeys(a.text for a in aliases)),
                  description=(data.get("description") or body).strip(), body_line=body_line,
                  wikidata=data.get("wikidata"), roles=tuple(role(r) for r in data.get("roles", ()))), []


def check_role(value: dict, doc: Located, i: int) -> list[Diagnostic]:
    """A role's dates exist, and it does not end before it starts."""
    dates = {}
    for key in ("start", "end"):
        if key in value:
            dates[key], problem = parse_date(str(value[key]))
            if problem:
                return [error("bad-date", f'{key} "{value[key]}" of role "{value["title"]}" {problem}',
                              doc.at("roles", i, key), "write YYYY, YYYY-MM or YYYY-MM-DD")]
    if len(dates) == 2 and dates["end"].iso < dates["start"].iso[:len(dates["end"].iso)]:
        return [error("bad-date", f'role "{value["title"]}" ends ({value["end"]}) before it starts ({value["start"]})',
                      doc.at("roles", i, "end"), "swap the dates, or correct the one that is wrong")]
    return []


def alias(value: str | dict, origin: Origin) -> Alias:
    if isinstance(value, str):
        return Alias(" ".join(value.split()), origin=origin)
    return Alias(" ".join(value["text"].split()), value.get("case", "auto"), value.get("shared", False), origin)


def role(value: str | dict) -> Role:
    if isinstance(value, str):
        return Role(" ".join(value.split()))
    start, end = value.get("start"), value.get("end")
    return Role(" ".join(value["title"].split()), None if start is None else str(start), None if end is None else str(end))


def check_unique(items: list, kind: str) -> list[Diagnostic]:
    """No two articles (or entities) share an id, even differing only in case."""
    first: dict[str, object] = {}
    diags = []
    for item in sorted(items, key=lambda i: i.origin.path):
        key = item.id.lower()
        if key in first:
            other = first[key]
            diags.append(error("duplicate-id", f'{kind} id "{item.id}" is already used by {other.origin.path}',
                               item.origin, "give one of them another id (and file name)"))
        else:
            first[key] = item
    return diags
