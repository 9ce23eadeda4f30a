"""Ingest raw pages: read → decode → extract → tag entities → merge with the existing article → write atomically."""

from __future__ import annotations

import glob
import hashlib
import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

import py3langid

from ..diagnostics import Diagnostic, error, warning
from ..frontmatter import read_yaml, split_front_matter
from ..load import display_path, load
from ..model import Origin
from ..parse import parse
from ..resolve import Matcher
from .article import Draft, draft, merge, stem_for
from .decode import PageError, decode
from .found import Extract, Hints
from .html import is_html, read_html
from .report import summary
from .text import extract

__all__ = ["Page", "ingest", "read_page"]


@dataclass(frozen=True)
class Page:
    """One raw page read and understood."""

    raw: bytes
    encoding: str
    html: bool
    found: Extract
    language: str
    url: str | None


@dataclass(frozen=True)
class Existing:
    """An article already in content/, with the fields ingest needs to recognise it."""

    path: Path
    draft: Draft
    archive: str | None
    sha256: str | None


def ingest(paths: list[str], content: Path, source: str | None = None, url: str | None = None,
           dry_run: bool = False, language: str | None = None) -> list[Diagnostic]:
    """Ingest every page named (files, folders, glob patterns) into content/articles and content/sources.

    `language` is the dossier's language, which settles close calls of language detection."""
    pages, diags = expand(paths)
    if url and len(pages) > 1:
        return diags + [error("ingest", "--url names one page's address, but several pages were given",
                              Origin("<command line>", 1), "ingest that page on its own with --url")]
    files, _ = load(content) if content.is_dir() else ([], [])
    dossier, _ = parse(files)
    matcher = Matcher(list(dossier.entities.values()))
    existing = read_existing(content)
    for path in pages:
        diags += ingest_one(path, content, matcher, existing, Options(source, url, language, dry_run))
    return diags


def expand(paths: list[str]) -> tuple[list[Path], list[Diagnostic]]:
    """Files as given, folders as the files inside them, glob patterns as their matches."""
    out, diags = [], []
    for text in paths:
        path = Path(text)
        if path.is_dir():
            out += sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
        elif path.exists():
            out.append(path)
        elif matches := sorted(glob.glob(text, recursive=True)):
            out += [Path(m) for m in matches if Path(m).is_file()]
        else:
            diags.append(error("ingest", f"no such file or folder: {text}", Origin(text, 1),
                               "check the path; quote glob patterns such as 'saved/*.html'"))
    return list(dict.fromkeys(out)), diags


def read_page(raw: bytes, url: str | None = None, source: str | None = None, language: str | None = None) -> Page:
    """Decode and extract one page; raises PageError when it has no article in it."""
    text, encoding = decode(raw)
    html = is_html(text)
    if html:
        body, hints, declared = read_html(text, url)
        found = extract(body, replace(hints, url=url or hints.url), keep_lines=True)
    else:
        declared, found, hints = None, extract(text, Hints(url=url)), Hints(url=url)
    if source:
        found.source = source
        found.doubts.pop("source", None)
    if not found.paragraphs:
        raise PageError("no article text found on the page",
                        "check that the file is the article itself, not an index, a login wall or an error page")
    return Page(raw, encoding, html, found, language_of(found, (declared, language)), url or hints.url)


def language_of(found: Extract, prefer: tuple[str | None, ...]) -> str:
    """The language detected in the body; close calls (Indonesian or Malay?) go to the page's declared
    language, then the dossier's."""
    text = " ".join(found.paragraphs)
    ranked = py3langid.rank(text)[:3]
    best, top = ranked[0]
    for language in prefer:
        score = next((s for code, s in ranked if code == language), None)
        if score is not None and top - score <= abs(top) * 0.02:
            best = language
            break
    if len(text) < 200:
        found.doubts["language"] = f"little text to detect the language from; detected {best!r}"
    return best


@dataclass(frozen=True)
class Options:
    source: str | None
    url: str | None
    language: str | None
    dry_run: bool


def ingest_one(path: Path, content: Path, matcher: Matcher, existing: list[Existing], opts: Options) -> list[Diagnostic]:
    shown = display_path(path)
    try:
        raw = path.read_bytes()
        page = read_page(raw, opts.url, opts.source, opts.language)
    except OSError as exc:
        return [error("ingest", f"cannot read the page: {exc.strerror}", Origin(shown, 1), "check the path")]
    except PageError as exc:
        return [error("ingest", str(exc), Origin(shown, 1), exc.hint)]
    found, sha = page.found, hashlib.sha256(raw).hexdigest()
    new = draft(found, page.language, tagged_entities(found, matcher), page.url)
    match = find_existing(existing, new, sha)
    notes: list[str] = []
    if match is not None:
        target, archive = match.path, match.archive or f"sources/{match.path.stem}{suffix(path, page)}"
        base = base_draft(content, match, matcher, opts)
        new = with_provenance(new, archive, sha)
        merged, notes = merge(new, base and with_provenance(base, archive, match.sha256), match.draft)
    else:
        stem = unique_stem(stem_for(found, path.stem), content, existing)
        target, archive = content / "articles" / f"{stem}.md", f"sources/{stem}{suffix(path, page)}"
        merged = with_provenance(new, archive, sha)
    diags = [warning("ingest-field", f"{key}: {why}", Origin(shown, 1), "check the written article and correct it")
             for key, why in found.doubts.items()]
    if found.date is None and not merged.front.get("date"):
        diags.append(warning("ingest-field", "date: no publication date found; written as date: null",
                             Origin(shown, 1), "set it from the page; invoke check reports it as an error until then"))
    if problem := name_conflict(target, merged):
        return diags + [error("ingest", problem, Origin(shown, 1), f"rename {display_path(target)} to match, then ingest again")]
    unchanged = match is not None and merged == match.draft and archived(content, archive) == raw
    print(summary(shown, display_path(target), page, merged, notes, opts.dry_run, unchanged))
    if not opts.dry_run and not unchanged:
        write_atomically({content / archive: raw, target: merged.text().encode("utf-8")})
        existing.append(Existing(target, merged, archive, sha))
    return diags


