"""Build the Pagefind search index from the rendered pages, into the staged site."""

from __future__ import annotations

import asyncio
from pathlib import Path

from .diagnostics import Diagnostic, error
from .model import Origin


def index(pages: dict[str, bytes], site: Path) -> list[Diagnostic]:
    """Index every rendered HTML page and write the bundle to site/pagefind/."""
    try:
        asyncio.run(write_index(pages, site / "pagefind"))
    except Exception as exc:  # the Pagefind service reports failures as plain exceptions
        return [error("search-index", f"Pagefind failed: {exc}", Origin("pagefind", 1),
                      "check that the pagefind[bin] package is installed: pip install -e .")]
    return []


async def write_index(pages: dict[str, bytes], bundle: Path) -> None:
    from pagefind.index import PagefindIndex

    # Leaving the context writes the bundle to the configured output_path.
    async with PagefindIndex(config={"output_path": str(bundle)}) as pagefind:
        for path in sorted(pages):
            if path.endswith(".html") and path != "404.html":
                url = "/" + path.removesuffix("index.html")
                await pagefind.add_html_file(content=pages[path].decode("utf-8"), url=url)
