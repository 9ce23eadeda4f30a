"""`dossier ingest` end to end: files written, idempotence, updates in place, editors' fields kept, bad input."""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dossier.load import load
from dossier.parse import parse
from tests.conftest import CONFIG
from tests.test_ingest import BODY, CAPTION, TITLE, page

ENTITIES = {
    "russia": "---\nid: russia\nname: Rusia\ntype: place\naliases: [Federasi Rusia]\n---\nNegara.\n",
    "taliban": "---\nid: taliban\nname: Taliban\ntype: organization\n---\nGerakan.\n",
    "afghanistan": "---\nid: afghanistan\nname: Afghanistan\ntype: place\n---\nNegara.\n",
}
STEM = "2022-12-12-rusia-tolak-kirim-pasukan-ke-afghanistan-meski-taliban-terus"


@pytest.fixture
def content(tmp_path):
    folder = tmp_path / "content"
    (folder / "entities").mkdir(parents=True)
    (tmp_path / "config.yaml").write_text(CONFIG, encoding="utf-8")  # language: id settles Indonesian vs Malay
    for ident, text in ENTITIES.items():
        (folder / "entities" / f"{ident}.md").write_text(text, encoding="utf-8")
    return folder


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dossier", "ingest", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def save(tmp_path: Path, text: str | bytes, name: str = "page.txt") -> Path:
    path = tmp_path / "saved" / name
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def test_ingest_writes_an_article_that_parses_cleanly(tmp_path, content):
    raw = save(tmp_path, page())
    result = run(str(raw), "--content", str(content), "--url", "https://contoh.com/rusia-tolak", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (content / "sources" / f"{STEM}.txt").read_bytes() == raw.read_bytes()
    files, _ = load(content)
    dossier, diags = parse(files)
    assert diags == []
    article = dossier.articles[STEM]
    assert (article.title, article.date.iso, article.source, article.language) == \
        (TITLE, "2022-12-12T09:05+08:00", "Contoh.com", "id")
    assert (article.dateline, article.editor, article.url) == ("JAKARTA", "Budi Santoso", "https://contoh.com/rusia-tolak")
    assert article.captions == (CAPTION,)
    assert {r.id for r in article.entities} == {"russia", "taliban", "afghanistan"}
    assert article.provenance.sha256 == hashlib.sha256(raw.read_bytes()).hexdigest()
    assert article.body == "\n\n".join(BODY) + "\n"
    for label in ("title", "date", "outlet", "language", "dateline", "author", "editor", "credit", "entities", "removed"):
        assert label in result.stdout
    assert "[list of other articles] Berita Terkait" in result.stdout


def test_dry_run_writes_nothing(tmp_path, content):
    result = run(str(save(tmp_path, page())), "--content", str(content), "--dry-run", cwd=tmp_path)
    assert result.returncode == 0
    assert "dry run: nothing written" in result.stdout
    assert not (content / "articles").exists() and not (content / "sources").exists()


def test_ingesting_the_same_page_again_changes_nothing(tmp_path, content):
    raw = save(tmp_path, page())
    run(str(raw), "--content", str(content), cwd=tmp_path)
    before = tree(content)
    again = run(str(raw), "--content", str(content), cwd=tmp_path)
    assert again.returncode == 0 and "(unchanged)" in again.stdout
    assert tree(content) == before


def test_a_changed_page_updates_its_article_in_place_and_keeps_the_editors_fields(tmp_path, content):
    raw = save(tmp_path, page())
    run(str(raw), "--content", str(content), cwd=tmp_path)
    article = content / "articles" / f"{STEM}.md"
    edited = article.read_text(encoding="utf-8").replace("source: Contoh.com", "source: Contoh Media")
    edited = edited.replace("language: id\n", "language: id\ndate_note: Dicek dengan arsip cetak.\n")
    article.write_text(edited, encoding="utf-8")
    addition = "Kementerian itu juga menambahkan bahwa pembicaraan dengan Taliban akan dilanjutkan bulan depan di Doha."
    raw.write_text(page(end=addition), encoding="utf-8")
    result = run(str(raw), "--content", str(content), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in (content / "articles").iterdir()) == [f"{STEM}.md"]
    text = article.read_text(encoding="utf-8")
    assert addition in text and "source: Contoh Media" in text and "date_note: Dicek dengan arsip cetak." in text
    assert (content / "sources" / f"{STEM}.txt").read_bytes() == raw.read_bytes()
    assert hashlib.sha256(raw.read_bytes()).hexdigest() in text
    assert parse(load(content)[0])[1] == []


def test_a_page_without_a_date_is_written_for_an_editor_and_check_fails(tmp_path, content):
    raw = save(tmp_path, page(date=""))
    result = run(str(raw), "--content", str(content), cwd=tmp_path)
    assert result.returncode == 0
    assert "NOT FOUND" in result.stdout and "warning[ingest-field]" in result.stderr
    stem = STEM.replace("2022-12-12", "undated")
    text = (content / "articles" / f"{stem}.md").read_text(encoding="utf-8")
    assert "date: null  # not found on the page: an editor must set it" in text
    assert [d.code for d in parse(load(content)[0])[1]] == ["missing-date"]
    # the editor sets the date and renames the file; a re-ingest then recognises the article
    dated = content / "articles" / f"2022-12-{stem.removeprefix('undated-')}.md"
    (content / "articles" / f"{stem}.md").rename(dated)
    dated.write_text(text.replace("date: null  # not found on the page: an editor must set it", "date: 2022-12"),
                     encoding="utf-8")
    assert parse(load(content)[0])[1] == []
    again = run(str(raw), "--content", str(content), cwd=tmp_path)
    assert "(unchanged)" in again.stdout
    assert sorted(p.name for p in (content / "articles").iterdir()) == [dated.name]


def test_folders_and_glob_patterns(tmp_path, content):
    save(tmp_path, page(), "a.txt")
    save(tmp_path, page().replace(TITLE, "Taliban Janji Tidak Serang Negara Tetangga di Asia Tengah"), "b.txt")
    result = run(str(tmp_path / "saved" / "*.txt"), "--content", str(content), "--dry-run", cwd=tmp_path)
    assert result.stdout.count("dry run: nothing written") == 2
    result = run(str(tmp_path / "saved"), "--content", str(content), cwd=tmp_path)
    assert len(list((content / "articles").iterdir())) == 2
    missing = run(str(tmp_path / "nothing-here.txt"), "--content", str(content), cwd=tmp_path)
    assert missing.returncode == 1 and "no such file or folder" in missing.stderr


def test_url_with_several_pages_is_refused(tmp_path, content):
    save(tmp_path, page(), "a.txt")
    save(tmp_path, page(), "b.txt")
    result = run(str(tmp_path / "saved"), "--content", str(content), "--url", "https://contoh.com/a", cwd=tmp_path)
    assert result.returncode == 1 and "--url names one page" in result.stderr


@pytest.mark.parametrize("data, message", [
    (b"", "the file is empty"),
    (b"  \n\n \t\n", "the file is empty"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "the file is a PDF document"),
    (bytes(range(256)) * 40, "the file is binary data"),
    (b"<html><body><nav>Beranda</nav></body></html>", "no article text found"),
    (b"Beranda\nMenu\nLogin\n", "no article text found"),
])
def test_bad_pages_are_refused_with_a_clear_error_and_nothing_written(tmp_path, content, data, message):
    result = run(str(save(tmp_path, data)), "--content", str(content), cwd=tmp_path)
    assert result.returncode == 1
    assert message in result.stderr and "saved/page.txt:1:1: error[ingest]" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (content / "articles").exists() and not (content / "sources").exists()


def test_an_oversized_page_is_refused(tmp_path, content):
    big = save(tmp_path, b"Rusia dan Taliban. " * (50 * 2**20 // 19 + 1))
    assert big.stat().st_size > 50 * 2**20
    result = run(str(big), "--content", str(content), cwd=tmp_path)
    assert result.returncode == 1 and "the page is 50.0 MB; ingest reads pages up to 20 MB" in result.stderr
    assert not (content / "articles").exists()


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1"])
def test_legacy_encodings_are_decoded_and_the_raw_bytes_archived(tmp_path, content, encoding):
    text = page().replace("Para pengamat", "Para pengamat (termasuk analis dari Fondation Café-Crème)")
    raw = save(tmp_path, text.replace("\u201c", '"').replace("\u201d", '"').encode(encoding, errors="strict"))
    result = run(str(raw), "--content", str(content), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Fondation Café-Crème" in (content / "articles" / f"{STEM}.md").read_text(encoding="utf-8")
    assert (content / "sources" / f"{STEM}.txt").read_bytes() == raw.read_bytes()
    assert parse(load(content)[0])[1] == []


def test_invoke_task_takes_paths_positionally(tmp_path, content):
    for name in ("a.txt", "b.txt"):
        save(tmp_path, page().replace(TITLE, f"{TITLE} {name[0].upper()}"), name)
    shutil.copy(Path(__file__).parent.parent / "tasks.py", tmp_path / "tasks.py")
    invoke = [sys.executable, "-m", "invoke", "ingest", "saved/a.txt", "--content", "content", "--dry-run",
              "--", "saved/b.txt"]
    result = subprocess.run(invoke, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("dry run: nothing written") == 2


def test_invoke_passes_output_of_several_byte_characters_through_unbroken(tmp_path, content):
    paragraphs = [f"Абзац {i}: Россия и Таджикистан обсудили охрану границы с Афганистаном, сообщили в Душанбе."
                  for i in range(40)]
    page_ru = "\n\n".join(["Новости", "Россия усилит охрану таджикско-афганской границы", "12 марта 2024, 14:05 (МСК)",
                            *paragraphs, *(f"Читайте также: Новость номер {i} о Центральной Азии" for i in range(30))])
    save(tmp_path, page_ru, "ru.txt")
    shutil.copy(Path(__file__).parent.parent / "tasks.py", tmp_path / "tasks.py")
    invoke = [sys.executable, "-m", "invoke", "ingest", "saved/ru.txt", "--content", "content", "--dry-run"]
    result = subprocess.run(invoke, cwd=tmp_path, capture_output=True, timeout=120)
    out = result.stdout.decode("utf-8")
    assert result.returncode == 0 and len(result.stdout) > 3000, result.stderr
    assert "\ufffd" not in out and "Читайте также: Новость номер 29" in out
