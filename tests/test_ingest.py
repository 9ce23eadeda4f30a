"""ingest: a raw scraped page in → metadata, clean paragraphs and an article file out."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone

import pytest

from dossier.ingest import escape_markdown, ingest
from dossier.ingest.text import extract
from dossier.load import display_path, load
from dossier.model import Origin
from dossier.parse import parse

TITLE = "Rusia Tolak Kirim Pasukan ke Afghanistan Meski Taliban Terus Maju"
DATE_LINE = "Senin, 12 Desember 2022 - 09:05 WITA"
CAPTION = "Menteri Luar Negeri Rusia Sergei Lavrov berbicara kepada wartawan di Moskow. Foto: Reuters"
LEAD = ("Pemerintah Rusia menegaskan tidak akan mengirim pasukan ke Afghanistan meskipun Taliban terus "
        "menguasai wilayah baru di negara itu.")
SECOND = ("Menurut Kementerian Luar Negeri Rusia, Moskow tetap membuka jalur dialog dengan semua pihak "
          "di Afghanistan demi menjaga stabilitas kawasan Asia Tengah.")
THIRD = ("Para pengamat menilai sikap ini menunjukkan kehati-hatian Rusia setelah pengalaman pahit "
         "Uni Soviet di Afghanistan pada dekade 1980-an.")
READ_ALSO = "Baca juga: Taliban Kuasai Kota Herat dan Kandahar"
RELATED = ["Taliban Rebut Kota Kandahar", "Rusia Gelar Latihan Militer di Tajikistan"]

# A synthetic raw dump of an Indonesian news page: navigation, headline, date, caption, body, furniture.
PAGE = f"""\
Beranda
Internasional
Menu
{TITLE}
{DATE_LINE}
loading...
{CAPTION}
A A A
JAKARTA - {LEAD}

{SECOND} {READ_ALSO}

Baca juga: Putin Bertemu Utusan Taliban di Kremlin

