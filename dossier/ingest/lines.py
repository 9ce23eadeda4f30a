"""Split a raw page into paragraphs and tell what each one is: prose, a date line, a caption, furniture …"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import py3langid

from .dates import FoundDate, read_date_line
from .rules import initials, outlet_for_brand, rules

INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
SENTENCE_END = re.compile(r"[.!?…؟。](?:[\"”“’‘'»«)\]*]|\s|[\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D])*$")  # also "… без посредников. 🇦🇫🤝🇷🇺", "… von der Zollfahndung.“" (German quotes close with “)
CAPTION = re.compile(
    r"(?i)(kredit foto|foto|photograph|photo|фото|(?-i:[Bb]ild)|fotoğraf|صورة|تصوير|image|gambar|ilustrasi|illustration)\s*[:/|]"
    # (not "… zu BILD:", the newspaper introducing a quotation)
    r"|\b(REUTERS|AFP|AP Photo|AP|EPA|ANTARA FOTO|ANTARA|Getty Images|Anadolu|Xinhua|dpa|Sputnik|IRNA)\s*/\s*\w"
    r"|\((?:[A-Z][\w.]* )?(foto|photo|dok|dokumentasi|ist)\b[^)]*\)\s*$|\bFoto/[A-Z]|/FOTO\b|\(Istimewa\)$|\S/Ist(?:imewa)?$|[.!?]\s*\([^()]{2,40}/(?:ist|istimewa|dok|foto)\)$"
    r"|(?-i:\b[A-Z][A-Z\d-]+\.(?:COM|CO\.ID|CO|ID|NET|TV)\s*/\s*[A-Z][\w .'-]{2,40}$"  # "… WARTAKOTALIVE.COM/Rangga Baskoro"
    r"|[.!?]\s*\([A-Z][A-Z\d-]+\.(?:COM|CO\.ID|CO|ID|NET|TV)\)$"  # "… ekspor Riau. (RIAUPOS.CO)": the outlet's photo
    r"|[.!?]\s*\([A-Z][A-Z .'-]{2,40} (?:FOR|UNTUK) [A-Z][A-Z .'-]{2,30}\))"  # "(IMIGRASI MATARAM FOR LOMBOK POST)"
    r"|\S\s+(?:Quelle|Source):\s+[^().]{2,60}$"
    r"|^(image caption|image source|caption|bildunterschrift|legende|bildquelle|подпись к фото|görsel|"
    r"التعليق على الصورة|مصدر الصورة|صدر الصورة)\s*[,:،]"
    r"|[^.!?\s]\s*[\[(][^\])]*(/|\bvia\b|Reuters|AFP|Getty|EPA|AP Photo|Anadolu|Xinhua|ANTARA|رويترز|أ\.ف\.ب|أ\.ب|"
    r"د\.ب\.أ|إ\.ب\.أ|الأناضول|غيتي|أ ف ب|أ ب)[^\])]*[\])]$"
    r"|\w+\W+\w+\W+\w[^\[\]]*?(?<!\.\.)[.!?]\s*\[[^\]]{2,40}\]$|[.!?]\s*\((?-i:[A-Z][^()/]*/[A-Z][^()]*)\)$"
    r"|[.!?]\s+(REUTERS|AFP|AP|ANTARA|EPA|GETTY IMAGES|XINHUA|ANADOLU)$"
    r"|[.!?]\s*©\s*[^.!?©]{2,60}$"
    r"|\S\s+[-–—|]\s+(?-i:Copyright|©)\s+(?!\d|©|Copyright)[^.!?©]{2,80}$"
    r"|\S\s+[-–—]\s*\(?(?:أرشيفية|صورة أرشيفية|archive photo|file photo|archivbild|archivfoto|arşiv|архивное фото|foto arsip|dok\.?)\)?$"  # "… in Bishkek, 13 March 2025 - Copyright … via AP"
    r"|\S\s+\((?:أرشيف|أرشيفية|صورة أرشيفية|archive|file|file photo|archiv|archivbild|arşiv|архив|arsip|dok)\)$"  # "… كابول (أرشيف)"
    r"|(?-i:\S\s+\|\s+[A-Z][A-Z /.&-]{2,40}$)"  # "… in Tokyo on Saturday. | KYODO", "| POOL / VIA REUTERS"
    r"|[.!?)]\s*-\s*(?:IST|Ist|ist|Istimewa|istimewa|dok|Dok)\.?$"  # "… Jumat (17/3). -IST": "Istimewa", a handout
    r"|(?-i:[.!?]\s+Фото\s+[^.!?]{2,60}$)"
    r"|[.!?]\s+[\w\s-]{2,30}\b(?:photo|foto|фото)$"
    r"|^(?=(?:\S+\s+){4}).*\s[-–—]\s*(?:AFP|Reuters|REUTERS|AP|EPA|Getty Images|Anadolu|الأناضول|رويترز|أ\.ف\.ب|أ ف ب|فرانس برس|غيتي|إ\.ب\.أ|د\.ب\.أ)$"
    # (not "واشنطن - رويترز": a place and an agency alone are a dateline)
    r"|[.!?]\s+(?:رويترز|أ\.ف\.ب|أ ف ب|فرانس برس|الأناضول|غيتي|إ\.ب\.أ|د\.ب\.أ|أسوشيتد برس)$"  # "… في البيت الأبيض. رويترز"
    r"|(?-i:[.!?]\s+/\s*[A-Z][^/.!?]{1,25}(?:\.\s*[A-Z][^/.!?]{1,40})?$)"  # "… 13 Maret 2025. /Dok. Kantor …"
    r"|^(ilustrasi|illustration|illustrasi)\b\s*[.:-]"
    r"|^\[(?:img|image|gambar|foto|photo|bild|фото|изображение|صورة|resim|görsel|(?-i:[a-z0-9]+(?:[-_][a-z0-9]+)+))\]\s+\S"
    r"|\b(архивное фото|фото из архива|file photo|archivbild|archivfoto|foto arsip|foto dokumentasi|arşiv)\W*$"
    r"|(?-i:[^\W\d_]\s(Reuters|REUTERS|AFP|EPA|Getty Images|Sputnik|ANTARA|Anadolu|Xinhua|TASS|РИА Новости|"
    r"Global Look Press|AP Photo|dpa|picture alliance))$")
PHOTO_CREDIT = re.compile(r"^\((?:[A-Z][A-Za-z]+/)+[A-Z][A-Za-z]+\)$|^\((?:AFP|AP|REUTERS|EPA|ANTARA|Getty Images)[^)]*\)$")
PHOTO_AGENCY = re.compile(r"^(?:ANTARA FOTO|REUTERS|AFP|AP Photo|EPA|Getty Images|Anadolu|Xinhua|Sputnik|dpa)"
                          r"(?:\s*/\s*[^\W\d_][\w .'-]*)+\.?$")  # "ANTARA FOTO/REUTERS/Yulia Morozova/aww."
PHOTO_SOURCE = re.compile(r"(?i)^©\s*[^\s/©]+(?:\s[^\s/©]+)?\s*/\s*[^.!?©]{2,60}$"  # "© dpa/Michael Kappeler"
                          r"|^\(?(?:photo credit|image credit|picture credit|foto credit|credit|image source|bildquelle|bildrechte|quelle|"
                          r"bild|foto|photograph|photo|image|fotoğraf|фото|автор фото|фотограф|kredit foto|صدر الصورة|مصدر الصورة)\s*[:,،]\s*"
                          r"(?:(?:[^.!?()]|\.(?=\w+/)){2,80}|[\w-]+(?:\.[a-z]{2,6})+)(?:\s*\([^()]{2,20}\))?\)?$")  # "Foto: Reuters", "… (Symbolbild)", "(Fotoğraf: Sosyal medya)", "Фото: kremlin.ru"
CREDIT_TAIL = re.compile(r"(?i)\b(?:quelle|source|foto|photo|bild|fotoğraf|фото|kredit foto)\s*:\s*[^.!?:]*$"
                         r"|[.!?]\s+Фото$")  # "… подписания. Фото" / "пресс-службы президента КР"
CAPTION_LABEL = re.compile(r"(?i)^(?:image caption|caption|bildunterschrift|legende|подпись к фото|keterangan foto|"
                           r"keterangan gambar|foto|photo|التعليق على الصورة)\s*[:,،]\s*")
UPPER = "A-ZÀ-ÞА-ЯЁĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŹŻŽ"
LOWER = "a-zß-ÿа-яёāăąćčďđēėęěğģīįıķĺļľłńņňōőœŕřśşšţťūůűųźżž"
NAME = rf"[{UPPER}][{LOWER}'’-]+(?:\s+(?:[{UPPER}]\.|[{UPPER}][{LOWER}'’-]+)){{1,3}}"  # "Marina Kondratjewa", "Ece Yıldırım"
PERSON = re.compile(rf"^{NAME}$")
BYLINE_NAME = re.compile(rf"^(?P<name>{NAME})(?:\s+(?:in|di|aus|из|в)\s+[{UPPER}][\w-]+)?$")  # "Helen Marchetti in Moscow"
INITIALS = re.compile(r"^\((?P<who>[a-z]{1,8}(?:\s*/\s*[a-z][a-z\d]{0,7})*|[A-Z][a-z]{1,3})\)$|^\((?P<wire>[A-Z]{2,6}(?:-[A-Z]{2,4})?)\)$"
                      r"|^(?P<open>\()?(?P<signed>[a-z]{2,5})(?P<agencies>(?:\s?/\s?[A-Za-z]{2,12})+)(?(open)\))$"  # "(jr/dpa/AFP)"
                      r"|^\((?P<agency>[A-Z]{2,8})/(?:[A-Z]{1,4}-?\d*|dpa|afp|ap)\)$"
                      r"|^\(?(?:mit|with)\s+(?P<with>[A-Za-z]{2,12}(?:/[A-Za-z]{2,12})*)\)?$"  # "(mit dpa)"
                      r"|^\((?P<brand>[^\W\d_][^()]{1,30})\)$")  # "(أ ش أ)": a known agency, see classify  # "(AFP/OL-14)": agency and desk code  # "(ian)", "(ANT)", "cop/Reuters"
BRACKETED_INITIALS = re.compile(r"^\[([a-z]{2,8}(?:/[a-z]{2,8})+)\]$")  # "[asg/but]", not a placeholder ("[iklan]")
COLUMNS = re.compile(r"\S {2,}\S.* {2,}\S")  # "China        13.1       19.9": text laid out in columns
ROW = "\x00row\x00"
OPENING_QUOTES = ("“", "„", "«", '"')
POST_FRAME = re.compile(r"(?i)^(?:open|view|открыть|смотреть|buka|lihat|ansehen|öffnen|aç|görüntüle|فتح|عرض)\b.{0,30}"
                        r"\b(?:telegram|x|twitter|instagram|facebook|tiktok|тикток|تيليجرام|تويتر|إنستغرام)(?:['’]?da aç)?$"
                        r"|^(?:telegram|x|twitter|instagram)['’]?(?:da|ta) (?:aç|görüntüle)$")  # "Открыть в Telegram"
VIEWS = re.compile(r"(?i)views?\b|просмотр|aufrufe|görüntülenme|okunma|dilihat|dibaca|مشاهد")  # "4,1 тыс. просмотров"
MENU_ROW = re.compile(rf"[{UPPER}][{LOWER}]+(?: [{UPPER}][{LOWER}]+){{2,}}")  # words of a menu, no punctuation
LIST_ITEM = re.compile(r"^(?:\d{1,2}[.)]|[•▪◦·*‣–-])\s+\S")  # "1. …", "• …", "- …"
LABELLED_ITEM = re.compile(r"^(?:\d{1,2}[.)]|[•▪◦·*‣–-])\s+[^\W\d_][^:\d]*:\s")  # "• Tanggal: …"
PLACEHOLDER = re.compile(r"^\[[^\W\d_][^\[\]]{0,120}\]$")  # "[IMG]", "[Gambar]", "[Putin at the polls]": a picture
PICTURED = re.compile(r"(?i)^\[(?:(?:img|image|gambar|foto|photo|bild|фото|изображение|صورة|resim|görsel)(?::[^\[\]]{0,120})?|"
                      r"[^\[\]]{1,80}\.(?:jpe?g|png|gif|webp|avif)|(?-i:[a-z0-9]+(?:[-_][a-z0-9]+)+))\](?:\s|$)")
# "[IMG]", "[Image: Putin dan Rahmon]", "[trans-afghan-railway.jpg]", "[kiraz-ihracat]" (a picture's file name)
LINK_NUMBER = re.compile(r"\[\d{1,4}\]")  # lynx's numbered links: "[20]Ananya Sharma"
LONE_LINK_NUMBER = re.compile(r"^\[\d{1,4}\](?=\S)")
LONE_LINK = re.compile(r"^\[\d{1,4}\]\S")  # a line that is all one link: "[14]Liveblog zum Anschlag …"
LINK_LIST = re.compile(r"(?m)^References\s*\n(?:\s*\n)?\s+1\.\s.*", re.DOTALL)  # lynx's list of link addresses
TRUNCATED = re.compile(r"(?:\.\.\.|…)$")
WORD = re.compile(r"\w+(?:[-'’.]\w+)*")


@dataclass
class Line:
    """One paragraph of the page and what it looks like."""

    index: int
    text: str
    kind: str  # prose, sentence, short, date, read-also, list, prompt, furniture, credit, initials, caption,
    #            photo-credit, truncated, byline
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
    text = without_link_numbers(text)
    blocks, current = [], []
    for raw in text.splitlines():
        line = normalise(raw)
        if line and COLUMNS.search(raw.strip()) and re.search(r"\d", line):
            line = ROW + line  # laid out in columns: a row of a table, never joined to its neighbours
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    if keep_lines:
        return [line for block in blocks for line in block]
    nouns = py3langid.classify(text[:5000])[0] in rules().capitalised_nouns
    widths = sorted(w for w in map(wrap_width, blocks) if w)
    page_width = widths[len(widths) // 2] if len(widths) >= 3 else 0
    out: list[str] = []
    for block in blocks:  # the lines under a heading of other articles ("Mehr zum Thema") are headlines, not prose
        out += join_wrapped(block, nouns, page_width, entries=bool(out) and is_heading(out[-1]))
    return out


def join_pages(paragraphs: list[str], min_repeat: int = 4) -> list[str]:
    """An article saved page by page ("Halaman 1 2", "Seite 2 von 3"): each later page repeats the top of the
    first (menus, headline, date line, photo). Drop the repeat that follows a pagination line, so that the text
    of page 2 goes on where page 1's stopped."""
    out = list(paragraphs)
    first: dict[str, int] = {}
    k = 0
    while k < len(out):
        j = first.setdefault(out[k], k)
        paged = any(rules().pagination.match(p) for p in out[max(0, k - 4): k])
        if j < k and paged:
            m = 0
            while k + m < len(out) and j + m < k and out[k + m] == out[j + m]:
                m += 1
            if m >= min_repeat:
                del out[k: k + m]
                continue
        k += 1
    return out


