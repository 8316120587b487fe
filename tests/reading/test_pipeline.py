"""The pipeline: component order, error capture, and what must hold on the seeds."""
import datetime as dt
import json
from pathlib import Path

import pytest
from shapely.geometry import Point

from reading.document import Document
from reading.pipeline import DEFAULT_PIPES, Pipeline, default_pipeline, read_documents

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
BENGHAZI, TRIPOLI, SABHA = Point(20.07, 32.12), Point(13.19, 32.89), Point(14.43, 27.04)


def tag(label):
    def comp(doc):
        doc.user_data.setdefault("ran", []).append(label)
        return doc

    comp.name = label
    return comp


def boom(doc):
    raise ValueError("bad input\nsecond line of a traceback")


# --- mechanics ----------------------------------------------------------------------


def test_pipeline_runs_components_in_order():
    nlp = Pipeline([("a", tag("a")), ("b", tag("b"))])
    assert nlp(Document(id="d", text="x")).user_data["ran"] == ["a", "b"]


def test_pipeline_pipe_names_and_add_pipe_positions():
    nlp = Pipeline([("a", tag("a")), ("c", tag("c"))])
    nlp.add_pipe(tag("b"), after="a").add_pipe(tag("z"), before="a")
    assert nlp.pipe_names == ["z", "a", "b", "c"]


def test_pipeline_add_pipe_rejects_duplicates_and_unknown_anchor():
    nlp = Pipeline([("a", tag("a"))])
    with pytest.raises(ValueError, match="already"):
        nlp.add_pipe(tag("a"))
    with pytest.raises(ValueError, match="no component"):
        nlp.add_pipe(tag("b"), before="x")


def test_pipeline_add_pipe_rejects_non_callable():
    with pytest.raises(TypeError, match="component"):
        Pipeline().add_pipe(42, name="x")


def test_pipeline_remove_and_get_pipe():
    nlp = Pipeline([("a", tag("a")), ("b", tag("b"))])
    assert callable(nlp.get_pipe("b"))
    nlp.remove_pipe("a")
    assert nlp.pipe_names == ["b"]


def test_pipeline_failing_component_becomes_one_line_problem():
    nlp = Pipeline([("a", tag("a")), ("boom", boom), ("c", tag("c"))])
    doc = nlp(Document(id="d", text="x"))
    assert doc.user_data["ran"] == ["a", "c"]
    (p,) = doc.problems
    assert (p.kind, p.code, p.doc_id) == ("internal", "W403", "d")
    assert "boom" in p.reason and "ValueError" in p.reason and "\n" not in p.reason


def test_pipeline_failure_in_one_document_keeps_the_corpus():
    def fails_on_b(doc):
        if doc.id == "b":
            raise RuntimeError("nope")
        return doc

    docs = [Document(id=i, text="x") for i in "abc"]
    out = read_documents(docs, pipeline=Pipeline([("f", fails_on_b), ("t", tag("t"))]))
    assert [d.id for d in out] == ["a", "b", "c"]
    assert all(d.user_data["ran"] == ["t"] for d in out)
    assert [len(d.problems) for d in out] == [0, 1, 0]


def test_pipeline_component_returning_nothing_is_reported():
    doc = Pipeline([("none", lambda d: None)])(Document(id="d", text="x"))
    assert doc.problems[0].code == "W406"


def test_pipeline_rejects_non_document():
    with pytest.raises(TypeError, match="doc"):
        Pipeline()("text")


def test_pipeline_pipe_is_lazy_and_ordered():
    nlp = Pipeline([("t", tag("t"))])
    gen = nlp.pipe(Document(id=str(i), text="x") for i in range(3))
    assert [d.id for d in gen] == ["0", "1", "2"]


def test_default_pipeline_names():
    nlp = default_pipeline(gazetteer=object(), profile="libya")
    assert nlp.pipe_names == list(DEFAULT_PIPES)


def test_default_pipeline_rejects_bad_profile():
    with pytest.raises(TypeError, match="profile"):
        default_pipeline(gazetteer=object(), profile=3.5)


# --- the seeds, with the real gazetteer ---------------------------------------------


@pytest.fixture(scope="module")
def gazetteer():
    pytest.importorskip("reading.dates")
    pytest.importorskip("reading.toponyms")
    return pytest.importorskip("geo.gazetteer").load_gazetteer()


@pytest.mark.parametrize("text", ["", "   ", '"""', "“unclosed", "a" * 5000, "The LNA controls " * 300,
                                  "Clashes\x00 in Tripoli\ufeff on April 4."])
