"""Plain-text reports on the registry for `invoke entities`: how often each entity is mentioned, and suggestions."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from .model import Dossier, Entity, EntityId
from .suggest import Suggestion


@dataclass(frozen=True, slots=True)
class Usage:
    """How often a registered entity is mentioned."""

    entity: Entity
    mentions: int
    articles: int


def usage(dossier: Dossier) -> list[Usage]:
    """Every registered entity with its mentions and articles, most widespread first."""
    mentions = Counter(m.entity for m in dossier.mentions)
    articles: dict[EntityId, set[str]] = defaultdict(set)
    for m in dossier.mentions:
        articles[m.entity].add(m.article)
    rows = [Usage(e, mentions[e.id], len(articles[e.id])) for e in dossier.entities.values()]
    return sorted(rows, key=lambda u: (-u.articles, -u.mentions, u.entity.id))


def format_usage(rows: list[Usage], total: int) -> str:
    """A compact table: id, type, mentions, articles, name."""
    width = max([len("id"), *(len(u.entity.id) for u in rows)])
    lines = [f"{'id':<{width}}  {'type':<12}  {'mentions':>8}  {'articles':>8}  name"]
    lines += [f"{u.entity.id:<{width}}  {u.entity.type:<12}  {u.mentions:>8}  {u.articles:>8}  {u.entity.name}"
              for u in rows]
    unused = sum(u.mentions == 0 for u in rows)
    shown = f"{len(rows)} of {total}" if len(rows) < total else str(total)
    return "\n".join(lines + [f"{shown} entities" + (f", {unused} never mentioned" if unused else "")])


def format_suggestions(suggestions: list[Suggestion], total: int) -> str:
    """Each name with its counts and suggested id, then where it first occurs."""
    if not suggestions:
        return "no unregistered names found"
    width = max(len("name"), *(len(s.name) for s in suggestions))
    lines = [f"{'name':<{width}}  {'occurrences':>11}  {'articles':>8}  suggested id"]
    for s in suggestions:
        note = "  (id taken: an alias of it?)" if s.id_taken else ""
        note += f'  (part of "{s.part_of}"?)' if s.part_of else ""
        lines.append(f"{s.name:<{width}}  {s.occurrences:>11}  {s.articles:>8}  {s.id}{note}")
        lines.append(f"    {s.path}:{s.line}: {s.sentence}")
    shown = f"{len(suggestions)} of {total}" if len(suggestions) < total else str(total)
    return "\n".join(lines + [f"{shown} unregistered names; add the real entities to content/entities/<id>.md"])