def without_link_numbers(text: str) -> str:
    """A text-browser dump (lynx -dump) numbers its links and lists their addresses at the end: drop both."""
    if not LINK_LIST.search(text):
        return text
    lines = LINK_LIST.sub("", text).split("\n")
    for i, line in enumerate(lines):
        alone = (i == 0 or not lines[i - 1].strip()) and (i + 1 == len(lines) or not lines[i + 1].strip())
        if not (alone and LONE_LINK.match(line.strip()) and not ends_sentence(line.strip())):
            lines[i] = LINK_NUMBER.sub("", line)  # a line that is one link keeps its number: a link to elsewhere
    return "\n".join(lines).replace("#\n", "\n")


def lynx_masthead(text: str) -> str | None:
    """A text-browser dump's site name: the first link near the top to the site's home page whose words spell its
    address ("[1]Mehr News Agency" to https://en.mehrnews.com/, "[4]Voice of America" to https://www.voanews.com/)."""
    refs = LINK_LIST.search(text)
    if not refs:
        return None
    targets = dict(re.findall(r"(?m)^\s*(\d{1,4})\.\s+(\S+)", refs.group(0)))
    for line in text[:refs.start()].split("\n")[:12]:
        for number, name in re.findall(r"\[(\d{1,4})\]([^\[\]]+?)(?=\s*\[\d|\s*$)", line):
            home = re.fullmatch(r"https?://([^/:]+)/?", targets.get(number, ""))
            if home and spells_host(name.strip(), home[1]):
                return name.strip()
    return None


