"""Suggest entities: capitalised names and acronyms in the articles that no registered alias matches."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace

from slugify import slugify

from .frontmatter import read_yaml, split_front_matter
from .markdown import markdown
from .model import Article, Dossier, Entity, EntityId, SourceFile
from .resolve import Matcher, sentence_at
from .vocabulary import (
    ACRONYM,
    CONNECTOR,
    NAME,
    OTHER,
    WORD,
    Vocabulary,
    Word,
    is_initial,
    read_word,
    vocabulary,
)

LONGEST = 5  # words in a name; longer runs of capitals are headlines or menus, unless they name an organisation
Match = tuple[int, int, EntityId]


@dataclass(frozen=True, slots=True)
class Passage:
    """Plain text from one article, with the file line on which each of its lines starts."""

    article: Article
    text: str
    lines: tuple[tuple[int, int], ...]  # (offset in text, line in file), ascending

    def line_at(self, offset: int) -> int:
        return [line for start, line in self.lines if start <= offset][-1]


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One candidate name in a passage."""

    name: str
    passage: Passage
    start: int


@dataclass(frozen=True, slots=True)
class Evidence:
    """How the whole dossier writes words: capitalised mid-sentence, or in lower case (folded)."""

    capitalised: frozenset[str]
    lowercase: frozenset[str]


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A name that looks like an entity but is not registered, with where it first occurs."""

    name: str
    id: str
    occurrences: int
    articles: int
    path: str
    line: int
    sentence: str
    id_taken: bool = False
    part_of: str | None = None  # a longer suggested name that contains this one


def suggest(dossier: Dossier, matcher: Matcher, files: Iterable[SourceFile] = (), min_count: int = 1) -> list[Suggestion]:
    """Unregistered names in bodies, standfirsts and captions, most widespread first."""
    sources = {f.path: f.data.decode("utf-8-sig", "replace") for f in files if f.kind == "article"}
    passages = [p for a in dossier.articles.values()
                for p in [*front_passages(a, sources.get(a.origin.path)), *body_passages(a)]]
    readings = [(p, *read(p, matcher)) for p in passages]
    evidence = gather(readings)
    occurrences = [o for p, words, matches in readings for o in scan(p, words, matches, dossier.entities, evidence)]
    return rank(occurrences, dossier, min_count)


def body_passages(article: Article) -> Iterator[Passage]:
    """Each paragraph, heading or table cell of the body as plain text, code left out."""
    for token in markdown().parse(article.body):
        if token.type != "inline" or not token.children or not token.map:
            continue
        text, lines = "", [(0, article.body_line + token.map[0])]
        for child in token.children:
            if child.type in ("softbreak", "hardbreak"):
                text += " "
                lines.append((len(text), lines[-1][1] + 1))
            elif child.type == "text":
                text += child.content
            elif not child.type.endswith(("_open", "_close")):
                text += " "  # code, images, footnote references: a word break
        yield Passage(article, text, tuple(lines))


def front_passages(article: Article, source: str | None) -> Iterator[Passage]:
    """The standfirst and captions, each on the front-matter line it was read from."""
    doc, raw = None, []
    if source is not None:
        front, _, _, diags = split_front_matter(source, article.origin.path)
        doc = read_yaml(front, article.origin.path, first_line=2)[0] if not diags else None
        raw = source.splitlines()
    fields = [(("standfirst",), article.standfirst)] if article.standfirst else []
    fields += [(("captions", i), blank(caption, article.title)) for i, caption in enumerate(article.captions)]
    for path, text in fields:
        first = doc.at(*path).line if doc else article.origin.line
        yield Passage(article, text, scalar_lines(text, raw, first))


def blank(caption: str, title: str) -> str:
    """Blank out the headline that captions often repeat: its title case is not a signal."""
    return caption.replace(title, " " * len(title)) if title else caption


def scalar_lines(text: str, raw: list[str], first: int) -> tuple[tuple[int, int], ...]:
    """Map offsets of a YAML scalar folded over indented lines back to those lines."""
    lines, cursor = [(0, first)], 0
    for number in range(first + 1, len(raw) + 1):
        line = raw[number - 1]
        fragment = line.strip().strip("'\"")[:20]
        if not line[:1].isspace() or line.lstrip().startswith(("- ", "---")) or not fragment:
            break
        found = text.find(fragment, cursor + 1)
        if found < 0:
            break
        lines.append((found, number))
        cursor = found
    return tuple(lines)


def read(passage: Passage, matcher: Matcher) -> tuple[list[Word], list[Match]]:
    """The words of a passage and its registered names."""
    vocab = vocabulary(passage.article.language)
    return [read_word(m, passage.text, vocab) for m in WORD.finditer(passage.text)], matcher.find(passage.text)


def gather(readings: list[tuple[Passage, list[Word], list[Match]]]) -> Evidence:
    """Collect the words the dossier capitalises mid-sentence and those it writes in lower case."""
    capitalised, lowercase = set(), set()
    for passage, words, matches in readings:
        for w in words:
            if w.text.islower():
                lowercase.add(w.text.casefold())
            elif w.kind == NAME and not is_initial(passage.text, w.start) and not overlapping(w, matches):
                capitalised.add(w.text.casefold())
    return Evidence(frozenset(capitalised), frozenset(lowercase))


def scan(passage: Passage, words: list[Word], matches: list[Match], entities: Mapping[EntityId, Entity],
         evidence: Evidence) -> list[Occurrence]:
    """Candidate names in a passage."""
    text, vocab = passage.text, vocabulary(passage.article.language)
    words = [replace(w, kind=OTHER) if is_sentence_case(w, text, vocab, evidence) else w for w in words]
    return [o for run in find_runs(text, words) for piece in split_run(run, matches, entities, vocab)
            for o in occurrence(passage, piece, vocab, evidence)]


def is_sentence_case(word: Word, text: str, vocab: Vocabulary, evidence: Evidence) -> bool:
    """A common word capitalised only because it starts a sentence ("Pernyataan Osama bin Laden")."""
    folded = word.text.casefold()
    return (word.kind == NAME and folded in evidence.lowercase and folded not in evidence.capitalised
            and is_initial(text, word.start) and not vocab.is_generic(word))


def overlapping(word: Word, matches: list[Match]) -> Match | None:
    return next((m for m in matches if m[0] < word.end and word.start < m[1]), None)


def find_runs(text: str, words: list[Word]) -> list[list[Word]]:
    """Name words and acronyms separated by single spaces or connectors ("Osama bin Laden")."""
    runs, run = [], []
    for word in words:
        if run and not is_gap(text[run[-1].end:word.start]):
            runs.append(run)
            run = []
        if word.kind in (NAME, ACRONYM) or (word.kind == CONNECTOR and run):
            run.append(word)
        elif run:
            runs.append(run)
            run = []
    return [trimmed for trimmed in map(trim, [*runs, run]) if trimmed]


def is_gap(between: str) -> bool:
    return between == "" or (between.isspace() and len(between) <= 3)


def trim(words: list[Word]) -> list[Word]:
    """Drop connectors from both ends."""
    while words and words[0].kind == CONNECTOR:
        words = words[1:]
    while words and words[-1].kind == CONNECTOR:
        words = words[:-1]
    return words


def split_run(run: list[Word], matches: list[Match], entities: Mapping[EntityId, Entity],
              vocab: Vocabulary) -> Iterator[tuple[int, int, list[Word]]]:
    """Cut a run around registered names; yield (start, end, words) of the pieces that may be new."""
    parts: list[list[Word] | Match] = []
    for word in run:
        match = overlapping(word, matches)
        if match is None:
            parts.append([*parts.pop(), word] if parts and isinstance(parts[-1], list) else [word])
        elif not parts or parts[-1] != match:
            parts.append(match)
    for i, part in enumerate(parts):
        neighbours = [p for p in parts[i + 1:i + 2] + parts[max(i - 1, 0):i] if not isinstance(p, list)]
        if isinstance(part, list) and trim(part):
            yield from piece(trim(part), [(m, entities[m[2]].type) for m in neighbours], vocab)


def piece(words: list[Word], neighbours: list[tuple[Match, str]],
          vocab: Vocabulary) -> Iterator[tuple[int, int, list[Word]]]:
    """Keep organisation names whole; drop titles and variants of registered people's names."""
    if any(w.text in vocab.organisations for w in words):
        while len(words) > 1 and words[0].text in vocab.titles:
            words = trim(words[1:])  # "Глава МИД России": МИД России
        start, end = words[0].start, words[-1].end
        place = next((m for m, kind in neighbours if kind == "place"), None)
        if place or not all(map(vocab.is_generic, words)):
            yield (min(start, place[0]), max(end, place[1]), words) if place else (start, end, words)
        return
    if any(kind == "person" for _, kind in neighbours):
        return  # "Vadimir" in "Presiden Rusia Vadimir Putin": a spelling of a registered name
    rest = words
    while rest and rest[0].text in vocab.titles:
        rest = trim(rest[1:])
    if rest is not words and len(rest) > 1 and rest[0].kind == ACRONYM and not vocab.is_generic(rest[0]):
        yield rest[0].start, rest[0].end, rest[:1]  # "Sekjen PBB Antonio Guterres": PBB, Antonio Guterres
        rest = trim(rest[1:])
    while rest and rest[-1].text in vocab.titles:
        rest = trim(rest[:-1])  # "Astana Ibu kota": Ibu belongs to "ibu kota", capital city
    if rest and not all(map(vocab.is_generic, rest)) and sum(w.kind != CONNECTOR for w in rest) <= LONGEST:
        yield rest[0].start, rest[-1].end, rest


