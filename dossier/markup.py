"""Markdown → safe HTML, with paragraph anchors and entity mentions turned into links."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from markdown_it.token import Token

from .markdown import BLOCKS, markdown
from .model import Mention


def markdown_html(text: str) -> str:
    """Render Markdown (entity descriptions and the like) to safe HTML."""
    md = markdown()
    env: dict = {}
    return md.renderer.render(md.parse(text, env), md.options, env)


def body_html(text: str, mentions: Iterable[Mention], entity_url: Callable[[str], str]) -> str:
    """Render an article body: #p<N> anchors on blocks, every mention with its own id, the first per block linked."""
    md = markdown()
    env: dict = {}
    tokens = md.parse(text, env)
    by_token: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.token >= 0:
            by_token[m.token].append(m)
    block, item = 0, None
    for index, token in enumerate(tokens):
        if token.type == "list_item_open":
            item = token
        if token.type in BLOCKS:
            block += 1
            target = item if token.hidden and item is not None and not item.attrGet("id") else token
            target.attrSet("id", f"p{block}")
        if index in by_token:
            token.children = link_children(token.children or [], by_token[index], entity_url)
    return md.renderer.render(tokens, md.options, env)


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


def text_token(content: str) -> Token:
    return Token("text", "", 0, content=content)