def spells_host(name: str, host: str) -> bool:
    """ "The Times of India" and timesofindia.indiatimes.com, "Voice of America" and voanews.com (by its initials);
    not "Home"."""
    words = re.findall(r"\w+", name.casefold())
    if not 1 <= len(words) <= 6 or any(c.isdigit() for c in name):
        return False
    squashed = "".join(words)
    labels = [label for label in host.casefold().split(".")[:-1] if len(label) >= 3 and label != "www"]
    return any(label in squashed or len(squashed) >= 4 and squashed in label
               or any(len(i) >= 3 and label.startswith(i) for i in initials(name)) for label in labels)


def join_wrapped(lines: list[str], capitalised_nouns: bool = False, page_width: int = 0,
                 entries: bool = False) -> list[str]:
    """Join a line to the previous one when that one stops mid-sentence and the line goes on with it. A
    title-cased line is a headline of its own, unless the language capitalises its nouns (German)."""
    if (pictured := picture_caption(lines)) is not None:
        return [pictured, *join_wrapped(lines[len(pictured_lines(lines)):], capitalised_nouns, page_width)]
    head = 0
    while head < len(lines) - 1 and classify(lines[head]) == "furniture":
        head += 1
    if is_wrapped_caption(lines[head:]) or is_wrapped_headline(lines[head:], page_width):
        return [*lines[:head], " ".join(lines[head:])]
    width = wrap_width(lines)
    if entries and width and any(starts_lower(ln) for ln in lines[1:]) and len(lines) >= 3 \
            and not any(LIST_ITEM.match(ln) for ln in lines):
        entries = False  # prose wrapped under a line that looked like a heading ("* Kommentare" in a share bar)
    out: list[str] = []
    last = ""  # the previous raw line (out[-1] may hold several joined ones)
    # entries: under a bare heading ("Baca juga", "Related stories"), each line is a headline of its own
    for line in lines:
        if entries or is_heading(line):
            out.append(line)
            entries, last = True, line
            continue
        prev = out[-1] if out else ""
        if line.startswith(ROW):
            out.append(line[len(ROW):])
            last = line
            continue
        if LIST_ITEM.match(line) and not is_wrapped_number(out, line):
            out.append(line)  # "1. Minyak kelapa sawit …", "• …": an item of a list starts a paragraph of its own
            last = line
            continue
        if (prev.count("(") > prev.count(")") or width and quote_left_open(prev) and not line.startswith(OPENING_QUOTES)) \
                and not is_heading(line) and not is_marked(line):
            out[-1] = f"{prev} {line}"  # a parenthesis or a quotation left open goes on on the next line
            last = line
            continue
        if credit_goes_on(last, line, width) and classify(prev) == "caption":
            out[-1] = f"{prev} {line}"  # "… Quelle: picture alliance/ASSOCIATED" / "PRESS/Vyacheslav Prokofyev"
            last = line
            continue
        if rules().read_also.search(prev) and word_count(line) >= 12 and ends_sentence(line):
            out.append(line)  # the paragraph after a glued read-also link, not the link's wrapped headline
            last = line
            continue
        if classify(prev) == "read-also" and not ends_sentence(prev) and word_count(line) <= 12 and not is_marked(line) \
                and not line.endswith("."):  # a headline's rest has no full stop: "Menanggapi hal itu, … berubah." has
            out[-1] = f"{prev} {line}"  # "Baca juga: … Bahas Perdagangan" / "dan Pasokan Listrik ke Kabul"
            last = line
            continue
        goes_on = line[:1].islower() or ends_sentence(line) or prev.endswith((",", ";", "–", "-"))
        wrapped = width and len(last) >= width - 25 and (capitalised_nouns and not all_capitalised(last)
                                                         or starts_lower(line) or not is_titlecase(last)
                                                         or ends_lower(last) or prose_goes_on(last, line, width))
        forced = width and len(lines) >= 3 and len(last) >= width - 15 and len(last) + 1 + len(line.split()[0]) > width \
            and word_count(last) >= 6 and (capitalised_nouns or not is_titlecase(last) or not is_titlecase(lines[0])
                                           or prev != last) \
            and "caption" not in (classify(prev), classify(line))  # a title-cased line inside a prose block too
        # the next word did not fit on the line: a wrap, even after a full stop, and in a title-cased paragraph
        # already wrapped once ("… Rusia di" / "Tajikistan, … di Perbatasan" / "Afghanistan")
        if prev.endswith(":") and not (wrapped or forced):
            goes_on = False  # "Ini kata mereka:" ends its paragraph; the quotation under it is one of its own
        # pasted lines, each a paragraph of its own: a headline over its standfirst is no sentence going on
        pasted = max(len(ln) for ln in lines) > 100 and not width and not starts_lower(line) and word_count(line) > 8
        if prev and (not ends_sentence(prev) or forced) \
                and (wrapped or forced or goes_on and word_count(prev) >= 12 and not pasted) \
                and (not is_marked(prev) or starts_lower(line) and classify(prev) == "prompt") \
                and (not is_marked(line) or classify(line) == "caption" or dated_tail(prev, line)
                     or starts_lower(line) and classify(line) == "credit" or classify(line) == "prompt" and wrapped):
            # "… published" / "by the …"; "… kostenlos in Ihrem" / "Postfach: Melden Sie sich jetzt …": a prompt's
            # start wrapped before the words that mark it
            out[-1] = f"{prev} {line}"
        elif prev and starts_lower(line) and word_count(line) <= 3 and ends_sentence(line, ellipsis=False) \
                and not re.search(r"[\d:]", line) and not ends_sentence(prev) and read_date_line(prev) is not None:
            out[-1] = f"{prev} {line}"  # "Diese Nachricht wurde am 17.09.2024 im Programm" / "gesendet."
        else:
            out.append(line)
        last = line
    return out


