"""Benchmarks on a deterministic synthetic dossier: realistic Indonesian-like prose, a registry of entities
with aliases in several spellings and scripts, and Zipf-distributed mentions. Figures are printed, never
asserted: speed is measured here, correctness in the tests.
"""

from __future__ import annotations

import random
import resource
import time
from collections.abc import Callable
from dataclasses import dataclass

from .model import Alias, Article, Dossier, Entity, Origin, Precision, Provenance, PubDate
from .quotes import quotations
from .resolve import Matcher, resolve

WORDS = ("yang dan di ke dari untuk dengan pada dalam tidak akan telah ini itu juga oleh sebagai bahwa karena "
         "negara pemerintah pasukan perbatasan keamanan wilayah kawasan pertemuan kerja sama hubungan ancaman "
         "situasi stabilitas perdamaian kesepakatan pembicaraan delegasi menteri presiden militer ekonomi "
         "perdagangan bantuan upaya langkah kebijakan rencana laporan pernyataan sumber pejabat warga kota "
         "menyatakan mengatakan menegaskan menjelaskan menambahkan meningkatkan menjaga memperkuat membahas "
         "menghadapi mendukung menolak menyerukan mengirim memastikan menerima melanjutkan mencapai "
         "baru besar penting utama tinggi lebih sangat masih sudah belum hanya setiap beberapa seluruh lain "
         "sejak selama setelah sebelum ketika hingga antara terhadap tentang melalui menurut sekitar").split()
SYLLABLES = "ka ri mo la ta ne sa vo di ru ba ze lu mi ko sha gu pe ni to ar el an ov in".split()
CYRILLIC = str.maketrans("abdegiklmnoprstuvzh", "абдегиклмнопрстувзх")
TYPES = ("person", "organization", "place")


def name_for(i: int) -> str:
    """A unique two-word name for entity i, built from syllables (Kamori Lataneva …)."""
    n, parts = i, []
    for _ in range(4):
        n, r = divmod(n, len(SYLLABLES))
        parts.append(SYLLABLES[r])
    first, last = "".join(parts[:2]), "".join(parts[2:]) + "va"
    return f"{first.title()} {last.title()}"


def registry(count: int, aliases: int) -> list[Entity]:
    """`count` entities with `aliases` spellings each: the name, the family name, an Indonesian title form,
    an acronym or Cyrillic spelling, and a possessive form."""
    entities = []
    for i in range(count):
        name, kind = name_for(i), TYPES[i % 3]
        first, last = name.split()
        forms = [name, f"{last} {first}", f"Tuan {name}", name.translate(CYRILLIC).title(),
                 f"{last}, {first}", f"{name} Raya"]
        entity_id = name.lower().replace(" ", "-")
        entities.append(Entity(entity_id, Origin(f"content/entities/{entity_id}.md", 1), name, kind,
                               tuple(Alias(a) for a in dict.fromkeys(forms[:aliases])), "", 8))
    return entities


def article_text(rng: random.Random, entities: list[Entity], weights: list[float], words: int) -> str:
    """500-700 words of prose in paragraphs of 3-5 sentences, one mention every ~25 words."""
    paragraphs, sentence, written = [], [], 0
    para: list[str] = []
    while written < words:
        if rng.random() < 0.04:
            entity = rng.choices(entities, weights)[0]
            sentence.append(rng.choice(entity.aliases).text)
        else:
            sentence.append(rng.choice(WORDS))
        written += 1
        if len(sentence) >= 12 and rng.random() < 0.12:
            para.append(sentence_of(sentence))
            sentence = []
            if len(para) >= 3 and rng.random() < 0.4:
                paragraphs.append(" ".join(para))
                para = []
    para.append(sentence_of(sentence))
    paragraphs.append(" ".join(para))
    return "\n\n".join(paragraphs) + "\n"


def sentence_of(words: list[str]) -> str:
    text = " ".join(words)
    return text[:1].upper() + text[1:] + "."


def corpus(articles: int, entities: int, aliases: int, seed: int = 1) -> Dossier:
    """A deterministic in-memory dossier of the given size."""
    rng = random.Random(seed)
    registered = registry(entities, aliases)
    weights = [1 / (rank + 1) ** 1.1 for rank in range(len(registered))]  # Zipf
    made = []
    for i in range(articles):
        article_id = f"a{i:06d}"
        path = f"content/articles/{article_id}.md"
        date = PubDate(Precision.DAY, 2015 + i % 10, 1 + i % 12, 1 + i % 28)
        made.append(Article(article_id, Origin(path, 1), f"Artikel {i}", date, "Contoh", "id", (),
                            Provenance("sources/x.txt", "0" * 64, Origin(path, 9)),
                            article_text(rng, registered, weights, rng.randint(500, 700)), 12))
    return Dossier.of(made, registered)


@dataclass
class Row:
    phase: str
    seconds: float
    note: str = ""


def timed(rows: list[Row], phase: str, run: Callable, note: Callable[[object], str] = lambda _: ""):
    start = time.perf_counter()
    value = run()
    rows.append(Row(phase, time.perf_counter() - start, note(value)))
    return value


def matching(articles: int = 10_000, entities: int = 2_000, aliases: int = 5) -> str:
    """Time mention detection at the given size, and at a tenth of it to show how it scales."""
    lines = [f"mention matching: {articles:,} articles × {entities:,} entities × {aliases} aliases"]
    for n in (articles // 10, articles):
        rows: list[Row] = []
        dossier = timed(rows, "generate corpus", lambda n=n: corpus(n, entities, aliases))
        megabytes = sum(len(a.body.encode()) for a in dossier.articles.values()) / 1e6
        ents = list(dossier.entities.values())
        timed(rows, "build automaton", lambda ents=ents: Matcher(ents),
              lambda m: f"{len(m.automaton):,} alias keys")
        plain = [a.body for a in dossier.articles.values()]
        matcher = Matcher(ents)
        timed(rows, "scan bodies (Aho-Corasick only)", lambda plain=plain: sum(len(matcher.find(t)) for t in plain),
              lambda found: f"{found:,} matches")
        rows[-1].note += f", {megabytes / rows[-1].seconds:.1f} MB/s"
        resolved = timed(rows, "resolve (mentions, sentences, checks)", lambda d=dossier: resolve(d)[0],
                         lambda d: f"{len(d.mentions):,} mentions")
        timed(rows, "quotations", lambda d=resolved: quotations(d), lambda d: f"{len(d.quotations):,} statements")
        lines.append(f"\n{n:,} articles, {megabytes:.1f} MB of text")
        lines += [f"  {r.phase:<40} {r.seconds:8.2f} s  {r.note}" for r in rows]
        scan = next(r for r in rows if r.phase.startswith("resolve"))
        lines.append(f"  {'resolve per article':<40} {scan.seconds / n * 1e3:8.3f} ms")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines.append(f"\npeak memory (whole run) {peak:.0f} MiB")
    return "\n".join(lines)

