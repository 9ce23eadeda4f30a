"""Resolve entities: check references and find every alias mention in article bodies."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection
from dataclasses import replace

import ahocorasick
import sentencex

from .diagnostics import Diagnostic, error, suggest, warning
from .markdown import inlines
from .model import Alias, Article, Dossier, Entity, EntityId, Mention, Origin


def fold(text: str) -> str:
    """Lower-case without changing the length, so offsets stay valid."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


ARABIC = re.compile(r"[\u0600-\u06FF]")
ARABIC_PROCLITICS = re.compile(r"(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)")  # "و" and, "ب" in, "ل" for, "ال" the …


def mode(alias: Alias) -> str:
    """How an alias must be written in the text: "exact", "capital" (the first letter a capital) or "any"."""
    if alias.case != "auto":
        return alias.case
    if alias.text.isupper():
        return "exact"  # acronyms: CSTO, AS, ОДКБ
    return "capital" if alias.text[:1].isupper() else "any"


def written(text: str, alias: str, how: str) -> bool:
    if how == "exact":
        return text == alias
    return how == "any" or not text[:1].islower()


class Matcher:
    """Aho-Corasick over every alias at once: leftmost-longest, whole words, case rules, shared aliases."""

    def __init__(self, entities: list[Entity]) -> None:
        self.automaton = ahocorasick.Automaton()
        self.clashes: list[tuple[Alias, Entity, Alias, Entity]] = []  # (alias, first owner's, its alias, other)
        self.shared = False  # some alias names several entities
        users: dict[tuple[str, bool], list[tuple[Entity, Alias]]] = defaultdict(list)
        for entity in entities:
            for alias in entity.aliases:
                exact = mode(alias) == "exact"
                users[alias.text if exact else fold(alias.text), exact].append((entity, alias))
        for group in users.values():
            owners = list({e.id: e for e, _ in group}.values())
            if len(owners) > 1 and not all(a.shared for _, a in group):
                first = group[0]
                self.clashes += [(a, first[0], first[1], e) for e, a in group if e.id != first[0].id]
                owners = owners[:1]
            self.shared = self.shared or len(owners) > 1
            hows = {mode(a) for _, a in group}  # one spelling in several cases: the most permissive wins
            text, how = group[0][1].text, "any" if "any" in hows else hows.pop()
            key = fold(text)
            self.automaton.add_word(key, (*self.automaton.get(key, ()), (text, how, tuple(e.id for e in owners))))
        if len(self.automaton):
            self.automaton.make_automaton()

    def matches(self, text: str) -> list[tuple[int, int, tuple[EntityId, ...]]]:
        """Non-overlapping (start, end, entity ids) matches, longest first at each start; a shared alias has
        several ids."""
        if not len(self.automaton):
            return []
        found = []
        for end, candidates in self.automaton.iter(fold(text)):
            for alias, how, ids in candidates:
                start = end - len(alias) + 1
                if written(text[start:end + 1], alias, how) and is_word(text, start, end + 1):
                    found.append((start, end + 1, ids))
                    break
        found.sort(key=lambda m: (m[0], m[0] - m[1]))
        chosen, last = [], 0
        for start, end, ids in found:
            if start >= last:
                chosen.append((start, end, ids))
                last = end
        return chosen

    def find(self, text: str, listed: Collection[EntityId] = ()) -> list[tuple[int, int, EntityId]]:
        """Matches with one entity each: a shared alias counts when exactly one of its entities is listed."""
        out = []
        for start, end, ids in self.matches(text):
            chosen = ids if len(ids) == 1 else [i for i in ids if i in listed]
            if len(chosen) == 1:
                out.append((start, end, chosen[0]))
        return out


def is_word(text: str, start: int, end: int) -> bool:
    """The match is not part of a longer word, in every script; Arabic proclitics may join it ("وروسيا")."""
    if end < len(text) and text[end].isalnum():
        return False
    if start == 0 or not text[start - 1].isalnum():
        return True
    if not ARABIC.match(text[start]):
        return False
    head = start
    while head > 0 and text[head - 1].isalnum() and start - head < 4:
        head -= 1
    return (head == 0 or not text[head - 1].isalnum()) and bool(ARABIC_PROCLITICS.fullmatch(text[head:start]))