def quote_left_open(text: str) -> bool:
    """The text opens a quotation it does not close: “…, „…, «…, or an odd number of straight quotes."""
    if "„" in text:  # German and Polish open low and close with “ or ”
        return text.count("„") > text.count("“") + text.count("”")
    return text.count("“") > text.count("”") or text.count("«") > text.count("»") or text.count('"') % 2 == 1


def is_wrapped_number(out: list[str], line: str) -> bool:
    """ "… similar to NATO's Article" / "5. Yerevan repeatedly asked …": a number the wrap put at the start of
    a line, not a list's item. An item after the first follows its predecessor, or opens a block of its own."""
    number = re.match(r"(\d+)[.)]\s", line)
    if not number or int(number[1]) < 2 or not out or ends_sentence(out[-1]) or out[-1].endswith(":"):
        return False
    return not any(re.match(rf"{int(number[1]) - 1}[.)]\s", earlier) for earlier in out)


def pictured_lines(lines: list[str]) -> list[str]:
    """An image placeholder and the lines under it in the same block, up to a photo credit line."""
    if not lines or not PICTURED.match(lines[0]):
        return []
    end = next((i for i, ln in enumerate(lines[1:], start=1) if classify(ln) == "photo-credit"), len(lines))
    before = " ".join(lines[1:end])
    if end < len(lines) and (before.count("(") > before.count(")") or before.endswith(":")):
        end += 1  # "… Dushanbe. (Foto:" / "AFP/Kremlin Pool)": the credit the caption opened is its own
    return lines[:end]


def picture_caption(lines: list[str]) -> str | None:
    """ "[IMG]" (or "[IMG] External affairs minister …") with the text under it in one block: its caption, as one
    line that keeps the placeholder, so it reads as a caption ("[Gambar] Delegasi Taliban …")."""
    part = pictured_lines(lines)
    text = " ".join(part)
    if len(part) < 2 and PLACEHOLDER.match(text) or not 3 <= word_count(text) <= 60 \
            or any(is_marked(ln) and classify(ln) not in ("caption", "initials") for ln in part[1:]):
        return None
    return text


def is_wrapped_caption(lines: list[str]) -> bool:
    """One sentence wrapped over a few lines that ends with its photo credit: "Menlu Uzbekistan … Ishaq" /
    "Dar, dan Menlu Taliban … Kamis" / "(17/7/2025). (Foto: Anadolu Agency)"."""
    return 2 <= len(lines) <= 6 and wrap_width(lines) > 0 and classify(lines[-1]) == "caption" \
        and not any(ends_sentence(ln) or is_marked(ln) for ln in lines[:-1])


