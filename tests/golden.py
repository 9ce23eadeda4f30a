"""Build the tiny fixture dossier; `python -m tests.golden` (invoke golden) regenerates tests/golden/tiny/."""

from __future__ import annotations

import dataclasses
import shutil
import sys
import tempfile
from pathlib import Path

from dossier.build import build
from dossier.config import load_config

HERE = Path(__file__).parent
FIXTURE = HERE / "fixtures" / "tiny"
GOLDEN = HERE / "golden" / "tiny"


def build_tiny(output: Path):
    """Build the tiny fixture (without the Pagefind index) into output."""
    config, diags = load_config(FIXTURE / "config.yaml")
    assert config is not None, [d.format() for d in diags]
    return build(dataclasses.replace(config, output=output), search=False)


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        result = build_tiny(Path(tmp) / "site")
        if not result.ok:
            print("\n".join(d.format() for d in result.diagnostics), file=sys.stderr)
            return 1
        shutil.rmtree(GOLDEN, ignore_errors=True)
        shutil.copytree(Path(tmp) / "site", GOLDEN)
    print(f"regenerated {GOLDEN}; review it with git diff")
    return 0


if __name__ == "__main__":
    sys.exit(main())
