"""Raw page bytes → text: UTF-8 or a detected legacy encoding; empty, binary and oversized files refused."""

from __future__ import annotations

import codecs
import re

import charset_normalizer

MAX_BYTES = 20 * 1024 * 1024
SIGNATURES = {b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive (perhaps a .docx or .epub)",
              b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
              b"\x1f\x8b": "a gzip archive", b"\x7fELF": "a program"}
DECLARED = re.compile(rb"""(?i)<meta[^>]{0,200}?charset\s*=\s*["']?\s*([\w:.-]{2,40})""")
PREFERRED = ("cp1252",)  # on a tie, what browsers assume for Western legacy pages (WHATWG: latin-1 → windows-1252)


class PageError(ValueError):
    """The page cannot be read as text; the message says why, the hint what to do."""

    def __init__(self, message: str, hint: str):
        super().__init__(message)
        self.hint = hint


def decode(raw: bytes) -> tuple[str, str]:
    """The page's text and the encoding it was read in."""
    if len(raw) > MAX_BYTES:
        raise PageError(f"the page is {len(raw) / 2**20:.1f} MB; ingest reads pages up to {MAX_BYTES // 2**20} MB",
                        "save the article page alone (text, or HTML without embedded media)")
    if not raw.strip():
        raise PageError("the file is empty", "save the article page again; the download may have failed")
    for signature, what in SIGNATURES.items():
        if raw.startswith(signature):
            raise PageError(f"the file is {what}, not a web page", "save the article as HTML or as plain text")
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16"), "utf-16"
    if b"\x00" not in raw:
        try:
            return raw.decode("utf-8-sig"), "utf-8"
        except UnicodeDecodeError:
            pass
    return detect(raw)


def detect(raw: bytes) -> tuple[str, str]:
    """The encoding an HTML page declares, else one detected by charset-normalizer; binary data refused."""
    if m := DECLARED.search(raw[:8192]):
        name = m[1].decode("ascii").lower()
        name = "cp1252" if name in ("iso-8859-1", "latin1", "latin-1", "us-ascii") else name
        try:
            return raw.decode(name), codecs.lookup(name).name
        except (LookupError, UnicodeDecodeError):
            pass
    results = list(charset_normalizer.from_bytes(raw))
    # least mess first; on a tie what browsers assume; then the most coherent language
    best = min(results, key=lambda m: (round(m.chaos, 3), m.encoding not in PREFERRED, -m.coherence), default=None)
    text = str(best) if best is not None else ""
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if best is None or controls > len(text) / 100:
        raise PageError("the file is binary data, not text or HTML",
                        "save the article page as HTML (\"Web page, HTML only\") or as plain text")
    return text, best.encoding