def is_wrapped_headline(lines: list[str], page_width: int) -> bool:
    """A headline that fills the page's wrap column and goes on on a short second line ("Uzbekistan, …
    Kerangka Kerja Jalur" / "Kereta Trans-Afghan"): the next word did not fit."""
    if len(lines) != 2 or not page_width or any(ends_sentence(ln) or is_marked(ln) for ln in lines):
        return False
    first, second = lines
    return is_titlecase(first) and page_width - 12 <= len(first) < len(first) + 1 + len(second.split()[0]) > page_width \
        and word_count(second) <= 8


def dated_tail(prev: str, line: str) -> bool:
    """A sentence that ends with its date on the next line ("… ujarnya kepada Tirto," / "Jumat (18/4/2025).",
    "… Rusia, Kamis" / "(19/6/2025)."): not the page's date line."""
    return word_count(prev) >= 12 and not ends_sentence(prev) and not (is_titlecase(prev) and word_count(prev) <= 20) \
        and (classify(line) in ("sentence", "short") or read_date_line(line) is not None and word_count(line) <= 4)


def prose_goes_on(last: str, line: str, width: int) -> bool:
    """A title-cased line filled to the wrap column, under which the sentence goes on in plain prose
    ("… Minister of Industry and Commerce, Nooruddin" / "Azizi, has signed agreements worth …")."""
    return len(last) >= width - 10 and word_count(line) >= 6 and not is_titlecase(line) and not is_marked(line)


def credit_goes_on(last: str, line: str, width: int) -> bool:
    """A caption's photo credit cut at the wrap: the next line is its short rest, not a sentence."""
    return bool(width and len(last) >= width - 25 and CREDIT_TAIL.search(last)
                and word_count(line) <= 4 and not ends_sentence(line)
                and (not is_marked(line) or line.isupper() and classify(line) == "furniture"))  # "Fotoğraf:" / "AA"


def ends_lower(text: str) -> bool:
    """The last word is a small one ("… Ishaq Dar, dan"): no headline ends so, the sentence goes on."""
    last = re.search(r"([^\W\d_])[^\W\d_]*$", text)
    return last is not None and last[1].islower()


def all_capitalised(text: str) -> bool:
    """Every word capitalised (a menu, even in German): no running text."""
    words = [w for w in re.findall(r"[^\W\d_]+", text) if w[0].lower() != w[0].upper()]
    return bool(words) and all(w[0].isupper() for w in words)


def starts_lower(text: str) -> bool:
    """The first letter is a small one ("two-decade-old", "«смелым»"): the line goes on with a sentence."""
    first = re.search(r"[^\W\d_]", text)
    return first is not None and first[0].islower()


def is_heading(text: str) -> bool:
    """A heading over a list of other articles' headlines: "Baca juga", "Related stories", "الأكثر قراءة"."""
    return bool(rules().read_also_line.match(text)) or classify(text) == "list"


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
    return len(cased) >= 3 and sum(w[0].isupper() for w in cased) > len(cased) * 0.75


def classify(text: str) -> str:
    """What kind of paragraph this is, judged on its own."""
    r = rules()
    folded = re.sub(r"^[•▪◦·*‣]\s+", "", text).casefold().strip(" :")  # also "* Facebook" in a share list
    if r.pagination.match(text):
        return "furniture"  # "Halaman 1 2", "Baca di halaman berikutnya: …"
    if r.read_also_line.match(text) or (m := r.read_also.search(text)) and not text[: m.start()].strip(" -•*>"):
        return "read-also"
    if LONE_LINK.match(text):  # a text browser's numbered link alone on its line: a headline there is another article's
        inner = LINK_NUMBER.sub("", text, count=1)
        if PERSON.match(inner) and word_count(inner) <= 3 and not outlet_for_brand(inner) \
                and not re.match(r"(?i)(the|der|die|das)\s", inner):
            return "short"  # "[24]Алия Сарсенова": perhaps a name linked to the author's page, see is_bare_byline
        kind = classify(inner)
        return "read-also" if kind == "short" else kind
    if r.read_also_start.match(text) and (text.endswith(":") or not ends_sentence(text)) and word_count(text) <= 20:
        return "read-also"  # "Читайте также Более тысячи …", "Simak juga video …:"
    if not re.search(r"[^\W\d_]", text) or folded in r.furniture or is_share_row(folded) or r.counter.match(text) \
            or PLACEHOLDER.match(text) and not BRACKETED_INITIALS.match(text) or is_menu(text):  # not "[asg/but]"
        return "furniture"
    if r.list_head.match(text) and word_count(text) <= 6 and not ends_sentence(text.rstrip(":")) or r.comment_head.match(text):
        return "list"
    if text.startswith("©") and PHOTO_SOURCE.match(text):
        return "photo-credit"  # "© APA/AFP/Alexander Bogdanov": a photo's credit, not the copyright line
    if r.prompt.match(text) or r.player.match(text) and len(text) <= 60:  # a player's label, not a sentence
        return "prompt"
    if (m := INITIALS.match(BRACKETED_INITIALS.sub(r"(\1)", text))) and (not m["brand"] or all(outlet_for_brand(b) or b.casefold() in r.agencies for b in m["brand"].split("/"))) \
            and (not m["with"] or all(outlet_for_brand(w) for w in m["with"].split("/"))):
        return "initials"
    if SIGNOFF.match(text) or BIO.match(text):
        return "byline"
    if PHOTO_CREDIT.match(text) or PHOTO_SOURCE.match(text) or PHOTO_AGENCY.match(text):
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


def is_menu(text: str) -> bool:
    """ "Главная | Новости | Политика | …": three or more short items set apart by bars."""
    items = [i.strip() for i in text.split("|")]
    return len(items) >= 3 and all(0 < word_count(i) <= 3 and not ends_sentence(i) for i in items if i)


def is_share_row(folded: str) -> bool:
    words = folded.replace("icon", " ").split()
    return len(words) >= 2 and all(w in rules().furniture for w in words)


def is_credit(text: str) -> bool:
    return bool(credits_of(text))


