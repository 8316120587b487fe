"""The conflict-map command as a user meets it: outputs, one-line errors, exit codes."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args, stdin: str | None = None):
    return subprocess.run(
        [sys.executable, "-m", "conflict_map", *args],
        cwd=ROOT, input=stdin, capture_output=True, text=True, timeout=300,
    )


def test_build_writes_the_six_outputs_and_a_snapshot(tmp_path):
    r = run("build", "seeds", "--out", str(tmp_path), "--at", "2019-04-09", "--quiet")
    assert r.returncode == 0, r.stderr
    names = {p.name for p in tmp_path.iterdir()}
    assert {"events.geojson", "zones.geojson", "events.csv", "atlas.gpkg", "map.html", "report.json",
            "snapshot-2019-04-09.html"} <= names
    assert "events:" in r.stdout
    # uxd: the snapshot's note counts the events it shows, of those read (it said every event of the build)
    summary = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))["summary"]
    snapshot = (tmp_path / "snapshot-2019-04-09.html").read_text(encoding="utf-8")
    note = re.search(r"Machine-read from [^<]*", snapshot).group(0)
    assert f" {summary['happenings']} event(s)" in note, note  # (every event is up to that date: no "of")
    shown = re.search(rf"(\d+) of {summary['zones']} zone span\(s\)", note)  # (2 zones had ended by then)
    assert shown and 0 < int(shown.group(1)) < summary["zones"], note
    # report.json: every record of its lists on a line of its own, so it can be read and grepped
    text = (tmp_path / "report.json").read_text(encoding="utf-8")
    report = json.loads(text)
    lines = text.splitlines()
    for d in report["documents"]:
        assert f"  {json.dumps(d, ensure_ascii=False)}" in {line.rstrip(",") for line in lines}
    assert len(lines) == 2 + len(report) + sum(len(v) + 1 for v in report.values() if isinstance(v, list) and v)


def test_missing_corpus_is_one_line_and_exit_2(tmp_path):
    r = run("build", str(tmp_path / "nope"), "--out", str(tmp_path / "out"))
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_bad_date_is_one_line_and_exit_2(tmp_path):
    r = run("build", "seeds", "--out", str(tmp_path), "--at", "2019-02-30")
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert "YYYY-MM-DD" in r.stderr


def test_failed_build_leaves_previous_outputs_intact(tmp_path):
    assert run("build", "seeds", "--out", str(tmp_path), "--quiet").returncode == 0
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert any(p.parent.name == "store" for p in before)  # the store is kept too
    r = run("build", str(tmp_path / "missing"), "--out", str(tmp_path))
    assert r.returncode == 2
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_geoparse_reads_jsonl_from_stdin():
    lines = "\n".join([
        json.dumps({"id": "a", "text": "Fighting was reported in Misurata and near Sebha."}),
        "this is not json",
        json.dumps({"id": "b", "text": ""}),
    ])
    r = run("geoparse", stdin=lines)
    assert r.returncode == 0, r.stderr
    out = [json.loads(x) for x in r.stdout.splitlines()]
    assert out[0]["id"] == "a"
    names = [t["name"] for t in out[0]["toponyms"]]
    assert any("Misrata" in n or "Misurata" in n for n in names)
    t = out[0]["toponyms"][0]
    assert {"start", "end", "name", "lat", "lon", "geonameid", "kind", "precision"} <= set(t)
    text = "Fighting was reported in Misurata and near Sebha."
    assert text[t["start"]:t["end"]].lower().startswith("mis")
    assert "error" in out[1]
    assert out[2] == {"id": "b", "toponyms": []}


def test_extract_writes_events_and_claims_as_jsonl():
    r = run("extract", "seeds")
    assert r.returncode == 0, r.stderr
    recs = [json.loads(x) for x in r.stdout.splitlines()]
    kinds = {x["type"] for x in recs}
    assert kinds == {"event", "control"}
    assert all(x["evidence"]["sentence"] for x in recs)


def test_problems_print_one_line_each_naming_the_article_once():
    import io

    from conflict_map.cli import _print_problems

    out = io.StringIO()
    _print_problems([("W115", "metadata", "a.txt", "a.txt", "a.txt: no url given in the manifest."),
                     ("W201", "unplaced", "b.txt", "Xyzzy", "Place 'Xyzzy' not placed: unknown.")], out)
    # (a missing url last, as in the app's table: 90 of them had come first, among the places not placed)
    assert out.getvalue().splitlines() == ["W201 b.txt: Place 'Xyzzy' not placed: unknown.",
                                          "W115 a.txt: no url given in the manifest."]


def test_a_manifest_line_is_named_once_with_its_file():
    import io

    from conflict_map.cli import _print_problems

    out = io.StringIO()
    _print_problems([("W107", "manifest", "manifest.csv", "gone.txt",
                      "manifest.csv line 2: file 'gone.txt' is not in the corpus; row ignored.")], out)
    assert out.getvalue() == "W107 manifest.csv: line 2: file 'gone.txt' is not in the corpus; row ignored.\n"


def test_a_problem_repeated_thousands_of_times_prints_once_with_its_count():
    import io

    from conflict_map.cli import _print_problems

    feed = [("W302", "date", "feed.txt", "on Friday", "'on Friday': relative date but no publication date.")]
    other = ("W201", "place", "wire.txt", "Qwertyville", "Place 'Qwertyville' not placed: unknown.")
    out = io.StringIO()
    _print_problems(feed * 5000 + [other] + feed, out)
    assert out.getvalue().splitlines() == [
        "W302 feed.txt: 'on Friday': relative date but no publication date. (5,001 times)",
        "W201 wire.txt: Place 'Qwertyville' not placed: unknown."]


def test_undated_events_left_off_the_map_are_one_plain_line_not_a_python_warning(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # No manifest, so "on Thursday" cannot be dated: the event is listed, and left off the timeline map.
    (corpus / "undated.txt").write_text("Soldiers clashed with rebels in Kismayo on Thursday, officials said.\n",
                                        encoding="utf-8")
    r = run("build", str(corpus), "--out", str(tmp_path / "out"), "--no-store", "--at", "2024-05-01")
    assert r.returncode == 0, r.stderr
    assert r.stderr.splitlines().count("conflict-map: 1 undated event(s) are left out of the time-filtered map.") == 1
    assert "UserWarning" not in r.stderr and ".py:" not in r.stderr


def test_timings_name_each_stage_on_one_stderr_line(tmp_path):
    r = run("build", "seeds", "--out", str(tmp_path), "--quiet", "--timings", "--no-store")
    assert r.returncode == 0, r.stderr
    line = next(x for x in r.stderr.splitlines() if x.startswith("timings "))
    stages = json.loads(line.split(" ", 1)[1])
    assert list(stages) == ["read_corpus", "build", "exports"] and all(v >= 0 for v in stages.values())


def test_exports_of_an_unchanged_build_are_not_written_again_unless_changed(tmp_path):
    import shutil

    corpus = tmp_path / "corpus"
    shutil.copytree(ROOT / "seeds", corpus)
    out = tmp_path / "out"
    assert run("build", str(corpus), "--out", str(out)).returncode == 0
    names = ("events.geojson", "zones.geojson", "events.csv", "atlas.gpkg", "map.html", "report.json")
    before = {n: ((out / n).read_bytes(), (out / n).stat().st_mtime_ns) for n in names}

    again = run("build", str(corpus), "--out", str(out))
    assert again.returncode == 0 and "exports unchanged" in again.stderr
    assert {n: ((out / n).read_bytes(), (out / n).stat().st_mtime_ns) for n in names} == before
    assert all(str(out / n) in again.stdout for n in names)  # still listed as the build's files

    (out / "map.html").write_text("edited by hand", encoding="utf-8")  # a file no longer as written
    fixed = run("build", str(corpus), "--out", str(out))
    assert "exports unchanged" not in fixed.stderr and (out / "map.html").read_bytes() == before["map.html"][0]

    titled = run("build", str(corpus), "--out", str(out), "--title", "Another title")  # other options
    assert "exports unchanged" not in titled.stderr and b"Another title" in (out / "map.html").read_bytes()

    (corpus / "extra.txt").write_text("Clashes were reported near Sirte on Monday, residents said.", encoding="utf-8")
    grown = run("build", str(corpus), "--out", str(out), "--title", "Another title")  # other articles
    assert "exports unchanged" not in grown.stderr
    assert json.loads((out / "report.json").read_text())["summary"]["documents"] == 3


def test_a_build_that_fails_while_writing_leaves_every_earlier_export_as_it_was(tmp_path, monkeypatch):
    """A crash in the middle of the exports (a full disk at map.html, a bug in one writer) keeps the
    earlier set whole: no new file beside old ones, no temporary file left behind."""
    import layers.html
    from conflict_map.build import build_documents, write_outputs
    from reading.corpus import read_text

    doc = read_text("Raid on Baidoa\n\nGunmen raided Baidoa on Monday, killing two guards, police said.",
                    doc_id="a.txt", published="2021-05-04")
    write_outputs(build_documents([doc]), tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    later = read_text("Raid on Jowhar\n\nGunmen raided Jowhar on Tuesday, killing four guards, police said.",
                      doc_id="b.txt", published="2021-05-05")
    result = build_documents([doc, later])

    def full_disk(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(layers.html, "timeline_html", full_disk)  # (written after the GeoJSON, CSV, GeoPackage)
    with pytest.raises(OSError):
        write_outputs(result, tmp_path)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"name": "Sahel"}', None])
def test_a_profile_that_is_no_profile_is_one_line_and_exit_2(tmp_path, content):
    path = tmp_path / "sahel.json"
    if content is not None:  # (None: the file does not exist)
        path.write_text(content, encoding="utf-8")
    r = run("extract", "seeds", "--profile", str(path))
    assert r.returncode == 2
    assert "Traceback" not in r.stderr and r.stderr.count("\n") == 1
    assert r.stderr.startswith("conflict-map: error: --profile ")


@pytest.mark.parametrize("window, at, said", [
    ("0", "2019-04-09", "positive"), ("-3", "2019-04-09", "positive"), ("99999999999", "2019-04-09", "at most"),
    ("30", "0001-01-03", "before the year 1"),
])
def test_a_window_the_map_cannot_show_is_one_line_and_exit_2(tmp_path, window, at, said):
    r = run("build", "seeds", "--out", str(tmp_path), "--at", at, "--window", window, "--quiet")
    assert r.returncode == 2
    assert "Traceback" not in r.stderr and said in r.stderr
    assert not (tmp_path / "map.html").exists()  # said before the build, not after it


@pytest.mark.parametrize("at, said", [("2023-02-29", "no such day (YYYY-MM-DD): '2023-02-29'"),
                                      ("2023-13-01", "no such day (YYYY-MM-DD): '2023-13-01'"),
                                      ("12/05/2023", "not a date in the form YYYY-MM-DD: '12/05/2023'")])
def test_a_bad_date_says_what_is_wrong_with_it(tmp_path, at, said):
    r = run("build", "seeds", "--out", str(tmp_path), "--at", at, "--quiet")
    assert r.returncode == 2 and r.stderr.rstrip().endswith(f"argument --at: {said}"), r.stderr


def test_a_window_without_a_date_is_said_not_ignored(tmp_path):
    r = run("build", "seeds", "--out", str(tmp_path), "--window", "7", "--quiet")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.startswith("conflict-map: error: --window 7 needs --at")


def test_an_out_that_is_a_file_is_named_as_such(tmp_path):
    target = tmp_path / "out.html"
    target.write_text("not a folder")
    r = run("build", "seeds", "--out", str(target), "--quiet")
    assert r.returncode == 2 and r.stderr == f"conflict-map: error: --out must be a folder: {target} is a file\n"
    assert target.read_text() == "not a folder"


def test_a_folder_with_no_article_says_so(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "notes.docx").write_bytes(b"PK")  # (a type it does not read: W101, and still no article)
    r = run("build", str(corpus), "--out", str(tmp_path / "out"), "--no-store")
    assert r.returncode == 0, r.stderr
    assert f"conflict-map: no article read from {corpus} " in r.stderr
    assert "articles: 0" in r.stdout


def test_reports_of_one_event_count_once_unless_separated(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "wire.txt").write_text("A drone strike hit a fuel depot in Marib on Sunday, killing three guards.\n")
    (corpus / "paper.txt").write_text("Three guards died on Sunday when a drone struck the fuel depot of Marib.\n")
    (corpus / "manifest.jsonl").write_text("".join(
        json.dumps({"file": f, "published": "2021-06-14", "title": t}) + "\n"
        for f, t in (("wire.txt", "Wire"), ("paper.txt", "Paper"))))
    merged = run("build", str(corpus), "--out", str(tmp_path / "merged"), "--no-store", "--quiet")
    apart = run("build", str(corpus), "--out", str(tmp_path / "apart"), "--no-store", "--quiet", "--separate-reports")
    assert merged.returncode == 0 and apart.returncode == 0, merged.stderr + apart.stderr
    assert "events: 1, reports: 2," in merged.stdout and "events: 2, reports: 2," in apart.stdout
    assert "1 event(s) from 2 report(s)" in (tmp_path / "merged" / "map.html").read_text(encoding="utf-8")
    assert "2 event(s)," in (tmp_path / "apart" / "map.html").read_text(encoding="utf-8")
    for out in ("merged", "apart"):  # the data keeps a row per report, with the happening both share
        features = json.loads((tmp_path / out / "events.geojson").read_text(encoding="utf-8"))["features"]
        assert len(features) == 2 and len({f["properties"]["happening"] for f in features}) == 1
    assert json.loads((tmp_path / "merged" / "report.json").read_text())["summary"]["happenings"] == 1


def test_a_long_list_of_problems_ends_with_their_summary_and_a_short_one_does_not():
    import io
    from types import SimpleNamespace

    from conflict_map.cli import _print_summary
    from reading.document import Problem

    unplaced = [Problem("W201", "unplaced", f"r{i}.txt", "Tabqa", "Place 'Tabqa' not placed.") for i in range(40)]
    articles = [SimpleNamespace(id=f"r{i}.txt") for i in range(50)]
    out = io.StringIO()
    _print_summary(SimpleNamespace(problems=unplaced, unlocated=[], documents=articles), out)
    assert out.getvalue().splitlines() == [
        "40 items (articles concerned: 40 of 50): unplaced 40 (W201 40)",
        "(listed above, a note told of many files alike once; each in report.json)",
        "Not placed in most articles: 'Tabqa' (40)"]
    out = io.StringIO()
    _print_summary(SimpleNamespace(problems=unplaced[:3], unlocated=[], documents=articles), out)
    assert out.getvalue() == ""


def test_an_event_with_no_place_is_printed_with_the_other_problems():
    """The summary counted "event not placed 3 (W490 3)" as "each listed above", and none was."""
    import io
    from types import SimpleNamespace

    from conflict_map.cli import _print_problems
    from conflict_map.view import problem_rows

    at_sea = SimpleNamespace(doc_id="gulf.txt", evidence=SimpleNamespace(sentence="A tanker was struck off the coast."),
                             location_note="only a sea is named in the sentence")
    out = io.StringIO()
    _print_problems(problem_rows(SimpleNamespace(problems=[], unlocated=[at_sea])), out)
    assert out.getvalue() == ("W490 gulf.txt: 'A tanker was struck off the coast.' only a sea is named in the sentence\n")


def test_a_note_on_metadata_told_of_many_files_alike_prints_once_with_the_files_counted():
    """uxd: a manifest whose url column was empty gave 90 lines "W115 f.txt: no url given in the manifest."."""
    import io

    from conflict_map.cli import _print_problems

    rows = [("W115", "metadata", f"r{i}.txt", f"r{i}.txt", f"r{i}.txt: no url given in the manifest.")
            for i in range(90)]
    rows += [("W102", "metadata", "r0.txt", "r0.txt", "r0.txt: no publication date; relative dates in it cannot be resolved."),
             ("W201", "unplaced", "r1.txt", "Qwertyville", "Place 'Qwertyville' not placed: unknown.")]
    out = io.StringIO()
    _print_problems(rows, out)
    assert out.getvalue().splitlines() == [
        "W201 r1.txt: Place 'Qwertyville' not placed: unknown.",
        "W115 90 files: no url given in the manifest (r0.txt, r1.txt, r2.txt and 87 more).",
        "W102 r0.txt: no publication date; relative dates in it cannot be resolved."]


def test_the_progress_bar_says_the_gazetteer_loads_before_the_first_article(tmp_path):
    """uxd: the bar stood at "reading: 0%" for half a minute while the gazetteer loaded, and its first rate and
    time left counted the loading as reading ("34.03s/article" for two short articles)."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in (("a.txt", "Rebels shelled Bunia on 3 May 2024, officials said.\n"),
                       ("b.txt", "Troops clashed with militants near Beni on 4 May 2024.\n")):
        (corpus / name).write_text(text, encoding="utf-8")
    r = run("build", str(corpus), "--out", str(tmp_path / "out"), "--no-store")
    assert r.returncode == 0, r.stderr
    bar = r.stderr.replace("\r", "\n")
    assert bar.index("loading the gazetteer and the reading rules") < bar.index("reading:")
    assert "2/2" in bar[bar.index("reading:"):]


