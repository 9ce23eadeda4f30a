"""Ingest still turns the archived seed pages into exactly the committed, editor-reviewed articles."""

from pathlib import Path

import pytest
import yaml

from dossier.ingest import escape_markdown
from dossier.ingest.text import extract

CONTENT = Path(__file__).parent.parent / "content"
ARTICLES = sorted((CONTENT / "articles").glob("*.md"))


def read(path: Path) -> tuple[dict, str]:
    _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
    return yaml.safe_load(front), body


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.stem)
def test_ingest_reproduces_the_committed_article(path):
    meta, body = read(path)
    found = extract((CONTENT / meta["provenance"]["archive"]).read_text(encoding="utf-8"))
    assert found.title == meta["title"]
    assert "\n\n".join(escape_markdown(p) for p in found.paragraphs) + "\n" == body
    assert found.source == meta["source"]
    assert found.captions == meta.get("captions", [])
    for key in ("dateline", "author", "editor", "credit", "standfirst"):
        assert getattr(found, key) == meta.get(key), key
    if found.date is not None:
        assert found.date.isoformat(timespec="minutes") == str(meta["date"])
    else:  # no date on the page: an editor set it at a lower precision and explained how
        assert meta.get("date_note")


def test_the_seed_dossier_has_five_articles():
    assert len(ARTICLES) == 5
