"""Resolve entities: check references and find every alias mention in article bodies."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

import ahocorasick
import pysbd

from .diagnostics import Diagnostic, error, suggest, warning
from .markdown import BLOCKS, markdown
from .model import Article, Dossier, Entity, Mention, Origin


def fold(text: str) -> str:
    """Lower-case without changing the length, so offsets stay valid."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def is_acronym(alias: str) -> bool:
    """All-caps aliases (CSTO, AS, ОДКБ) match exactly; others case-insensitively."""
    return alias.isupper()


class Matcher:
    """Aho-Corasick over every alias at once: leftmost-longest, whole words, case rules."""

    def __init__(self, entities: list[Entity]) -> None:
        self.automaton = ahocorasick.Automaton()
        self.owners: dict[tuple[str, bool], Entity] = {}
        self.clashes: list[tuple[str, Entity, Entity]] = []
        for entity in entities:
            for alias in entity.aliases:
                self.add(alias, entity)
        if len(self.automaton):
            self.automaton.make_automaton()

    def add(self, alias: str, entity: Entity) -> None:
        exact = is_acronym(alias)
        key = fold(alias)
        owner = self.owners.setdefault((alias if exact else key, exact), entity)
        if owner.id != entity.id:
            self.clashes.append((alias, owner, entity))
            return
        candidates = self.automaton.get(key, ())
        if (alias, exact, entity.id) not in candidates:
            self.automaton.add_word(key, (*candidates, (alias, exact, entity.id)))

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """Return non-overlapping (start, end, entity id) matches, longest first at each start."""
        if not len(self.automaton):
            return []
        found = []
        for end, candidates in self.automaton.iter(fold(text)):
            for alias, exact, entity_id in candidates:
                start = end - len(alias) + 1
                if (not exact or text[start:end + 1] == alias) and is_word(text, start, end + 1):
                    found.append((start, end + 1, entity_id))
                    break
        found.sort(key=lambda m: (m[0], m[0] - m[1]))
        chosen, last = [], 0
        for start, end, entity_id in found:
            if start >= last:
                chosen.append((start, end, entity_id))
                last = end
        return chosen


def is_word(text: str, start: int, end: int) -> bool:
    """The match is not part of a longer word (works in every script)."""
    return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


@lru_cache(maxsize=8)
def segmenter(language: str) -> pysbd.Segmenter:
    try:
        return pysbd.Segmenter(language=language, clean=False, char_span=True)
    except ValueError:
        return pysbd.Segmenter(language="en", clean=False, char_span=True)


def sentence_at(text: str, offset: int, language: str) -> str:
    """The sentence of `text` that contains `offset`."""
    for span in segmenter(language).segment(text):
        if span.start <= offset < span.end:
            return span.sent.strip()
    return text.strip()


def resolve(dossier: Dossier) -> tuple[Dossier, list[Diagnostic]]:
    """Check entity references and aliases; return the dossier with its mentions."""
    matcher = Matcher(list(dossier.entities.values()))
    diags = [error("duplicate-alias", f'alias "{alias}" of entity "{b.id}" is already an alias of "{a.id}" ({a.origin.path})',
                   b.origin, "remove it from one of the two entity files") for alias, a, b in matcher.clashes]
    mentions: list[Mention] = []
    for article in dossier.articles.values():
        found = find_mentions(article, matcher) + find_metadata_mentions(article, matcher)
        mentions += found
        diags += check_entity_list(article, found, dossier)
    return replace(dossier, mentions=tuple(mentions)), diags


def find_mentions(article: Article, matcher: Matcher) -> list[Mention]:
    """Every alias match in the article's paragraphs and headings, outside links and code."""
    mentions, block = [], 0
    tokens = markdown().parse(article.body)
    for index, token in enumerate(tokens):
        if token.type in BLOCKS:
            block += 1
        if token.type != "inline" or not token.children:
            continue
        plain, offsets = "", []
        for child in token.children:
            offsets.append(len(plain))
            plain += child.content if child.type in ("text", "code_inline") else " " if "break" in child.type else ""
        linked: set[str] = set()
        depth = 0
        for ci, child in enumerate(token.children):
            depth += {"link_open": 1, "link_close": -1}.get(child.type, 0)
            if child.type != "text" or depth:
                continue
            for start, end, entity_id in matcher.find(child.content):
                mentions.append(Mention(entity_id, article.id, block, child.content[start:end],
                                        sentence_at(plain, offsets[ci] + start, article.language),
                                        entity_id not in linked, index, ci, start, end, f"p{block}"))
                linked.add(entity_id)
    return mentions


def find_metadata_mentions(article: Article, matcher: Matcher) -> list[Mention]:
    """Mentions in photo captions and the source credit, which are shown beside the body."""
    texts = [("captions", c) for c in article.captions] + ([("provenance", article.credit)] if article.credit else [])
    return [Mention(entity_id, article.id, 0, text[start:end], text, False, -1, -1, start, end, anchor)
            for anchor, text in texts for start, end, entity_id in matcher.find(text)]


def check_entity_list(article: Article, mentions: list[Mention], dossier: Dossier) -> list[Diagnostic]:
    """Listed entities exist; the list agrees with the entities the text mentions."""
    diags = []
    listed = {ref.id for ref in article.entities}
    for ref in article.entities:
        if ref.id not in dossier.entities:
            diags.append(error("unknown-entity", f'unknown entity "{ref.id}"', ref.origin,
                               suggest(ref.id, list(dossier.entities)) or "add it to content/entities/ or remove it"))
        elif not any(m.entity == ref.id for m in mentions):
            diags.append(warning("entity-unmentioned", f'entity "{ref.id}" is listed but its text never mentions it',
                                 ref.origin, "remove it, or add the spelling used in the text to its aliases"))
    first_seen = {}
    for m in mentions:
        first_seen.setdefault(m.entity, m)
    for entity_id, m in first_seen.items():
        if entity_id not in listed:
            where = article.entities[-1].origin if article.entities else Origin(article.origin.path, 1)
            diags.append(warning("entity-unlisted", f'the text mentions "{m.text}" ({entity_id}) but "entities" does not list it',
                                 where, f"add {entity_id} to entities"))
    return diags
