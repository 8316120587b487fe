"""The dates benchmark: its gold file's well-formedness, its scoring on hand cases, and one run of it."""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
from pathlib import Path

from reading.document import DateMention, FactDate

_PATH = Path(__file__).resolve().parents[1] / "bench" / "dates_eval.py"
_spec = importlib.util.spec_from_file_location("dates_eval", _PATH)
de = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(de)

D = dt.date


def _row(gid, text, phrase, date, precision="day", planned=False, topic="t"):
    return {"id": gid, "topic": topic, "published": "2024-05-08", "text": text, "phrase": phrase, "date": date,
            "precision": precision, "planned": planned}


def _mention(text, phrase, start, end=None, precision="day", future=False):
    at = text.index(phrase)
    return DateMention(at, at + len(phrase), phrase, FactDate(start, end or start, precision, phrase), future)


def test_gold_is_well_formed_and_covers_every_topic():
    rows = de.load_gold()
    assert de.check_gold(rows) == []
    assert len(rows) >= 250
    topics = {r["topic"] for r in rows}
    assert {"weekday", "week", "new_year", "numeric", "range", "night", "season", "feast", "ago", "month",
            "history", "anchored", "dateline", "undated", "planned", "timezone"} <= topics
    assert sum(r["date"] is None for r in rows) >= 20


def test_second_gold_is_well_formed_and_covers_its_topics():
    rows = de.load_gold(de.GOLD.with_name("dates_gold2.jsonl"))
    assert de.check_gold(rows) == []
    assert len(rows) >= 150
    assert {"wire", "span", "holiday", "national", "feast", "ago", "history", "numeric", "anchored", "midnight",
            "fiscal", "weekend", "coming", "undated", "planned"} <= {r["topic"] for r in rows}
    assert not {r["id"] for r in rows} & {r["id"] for r in de.load_gold()}


def test_third_gold_is_whole_texts_well_formed_and_covers_its_topics():
    rows = de.load_gold(de.GOLD.with_name("dates_gold3.jsonl"))
    assert de.check_gold(rows) == []
    assert len(rows) >= 200 and len({r["text"] for r in rows}) >= 30
    assert {"midnight", "liveblog", "last_month_name", "week_of", "national", "feast", "fiscal", "present", "range",
            "anniversary", "chain", "numeric", "ordinal_weekday", "undated"} <= {r["topic"] for r in rows}
    others = {r["id"] for r in de.load_gold()} | {r["id"] for r in de.load_gold(de.GOLD.with_name("dates_gold2.jsonl"))}
    assert not {r["id"] for r in rows} & others


def test_fourth_gold_is_whole_texts_well_formed_and_covers_its_topics():
    rows = de.load_gold(de.GOLD.with_name("dates_gold4.jsonl"))
    assert de.check_gold(rows) == []
    assert len(rows) >= 200 and len({r["text"] for r in rows}) >= 30
    assert {"anniversary", "new_year", "early_month", "decades", "court", "term", "styles", "time_of_day", "calendar",
            "relative", "half_quarter", "dateline_east", "liveblog", "chain", "undated"} <= {r["topic"] for r in rows}
    others = set()
    for name in ("dates_gold.jsonl", "dates_gold2.jsonl", "dates_gold3.jsonl"):
        others |= {r["id"] for r in de.load_gold(de.GOLD.with_name(name))}
    assert not {r["id"] for r in rows} & others


def test_fifth_gold_is_whole_texts_well_formed_and_covers_its_topics():
    rows = de.load_gold(de.GOLD.with_name("dates_gold5.jsonl"))
    assert de.check_gold(rows) == []
    assert len(rows) >= 200 and len({r["text"] for r in rows}) >= 30
    assert {"liveblog", "wire_ap", "span", "deadline", "dateline_east", "dateline_west", "military", "iso",
            "season_south", "chain", "weekend_before", "undated"} <= {r["topic"] for r in rows}
    others = set()
    for name in ("dates_gold.jsonl", "dates_gold2.jsonl", "dates_gold3.jsonl", "dates_gold4.jsonl"):
        others |= {r["id"] for r in de.load_gold(de.GOLD.with_name(name))}
    assert not {r["id"] for r in rows} & others


