"""Diagnostics as values: what went wrong, where, and how to fix it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from .model import Origin

CODES: dict[str, str] = {
    "config": "config.yaml is malformed or has a wrong value.",
    "encoding": "A content file is not valid UTF-8 text.",
    "front-matter": "A content file's YAML front matter is missing or malformed.",
    "missing-field": "A required front-matter field is missing or empty.",
    "bad-field": "A front-matter field has the wrong type or an invalid value.",
    "unknown-field": "A front-matter key is not part of the content model (warning).",
    "bad-date": "A date is not ISO 8601, has a time without a zone, or is impossible.",
    "missing-date": "No publication date: ingest could not find one; an editor must set it.",
    "bad-filename": "A file name does not follow the naming rule for its kind.",
    "unknown-entity": "An article lists an entity id that is not in the registry.",
    "duplicate-id": "Two files declare the same id or slug.",
    "duplicate-alias": "Two entities share an alias not marked shared, so mentions would be ambiguous.",
    "ambiguous-mention": "A shared alias in the text names none or several of the article's listed entities (warning).",
    "entity-unlisted": "The text mentions a registered entity the article does not list (warning).",
    "entity-unmentioned": "The article lists an entity its text never mentions (warning).",
    "unknown-article": "An annotation targets an article id that does not exist.",
    "anchor-not-found": "An annotation's quote is no longer in its article, not even approximately: it is orphaned.",
    "anchor-ambiguous": "An annotation's quote occurs more than once and its prefix/suffix do not tell which.",
    "anchor-moved": "An annotation's quote changed in the article and was re-anchored by fuzzy matching (warning).",
    "placeholder": "An annotation still has the TODO markers its scaffold wrote (warning; check --strict fails).",
    "provenance": "The archived raw page is missing or its sha256 does not match.",
    "template": "A Jinja template failed to compile or render.",
    "search-index": "Pagefind failed to index the rendered site.",
    "output": "The output directory could not be written.",
    "ingest": "A raw page could not be ingested.",
    "ingest-field": "Ingest could not extract a field with confidence (warning).",
    "publish": "Publishing the built site with git failed.",
}


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    severity: Severity
    code: str
    message: str
    origin: Origin | None = None
    hint: str | None = None

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"undocumented diagnostic code {self.code!r}")

    def format(self) -> str:
        """Render as `path:line:col: error[code]: message` plus an indented hint."""
        where = f"{self.origin}: " if self.origin else ""
        text = f"{where}{self.severity.value}[{self.code}]: {self.message}"
        return text + (f"\n  hint: {self.hint}" if self.hint else "")

    def github(self) -> str:
        """Render as a GitHub Actions workflow command, shown inline on pull requests."""
        props = ""
        if self.origin:
            props = f" file={self.origin.path},line={self.origin.line},col={self.origin.col}"
        message = self.message + (f" (hint: {self.hint})" if self.hint else "")
        return f"::{self.severity.value}{props},title={self.code}::{message}"


def error(code: str, message: str, origin: Origin | None = None, hint: str | None = None) -> Diagnostic:
    """Make an error diagnostic."""
    return Diagnostic(Severity.ERROR, code, message, origin, hint)


def warning(code: str, message: str, origin: Origin | None = None, hint: str | None = None) -> Diagnostic:
    """Make a warning diagnostic."""
    return Diagnostic(Severity.WARNING, code, message, origin, hint)


def has_errors(diagnostics: list[Diagnostic] | tuple[Diagnostic, ...]) -> bool:
    """Tell whether any diagnostic is an error."""
    return any(d.severity is Severity.ERROR for d in diagnostics)


def sort_key(d: Diagnostic) -> tuple:
    """Order diagnostics by file, line and column."""
    o = d.origin
    return (o.path, o.line, o.col) if o else ("", 0, 0)


def suggest(word: str, choices: list[str] | tuple[str, ...], cutoff: float = 0.5) -> str | None:
    """Return a 'did you mean' hint for the closest choice, if any is close."""
    import difflib

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=cutoff)
    if not close:
        lowered = {c.lower(): c for c in choices}
        close = [c for w, c in lowered.items() if word.lower() in w][:1]
    return f'did you mean "{close[0]}"?' if close else None