def occurrence(passage: Passage, found: tuple[int, int, list[Word]], vocab: Vocabulary,
               evidence: Evidence) -> list[Occurrence]:
    """The occurrence of a piece; a single capitalised word only where it may be a name."""
    start, end, words = found
    single = len(words) == 1 and words[0].kind == NAME and (start, end) == (words[0].start, words[0].end)
    if single and (vocab.capitalised_nouns or (is_initial(passage.text, start)
                                               and words[0].text.casefold() not in evidence.capitalised)):
        return []  # a German noun, or a word that is only capitalised at the start of sentences
    return [Occurrence(" ".join(passage.text[start:end].split()), passage, start)]


def rank(occurrences: list[Occurrence], dossier: Dossier, min_count: int) -> list[Suggestion]:
    """Group names case-insensitively; most articles first, then most occurrences."""
    groups: dict[str, list[Occurrence]] = defaultdict(list)
    for o in occurrences:
        groups[o.name.casefold()].append(o)
    suggestions = []
    for group in groups.values():
        if len(group) < min_count:
            continue
        first = min(group, key=lambda o: (o.passage.article.id, o.passage.line_at(o.start), o.start))
        name = Counter(o.name for o in group).most_common(1)[0][0]
        ident = slugify(name)
        sentence = sentence_at(first.passage.text, first.start, first.passage.article.language)
        suggestions.append(Suggestion(name, ident, len(group), len({o.passage.article.id for o in group}),
                                      first.passage.article.origin.path, first.passage.line_at(first.start),
                                      excerpt(sentence, first.name), ident in dossier.entities))
    return part_of(sorted(suggestions, key=lambda s: (-s.articles, -s.occurrences, s.name.casefold())))


