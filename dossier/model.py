"""The dossier model: immutable, keyed by explicit ids, located in its source files."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from enum import Enum
from types import MappingProxyType
from typing import Mapping

ArticleId = str
EntityId = str


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a value was read: a display path and a 1-based line and column."""

    path: str
    line: int = 1
    col: int = 1

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}"


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file read from the content folder, before parsing."""

    kind: str  # "article", "entity", "annotation", "event" or "source"
    path: str  # display path, e.g. content/articles/x.md
    name: str  # file name relative to its kind's folder
    data: bytes


class Precision(str, Enum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"
    MINUTE = "minute"


@dataclass(frozen=True, slots=True)
class PubDate:
    """A publication date with its precision; minute precision always has a zone."""

    precision: Precision
    year: int
    month: int | None = None
    day: int | None = None
    moment: datetime | None = None  # aware, for MINUTE precision only

    @property
    def iso(self) -> str:
        """ISO 8601 text at this date's precision (with offset when it has a time)."""
        if self.moment is not None:
            return self.moment.isoformat(timespec="minutes")
        parts = [f"{self.year:04d}", f"{self.month:02d}" if self.month else "", f"{self.day:02d}" if self.day else ""]
        return "-".join(p for p in parts if p)

    @property
    def sort_key(self) -> str:
        """A string that sorts chronologically across zones and precisions (UTC start)."""
        if self.moment is not None:
            return self.moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M")
        return f"{self.year:04d}-{self.month or 1:02d}-{self.day or 1:02d}T00:00"

    @property
    def start(self) -> date:
        """The first calendar day this date may denote."""
        if self.moment is not None:
            return self.moment.date()
        return date(self.year, self.month or 1, self.day or 1)

    @property
    def utc_offset(self) -> timedelta | None:
        return self.moment.utcoffset() if self.moment else None


@dataclass(frozen=True, slots=True)
class When:
    """A date at its precision, or a range of two (each end at its own precision)."""

    start: PubDate
    end: PubDate | None = None

    @property
    def iso(self) -> str:
        return f"{self.start.iso}/{self.end.iso}" if self.end else self.start.iso

    @property
    def sort_key(self) -> str:
        return self.start.sort_key


@dataclass(frozen=True, slots=True)
class Provenance:
    """The archived raw page an article was ingested from."""

    archive: str  # path relative to the content folder, e.g. sources/x.txt
    sha256: str
    origin: Origin


@dataclass(frozen=True, slots=True)
class EntityRef:
    id: EntityId
    origin: Origin


@dataclass(frozen=True, slots=True)
class Article:
    id: ArticleId
    origin: Origin
    title: str
    date: PubDate
    source: str
    language: str
    entities: tuple[EntityRef, ...]
    provenance: Provenance
    body: str
    body_line: int
    url: str | None = None
    date_note: str | None = None
    dateline: str | None = None
    author: str | None = None
    editor: str | None = None
    credit: str | None = None
    standfirst: str | None = None
    captions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Alias:
    """A spelling of an entity's name. case: "auto" (all-caps exact; capitalised needs a capital in the text),
    "exact" or "any"; shared: knowingly names several entities, resolved by the article's entities list."""

    text: str
    case: str = "auto"
    shared: bool = False
    origin: Origin | None = field(default=None, compare=False)  # where the entity file writes it


