"""The spine: load → parse → resolve → anchor → quotes → chronicle → views → render → index → write."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import anchor, chronicle, index, load, parse, quotes, render, resolve, views, webanno, write
from .config import Config
from .diagnostics import Diagnostic, error, has_errors
from .i18n import messages
from .model import Dossier, Origin, SourceFile


@dataclass
class Result:
    diagnostics: list[Diagnostic] = field(default_factory=list)
    dossier: Dossier | None = None
    files: list[SourceFile] = field(default_factory=list)
    pages: int = 0
    strict: bool = False

    @property
    def ok(self) -> bool:
        """No errors (and, when strict, no warnings either)."""
        return not (self.diagnostics if self.strict else has_errors(self.diagnostics))


def check(config: Config, strict: bool = False) -> Result:
    """Load, parse, resolve and anchor the content; write nothing."""
    result = Result(strict=strict)
    files, diags = load.load(config.content)
    result.diagnostics += diags
    if not result.ok:
        return result
    dossier, diags = parse.parse(files)
    result.diagnostics += diags
    if not result.ok:
        return result
    dossier, diags = resolve.resolve(dossier)
    result.diagnostics += diags
    dossier, diags = anchor.anchor(dossier)
    result.diagnostics += diags
    result.dossier = quotes.quotations(dossier) if result.ok else None
    result.files = files
    return result


def site_files(config: Config, dossier: Dossier, files: list[SourceFile]) -> tuple[dict[str, bytes], list[Diagnostic]]:
    """Render the whole site in memory: pages, static assets and archived sources."""
    t = messages(config.language)
    pages = views.views(dossier, chronicle.chronicle(dossier), config, t)
    rendered, diags = render.render(pages, config, t)
    static = config.templates / "static"
    assets = {f"static/{p.relative_to(static).as_posix()}": p.read_bytes()
              for p in sorted(static.rglob("*")) if p.is_file()} if static.is_dir() else {}
    sources = {views.source_output(f"sources/{f.name}"): f.data for f in files if f.kind == "source"}
    exports = {"annotations.jsonld": webanno.export(dossier, config)}
    return {**sources, **assets, **rendered, **exports}, diags


def build(config: Config, search: bool = True, strict: bool = False) -> Result:
    """Build the site into config.output; on any error the previous output is untouched."""
    result = check(config, strict)
    if not result.ok:
        return result
    files, diags = site_files(config, result.dossier, result.files)
    result.diagnostics += diags
    if not result.ok:
        return result
    staging = write.stage(config.output)
    try:
        write.write(staging, files)
        pages = {p: b for p, b in files.items() if p.endswith(".html")}
        result.diagnostics += index.index(pages, staging) if search else []
        if result.ok:
            write.commit(staging, config.output)
            result.pages = len(pages)
    except (OSError, write.UnsafePath) as exc:
        result.diagnostics.append(error("output", f"cannot write the site: {exc}", Origin(str(config.output), 1)))
    finally:
        if staging.exists():
            write.abort(staging)
    return result

