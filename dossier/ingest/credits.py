"""Who made the article: outlet, dateline, bylines, credits, initials and the wire it reports from."""

from __future__ import annotations

import re

from slugify import slugify

from .dates import read_date_line
from .found import Extract, Hints
from .lines import BRACKETED_INITIALS, INITIALS, LINK_NUMBER, NAME, Line, classify, credits_of, ends_sentence, word_count
from .rules import initials, outlet_for_brand, outlet_for_url, rules

DATELINE_ONLY = re.compile(r"^(?P<place>[^.!?]{2,60}?)\s*(?:-{1,2}|–|—)$")
DATELINE = re.compile(r"^(?P<prefix>(?:[^.!?\"“”«»|]|\.(?=\S)|(?<=\sг)\.|(?<=[A-ZА-ЯЁ]{3})\.(?=\s[A-ZА-ЯЁ]{3,}\b)"
                      r"|(?<=\s[A-Z][a-z]{2})\.(?=\s\d))"  # "TEHRAN, Oct. 04 (MNA) –"
                      r"{2,70}?)"
                      r"(?:\s+(?:-{1,2}|–|—|\||·)\s+(?=\S)|(?:(?<=\.[a-z]{2})|(?<=\.[a-z]{3}))\|\s+(?=\S)|(?<=[A-ZА-ЯЁ]{3})[–—](?=[^\W\d_])|(?<=[\u0600-\u06FF]{3}|[A-ZА-ЯЁ]{3})[-–—]\s+(?=\S)|(?<=\))[-–—]\s*(?=\S))")  # also "Harianjogja.com, KHUJAND—Para …"
PAREN_WIRE = re.compile(r"^\((?P<wire>[^()\d]{2,20})\)\s*[-–—]\s+(?=\S)")  # "(أ ف ب) – …", "(AFP) - …"
DAY_WIRE = re.compile(r"^\d{1,2}\s*[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{2,4})?\s*\((?P<wire>[^()\d]{2,20})\)\s*(?:-{1,2}|–|—)\s*(?=\S)")
# "الكويت - 12 - 10 (كونا) -- …": KUNA's day and month, then the agency, after the place
PLACE_PERIOD = re.compile(r"^(?P<place>[A-ZÄÖÜ][a-zäöüß]{2,}(?:[/-][A-ZÄÖÜ][a-zäöüß]+)?)\.\s+(?=[A-ZÄÖÜ„\"])")
PLACE_REGION = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:[ -][A-ZÄÖÜ][a-zäöüß]+)? \((?P<region>[A-ZÄÖÜ][a-zäöüß]{3,})\)")
PLACE_AFTER_BRAND = re.compile(r"^(?P<place>[^\W\d_]{3,}(?: [^\W\d_]{3,})?):\s+(?=\S)")
REPORTER_FIRST = re.compile(rf"^(?P<name>{NAME})\.\s+(?=[A-ZА-ЯЁ«\"„“])")
PLACE_IN_CAPITALS = re.compile(r"[A-ZÀ-ÞА-ЯЁĞİŞÇ][A-ZÀ-ÞА-ЯЁĞİŞÇ' -]{2,30}")  # "ANKARA", "BISHKEK"
PLACE_COLON = re.compile(r"^(?P<place>[A-ZА-ЯЁ][^\W\d_]+(?:[ -][A-ZА-ЯЁ][^\W\d_]+){0,2}"
                         r"(?:,\s+[A-ZА-ЯЁ][^\W\d_]+(?: [A-ZА-ЯЁ][^\W\d_]+)?)?):\s+(?=[\"“«]?[A-ZА-ЯЁ])")  # "Kabul: …", "Doha, Qatar: …"
DATED = re.compile(r"^(?P<place>[A-ZА-ЯЁ][^\W\d_]+(?:[ -][^\W\d_]+)?)[.,]\s+"
                   r"(?:\d{1,2}\s+[^\W\d_]+|[^\W\d_]+\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\.\d{1,2}\.\d{2,4})\.?"
                   r"(?:\s*/(?P<wire>[^/]{2,20})/\.?|\s+(?P<brand>[^\s.(]\S*[^\s.)])\s+[-–—]"
                   r"|,\s+(?P<named>[^\W\d_][^\s,]*[^\s.,])\.)\s+")
