"""Who appears with whom: entities mentioned in the same articles, ranked by how often.

Mentions in, co-mentions out. Two entities are co-mentioned in an article when its body names both; the
paragraphs that name both count as a tie-breaker (closer company than the same article).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from .model import ArticleId, Dossier, EntityId


@dataclass(frozen=True, slots=True)
class CoMention:
    other: EntityId
    articles: tuple[ArticleId, ...]  # the articles that mention both, newest first
    paragraphs: int  # paragraphs that mention both


def co_mentions(dossier: Dossier) -> dict[EntityId, tuple[CoMention, ...]]:
    """For every entity, the entities mentioned in the same articles: most shared articles first, then most
    shared paragraphs, then by name."""
    in_article: dict[ArticleId, set[EntityId]] = defaultdict(set)
    in_block: dict[tuple[ArticleId, int], set[EntityId]] = defaultdict(set)
    for m in dossier.mentions:
        if m.block > 0:
            in_article[m.article].add(m.entity)
            in_block[m.article, m.block].add(m.entity)
    shared: dict[tuple[EntityId, EntityId], list[ArticleId]] = defaultdict(list)
    for article, ids in in_article.items():
        for a, b in combinations(sorted(ids), 2):
            shared[a, b].append(article)
    close: dict[tuple[EntityId, EntityId], int] = defaultdict(int)
    for ids in in_block.values():
        for pair in combinations(sorted(ids), 2):
            close[pair] += 1
    newest = {a.id: (a.date.sort_key, a.id) for a in dossier.articles.values()}
    out: dict[EntityId, list[CoMention]] = defaultdict(list)
    for (a, b), articles in shared.items():
        ordered = tuple(sorted(articles, key=newest.__getitem__, reverse=True))
        out[a].append(CoMention(b, ordered, close[a, b]))
        out[b].append(CoMention(a, ordered, close[a, b]))
    name = {e.id: e.name.casefold() for e in dossier.entities.values()}
    return {e: tuple(sorted(cs, key=lambda c: (-len(c.articles), -c.paragraphs, name.get(c.other, c.other))))
            for e, cs in out.items()}
