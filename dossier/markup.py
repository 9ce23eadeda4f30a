"""Markdown → safe HTML, with paragraph anchors, entity mentions turned into links and annotated passages marked."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from markdown_it.token import Token

from .markdown import BLOCKS, markdown
from .model import Mention


def markdown_html(text: str) -> str:
    """Render Markdown (entity descriptions and the like) to safe HTML."""
    md = markdown()
    env: dict = {}
    return md.renderer.render(md.parse(text, env), md.options, env)


def note_html(text: str) -> str:
    """Render an annotation's note: safe Markdown whose headings become bold paragraphs (a note sits inside an
    article, under its headings) and without footnotes."""
    md = markdown(footnotes=False)
    env: dict = {}
    tokens = md.parse(text, env)
    for token in tokens:
        if token.type in ("heading_open", "heading_close"):
            token.tag = "p"
            if token.type == "heading_open":
                token.attrSet("class", "note-heading")
    return md.renderer.render(tokens, md.options, env)


@dataclass(frozen=True, slots=True)
class Mark:
    """A passage to highlight: characters start:end of a block's plain text, tied to the note numbered `number`."""

    block: int
    start: int
    end: int
    key: str  # the note's element id is note-<key>; the first highlighted piece's is hl-<key>
    number: int
    label: str  # what the reference link says to screen readers, e.g. "Note 2: Fact-check"


def body_html(text: str, mentions: Iterable[Mention], entity_url: Callable[[str], str],
              marks: Iterable[Mark] = ()) -> str:
    """Render an article body: #p<N> anchors on blocks, every mention with its own id, the first per block linked,
    annotated passages highlighted."""
    return "".join(html for html, _ in body_blocks(text, mentions, entity_url, marks))


def body_blocks(text: str, mentions: Iterable[Mention], entity_url: Callable[[str], str],
                marks: Iterable[Mark] = ()) -> list[tuple[str, tuple[int, ...]]]:
    """The body rendered as its top-level blocks (paragraphs, lists, tables …), each with the #p<N> numbers in it."""
    md = markdown()
    env: dict = {}
    tokens = md.parse(text, env)
    by_token: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.token >= 0:
            by_token[m.token].append(m)
    by_block: dict[int, list[Mark]] = defaultdict(list)
    for mark in marks:
        by_block[mark.block].append(mark)
    chunks: list[tuple[list[Token], list[int]]] = []
    block, item = 0, None
    for index, token in enumerate(tokens):
        if token.level == 0 and token.nesting >= 0 and (not chunks or chunk_closed(chunks[-1][0])):
            chunks.append(([], []))
        if token.type == "list_item_open":
            item = token
        if token.type in BLOCKS:
            block += 1
            chunks[-1][1].append(block)
            target = item if token.hidden and item is not None and not item.attrGet("id") else token
            target.attrSet("id", f"p{block}")
        if index in by_token:
            token.children = link_children(token.children or [], by_token[index], entity_url)
        if token.type == "inline" and block in by_block:
            token.children = mark_children(token.children or [], by_block[block])
        chunks[-1][0].append(token)
    return [(md.renderer.render(chunk, md.options, env), tuple(numbers)) for chunk, numbers in chunks]


def chunk_closed(chunk: list[Token]) -> bool:
    """The top-level block is complete: its opening tag has been closed (or it was a single token)."""
    depth = sum(t.nesting for t in chunk)
    return depth == 0


def link_children(children: list[Token], mentions: list[Mention], entity_url: Callable[[str], str]) -> list[Token]:
    """Split text children around the mentions; wrap the first of each entity in a link, the rest in a span."""
    by_child: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        by_child[m.child].append(m)
    out: list[Token] = []
    for ci, child in enumerate(children):
        if ci not in by_child:
            out.append(child)
            continue
        pos = 0
        for m in sorted(by_child[ci], key=lambda m: m.start):
            out.append(text_token(child.content[pos:m.start]))
            if m.first_in_block:  # linked once per paragraph; the others are marked, to highlight on demand
                out.append(Token("link_open", "a", 1, attrs={"href": entity_url(m.entity), "class": "mention",
                                                             "id": m.anchor}))
            else:
                out.append(Token("mention_open", "span", 1, attrs={"class": "mention again", "id": m.anchor}))
            out.append(text_token(child.content[m.start:m.end]))
            out.append(Token("link_close", "a", -1) if m.first_in_block else Token("mention_close", "span", -1))
            pos = m.end
        out.append(text_token(child.content[pos:]))
    return [t for t in out if t.type != "text" or t.content]


def mark_children(children: list[Token], marks: list[Mark]) -> list[Token]:
    """Wrap every text piece inside each marked range in <mark> (so marks nest validly around links), with a
    reference to the note after the range."""
    ends: list[tuple[Token, Mark]] = []
    for mark in sorted(marks, key=lambda m: (m.start, -m.end)):
        out, pos, last, first = [], 0, None, True
        for child in children:
            size = len(child.content) if child.type in ("text", "code_inline") else 1 if "break" in child.type else 0
            lo, hi = max(mark.start - pos, 0), min(mark.end - pos, size)
            if child.type in ("text", "code_inline") and lo < hi:
                attrs = {"class": "anno"} | ({"id": f"hl-{mark.key}"} if first else {})
                pieces = [child.content[:lo], None, child.content[hi:]] if child.type == "text" else [None]
                for piece in pieces:
                    if piece is None:
                        out.append(Token("mark_open", "mark", 1, attrs=attrs))
                        out.append(text_token(child.content[lo:hi]) if child.type == "text" else child)
                        last = Token("mark_close", "mark", -1)
                        out.append(last)
                    elif piece:
                        out.append(text_token(piece))
                first = False
            else:
                out.append(child)
            pos += size
        children = out
        if last is not None:
            ends.append((last, mark))
    for close, mark in ends:
        at = next(i for i, child in enumerate(children) if child is close) + 1
        depth = sum(1 if c.type == "link_open" else -1 if c.type == "link_close" else 0 for c in children[:at])
        while depth > 0 and at < len(children):  # not inside the mention's link: links do not nest
            depth -= children[at].type == "link_close"
            depth += children[at].type == "link_open"
            at += 1
        children[at:at] = [Token("link_open", "a", 1, attrs={"href": f"#note-{mark.key}", "class": "note-ref",
                                                             "aria-label": mark.label}),
                           text_token(str(mark.number)), Token("link_close", "a", -1)]
    return children


def text_token(content: str) -> Token:
    return Token("text", "", 0, content=content)
