"""bench: the synthetic dossier is deterministic and realistic enough to measure; the command prints figures."""

from __future__ import annotations

from dossier.bench import corpus, matching, registry
from dossier.resolve import Matcher, resolve


def test_the_synthetic_dossier_is_deterministic_and_sized_as_asked():
    a, b = corpus(12, 40, 5), corpus(12, 40, 5)
    assert a == b and len(a.articles) == 12 and len(a.entities) == 40
    assert all(500 <= len(x.body.split()) <= 900 for x in a.articles.values())  # names count as several words
    assert {len(e.aliases) for e in a.entities.values()} == {5}


def test_its_registry_has_no_clashing_aliases_and_its_mentions_are_found():
    assert Matcher(registry(2_000, 6)).clashes == []
    resolved, _ = resolve(corpus(10, 50, 5))
    assert len(resolved.mentions) > 10 * 10  # about one mention in 25 words
    assert len({m.entity for m in resolved.mentions}) > 10  # spread over many entities (Zipf)


def test_the_benchmark_prints_its_figures(run_cli, tmp_path):
    assert "resolve per article" in matching(20, 30, 2)
    code, out, err = run_cli(["bench-matching", "--articles", "20", "--entities", "30", "--aliases", "2"], tmp_path)
    assert code == 0 and "mentions" in out and "MB/s" in out, err
