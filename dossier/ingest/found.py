"""What ingest found on a page, and the hints that page metadata or the editor give."""

from __future__ import annotations

from dataclasses import dataclass, field

from .dates import FoundDate


@dataclass(frozen=True)
class Hints:
    """What the page's metadata or the editor already tell: they win over guesses from the text."""

    title: str | None = None
    date: FoundDate | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    editor: str | None = None
    credit: str | None = None
    dateline: str | None = None
    standfirst: str | None = None  # the whole page's standfirst, when the text given is only its article
    captions: tuple[str, ...] = ()
    subheads: tuple[str, ...] = ()  # headings the markup sets inside the article
    section: str | None = None  # the page's section ("عربي ودولي", "Politik"): never a byline
    shown_date: FoundDate | None = None  # the date line of the whole page, when the text given is only its article


@dataclass
class Extract:
    """What ingest found on one page; None means not found. `doubts` names fields an editor should check."""

    title: str | None = None
    date: FoundDate | None = None
    source: str | None = None
    dateline: str | None = None
    author: str | None = None
    editor: str | None = None
    credit: str | None = None
    standfirst: str | None = None
    captions: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    headings: set[str] = field(default_factory=set)  # the paragraphs that are subheadings
    removed: list[tuple[str, str]] = field(default_factory=list)  # (why, text)
    doubts: dict[str, str] = field(default_factory=dict)  # field → why it is uncertain
    brand: str | None = None  # how the page names its outlet in a dateline or date line
    wire: str | None = None   # an agency named in the dateline
    dated: FoundDate | None = None  # a date written in the dateline ("МИНСК, 28 ноября 2024, 14:05 — …")

    def remove(self, why: str, text: str) -> None:
        self.removed.append((why, text))

