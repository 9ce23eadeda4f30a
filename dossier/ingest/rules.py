"""Load the ingest rules (rules.yaml) and outlet hints (outlets.yaml) into compiled matchers."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from urllib.parse import urlsplit

import yaml
from dateparser.languages import default_loader

MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
NAME = r"[A-ZА-ЯÀ-Þ][\w.&-]*(?:\s+[A-ZА-ЯÀ-Þ][\w.&-]*){0,2}"  # a name of up to three capitalised words
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def alternation(phrases: list[str]) -> str:
    """A regex alternation of literal phrases, longest first, with flexible inner spaces."""
    ordered = sorted({p.casefold() for p in phrases}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in ordered)


@dataclass(frozen=True)
class Rules:
    """Compiled general rules."""

    read_also: re.Pattern      # a read-also marker with its colon, anywhere in a line
    read_also_line: re.Pattern  # a line that is only a read-also marker
    read_also_start: re.Pattern  # a line that starts with a read-also marker (with or without a colon)
    list_head: re.Pattern
    comment_head: re.Pattern  # "Komentar (3)": readers' comments follow
    prompt: re.Pattern
    furniture: frozenset[str]
    caption_tail: re.Pattern  # link text printed after a caption ("Purchase Licensing Rights")
    counter: re.Pattern
    player: re.Pattern  # "Audio herunterladen", "Listen to this article"
    pagination: re.Pattern  # "Halaman 1 2", "Seite 2 von 3", "Baca di halaman berikutnya: …"
    credit: re.Pattern
    credit_keys: dict[str, str]
    byline: re.Pattern
    credit_after: re.Pattern  # "AFP contributed reporting."
    role: re.Pattern  # a role or desk named after a byline's name
    role_after: re.Pattern  # "Dimas Prasetyo Nugroho, Jurnalis"
    wire: re.Pattern
    published: re.Pattern
    updated: re.Pattern
    zones: dict[str, str]
    date_noise: re.Pattern  # what a date line may carry besides the date: a Hijri date, an issue number
    zone: re.Pattern
    months: dict[str, int]
    weekdays: frozenset[str]
    agencies: frozenset[str]  # "وكالات": news agencies credited without a name
    labels: frozenset[str]  # "UPDATE:", "Catatan:": not a dateline
    not_places: frozenset[str]  # "Nein.", "Prof.": not a dateline either
    editors_note: re.Pattern  # "Editor's note:", "UPDATE:" over the text
    desk: re.Pattern  # "Web Desk", "India News": no person
    news_word: re.Pattern  # "Kun News", "NU Online": an outlet's name
    outlet_then_name: frozenset[str]  # "Laporan Wartawan Tribun Bali, Gede Arya Wiratama"
    capitalised_nouns: frozenset[str]  # languages that capitalise every noun, so title case says nothing


@cache
def rules() -> Rules:
    """The general rules, compiled once."""
    data = yaml.safe_load(resources.files(__package__).joinpath("rules.yaml").read_text(encoding="utf-8"))
    keys = {k.casefold(): kind for kind, words in data["credits"].items() for k in words}
    months, weekdays = date_words(data)
    zones = {k.casefold(): v for k, v in data["zones"].items()}
    return Rules(
        read_also=re.compile(rf"(?i)(?:^|(?<=\s)|(?<=[.!?\"”»]))(?:{alternation(data['read_also'])})\s*[:：]"),
        read_also_line=re.compile(rf"(?i)^\W*(?:{alternation(data['read_also'])})\W*$"),
        read_also_start=re.compile(rf"(?i)^\W*(?:{alternation(data['read_also'])})(?:(?!\w)|(?=(?-i:[A-ZÀ-ÞА-ЯЁ]))"
                                   r"|(?<=[\u0600-\u06FF])(?=[\u0621-\u064A]))"),  # "اقرأ أيضامئات …": glued, no capitals to tell
        list_head=re.compile(rf"(?i)^\W*(?:{alternation(data['lists'])})(?:\s*[:(\d)]*\s*$|\s+\S.*$)"),
        comment_head=re.compile(rf"(?i)^\W*(?:{alternation(data['comment_heads'])})\s*(?:\(\d+\)|\d+)?\s*:?$"),
        prompt=re.compile("(?i)^\\W{0,3}(?:" + "|".join(data["prompts"]) + ")"),
        furniture=frozenset(f.casefold() for f in data["furniture"]),
        caption_tail=re.compile(rf"(?i)\s*(?:{alternation(data['caption_tails'])})$"),
        counter=re.compile("(?i)^(?:" + "|".join(data["counters"]) + r")(?:\s*[·•|]\s*\d{1,2}:\d{2})?\W*$"),
        player=re.compile("(?i)^\\W*(?:" + "|".join(data["players"]) + ")"),
        pagination=re.compile("(?i)^\\W{0,3}(?:" + "|".join(data["pagination"]) + r")\W*$"),
        credit=re.compile(rf"(?i)^(?P<key>{alternation(list(keys))})(?:\s*[:：|–—-]|(?<=\sby)\s)\s*(?P<value>\S.*)$"),
        credit_keys=keys,
        byline=re.compile(rf"(?i)^\(?(?P<key>{alternation(data['bare_credits'])})\s+(?P<value>(?:[^.!?:()]|\.(?=\w)){{2,60}})\)?\.?$"),
        credit_after=re.compile(rf"(?i)^\(?(?P<value>[^\W\d_][^.!?:()]{{1,60}}?)\s+(?P<key>{alternation(data['credits_after'])})\W*$"),
        role=re.compile(rf"(?i)(?:^|[\s-])(?:{alternation(data['roles'])})(?!\w)"),
        role_after=re.compile(rf"(?i)^(?P<value>[^\W\d_][^,]{{2,60}}),\s*(?P<key>{alternation(list(keys))})$"),
        wire=re.compile(rf"(?i)\b(?:{alternation(data['wire_verbs'])})\s+"
                        rf"(?:(?P<wire>(?-i:{NAME}))|(?P<words>[^\s,.;:]+(?:\s+[^\s,.;:]+){{0,2}}))"
                        rf"|(?<!\w)(?P<before>(?-i:{NAME}))(?:{'|'.join(data['wire_after'])})"),
        published=re.compile(rf"(?i)^\W*(?:{alternation(data['published'])})\b\W*"),
        updated=re.compile(rf"(?i)(?:^|\W)(?:{alternation(data['updated'])})\b"),
        zones=zones,
        date_noise=re.compile("(?i)" + "|".join(f"(?:{p})" for p in data["date_noise"])),
        zone=re.compile(rf"(?i)(?<![\w+-])(?:GMT|UTC)\s*(?P<sign>[+-−])\s*(?P<h>\d{{1,2}})(?::?(?P<m>\d{{2}}))?(?!\d)"
                        rf"|(?<![\w])(?P<name>{alternation(list(data['zones']))})(?![\w])"
                        rf"|(?<=\d)(?P<off>[+-]\d{{2}}:?\d{{2}})\b"),
        months=months,
        weekdays=frozenset(weekdays),
        capitalised_nouns=frozenset(data["capitalised_nouns"]),
        labels=frozenset(w.casefold() for w in data["labels"]),
        not_places=frozenset(w.casefold() for w in data["labels"] + data["not_places"]),
        editors_note=re.compile(rf"(?i)^(?:{alternation(data['editors_notes'])})\s*[:.-]"),
        desk=re.compile(rf"(?i)(?<!\w)(?:{alternation(data['desks'])})(?!\w)"),
        news_word=re.compile(rf"(?i)(?<!\w)(?:{alternation(data['news_words'])})$"),
        outlet_then_name=frozenset(w.casefold() for w in data["outlet_then_name"]),
        agencies=frozenset(w.casefold() for w in data["agencies"]),
    )


def date_words(data: dict) -> tuple[dict[str, int], set[str]]:
    """Month names (→ number) and weekday names from dateparser's locale data plus rules.yaml extras."""
    months: dict[str, int] = {}
    weekdays: set[str] = set()
    for lang in data["date_languages"]:
        info = default_loader.get_locale(lang).info
        for number, name in enumerate(MONTHS, 1):
            for form in info.get(name, []):
                if len(form) >= 3:
                    months.setdefault(form.casefold(), number)
        weekdays |= {f.casefold() for day in WEEKDAYS for f in info.get(day, []) if len(f) >= 3}
    for number, forms in data["months"].items():
        months.update({f.casefold(): int(number) for f in forms})
    weekdays |= {"jum'at", "minggu", "ahad"}
    return months, weekdays


