"""Render pages with Jinja (autoescape, StrictUndefined); template errors carry file:line."""

from __future__ import annotations

import os
import traceback
from pathlib import Path

import jinja2

from .config import Config
from .diagnostics import Diagnostic, error
from .i18n import Messages
from .load import display_path
from .model import Origin
from .views import Page


def environment(templates: Path, t: Messages) -> jinja2.Environment:
    """A strict, autoescaping Jinja environment with the dossier's message catalogue."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(templates), autoescape=True, undefined=jinja2.StrictUndefined,
        extensions=["jinja2.ext.i18n"], trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )
    env.install_gettext_callables(t.gettext, t.ngettext, newstyle=True)  # type: ignore[attr-defined]
    return env


def site_context(config: Config) -> dict:
    return {"title": config.title, "description": config.description, "language": config.language,
            "base": config.base_path, "public_url": (config.public_url or "").rstrip("/") or None}


def render(pages: list[Page], config: Config, t: Messages) -> tuple[dict[str, bytes], list[Diagnostic]]:
    """Render every page to bytes keyed by output path; gather every template error."""
    env = environment(config.templates, t)
    site = site_context(config)
    out: dict[str, bytes] = {}
    diags: list[Diagnostic] = []
    failed: set[str] = set()
    for page in pages:
        if not page.template:
            out[page.path] = page.context["data"]  # an export (JSON, iCalendar, CSV): bytes made by views
            continue
        if page.template in failed:
            continue
        url = config.base_path + page.path.removesuffix("index.html")
        try:
            html = env.get_template(page.template).render(site=site, url=url, **page.context)
        except (jinja2.TemplateError, TypeError, ValueError, AttributeError, KeyError, IndexError) as exc:
            failed.add(page.template)  # a runtime error in template code ("'…' object is not iterable") too
            diags.append(template_error(exc, config.templates, page.template))
            continue
        out[page.path] = html.encode("utf-8")
    return out, diags


def template_error(exc: Exception, templates: Path, name: str) -> Diagnostic:
    """Point at the template line that failed, from the exception or Jinja's rewritten traceback."""
    if isinstance(exc, jinja2.TemplateSyntaxError) and exc.filename:
        where = Origin(display_path(Path(exc.filename)), exc.lineno or 1)
    else:
        root = os.path.realpath(templates)
        frames = [f for f in traceback.extract_tb(exc.__traceback__)
                  if os.path.realpath(f.filename).startswith(root + os.sep)]
        where = (Origin(display_path(Path(frames[-1].filename)), frames[-1].lineno or 1) if frames
                 else Origin(display_path(templates / name), 1))
    if isinstance(exc, jinja2.TemplateNotFound):
        return error("template", f'template "{exc.name}" not found', where,
                     f"create {display_path(templates / str(exc.name))}")
    return error("template", f"{type(exc).__name__}: {getattr(exc, 'message', None) or exc}", where,
                 "fix the template; every variable a template uses must come from views.py")
