"""The one Markdown dialect of a dossier: CommonMark + tables + footnotes, never raw HTML."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

SAFE_SCHEMES = ("http:", "https:", "mailto:")
BLOCKS = ("paragraph_open", "heading_open", "th_open", "td_open")  # blocks that get a #p<N> anchor


def is_safe_link(url: str) -> bool:
    """Allow http, https and mailto links, and scheme-less (relative or fragment) ones."""
    head = url.strip().lower().split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    return ":" not in head or head.startswith(SAFE_SCHEMES)


@lru_cache(maxsize=2)
def markdown(footnotes: bool = True) -> MarkdownIt:
    """Build the shared parser: raw HTML is escaped, unsafe link schemes are dropped. Notes shown inside an
    article page go without footnotes, whose ids would clash with the article's."""
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"])
    if footnotes:
        md.use(footnote_plugin)
    md.validateLink = is_safe_link
    return md


@dataclass(frozen=True, slots=True)
class Inline:
    """The running text of one block: its token, its plain text, and where each child starts in it."""

    index: int  # index of the inline token in the parsed body
    block: int  # 1-based number of the block (its #p<N> anchor)
    token: Token
    plain: str
    offsets: tuple[int, ...]
    kind: str = "paragraph_open"  # the block's opening token: paragraph_open, heading_open, td_open …


def inlines(body: str) -> Iterator[Inline]:
    """Every block's inline text, in order (code spans count as text, breaks as spaces)."""
    block, kind = 0, ""
    for index, token in enumerate(markdown().parse(body)):
        if token.type in BLOCKS:
            block, kind = block + 1, token.type
        if token.type != "inline" or not token.children:
            continue
        plain, offsets = "", []
        for child in token.children:
            offsets.append(len(plain))
            plain += child.content if child.type in ("text", "code_inline") else " " if "break" in child.type else ""
        yield Inline(index, block, token, plain, tuple(offsets), kind)