def test_sixth_gold_is_whole_texts_well_formed_and_covers_its_topics():
    rows = de.load_gold(de.GOLD.with_name("dates_gold6.jsonl"))
    assert de.check_gold(rows) == []
    assert len(rows) >= 200 and len({r["text"] for r in rows}) >= 30
    assert {"holiday", "feast", "national", "calendar", "fiscal", "academic", "relative_event", "duration",
            "ordinal_period", "decades", "midnight", "clock", "liveblog", "headline", "caption", "numeric",
            "undated"} <= {r["topic"] for r in rows}
    others = set()
    for name in ("dates_gold.jsonl", "dates_gold2.jsonl", "dates_gold3.jsonl", "dates_gold4.jsonl",
                 "dates_gold5.jsonl"):
        others |= {r["id"] for r in de.load_gold(de.GOLD.with_name(name))}
    assert not {r["id"] for r in rows} & others


def test_seventh_gold_is_whole_texts_well_formed_and_covers_its_topics():
    rows = de.load_gold(de.GOLD.with_name("dates_gold7.jsonl"))
    assert de.check_gold(rows) == []
    assert len(rows) >= 200 and len({r["text"] for r in rows}) >= 30
    assert {"archive", "weekday_tense", "range", "anniversary", "approximate", "ordinal_words", "military", "iso",
            "numeric_india", "midnight", "season_south", "relative", "undated"} <= {r["topic"] for r in rows}
    others = set()
    for name in ("dates_gold.jsonl", "dates_gold2.jsonl", "dates_gold3.jsonl", "dates_gold4.jsonl",
                 "dates_gold5.jsonl", "dates_gold6.jsonl"):
        others |= {r["id"] for r in de.load_gold(de.GOLD.with_name(name))}
    assert not {r["id"] for r in rows} & others


def test_eighth_gold_is_whole_texts_well_formed_and_covers_its_topics():
    rows = de.load_gold(de.GOLD.with_name("dates_gold8.jsonl"))
    assert de.check_gold(rows) == []
    assert len(rows) >= 200 and len({r["text"] for r in rows}) >= 30
    assert {"holiday", "feast", "anchor", "night", "century", "half_quarter", "header", "calendar", "mismatch",
            "dateline_shift", "turn_of_year", "undated"} <= {r["topic"] for r in rows}
    others = set()
    for name in ("dates_gold.jsonl", "dates_gold2.jsonl", "dates_gold3.jsonl", "dates_gold4.jsonl",
                 "dates_gold5.jsonl", "dates_gold6.jsonl", "dates_gold7.jsonl"):
        others |= {r["id"] for r in de.load_gold(de.GOLD.with_name(name))}
    assert not {r["id"] for r in rows} & others



def test_ninth_gold_is_whole_texts_well_formed_and_covers_its_topics():
    rows = de.load_gold(de.GOLD.with_name("dates_gold9.jsonl"))
    assert de.check_gold(rows) == []
    assert len(rows) >= 200 and len({r["text"] for r in rows}) >= 30
    assert {"social", "header", "slug", "relative", "range", "part", "planned", "term", "season", "anchor", "paren",
            "table", "foreign", "apostrophe", "timeline", "undated"} <= {r["topic"] for r in rows}
    assert sum(r["date"] is None for r in rows) >= 20
    others = set()
    for name in ("dates_gold.jsonl", "dates_gold2.jsonl", "dates_gold3.jsonl", "dates_gold4.jsonl",
                 "dates_gold5.jsonl", "dates_gold6.jsonl", "dates_gold7.jsonl", "dates_gold8.jsonl"):
        others |= {r["id"] for r in de.load_gold(de.GOLD.with_name(name))}
    assert not {r["id"] for r in rows} & others

def test_tenth_gold_is_whole_texts_well_formed_and_covers_its_topics():
    rows = de.load_gold(de.GOLD.with_name("dates_gold10.jsonl"))
    assert de.check_gold(rows) == []
    assert len(rows) >= 200 and len({r["text"] for r in rows}) >= 35
    assert {"chain", "previous", "decades", "half_quarter", "abbrev_range", "foreign", "url", "filename", "forward",
            "table", "clock", "roman", "numeric_month", "iso_week", "year_to_date", "undated"} <= {r["topic"] for r in rows}
    assert sum(r["date"] is None for r in rows) >= 20
    others = set()
    for name in ("dates_gold.jsonl", "dates_gold2.jsonl", "dates_gold3.jsonl", "dates_gold4.jsonl",
                 "dates_gold5.jsonl", "dates_gold6.jsonl", "dates_gold7.jsonl", "dates_gold8.jsonl",
                 "dates_gold9.jsonl"):
        others |= {r["id"] for r in de.load_gold(de.GOLD.with_name(name))}
    assert not {r["id"] for r in rows} & others


