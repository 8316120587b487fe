"""Robustness: arbitrary text and bytes through reading, geoparsing, uploads and exports.

Hypothesis mixes news-like phrases (places, dates, violence words) with random
Unicode (control characters, right-to-left scripts, emoji, very long tokens,
markup bait), so the generated texts reach deep into the pipeline instead of
stopping at "no place found". Nothing may raise; every span must lie inside the text.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reading.document import Document

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                             HealthCheck.too_slow])
FEW = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                        HealthCheck.too_slow])

#: News-like pieces (our own words, several countries), so random texts produce facts.
PHRASES = [
    "Clashes erupted in Sirte on Monday. ", "An air strike hit Aleppo on 3 March 2021. ",
    "Rebels seized the town of Goma last week, residents said. ", "Shelling near Kharkiv killed 4 civilians. ",
    "Militants attacked a checkpoint 20 km north of Mosul on Friday. ", "Protesters marched in Khartoum. ",
    "Government forces retook the airport in Tripoli. ", "the south of Gaza", " between Misrata and Sirte ",
    "\"We will attack tomorrow,\" a commander said. ", "In 1990, fighting raged in Kabul. ", " on April 4 ",
    "Al-Shabaab fighters ambushed troops in Kismayo. ", " yesterday ", " the LNA ", " the army ",
    "The LNA took control of Gharyan on Tuesday. ", "Houthi forces captured the city of Marib. ",
    "Troops withdrew from Bakhmut. ", "\n\n", ". ", "“", "”", "\"", "(", ")", " near ", " in ", " km ", " 2019 ", "...",
]
BAIT = ["<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "${alert(1)}",
        "{{7*7}}", "\"'><svg onload=alert(1)>", "</script>", "<!--", "]]>"]
ODD = ["\x00", "\x07", "\r", "\r\n", "\t", "\u2028", "\u200f", "\u202e", "\ufeff", "\u0301", "\U0001f4a5",
       "\U0001f1f1\U0001f1fe", "طرابلس", "בירות", "Київ", "東京", "x" * 3000, "Sirte" * 200]
#: Any Unicode text without lone surrogates (they cannot be stored or sent as UTF-8).
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=80)
#: Phrases twice as likely as the rest, so most texts carry some facts.
TEXTS = st.lists(st.one_of(st.sampled_from(PHRASES), st.sampled_from(PHRASES), st.sampled_from(BAIT),
                           st.sampled_from(ODD), ANY_TEXT), min_size=1, max_size=14).map("".join)
PUBLISHED = st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))


@pytest.fixture(scope="module")
def gazetteer():
    from geo.gazetteer import load_gazetteer

    return load_gazetteer()


@pytest.fixture(scope="module")
def nlp(gazetteer):
    from reading.pipeline import default_pipeline

    return default_pipeline(gazetteer=gazetteer)


def read(nlp, text: str, published) -> Document:
    return nlp(Document(id="doc.txt", text=text, published=published, title="t", url="https://example.org/a"))


def inside(text: str, start, end) -> bool:
    return isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text)


# --- the reading pipeline -----------------------------------------------------


@SETTINGS
@given(text=TEXTS, published=PUBLISHED)
def test_pipeline_never_fails_on_any_text(nlp, text, published):
    doc = read(nlp, text, published)
    assert [p.reason for p in doc.problems if p.kind == "internal"] == []
    assert doc.text == text  # reading never rewrites the text the spans point into


@SETTINGS
@given(text=TEXTS, published=PUBLISHED)
def test_every_fact_points_inside_the_text(nlp, text, published):
    doc = read(nlp, text, published)
    for fact in list(doc.events) + list(doc.claims):
        ev = fact.evidence
        if ev is None:
            continue
        assert inside(text, ev.start, ev.end), (fact, len(text))
        assert ev.doc_id == doc.id
    for s in doc.sentences:
        assert inside(text, s.start, s.end)
    for m in list(doc.mentions) + list(doc.dates):
        assert inside(text, m.start, m.end)
        assert text[m.start:m.end] == m.text
    for p in doc.problems:
        if p.start is not None:
            assert inside(text, p.start, p.end)


@SETTINGS
@given(text=TEXTS)
def test_evidence_sentence_holds_the_evidence_span(nlp, text):
    doc = read(nlp, text, dt.date(2021, 3, 10))
    for fact in list(doc.events) + list(doc.claims):
        ev = fact.evidence
        if ev is not None and ev.end > ev.start:
            assert " ".join(text[ev.start:ev.end].split()) in " ".join(ev.sentence.split())


@SETTINGS
@given(text=TEXTS)
def test_fact_dates_are_real_dates_in_order(nlp, text):
    doc = read(nlp, text, dt.date(2021, 3, 10))
    for fact in list(doc.events) + list(doc.claims):
        if fact.date is not None:
            assert isinstance(fact.date.start, dt.date) and fact.date.start <= fact.date.end


# --- geoparse -----------------------------------------------------------------


@SETTINGS
@given(text=TEXTS)
def test_geoparse_never_fails_and_spans_are_in_the_text(gazetteer, text):
    from reading.geoparse import geoparse

    rows = geoparse(text, gazetteer=gazetteer)
    assert rows == sorted(rows, key=lambda r: (r["start"], r["end"]))
    for r in rows:
        assert inside(text, r["start"], r["end"]) and r["end"] > r["start"]
        if r["lat"] is not None:
            assert -90 <= r["lat"] <= 90 and -180 <= r["lon"] <= 180
            assert r["precision"] in (1, 2, 3)


# --- uploads ------------------------------------------------------------------

NAMES = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300),
    st.lists(st.sampled_from(["..", "/", "\\", ".", "etc", "passwd", "~", "C:", "%2e%2e", "\x00", "東京",
                              "\U0001f4a5", " ", "a.txt", ".html", "x" * 100]), max_size=12).map("".join),
)
DATA = st.one_of(st.binary(max_size=2000), TEXTS.map(lambda t: t.encode("utf-8")),
                 TEXTS.map(lambda t: t.encode("utf-16")),
                 TEXTS.map(lambda t: ("<html><body><p>" + t + "</p></body></html>").encode("utf-8")))


@SETTINGS
@given(name=NAMES, data=DATA)
def test_read_upload_never_fails_on_any_bytes(name, data):
    from reading.corpus import read_upload

    doc, problems = read_upload(name, data, published="2021-03-10")
    assert doc is not None or problems  # a refused file always says why
    if doc is not None:
        assert "/" not in doc.id and "\\" not in doc.id and not doc.id.startswith(".")


def files_under(root: Path) -> list[Path]:
    return sorted(Path(d) / f for d, _, fs in os.walk(root) for f in fs)


@SETTINGS
@given(name=NAMES, data=st.binary(max_size=200))
def test_upload_names_never_leave_the_working_folder(tmp_path_factory, name, data):
    from reading.corpus import read_upload, safe_name

    assert len(safe_name(name).encode("utf-8")) <= 120
    root = tmp_path_factory.mktemp("upload")
    work = root / "work"
    read_upload(name, data, workdir=work)
    written = files_under(root)
    assert len(written) == 1 and written[0].parent == work
    assert written[0].read_bytes() == data


def test_a_long_non_latin_upload_name_is_saved_in_the_working_folder(tmp_path):
    from reading.corpus import read_upload

    doc, _ = read_upload("東" * 200 + ".txt", b"Clashes erupted in Sirte on Monday.", workdir=tmp_path)
    assert doc is not None and len(files_under(tmp_path)) == 1


# --- exports ------------------------------------------------------------------


@FEW
@given(text=TEXTS, published=PUBLISHED)
def test_events_frame_and_snapshot_of_any_text_never_fail(nlp, text, published):
    from layers.events import events_frame
    from layers.html import snapshot_html
    from layers.zones import zone_timeline

    doc = read(nlp, text + " " + PHRASES[0], published)
    frame = events_frame(doc.events)
    zones = zone_timeline(doc.claims, doc.events, published={doc.id: published} if published else None)
    assert len(frame) == sum(1 for e in doc.events if e.location is not None)
    html = snapshot_html(frame, zones, at=published, title=text[:80] or "t")
    assert html.startswith("<!DOCTYPE html>") or html.lstrip().lower().startswith("<!doctype html>")
    for bait in ("<script>alert(1)</script>", "<img src=x onerror", "<svg onload"):
        assert bait not in html
