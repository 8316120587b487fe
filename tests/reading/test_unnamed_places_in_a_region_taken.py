"""An unnamed place taken inside a named region ("captured the district centre in X province", "took several
localities in the Y region", "overran an army base in Z state") changed hands, not the region: the territory
event keeps the region as where it happened, with the W409 note, and no zone is drawn over the region.
Own sentences (other places and sides than the golds')."""
import pytest

from tests.reading.mapped_events import held_sides as held, read_report as read


@pytest.mark.parametrize("body", [
    "KABUL, June 3 - Taliban fighters captured the district centre in Badakhshan province on Monday, officials said.",
    "BAMAKO, June 3 - JNIM militants took control of several localities in the Mopti region, local officials said.",
    "YANGON, June 3 - Arakan Army fighters captured several settlements in Chin State on Tuesday, residents said.",
])
def test_an_unnamed_place_taken_in_a_region_draws_no_zone_over_it(nlp, body):
    doc = read(nlp, body)
    taken = [e for e in doc.events if "territory" in e.sub_event_type]
    assert taken and all(e.location_note.startswith("Territory event: the place taken") for e in taken), taken
    assert not [c for c in doc.claims if c.relation == "took"], doc.claims
    assert held(doc) == []


def test_a_base_taken_in_a_region_draws_no_zone_over_it(nlp):
    doc = read(nlp, "KHARTOUM, June 3 - RSF fighters took control of an army base in Gedaref state on Sunday, "
                    "witnesses said.")
    assert not [c for c in doc.claims if c.relation == "took"], doc.claims
    assert held(doc) == []


def test_a_region_taken_whole_is_still_drawn(nlp):
    doc = read(nlp, "KABUL, June 3 - Taliban fighters took control of Badakhshan province on Monday, officials said.")
    assert held(doc) == ["Taliban"]


@pytest.mark.parametrize("body", [
    "KABUL, June 3 - Taliban fighters captured Afghanistan's second- and third-largest cities on Friday.",
    "KHARTOUM, June 3 - The RSF seized Sudan's second city on Monday after weeks of fighting.",
    "BAMAKO, June 3 - JNIM militants overran Mali's fourth-largest town on Sunday, residents said.",
])
def test_a_town_the_country_s_possessive_ranks_is_not_the_country_taken(nlp, body):
    doc = read(nlp, body)
    assert [e for e in doc.events if "territory" in e.sub_event_type], doc.events
    assert not [c for c in doc.claims if c.relation == "took"], doc.claims
    assert held(doc) == []


def test_a_named_town_the_country_s_possessive_describes_is_not_the_country_taken(nlp):
    doc = read(nlp, "KYIV, June 3 - Russian forces captured Ukraine's eastern town of Pokrovsk on Monday.")
    assert [e.location.name for e in doc.events if "territory" in e.sub_event_type] == ["Pokrovsk"]
    assert not [c for c in doc.claims if getattr(c.location, "is_whole_country", False)], doc.claims
