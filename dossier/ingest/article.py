"""Turn an extract into an article file, and merge a re-ingested page with the editor's version of it."""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml
from slugify import slugify

from .found import Extract

ORDER = ("title", "date", "date_note", "source", "url", "language", "dateline", "author", "editor", "credit",
         "standfirst", "captions", "entities", "provenance")
ALWAYS = ("title", "date", "source")  # written even when empty, so check reports them until an editor fills them
NEEDS_EDITOR = "  # not found on the page: an editor must set it"


@dataclass(frozen=True)
class Draft:
    """An article as fields plus Markdown body."""

    front: dict
    body: str

    def text(self) -> str:
        """The file's bytes-to-be: YAML front matter between fences, then the body."""
        front = yaml.safe_dump(self.front, sort_keys=False, allow_unicode=True, width=1000)
        front = re.sub(rf"^({'|'.join(ALWAYS)}): null$", rf"\1: null{NEEDS_EDITOR}", front, flags=re.MULTILINE)
        return f"---\n{front}---\n{self.body}"


def draft(found: Extract, language: str, entities: list[str], url: str | None) -> Draft:
    """The article ingest would write for this extract (before provenance and merging)."""
    fields = {"title": found.title, "date": found.date.value if found.date else None, "source": found.source,
              "url": url, "language": language, "dateline": found.dateline, "author": found.author,
              "editor": found.editor, "credit": found.credit, "standfirst": found.standfirst,
              "captions": found.captions or None, "entities": entities}
    body = "\n\n".join(("## " if p in found.headings else "") + escape_markdown(p) for p in found.paragraphs) + "\n"
    return Draft(ordered(fields), body)


def ordered(fields: dict) -> dict:
    """Known keys in the usual order, empty ones left out (except the required ones), unknown keys after."""
    out = {k: fields[k] for k in ORDER if k in fields and (fields[k] is not None or k in ALWAYS)}
    out.update({k: v for k, v in fields.items() if k not in ORDER})
    return out


def merge(new: Draft, base: Draft | None, ours: Draft | None) -> tuple[Draft, list[str]]:
    """Three-way merge: the page's new extract, what ingest made of the old page, and the editor's file.

    A field the editor changed keeps the editor's value; every other field follows the page. For lists the
    editor's additions and removals are applied to the new list. Returns the merged draft and notes.
    """
    if ours is None:
        return new, []
    base = base or Draft({}, "")
    notes, fields = [], {}
    for key in dict.fromkeys([*new.front, *ours.front]):
        mine, old, theirs = ours.front.get(key), base.front.get(key), new.front.get(key)
        if key == "provenance":
            fields[key] = theirs
        elif isinstance(theirs, list) and isinstance(mine, list) and isinstance(old, list):
            fields[key] = [x for x in theirs if x not in old or x in mine] + [x for x in mine if x not in old and x not in theirs]
        elif mine != old and (key in ours.front):
            fields[key] = mine
            if theirs != old and theirs != mine:
                notes.append(f"kept the editor's {key} ({mine!r}); the page now gives {theirs!r}")
        else:
            fields[key] = theirs
    body = new.body
    if ours.body != base.body:
        if new.body == base.body:
            body = ours.body
        elif ours.body != new.body:
            notes.append("the page's text changed and so had the editor's: the body now follows the page "
                         "(the editor's version is in git history)")
    return Draft(ordered(fields), body), notes


def stem_for(found: Extract, fallback: str) -> str:
    """<date at its precision>-<slug of the headline>, as parse expects; "undated-…" until a date is set."""
    prefix = found.date.value[:10] if found.date else "undated"
    slug = slugify(found.title or "", max_length=60, word_boundary=True, save_order=True) or slugify(fallback, max_length=60) or "article"
    return f"{prefix}-{slug}"


def escape_markdown(text: str) -> str:
    """Escape characters that Markdown would read as markup in plain article text."""
    text = text.replace("\\", "\\\\")
    for ch in "`*_[]<>|":
        text = text.replace(ch, "\\" + ch)
    if text[:1] in "#>+-=":
        return "\\" + text
    return re.sub(r"^(\d{1,9})([.)])(?=\s|$)", r"\1\\\2", text)
