"""Split a raw page into paragraphs and tell what each one is: prose, a date line, a caption, furniture …"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from .dates import FoundDate, read_date_line
from .rules import rules

INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
SENTENCE_END = re.compile(r"[.!?…؟。](?:[\"”’'»)\]*]|\s)*$|[\"”’»]$")
CAPTION = re.compile(
    r"(?i)(kredit foto|foto|photo|фото|bild|fotoğraf|صورة|image|gambar|ilustrasi|illustration)\s*[:/|]"
    r"|\b(REUTERS|AFP|AP Photo|AP|EPA|ANTARA FOTO|Getty Images|Anadolu|Xinhua|dpa|Sputnik|IRNA)\s*/\s*\w"
    r"|\((foto|photo|dok|dokumentasi|ist)\b[^)]*\)\s*$|\bFoto/[A-Z]|/FOTO\b|\(Istimewa\)$"
    r"|^(image caption|image source|caption|bildunterschrift|bildquelle|подпись к фото|görsel|"
    r"التعليق على الصورة|مصدر الصورة|صدر الصورة)\s*[,:،]"
    r"|[^.!?\s]\s*[\[(][^\])]*(/|\bvia\b|Reuters|AFP|Getty|EPA|AP Photo|Anadolu|Xinhua|ANTARA)[^\])]*[\])]$"
    r"|[.!?]\s+(REUTERS|AFP|AP|ANTARA|EPA|GETTY IMAGES|XINHUA|ANADOLU)$")
PHOTO_CREDIT = re.compile(r"^\((?:[A-Z][A-Za-z]+/)+[A-Z][A-Za-z]+\)$|^\((?:AFP|AP|REUTERS|EPA|ANTARA|Getty Images)[^)]*\)$")
INITIALS = re.compile(r"^\((?P<who>[a-z]{1,5}(?:\s*/\s*[a-z]{1,5})*)\)$|^\((?P<wire>[A-Z]{2,6}(?:-[A-Z]{2,4})?)\)$")
TRUNCATED = re.compile(r"(?:\.\.\.|…)$")
WORD = re.compile(r"\w+(?:[-'’.]\w+)*")


@dataclass
class Line:
    """One paragraph of the page and what it looks like."""

    index: int
    text: str
    kind: str  # prose, sentence, short, date, read-also, list, prompt, furniture, credit, initials, caption,
    #            photo-credit, truncated
    date: FoundDate | None = None

    @property
    def words(self) -> int:
        return len(WORD.findall(self.text))


def normalise(text: str) -> str:
    """NFC, no invisible characters, every kind of space a plain space."""
    text = INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    return " ".join(text.split())


def paragraphs_of(text: str, keep_lines: bool = False) -> list[str]:
    """Split on blank lines and join hard-wrapped lines; with keep_lines every line is its own paragraph."""
    blocks, current = [], []
    for raw in text.splitlines():
        line = normalise(raw)
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    if keep_lines:
        return [line for block in blocks for line in block]
    return [p for block in blocks for p in join_wrapped(block)]


def join_wrapped(lines: list[str]) -> list[str]:
    """Join a line to the previous one when that one stops mid-sentence and the line goes on with it."""
    width = wrap_width(lines)
    out: list[str] = []
    last = ""  # the previous raw line (out[-1] may hold several joined ones)
    for line in lines:
        prev = out[-1] if out else ""
        goes_on = line[:1].islower() or ends_sentence(line) or prev.endswith((",", ";", "–", "-"))
        wrapped = width and len(last) >= width - 25 and not is_titlecase(last)
        if prev and not ends_sentence(prev) and (wrapped or (goes_on and word_count(prev) >= 12)) \
                and not is_marked(prev) and not is_marked(line):
            out[-1] = f"{prev} {line}"
        else:
            out.append(line)
        last = line
    return out


def wrap_width(lines: list[str]) -> int:
    """The column a hard-wrapped block breaks at (most of its lines nearly that long), else 0."""
    lengths = [len(line) for line in lines]
    if len(lines) < 2 or not 40 <= max(lengths) <= 100:
        return 0
    near = sum(n >= max(lengths) - 25 for n in lengths[:-1])
    return max(lengths) if near >= max(1, (len(lines) - 1) * 2 // 3) else 0


def word_count(text: str) -> int:
    return len(WORD.findall(text))


def ends_sentence(text: str, ellipsis: bool = True) -> bool:
    """The text ends like a sentence; with ellipsis=False a trailing "..." (a truncated teaser) does not count."""
    if not ellipsis and TRUNCATED.search(text.rstrip("\"”’'» ")):
        return False
    return bool(SENTENCE_END.search(text))


def without_read_also(text: str) -> str:
    """The paragraph without a read-also link glued to its end."""
    m = rules().read_also.search(text)
    return text[: m.start()].rstrip() if m and m.start() > 0 else text


def is_marked(text: str) -> bool:
    """A line that is clearly not running text (furniture, a caption, a credit, a date line …)."""
    return classify(text) not in ("prose", "sentence", "short") or read_date_line(text) is not None


def is_titlecase(text: str) -> bool:
    """Most longer words capitalised, as in headlines ("Rusia dan China Kebut Mega Proyek Pipa Gas")."""
    cased = [w for w in re.findall(r"[^\W\d_]{4,}", text) if w[0].lower() != w[0].upper()]
    return len(cased) >= 3 and sum(w[0].isupper() for w in cased) > len(cased) * 0.6


def classify(text: str) -> str:
    """What kind of paragraph this is, judged on its own."""
    r = rules()
    folded = text.casefold().strip(" :")
    if r.read_also_line.match(text) or (m := r.read_also.search(text)) and not text[: m.start()].strip(" -•*>"):
        return "read-also"
    if r.read_also_start.match(text) and (text.endswith(":") or not ends_sentence(text)) and word_count(text) <= 20:
        return "read-also"  # "Читайте также Более тысячи …", "Simak juga video …:"
    if not re.search(r"[^\W\d_]", text) or folded in r.furniture or is_share_row(folded) or r.counter.match(text):
        return "furniture"
    if r.list_head.match(text) and word_count(text) <= 6 and not ends_sentence(text.rstrip(":")):
        return "list"
    if r.prompt.match(text):
        return "prompt"
    if INITIALS.match(text):
        return "initials"
    if PHOTO_CREDIT.match(text):
        return "photo-credit"
    if is_credit(text):
        return "credit"
    if CAPTION.search(text):
        return "caption"
    text = without_read_also(text)
    if word_count(text) >= 12 and ends_sentence(text, ellipsis=False):
        return "prose"
    if word_count(text) >= 3 and ends_sentence(text, ellipsis=False):
        return "sentence"
    return "short"


def is_share_row(folded: str) -> bool:
    words = folded.replace("icon", " ").split()
    return len(words) >= 2 and all(w in rules().furniture for w in words)


def is_credit(text: str) -> bool:
    return bool(credits_of(text))


def credits_of(text: str) -> list[tuple[str, str]]:
    """The credits on a line: "Editor: X", "By X", or "Penulis X | Editor Y"; [] if the line is something else."""
    parts = [p.strip() for p in re.split(r"\s*\|\s*|/\s+(?=[^\W\d_]+\s*:)", text) if p.strip()]
    found = [credit_of(p, bare=len(parts) > 1) for p in parts]
    return found if found and None not in found else []


def credit_of(text: str, bare: bool = False) -> tuple[str, str] | None:
    """("author" | "editor" | "source", name) for a credit such as "Editor: Tyas Siti Gantina"."""
    r = rules()
    m = r.credit.match(text) or r.byline.match(text)
    if m is None and bare:
        bare = re.match(rf"(?i)^(?P<key>{'|'.join(map(re.escape, r.credit_keys))})\s+(?P<value>[A-ZÀ-ÞА-Я].*)$", text)
        if bare is None or word_count(bare["value"]) > 5 or ends_sentence(bare["value"]):
            return None
        m = bare
    if m is None:
        return None
    value = m["value"].strip()
    if word_count(value) > 8 or (ends_sentence(value) and word_count(value) > 4):
        return None
    key = re.sub(r"\s+", " ", m["key"].casefold())
    return r.credit_keys.get(key, "author"), value


def classify_all(paragraphs: list[str]) -> list[Line]:
    """Classify every paragraph; date lines carry the date they state."""
    out = []
    for i, text in enumerate(paragraphs):
        kind = classify(text)
        found = read_date_line(text) if kind in ("short", "sentence", "prose", "prompt", "credit") else None
        if found is not None and not (kind == "credit" and found.rest):
            kind = "date"
        out.append(Line(i, text, kind, found))
    return relate(out)


def relate(lines: list[Line]) -> list[Line]:
    """Judge lines by their neighbours: a caption under a photo credit, shorter copies of captions and headlines."""
    for i, line in enumerate(lines):
        prev = lines[i - 1] if i else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if prev and prev.kind == "photo-credit" and line.kind in ("prose", "sentence", "short") or nxt and nxt.kind == "caption" and line.kind in ("prose", "sentence") and len(line.text) >= 20 \
                and nxt.text.startswith(line.text.rstrip(".* ")):
            line.kind = "caption"
        elif is_truncated_copy(line, lines[max(0, i - 3): i + 4]):
            line.kind = "truncated"
    return lines


def is_truncated_copy(line: Line, near: list[Line]) -> bool:
    """A headline cut short ("Serangan Pakistan Hancurkan...") next to its full form."""
    if not TRUNCATED.search(line.text):
        return False
    stem = TRUNCATED.sub("", line.text).rstrip(" ,;:")
    return len(stem) >= 8 and any(o is not line and o.kind != "caption" and o.text.startswith(stem)
                                  and len(o.text) > len(stem) + 3 for o in near)
