"""Tasks for the dossier: `invoke --list` explains each. All logic lives in the dossier package."""

import shlex
import subprocess
import sys

from invoke import Exit, task

PYTHON = shlex.quote(sys.executable)  # the interpreter running invoke, so an unactivated venv works too
PY = f"{PYTHON} -m dossier"


def sh(command: str) -> None:
    """Run a command with this terminal as its output; a failure exits with its code. (invoke's c.run decodes
    output in chunks and breaks characters of several bytes into "��": pyinvoke/invoke#438.)"""
    code = subprocess.call(command, shell=True)
    if code:
        raise Exit(code=code)


@task(help={"base_path": "URL path the site is served under, e.g. /REPO/ (default: config.yaml)",
            "strict": "treat warnings as errors"})
def build(c, base_path=None, strict=False):
    """Build the site into build/ (pages, search index); the old build survives any error."""
    sh(f"{PY} build" + (f" --base-path {shlex.quote(base_path)}" if base_path else "") + (" --strict" if strict else ""))


@task(help={"strict": "treat warnings as errors"})
def check(c, strict=False):
    """Validate content, entities and references; write nothing."""
    sh(f"{PY} check" + (" --strict" if strict else ""))


@task(help={"path": "raw page (text dump or saved HTML), a folder of pages, or a quoted glob; more after --",
            "source": "outlet name, when the page does not show it", "url": "original address of the page",
            "content": "content folder (default: content)", "dry_run": "show what would be written; write nothing"})
def ingest(c, path, source=None, url=None, content="content", dry_run=False):
    """Convert raw scraped pages into clean article files: invoke ingest PAGE [-- MORE PAGES…]."""
    paths = " ".join(shlex.quote(p) for p in [path, *shlex.split(c.remainder)])
    opts = (f" --source {shlex.quote(source)}" if source else "") + (f" --url {shlex.quote(url)}" if url else "")
    sh(f"{PY} ingest {paths} --content {shlex.quote(content)}{opts}" + (" --dry-run" if dry_run else ""))


@task(iterable=["source"],
      help={"article": "the article's id (its file name, with or without .md)",
            "quote": "the passage, copied exactly from the article", "prefix": "words just before the quote, "
            "when it occurs more than once", "suffix": "words just after the quote", "motivation": "assessing, "
            "correcting, describing, commenting, questioning … (default commenting)", "author": "your GitHub handle",
            "id": "the annotation's id (default: from the quote)", "title": "a short headline for the note",
            "source": "a source's address (repeat the flag for several)"})
def annotate(c, article, quote, prefix=None, suffix=None, motivation="commenting", author=None, id=None, title=None,
             source=None):
    """Check a quote against its article and scaffold content/annotations/<id>.md to complete."""
    opts = [("--prefix", prefix), ("--suffix", suffix), ("--motivation", motivation), ("--author", author),
            ("--id", id), ("--title", title), *(("--source", s) for s in source or [])]
    flags = "".join(f" {flag} {shlex.quote(value)}" for flag, value in opts if value)
    sh(f"{PY} annotate {shlex.quote(article)} --quote {shlex.quote(quote)}{flags}")


@task(help={"suggest": "list the dates the articles mention, as candidate events",
            "event": "with --suggest: write an event file for candidate N"})
def chronology(c, suggest=False, event=None):
    """List the chronology; --suggest lists dates mentioned in the articles; --event N confirms one."""
    sh(f"{PY} chronology" + (" --suggest" if suggest else "") + (f" --event {int(event)}" if event else ""))


@task(help={"port": "port on 127.0.0.1 (default 8000)", "base_path": "URL path to serve under (default: config.yaml)"})
def serve(c, port=8000, base_path=None):
    """Preview at http://127.0.0.1:PORT/<base path>/, rebuilding when content or templates change."""
    sh(f"{PY} serve --port {port}" + (f" --base-path {shlex.quote(base_path)}" if base_path else ""))


@task(help={"remote": "git remote name, URL or path (default: config.yaml)", "branch": "branch (default: gh-pages)",
            "dry_run": "show what would be pushed; push nothing"})
def publish(c, remote=None, branch=None, dry_run=False):
    """Commit build/ (with .nojekyll) to the gh-pages branch and push it."""
    opts = (f" --remote {remote}" if remote else "") + (f" --branch {branch}" if branch else "")
    sh(f"{PY} publish{opts}" + (" --dry-run" if dry_run else ""))


@task(help={"k": "only tests matching this pytest -k expression"})
def test(c, k=None):
    """Run the test suite (unit, golden, CLI and headless-Chromium tests)."""
    sh(f"{PYTHON} -m pytest -q" + (f" -k '{k}'" if k else ""))


@task
def golden(c):
    """Regenerate tests/golden/ from tests/fixtures/; review the diff before committing."""
    sh(f"{PYTHON} -m tests.golden")


@task
def clean(c):
    """Remove build/ and any leftover staging folders."""
    sh(f"{PY} clean")


@task(help={"suggest": "list names in the articles that look like entities but are not registered",
            "min_count": "with --suggest: only names seen at least N times (default 1)",
            "limit": "show at most N rows (default: all)"})
def entities(c, suggest=False, min_count=1, limit=0):
    """List the registered entities with their mentions; --suggest lists unregistered names."""
    opts = f" --suggest --min-count {shlex.quote(str(min_count))}" if suggest else ""
    sh(f"{PY} entities{opts}" + (f" --limit {shlex.quote(str(limit))}" if limit else ""))


@task(help={"articles": "articles in the synthetic dossier (default 10000)", "entities": "entities (default 2000)",
            "aliases": "spellings per entity, 1-6 (default 5)"})
def bench_matching(c, articles=10_000, entities=2_000, aliases=5):
    """Time mention matching (Aho-Corasick over every alias) on a synthetic dossier; prints the figures."""
    sh(f"{PY} bench-matching --articles {int(articles)} --entities {int(entities)} --aliases {int(aliases)}")
