"""parse: SourceFiles in → Articles, Entities and diagnostics out."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone

import pytest

from dossier.diagnostics import Severity
from dossier.frontmatter import read_yaml, split_front_matter
from dossier.model import Origin, Precision, PubDate, SourceFile
from dossier.parse import Fields, parse, parse_article, parse_date, parse_entity

RAW = b"raw page\n"
SHA = hashlib.sha256(RAW).hexdigest()


def article_file(name: str = "2021-07-08-lavrov.md", front: str | None = None, body: str = "Rusia menolak.\n",
                 folder: str = "content/articles") -> SourceFile:
    front = front if front is not None else (
        'title: "Lavrov menolak"\n'
        "date: 2021-07-08T16:46+07:00\n"
        "source: Contoh.com\n"
        "language: id\n"
        "entities:\n"
        "  - russia\n"
        "provenance:\n"
        "  archive: sources/raw.txt\n"
        f"  sha256: {SHA}\n"
    )
    text = f"---\n{front}---\n{body}"
    return SourceFile("article", f"{folder}/{name}", name, text.encode("utf-8"))


def entity_file(name: str = "russia.md", front: str | None = None, body: str = "Negara.\n",
                folder: str = "content/entities") -> SourceFile:
    front = front if front is not None else "id: russia\nname: Rusia\ntype: place\naliases:\n  - Federasi Rusia\n"
    return SourceFile("entity", f"{folder}/{name}", name, f"---\n{front}---\n{body}".encode("utf-8"))


SOURCE = SourceFile("source", "content/sources/raw.txt", "raw.txt", RAW)


def only(diags, code: str):
    found = [d for d in diags if d.code == code]
    assert len(found) == 1, [d.format() for d in diags]
    return found[0]


# --- parse_date -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, precision, parts, iso", [
    ("2021", Precision.YEAR, (2021, None, None), "2021"),
    ("2021-07", Precision.MONTH, (2021, 7, None), "2021-07"),
    ("2021-07-08", Precision.DAY, (2021, 7, 8), "2021-07-08"),
    (" 2021-07-08 ", Precision.DAY, (2021, 7, 8), "2021-07-08"),
    ("2021-07-08T16:46+07:00", Precision.MINUTE, (2021, 7, 8), "2021-07-08T16:46+07:00"),
    ("2021-07-08T16:46:59+07:00", Precision.MINUTE, (2021, 7, 8), "2021-07-08T16:46+07:00"),
    ("2021-07-08T16:46:59.250+07:00", Precision.MINUTE, (2021, 7, 8), "2021-07-08T16:46+07:00"),
    ("2021-07-08 16:46+0700", Precision.MINUTE, (2021, 7, 8), "2021-07-08T16:46+07:00"),
    ("2021-07-08T09:46Z", Precision.MINUTE, (2021, 7, 8), "2021-07-08T09:46+00:00"),
    ("2021-07-08T16:46-03:30", Precision.MINUTE, (2021, 7, 8), "2021-07-08T16:46-03:30"),
])
def test_parse_date_precisions(text, precision, parts, iso):
    pub, problem = parse_date(text)
    assert problem is None
    assert pub.precision is precision
    assert (pub.year, pub.month, pub.day) == parts
    assert pub.iso == iso
    assert (pub.moment is not None) == (precision is Precision.MINUTE)


def test_parse_date_keeps_the_zone_and_drops_seconds():
    pub, _ = parse_date("2021-07-08T16:46:59+07:00")
    assert pub.moment == datetime(2021, 7, 8, 16, 46, tzinfo=timezone(timedelta(hours=7)))
    assert pub.utc_offset == timedelta(hours=7)
    assert pub.sort_key == "2021-07-08T09:46"


@pytest.mark.parametrize("text, problem", [
    ("8 Juli 2021", "is not an ISO 8601 date"),
    ("", "is not an ISO 8601 date"),
    ("21-07-08", "is not an ISO 8601 date"),
    ("2021-7-8", "is not an ISO 8601 date"),
    ("08/07/2021", "is not an ISO 8601 date"),
    ("2021-07-08T16:46 WIB", "is not an ISO 8601 date"),
    ("2021-07-08T16", "is not an ISO 8601 date"),
    ("2021-02-31", "is impossible (day is out of range for month)"),
    ("2021-13", "is impossible (month must be in 1..12)"),
    ("2021-00", "is impossible (month must be in 1..12)"),
    ("2021-02-29", "is impossible (day is out of range for month)"),
    ("2021-07-08T25:00+07:00", "is impossible (hour must be in 0..23)"),
    ("2021-07-08T16:46", "has a time but no time zone offset"),
    ("2021-07-08 16:46:00", "has a time but no time zone offset"),
])
def test_parse_date_errors(text, problem):
    assert parse_date(text) == (None, problem)


def test_leap_day_is_possible():
    assert parse_date("2024-02-29")[0] == PubDate(Precision.DAY, 2024, 2, 29)


def test_sort_key_orders_across_zones_and_precisions():
    keys = [parse_date(t)[0].sort_key for t in
            ("2021-07", "2021-07-08", "2021-07-08T23:30+09:00", "2021-07-08T16:00+00:00", "2021-07-09T00:30+07:00")]
    assert keys == sorted(keys)
    assert keys[2] == "2021-07-08T14:30" and keys[4] == "2021-07-08T17:30"


# --- front matter and Fields ------------------------------------------------------------------------


def test_split_front_matter_gives_the_body_and_its_first_line():
    front, body, body_line, diags = split_front_matter("---\na: 1\nb: 2\n---\nBody.\n", "x.md")
    assert (front, body, body_line, diags) == ("a: 1\nb: 2\n", "Body.\n", 5, [])


def test_split_front_matter_accepts_crlf():
    front, body, body_line, diags = split_front_matter("---\r\na: 1\r\n---\r\nBody.\r\n", "x.md")
    assert (front, body_line, diags) == ("a: 1\r\n", 4, [])


def test_read_yaml_locates_nested_values_in_file_lines():
    doc, diags = read_yaml("title: T\nentities:\n  - russia\n  - csto\nprovenance:\n  archive: a.txt\n", "x.md", 2)
    assert diags == []
    assert doc.at("title") == Origin("x.md", 2, 8)
    assert doc.at("entities", 1) == Origin("x.md", 5, 5)
    assert doc.at("provenance", "archive") == Origin("x.md", 7, 12)
    assert doc.key_at("provenance") == Origin("x.md", 6, 1)
    assert doc.at("missing") == Origin("x.md", 2, 1)  # falls back to the mapping itself


def test_read_yaml_keeps_dates_as_text():
    doc, _ = read_yaml("date: 2021-07-08\nwhen: 2021-07-08T16:46:00+07:00\n", "x.md")
    assert doc.data == {"date": "2021-07-08", "when": "2021-07-08T16:46:00+07:00"}


def test_unknown_keys_warn_at_the_key_with_a_suggestion():
    doc, _ = read_yaml("title: T\ntitel: T\nsource: S\n  # comment\nfoo_bar: 1\n", "x.md", first_line=2)
    fields = Fields(doc)
    fields.unknown(("title", "source"))
    assert [(d.severity, d.code, d.origin, d.message) for d in fields.diags] == [
        (Severity.WARNING, "unknown-field", Origin("x.md", 3, 1), 'unknown front-matter key "titel"'),
        (Severity.WARNING, "unknown-field", Origin("x.md", 6, 1), 'unknown front-matter key "foo_bar"'),
    ]
    assert fields.diags[0].hint == 'did you mean "title"?'
    assert fields.diags[1].hint == "remove it; it is not shown anywhere"


def test_fields_text_and_texts_report_bad_types_at_the_value():
    doc, _ = read_yaml("title: [a, b]\nentities: russia\ncaptions:\n  - ok\n  - ''\n", "x.md", first_line=2)
    fields = Fields(doc)
    assert fields.text("title") is None
    assert fields.texts("entities") == ()
    assert fields.texts("captions") == ("ok",)
    assert [(d.code, d.origin.line, d.message) for d in fields.diags] == [
        ("bad-field", 2, '"title" must be text, not list'),
        ("bad-field", 3, '"entities" must be a list'),
        ("bad-field", 6, 'item 2 of "captions" must be non-empty text'),
    ]


def test_fields_text_normalises_whitespace():
    doc, _ = read_yaml('title: "  Lavrov\\t  menolak\\n kirim  "\n', "x.md")
    assert Fields(doc).text("title") == "Lavrov menolak kirim"


# --- articles ---------------------------------------------------------------------------------------


def test_parse_article_reads_every_field():
    article, diags = parse_article(article_file(body="Paragraf satu.\n\nParagraf dua.\n"))
    assert diags == []
    assert article.id == "2021-07-08-lavrov"
    assert article.origin == Origin("content/articles/2021-07-08-lavrov.md", 1)
    assert (article.title, article.source, article.language) == ("Lavrov menolak", "Contoh.com", "id")
    assert article.date.iso == "2021-07-08T16:46+07:00"
    assert [(r.id, r.origin) for r in article.entities] == [("russia", Origin(article.origin.path, 7, 5))]
    assert (article.provenance.archive, article.provenance.sha256) == ("sources/raw.txt", SHA)
    assert article.provenance.origin == Origin(article.origin.path, 9, 12)
    assert article.body == "Paragraf satu.\n\nParagraf dua.\n"
    assert article.body_line == 12


@pytest.mark.parametrize("field", ["title", "source", "language", "entities"])
def test_missing_required_field(field):
    front = "".join(line + "\n" for line in article_file().data.decode().split("---\n")[1].splitlines()
                    if not line.startswith((f"{field}:", "  - ") if field == "entities" else f"{field}:"))
    article, diags = parse_article(article_file(front=front))
    assert article is None
    d = only(diags, "missing-field")
    assert d.message == f'required field "{field}" is missing or empty'
    assert d.origin == Origin("content/articles/2021-07-08-lavrov.md", 2, 1) and d.hint


def test_empty_date_is_missing_date_at_the_field():
    front = article_file().data.decode().split("---\n")[1].replace("date: 2021-07-08T16:46+07:00", "date:")
    article, diags = parse_article(article_file(front=front))
    assert article is None
    assert only(diags, "missing-date").origin == Origin("content/articles/2021-07-08-lavrov.md", 3, 6)


def test_bad_date_points_at_the_value():
    front = article_file().data.decode().split("---\n")[1].replace("2021-07-08T16:46+07:00", "2021-07-08T16:46")
    _, diags = parse_article(article_file(front=front))
    d = only(diags, "bad-date")
    assert d.format().splitlines()[0] == ('content/articles/2021-07-08-lavrov.md:3:7: error[bad-date]: '
                                         'date "2021-07-08T16:46" has a time but no time zone offset')


@pytest.mark.parametrize("name, date, ok", [
    ("2021-07-08-x.md", "2021-07-08T23:30+09:00", True),
    ("2021-07-08-x.md", "2021-07-08", True),
    ("2021-07-x.md", "2021-07", True),
    ("2021-x.md", "2021", True),
    ("2021-07-x.md", "2021-07-08", True),   # a less precise name stays valid when the date is refined
    ("2021-x.md", "2021-07-08T16:46+07:00", True),
    ("2021-07-08-x.md", "2021-07", False),
    ("2021-07-09-x.md", "2021-07-08", False),
    ("2021-07-08-X.md", "2021-07-08", False),
    ("lavrov.md", "2021-07-08", False),
])
def test_article_file_name_follows_its_date(name, date, ok):
    front = article_file().data.decode().split("---\n")[1].replace("2021-07-08T16:46+07:00", date)
    article, diags = parse_article(article_file(name=name, front=front))
    assert (article is not None) is ok
    assert [d.code for d in diags] == ([] if ok else ["bad-filename"])


def test_bad_file_name_hint_gives_the_right_name():
    _, diags = parse_article(article_file(name="Lavrov Menolak.md"))
    assert only(diags, "bad-filename").hint == 'rename it to "2021-07-08-lavrov-menolak.md" ' \
                                               "(lowercase letters, digits and hyphens)"


def test_unknown_article_key_is_a_warning_only():
    front = article_file().data.decode().split("---\n")[1] + "penulis: ian\n"
    article, diags = parse_article(article_file(front=front))
    assert article is not None
    assert [(d.severity, d.code, d.origin.line) for d in diags] == [(Severity.WARNING, "unknown-field", 11)]


@pytest.mark.parametrize("data, line, byte", [
    (b"---\ntitle: Caf\xe9\n", 2, 14),
    (b"\xff---\n", 1, 0),
])
def test_non_utf8_file(data, line, byte):
    article, diags = parse_article(SourceFile("article", "a.md", "a.md", data))
    assert article is None
    d = only(diags, "encoding")
    assert (d.origin, d.message) == (Origin("a.md", line), f"file is not valid UTF-8 (byte {byte})")


def test_utf8_bom_is_accepted():
    f = article_file()
    article, diags = parse_article(SourceFile(f.kind, f.path, f.name, b"\xef\xbb\xbf" + f.data))
    assert article is not None and diags == []


@pytest.mark.parametrize("text, message, line", [
    ("title: T\n", "file does not start with a '---' front matter fence", 1),
    ("---\ntitle: T\nBody\n", "front matter is never closed", 3),
    ("---\n- a\n- b\n---\nBody\n", "front matter must be a mapping of fields", 2),
    ("---\ntitle: T\n  date: x\n---\n", "invalid YAML: mapping values are not allowed in this context", 3),
])
def test_front_matter_errors(text, message, line):
    article, diags = parse_article(SourceFile("article", "a.md", "a.md", text.encode()))
    assert article is None
    d = only(diags, "front-matter")
    assert (d.message, d.origin.line) == (message, line)


# --- entities ---------------------------------------------------------------------------------------


def test_parse_entity():
    entity, diags = parse_entity(entity_file(front="id: russia\nname: Rusia\ntype: place\naliases:\n"
                                                   "  - Rusia\n  - Federasi Rusia\nwikidata: Q159\n"))
    assert diags == []
    assert (entity.id, entity.name, entity.type, entity.wikidata) == ("russia", "Rusia", "place", "Q159")
    assert [a.text for a in entity.aliases] == ["Rusia", "Federasi Rusia"]  # the name first, no duplicates
    assert entity.origin == Origin("content/entities/russia.md", 2, 5)
    assert entity.description == "Negara."


@pytest.mark.parametrize("front, code, message, hint", [
    ("id: rusia\nname: Rusia\ntype: place\n", "bad-filename",
     'entity id "rusia" does not match the file name "russia.md"', 'rename the file to "rusia.md" or set id: russia'),
    ("id: Russia\nname: Rusia\ntype: place\n", "bad-field", 'id "Russia" is not a slug', None),
    ("id: russia\nname: Rusia\ntype: country\n", "bad-field", 'unknown entity type "country"', None),
    ("id: russia\nname: Rusia\ntype: persn\n", "bad-field", 'unknown entity type "persn"', 'did you mean "person"?'),
    ("id: russia\nname: Rusia\ntype: place\nwikidata: 159\n", "bad-field", 'wikidata "159" is not a Q-id', None),
    ("id: russia\ntype: place\n", "missing-field", 'required field "name" is missing', None),
    ("id: russia\nname:\ntype: place\n", "missing-field", '"name" is empty', None),
    ("id: russia\nname: Rusia\ntype: place\nalias: [Rusia]\n", "unknown-field", 'unknown key "alias"',
     'did you mean "aliases"?'),
    ("id: russia\nname: Rusia\ntype: place\naliases: Rusia\n", "bad-field", '"aliases" must be a list, not text', None),
    ("id: russia\nname: Rusia\ntype: place\naliases:\n  - {text: Rusia, case: upper}\n", "bad-field",
     '"case" of item 1 of "aliases" "upper" is not one of exact, any', None),
    ("id: russia\nname: Rusia\ntype: place\naliases:\n  - {txt: Rusia}\n", "missing-field",
     'required field "aliases.0.text" is missing', None),
    ("id: russia\nname: Rusia\ntype: place\nroles:\n  - {title: Negara, start: 1991-12-26T00:00}\n", "bad-field",
     'date "1991-12-26T00:00" is not YYYY, YYYY-MM or YYYY-MM-DD', None),
    ("id: russia\nname: Rusia\ntype: place\nroles:\n  - {title: Negara, start: 2004-02-30}\n", "bad-date",
     'start "2004-02-30" of role "Negara" is impossible (day is out of range for month)', None),
    ("id: russia\nname: Rusia\ntype: place\nroles:\n  - {title: Negara, start: 2004-03, end: 2004-02-28}\n", "bad-date",
     'role "Negara" ends (2004-02-28) before it starts (2004-03)', None),
    ("id: russia\nname: Rusia\ntype: place\ndescription: Negara.\n", "bad-field",
     "the description is given twice: as a field and as the body", "keep one of them"),
])
def test_entity_errors(front, code, message, hint):
    entity, diags = parse_entity(entity_file(front=front))
    assert entity is None
    d = only(diags, code)
    assert d.message == message
    if hint:
        assert d.hint == hint


def test_entity_error_points_at_the_bad_line():
    _, diags = parse_entity(entity_file(front="id: russia\nname: Rusia\ntype: place\naliases:\n  - Rusia\n  - 7\n"))
    assert [(d.code, d.origin.line, d.message) for d in diags] == [
        ("bad-field", 7, 'item 2 of "aliases" must be text or a mapping')]


def test_entity_roles_and_alias_options():
    entity, diags = parse_entity(entity_file(front=(
        "id: russia\nname: Rusia\ntype: place\naliases:\n  - {text: Georgia, shared: true}\n"
        "  - {text: RF, case: any}\nroles:\n  - Negara anggota CSTO\n"
        "  - {title: Penerus Uni Soviet, start: 1991-12, end: 1992}\n")))
    assert diags == []
    assert [(a.text, a.case, a.shared) for a in entity.aliases] == [
        ("Rusia", "auto", False), ("Georgia", "auto", True), ("RF", "any", False)]
    assert entity.aliases[1].origin.line == 6
    assert [(r.title, r.start, r.end) for r in entity.roles] == [
        ("Negara anggota CSTO", None, None), ("Penerus Uni Soviet", "1991-12", "1992")]


def test_the_entity_schema_is_valid_json_schema():
    from jsonschema import Draft202012Validator

    from dossier.schema import schema
    Draft202012Validator.check_schema(schema("entity"))


def test_entity_in_a_subfolder_takes_its_id_from_the_file_name():
    entity, diags = parse_entity(entity_file(name="places/russia.md"))
    assert diags == [] and entity.id == "russia"


# --- the whole stage --------------------------------------------------------------------------------


def test_parse_checks_provenance_and_orders_by_id():
    b = article_file(name="2021-09-b.md", front=article_file().data.decode().split("---\n")[1]
                     .replace("2021-07-08T16:46+07:00", "2021-09"))
    dossier, diags = parse([b, article_file(), entity_file(), SOURCE])
    assert diags == []
    assert list(dossier.articles) == ["2021-07-08-lavrov", "2021-09-b"]
    assert list(dossier.entities) == ["russia"]


def test_provenance_mismatch_and_missing_archive():
    changed = SourceFile("source", SOURCE.path, SOURCE.name, RAW + b"!")
    _, diags = parse([article_file(), changed])
    d = only(diags, "provenance")
    assert d.message == f'sha256 of "sources/raw.txt" is {hashlib.sha256(RAW + b"!").hexdigest()}, not the recorded one'
    assert d.origin == Origin("content/articles/2021-07-08-lavrov.md", 9, 12)
    _, diags = parse([article_file()])
    assert only(diags, "provenance").message == 'archived page "sources/raw.txt" not found'


def test_bad_sha256_is_a_field_error():
    front = article_file().data.decode().split("---\n")[1].replace(SHA, SHA.upper())
    article, diags = parse_article(article_file(front=front))
    assert article is None
    assert only(diags, "bad-field").message == "provenance sha256 is not 64 lowercase hex digits"


def test_duplicate_ids_across_folders():
    a = article_file(folder="content/articles/a")
    b = article_file(folder="content/articles/b")
    _, diags = parse([b, a, SOURCE, entity_file(folder="content/entities/x"), entity_file(folder="content/entities/y")])
    dups = sorted((d.origin.path, d.message) for d in diags if d.code == "duplicate-id")
    assert dups == [
        ("content/articles/b/2021-07-08-lavrov.md",
         'article id "2021-07-08-lavrov" is already used by content/articles/a/2021-07-08-lavrov.md'),
        ("content/entities/y/russia.md", 'entity id "russia" is already used by content/entities/x/russia.md'),
    ]