def test_hold_days_sets_how_long_the_exports_draw_a_hold_after_its_last_report(tmp_path):
    """uxg: a hold with no end was drawn a year after its last report, a rule no user could change."""
    short = run("build", "seeds", "--out", str(tmp_path / "short"), "--hold-days", "3", "--no-store", "--quiet")
    assert short.returncode == 0, short.stderr
    zones = json.loads((tmp_path / "short" / "zones.geojson").read_text(encoding="utf-8"))["features"]
    import datetime as dt

    for f in zones:
        p = f["properties"]
        told = max([p["start"]] + [s["told"] for s in p["sources"] if s.get("told")])
        limit = (dt.date.fromisoformat(told) + dt.timedelta(days=3)).isoformat()
        assert p["drawn_until"] == (limit if p["end"] is None or limit < p["end"] else p["end"]), p
    assert any(p["properties"]["end"] is None and p["properties"]["drawn_until"] for p in zones)


@pytest.mark.parametrize("bad", ["0", "-3", "a year", "36501"])
def test_a_bad_hold_days_is_one_line_and_exit_2(tmp_path, bad):
    r = run("build", "seeds", "--out", str(tmp_path), "--hold-days", bad)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert r.stderr.strip().splitlines()[-1].startswith("conflict-map build: error: argument --hold-days"), r.stderr