@dataclass(frozen=True)
class Outlet:
    """What we know about one outlet: its name, the domains it publishes on, how it brands itself."""

    name: str
    domains: tuple[str, ...]
    brands: tuple[str, ...]
    agency: bool = False  # a news agency: named in a dateline, it is the source credited


@cache
def outlets() -> tuple[Outlet, ...]:
    """Per-outlet hints from outlets.yaml."""
    data = yaml.safe_load(resources.files(__package__).joinpath("outlets.yaml").read_text(encoding="utf-8"))
    return tuple(Outlet(o["name"], tuple(o.get("domains", ())), tuple(o.get("brands", ())), bool(o.get("agency")))
                 for o in data)


def outlet_for_url(url: str | None) -> Outlet | None:
    """The known outlet publishing at this address."""
    host = (urlsplit(url).hostname or "") if url else ""
    for outlet in outlets():
        if any(host == d or host.endswith("." + d) for d in outlet.domains):
            return outlet
    return None


@cache
def outlet_for_brand(text: str) -> Outlet | None:
    """The known outlet whose name, brand or domain this text is."""
    key = brand_key(text)
    for outlet in outlets():
        if key in {brand_key(outlet.name), *(brand_key(b) for b in outlet.brands), *outlet.domains}:
            return outlet
    for outlet in outlets():  # a regional edition: "ANTARA News Makassar" (not "Associated Press of Pakistan")
        if any(len(b.split()) >= 2 and key.startswith(brand_key(b) + " ")
               and "".join(text.split()[len(b.split()):])[:1].isupper() for b in (outlet.name, *outlet.brands)):
            return outlet
    return None


def initials(name: str) -> set[str]:
    """A name's initials, with and without its small words: "VOA" and "VA" for "Voice of America", "APP" for
    "Associated Press of Pakistan"."""
    words = re.findall(r"\w+", name)
    return {"".join(w[0] for w in words).casefold(), "".join(w[0] for w in words if w[0].isupper()).casefold()}


def brand_key(text: str) -> str:
    """How a brand is compared: any case, without quotes ("МИА «Россия сегодня»") or edge punctuation."""
    return " ".join(re.sub(r"[«»“”\"„]", " ", text.casefold()).split()).strip(" .,-–—/()")
