"""Command line: python -m dossier build | check | ingest | serve | publish | clean. The only place that exits."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .diagnostics import Diagnostic, Severity, error, has_errors, sort_key
from .model import Origin


def report(diagnostics: list[Diagnostic], strict: bool = False) -> int:
    """Print diagnostics sorted by file and line; return the exit status."""
    github = os.environ.get("GITHUB_ACTIONS") == "true"
    for d in sorted(diagnostics, key=sort_key):
        print(d.format(), file=sys.stderr)
        if github:
            print(d.github(), file=sys.stderr)
    errors = sum(d.severity is Severity.ERROR for d in diagnostics)
    warnings = len(diagnostics) - errors
    if errors or warnings:
        print(f"{errors} error(s), {warnings} warning(s)", file=sys.stderr)
    return 1 if has_errors(diagnostics) or (strict and warnings) else 0


def configure(args: argparse.Namespace):
    from .config import load_config

    config, diags = load_config(Path(args.config), getattr(args, "base_path", None))
    return config, diags


def cmd_build(args: argparse.Namespace) -> int:
    from .build import build

    config, diags = configure(args)
    if config is None:
        return report(diags)
    result = build(config, search=not args.no_search, strict=args.strict)
    status = report(diags + result.diagnostics, args.strict)
    if status == 0:
        print(f"built {result.pages} pages into {config.output} (base path {config.base_path})")
    return status


def cmd_check(args: argparse.Namespace) -> int:
    from .build import check

    config, diags = configure(args)
    if config is None:
        return report(diags)
    result = check(config, args.strict)
    status = report(diags + result.diagnostics, args.strict)
    if status == 0 and result.dossier is not None:
        d = result.dossier
        print(f"ok: {len(d.articles)} articles, {len(d.entities)} entities, {len(d.mentions)} mentions, "
              f"{len(d.annotations)} annotations, {len(d.events)} events ({len(d.anchors)} passages anchored)")
    return status


def cmd_ingest(args: argparse.Namespace) -> int:
    from .config import load_config
    from .ingest import ingest

    config, _ = load_config(Path(args.config)) if Path(args.config).is_file() else (None, [])
    return report(ingest(args.paths, Path(args.content), args.source, args.url, args.dry_run,
                         config.language if config else None))


def cmd_serve(args: argparse.Namespace) -> int:
    from .serve import serve

    config, diags = configure(args)
    if config is None:
        return report(diags)
    return serve(config, args.host, args.port, report, watch=not args.no_watch)


def cmd_publish(args: argparse.Namespace) -> int:
    from .publish import publish

    config, diags = configure(args)
    if config is None:
        return report(diags)
    return report(publish(config, args.remote or config.publish_remote, args.branch or config.publish_branch,
                          args.dry_run, args.message))


def cmd_clean(args: argparse.Namespace) -> int:
    import shutil

    config, diags = configure(args)
    if config is None:
        return report(diags)
    for path in [config.output, *config.output.parent.glob(f".{config.output.name}.*")]:
        shutil.rmtree(path, ignore_errors=True)
    print(f"removed {config.output}")
    return 0


def cmd_entities(args: argparse.Namespace) -> int:
    from .build import check
    from .entity_report import format_suggestions, format_usage, usage
    from .resolve import Matcher
    from .suggest import suggest

    config, diags = configure(args)
    if config is None:
        return report(diags)
    result = check(config)
    if result.dossier is None:
        return report(diags + result.diagnostics)
    dossier = result.dossier
    if args.suggest:
        found = suggest(dossier, Matcher(list(dossier.entities.values())), result.files, args.min_count)
        print(format_suggestions(found[:args.limit], len(found)))
    else:
        rows = usage(dossier)
        print(format_usage(rows[:args.limit], len(rows)))
    return 0


def cmd_annotate(args: argparse.Namespace) -> int:
    from .scaffold import Request, annotate

    config, diags = configure(args)
    if config is None:
        return report(diags)
    request = Request(args.article, args.quote, args.prefix, args.suffix, args.motivation, args.author, args.id,
                      tuple(args.source or ()), args.title)
    path, diags = annotate(config.content, request)
    if path is None:
        return report(diags)
    print(f"wrote {path}: replace each TODO with your note, title and sources, then run: invoke check --strict")
    return 0


def cmd_chronology(args: argparse.Namespace) -> int:
    from slugify import slugify

    from .build import check
    from .mentioned import event_file, format_candidates, suggest

    config, diags = configure(args)
    if config is None:
        return report(diags)
    result = check(config)
    if result.dossier is None:
        return report(diags + result.diagnostics)
    dossier = result.dossier
    if not args.suggest:
        from .chronicle import chronicle

        for period in chronicle(dossier):
            for e in period.entries:
                print(f"{e.when.iso:<23} {e.kind:<10} {e.id}")
        return 0
    found = suggest(dossier)
    if args.event is None:
        print(format_candidates(found, dossier))
        return 0
    if not 1 <= args.event <= len(found):
        return report([error("bad-field", f"there is no candidate {args.event}", Origin("<command line>", 1),
                             f"choose a number from 1 to {len(found)}: invoke chronology --suggest")])
    c = found[args.event - 1]
    ident = slugify(f"{c.when.iso if c.when else 'undated'} {c.words}", max_length=60) or "event"
    path = config.content / "events" / f"{ident}.md"
    if path.exists():
        return report([error("duplicate-id", f'event "{ident}" already exists', Origin(str(path), 1), "edit that file")])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(event_file(c, dossier.articles[c.article], ident), encoding="utf-8")
    print(f"wrote {path}: write its title and description, check its date and entities, then: invoke check --strict")
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    from .bench import matching

    print(matching(args.articles, args.entities, args.aliases))
    return 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="dossier", description="Build annotated, searchable news dossiers.")
    p.add_argument("--config", default="config.yaml", help="path of config.yaml (default: ./config.yaml)")
    sub = p.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="build the site into the output folder")
    b.add_argument("--base-path", help="URL path the site is served under, e.g. /REPO/ (overrides config.yaml)")
    b.add_argument("--strict", action="store_true", help="treat warnings as errors")
    b.add_argument("--no-search", action="store_true", help="skip the Pagefind search index")
    b.set_defaults(run=cmd_build)
    c = sub.add_parser("check", help="validate the content; write nothing")
    c.add_argument("--strict", action="store_true", help="treat warnings as errors")
    c.set_defaults(run=cmd_check)
    i = sub.add_parser("ingest", help="convert raw scraped pages into article files")
    i.add_argument("paths", nargs="+", help="raw pages (text dumps or saved HTML), folders of them, or glob patterns")
    i.add_argument("--content", default="content", help="content folder to write into (default: content)")
    i.add_argument("--source", help="outlet name, when the page does not show it clearly")
    i.add_argument("--url", help="original address of the page")
    i.add_argument("--dry-run", action="store_true", help="show what would be written; write nothing")
    i.set_defaults(run=cmd_ingest)
    s = sub.add_parser("serve", help="preview the site under its base path, rebuilding on change")
    s.add_argument("--base-path", help="URL path to serve under (overrides config.yaml)")
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--no-watch", action="store_true", help="serve the current build without rebuilding")
    s.set_defaults(run=cmd_serve)
    u = sub.add_parser("publish", help="commit the built site to the gh-pages branch and push it")
    u.add_argument("--remote", help="git remote name, URL or path (default: config.yaml publish.remote)")
    u.add_argument("--branch", help="branch to publish to (default: config.yaml publish.branch)")
    u.add_argument("--message", help="commit message")
    u.add_argument("--dry-run", action="store_true", help="show what would be pushed; push nothing")
    u.set_defaults(run=cmd_publish)
    k = sub.add_parser("clean", help="remove the output folder")
    k.set_defaults(run=cmd_clean)
    e = sub.add_parser("entities", help="list the registered entities with their mentions, or suggest new ones")
    e.add_argument("--suggest", action="store_true", help="list names in the articles that no entity registers")
    e.add_argument("--min-count", type=int, default=1, help="with --suggest: only names seen at least N times")
    e.add_argument("--limit", type=int, help="show at most N rows")
    e.set_defaults(run=cmd_entities)
    a = sub.add_parser("annotate", help="check a quote and scaffold an annotation file for it")
    a.add_argument("article", help="the article's id (its file name, with or without .md)")
    a.add_argument("--quote", required=True, help="the passage, copied exactly from the article")
    a.add_argument("--prefix", help="words just before the quote, when it occurs more than once")
    a.add_argument("--suffix", help="words just after the quote, when it occurs more than once")
    a.add_argument("--motivation", default="commenting", help="why: assessing, correcting, describing, commenting …")
    a.add_argument("--author", help="your GitHub handle (default: $GITHUB_ACTOR or git config github.user)")
    a.add_argument("--id", help="the annotation's id (default: from the quote)")
    a.add_argument("--title", help="a short headline for the note")
    a.add_argument("--source", action="append", help="a source's address (repeat for several)")
    a.set_defaults(run=cmd_annotate)
    h = sub.add_parser("chronology", help="list the chronology, or the dates the articles mention (--suggest)")
    h.add_argument("--suggest", action="store_true", help="list dates mentioned in the articles as candidate events")
    h.add_argument("--event", type=int, help="with --suggest: write an event file for candidate N")
    h.set_defaults(run=cmd_chronology)
    m = sub.add_parser("bench-matching", help="time mention matching on a synthetic dossier; prints figures")
    m.add_argument("--articles", type=int, default=10_000)
    m.add_argument("--entities", type=int, default=2_000)
    m.add_argument("--aliases", type=int, default=5, help="spellings per entity (1-6)")
    m.set_defaults(run=cmd_bench)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
