"""Read the content folder into SourceFiles: the only stage that reads content from disk."""

from __future__ import annotations

import os
from pathlib import Path

from .diagnostics import Diagnostic, error
from .model import Origin, SourceFile

KINDS = {"article": "articles", "entity": "entities", "annotation": "annotations", "event": "events",
         "source": "sources"}


def display_path(path: Path) -> str:
    """Path as shown in diagnostics: relative to the working folder when inside it."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


def load(content: Path) -> tuple[list[SourceFile], list[Diagnostic]]:
    """Read every article, entity, annotation, event and archived source under the content folder, in name order."""
    if not content.is_dir():
        return [], [error("config", f"content folder {display_path(content)} does not exist",
                          Origin(display_path(content), 1), "create it, or set 'content' in config.yaml")]
    files: list[SourceFile] = []
    for kind, folder in KINDS.items():
        base = content / folder
        if not base.is_dir():
            continue
        pattern = "*" if kind == "source" else "*.md"
        for path in sorted(p for p in base.rglob(pattern) if p.is_file()):
            name = path.relative_to(base).as_posix()
            files.append(SourceFile(kind, display_path(path), name, path.read_bytes()))
    return files, []
