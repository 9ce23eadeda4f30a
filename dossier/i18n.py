"""Interface strings and date formatting in the dossier's language (message catalogues)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from importlib import resources
from types import MappingProxyType
from typing import Mapping

import yaml

from .model import Precision, PubDate, When

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December")
ZONES = {"id": {7: "WIB", 8: "WITA", 9: "WIT"}}


@dataclass(frozen=True, slots=True)
class Messages:
    """A catalogue mapping English message ids to one language's strings."""

    language: str
    table: Mapping[str, str]

    def gettext(self, message: str) -> str:
        return self.table.get(message, message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:
        return self.gettext(singular if n == 1 else plural)

    def month(self, month: int) -> str:
        return self.gettext(MONTHS[month - 1])

    def zone(self, offset: timedelta) -> str:
        """WIB/WITA/WIT for Indonesian zones in Indonesian, else UTC±hh:mm."""
        hours, rest = divmod(int(offset.total_seconds()), 3600)
        named = ZONES.get(self.language, {}).get(hours) if not rest else None
        if named:
            return named
        sign = "+" if offset >= timedelta(0) else "-"
        minutes = abs(int(offset.total_seconds())) // 60
        return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"

    def when(self, when: When) -> str:
        """A date, or a range "Juli – September 2021", each end at its precision."""
        return f"{self.date(when.start)} – {self.date(when.end)}" if when.end else self.date(when.start)

    def date(self, pub: PubDate) -> str:
        """A reader's date at the date's precision, with the time and zone when known."""
        if pub.precision is Precision.YEAR:
            return str(pub.year)
        if pub.precision is Precision.MONTH:
            return f"{self.month(pub.month)} {pub.year}"
        day = f"{pub.day} {self.month(pub.month)} {pub.year}"
        if pub.moment is None:
            return day
        separator = "." if self.language == "id" else ":"
        return f"{day}, {pub.moment:%H}{separator}{pub.moment:%M} {self.zone(pub.utc_offset)}"


def messages(language: str) -> Messages:
    """Load the catalogue for a language; English is the message ids themselves."""
    if language == "en":
        return Messages("en", MappingProxyType({}))
    text = resources.files("dossier.messages").joinpath(f"{language}.yaml").read_text(encoding="utf-8")
    return Messages(language, MappingProxyType(yaml.safe_load(text) or {}))