def credits_of(text: str) -> list[tuple[str, str]]:
    """The credits on a line: "Editor: X", "By X", or "Penulis X | Editor Y"; [] if the line is something else."""
    text = re.sub(r"^\((.{4,80})\)$", r"\1", text.strip())  # "(Edited by Aditi Vyas)"
    tail = []
    if (m := AGENCY_TAIL.search(text)) and m.start() > 0:
        text, tail = text[: m.start()], [("dateline", m["place"]), ("source", m["wire"])]
    parts = [p.strip() for p in re.split(r"\s*[|;]\s*|(?:/|\s[-–—])\s+(?=[^\W\d_]+\s*:)", text) if p.strip()]
    if len(parts) > 1:  # "… Farhan Maulana | Foto: Kemlu Rusia", "Written by Rustam Ibrayev | @RustamIbrayev_"
        parts = [p for p in parts if not PHOTO_SOURCE.match(p) and not re.fullmatch(r"@\w{2,30}", p)]
    found = [credit_of(p, bare=len(parts) > 1) for p in parts]
    return found + tail if found and None not in found else []


def credit_of(text: str, bare: bool = False) -> tuple[str, str] | None:
    """("author" | "editor" | "source", name) for a credit such as "Editor: Tyas Siti Gantina"."""
    r = rules()
    m = r.credit.match(text) or r.byline.match(text) or r.role_after.match(text) or r.credit_after.match(text)
    if m is None and bare:
        bare = re.match(rf"(?i)^(?P<key>{'|'.join(map(re.escape, r.credit_keys))})\s+(?P<value>[A-ZÀ-ÞА-Я].*)$", text)
        if bare is None or word_count(bare["value"]) > 5 or ends_sentence(bare["value"]):
            return None
        m = bare
    if m is None:
        return None
    value = without_role(m["value"].strip().rstrip(":").strip())  # "كتب - أحمد سمير:"
    value = re.sub(r"\s*[(<]?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[)>]?", "", value).strip() or value  # "Hendro W. (hendro@investor.id)"
    value = re.sub(r"\s+(?:und|and|dan|и|ve|&)\s+(?=[A-ZÀ-ÞА-ЯЁ])", ", ", value)  # "Von Maria Huber und Thomas Brenner"
    first, _, rest = value.partition(" ")
    if rest and re.fullmatch(r"(?i)[a-z][\w-]*(?:\.[a-z][\w-]*)*\.(?:com|co|id|net|org|ru|de|tr|uz|kz|kg|tj|news|tv),?", first):
        value = rest  # "Laporan wartawan RM.id Farhan Maulana", "… Wartakotalive.com, Rangga Baskoro": the outlet first
    if (dated := read_date_line(value)) and dated.rest:
        value = dated.rest.strip(" ·•|-–—,")  # "Oleh: Iswara Nugraha - 18 April 2025 09:15 WIB"
    if word_count(value) > 8 or (ends_sentence(value) and word_count(value) > 4):
        return None
    key = re.sub(r"\s+", " ", m["key"].casefold())
    if key in r.outlet_then_name and (named := value.rpartition(", ")[2]) != value and PERSON.match(named):
        value = named  # "Laporan Wartawan Tribun Bali, Gede Arya Wiratama": the outlet, then the reporter
    if m.re is r.credit_after:
        return "contributor", value  # "CNN’s Darya Tarasova contributed reporting": not the byline
    return r.credit_keys.get(key, "author"), value


def without_role(name: str) -> str:
    """ "Katrin Weber, ARD-Studio Moskau" → "Katrin Weber": a role or desk after the name is not part of it."""
    parts = re.split(r", | \| ", name)  # "Katrin Weber, ARD-Studio Moskau", "Sardor Karimov | Reporter"
    while len(parts) > 1 and (rules().role.search(parts[-1]) or re.fullmatch(r"\S+@\S+\.\w+", parts[-1])):
        parts.pop()
    return ", ".join(parts)


def classify_all(paragraphs: list[str], captions: tuple[str, ...] = ()) -> list[Line]:
    """Classify every paragraph; date lines carry the date they state. The captions the page's markup sets
    apart are captions, whatever they end with ("… in the Termez cargo terminal. (AFP)")."""
    out = []
    for i, text in enumerate(join_labels(unglue(paragraphs, set(captions)))):
        if text in captions:
            out.append(Line(i, text, "caption"))
            continue
        if SIGNATURE.match(text):  # "— Dana Seitkali (@dseitkali) October 7, 2024": a quoted post's signature
            out.append(Line(i, text, "sentence"))
            continue
        kind = classify(text)
        found = read_date_line(text) if kind in ("short", "sentence", "prose", "prompt", "credit", "furniture") \
            and not LABELLED_ITEM.match(text) else None  # "• Tanggal pemungutan suara: 6 Oktober 2024" is an item
        if found is not None and not (kind == "credit" and found.rest):
            kind = "date"
        out.append(Line(i, text, kind, found))
    return relate(out)


SIGNOFF = re.compile(rf"^\((?P<name>{NAME})(?:\s+(?:aus|in|from|di|dari|из|в)\s+[^,()/]{{2,30}})?"
                     r"(?:,\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})?(?:/[\w.-]{2,30})?\)$")
# "(Jakob Wenzel aus Moskau, 7.1.2022)", "(Putu Ariana Dewi/balipost)"
ROLES = (r"(?i:korrespondent|reporter|redakteur|journalist|autor|wartawan|jurnalis|koresponden|penulis|peneliti|"
         r"корреспондент|журналист|редактор|обозреватель|muhabir|editör|gazeteci)")
BIO = re.compile(rf"^(?P<name>{NAME})(?: is (?:a|an|the) [^.]{{0,60}}\b(?:reporter|journalist|correspondent|writer|editor|"
                 r"contributor|researcher|analyst|columnist)\b"
                 rf"|(?: ist| adalah| —)(?: \S+){{0,2}}? {ROLES}\w* (?:(?:des|der|bei|für|im|von|di|untuk|dari|в|для|издания|газеты)\b|[«\"„“])"
                 rf"|,(?: \S+){{1,3}}? {ROLES}\w*(?:dir|dır|dur|dür)(?=\.$))[^.]{{0,80}}\.$")
