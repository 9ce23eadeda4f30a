"""The one Markdown dialect of a dossier: CommonMark + tables + footnotes, never raw HTML."""

from __future__ import annotations

from functools import lru_cache

from markdown_it import MarkdownIt
from mdit_py_plugins.footnote import footnote_plugin

SAFE_SCHEMES = ("http:", "https:", "mailto:")
BLOCKS = ("paragraph_open", "heading_open", "th_open", "td_open")  # blocks that get a #p<N> anchor


def is_safe_link(url: str) -> bool:
    """Allow http, https and mailto links, and scheme-less (relative or fragment) ones."""
    head = url.strip().lower().split("/", 1)[0].split("?", 1)[0].split("#", 1)[0]
    return ":" not in head or head.startswith(SAFE_SCHEMES)


@lru_cache(maxsize=1)
def markdown() -> MarkdownIt:
    """Build the shared parser: raw HTML is escaped, unsafe link schemes are dropped."""
    md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False})
    md.enable(["table", "strikethrough"]).use(footnote_plugin)
    md.validateLink = is_safe_link
    return md
