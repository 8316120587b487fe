"""A side taking a place nobody fought for ("entered X unopposed", "retook X after the rebels withdrew without a
fight", "handed it back under a deal") is ACLED's non-violent transfer of territory, by the side that took it,
and still a change of hands on the zone layer; a capture told with fighting stays a battle."""
import datetime as dt

from shapely.geometry import Point

from layers.zones import zone_timeline, zones_at
from reading.corpus import read_text


def read(nlp, text, published="2026-03-12"):
    return nlp(read_text(text, doc_id="t", published=published))


def kinds(doc):
    return [(e.event_type, e.sub_event_type, e.location.name if e.location else None) for e in doc.events]


def test_a_town_entered_unopposed_is_a_non_violent_transfer_by_the_side_entering(nlp):
    doc = read(nlp, "TRIPOLI - On Sunday, fighters of the Misrata brigades entered Sirte unopposed, residents said.")
    assert [(t, s) for t, s, _ in kinds(doc)] == [("Strategic developments", "Non-violent transfer of territory")], \
        doc.events
    assert doc.events[0].actor1 and "Misrata" in doc.events[0].actor1, doc.events


def test_a_town_taken_under_a_deal_is_a_non_violent_transfer_and_its_takers_zone(nlp):
    doc = read(nlp, "DAMASCUS - On 3 March, the Syrian Democratic Forces took control of Raqqa after government troops "
                    "withdrew under a deal brokered by Russia.")
    assert [(t, s) for t, s, _ in kinds(doc)] == [("Strategic developments", "Non-violent transfer of territory")], \
        doc.events
    took = [c for c in doc.claims if c.relation == "took"]
    assert len(took) == 1 and "SDF" in took[0].faction, doc.claims
    ev = doc.events[0]
    timeline = zone_timeline(doc.claims, doc.events, published={"t": dt.date(2026, 3, 12)})
    here = Point(ev.location.lon, ev.location.lat)
    assert [r.faction for r in zones_at(timeline, dt.date(2026, 3, 10)).itertuples()
            if r.geometry.covers(here)] == [took[0].faction], timeline


def test_a_retaking_after_a_withdrawal_without_a_fight_folds_the_withdrawal(nlp):
    doc = read(nlp, "ADDIS ABABA - On 2 March, Ethiopian troops regained control of Dessie after Tigrayan fighters "
                    "pulled out of the town without a fight, a local official said.")
    assert [(s, p) for _, s, p in kinds(doc)] == [("Non-violent transfer of territory", "Dessie")], doc.events
    assert [c.relation for c in doc.claims if c.relation == "took"] == ["took"], doc.claims


def test_a_capture_after_heavy_fighting_stays_a_battle(nlp):
    doc = read(nlp, "TRIPOLI - On Sunday, fighters of the Misrata brigades entered Sirte after three days of heavy "
                    "fighting with the militants, residents said.")
    assert {t for t, _, _ in kinds(doc)} == {"Battles"}, doc.events
    assert any(s.endswith("territory") for _, s, _ in kinds(doc)), doc.events


def test_a_capture_that_killed_people_stays_a_battle_even_told_as_unopposed_elsewhere(nlp):
    doc = read(nlp, "KABUL - Taliban fighters seized Ghazni on Friday, killing four policemen, after the governor "
                    "had said the city would fall without a fight.")
    assert [t for t, _, _ in kinds(doc)] == ["Battles"], doc.events