def test_default_pipeline_odd_texts_raise_no_internal_problem(gazetteer, text):
    doc = read_documents([Document(id="x", text=text, published=dt.date(2019, 4, 9))], gazetteer=gazetteer)[0]
    assert [p.reason for p in doc.problems if p.kind == "internal"] == []


@pytest.fixture(scope="module")
def seeds(gazetteer):
    docs = []
    for line in (SEEDS / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        docs.append(Document(
            id=row["file"], text=(SEEDS / row["file"]).read_text(encoding="utf-8"), title=row.get("title"),
            url=row.get("url"), published=dt.date.fromisoformat(row["published"]),
            published_uncertainty_days=row.get("published_uncertainty_days", 0)))
    out = read_documents(docs, gazetteer=gazetteer)
    return {d.id[:3]: d for d in out}


@pytest.fixture(scope="module")
def all_events(seeds):
    return [e for d in seeds.values() for e in d.events]


@pytest.fixture(scope="module")
def all_claims(seeds):
    return [c for d in seeds.values() for c in d.claims]


def find(events, word, **fields):
    out = [e for e in events if word.lower() in e.evidence.sentence.lower()
           and all(getattr(e, k) == v for k, v in fields.items())]
    assert out, f"no event with {word!r} and {fields}"
    return out[0]


def test_seeds_no_internal_problems(seeds):
    assert [p for d in seeds.values() for p in d.problems if p.kind == "internal"] == []


def test_seeds_use_libya_profile(seeds):
    assert {d.user_data["profile"] for d in seeds.values()} == {"libya"}


def test_seed_lna_holds_east_containing_benghazi(all_claims):
    east = [c for c in all_claims if c.faction == "LNA" and c.relation == "holds"
            and c.location.geometry.contains(BENGHAZI)]
    assert east
    assert all(c.date.start <= dt.date(2019, 4, 9) for c in east)
    assert not any(c.location.geometry.contains(TRIPOLI) for c in east)


@pytest.mark.parametrize("phrase", [
    "the base for the internationally recognized",
    "Government of National Accord based in Tripoli",
    "militias in Tripoli",
])
def test_seed_gna_holds_tripoli(all_claims, phrase):
    assert [c for c in all_claims if c.faction == "GNA" and c.relation == "holds"
            and c.location.name == "Tripoli" and phrase in c.evidence.sentence]


def test_seed_lna_expanding_south_containing_sabha(all_claims):
    south = [c for c in all_claims if c.faction == "LNA" and c.relation == "expanding"]
    assert south and south[0].location.geometry.contains(SABHA)


def test_seed_haftar_orders_attack_on_april_4(all_events):
    ev = find(all_events, "ordered an attack", event_type="Strategic developments")
    assert ev.date.start == dt.date(2019, 4, 4) and ev.actor1 == "LNA"


def test_seed_clashes_south_of_tripoli(all_events):
    ev = find(all_events, "clashes between Haftar", sub_event_type="Armed clash")
    assert (ev.actor1, ev.actor2) == ("LNA", "GNA")
    assert ev.location.precision == 2 and "Tripoli" in ev.location.name


def test_seed_airstrike_south_of_tripoli(all_events):
    ev = find(all_events, "airstrike", sub_event_type="Air/drone strike")
    assert ev.actor1 == "GNA" and ev.location.precision == 2


def test_seed_presidential_council_alert(all_events):
    ev = find(all_events, "military alert", event_type="Strategic developments")
    assert ev.actor1 == "GNA"


def test_seed_un_troops_on_high_alert_in_tripoli(all_events):
    ev = find(all_events, "high alert", event_type="Strategic developments")
    assert ev.actor1 == "UN" and ev.location.name == "Tripoli"


def test_seed_meetings_of_no_warring_sides_are_no_events(all_events):
    # the Security Council's meeting on Libya and a UN conference on elections: diplomacy about the war,
    # not talks between its sides or on a ceasefire (ACLED's strategic developments)
    assert not [e for e in all_events if "Security Council met" in e.evidence.sentence
                or "pre-scheduled UN conference" in e.evidence.sentence]


@pytest.mark.parametrize("word, year", [("coup", 1969), ("captured by Chadian", 1987), ("overthrow in 2011", 2011)])
def test_seed_background_keeps_year(all_events, word, year):
    ev = find(all_events, word, background=True)
    assert ev.date.start.year == year


def test_seed_exchange_of_fire_not_pinned_on_a_city(all_events):
    ev = find(all_events, "exchange of fire", event_type="Battles")
    assert ev.location.precision == 3 and ev.location_note
    assert ev.fatalities == 0


def test_seed_vague_clashes_reference_is_not_an_event(all_events):
    assert not [e for e in all_events if e.evidence.sentence.startswith("The clashes are worrying")]
