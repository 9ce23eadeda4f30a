"""Anchor annotations to the passages they quote: exact first, then fuzzy with a minimum score, never silently wrong.

Quotes and texts are compared after folding what does not change meaning: Unicode composition (NFC vs NFD),
typographic quotes and dashes, runs of whitespace and invisible characters. When the exact quote is gone (the
article was edited), the best approximate passage is taken only if it scores at least MIN_SCORE; otherwise the
annotation is reported as orphaned, with the closest passage as a hint.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from .diagnostics import Diagnostic, error, suggest, warning
from .markdown import inlines
from .model import Anchor, Article, Dossier, Target

MIN_SCORE = 90.0  # out of 100 (rapidfuzz's ratio of the quote and the passage found)
BREAK = "\u2029"  # between paragraphs: no quote runs across it
FOLD = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'", "´": "'", "“": '"', "”": '"',
                      "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"', "‹": "'", "›": "'", "–": "-", "—": "-",
                      "‐": "-", "‑": "-", "‒": "-", "−": "-", "…": "...", "\u00a0": " "})
CONTEXT = 40  # characters of context shown around a candidate


def fold(text: str) -> tuple[str, list[int]]:
    """The text folded for comparison, and for each folded character the index of the character it came from."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        if ch.isspace() and ch != BREAK:
            if out and out[-1] not in (" ", BREAK):
                out.append(" ")
                where.append(i)
            continue
        for c in unicodedata.normalize("NFD", ch.translate(FOLD)):
            if unicodedata.category(c) != "Cf":  # zero-width spaces, joiners, bidi marks
                out.append(c)
                where.append(i)
    return "".join(out), where


def folded(text: str) -> str:
    return fold(text)[0].strip()


@dataclass(frozen=True)
class Text:
    """An article's running text, folded, with every character traced back to (block, offset in its plain text)."""

    folded: str
    places: tuple[tuple[int, int], ...]
    plains: dict[int, str]

    @staticmethod
    def of(body: str) -> "Text":
        text, places, plains = "", [], {}
        for inline in inlines(body):
            f, where = fold(inline.plain)
            plains[inline.block] = inline.plain
            text += f + BREAK
            places += [(inline.block, w) for w in where] + [(inline.block, len(inline.plain))]
        return Text(text, tuple(places), plains)

    def passage(self, start: int, end: int) -> tuple[int, int, int]:
        """(block, start, end) in the block's plain text for folded[start:end]."""
        block, first = self.places[start]
        last_block, last = self.places[end - 1]
        if last_block != block:
            last = len(self.plains[block]) - 1
        return block, first, last + 1

    def context(self, start: int, end: int) -> str:
        """The candidate in its surroundings, for messages: "… before [quote] after …"."""
        before = self.folded[max(0, start - CONTEXT):start].replace(BREAK, " ")
        after = self.folded[end:end + CONTEXT].replace(BREAK, " ")
        return f"…{before}[{self.folded[start:end]}]{after}…"


@dataclass(frozen=True)
class Found:
    """The result of looking for a quote: the match (start, end, score) or the reason there is none."""

    start: int = 0
    end: int = 0
    score: float = 0.0
    candidates: tuple[tuple[int, int], ...] = ()  # exact matches left undecided by prefix and suffix
    closest: tuple[int, int, float] | None = None  # the best approximate passage when it scores too low


def find_quote(text: Text, quote: str, prefix: str | None = None, suffix: str | None = None,
               min_score: float = MIN_SCORE) -> Found:
    """Find the quote: an exact match told apart by prefix/suffix, else the best approximate passage above min_score."""
    q = folded(quote)
    exact = occurrences(text.folded, q)
    fitting = [s for s in exact if fits(text.folded, s, s + len(q), prefix, suffix)]
    if len(fitting) == 1:
        return Found(fitting[0], fitting[0] + len(q), 100.0)
    if len(fitting) > 1:
        return Found(candidates=tuple((s, s + len(q)) for s in fitting))
    start, end, score = approximate(text.folded, q, prefix, suffix)
    if score >= min_score:
        return Found(start, end, score)
    return Found(closest=(start, end, score) if end > start else None)


def occurrences(text: str, quote: str) -> list[int]:
    out, i = [], text.find(quote)
    while i >= 0 and quote:
        out.append(i)
        i = text.find(quote, i + 1)
    return out


def squeeze(text: str) -> str:
    return "".join(text.replace(BREAK, " ").split())


def fits(text: str, start: int, end: int, prefix: str | None, suffix: str | None) -> bool:
    """The words before and after the match are the prefix and suffix given (spacing aside)."""
    before, after = squeeze(text[max(0, start - 400):start]), squeeze(text[end:end + 400])
    return (not prefix or before.endswith(squeeze(folded(prefix)))) and \
        (not suffix or after.startswith(squeeze(folded(suffix))))


