"""annotations.jsonld is W3C Web Annotation JSON-LD: it expands with the W3C context (vendored in
tests/fixtures/anno.jsonld, so no network is needed) and round-trips without losing a term."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pyld import jsonld

from dossier.build import check
from dossier.config import load_config
from dossier.webanno import export

HERE = Path(__file__).parent
CONTEXT_URL = "http://www.w3.org/ns/anno.jsonld"
CONTEXT = json.loads((HERE / "fixtures" / "anno.jsonld").read_text(encoding="utf-8"))


def loader(url, options=None):
    assert url == CONTEXT_URL, f"the export must use only the W3C annotation context, not {url}"
    return {"contextUrl": None, "documentUrl": url, "document": CONTEXT}


def exported(root: Path) -> dict:
    config, diags = load_config(root / "config.yaml")
    assert config is not None, diags
    result = check(config)
    assert result.ok, [d.format() for d in result.diagnostics]
    return json.loads(export(result.dossier, config))


@pytest.fixture(scope="module", params=["seed", "tiny"])
def document(request) -> dict:
    return exported(HERE.parent if request.param == "seed" else HERE / "fixtures" / "tiny")


def test_it_expands_with_the_w3c_context_and_round_trips(document):
    options = {"documentLoader": loader}
    expanded = jsonld.expand(document, options)
    assert expanded, "nothing expanded"
    compacted = jsonld.compact(expanded, CONTEXT_URL, options)
    assert {k: v for k, v in compacted.items() if k != "@context"} == \
        {k: v for k, v in document.items() if k != "@context"}


def test_ids_resolve_to_absolute_iris_against_the_files_address(document):
    expanded = jsonld.expand(document, {"documentLoader": loader, "base": "https://example.org/dossier/annotations.jsonld"})
    text = json.dumps(expanded)
    assert "https://example.org/dossier/annotations/" in text and "https://example.org/dossier/articles/" in text


def test_every_annotation_is_there_with_its_quote_motivation_and_creator(document):
    items = document["first"]["items"]
    assert document["type"] == "AnnotationCollection" and document["total"] == len(items) >= 5
    motivations = {"assessing", "bookmarking", "classifying", "commenting", "describing", "editing", "highlighting",
                   "identifying", "linking", "moderating", "questioning", "replying", "tagging"}
    for item in items:
        assert item["type"] == "Annotation" and item["motivation"].removeprefix("oa:") in motivations
        assert item["creator"]["id"].startswith("https://github.com/") and item["created"].endswith("Z")
        targets = item["target"] if isinstance(item["target"], list) else [item["target"]]
        for target in targets:
            if isinstance(target, dict):
                assert target["selector"]["type"] == "TextQuoteSelector" and target["selector"]["exact"]


def test_absolute_ids_when_the_public_url_is_known(tmp_path):
    import shutil

    root = tmp_path / "tiny"
    shutil.copytree(HERE / "fixtures" / "tiny", root)
    (root / "config.yaml").write_text((root / "config.yaml").read_text().replace(
        "templates: ../../../templates", f"templates: {HERE.parent / 'templates'}") +
        "public_url: https://owner.github.io/tiny/\n")
    document = exported(root)
    assert document["id"] == "https://owner.github.io/tiny/annotations.jsonld"
    assert all(item["id"].startswith("https://owner.github.io/tiny/annotations/") for item in document["first"]["items"])
