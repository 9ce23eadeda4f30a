"""The words of a language as suggest.yaml describes them: stop words, titles, organisation words, connectors."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml

WORD = re.compile(r"\w+(?:['’-]\w+)*")
SUFFIX = re.compile(r"['’]([^\W\d_]+)$")
OPENERS = ".!?…:;\"“”«»„‘’'–—"  # after one of these a sentence or a quotation starts
NAME, ACRONYM, CONNECTOR, OTHER = "name", "acronym", "connector", "other"

@dataclass(frozen=True, slots=True)
class WordList:
    """Words matched case-insensitively; acronyms of up to three letters only as written."""

    written: frozenset[str]
    folded: frozenset[str]

    @staticmethod
    def of(words: Iterable[str]) -> WordList:
        words = frozenset(str(w) for w in words)
        return WordList(words, frozenset(w.casefold() for w in words))

    def __contains__(self, word: str) -> bool:
        head, _, tail = word.partition("-")
        if tail and head.casefold() == tail.casefold():
            word = head  # a reduplicated plural, "Negara-negara": listed as its base word
        if word.isupper() and len(word) < 4:
            return word in self.written
        return word.casefold() in self.folded


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """One language's word lists, as described in suggest.yaml."""

    stop: WordList
    titles: WordList
    organisations: WordList
    connectors: frozenset[str]
    capitalised_nouns: bool
    apostrophe_suffixes: bool

    def is_generic(self, word: Word) -> bool:
        return word.kind == CONNECTOR or word.text in self.titles or word.text in self.organisations


@lru_cache(maxsize=16)
def vocabulary(language: str) -> Vocabulary:
    """The word lists of a language, or of English when suggest.yaml has none for it."""
    data = yaml.safe_load(resources.files("dossier").joinpath("suggest.yaml").read_text(encoding="utf-8"))
    lists = data["languages"].get(language) or data["languages"]["en"]
    stop = WordList.of(lists["stop"])
    return Vocabulary(stop, WordList.of(lists["titles"]), WordList.of(lists["organisations"]),
                      frozenset(c for c in data["connectors"] if c.casefold() not in stop.folded),
                      bool(lists.get("capitalised_nouns")), bool(lists.get("apostrophe_suffixes")))


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    start: int
    end: int
    kind: str  # NAME, ACRONYM, CONNECTOR or OTHER (which ends a name)


def read_word(match: re.Match[str], text: str, vocab: Vocabulary) -> Word:
    """The word without a possessive or (Turkish) case ending: "Putin's", "Ankara'ya" → "Putin", "Ankara"."""
    token, end = match[0], match.end()
    ending = SUFFIX.search(token)
    if ending and ending[1].islower() and (ending[1] == "s" or vocab.apostrophe_suffixes):
        token, end = token[:ending.start()], match.start() + ending.start()
    return Word(token, match.start(), end, classify(token, text[end:end + 2], vocab))


def classify(token: str, after: str, vocab: Vocabulary) -> str:
    """Tell a name word, an acronym or a connector from words that end a name."""
    letters = sum(c.isalpha() for c in token)
    if not letters or token in vocab.stop or (after[:1] in "./@" and after[1:2].isalnum()):
        return OTHER  # numbers, stop words, web and mail addresses
    if token.isupper():
        return ACRONYM if 2 <= letters <= 6 else OTHER
    if token[0].isupper():
        return NAME
    head, _, rest = token.partition("-")
    if head in vocab.connectors:
        return NAME if rest[:1].isupper() else CONNECTOR if not rest else OTHER  # "al-Assad", "bin"
    return OTHER


def is_initial(text: str, offset: int) -> bool:
    """The word at offset starts a sentence, a quotation or the passage."""
    before = text[:offset].rstrip()
    return not before or before[-1] in OPENERS or before.endswith(" -")
