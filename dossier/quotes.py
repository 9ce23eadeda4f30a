"""Who said what: quotations and indirect speech attributed to the registered people and organisations they name.

Mentions in, quotations out. The patterns per language (reporting verbs, pronouns, titles) are data in
quotes.yaml. A quotation is listed only when its speaker is named next to the reporting verb, or is the
person last named and the text points back to them ("…," jelasnya / Dia menyatakan …).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple
from importlib import resources

import yaml

from .markdown import Inline, inlines
from .model import Article, Dossier, EntityId, Mention, Quotation
from .resolve import sentences as sentence_spans

SPEAKER_TYPES = ("person", "organization")
CLOSERS = {"“": "”", "«": "»", "„": "“", '"': '"'}
QUOTE_MARKS = set("“”«»„\"")
MARK = re.compile("[“”«»„\"]")
WORD = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
SENTENCE_END = {".", "!", "?", "…"}


@dataclass(frozen=True, slots=True)
class Rules:
    after_quote: frozenset[str]
    pronoun_suffix: tuple[str, ...]
    speaker_verbs: frozenset[str]
    pronouns: frozenset[str]
    according: tuple[tuple[str, ...], ...]
    titles: frozenset[str]
    fillers: frozenset[str]
    cues: re.Pattern  # any reporting word: paragraphs without one (and without quotation marks) are skipped


@lru_cache(maxsize=16)
def rules(language: str) -> Rules | None:
    """The attribution patterns of a language, or None when quotes.yaml has none for it."""
    data = yaml.safe_load(resources.files("dossier").joinpath("quotes.yaml").read_text(encoding="utf-8"))
    lang = data.get(language)
    if lang is None:
        return None
    words = {k: frozenset(w.casefold() for w in lang[k]) for k in ("after_quote", "speaker_verbs", "pronouns",
                                                                 "titles", "fillers")}
    according = tuple(tuple(a) for a in lang["according"])
    stems = sorted(words["after_quote"] | words["speaker_verbs"] | {a[0] for a in according}, key=len, reverse=True)
    cues = re.compile(rf"(?i)\b(?:{'|'.join(map(re.escape, stems))})")
    return Rules(pronoun_suffix=tuple(lang["pronoun_suffix"]), according=according, cues=cues, **words)


class Tok(NamedTuple):  # a tuple: paragraphs have many tokens, and tuples are the cheapest to make
    start: int
    end: int
    text: str
    word: str  # casefolded
    entity: EntityId | None = None  # a mention of a registered entity
    kind: str = ""  # that entity's type


def quotations(dossier: Dossier) -> Dossier:
    """The dossier with every attributable quotation of its articles."""
    by_article: dict[str, list[Mention]] = {}
    for m in dossier.mentions:
        if m.block > 0:
            by_article.setdefault(m.article, []).append(m)
    found: list[Quotation] = []
    types = {e.id: e.type for e in dossier.entities.values()}
    for article in dossier.articles.values():
        if (lang := rules(article.language)) is not None:
            found += Attributor(article, by_article.get(article.id, []), types, lang).quotations()
    return replace(dossier, quotations=tuple(dict.fromkeys(found)))


class Attributor:
    """One article's paragraphs as tokens in which every mention is one token; the patterns run over them."""

    def __init__(self, article: Article, mentions: list[Mention], types: dict[EntityId, str], lang: Rules) -> None:
        self.article, self.lang, self.types = article, lang, types
        self.by_token: dict[int, list[Mention]] = {}
        for m in mentions:
            self.by_token.setdefault(m.token, []).append(m)
        self.people: list[tuple[int, int, EntityId]] = []  # (block, offset, person) in reading order

    def quotations(self) -> Iterator[Quotation]:
        for inline in inlines(self.article.body):
            mentions = self.by_token.get(inline.index, [])
            self.people += [(inline.block, inline.offsets[m.child] + m.start, m.entity) for m in
                            sorted(mentions, key=lambda m: (m.child, m.start)) if self.types.get(m.entity) == "person"]
            if inline.kind == "paragraph_open" and (not QUOTE_MARKS.isdisjoint(inline.plain)
                                                    or self.lang.cues.search(inline.plain)):
                yield from self.paragraph(inline)  # not headings or table cells

    def tokens(self, inline: Inline, ranges: list[tuple[int, int]]) -> list[Tok]:
        """The words and mentions of the given stretches of the paragraph, in order."""
        spans = sorted((inline.offsets[m.child] + m.start, inline.offsets[m.child] + m.end, m.entity)
                       for m in self.by_token.get(inline.index, []))
        toks: list[Tok] = []
        for first, last in ranges:
            pos = first
            for start, end, entity in [*(m for m in spans if first <= m[0] < last), (last, last, None)]:
                toks += [Tok(w.start(), w.end(), w[0], w[0].casefold()) for w in WORD.finditer(inline.plain, pos, start)]
                if entity is not None:
                    text = inline.plain[start:end]
                    toks.append(Tok(start, end, text, text.casefold(), entity, self.types.get(entity, "")))
                pos = max(pos, end)
        return toks

    def paragraph(self, inline: Inline) -> Iterator[Quotation]:
        plain, quoted = inline.plain, quote_spans(inline.plain)
        sentences = sentence_spans(plain, self.article.language)
        wanted = [(s, e) for s, e in sentences if not QUOTE_MARKS.isdisjoint(plain[s:e]) or self.lang.cues.search(plain, s, e)]
        toks = self.tokens(inline, wanted)  # only sentences that may attribute words to someone
        starts = [t.start for t in toks]
        for open_at, close_at in quoted:
            words = plain[open_at:close_at].strip(" ,")
            if len(WORD.findall(words)) < 3:
                continue  # a word or two in quotation marks is a term, not a quotation
            after = bisect_right(starts, close_at)
            before = list(range(bisect_left(starts, sentence_start(sentences, open_at)), bisect_left(starts, open_at)))
            found = self.after(toks, after, inline.block) or self.before(toks, before, inline.block)
            if found:
                speaker, cue = found
                yield Quotation(speaker, self.article.id, inline.block, words.strip(), "direct", plain[cue[0]:cue[1]])
        for start, end in sentences:
            text = plain[start:end]
            if QUOTE_MARKS.isdisjoint(text) and self.lang.cues.search(plain, start, end):
                ids = list(range(bisect_left(starts, start), bisect_left(starts, end)))
                if found := self.reported(toks, ids, inline.block):
                    speaker, cue = found
                    yield Quotation(speaker, self.article.id, inline.block, text.strip(), "reported",
                                    plain[cue[0]:cue[1]])

    # --- patterns ------------------------------------------------------------------------------------------

    def after(self, toks: list[Tok], i: int, block: int):
        """After the closing mark: `kata Lavrov`, `jelasnya`, `Menteri … Lavrov memperingatkan`, `he said`."""
        while i < len(toks) and toks[i].text in (",", ".", ":"):
            i += 1
        if i >= len(toks):
            return None
        tok = toks[i]
        if tok.entity is None and tok.word in self.lang.after_quote:
            end = self.run_forward(toks, i + 1)
            return self.named(toks[i + 1:end], toks[i].start)
        if tok.entity is None and self.suffixed(tok.word):
            return self.last_person(block, tok.start, tok)
        pronoun = tok.entity is None and tok.word in self.lang.pronouns
        end = i + 1 if pronoun else self.run_forward(toks, i)
        verb = self.skip_fillers(toks, end)
        if verb < len(toks) and toks[verb].entity is None and toks[verb].word in self.lang.speaker_verbs:
            if pronoun:
                return self.last_person(block, tok.start, toks[verb])
            return self.named(toks[i:end], toks[i].start, toks[verb].end)
        return None

    def before(self, toks: list[Tok], ids: list[int], block: int):
        """Before the opening mark, in its sentence: `Kabulov mendesak Taliban "…"`, `Dia menyatakan bahwa “…”`."""
        for i in reversed(ids):
            if toks[i].entity is None and toks[i].word in self.lang.speaker_verbs:
                return self.subject(toks, i, block)
            if toks[i].entity is None and toks[i].word in self.lang.after_quote:  # kata Lavrov: “…”
                end = self.run_forward(toks, i + 1)
                return self.named(toks[i + 1:end], toks[i].start)
        return None

    def reported(self, toks: list[Tok], ids: list[int], block: int):
        """Indirect speech: `Menurut X, …`, `X mengatakan bahwa …`, `…, kata X.`."""
        words = [toks[i].word for i in ids]
        for phrase in self.lang.according:
            for k in range(len(ids) - len(phrase)):
                if tuple(words[k:k + len(phrase)]) == phrase:
                    first = ids[k + len(phrase)]
                    end = self.run_forward(toks, first)
                    if end < len(toks) and toks[end].text == ",":
                        return self.named(toks[first:end], toks[ids[k]].start)
        for n, i in enumerate(ids):
            if toks[i].entity is None and toks[i].word in self.lang.speaker_verbs:
                if found := self.subject(toks, i, block):
                    return found
            if toks[i].entity is None and toks[i].word in self.lang.after_quote and n > 0 and toks[ids[n - 1]].text == ",":
                end = self.run_forward(toks, i + 1)
                if end >= len(toks) or toks[end].text in SENTENCE_END:
                    return self.named(toks[i + 1:end], toks[i].start)
        return None

    # --- helpers -------------------------------------------------------------------------------------------

    def subject(self, toks: list[Tok], verb: int, block: int):
        """The speaker right in front of a verb: a name with its title, or a pronoun for the person last named."""
        i = verb - 1
        while i >= 0 and toks[i].entity is None and toks[i].word in self.lang.fillers:
            i -= 1
        if i < 0:
            return None
        if toks[i].entity is None and toks[i].word in self.lang.pronouns:
            return self.last_person(block, toks[i].start, toks[verb])
        start = self.run_backward(toks, i)
        return self.named(toks[start:i + 1], toks[start].start if start <= i else 0, toks[verb].end)

    def name_like(self, tok: Tok) -> bool:
        return tok.entity is not None or tok.text[:1].isupper() or tok.word in self.lang.titles

    def run_forward(self, toks: list[Tok], i: int) -> int:
        """The end of the name and title words from i on ("Menteri Luar Negeri Rusia Sergey Lavrov")."""
        while i < len(toks) and (self.name_like(toks[i])
                                 or toks[i].text == "," and i + 1 < len(toks) and toks[i + 1].entity is not None):
            i += 1
        return i

    def run_backward(self, toks: list[Tok], i: int) -> int:
        """The start of the name and title words that end at i ("Sekretaris Jenderal CSTO, Stanislav Zas")."""
        while i >= 0 and (self.name_like(toks[i]) or toks[i].text == "," and i > 0 and self.name_like(toks[i - 1])
                          and i + 1 < len(toks) and toks[i + 1].entity is not None):
            i -= 1
        return i + 1

    def skip_fillers(self, toks: list[Tok], i: int) -> int:
        while i < len(toks) and toks[i].entity is None and toks[i].word in self.lang.fillers:
            i += 1
        return i

    def suffixed(self, word: str) -> str | None:
        """The verb of "katanya", "jelasnya": an after-quote verb with a pronoun suffix."""
        for suffix in self.lang.pronoun_suffix:
            if word.endswith(suffix) and word[: -len(suffix)] in self.lang.after_quote:
                return word[: -len(suffix)]
        return None

    def named(self, run: list[Tok], cue_start: int, cue_end: int | None = None):
        """The speaker of a run of name and title words: its last person, else its last organisation."""
        for kind in SPEAKER_TYPES:
            speakers = [t for t in run if t.kind == kind]
            if speakers:
                return speakers[-1].entity, (cue_start, cue_end or run[-1].end)
        return None

    def last_person(self, block: int, offset: int, cue: Tok):
        """The person named last before this place in the article, whom a pronoun stands for."""
        earlier = [p for p in self.people if (p[0], p[1]) < (block, offset)]
        return (earlier[-1][2], (min(offset, cue.start), max(cue.end, offset))) if earlier else None


def quote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of the words inside each pair of quotation marks; a closing mark without its opening one
    (lost in the scrape) quotes from the start of the paragraph."""
    spans, opened, closer = [], None, ""
    for mark in MARK.finditer(text):
        i, ch = mark.start(), mark[0]
        if opened is None:
            if ch in CLOSERS:
                opened, closer = i + 1, CLOSERS[ch]
            elif ch in "”»" and not spans:
                spans.append((0, i))
        elif ch == closer:
            spans.append((opened, i))
            opened = None
    return spans


def sentence_start(sentences: list[tuple[int, int]], offset: int) -> int:
    return next((s for s, e in sentences if s <= offset < e), 0)