# "МОСКВА, 8 июля. /ТАСС/.", "Москва. 8 июля. INTERFAX.RU -", "ВЛАДИВОСТОК, 15 августа, PrimaMedia.", "YEREVAN, NOVEMBER 26, ARMENPRESS.",
# "ДУШАНБЕ, 14.05.2025 /НИАТ «Ховар»/.", "Ulaanbaatar, May 22, 2024 /MONTSAME/."
CAPS_PLACE = r"[A-ZА-ЯЁ]{3,}(?:[ -][A-ZА-ЯЁ]{2,}){0,2}"  # a place in capitals: "KABUL", "NEW DELHI"
PLACE_WIRE_COLON = re.compile(rf"^(?P<place>{CAPS_PLACE}"
                              r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\s*\[[A-Z][\w .'-]{1,30}\])"
                              r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*\((?P<wire>[^()]{2,30})\):\s+(?=\S)")
# "KABUL (Pajhwok): …", "Moscow [Russia], October 7 (ANI): …"
PLACE_DESK_COLON = re.compile(r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),\s*(?P<wire>[A-Z]{2,6}):\s+(?=\S)")  # "Bengaluru, DHNS:"
PLACE_DAY_WIRE = re.compile(r"^(?P<place>[^\W\d_]{2,}(?: [^\W\d_]{2,})?)\s+في\s+\d{1,2}\s+[^\W\d_]+\s*/\s*(?P<wire>[^/\d]{2,12}?)\s*/\s+")
# "أستانا في 4 يوليو / وام / …": WAM's dateline
PLACE_DATE_BRAND = re.compile(r"^(?P<place>[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2})(?:,\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?,\s+[A-Z][a-z]{2,8}\.?\s+"
                              r"\d{1,2}\.\s+(?:By\s+(?P<name>[^-–—:.]{3,40}?)\s+[-–—]\s+)?(?P<brand>[^\s:]{2,20}(?:\s[^\s:]{2,20})?):\s+(?=\S)")
# "TASHKENT, Uzbekistan, July 3. By Nargiz Sadikhova - Trend: …"
BRAND_FROM_PLACE = re.compile(r"^(?P<brand>[^\s:]{2,20}) من (?P<place>[^\s:]{2,20}(?: [^\s:]{2,20})?):\s+(?=\S)")  # "إيلاف من يريفان: …"
BRAND_PLACE_PERIOD = re.compile(r"^(?P<brand>\S{4,40}),\s+(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)\.\s+(?=[A-Z])")
PLACE_DOMAIN_GLUED = re.compile(r"^(?P<place>[A-Z]{3,}(?: [A-Z]{2,})?)-(?P<brand>[A-Z][A-Z\d-]*\.(?:CO\.ID|COM|CO|ID|NET))\s*[-–—]\s*(?=\S)")
PLACE_DAY_MONTH = re.compile(r"(?P<place>[^\W\d_]+(?: [^\W\d_]+)?)\s+\d{1,2}\s+(?P<month>[^\W\d_]+(?: [^\W\d_]+)?)")
GLUED_PLACE = re.compile(r"^(?P<place>[A-Z]{4,}(?: [A-Z]{3,})?)-(?=[A-Z][a-z])")  # not "ASEAN-Rusia …" (no "Asean" after)
BRAND_SLASH_PLACE = re.compile(r"^(?P<brand>[^\W\d_][^/\d]{1,30}?)\s*/\s*(?P<place>[^\W\d_]{2,20})\s+(?=\S)")
BRAND_PLACE_COLON = re.compile(r"^(?P<brand>[A-Z]{2,10}),\s+(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?):\s+(?=\S)")  # "KBRN, Jakarta: …"
PLACE_FIRST = re.compile(rf"^(?P<place>{CAPS_PLACE})(?:\.|\s+[-–—])\s+(?=\S)")  # "KABUL. …", "YOGYA - …"
BRAND_FIRST = re.compile(r"^(?P<brand>[^.!?]{2,30})\.\s+(?=\S)")  # "РИА Новости. Организация …" after the dateline
SOURCE_COLON = re.compile(r"^[«\"“]?(?P<src>[^\s:.!?«»\"“”]+(?:\s[^\s:.!?«»\"“”]+){0,2})[»\"”]?:\s+(?=\S)")
LOWER_DATELINE = re.compile(r"^(?P<place>[a-z]{3,}(?: [a-z]{3,})?)\s+[-–—]\s+(?=[A-Z])")
PARENS = re.compile(r"\((?P<wire>[^()]{2,30})\)|/(?P<slash>[^/]{2,20})/")
DOMAIN = re.compile(r"(?i)^[a-z][\w-]*(?:\.[a-z][\w-]*)*\.(?:com|co|id|net|org|ru|de|tr|uk|info|news|tv|media|kg|kz|uz|tj|am|az|ge|ua|by|at|ch|eu|ae|sa|eg|qa|af|pk|in|asia|io|me|jo|lb|kw|bh|om|iq|ma|dz|tn|ly|sy|ps|ir|mn|cn|jp|fr|it|es|nl|pl|cz|se|no|fi|dk)(?:\.[a-z]{2})?$")
COPYRIGHT = re.compile(r"(?i)(?:copyright|©|\(c\)|hak cipta)")
BRAND_AFTER = re.compile(r"(?i)\b(?:dari|from|von|от|من)\s+(?P<brand>(?-i:[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})|"
                         r"[a-z][\w-]*\.(?:com|co\.id|id|net|org|ru|de|tr)\b)")  # "… dari SINDOnews.com", "hidayatullah.com"


def byline_parts(text: str) -> list[str]:
    """ "Novi Christiastuti - detikNews" → ["Novi Christiastuti", "detikNews"]."""
    return re.split(r"\s+[-–—|]\s+", text)


def is_byline(text: str) -> bool:
    """ "Novi Christiastuti - detikNews": a name and the outlet."""
    parts = byline_parts(text)
    return len(parts) == 2 and word_count(text) <= 6 and (bool(DOMAIN.match(parts[1])) or is_brand(parts[1])
                                                          or bool(rules().news_word.search(parts[1])) and len(parts[1].split()) >= 2
                                                          or parts[1].casefold() in rules().agencies)  # "أستانا - وكالات"


def is_agency(name: str) -> bool:
    """A news agency or outlet rather than a person: known, or an acronym ("AFP", "ANTARA")."""
    return outlet_for_brand(name) is not None or bool(re.fullmatch(r"[A-ZА-Я]{2,7}", name))


def known_agency(name: str) -> bool:
    """A news agency outlets.yaml knows ("QNA", "واس")."""
    known = outlet_for_brand(name)
    return known is not None and known.agency


def is_brand(text: str) -> bool:
    return outlet_for_brand(text) is not None or \
        bool(re.fullmatch(r"[a-z]+[A-Z][A-Za-z]+|[A-Z]{2,}[a-z]*\.[a-z]+|[A-Z]{2,}[A-Z][a-z]{2,}[A-Za-z]*", text))  # "IDXChannel"


OUTLET_AND_WIRE = re.compile(r"^(?P<outlet>[^-–—/|]+?)(?:\s+(?P<dash>[-–—/|])\s+|\s*(?P<slash>/)\s*|\s+(?i:with|mit|dengan|ile|с|مع)\s+)"
                             r"(?P<wire>[^-–—/|]+)$")


def outlet_and_wire(text: str, outlet: str | None = None) -> str | None:
    """The agency in a byline that names the outlet's desk and the agency it used ("By Euronews with Reuters",
    "هسبريس - أ ف ب" on hespress.com); None for anything else, such as a dateline ("الدوحة - قنا")."""
    m = OUTLET_AND_WIRE.match(text.strip())
    if m is None or len(text.split()) > 6:
        return None
    desk, wire = m["outlet"].strip(), m["wire"].strip()
    agency = outlet_for_brand(wire)
    if agency is None or not agency.agency:
        return None
    named = is_brand(desk) or bool(outlet and desk.casefold() in outlet.casefold())
    return wire if named or not m["dash"] and not m["slash"] and len(desk.split()) == 1 else None  # "فرانس24/ أ ف ب"


def read_credits(text: str, out: Extract) -> None:
    for kind, value in credits_of(text):
        if kind in ("author", "contributor") and is_agency(value) or kind == "editor" and outlet_for_brand(value):
            kind = "source"  # "With reporting by AFP", "APA, red", "Reuters contributed reporting": an agency
        elif kind == "contributor":
            continue  # a reporter who helped, named under the text: the byline names the authors
        elif kind == "author" and (wire := outlet_and_wire(value)):
            kind, value = "source", wire  # "By Euronews with Reuters": the outlet's desk and the wire it used
        if kind == "dateline":
            out.dateline = out.dateline or value
        elif kind == "editor":
            out.editor = fuller(out.editor, value)
        elif kind == "source":
            out.credit = out.credit or value
        else:
            out.author = fuller(out.author, value)


def fuller(known: str | None, name: str) -> str:
    """The name already found, unless it was only the initials of this one ("BW", then "Bayu Wicaksono")."""
    if known and re.fullmatch(r"[A-Z]{2,4}", known) and "".join(w[0] for w in name.split()).upper() == known:
        return name
    return known or name


def read_initials(text: str, out: Extract) -> None:
    """ "(ian)" signs the author; "cop/Reuters" an author and the agency reported from."""
    m = INITIALS.match(BRACKETED_INITIALS.sub(r"(\1)", text))  # "[asg/but]" as "(asg/but)"
    who = m["who"] or m["signed"]
    if m["who"] and "/" in who:  # "(reuters/ast/jpnn)": the agency, then the reporter's and the desk's initials
        parts = [p.strip() for p in who.split("/")]
        agencies = [outlet_for_brand(p) for p in parts]
        if agencies[0] is not None:
            out.credit = out.credit or agencies[0].name
            who = "/".join(p for p, a in zip(parts, agencies) if a is None) or None
    if m["wire"] and outlet_for_brand(m["wire"]):
        out.credit = out.credit or m["wire"]  # "(AFP)" signs a wire story
    if m["with"]:
        out.credit = out.credit or m["with"].replace("/", " + ")  # "(mit dpa)"
    if m["brand"]:
        out.credit = out.credit or m["brand"].replace("/", " + ")  # "(أ ش أ)", "(APA/Reuters)"
    if m["agency"] and not outlet_for_brand(m["agency"]):
        out.author = out.author or text.strip("()")  # "(ET/VK)": the editors' initials, no agency
        out.remove("author initials", text)
        return
    desk = text.strip("()").partition("/")[2]
    if m["agency"] and outlet_for_brand(desk):
        out.credit = out.credit or f"{m['agency']} + {desk}"  # "(APA/AFP)": two agencies, not an agency and its desk
    agencies = []
    if m["signed"] and outlet_for_brand(m["signed"]):
        agencies, who = [m["signed"]], None  # "sda/grom": the agency first, then the editor's initials
    for part in (p.strip() for p in (m["agencies"] or m["agency"] or "").strip(" /").split("/")):
        if part and (outlet_for_brand(part) or part[0].isupper()):
            agencies.append(part)
        elif part:
            who = f"{who}/{part}" if who else part
    if agencies:
        out.credit = out.credit or " + ".join(agencies)  # "cop/Reuters", "jps / AFP / DPA"
    out.author = out.author or who
    out.remove("author initials", text)


def reporter_first(text: str, out: Extract) -> str:
    """ "Нур-Султан. 13 января. КазТАГ – Дина Сергазиева. Коллективные …": the reporter named after the dateline."""
    m = REPORTER_FIRST.match(text)
    if m is None or out.wire is None and out.brand is None:
        return text
    out.author = out.author or m["name"]
    return text[m.end():]


def starts_with_dateline(text: str) -> bool:
    m = DATELINE.match(text)
    return bool(DATED.match(text) or m and is_dateline(m["prefix"]) or CAPITALS_COLON.match(text)
                or PLACE_DESK_COLON.match(text) or PLACE_DAY_WIRE.match(text))


CAPITALS_COLON = re.compile(rf"^{CAPS_PLACE}:\s+[\"“«]?[A-ZА-ЯЁ]")  # "ISLAMABAD: Russian …"


def strip_dateline(text: str, out: Extract) -> str:
    """Take "MOSKOW -", "Moskow (ANTARA) -", "МОСКВА, 8 июля. /ТАСС/.", "Москва. 8 июля. INTERFAX.RU -" and
    "МОСКВА, 9 июл — РИА Новости." off the first paragraph."""
    m = DATED.match(text)
    if m:
        out.dateline = out.dateline or m["place"].strip()
        if m["wire"]:
            note_wire(m["wire"], out)
        else:
            out.brand = out.brand or m["brand"] or m["named"]
        return reporter_first(text[m.end():], out)
    m = DATELINE.match(text)
    if m and is_dateline(m["prefix"]):
        read_dateline(re.sub(r"(?<=[A-ZА-ЯЁ])\.\s+(?=[A-ZА-ЯЁ])", ", ", m["prefix"]), out)  # "ASTANA. KAZINFORM –"
        out.dated = out.dated or read_date_line(m["prefix"])
        text = text[m.end():]
        if (b := BRAND_FIRST.match(text)) and (DOMAIN.match(b["brand"]) or is_brand(b["brand"]) or out.dated
                                               and len(b["brand"].split()) <= 3 and b["brand"][:1].isupper()):
            out.brand = out.brand or b["brand"]
            text = text[b.end():]
        elif w := PAREN_WIRE.match(text) or DAY_WIRE.match(text):
            note_wire(w["wire"], out)  # "موسكو – (أ ف ب) – …": the agency after the place
            text = text[w.end():]
        elif (c := SOURCE_COLON.match(text)) and c["src"].casefold() in rules().agencies:
            note_wire(c["src"], out)  # "موسكو – وكالات: …"
            text = text[c.end():]
        elif c and (is_brand(c["src"]) or text[:1] in "«\"“"):
            out.brand = out.brand or c["src"]  # "بيشكك – «العربي الجديد»: …": the outlet's own correspondent
            text = text[c.end():]
        elif out.dateline is None and (p := PLACE_FIRST.match(text) or out.brand and PLACE_AFTER_BRAND.match(text)):
            out.dateline = p["place"]  # "KONTAN.CO.ID - KABUL. …", "شفق نيوز- موسكو: …": the place after the outlet
            text = text[p.end():]
        text = reporter_first(text, out)
    elif m := PLACE_DATE_BRAND.match(text):
        out.dateline, out.author = out.dateline or m["place"], out.author or m["name"]
        out.brand = out.brand or m["brand"]
        text = text[m.end():]
    elif (m := BRAND_PLACE_PERIOD.match(text)) and DOMAIN.match(m["brand"]):
        out.dateline, out.brand = out.dateline or m["place"], out.brand or m["brand"]  # "Beritabali.com, Badung. …"
        text = text[m.end():]
    elif (m := BRAND_SLASH_PLACE.match(text)) and word_count(text) >= 12 \
            and (rules().news_word.search(m["brand"]) or is_brand(m["brand"]) or DOMAIN.match(m["brand"])):
        out.dateline, out.brand = out.dateline or m["place"], out.brand or m["brand"]  # "السومرية نيوز/ بغداد أعلنت …"
        text = text[m.end():]
    elif (m := BRAND_FROM_PLACE.match(text)) and word_count(text) >= 12:
        out.dateline, out.brand = out.dateline or m["place"], out.brand or m["brand"]
        text = text[m.end():]
    elif (m := BRAND_PLACE_COLON.match(text)) and word_count(text) >= 12:
        out.dateline = out.dateline or m["place"]
        text = text[m.end():]
    elif m := PLACE_WIRE_COLON.match(text):
        read_dateline(m.group(0).rstrip(": "), out)
        text = text[m.end():]
    elif m := PLACE_DESK_COLON.match(text) or PLACE_DAY_WIRE.match(text):
        out.dateline = out.dateline or m["place"]
        if outlet_for_brand(m["wire"]):
            note_wire(m["wire"], out)  # an agency, not the outlet's own desk ("DHNS")
        text = text[m.end():]
    elif (m := LOWER_DATELINE.match(text)) and word_count(text) >= 12:
        out.dateline = out.dateline or m["place"]  # "jakarta - Presiden China …"
        text = text[m.end():]
    elif m := PLACE_DOMAIN_GLUED.match(text):
        out.dateline, out.brand = out.dateline or m["place"], out.brand or m["brand"]  # "PALANGKA RAYA-KALTENGPOS.CO- …"
        text = text[m.end():]
    elif (m := GLUED_PLACE.match(text)) and m["place"].title() in text[m.end():]:
        out.dateline = out.dateline or m["place"]  # "MATARAM-Kantor Imigrasi … Mataram …": a place the text names again
        text = text[m.end():]
    elif (m := PLACE_COLON.match(text)) and m["place"].casefold() not in rules().labels and word_count(text) >= 12:
        out.dateline = out.dateline or m["place"]  # "Kabul: Uzbekistan, Afghanistan, dan Pakistan …"
        text = text[m.end():]
    elif (m := PLACE_PERIOD.match(text)) and m["place"].casefold() not in rules().not_places and word_count(text) >= 12:
        out.dateline = out.dateline or m["place"]  # "Astana. Kasachstan hat sich …": one word is no sentence
        text = text[m.end():]
    return text


def is_dateline(prefix: str) -> bool:
    """Places, outlets and agencies in capitals; no lowercase running words."""
    words = re.findall(r"[^\W\d_][\w.'-]*", PARENS.sub(" ", prefix))
    if not words or len(words) > 6:
        return False
    cased = [w for w in words if w[0].lower() != w[0].upper()]
    return all(w[0].isupper() or DOMAIN.match(w) or is_month(w) or is_brand(w) or w.rstrip(".") in ("г", "года")
               for w in cased) and \
        (len(cased) > 0 or len(words) <= 3)


def is_month(word: str) -> bool:
    """A month name or its abbreviation ("июл", "Agu")."""
    word = word.casefold().rstrip(".")
    return word in rules().months or len(word) >= 3 and any(m.startswith(word) for m in rules().months)


def read_dateline(prefix: str, out: Extract) -> None:
    """Split "MOSKWA, KOMPAS.com", "Moskow (ANTARA)", "Warta Ekonomi, Moskow" into place, outlet and wire."""
    if (m := PLACE_REGION.fullmatch(prefix.strip(" -–—"))) and outlet_for_brand(m["region"]) is None:
        out.dateline = out.dateline or m.group(0)  # "Kasan (Russland)": the place and its country, no agency
        return
    for m in PARENS.finditer(prefix):
        if not re.fullmatch(r"[\d/.\s-]+", m["wire"] or m["slash"]):  # "(4/7/2024)" is a date, not a wire
            note_wire(m["wire"] or m["slash"], out)
    places = []
    for part in re.split(r"\s*,\s*", PARENS.sub(" ", prefix)):
        part = part.strip(" -–—")
        if part and re.search(r"\d", part) and (dated := read_date_line(part)) and dated.rest \
                and not re.search(r"\d", dated.rest) and len(dated.rest.split()) <= 2:
            part = dated.rest  # "بورتسودان 3 مارس 2025 -": the place, then the day
        elif part and (day := PLACE_DAY_MONTH.fullmatch(part)) and is_month(day["month"]):
            part = day["place"]  # "عمان 21 كانون الثاني (بترا)-": the place, then a day with no year
        if not part or re.search(r"\d", part) or part.casefold() in rules().weekdays:
            continue  # "ASTANA, KAMIS (4/7/2024) —": the weekday is not a place
        place, _, last = part.rpartition(" ")
        if part.casefold() in rules().agencies:
            note_wire(part, out)  # "أستانا - وكالات": agencies unnamed
        elif DOMAIN.match(part.split()[0]):
            out.brand = out.brand or part  # "RM.id Rakyat Merdeka": the outlet, not a place
        elif place and (place.isupper() and (DOMAIN.match(last) or is_brand(last)) or outlet_for_brand(last)):
            out.brand = out.brand or last  # "ALMATY taz", "London CNN"
            places.append(place)
        elif DOMAIN.match(part) or is_brand(part) or rules().news_word.search(part):
            out.brand = out.brand or part  # also "شفق نيوز", "Kun News": an outlet calling itself news
        else:
            places.append(part)
    if places:
        out.dateline = out.dateline or ", ".join(places)


def note_wire(name: str, out: Extract) -> None:
    """An agency named in the dateline is the wire, unless it is the outlet itself."""
    name = name.strip(" ./")
    if name and (outlet_for_brand(name) or not re.fullmatch(r"[a-z]{1,5}(?:/[a-z]{1,5})*", name)):
        out.wire = out.wire or name


def find_outlet(lines: list[Line], hints: Hints, out: Extract) -> None:
    """The outlet: metadata, then the copyright line, the dateline, a masthead, a promotion line, the address."""
    candidates = [hints.outlet, copyright_brand(lines), out.brand, masthead(lines), promo_brand(lines)]
    found = next((c for c in candidates if c), None)
    if found is not None and found is candidates[1]:
        found = short_name(found, lines) or found
    known = outlet_for_brand(found) if found else outlet_for_url(hints.url)
    if known:
        out.source = known.name
    elif found:
        out.source = found
        others = [c for c in [*candidates[2:], hints.url, *(ln.text for ln in lines[:3] if not re.search(r"\d", ln.text))]
                  if c and c != found]  # not "أبوظبي 34°", the weather in the top bar
        if found is candidates[1] and not DOMAIN.match(found) and not any(same_name(found, o) for o in others):
            out.doubts["source"] = f"outlet taken from the copyright line only ({found!r}), which may name the " \
                                   "publisher; check it or pass --source NAME"
    elif hints.url:
        host = re.sub(r"^www\.", "", re.sub(r"^https?://([^/:]+).*$", r"\1", hints.url))
        out.source = host
        out.doubts["source"] = "outlet taken from the address; give --source NAME for its proper name"
    elif first := first_line_name(lines):
        out.source = first
        out.doubts["source"] = f"outlet taken from the page's first line ({first!r}); check it or pass --source NAME"
    else:
        out.doubts["source"] = "outlet not found on the page; pass --source NAME"
    agency = outlet_for_brand(out.brand) if out.brand else None
    wire = out.wire or (out.brand if agency is not None and agency.agency and out.source
                        and agency != outlet_for_brand(out.source) else None)  # "الدوحة - قنا" on al-sharq.com
    if wire and out.credit is None and (out.source is None or outlet_for_brand(wire) is None
                                        or outlet_for_brand(wire) != outlet_for_brand(out.source)) \
            and not same_name(wire, out.source or "") and not abbreviates(wire, out.source):  # "(RIAUPOS.CO)"
        out.credit = wire


def abbreviates(short: str, name: str | None) -> bool:
    """ "MNA" for "Mehr News Agency", "VOA" for "Voice of America": an outlet's own initials in its dateline."""
    return (len(short) >= 3 or outlet_for_brand(short) is None) and short.isupper() \
        and short.casefold() in initials(name or "")  # "(TP)" on Tanjungpinang Pos, but the known "AP" on "Arab Post"


def name_key(text: str) -> str:
    """A name's letters, without its domain's parts: "BATAMPOS" and "Batam Pos", "Kontan.co.id" and "KONTAN"."""
    return re.sub(r"\W|(?:com|co|id|net|org|ru|tr|de|www|https?)(?=\W|$)", "", text.casefold())


def first_line_name(lines: list[Line]) -> str | None:
    """The page's first line when it reads like a masthead ("Kieler Nachrichten", "Kloop"): a short name, no
    sentence, no digits, no link to skip the menu."""
    text = LINK_NUMBER.sub("", lines[0].text).strip("[] ") if lines else ""
    return text if lines and lines[0].kind in ("short", "read-also") and 1 <= len(text.split()) <= 4 \
        and not re.search(r"\d|[|:]", text) and not ends_sentence(text) and classify(text) == "short" else None


def same_name(name: str, other: str) -> bool:
    """ "Kontan.co.id" and "KONTAN", "detikcom" and "https://news.detik.com/…": the same name."""
    a, b = name_key(name), name_key(other)
    return name.casefold() == other.casefold() or bool(a) and (a in b or b in a) and min(len(a), len(b)) >= 3


def spelled_out(acronym: str, words: list[str]) -> bool:
    """The words after an acronym spell it out: "SRF" and "Schweizer Radio und Fernsehen" (not "TIMES Indonesia")."""
    initials = iter(w[0] for w in words)
    return all(letter in initials for letter in acronym[1:]) and words[0][:1] == acronym[0]


def short_name(name: str, lines: list[Line]) -> str | None:
    """The shorter name the top of the page shows for the one the copyright line gives ("[Independent]" for
    "Independent Digital News & Media Ltd")."""
    def words(text: str) -> str:
        return " ".join(re.findall(r"\w+", text.casefold()))
    if any(words(line.text) == words(name) for line in lines[:3]):
        return None  # the masthead shows the whole name ("Pontianak Post", then the menu's "Pontianak")
    for line in lines[:3]:
        text = line.text.strip("[] ")
        if not re.search(r"\d", text) and 1 <= len(text.split()) <= 3 and len(words(text)) >= 3 and text[:1].isalnum() \
                and f" {words(text)} " in f" {words(name)} " and len(words(text)) < len(words(name)):
            return text  # whole words of the name: not "• Salzburg" for "Salzburger Nachrichten"
    return None


CORPORATE = re.compile(r"(?i)cyber|media|medya|group|grup|gruppe|network|digital|online|holding|corp\.?|corporation|company|co\.?|"
                       r"verlag|inc\.?|ltd\.?|llc|sa|ag|se|plc|pvt\.?|private|limited|ventures|publishing|publications|&")


def copyright_brand(lines: list[Line]) -> str | None:
    """ "Copyright ©2025 SINDOnews.com All Rights Reserved" → "SINDOnews.com"."""
    for line in reversed(lines):
        if not COPYRIGHT.search(line.text) or line.words > 25 \
                or line.kind == "photo-credit" and not re.search(r"\b(?:19|20)\d\d\b", line.text):
            continue  # "© dpa/Michael Kappeler" credits a photo; "© OÖNachrichten / Wimmer Medien 2025" is the copyright
        text = COPYRIGHT.sub(" ", line.text)
        text = re.sub(r"(?i)(all rights? reserved|alle rechte vorbehalten|dilindungi undang-undang|tüm hakları saklıdır|"
                      r"все права защищены|جميع الحقوق محفوظة(?: ل(?:(?=وكالة الأنباء)|\S+))?|\bnetwork\b|\bltd\b|\binc\b|\bpt\b|\bgmbh\b|"
                      r"\b\d{4}(?:\s*[-–—]\s*\d{4})?\b|издательский дом|verlagsgruppe|medya grubu|medya yayıncılık|yayıncılık|gazetecilik|media group|(?<!\w)(?:ооо|зао|оао|пао|ао|llc|a\.ş\.|aş|s\.a\.|tbk)(?!\w))\.?",
                      " ", text)
        text = re.sub(r"[@«»“”\"]", " ", text)
        text = re.sub(r"^\s*دار\s+|\s+لل(?:صحافة|طباعة|نشر|إعلام)(?:\s+و(?:ال)?(?:صحافة|طباعة|نشر|توزيع|إعلام))*", " ", text)
        text = re.sub(r"(?i)(?<=\S)\s+(?:verlag|vertrieb|verlags|vertriebs|verlagsgesellschaft)\b.*$", "", text.strip())
        text = re.sub(r"(?i)^verlag\w*\s+", "", text)  # "taz Verlags u. Vertriebs GmbH", "Verlag Der Tagesspiegel GmbH"
        chunk = re.split(r"[,|•&]|\.\s|\s[-–/]\s", text.strip(" .-"))[0].strip(" .")  # not "… News & Media", "… / Wimmer"
        words = chunk.split()
        domain = next((w for w in words if DOMAIN.match(w)), None)
        known = next((k for n in range(min(4, len(words)), 0, -1) if (k := outlet_for_brand(" ".join(words[:n])))
                      and all(CORPORATE.fullmatch(w) for w in words[n:])), None)  # "Kompas Cyber Media", not "Suara NTB"
        acronym = words[0] if len(words) > 1 and re.fullmatch(r"[A-ZÀ-ÞА-ЯЁ]{2,6}", words[0]) \
            and spelled_out(words[0], words[1:]) else None
        brand = domain or (known.name if known else acronym or " ".join(words[:4]))  # "SRF Schweizer Radio und …"
        if brand and re.search(r"[^\W\d_]", brand):
            return brand
    return None


def masthead(lines: list[Line]) -> str | None:
    """A bare domain name at the top of the page, over the headline ("kaktus.media"): the site's own name."""
    return next((ln.text for ln in lines[:3] if DOMAIN.match(ln.text)), None)


def promo_brand(lines: list[Line]) -> str | None:
    """ "Dapatkan berita terkini … dari SINDOnews.com": the outlet promoting itself. A known outlet or an address
    wins; a mere capitalised name counts only at the prompt's end (not "… from Pakistan and across the globe")."""
    named = [(m["brand"].rstrip(".,?!"), not line.text[m.end():].strip(" .!")) for line in lines
             if line.kind == "prompt" and (m := BRAND_AFTER.search(line.text))]
    return next((b for b, _ in named if DOMAIN.match(b) or is_brand(b)),
                next((b for b, last in named if last and len(b.split()) <= 3), None))  # a mere name ends the prompt


def as_written(name: str) -> bool:
    """A known outlet's name written as the outlet writes it, where letters have case ("dpa", "ANTARA", "Antara"),
    not a common word that spells it ("antara", "between" in Indonesian)."""
    known = outlet_for_brand(name)
    forms = {known.name, *known.brands} if known else set()
    return not any(c.lower() != c.upper() for c in name) or name in forms or name[:1].isupper()


def wire_in_text(paragraphs: list[str], outlet: str | None) -> str | None:
    """The agency the text says it is reporting from: "dilansir Sputnik", "as reported by Reuters"."""
    for paragraph in paragraphs:
        for m in rules().wire.finditer(paragraph):
            if m["words"]:  # a script without capitals ("ونقلت وكالة رويترز"): only a known outlet counts
                words, lead = m["words"].split(), paragraph[m.start(): m.start("words")].split()[-1:]
                window = lead + words  # the longest known name in it: "berichtet die Nachrichtenagentur dpa"
                spans = [" ".join(window[i:i + n]) for n in range(len(window), 0, -1) for i in range(len(window) - n + 1)]
                wire = next((span for span in spans if outlet_for_brand(span) and as_written(span)), None)  # the longest
                if wire is None:
                    continue
            else:
                wire = (m["wire"] or m["before"]).rstrip(".,")
            known = outlet_for_brand(wire)
            if known is None and m["wire"] and re.match(r"\s+[^\W\d_]*[a-zà-ÿа-я]|['’]s\b", paragraph[m.end():]):
                continue  # "according to Tajik authorities": a word of the sentence, not a name
            if known is None and m.group(0).casefold().startswith("laut "):
                continue  # German "laut Reuters" needs a known name: "Laut Aral" is the Aral Sea in Indonesian
            if known is None and m.group(0).casefold().startswith("according to") and not (
                    is_brand(wire) or DOMAIN.match(wire) or rules().news_word.search(wire) or re.fullmatch(r"[A-Z]{2,6}", wire)):
                continue  # "According to Tovmasyan, …": a person, not a source the outlet reports from
            if known is None or known != outlet_for_brand(outlet or ""):
                return wire.strip("«»\"“”„")
    return None


def others_credited(credit: str, outlet: str | None) -> str | None:
    """ "Al Jazeera + Reuters" on an Al Jazeera page credits Reuters; the outlet itself is not a credit."""
    credit = re.sub(r"(?i)^[-•*]?\s*(?:nachrichtenagentur(?:en)?|agenturen|news agencies|agencies|агентства)\s+", "", credit)
    parts = [p.strip() for p in re.split(r"\s*[+&/]\s*|\s*,\s*", credit) if p.strip()]  # "Nachrichtenagenturen dpa, AFP"
    parts = [p for p in parts if not re.fullmatch(r"[a-z]{2,4}", p) or outlet_for_brand(p)]  # "mau/dpa/AFP": "mau" signs
    own = outlet_for_brand(outlet or "")
    names = {n.casefold() for n in (outlet or "", re.sub(r"\.(?:com|co|id|net|org|ru|tr)(?:\.\w{2})?$", "", outlet or ""))}

    def is_own(part: str) -> bool:
        return part.casefold() in names or own is not None and outlet_for_brand(part) == own \
            or bool(outlet) and not part.isascii() and same_name(slugify(part), outlet) \
            or bool(outlet) and bool(DOMAIN.match(part)) and same_name(part, outlet)
        # "/АВЕСТА/" on avesta.tj, "Sumber: bengkuluekspress.disway.id" on Bengkulu Ekspress
    others = [p for p in parts if not is_own(p)]
    return " + ".join(others) if others else None


def strip_site_name(title: str, outlet: str | None) -> str:
    """ "Headline : Okezone News", "Headline - detikNews" → "Headline" when the tail names the outlet."""
    m = re.search(r"\s+[-–—|:·•»]\s+(?P<tail>[^-–—|:·•»]{2,40})$", title)
    if m is None:
        return title
    tail = m["tail"].strip()
    known = outlet_for_brand(tail)
    if (known and outlet and known == outlet_for_brand(outlet)) or (outlet and tail.casefold() in outlet.casefold()) \
            or DOMAIN.match(tail) or (known and word_count(tail) <= 3):
        return title[: m.start()]
    return title
