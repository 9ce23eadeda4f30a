"""Ingest raw scraped pages: extract, tag entities, archive the raw page and write an article file."""

from __future__ import annotations

import hashlib
from pathlib import Path

import py3langid
import yaml
from slugify import slugify

from ..diagnostics import Diagnostic, error, warning
from ..load import display_path, load
from ..model import Origin
from ..parse import parse
from ..resolve import Matcher
from .text import Extract, extract


def ingest(paths: list[Path], content: Path, source: str | None = None, url: str | None = None,
           dry_run: bool = False) -> list[Diagnostic]:
    """Convert each raw page into content/articles/<date>-<slug>.md plus an archived copy."""
    files, diags = load(content) if content.is_dir() else ([], [])
    dossier, _ = parse(files)
    matcher = Matcher(list(dossier.entities.values()))
    for path in paths:
        diags += ingest_one(path, content, matcher, source, url, dry_run)
    return diags


def ingest_one(path: Path, content: Path, matcher: Matcher, source: str | None, url: str | None,
               dry_run: bool) -> list[Diagnostic]:
    shown = display_path(path)
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return [error("ingest", f"cannot read the page as UTF-8 text: {exc}", Origin(shown, 1),
                      "save the page as UTF-8 text")]
    found = extract(text)
    found.source = source or found.source
    if found.title is None or not found.paragraphs:
        return [error("ingest", "no headline or article body found", Origin(shown, 1),
                      "check that the file is the article page itself, not an index or an error page")]
    language = py3langid.classify(" ".join(found.paragraphs))[0]
    entities = tagged_entities(found, matcher)
    stem = article_stem(found)
    archive = f"sources/{stem}{path.suffix or '.txt'}"
    front = front_matter(found, language, entities, archive, hashlib.sha256(raw).hexdigest(), url)
    body = "\n\n".join(escape_markdown(p) for p in found.paragraphs) + "\n"
    document = "---\n" + yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=1000) + "---\n" + body
    target = content / "articles" / f"{stem}.md"
    print_summary(shown, display_path(target), found, language, entities, dry_run)
    diags = [warning("ingest-field", doubt, Origin(shown, 1), "check the written file and correct it by hand")
             for doubt in found.doubts]
    if found.date is None:
        diags.append(warning("ingest-field", "no publication date found; the article is written with date: null",
                             Origin(shown, 1), "set the date from the page; invoke check reports it until then"))
    if target.exists():
        return diags + [error("ingest", f"{display_path(target)} already exists", Origin(shown, 1),
                              "delete or rename the existing article to ingest this page again")]
    if not dry_run:
        (content / "sources").mkdir(parents=True, exist_ok=True)
        (content / "articles").mkdir(parents=True, exist_ok=True)
        (content / archive).write_bytes(raw)
        target.write_text(document, encoding="utf-8")
    return diags


def article_stem(found: Extract) -> str:
    prefix = f"{found.date:%Y-%m-%d}" if found.date else "undated"
    return f"{prefix}-{slugify(found.title or 'article', max_length=60, word_boundary=True)}"


def tagged_entities(found: Extract, matcher: Matcher) -> list[str]:
    """Registered entities the body, captions and credit mention, in order of first mention."""
    seen: dict[str, None] = {}
    for paragraph in [*found.paragraphs, *found.captions, found.credit or ""]:
        for _, _, entity_id in matcher.find(paragraph):
            seen.setdefault(entity_id)
    return list(seen)


def front_matter(found: Extract, language: str, entities: list[str], archive: str, sha256: str,
                 url: str | None) -> dict:
    date = None
    if found.date is not None:
        date = found.date.isoformat(timespec="minutes") if found.date_precision == "minute" else f"{found.date:%Y-%m-%d}"
    fields = {"title": found.title, "date": date, "source": found.source, "url": url, "language": language,
              "dateline": found.dateline, "author": found.author, "editor": found.editor, "credit": found.credit,
              "standfirst": found.standfirst, "captions": found.captions or None, "entities": entities,
              "provenance": {"archive": archive, "sha256": sha256}}
    return {k: v for k, v in fields.items() if v is not None or k in ("date", "source")}


def escape_markdown(text: str) -> str:
    """Escape characters that Markdown would read as markup in plain article text."""
    text = text.replace("\\", "\\\\")
    for ch in "`*_[]<>|":
        text = text.replace(ch, "\\" + ch)
    if text[:1] in "#>+-=" or text[:2].rstrip(".").isdigit():
        text = "\\" + text
    return text


def print_summary(shown: str, target: str, found: Extract, language: str, entities: list[str], dry_run: bool) -> None:
    doubt = " (?)"
    lines = [f"{shown} → {target}{' (dry run: nothing written)' if dry_run else ''}",
             f"  title:     {found.title}",
             f"  date:      {found.date.isoformat() if found.date else 'NOT FOUND (needs an editor)'}"
             + (f"  from {found.date_text!r}" if found.date_text else ""),
             f"  outlet:    {found.source or 'NOT FOUND (needs an editor)'}",
             f"  language:  {language}",
             f"  dateline:  {found.dateline or '-'}",
             f"  credits:   author={found.author or '-'} editor={found.editor or '-'} source={found.credit or '-'}",
             f"  standfirst:{' ' + found.standfirst if found.standfirst else ' -'}",
             f"  captions:  {len(found.captions)}" + (doubt if any(not c for c in found.captions) else ""),
             f"  entities:  {', '.join(entities) or '-'}",
             f"  body:      {len(found.paragraphs)} paragraphs",
             f"  removed:   {len(found.removed)} lines of page furniture"]
    lines += [f"    - {r[:100]}" for r in found.removed]
    lines += [f"  doubt:     {d}" for d in found.doubts]
    print("\n".join(lines))
