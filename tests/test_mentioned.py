"""Dates the articles mention, resolved against the article's own date, as candidate events (`chronology --suggest`)."""

from __future__ import annotations

import pytest

from dossier.mentioned import in_text
from dossier.when import parse_date

THURSDAY = parse_date("2021-07-08T16:46+07:00")[0]  # a Thursday
SEPTEMBER = parse_date("2021-09-17")[0]
JULY = parse_date("2021-07")[0]


def found(text: str, published=THURSDAY) -> list[tuple[str, str | None]]:
    return [(words, when.iso if when else None) for words, _, when, _ in in_text(text, published)]


@pytest.mark.parametrize("text, published, expected", [
    ("Delegasi Taliban mengunjungi Moskow pada Kamis (8/7/2021) untuk …", THURSDAY, [("8/7/2021", "2021-07-08")]),
    ("berlangsung pada Kamis, 16 September 2021 di Dushanbe", SEPTEMBER, [("16 September 2021", "2021-09-16")]),
    ("siaga tinggi sejak Taliban melancarkan operasi pada 15 Agustus.", SEPTEMBER, [("15 Agustus", "2021-08-15")]),
    ("penarikan pasukan Soviet pada tahun 1989, telah kembali", THURSDAY, [("tahun 1989", "1989")]),
    ("Awal pekan ini, kemajuan Taliban memaksa ratusan tentara …", THURSDAY, [("Awal pekan ini", "2021-07-05/2021-07-07")]),
    ("Awal pekan ini, kemajuan Taliban …", JULY, [("Awal pekan ini", None)]),  # the article's day is unknown
    ("Lavrov memperingatkan Rabu.", THURSDAY, [("Rabu", "2021-07-07")]),
    ("kata dia kemarin", THURSDAY, [("kemarin", "2021-07-07")]),
    ("Russia said last week that", THURSDAY, [("last week", "2021-06-28/2021-07-04")]),
    ("on July 8, 2021 and in March 2022", THURSDAY, [("July 8, 2021", "2021-07-08"), ("March 2022", "2022-03")]),
    ("pada 15 Desember", THURSDAY, [("15 Desember", "2020-12-15")]),  # not yet December 2021 when published
    ("angka 31/2/2021 bukan tanggal", THURSDAY, []),
    ("Rusia akan bertindak bulan lalu", THURSDAY, [("bulan lalu", "2021-06")]),
])
def test_dates_in_text_are_found_and_resolved(text, published, expected):
    assert found(text, published) == expected


def test_confirming_a_candidate_writes_an_event_that_checks(site, run_cli):
    code, out, err = run_cli(["chronology", "--suggest"], site.root)
    assert (code, out) == (0, "no dates mentioned in the articles\n"), err
    site.replace(site.article_a, "kata Lavrov.", "kata Lavrov pada Kamis (8/7/2021).")
    code, out, err = run_cli(["chronology", "--suggest", "--event", "99"], site.root)
    assert code == 1 and "there is no candidate 99" in err
    code, out, err = run_cli(["chronology", "--suggest"], site.root)
    assert "2021-07-08" in out and "“8/7/2021”" in out
    number = next(line.split(".")[0].strip() for line in out.splitlines() if "“8/7/2021”" in line)
    code, out, err = run_cli(["chronology", "--suggest", "--event", number], site.root)
    assert code == 0 and "wrote" in out, err
    written = next(site.path("content/events").iterdir())
    assert "date: '2021-07-08'" in written.read_text() and "quote: Rusia tidak akan mengirim pasukan" in written.read_text()
    code, _, err = run_cli(["check"], site.root)
    assert code == 0 and err.count("warning[placeholder]") == 2
    code, out, _ = run_cli(["chronology", "--suggest"], site.root)
    assert "(an event cites this paragraph)" in out