def sentences(text: str, language: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of a paragraph, by sentencex (fast, with rules for many languages)."""
    spans = [(b["start_index"], b["end_index"]) for b in sentencex.get_sentence_boundaries(language, text)]
    return spans or [(0, len(text))]


def sentence_at(text: str, offset: int, language: str) -> str:
    """The sentence of `text` that contains `offset`."""
    return sentence_in(sentences(text, language), text, offset)


def sentence_in(spans: list[tuple[int, int]], text: str, offset: int) -> str:
    """The sentence of `text` that contains `offset`."""
    return next((text[s:e].strip() for s, e in spans if s <= offset < e), text.strip())


def resolve(dossier: Dossier) -> tuple[Dossier, list[Diagnostic]]:
    """Check entity references and aliases; return the dossier with its mentions."""
    matcher = Matcher(list(dossier.entities.values()))
    diags = [error("duplicate-alias", f'alias "{alias.text}" of entity "{b.id}" is also an alias of "{a.id}" '
                   f"({(a_alias.origin or a.origin)})", alias.origin or b.origin,
                   f'remove it from one of the two files, or mark it shared in both: - {{text: "{alias.text}", shared: true}}')
             for alias, a, a_alias, b in matcher.clashes]
    mentions: list[Mention] = []
    for article in dossier.articles.values():
        found = find_mentions(article, matcher) + find_metadata_mentions(article, matcher)
        mentions += found
        diags += check_entity_list(article, found, dossier) + check_shared_aliases(article, matcher)
    return replace(dossier, mentions=tuple(mentions)), diags


def find_mentions(article: Article, matcher: Matcher) -> list[Mention]:
    """Every alias match in the article's paragraphs and headings, outside links and code."""
    mentions = []
    counts: Counter[str] = Counter()  # each mention's id on the page: m-<entity>-<n>
    listed = {ref.id for ref in article.entities}
    for inline in inlines(article.body):
        linked: set[str] = set()
        depth, spans = 0, None
        for ci, child in enumerate(inline.token.children):
            depth += {"link_open": 1, "link_close": -1}.get(child.type, 0)
            if child.type != "text" or depth:
                continue
            for start, end, entity_id in matcher.find(child.content, listed):
                counts[entity_id] += 1
                spans = spans or sentences(inline.plain, article.language)
                mentions.append(Mention(entity_id, article.id, inline.block, child.content[start:end],
                                        sentence_in(spans, inline.plain, inline.offsets[ci] + start),
                                        entity_id not in linked, inline.index, ci, start, end,
                                        f"m-{entity_id}-{counts[entity_id]}"))
                linked.add(entity_id)
    return mentions


def find_metadata_mentions(article: Article, matcher: Matcher) -> list[Mention]:
    """Mentions in photo captions and the source credit, which are shown beside the body."""
    texts = [("captions", c) for c in article.captions] + ([("provenance", article.credit)] if article.credit else [])
    return [Mention(entity_id, article.id, 0, text[start:end], text, False, -1, -1, start, end, anchor)
            for anchor, text in texts for start, end, entity_id in matcher.find(text, {r.id for r in article.entities})]


def check_shared_aliases(article: Article, matcher: Matcher) -> list[Diagnostic]:
    """A shared alias ("Georgia") in the text names the one of its entities that the article lists."""
    if not matcher.shared:
        return []
    listed, diags = {ref.id for ref in article.entities}, []
    for number, line in enumerate(article.body.splitlines(), start=article.body_line):
        for start, end, ids in matcher.matches(line):
            if len(ids) > 1 and sum(i in listed for i in ids) != 1:
                diags.append(warning("ambiguous-mention", f'"{line[start:end]}" may name {" or ".join(ids)}, so it is not linked',
                                     Origin(article.origin.path, number, start + 1),
                                     f"list exactly one of {', '.join(ids)} in entities"))
    return diags


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
