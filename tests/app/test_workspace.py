"""A session's uploads: a manifest uploaded with the articles dates each one, and says what it could not."""
from __future__ import annotations

import datetime as dt

from conflict_map.workspace import Workspace

KIVU = b"Rebels shelled the town of Rutshuru on Monday, killing three people, officials said."
SHAN = b"Army jets bombed a village near Lashio on Tuesday, a local relief group said."
SAHEL = b"Gunmen attacked a convoy near Djibo on Friday, the army said."


def manifest(*rows: str) -> bytes:
    return "\n".join(rows).encode()


def test_each_uploaded_file_takes_its_date_title_and_source_from_the_manifest():
    ws = Workspace()
    added, msgs = ws.add_uploads([
        ("kivu.txt", KIVU), ("shan.txt", SHAN),
        ("manifest.jsonl", manifest('{"file": "kivu.txt", "published": "2024-02-12", "source": "Radio Okapi"}',
                                    '{"file": "shan.txt", "published": "2024-11-05", "title": "Jets hit Lashio"}')),
    ])
    by_id = {d.id: d for d in added}
    assert by_id["kivu.txt"].published == dt.date(2024, 2, 12) and by_id["kivu.txt"].source == "Radio Okapi"
    assert by_id["shan.txt"].published == dt.date(2024, 11, 5) and by_id["shan.txt"].title == "Jets hit Lashio"
    assert "Added shan.txt, published 2024-11-05 (the manifest)" in msgs
    assert [d.id for d in ws.documents] == ["kivu.txt", "shan.txt"]  # the manifest is no article


def test_the_date_field_dates_only_the_files_the_manifest_does_not_list():
    ws = Workspace()
    added, msgs = ws.add_uploads([("kivu.txt", KIVU), ("sahel.txt", SAHEL),
                                  ("manifest.jsonl", manifest('{"file": "kivu.txt", "published": "2024-02-12"}'))],
                                 published=dt.date(2023, 6, 9))
    dates = {d.id: d.published for d in added}
    assert dates == {"kivu.txt": dt.date(2024, 2, 12), "sahel.txt": dt.date(2023, 6, 9)}
    assert any(m.startswith("Added sahel.txt, published 2023-06-09 (the date above") for m in msgs)
    unlisted = [p.reason for p in ws.problems if p.code == "W113"]
    assert unlisted and all("publication date" not in r for r in unlisted)  # (it has one now)


def test_a_bad_manifest_row_is_said_and_its_file_still_added_undated():
    ws = Workspace()
    added, msgs = ws.add_uploads([
        ("shan.txt", SHAN),
        ("dates.csv", manifest("file;published", "shan.txt;05/11/2024", "sittwe.txt;2024-11-07")),
    ], published=dt.date(2024, 1, 1))
    assert [d.id for d in added] == ["shan.txt"] and added[0].published is None  # not the date field's
    warned = [m for m in msgs if m.startswith("Manifest: ")]
    assert any("dates.csv line 2" in m and "slashes" in m for m in warned), msgs
    assert any("dates.csv line 3" in m and "sittwe.txt" in m for m in warned), msgs
    assert "Added shan.txt (no publication date: relative dates cannot be resolved)" in msgs
    assert {"W122", "W107"} <= {p.code for p in ws.problems}  # kept for the problems panel


def test_a_manifest_of_a_whole_archive_uploaded_with_a_few_of_its_files_warns_in_a_few_lines():
    rows = ["file,published", "shan.txt,2024-11-05"] + [f"dispatch-{i:03}.txt,2024-10-{i % 28 + 1:02}" for i in range(300)]
    ws = Workspace()
    added, msgs = ws.add_uploads([("shan.txt", SHAN), ("archive.csv", manifest(*rows))])
    assert [d.id for d in added] == ["shan.txt"] and added[0].published == dt.date(2024, 11, 5)
    warned = [m for m in msgs if m.startswith("Manifest: ")]
    assert len(warned) == 6, warned  # five rows as written, then the rest counted
    assert "'dispatch-000.txt'" in warned[0] and "line 3" in warned[0]
    assert warned[-1] == "Manifest: archive.csv: 295 more rows name files that are not here (e.g. 'dispatch-005.txt'); rows ignored."
    assert sum(p.code == "W107" for p in ws.problems) == 300  # every row still listed in the problems panel
    _, again = ws.redate("archive.csv", manifest(*rows))  # (the manifest alone, later: the same few lines)
    assert sum("files that are not here" in m for m in again) == 1 and len([m for m in again if "line " in m]) == 5


def test_two_manifests_or_a_manifest_alone_add_nothing_and_say_why():
    ws = Workspace()
    added, msgs = ws.add_uploads([("kivu.txt", KIVU), ("a.jsonl", b"{}"), ("b.csv", b"file,published")])
    assert added == [] and ws.documents == [] and "2 manifests" in msgs[0]
    added, msgs = ws.add_uploads([("dates.jsonl", manifest('{"file": "kivu.txt", "published": "2024-02-12"}'))])
    assert added == [] and "came alone" in msgs[0]  # (nothing here yet for it to date)