# "Freshta Ahmadi is a KabulNow reporter …", "Felix Reinhardt ist Korrespondent des RND …"
AGENCY_TAIL = re.compile(r"\s*/\s*(?P<place>[A-ZÀ-ÞА-ЯЁĞİŞÇÖÜ][A-ZÀ-ÞА-ЯЁĞİŞÇÖÜ' -]{2,30}),?\s*\((?P<wire>[^()]{2,20})\)$")
# "Haber: Kemal Demir - Kamera: Ali Rıza Yurt/HATAY, (DHA)": a Turkish agency's place and name after its credits
DASH_AGENCY = re.compile(r"[.!?]\s+[—–]\s*(?:[A-Z]{2,6}|Reuters|Xinhua|Anadolu)(?:/[A-Za-z ]{2,20})?$")  # "… 2025. — APP"
SIGNATURE = re.compile(r"^[—–-]\s*[^()]{2,60}\(@\w{1,30}\)")
SIGNED_TAIL = re.compile(rf"(?<=[.!?\"”»])\s+(\((?:[a-z]{{2,8}}(?:\s*/\s*[a-z][a-z\d]{{0,7}})*|[A-Z]{{2,6}}(?:\s*/\s*(?:[A-Z]{{2,6}}|dpa|afp))*"
                         r"|[A-Z][a-z]{1,3})\)|\[[a-z]{2,8}(?:/[a-z]{2,8})*\]"  # "(ant/ded)", "(APA/AFP)", "(Dhi)", "[asg/but]"
                         rf"|{SIGNOFF.pattern[1:-1]}"
                         r"|\((?:mit|with)\s+[A-Za-z]{2,12}(?:/[A-Za-z]{2,12})*\)|\(\*\)"  # "(*)": Tribun's end mark
                         r"|\((?:[\u0621-\u064A]\.?\s?){2,4}\))$")  # "(أ ش أ)", "(أ.ف.ب)": an Arabic agency's letters
# "(ant/ded)", "(kip/riz/k16)" (a desk's code last), "(APA/AFP)" or "(Jakob Wenzel aus Moskau, 7.1.2022)" after the
# last sentence: who signs the text
KICKER_GLUED = re.compile(r"^[A-ZÀ-ÞА-ЯЁ]{4,}(?=[A-ZÀ-ÞА-ЯЁ][a-zß-ÿа-яё])")
GLUED = re.compile(r"(?<=[a-zß-ÿа-яёğışç]{3})(?=[A-ZÀ-ÞА-ЯЁĞİŞÇ][a-zß-ÿа-яёğışç])")


def unglue(paragraphs: list[str], captions: set[str]) -> list[str]:
    """A headline and the photo caption under it scraped as one word-glued line ("… de masadaKazan'daki …
    (Fotoğraf: AA)") are two lines."""
    out = []
    for text in paragraphs:
        if text in captions:
            out.append(text)
            continue
        if (m := SIGNED_TAIL.search(text)) and (word_count(text[: m.start()]) >= 30 or word_count(text[: m.start()]) >= 12
                                                and (classify(text) != "caption" or m[1][1:2].islower())):
            out += [text[: m.start()], m[1]]  # "… pemerintahan Taliban. (DAS)": the author's initials
            continue
        if (k := KICKER_GLUED.match(text)) and word_count(text[k.end():]) >= 4:
            out += [text[: k.end()], text[k.end():]]  # "INTERNASIONALRusia Jadi …": a rubric glued to the headline
            continue
        m = GLUED.search(text)
        head, tail = (text[: m.start()], text[m.start():]) if m else (text, "")
        if tail and word_count(head) >= 4 and CAPTION.search(tail) and not CAPTION.search(head):
            out += [head, tail]
        else:
            out.append(text)
    return out


def join_labels(paragraphs: list[str]) -> list[str]:
    """A credit label on a line of its own joined with the name under it: "Editor" + "Yohanes" → "Editor: Yohanes";
    a date label with the date under it: "Updated" + "9:14 AM EST, …"."""
    out: list[str] = []
    for text in paragraphs:
        label = out[-1].strip(" :|·•-").casefold() if out else ""  # "Editor:", " | Editor:"
        if label in rules().credit_keys and word_count(text) <= 6 and not ends_sentence(text) and classify(text) == "short" \
                and not re.match(r"[^\W\d_]+\s*:", text) \
                and read_date_line(text) is None and not (out[-1].isupper() and text.isupper()):  # a menu: "SOURCE", "OPINION"
            out[-1] = f"{out[-1].strip(' :|·•-')}: {text}"
        elif out and is_date_label(out[-1]) and (found := read_date_line(text)) is not None and found.label is None:
            out[-1] = f"{out[-1].strip(' :|·•-')} {text}"  # "Updated" / "9:14 AM EST, Thu February 12, 2026"
        elif out and TIME_ALONE.match(text) and (day := read_date_line(out[-1])) is not None and day.precision == "day" \
                and day.note is None:
            out[-1] = f"{out[-1]} {text}"  # "الخميس 24 أكتوبر 2024" / "03:15 م": the time of the date line above
        else:
            out.append(text)
    return out


TIME_ALONE = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[^\s\d]{1,5}){0,2}$")  # "03:15 م", "16:45 Uhr", "9:14 a.m. EST"


def is_date_label(text: str) -> bool:
    """A date line's label alone on its line: "Updated", "Diperbarui:", "Опубликовано"."""
    label = text.strip(" :|·•-")
    return bool(label) and (bool(rules().published.fullmatch(label)) or bool(rules().updated.fullmatch(label)))


def relate(lines: list[Line]) -> list[Line]:
    """Judge lines by their neighbours: a caption under a photo credit, shorter copies of captions and headlines."""
    for i, line in enumerate(lines):
        prev = lines[i - 1] if i else None
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if prev and prev.kind == "photo-credit" and line.words >= 4 and line.kind in ("prose", "sentence", "short") \
                and (PHOTO_CREDIT.match(prev.text) or PHOTO_SOURCE.match(prev.text) and line.words <= 25
                     and nxt is not None and nxt.kind in ("prose", "credit", "date", "byline")
                     and not (i >= 2 and lines[i - 2].kind == "caption")) \
                or nxt and nxt.kind == "caption" and line.kind in ("prose", "sentence") and len(line.text) >= 20 \
                and nxt.text.startswith(line.text.rstrip(".* ")) or is_credited_photo(lines, i):
            line.kind = "caption"
        elif line.kind == "short" and nxt and nxt.kind in ("prose", "sentence") and i + 2 < len(lines) \
                and (rules().counter.match(lines[i + 2].text) and VIEWS.search(lines[i + 2].text)
                     or POST_FRAME.match(lines[i + 2].text)):
            line.kind = "furniture"  # an embedded post's channel name, over its text and its views or link
        elif is_truncated_copy(line, lines[max(0, i - 3): i + 4]):
            line.kind = "truncated"
        elif is_bare_byline(lines, i):
            line.kind = "byline"
    return lines


