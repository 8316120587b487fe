"""Odd files in a corpus folder: each is read, or listed with one line saying why it was not.

Folders that cannot be listed, files that cannot be opened, text with stray NUL bytes or in UTF-16
with no byte order mark, pasted text that no file format can hold as it is, manifest rows whose
dates no article can have or whose fields are no text.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reading.corpus import decode_bytes, read_corpus, read_text

ROOT = Path(__file__).resolve().parents[2]
REPORT = "Ambush\n\nGunmen ambushed a patrol near Bosaso on Tuesday, killing three soldiers, officials said.\n"


def by_path(result):
    return {f.path: f for f in result.files}


def test_a_folder_that_cannot_be_listed_is_reported_and_the_rest_read(tmp_path, monkeypatch):
    (tmp_path / "ok.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "inside.txt").write_text(REPORT.replace("Bosaso", "Garowe"), encoding="utf-8")
    scandir = os.scandir

    def refuse(path):  # what chmod 000 does to anyone but root
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    res = read_corpus(tmp_path)
    files = by_path(res)
    assert files["ok.txt"].status == "read"
    assert files["locked"].status == "failed" and "cannot be listed" in files["locked"].message
    assert any(p.code == "E111" and p.doc_id == "locked" for p in res.problems)


def test_a_file_that_cannot_be_opened_is_reported(tmp_path, monkeypatch):
    (tmp_path / "ok.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "secret.txt").write_text(REPORT.replace("Bosaso", "Hargeisa"), encoding="utf-8")
    read_bytes = Path.read_bytes

    def refuse(self):
        if self.name == "secret.txt":
            raise PermissionError(13, "Permission denied")
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    files = by_path(read_corpus(tmp_path))
    assert files["ok.txt"].status == "read"
    assert files["secret.txt"].status == "failed" and "Permission denied" in files["secret.txt"].message


def test_links_to_nothing_loops_and_pipes_are_listed_not_lost(tmp_path):
    (tmp_path / "ok.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "gone.md").symlink_to(tmp_path / "archive" / "gone.md")
    (tmp_path / "x.txt").symlink_to(tmp_path / "y.txt")
    (tmp_path / "y.txt").symlink_to(tmp_path / "x.txt")
    os.mkfifo(tmp_path / "feed.txt")
    files = by_path(read_corpus(tmp_path))
    assert "link to nothing" in files["gone.md"].message
    assert "loops" in files["x.txt"].message and "loops" in files["y.txt"].message
    assert "pipe" in files["feed.txt"].message
    assert all(files[n].status == "failed" for n in ("gone.md", "x.txt", "y.txt", "feed.txt"))


def test_a_linked_folder_is_read_once_and_its_articles_kept(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "march.txt").write_text(REPORT, encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "2021").symlink_to(archive, target_is_directory=True)  # articles kept elsewhere
    (corpus / "again").symlink_to(archive, target_is_directory=True)  # the same folder a second time
    (corpus / "self").symlink_to(corpus, target_is_directory=True)  # a loop
    res = read_corpus(corpus)
    assert [d.id for d in res.documents] == ["2021/march.txt"]
    files = by_path(res)
    assert files["again"].status == "skipped" and files["self"].status == "skipped"
    assert "already read" in files["again"].message


def test_a_file_name_that_is_no_utf8_is_read_under_a_printable_name(tmp_path):
    with open(os.path.join(os.fsencode(tmp_path), b"r\xe9sum\xe9.txt"), "wb") as fh:
        fh.write(REPORT.encode("utf-8"))
    res = read_corpus(tmp_path)
    assert [d.id for d in res.documents] == ["r\\xe9sum\\xe9.txt"]
    json.dumps([d.id for d in res.documents]).encode("utf-8")  # (a lone surrogate would raise here)


def test_utf16_without_byte_order_mark_is_read_both_ways():
    text = "Curfew in Kismayo\n\nA curfew was declared in Kismayo on Sunday."
    for enc in ("utf-16-le", "utf-16-be"):
        assert decode_bytes(text.encode(enc)) == (text, enc)


def test_a_few_stray_nul_bytes_are_dropped_but_many_mean_binary():
    text, _ = decode_bytes(b"Clashes erupted in Beledweyne on Monday, residents said." * 3 + b"\x00")
    assert "\x00" not in text and text.count("Beledweyne") == 3
    with pytest.raises(ValueError, match="not a text file"):
        decode_bytes(b"Clashes\x00 in\x00 Beledweyne\x00 on Monday.\x00")


def test_pasted_text_with_nul_and_lone_surrogates_is_kept_whole_in_every_export(tmp_path):
    from conflict_map.build import build_documents, write_outputs

    text = ("Raid on Afgooye\n\nSoldiers of the \x00 army raided Afgooye on Monday, killing two \ud800militants, "
            "officials said.")
    doc = read_text(text, doc_id="pasted.txt", published="2021-05-04", title="Raid\x00 \udcff")
    assert "\x00" not in doc.text and "\ud800" not in doc.text and doc.title == "Raid \ufffd"
    result = build_documents([doc])
    write_outputs(result, tmp_path)
    import geopandas as gpd

    events = gpd.read_file(tmp_path / "atlas.gpkg", layer="events")
    assert len(events) >= 1
    assert events["quote"].str.endswith("officials said.").all()  # a NUL cut the quote in the GeoPackage
    assert (events["source"] == "Raid \ufffd").all()


@pytest.mark.parametrize("published, why", [
    ("1970-01-01", "day zero"),
    ("1900-01", "day zero"),
    ("0201-03-11", "before 1900"),
])
def test_publication_dates_no_article_can_have_are_reported_and_left_unknown(tmp_path, published, why):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text(json.dumps({"file": "a.txt", "published": published}) + "\n")
    res = read_corpus(tmp_path)
    assert res.documents[0].published is None
    assert [p.code for p in res.problems if why in p.reason] == ["W119"]


def test_a_date_after_today_is_kept_so_a_corpus_builds_the_same_on_any_day(tmp_path):
    later = dt.date.today() + dt.timedelta(days=400)  # a typo or a scheduled release: the date read, no clock asked
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text(json.dumps({"file": "a.txt", "published": later.isoformat()}) + "\n")
    res = read_corpus(tmp_path)
    assert res.documents[0].published == later
    assert not [p for p in res.problems if p.code == "W119"]


def test_manifest_fields_that_are_no_text_are_reported_and_ignored(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    row = {"file": "a.txt", "published": "2021-05-04", "title": ["Ambush", "near Bosaso"], "source": True,
           "url": {"href": "https://example.org"}}
    (tmp_path / "manifest.jsonl").write_text(json.dumps(row) + "\n")
    res = read_corpus(tmp_path)
    doc = res.documents[0]
    assert doc.title == "Ambush" and doc.source is None and doc.url is None  # the headline, not the list
    assert sorted(p.reason.split(": ", 1)[1].split(" ")[0] for p in res.problems if p.code == "W118") == \
        ["source", "title", "url"]


def test_geoparse_reads_json_lines_saved_as_utf16(tmp_path):
    path = tmp_path / "in.jsonl"
    lines = [json.dumps({"id": "a", "text": "Shelling hit Kharkiv on Monday."}),
             json.dumps({"id": "b", "text": "Floods in Beledweyne."})]
    path.write_bytes("\r\n".join(lines).encode("utf-16"))  # (a Windows editor's "Unicode")
    r = subprocess.run([sys.executable, "-m", "conflict_map", "geoparse", str(path)], cwd=ROOT,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    rows = [json.loads(line) for line in r.stdout.splitlines()]
    assert [row["id"] for row in rows] == ["a", "b"]
    assert [t["name"] for row in rows for t in row["toponyms"]] == ["Kharkiv", "Beledweyne"]


def test_a_csv_manifest_saved_by_a_european_excel_is_read(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(REPORT.replace("Bosaso", "Galkayo"), encoding="utf-8")
    manifest = "File;Published;Title\r\na.txt;2021-05-04;Ambush near Bosaso\r\nb.txt;2021-05-05;\"Galkayo; again\"\r\n"
    (tmp_path / "manifest.csv").write_bytes(b"\xef\xbb\xbf" + manifest.encode("utf-8"))  # (with Excel's mark)
    docs = {d.id: d for d in read_corpus(tmp_path).documents}
    assert docs["a.txt"].published == dt.date(2021, 5, 4) and docs["a.txt"].title == "Ambush near Bosaso"
    assert docs["b.txt"].title == "Galkayo; again"


def test_a_csv_manifest_with_no_file_column_is_one_line_not_one_a_row(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT, encoding="utf-8")
    rows = "".join(f"a{i}.txt,2021-05-04\n" for i in range(50))
    (tmp_path / "manifest.csv").write_text("filename,date\n" + rows, encoding="utf-8")
    res = read_corpus(tmp_path)
    manifest = [p for p in res.problems if p.kind == "manifest"]
    assert [p.code for p in manifest] == ["W120"] and "filename, date" in manifest[0].reason
    assert [d.id for d in res.documents] == ["a.txt"]


def test_paragraph_and_line_separators_of_a_word_processor_keep_the_headline_apart():
    text = "Rebels seize Kidal\u2029Rebels seized the town of Kidal on Monday, residents said.\u2028Shops closed."
    doc = read_text(text, doc_id="kidal.txt", published="2021-03-10")
    assert doc.title == "Rebels seize Kidal"
    assert doc.text == "Rebels seize Kidal\n\nRebels seized the town of Kidal on Monday, residents said.\nShops closed."