def part_of(suggestions: list[Suggestion]) -> list[Suggestion]:
    """Point each name at a longer, as widespread name it is part of ("Lavrov" → "Sergey Lavrov")."""
    words = {s.name: tuple(s.name.casefold().split()) for s in suggestions}
    having: dict[str, list[Suggestion]] = defaultdict(list)
    for s in suggestions:
        for word in dict.fromkeys(words[s.name]):
            having[word].append(s)
    out = []
    for s in suggestions:
        mine, n = words[s.name], len(words[s.name])
        longer = [] if s.name.isupper() else [o.name for o in having[mine[0]] if len(words[o.name]) > n and o.articles >= s.articles
                  and any(words[o.name][i:i + n] == mine for i in range(len(words[o.name]) - n + 1))]
        out.append(replace(s, part_of=longer[0]) if longer else s)
    return out


def excerpt(sentence: str, name: str, width: int = 160) -> str:
    """The sentence, cut to about width characters around the name."""
    sentence = " ".join(sentence.split())
    if len(sentence) <= width:
        return sentence
    at = max(sentence.find(name), 0)
    start = max(0, min(at - width // 3, len(sentence) - width))
    start = sentence.find(" ", start) + 1 if start else 0
    end = sentence.rfind(" ", start, start + width)
    end = len(sentence) if start + width >= len(sentence) else end if end > at else start + width
    return ("…" if start else "") + sentence[start:end].strip() + ("…" if end < len(sentence) else "")
