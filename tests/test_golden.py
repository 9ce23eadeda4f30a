"""Golden-output test: the tiny fixture dossier builds to exactly the committed tree."""

import difflib

from tests.golden import GOLDEN, build_tiny, tree


def test_tiny_dossier_matches_golden_output(tmp_path):
    result = build_tiny(tmp_path / "site")
    assert result.ok, [d.format() for d in result.diagnostics]
    actual, expected = tree(tmp_path / "site"), tree(GOLDEN)
    assert sorted(actual) == sorted(expected), "file list differs; run `invoke golden` and review the diff"
    for name in sorted(expected):
        if actual[name] != expected[name]:
            diff = difflib.unified_diff(expected[name].decode().splitlines(), actual[name].decode().splitlines(),
                                        f"golden/{name}", f"built/{name}", lineterm="")
            raise AssertionError("\n".join(diff) + "\n\nrun `invoke golden` if the change is intended")


def test_build_is_deterministic(tmp_path):
    build_tiny(tmp_path / "a")
    build_tiny(tmp_path / "b")
    assert tree(tmp_path / "a") == tree(tmp_path / "b")
