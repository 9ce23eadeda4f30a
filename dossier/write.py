"""Write the site atomically: stage it beside build/, then swap it in only on success."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path, PurePosixPath


class UnsafePath(ValueError):
    """An output path that would land outside the output folder."""


def safe_target(root: Path, relative: str) -> Path:
    """Resolve a site-relative path under root, refusing anything that escapes it."""
    pure = PurePosixPath(relative)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts or "\\" in relative:
        raise UnsafePath(relative)
    return root.joinpath(*pure.parts)


def stage(output: Path) -> Path:
    """Create an empty staging folder next to the output folder (same file system)."""
    output.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{output.name}.staging-", dir=output.parent))


def write(staging: Path, files: dict[str, bytes]) -> None:
    """Write every file under the staging folder."""
    for relative in sorted(files):
        target = safe_target(staging, relative)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(files[relative])


def commit(staging: Path, output: Path) -> None:
    """Swap the staged site in place of the output folder, then delete the old one."""
    old = None
    if output.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{output.name}.old-", dir=output.parent))
        os.replace(output, old / "site")
    os.replace(staging, output)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def abort(staging: Path) -> None:
    """Throw away a staged site after a failure; the previous output stays as it was."""
    shutil.rmtree(staging, ignore_errors=True)