def test_unreadable_files_beside_a_manifest_are_named_not_dropped():
    ws = Workspace()
    added, msgs = ws.add_uploads([("kivu.txt", KIVU), ("empty.txt", b""),
                                  ("manifest.jsonl", manifest('{"file": "kivu.txt", "published": "2024-02-12"}'))])
    assert [d.id for d in added] == ["kivu.txt"]
    assert any(m.startswith("Not added: empty.txt") for m in msgs), msgs


def test_without_a_manifest_every_file_gets_the_one_date():
    ws = Workspace()
    added, msgs = ws.add_uploads([("kivu.txt", KIVU), ("shan.txt", SHAN)], published=dt.date(2024, 3, 3))
    assert [d.published for d in added] == [dt.date(2024, 3, 3)] * 2 and msgs == ["Added kivu.txt", "Added shan.txt"]
    added, msgs = ws.add_uploads([("sahel.txt", SAHEL)], url="javascript:alert(1)")
    assert added == [] and msgs[0].startswith("Not added: sahel.txt") and "http" in msgs[0]


def test_a_manifest_written_for_a_folder_finds_its_files_uploaded_without_their_folders():
    ws = Workspace()
    added, msgs = ws.add_uploads([
        ("kivu.txt", KIVU), ("shan.txt", SHAN),
        ("manifest.csv", manifest("file,published", "north/kivu.txt,2024-02-12", "C:\\news\\myanmar\\shan.txt,2024-11")),
    ])
    assert {d.id: (d.published, d.published_precision) for d in added} == {
        "kivu.txt": (dt.date(2024, 2, 12), "day"), "shan.txt": (dt.date(2024, 11, 1), "month")}
    assert not [m for m in msgs if m.startswith("Manifest")], msgs


def test_a_page_the_manifest_leaves_out_keeps_its_own_published_date_and_says_so():
    page = (b'<html><head><meta property="article:published_time" content="2024-05-02T08:00:00Z">'
            b"<title>Shelling in Kharkiv</title></head><body><article><p>Russian artillery shelled a residential "
            b"district of Kharkiv on Wednesday, injuring five people, the regional governor said.</p></article>"
            b"</body></html>")
    ws = Workspace()
    added, msgs = ws.add_uploads([("kharkiv.html", page), ("kivu.txt", KIVU),
                                  ("manifest.jsonl", manifest('{"file": "kivu.txt", "published": "2024-02-12"}'))])
    assert {d.id: d.published for d in added}["kharkiv.html"] == dt.date(2024, 5, 2)
    assert "Added kharkiv.html, published 2024-05-02 (the page's own metadata)" in msgs


def test_a_manifest_uploaded_after_its_articles_re_dates_them_and_the_build_key_changes():
    ws = Workspace()
    ws.add_uploads([("kivu.txt", KIVU), ("shan.txt", SHAN), ("sahel.txt", SAHEL)])
    before, key = list(ws.documents), ws.key
    changed, msgs = ws.add_uploads([("dates.csv", manifest(
        "file,published,source", "kivu.txt,2024-02-12,Radio Okapi", "shan.txt,2024-11"))])
    assert [d.id for d in changed] == ["kivu.txt", "shan.txt"]
    assert "Re-dated kivu.txt: published 2024-02-12 (the manifest; was undated)" in msgs
    by_id = {d.id: d for d in ws.documents}
    assert by_id["kivu.txt"].source == "Radio Okapi"
    assert (by_id["shan.txt"].published, by_id["shan.txt"].published_precision) == (dt.date(2024, 11, 1), "month")
    assert by_id["sahel.txt"].published is None and [d.id for d in ws.documents] == ["kivu.txt", "shan.txt", "sahel.txt"]
    assert ws.key != key  # the map rebuilds with the new dates
    assert before[0].published is None  # a new Document in its place: objects shared with other sessions untouched


def test_a_late_manifest_says_what_it_could_not_use_and_keeps_those_dates():
    ws = Workspace()
    ws.add_uploads([("kivu.txt", KIVU)], published=dt.date(2024, 2, 10))
    changed, msgs = ws.add_uploads([("dates.jsonl", manifest(
        '{"file": "kivu.txt", "published": "12/02/2024"}', '{"file": "goma.txt", "published": "2024-02-12"}'))])
    assert changed == [] and ws.documents[0].published == dt.date(2024, 2, 10)
    assert any("goma.txt" in m and m.startswith("Manifest:") for m in msgs), msgs
    assert any("12/02/2024" in m for m in msgs), msgs
    assert any(p.kind == "manifest" for p in ws.problems)  # and in the problems panel


def test_a_late_manifest_that_lists_none_of_the_articles_adds_nothing_and_says_so():
    ws = Workspace()
    ws.add_uploads([("kivu.txt", KIVU)])
    changed, msgs = ws.add_uploads([("dates.jsonl", manifest('{"file": "other.txt", "published": "2024-02-12"}'))])
    assert changed == [] and "lists none of the articles here" in msgs[0]
    assert ws.documents[0].published is None
