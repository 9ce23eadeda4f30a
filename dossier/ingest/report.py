"""What ingest tells the editor about each page: fields found, fields in doubt, lines removed."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import Page
    from .article import Draft

FIELDS = (("title", "title"), ("date", "date"), ("source", "outlet"), ("language", "language"),
          ("dateline", "dateline"), ("author", "author"), ("editor", "editor"), ("credit", "credit"),
          ("standfirst", "standfirst"))
WIDTH = 110


def summary(shown: str, target: str, page: Page, merged: Draft, notes: list[str], dry_run: bool,
            unchanged: bool) -> str:
    """A readable account of one page: '?' marks a field to check, '✗' one not found."""
    found, front = page.found, merged.front
    state = "dry run: nothing written" if dry_run else "unchanged" if unchanged else "written"
    lines = [f"{shown} → {target} ({state})"]
    for key, label in FIELDS:
        value = front.get(key)
        mark = "✗" if value is None and key in ("title", "date", "source") else "?" if key in found.doubts else " "
        shown_value = "NOT FOUND: an editor must set it" if mark == "✗" else "-" if value is None else str(value)
        if key == "date" and found.date is not None and value is not None:
            shown_value += f"   from {found.date.line!r}"
        lines.append(clip(f"  {mark} {label:<11} {shown_value}"))
    captions = front.get("captions") or []
    lines.append(f"  {'?' if 'captions' in found.doubts else ' '} {'captions':<11} {len(captions)}")
    lines += [clip(f"      - {c}") for c in captions]
    lines.append(clip(f"    {'entities':<11} {', '.join(front.get('entities') or []) or '-'}"))
    kind = "HTML page" if page.html else "text page"
    lines.append(f"    {'body':<11} {len(merged.body.split(chr(10) * 2))} paragraphs (from a {page.encoding} {kind})")
    counts = Counter(why for why, _ in found.removed)
    lines.append(f"    {'removed':<11} {len(found.removed)} lines"
                 + (": " + ", ".join(f"{n} {why}" for why, n in counts.most_common()) if counts else ""))
    lines += [clip(f"      - [{why}] {text}") for why, text in found.removed]
    lines += [clip(f"  ? {key}: {why}") for key, why in found.doubts.items()]
    lines += [clip(f"  ! {note}") for note in notes]
    return "\n".join(lines)


def clip(text: str) -> str:
    return text if len(text) <= WIDTH else text[: WIDTH - 1] + "…"
