"""Bad input, nothing lost: every broken file gets one clear line, the good ones still build.

The suite prints a summary at the end ("bad inputs: N tried, N reported, 0 lost").
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GOOD = (
    "Fighting in Sirte\n\n"
    "Clashes broke out on Monday between rival forces on the outskirts of Sirte, witnesses said. "
    "At least four fighters were killed, a local official told reporters.\n"
)

#: name -> (bytes, what a user should be told about). Each is one bad input.
BAD_INPUTS: dict[str, bytes] = {
    "empty.txt": b"",
    "blank.txt": b"   \n\n\t\n",
    "binary.txt": bytes(range(256)) * 8,
    "image.html": b"\x89PNG\r\n\x1a\n" + b"\x00" * 200,
    "no-article.html": b"<html><head><title>x</title></head><body><nav>Home | About</nav></body></html>",
    "unknown-places.txt": b"Fighting in Xyzzyville\n\nClashes erupted in Qwertabad and Blorpton on Monday.",
    "no-year.txt": b"Report\n\nClashes erupted in Sirte on March 3, officials said.",
    "duplicate.txt": GOOD.encode("utf-8"),
}
#: Entries that are no readable file: each gets its line too (made by the fixture: links, a pipe).
NOT_FILES = ("dangling-link.txt", "loop-a.txt", "loop-b.txt", "pipe.txt", "sub/back-to-top")
#: Manifest rows with a date no article can have, or a title that is no text: reported, the file read.
BAD_ROWS = ("zero-date.txt", "old-date.txt", "typed-title.txt")
#: Text that is read all the same: UTF-16 without its byte order mark, a few stray NUL bytes.
ODD_BUT_TEXT = {
    "utf16-no-bom.txt": "Shelling\n\nShelling hit Gharyan on Sunday, officials said.".encode("utf-16-le"),
    "stray-nul.txt": b"Curfew\n\nA curfew was imposed in Zawiya on Friday after clashes between two armed groups "
                     b"left three people dead, residents said. Shops stayed closed." + b"\x00" + b" The city was calm.",
}
MANIFEST = [
    {"file": "good.txt", "published": "2021-03-10", "title": "Fighting in Sirte", "url": "https://example.org/a"},
    {"file": "zero-date.txt", "published": "1900-01-01"},
    {"file": "old-date.txt", "published": "1021-03-11"},
    {"file": "typed-title.txt", "published": "2021-03-11", "title": {"text": "not a string"}},
    {"file": "cp1252.txt", "published": "2021-03-11"},
    {"file": "cp1256.txt", "published": "2021-03-11"},
    {"file": "bom.txt", "published": "2021-03-11"},
    {"file": "impossible-date.txt", "published": "2021-02-30"},
    {"file": "unparseable-date.txt", "published": "last Tuesday-ish"},
    {"file": "missing.txt", "published": "2021-03-12"},
    {"file": "duplicate.txt", "published": "2021-03-10"},
]
SUMMARY: dict[str, int] = {}


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("bad-corpus")
    (d / "good.txt").write_text(GOOD, encoding="utf-8")
    (d / "cp1252.txt").write_bytes("Caf\u00e9 talks\n\nThe \u201cceasefire\u201d collapsed near Gharyan on Sunday, officials said.".encode("cp1252"))
    (d / "cp1256.txt").write_bytes("\u0637\u0631\u0627\u0628\u0644\u0633\n\nFighting near Tarhouna on Sunday, \u0645\u0635\u0627\u062f\u0631 said.".encode("cp1256"))
    (d / "bom.txt").write_bytes("\ufeffAir strike\n\nAn air strike hit Misurata on Saturday.".encode("utf-8"))
    (d / "impossible-date.txt").write_text("Shelling\n\nShelling was reported in Benghazi.", encoding="utf-8")
    (d / "unparseable-date.txt").write_text("Protest\n\nHundreds protested in Tobruk.", encoding="utf-8")
    for name, data in BAD_INPUTS.items():
        (d / name).write_bytes(data)
    for name, data in ODD_BUT_TEXT.items():
        (d / name).write_bytes(data)
    for name in BAD_ROWS:
        (d / name).write_text(f"Report {name}\n\nGunmen attacked a police post in Sabha, killing two officers.")
    # a file name that is no UTF-8 (from a Windows zip): read, under a name written with \xe9
    with open(os.path.join(os.fsencode(d), b"caf\xe9-report.txt"), "wb") as fh:
        fh.write(b"Ambush\n\nGunmen ambushed an army convoy near Ubari on Sunday, killing five soldiers.")
    (d / "dangling-link.txt").symlink_to(d / "nowhere" / "gone.txt")
    (d / "loop-a.txt").symlink_to(d / "loop-b.txt")
    (d / "loop-b.txt").symlink_to(d / "loop-a.txt")
    os.mkfifo(d / "pipe.txt")  # (opening it would wait for a writer forever)
    (d / "sub").mkdir()
    (d / "sub" / "back-to-top").symlink_to(d, target_is_directory=True)
    lines = [json.dumps(m) for m in MANIFEST] + ["{not json at all", json.dumps({"published": "2021-01-01"})]
    (d / "manifest.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def built(bad_corpus, tmp_path_factory):
    out = tmp_path_factory.mktemp("bad-out")
    title = os.fsdecode(b"Map \xff")  # typed in a terminal that is not UTF-8
    r = subprocess.run([sys.executable, "-m", "conflict_map", "build", str(bad_corpus), "--out", str(out), "--title", title],
                       cwd=ROOT, capture_output=True, text=True, timeout=300)
    return r, out


def test_build_survives_bad_inputs(built):
    r, out = built
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr + r.stdout


def test_every_input_file_is_accounted_for(built, bad_corpus):
    _, out = built
    report = json.loads((out / "report.json").read_text())
    listed = {Path(f["path"]).name for f in report["files"]}
    on_disk = {p.name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
               for p in bad_corpus.iterdir() if p.name not in ("manifest.jsonl", "sub")}
    assert on_disk <= listed
    assert "back-to-top" in listed  # (a link back up the tree: listed once, not walked forever)
    bad = set(BAD_INPUTS) | {"impossible-date.txt", "unparseable-date.txt", "missing.txt"} \
        | {Path(n).name for n in NOT_FILES} | set(BAD_ROWS)
    reported = {Path(f["path"]).name for f in report["files"] if f.get("status") != "read" or f.get("message")}
    reported |= {Path(p["doc_id"]).name for p in report["problems"] if p.get("doc_id")}
    reported |= {Path(p["text"]).name for p in report["problems"] if p.get("text")}
    seen = bad & reported
    manifest_rows = [p for p in report["problems"] if p["kind"] == "manifest"]
    SUMMARY.update(tried=len(bad) + 2, reported=len(seen) + min(2, len(manifest_rows)), lost=len(bad - seen))
    assert len(manifest_rows) >= 2, "the two malformed manifest rows must be reported"
    assert bad - seen == set(), f"not reported: {sorted(bad - seen)}"


def test_good_and_legacy_encoded_articles_still_build(built):
    _, out = built
    report = json.loads((out / "report.json").read_text())
    read = {Path(f["path"]).name for f in report["files"] if f.get("status") == "read"}
    assert {"cp1252.txt", "cp1256.txt", "bom.txt"} | set(ODD_BUT_TEXT) | set(BAD_ROWS) | {"caf\\xe9-report.txt"} <= read
    docs = {d["doc_id"]: d for d in report["documents"]}
    assert all(docs[name]["published"] is None for name in ("zero-date.txt", "old-date.txt"))
    assert docs["typed-title.txt"]["title"] == "Report typed-title.txt"  # the headline, not the dict
    # good.txt and duplicate.txt hold the same article: it is read once, the other reported
    assert len({"good.txt", "duplicate.txt"} & read) == 1
    kept = ({"good.txt", "duplicate.txt"} & read).pop()
    assert docs[kept]["events"] >= 1


def test_a_title_with_bytes_no_utf8_is_shown_with_a_replacement_mark(built):
    _, out = built
    assert "Map \ufffd" in (out / "map.html").read_text(encoding="utf-8")


def test_cli_prints_one_line_per_problem(built):
    r, _ = built
    lines = [ln for ln in r.stderr.splitlines() if ln.strip() and not ln.startswith("reading")]
    assert lines, "problems must be shown on the command line"
    assert all(len(ln) < 400 for ln in lines)


def test_unknown_places_are_reported_not_dropped(built):
    _, out = built
    report = json.loads((out / "report.json").read_text())
    doc = next(d for d in report["documents"] if d["doc_id"] == "unknown-places.txt")
    assert any(m["fate"] == "unplaced" for m in doc["mentions"]) or any(
        p["doc_id"] == "unknown-places.txt" and p["kind"] == "unplaced" for p in report["problems"])


def test_a_date_with_no_year_and_no_publication_date_is_reported(built):
    _, out = built
    report = json.loads((out / "report.json").read_text())
    assert any(p["doc_id"] == "no-year.txt" and p["kind"] == "undated" for p in report["problems"])


def test_a_50_mb_file_is_refused_with_a_message(tmp_path):
    from reading.corpus import read_corpus

    (tmp_path / "huge.txt").write_bytes(b"Clashes in Sirte. " * (50_000_000 // 18))
    (tmp_path / "ok.txt").write_text(GOOD, encoding="utf-8")
    res = read_corpus(tmp_path)
    assert [d.id for d in res.documents] == ["ok.txt"]
    assert any("huge.txt" in (p.doc_id or "") or "huge.txt" in p.text for p in res.problems)


def pytest_summary_line() -> str | None:
    if not SUMMARY:
        return None
    return f"bad inputs: {SUMMARY['tried']} tried, {SUMMARY['reported']} reported, {SUMMARY['lost']} lost"