def tagged_entities(found: Extract, matcher: Matcher) -> list[str]:
    """Registered entities the headline, body, standfirst, captions and credit mention, in order of first mention."""
    seen: dict[str, None] = {}
    for text in [found.title or "", *found.paragraphs, found.standfirst or "", *found.captions, found.credit or ""]:
        for _, _, entity_id in matcher.find(text):
            seen.setdefault(entity_id)
    return list(seen)


def with_provenance(d: Draft, archive: str, sha256: str | None) -> Draft:
    return Draft({**d.front, "provenance": {"archive": archive, "sha256": sha256}}, d.body)


def suffix(path: Path, page: Page) -> str:
    return path.suffix.lower() if path.suffix else (".html" if page.html else ".txt")


def read_existing(content: Path) -> list[Existing]:
    """Every article file under content/articles, read leniently (broken files are check's business)."""
    out = []
    for path in sorted((content / "articles").rglob("*.md")) if (content / "articles").is_dir() else []:
        try:
            front, body, _, diags = split_front_matter(path.read_text(encoding="utf-8"), str(path))
            doc = read_yaml(front, str(path), first_line=2)[0] if not diags else None
        except (OSError, UnicodeDecodeError):
            continue
        if doc is None or not isinstance(doc.data, dict):
            continue
        prov = doc.data.get("provenance") if isinstance(doc.data.get("provenance"), dict) else {}
        out.append(Existing(path, Draft(doc.data, body), prov.get("archive"), prov.get("sha256")))
    return out


def find_existing(existing: list[Existing], new: Draft, sha: str) -> Existing | None:
    """The article this page already became: same raw bytes, same address, or the same headline from the same
    outlet or on the same date."""
    def same(a, b) -> bool:
        return bool(a) and bool(b) and " ".join(str(a).split()).casefold() == " ".join(str(b).split()).casefold()

    for test in (lambda e: e.sha256 == sha,
                 lambda e: same(e.draft.front.get("url"), new.front.get("url")),
                 lambda e: same(e.draft.front.get("title"), new.front.get("title"))
                 and (same(e.draft.front.get("source"), new.front.get("source"))
                      or same(e.draft.front.get("date"), new.front.get("date")))):
        if hit := next((e for e in existing if test(e)), None):
            return hit
    return None


def base_draft(content: Path, match: Existing, matcher: Matcher, opts: Options) -> Draft | None:
    """What ingest made of the previously archived page: the base of the three-way merge."""
    raw = archived(content, match.archive) if match.archive else None
    if raw is None:
        return None
    try:
        page = read_page(raw, opts.url, opts.source, opts.language)
    except PageError:
        return None
    return draft(page.found, page.language, tagged_entities(page.found, matcher), page.url)


def archived(content: Path, archive: str) -> bytes | None:
    try:
        return (content / archive).read_bytes()
    except OSError:
        return None


def unique_stem(stem: str, content: Path, existing: list[Existing]) -> str:
    """The stem, or stem-2, stem-3 … when another article already has it."""
    taken = {e.path.stem.casefold() for e in existing} | {p.stem.casefold() for p in (content / "sources").glob("*")}
    candidate, n = stem, 2
    while candidate.casefold() in taken:
        candidate, n = f"{stem}-{n}", n + 1
    return candidate


def name_conflict(target: Path, merged: Draft) -> str | None:
    """A re-ingested article keeps its file name; refuse when its date now contradicts that name."""
    date = str(merged.front.get("date") or "")
    named = "-".join(p for p in target.stem.split("-")[:3] if p.isdigit())
    if date and named and not date.startswith(named):
        return f"the page's date is now {date}, which contradicts the file name {target.name}"
    return None


def write_atomically(files: dict[Path, bytes]) -> None:
    """Write every file to a temporary name first, then move them all into place."""
    staged = []
    try:
        for path, data in files.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            staged.append((tmp, path))
        for tmp, path in staged:
            os.replace(tmp, path)
    finally:
        for tmp, _ in staged:
            if os.path.exists(tmp):
                os.unlink(tmp)