def approximate(text: str, quote: str, prefix: str | None, suffix: str | None) -> tuple[int, int, float]:
    """The passage most like the quote (near its prefix and suffix when given), snapped to whole words."""
    if not text or not quote:
        return 0, 0, 0.0
    needle = " ".join(p for p in (folded(prefix or ""), quote, folded(suffix or "")) if p)
    near = fuzz.partial_ratio_alignment(needle, text)
    lo, hi = (max(0, near.dest_start - len(quote)), min(len(text), near.dest_end + len(quote))) \
        if len(needle) <= len(text) else (0, len(text))
    window = text[lo:hi]
    best = fuzz.partial_ratio_alignment(quote, window)
    start, end = (lo + best.dest_start, lo + best.dest_end) if len(quote) <= len(window) else (lo, hi)
    start, end = snap(text, start, end)
    return start, end, round(fuzz.ratio(quote, text[start:end]), 1)


def snap(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a passage to whole words, and keep it inside one paragraph."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    if BREAK in text[start:end]:
        middle = text.index(BREAK, start)
        start, end = (start, middle) if middle - start >= end - middle - 1 else (middle + 1, end)
    while start < end and text[start] == " ":
        start += 1
    while end > start and text[end - 1] == " ":
        end -= 1
    return start, end


def anchor(dossier: Dossier, min_score: float = MIN_SCORE) -> tuple[Dossier, list[Diagnostic]]:
    """Check every annotation's and event's targets and anchor their quotes in the articles' text."""
    texts: dict[str, Text] = {}
    anchors, diags = [], []
    owners = [("annotation", n.id, n.targets) for n in dossier.annotations.values()]
    owners += [("event", e.id, e.passages) for e in dossier.events.values()]
    for kind, owner, targets in owners:
        for i, target in enumerate(targets):
            problem = check_reference(target, dossier)
            if problem:
                diags.append(problem)
            elif target.quote is not None:
                article = dossier.articles[target.article]
                text = texts.setdefault(article.id, Text.of(article.body))
                found, problems = place(Owner(kind, owner, i), target, article, text, min_score)
                anchors += found
                diags += problems
    diags += [error("unknown-entity", f'unknown entity "{ref.id}"', ref.origin,
                    suggest(ref.id, list(dossier.entities)) or "check the id in content/entities/")
              for event in dossier.events.values() for ref in event.entities if ref.id not in dossier.entities]
    return replace(dossier, anchors=tuple(anchors)), diags


@dataclass(frozen=True)
class Owner:
    """Whose target is anchored: an annotation's or an event's, and which of its targets."""

    kind: str
    id: str
    target: int


def check_reference(target: Target, dossier: Dossier) -> Diagnostic | None:
    """The target's article or entity exists."""
    if target.entity is not None and target.entity not in dossier.entities:
        return error("unknown-entity", f'unknown entity "{target.entity}"', target.origin,
                     suggest(target.entity, list(dossier.entities)) or "check the id in content/entities/")
    if target.article is not None and target.article not in dossier.articles:
        return error("unknown-article", f'unknown article "{target.article}"', target.origin,
                     suggest(target.article, list(dossier.articles)) or "give an article's file name without .md")
    return None


def place(owner: Owner, target: Target, article: Article, text: Text,
          min_score: float) -> tuple[list[Anchor], list[Diagnostic]]:
    """Anchor one quote, or say why it cannot be."""
    found = find_quote(text, target.quote, target.prefix, target.suffix, min_score)
    where = f'in article "{article.id}"'
    if found.candidates:
        listed = "; ".join(f"paragraph {text.places[s][0]}: {text.context(s, e)}" for s, e in found.candidates)
        return [], [error("anchor-ambiguous", f"the quote occurs {len(found.candidates)} times {where}",
                          target.origin, f"add prefix: or suffix: with the words around the one you mean ({listed})")]
    if found.end <= found.start:
        hint = "copy the quote again from the article's current text"
        if found.closest:
            start, end, score = found.closest
            hint = f'closest passage: "{text.folded[start:end]}" (score {score:g}, below the minimum {min_score:g}); ' + hint
        return [], [error("anchor-not-found", f"quote not found {where}: the {owner.kind} is orphaned", target.origin,
                          hint)]
    block, start, end = text.passage(found.start, found.end)
    now = text.plains[block][start:end]
    anchor = Anchor(owner.id, owner.target, article.id, block, start, end, now, found.score, owner.kind)
    if found.score < 100:
        return [anchor], [warning("anchor-moved", f"the quote is no longer exact {where}; re-anchored to a passage "
                                                  f"scoring {found.score:g}", target.origin,
                                  f'update the quote to the article\'s current words: "{now}"')]
    return [anchor], []