@dataclass(frozen=True, slots=True)
class Role:
    """An office or role held, with its start and end at year, month or day precision where known."""

    title: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    id: EntityId
    origin: Origin
    name: str
    type: str
    aliases: tuple[Alias, ...]  # the name first
    description: str
    body_line: int
    wikidata: str | None = None
    roles: tuple[Role, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """One occurrence of an entity alias in an article body."""

    entity: EntityId
    article: ArticleId
    block: int  # 1-based paragraph number in the body; 0 for captions and credits
    text: str  # the matched words as written
    sentence: str  # the sentence around the match
    first_in_block: bool  # linked on the page (later ones in the same paragraph are not)
    token: int = 0  # index of the inline token in the parsed body
    child: int = 0  # index of the text child within that inline token
    start: int = 0  # character offsets within that text child
    end: int = 0
    anchor: str = ""  # fragment id on the article page: m-<entity>-<n> in the body, captions or provenance


@dataclass(frozen=True, slots=True)
class Quotation:
    """Words an article attributes to a person or organisation: quoted ("direct") or in indirect speech
    ("reported", the whole sentence)."""

    speaker: EntityId
    article: ArticleId
    block: int  # 1-based paragraph number in the body
    text: str
    kind: str  # "direct" or "reported"
    cue: str  # the words that attribute it: "kata Lavrov", "jelasnya", "Menurut Kementerian Luar Negeri Rusia"


@dataclass(frozen=True, slots=True)
class Target:
    """What an annotation is about: a quoted passage of an article (a W3C TextQuoteSelector: the exact quote,
    with the words just before and after it to tell repeats apart), a whole article, or an entity."""

    origin: Origin  # where the target is written: its quote, else its article or entity
    article: ArticleId | None = None
    entity: EntityId | None = None
    quote: str | None = None
    prefix: str | None = None
    suffix: str | None = None


@dataclass(frozen=True, slots=True)
class Citation:
    """A source an annotation cites."""

    url: str
    title: str
    publisher: str | None = None
    accessed: str | None = None


@dataclass(frozen=True, slots=True)
class Annotation:
    """A contributor's note on passages, articles or entities: context, a fact-check, a correction, a comparison."""

    id: str
    origin: Origin
    targets: tuple[Target, ...]
    motivation: str  # from the W3C Web Annotation vocabulary, plus "correcting"
    author: str  # GitHub handle
    created: PubDate
    body: str
    body_line: int
    sources: tuple[Citation, ...] = ()
    title: str | None = None
    date: When | None = None  # what the note reports happened then: puts it on the chronology
    comparison: bool = False  # written with `targets`: the passages are compared side by side


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened, confirmed by an editor: on the chronology with its sources and the passages of
    the articles that report it (background events may have sources only)."""

    id: str
    origin: Origin
    title: str
    when: When
    body: str
    body_line: int
    entities: tuple[EntityRef, ...] = ()
    passages: tuple[Target, ...] = ()  # article + quote, anchored like an annotation's targets
    sources: tuple[Citation, ...] = ()


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where one annotation target sits in its article's text now."""

    annotation: str
    target: int  # index into the annotation's targets
    article: ArticleId
    block: int  # 1-based paragraph number in the body
    start: int  # character offsets in the block's plain text
    end: int
    text: str  # the passage as the article reads now
    score: float  # 100 for an exact match; less when re-anchored after the text changed
    kind: str = "annotation"  # or "event": whose passage this is


def _freeze(mapping: dict) -> Mapping:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True, slots=True)
class Dossier:
    """The whole model: every article, entity and annotation, keyed by id, in id order."""

    articles: Mapping[ArticleId, Article] = field(default_factory=lambda: _freeze({}))
    entities: Mapping[EntityId, Entity] = field(default_factory=lambda: _freeze({}))
    mentions: tuple[Mention, ...] = ()
    quotations: tuple[Quotation, ...] = ()
    annotations: Mapping[str, Annotation] = field(default_factory=lambda: _freeze({}))
    events: Mapping[str, Event] = field(default_factory=lambda: _freeze({}))
    anchors: tuple[Anchor, ...] = ()

    @staticmethod
    def of(articles: list[Article], entities: list[Entity], annotations: list[Annotation] = (),
           events: list[Event] = ()) -> "Dossier":
        """Build a dossier keyed and ordered by id."""
        return Dossier(
            articles=_freeze({a.id: a for a in sorted(articles, key=lambda a: a.id)}),
            entities=_freeze({e.id: e for e in sorted(entities, key=lambda e: e.id)}),
            annotations=_freeze({n.id: n for n in sorted(annotations, key=lambda n: n.id)}),
            events=_freeze({e.id: e for e in sorted(events, key=lambda e: e.id)}),
        )