def byline_name(text: str) -> str | None:
    """The name in a bare byline: capitalised words ("Helen Marchetti in Moscow"), or two to four words of a
    script without capitals ("سليم الخطيب")."""
    text = without_role(LONE_LINK_NUMBER.sub("", text))  # "Дмитрий Овсянников, специально для «Новой газеты Европа»"
    if m := BYLINE_NAME.match(text) or SIGNOFF.match(text) or BIO.match(text):
        return m["name"]
    names = re.split(r"\s+(?:&|and|dan|und|и|ve)\s+|,\s+", text)
    if 2 <= len(names) <= 4 and all(PERSON.match(n) for n in names):
        return ", ".join(names)  # "Nadya Prameswari & Hendra Gunawan"
    words = text.split()
    uncased = all(c.isalpha() and not c.isupper() and not c.islower() for w in words for c in w)
    return text if 2 <= len(words) <= 4 and uncased else None


def is_bare_byline(lines: list[Line], i: int) -> bool:
    """A name alone on its line ("Fajar Ardiansyah Putra", "Helen Marchetti in Moscow") under a headline or
    standfirst and over the date line or credits."""
    if lines[i].kind != "short" or not byline_name(lines[i].text):
        return False
    if without_role(lines[i].text) != lines[i].text and i + 1 < len(lines):
        return True  # a name with its role: "Ольга Смирнова, корреспондент ИА Регнум в Минске"
    if i + 1 < len(lines) and lines[i + 1].words <= 4 and lines[i + 1].kind == "short" \
            and rules().role.match(lines[i + 1].text) \
            and lines[i + 1].text.split()[0].strip(" :").casefold() not in rules().credit_keys:  # not "Editor Yohanes …"
        return True  # a name over its role: "Nadine Zürcher" / "Redaktorin Politik"
    above = next((ln for ln in reversed(lines[:i]) if ln.kind not in ("furniture", "prompt")), None)
    if above is not None and MENU_ROW.fullmatch(above.text):
        return False  # "Политика Экономика Общество …" / "Культура Спорт Здоровье Технологии": a menu
    below = next((ln for ln in lines[i + 1:] if ln.kind not in ("furniture", "prompt")), None)  # "Слушать", "Поделиться"
    if above is not None and above.kind == "date":  # under the date line, itself under the headline
        above = next((ln for ln in reversed(lines[:above.index]) if ln.kind != "furniture"), None)
        signed = below is None or below.kind != "prose" or is_credited_photo(lines, below.index)
    else:
        signed = below is not None and (below.kind in ("date", "credit", "caption") or over_photo_credit(lines, below.index)
                                        or below.kind == "prose" and (LONE_LINK.match(lines[i].text)  # a linked name
                                                                      or under_dated_headline(lines, above)))
    return signed and above is not None and above.kind in ("short", "sentence", "prose") and above.words >= 5


def under_dated_headline(lines: list[Line], above: Line | None) -> bool:
    """The line above is a headline with the date line right over it ("15.04.2025 14:35" / "Госдума …" / name)."""
    if above is None or above.kind != "short" or ends_sentence(above.text):
        return False
    over = next((ln for ln in reversed(lines[:above.index]) if ln.kind != "furniture"), None)
    return over is not None and over.kind == "date"


def over_photo_credit(lines: list[Line], i: int) -> bool:
    """The line stands right over a photo credit ("Фото: пресс-служба МИД"): a caption."""
    return i + 1 < len(lines) and lines[i].kind in ("short", "sentence", "prose") and \
        bool(PHOTO_SOURCE.match(lines[i + 1].text) or PHOTO_AGENCY.match(lines[i + 1].text))


def is_credited_photo(lines: list[Line], i: int) -> bool:
    """A caption over its photo credit ("… im Jahr 2019" / "Bild: dpa"), below a date, credit or text, not
    a headline right under the navigation."""
    line = lines[i]
    if line.kind not in ("short", "sentence", "prose") or not 4 <= line.words <= 40 or i + 1 == len(lines) \
            or not (PHOTO_SOURCE.match(lines[i + 1].text) or PHOTO_AGENCY.match(lines[i + 1].text)):
        return False
    if i and PLACEHOLDER.match(lines[i - 1].text):
        return True  # "[Gambar]" over it
    below = lines[i + 2] if i + 2 < len(lines) else None
    if line.words >= 20 and below is not None and below.kind == "short" and below.words <= 15:
        return False  # a standfirst over the credit, and the short caption under it: the credit is the caption's
    above = next((ln for ln in reversed(lines[:i]) if ln.kind != "furniture"), None)
    if line.kind == "prose":  # a full sentence over a photo credit: a caption only in the header, under a byline
        return above is not None and above.kind in ("date", "credit", "caption", "initials", "short", "prompt", "byline")
    return above is not None and above.kind in ("date", "credit", "caption", "prose", "sentence", "initials", "prompt", "byline")


def caption_text(caption: str) -> str:
    """The caption without its label ("Image caption, …", "Foto: …") and link text after it."""
    text = rules().caption_tail.sub("", PICTURED.sub("", caption)).rstrip()
    bare = CAPTION_LABEL.sub("", text)
    return bare if bare != text and word_count(bare) >= 3 else text


def is_truncated_copy(line: Line, near: list[Line]) -> bool:
    """A headline cut short ("Serangan Pakistan Hancurkan...") next to its full form."""
    if not TRUNCATED.search(line.text):
        return False
    stem = TRUNCATED.sub("", line.text).rstrip(" ,;:")
    return len(stem) >= 8 and any(o is not line and o.kind != "caption" and o.text.startswith(stem)
                                  and len(o.text) > len(stem) + 3 for o in near)
