"""Date lines in many languages and formats; lines that merely mention a date are not date lines."""

from __future__ import annotations

import pytest

from dossier.ingest.dates import parse_iso, read_date_line

DATE_LINES = [
    # a Hijri date and a print issue number beside the Gregorian date
    ("الخميس - 29 شهر ربيع الآخر 1444 هـ - 24 نوفمبر 2022 مـ رقم العدد [ 16067]", "2022-11-24"),
    ("28 مايو 2024 - 15:20 بتوقيت أبوظبي", "2024-05-28T15:20+04:00"),
    # Indonesian
    ("Kamis, 08 Juli 2021 - 16:46 WIB", "2021-07-08T16:46+07:00"),
    ("- 17 September 2021, 16:30 WIB", "2021-09-17T16:30+07:00"),
    ("Rabu, 19 Mar 2025 - 13:36 WIB", "2025-03-19T13:36+07:00"),
    ("Senin, 12 Desember 2022 - 09:05 WITA", "2022-12-12T09:05+08:00"),
    ("Jumat, 17 September 2021 | 10:15 WIT", "2021-09-17T10:15+09:00"),
    ("Kamis (8/7/2021)", "2021-07-08"),
    ("Kompas.com - 08/07/2021, 16:46 WIB", "2021-07-08T16:46+07:00"),
    ("Kamis, 08 Jul 2021 16:46 WIB", "2021-07-08T16:46+07:00"),
    ("Jum'at, 20 Agt 2021 07:00 WIB", "2021-08-20T07:00+07:00"),
    ("Selasa, 2 Nopember 2021 pukul 08.15 WIB", "2021-11-02T08:15+07:00"),
    ("Diterbitkan 12 Desember 2022", "2022-12-12"),
    # English
    ("July 8, 2021 4:46 PM GMT+7", "2021-07-08T16:46+07:00"),
    ("Published 4:46 AM GMT+7, July 8, 2021", "2021-07-08T04:46+07:00"),
    ("Thu 8 Jul 2021 11.46 BST", "2021-07-08T11:46+01:00"),
    ("8 July 2021", "2021-07-08"),
    ("Published On 8 Jul 2021", "2021-07-08"),
    ("July 8, 20211:46 PM GMT+7Updated 2 hours ago", "2021-07-08T13:46+07:00"),
    ("Jul 8, 2021, 9:46 AM EDT", "2021-07-08T09:46-04:00"),
    ("Wed 3 Apr 2024 05.00 BST", "2024-04-03T05:00+01:00"),
    # Russian
    ("8 июля 2021, 16:46", "2021-07-08"),
    ("8 июля 2021 16:46 МСК", "2021-07-08T16:46+03:00"),
    ("16:46 08.07.2021", "2021-07-08"),
    ("Опубликовано: 8 июля 2021 г., 16:46 (МСК)", "2021-07-08T16:46+03:00"),
    # German
    ("08.07.2021, 16.46 Uhr", "2021-07-08"),
    ("8. Juli 2021", "2021-07-08"),
    ("Donnerstag, 08.07.2021, 16:46 Uhr MESZ", "2021-07-08T16:46+02:00"),
    ("Stand: 08.07.2021 16:46 Uhr", "2021-07-08"),
    # Turkish
    ("08.07.2021 16:46 TSİ", "2021-07-08T16:46+03:00"),
    ("8 Temmuz 2021 Perşembe 16:46", "2021-07-08"),
    ("Güncelleme: 08.07.2021 17:00", "2021-07-08"),
    # Arabic, with Western and Arabic-Indic digits
    ("الخميس 8 يوليو 2021 - 16:46", "2021-07-08"),
    ("٨ يوليو ٢٠٢١", "2021-07-08"),
    ("8 تموز 2021 بتوقيت مكة المكرمة 16:46", "2021-07-08T16:46+03:00"),
    ("نشر في: ٨/٧/٢٠٢١ - ١٦:٤٦ بتوقيت غرينتش", "2021-07-08T16:46+00:00"),
    # ISO, as in <time datetime>
    ("2021-07-08T16:46:00+07:00", "2021-07-08T16:46+07:00"),
]


@pytest.mark.parametrize("line, value", DATE_LINES)
def test_date_lines(line, value):
    found = read_date_line(line)
    assert found is not None and found.value == value
    assert found.precision == ("minute" if "T" in value else "day")


@pytest.mark.parametrize("line", [
    "Pejuang Taliban berpose saat mereka berjaga di sepanjang pinggir jalan di Herat. Afghanistan, pada 14 Agustus 2021.",
    "Ramalan Horoskop Karier Keuangan, 17 September 2021: Leo Ada Peluang Besar, Virgo Unik, dan Libra Percaya Diri",
    "Dilansir dari Dailysabah, pertemuan itu berlangsung pada Kamis, 16 September 2021 di ibukota Tajikistan, Dushanbe.",
    "Russia said on July 5, 2021 that it would hold military exercises near the Afghan border with Tajikistan.",
    "31 Februari 2021",          # impossible
    "8 ИЮЛ, 16:46",              # no year: not a full date
    "Novi Christiastuti - detikNews",
    "2 jam lalu",
])
def test_lines_that_are_not_date_lines(line):
    assert read_date_line(line) is None


def test_labels_and_what_else_the_line_says():
    assert read_date_line("Diperbarui 09 Jul 2021, 10:00 WIB").label == "updated"
    assert read_date_line("Published 4:46 AM GMT+7, July 8, 2021").label == "published"
    assert read_date_line("Kompas.com - 08/07/2021, 16:46 WIB").rest == "Kompas.com"
    assert "without a time zone" in read_date_line("8 июля 2021, 16:46").note


@pytest.mark.parametrize("value, expected", [
    ("2021-07-08T16:46:00+07:00", "2021-07-08T16:46+07:00"),
    ("2021-07-08T09:46:00Z", "2021-07-08T09:46+00:00"),
    ("2021-07-08T09:46:00.000+0300", "2021-07-08T09:46+03:00"),
    ("2021-07-08", "2021-07-08"),
    ("2021-07-08T16:46:00", "2021-07-08"),
])
def test_metadata_dates(value, expected):
    assert parse_iso(value).value == expected


def test_bad_metadata_dates():
    assert parse_iso("2021-02-31") is None and parse_iso("yesterday") is None
