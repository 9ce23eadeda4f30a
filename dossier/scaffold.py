"""`annotate`: check a quote against its article and scaffold an annotation file for a contributor to complete."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path, PurePosixPath

import yaml
from slugify import slugify

from .anchor import BREAK, Text, find_quote
from .annotation_views import MOTIVATIONS
from .diagnostics import Diagnostic, error, suggest
from .load import display_path
from .model import Origin

TODO = "TODO"  # what `check` warns about until the contributor replaces it


@dataclass(frozen=True)
class Request:
    article: str  # id or path of the article file
    quote: str
    prefix: str | None = None
    suffix: str | None = None
    motivation: str = "commenting"
    author: str | None = None
    ident: str | None = None
    sources: tuple[str, ...] = ()
    title: str | None = None


def annotate(content: Path, request: Request) -> tuple[Path | None, list[Diagnostic]]:
    """Write content/annotations/<id>.md for the quote, if the quote is in the article exactly once."""
    from .parse import parse_article
    from .load import load

    here = Origin("<command line>", 1)
    if request.motivation not in MOTIVATIONS:
        return None, [error("bad-field", f'unknown motivation "{request.motivation}"', here,
                            suggest(request.motivation, list(MOTIVATIONS)) or f"use one of {', '.join(MOTIVATIONS)}")]
    files, diags = load(content)
    articles = {PurePosixPath(f.name).stem: f for f in files if f.kind == "article"}
    stem = PurePosixPath(request.article).stem
    if stem not in articles:
        return None, diags + [error("unknown-article", f'unknown article "{request.article}"', here,
                                    suggest(stem, list(articles)) or "give an article's file name, with or without .md")]
    article, problems = parse_article(articles[stem])
    if article is None:
        return None, problems
    problem = check_quote(Text.of(article.body), request, stem, here)
    if problem:
        return None, [problem]
    author = request.author or github_user()
    if not author:
        return None, [error("missing-field", "who is the author?", here,
                            "pass --author YOUR_GITHUB_HANDLE (or set: git config --global github.user HANDLE)")]
    folder = content / "annotations"
    ident = request.ident or unique_id(folder, request.quote)
    path = folder / f"{ident}.md"
    if path.exists():
        return None, [error("duplicate-id", f'annotation "{ident}" already exists', Origin(display_path(path), 1),
                            "choose another --id")]
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(scaffold(request, stem, author, ident), encoding="utf-8")
    return path, []


def check_quote(text: Text, request: Request, stem: str, here: Origin) -> Diagnostic | None:
    """The quote must be in the article's text exactly, once (told apart by prefix and suffix)."""
    found = find_quote(text, request.quote, request.prefix, request.suffix, min_score=101)
    if found.candidates:
        options = "; ".join(context_flag(text, s, e) for s, e in found.candidates)
        return error("anchor-ambiguous", f'the quote occurs {len(found.candidates)} times in "{stem}"', here,
                     f"tell which with one of: {options}")
    if found.end <= found.start:
        close = find_quote(text, request.quote, request.prefix, request.suffix, min_score=0)
        hint = "copy the words exactly from the article"
        if close.end > close.start:
            hint = f'the closest passage is "{text.folded[close.start:close.end]}"; copy it exactly'
        return error("anchor-not-found", f'the quote is not in "{stem}"', here, hint)
    return None


def context_flag(text: Text, start: int, end: int, count: int = 4) -> str:
    """--prefix with the words before a candidate, or --suffix with those after it when none come before."""
    flat = text.folded.replace(BREAK, " ")
    before = flat[max(0, start - 120):start].split()[-count:]
    if before:
        return '--prefix "' + " ".join(before) + '"'
    return '--suffix "' + " ".join(flat[end:end + 120].split()[:count]) + '"'


def unique_id(folder: Path, quote: str) -> str:
    base = slugify(quote, max_length=50, word_boundary=True) or "note"
    ident, n = base, 2
    while (folder / f"{ident}.md").exists():
        ident, n = f"{base}-{n}", n + 1
    return ident


def github_user() -> str | None:
    """The contributor's GitHub handle: $GITHUB_ACTOR, else `git config github.user`."""
    if os.environ.get("GITHUB_ACTOR"):
        return os.environ["GITHUB_ACTOR"]
    try:
        done = subprocess.run(["git", "config", "github.user"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout.strip() or None


def today() -> str:
    """The date to write as `created` (SOURCE_DATE_EPOCH when set, for reproducible runs)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    now = datetime.fromtimestamp(int(epoch), timezone.utc) if epoch else datetime.now(timezone.utc)
    return now.date().isoformat()


def scaffold(request: Request, article: str, author: str, ident: str) -> str:
    """The file's text: valid front matter with TODO markers where only the contributor can write."""
    target = {"article": article, "quote": request.quote}
    target |= {k: v for k, v in (("prefix", request.prefix), ("suffix", request.suffix)) if v}
    front = {"id": ident, "title": request.title or f"{TODO}: a short headline for the note", "target": target,
             "motivation": request.motivation, "author": author, "created": today()}
    front["sources"] = [{"url": url, "title": f"{TODO}: the source's title", "accessed": today()}
                        for url in request.sources] or [{"url": "https://example.org/TODO",
                                                         "title": f"{TODO}: the source's title"}]
    text = yaml.safe_dump(front, sort_keys=False, allow_unicode=True, width=1000)
    return (f"---\n{text}---\n{TODO}: write the note in Markdown. What should a reader know about this passage, "
            "and how do the sources show it?\n")