{THIRD}
(abc)
Editor: Budi Santoso
Berita Terkait
{RELATED[0]}
{RELATED[1]}
© 2023 Contoh.com
"""

FURNITURE = ["Beranda", "Internasional", "loading", "A A A", "Baca juga", "Putin Bertemu", "(abc)",
             "Editor", "Budi Santoso", "Berita Terkait", *RELATED, "©", "Contoh.com", "Foto", "JAKARTA -", "WITA"]


def test_extract_metadata():
    found = extract(PAGE)
    assert found.title == TITLE
    assert found.date == datetime(2022, 12, 12, 9, 5, tzinfo=timezone(timedelta(hours=8)))
    assert found.date.isoformat(timespec="minutes") == "2022-12-12T09:05+08:00"
    assert (found.date_precision, found.date_text) == ("minute", DATE_LINE)
    assert found.source == "Contoh.com"
    assert found.dateline == "JAKARTA"
    assert (found.author, found.editor, found.credit) == ("abc", "Budi Santoso", None)
    assert found.captions == [CAPTION]
    assert found.standfirst is None
    assert found.doubts == []


def test_extract_body_without_furniture():
    found = extract(PAGE)
    assert found.paragraphs == [LEAD, SECOND, THIRD]
    assert "Menu" not in found.paragraphs
    for paragraph in found.paragraphs:
        for furniture in FURNITURE:
            assert furniture not in paragraph


def test_extract_tells_what_it_removed():
    removed = extract(PAGE).removed
    for line in ["Beranda", "Menu", "loading...", "A A A", READ_ALSO, "Berita Terkait", *RELATED, "© 2023 Contoh.com"]:
        assert line in removed


@pytest.mark.parametrize("line, iso, precision", [
    ("Senin, 12 Desember 2022 - 09:05 WITA", "2022-12-12T09:05:00+08:00", "minute"),
    ("Kamis, 08 Juli 2021 - 16:46 WIB", "2021-07-08T16:46:00+07:00", "minute"),
    ("Jumat, 17 September 2021 | 10:15 WIT", "2021-09-17T10:15:00+09:00", "minute"),
    ("12 Desember 2022", "2022-12-12T00:00:00", "day"),
])
def test_date_lines(line, iso, precision):
    found = extract(PAGE.replace(DATE_LINE, line))
    assert (found.date.isoformat(), found.date_precision) == (iso, precision)


def test_a_time_without_a_zone_keeps_the_day_and_says_so():
    found = extract(PAGE.replace(DATE_LINE, "Senin, 12 Desember 2022 - 09:05"))
    assert (found.date.date().isoformat(), found.date_precision) == ("2022-12-12", "day")
    assert any("no zone" in d for d in found.doubts)


def test_page_without_a_date():
    found = extract(PAGE.replace(DATE_LINE + "\n", ""))
    assert (found.date, found.date_precision, found.date_text) == (None, None, None)
    assert found.title == TITLE
    assert found.paragraphs == [LEAD, SECOND, THIRD]


def test_page_without_an_outlet_is_a_doubt():
    found = extract(PAGE.replace("© 2023 Contoh.com\n", ""))
    assert found.source is None
    assert found.doubts == ["outlet not found on the page; pass --source NAME"]


def test_lead_paragraph_with_an_inline_read_also_tail_is_kept():
    page = PAGE.replace(f"JAKARTA - {LEAD}\n", f"JAKARTA - {LEAD} {READ_ALSO}\n").replace(f"{SECOND} {READ_ALSO}", SECOND)
    found = extract(page)
    assert found.dateline == "JAKARTA"
    assert found.paragraphs == [LEAD, SECOND, THIRD]


def test_escape_markdown():
    assert escape_markdown("1. Rusia") == "\\1. Rusia"
    assert escape_markdown("- a *b* [c] <d> `e` f_g | h") == "\\- a \\*b\\* \\[c\\] \\<d\\> \\`e\\` f\\_g \\| h"


# --- ingest into a content folder, then parse the result --------------------------------------------

ENTITIES = {
    "russia": "---\nid: russia\nname: Rusia\ntype: place\naliases: [Federasi Rusia]\n---\nNegara.\n",
    "taliban": "---\nid: taliban\nname: Taliban\ntype: organization\n---\nGerakan.\n",
    "afghanistan": "---\nid: afghanistan\nname: Afghanistan\ntype: place\n---\nNegara.\n",
}


@pytest.fixture
def content(tmp_path):
    folder = tmp_path / "content"
    (folder / "entities").mkdir(parents=True)
    for ident, text in ENTITIES.items():
        (folder / "entities" / f"{ident}.md").write_text(text, encoding="utf-8")
    return folder


def test_ingest_writes_an_article_that_parses_cleanly(tmp_path, content, capsys):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    diags = ingest([page], content, url="https://contoh.com/rusia-tolak")
    assert diags == []
    stem = "2022-12-12-rusia-tolak-kirim-pasukan-ke-afghanistan-meski-taliban-terus"
    archive = content / "sources" / f"{stem}.txt"
    assert archive.read_bytes() == page.read_bytes()
    files, _ = load(content)
    dossier, diags = parse(files)
    assert diags == []
    article = dossier.articles[stem]
    assert (article.title, article.date.iso, article.source, article.language) == \
        (TITLE, "2022-12-12T09:05+08:00", "Contoh.com", "id")
    assert (article.dateline, article.author, article.editor, article.url) == \
        ("JAKARTA", "abc", "Budi Santoso", "https://contoh.com/rusia-tolak")
    assert article.captions == (CAPTION,)
    assert {r.id for r in article.entities} == {"russia", "taliban", "afghanistan"}
    assert article.provenance.sha256 == hashlib.sha256(page.read_bytes()).hexdigest()
    assert article.body == f"{LEAD}\n\n{SECOND}\n\n{THIRD}\n"
    assert "dry run" not in capsys.readouterr().out


def test_ingest_dry_run_writes_nothing(tmp_path, content, capsys):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert ingest([page], content, dry_run=True) == []
    assert not (content / "articles").exists() and not (content / "sources").exists()
    assert "dry run: nothing written" in capsys.readouterr().out


def test_ingest_of_an_undated_page_needs_an_editor(tmp_path, content, capsys):
    page = tmp_path / "page.txt"
    page.write_text(PAGE.replace(DATE_LINE + "\n", ""), encoding="utf-8")
    diags = ingest([page], content)
    assert [(d.severity.value, d.code) for d in diags] == [("warning", "ingest-field")]
    files, _ = load(content)
    _, diags = parse(files)
    stem = "undated-rusia-tolak-kirim-pasukan-ke-afghanistan-meski-taliban-terus"
    where = Origin(display_path(content / "articles" / f"{stem}.md"), 3, 7)
    assert [(d.code, d.origin) for d in diags] == [("missing-date", where)]


def test_ingest_refuses_to_overwrite_and_rejects_non_text(tmp_path, content, capsys):
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert ingest([page], content) == []
    again = ingest([page], content)
    assert [(d.severity.value, d.code) for d in again] == [("error", "ingest")]
    assert "already exists" in again[0].message
    binary = tmp_path / "page.bin"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    assert [d.code for d in ingest([binary], content)] == ["ingest"]