def test_check_gold_reports_bad_rows():
    bad = [_row("a", "Shelling on Monday.", "on Friday", "2024-05-06"),
           _row("a", "Shelling on Monday.", "on Monday", "2024-05-9x"),
           {**_row("b", "Shelling on Monday.", "on Monday", None, precision="day"), "planned": "no"},
           _row("c", "Shelling on Monday.", "on Monday", "2024-05-06", precision="hour")]
    problems = " | ".join(de.check_gold(bad))
    for words in ("not once in the text", "repeated id", "bad date", "planned is not", "a precision without",
                  "precision 'hour'"):
        assert words in problems


def test_score_counts_exact_overlap_precision_unresolved_and_false():
    text = "Gunmen struck Kidal on Monday and again last week. Route 7 was closed."
    rows = [_row("r1", text, "on Monday", "2024-05-06"),
            _row("r2", text, "last week", "2024-04-29/2024-05-05", "week"),
            _row("r3", text, "Route 7", None, None),
            _row("r4", text, "again", "2024-05-01")]
    read = {"r1": [_mention(text, "on Monday", D(2024, 5, 6))],
            "r2": [_mention(text, "last week", D(2024, 5, 1), D(2024, 5, 5), precision="day")],
            "r3": [_mention(text, "Route 7", D(2007, 1, 1), D(2007, 12, 31), "year")],
            "r4": []}
    res = de.score(rows, lambda r: read[r["id"]])
    t = res["totals"]
    assert (t["rows"], t["dated"], t["exact"], t["day_exact"], t["overlap"]) == (4, 3, 1, 1, 2)
    assert (t["read"], t["precision"], t["unresolved"], t["undated"], t["false"]) == (2, 1, 1, 1, 1)
    assert sorted(e["id"] for e in res["errors"]) == ["r2", "r3", "r4"]
    assert de.rates(t)["exact_pct"] == 0.333


def test_the_answer_is_the_dated_mention_overlapping_the_phrase_most():
    text = "On Friday, May 3, the army said it had retaken Bentiu."
    row = _row("a", text, "Friday, May 3", "2024-05-03")
    short = _mention(text, "Friday", D(2024, 5, 3))
    long_ = _mention(text, "On Friday, May 3", D(2024, 5, 3))
    undated = DateMention(0, 16, "On Friday, May 3")
    assert de.answer(row, [short, long_, undated]) is long_
    assert de.answer(row, [undated]) is None


def test_main_runs_on_a_small_gold_and_writes_its_result(tmp_path, capsys, monkeypatch):
    gold = tmp_path / "g.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in [
        _row("a", "Rebels shelled Goma on Monday.", "on Monday", "2024-05-06"),
        _row("b", "Theresa May spoke.", "May", None, None)]) + "\n")
    monkeypatch.setattr(de, "write_result", lambda name, payload: de.ROOT / "bench" / "results" / f"{name}.json")
    res = de.main(["--gold", str(gold), "--errors"])
    out = capsys.readouterr().out
    assert res["totals"]["exact"] == 1 and res["totals"]["false"] == 0
    assert "all" in out and "exact_pct" in out


def test_day_shifts_are_dated_as_the_events_pipeline_dates_them():
    text = ("Militants seized Djibo on 4 March. The day before, they had cut the road. Hours later, jets struck. "
            "The next day, a column left. On 9 March, talks began.")
    mentions = de.with_day_shifts(text, [_mention(text, "on 4 March", D(2025, 3, 4)),
                                         _mention(text, "On 9 March", D(2025, 3, 9))])
    got = {m.text.split(",")[0]: m.date.start for m in mentions}
    assert got["The day before"] == D(2025, 3, 3)
    assert got["Hours later"] == D(2025, 3, 4)
    assert "The next day" not in got  # three sentences after the day told: not counted from it
    row = _row("a", text, "The day before", "2025-03-03")
    assert de.answer(row, mentions).date.start == D(2025, 3, 3)


def test_a_shift_told_against_an_act_counts_from_the_act_as_the_pipeline_does():
    text = ("Rebels attacked Rutshuru on 4 March. The army left Kiwanja on 6 March. "
            "The day after the attack, aid flights stopped.")
    mentions = de.with_day_shifts(text, [_mention(text, "on 4 March", D(2025, 3, 4)),
                                         _mention(text, "on 6 March", D(2025, 3, 6))])
    row = _row("a", text, "The day after the attack", "2025-03-05")
    assert de.answer(row, mentions).date.start == D(2025, 3, 5)

