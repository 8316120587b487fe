"""evv: a sentence with no place and no day of its own, right after one telling a fight or a demonstration in its
paragraph, tells more of that happening ("A convoy was ambushed near X on Sunday. Gunmen opened fire on the lead
truck. One driver was killed and two were abducted."): one event, with the toll and the side the details add. One
more event told so ("Elsewhere, ..."), another kind of happening, or a new paragraph stays apart. Sentences of our
own (Nigeria, Niger, Kenya, Mali, Burkina Faso)."""
import datetime as dt

import pytest

from tests.reading.mapped_events import mapped, place_names, read_report


def test_details_of_an_ambush_are_that_ambush(nlp):
    evs = mapped(read_report(nlp, "MAIDUGURI, June 3 - A convoy of aid trucks was ambushed near Damboa on Sunday. "
                                  "Boko Haram fighters opened fire on the lead vehicle and set two trucks ablaze. One "
                                  "driver was killed and three were abducted."))
    assert len(evs) == 1, [(e.sub_event_type, e.location.name, e.date.start) for e in evs]
    assert place_names(evs) == ["near Damboa"] and evs[0].date.start == dt.date(2025, 6, 1)
    assert evs[0].fatalities == 1 and evs[0].actor1, evs[0]


@pytest.mark.parametrize("body", [
    "NAIROBI, June 3 - Hundreds of students marched in Mombasa on Monday against a new tax. Police and men in plain "
    "clothes chased protesters into side streets, witnesses said.",
    "LAGOS, June 3 - Hundreds of traders protested in Kano on Tuesday against new market fees. Demonstrators blocked "
    "the main gate of the market for three hours.",
])
def test_details_of_a_protest_are_that_protest(nlp, body):
    evs = mapped(read_report(nlp, body))
    assert len(evs) == 1, [(e.sub_event_type, e.location.name) for e in evs]


def test_a_riot_after_a_peaceful_march_stays_a_riot(nlp):
    evs = mapped(read_report(nlp, "NAIROBI, June 3 - Hundreds of students marched in Mombasa on Monday against a new "
                                  "tax. Protesters later burned tyres and threw stones at police."))
    assert "Riots" in [e.event_type for e in evs], [(e.sub_event_type, e.location.name) for e in evs]


def test_one_more_event_told_elsewhere_stays_apart(nlp):
    evs = mapped(read_report(nlp, "NIAMEY, June 3 - Gunmen attacked a market near Ayorou on Sunday, killing six "
                                  "traders. Elsewhere, gunmen killed three farmers."))
    assert len(evs) == 2, [(e.sub_event_type, e.location.name) for e in evs]


def test_a_new_paragraph_or_another_kind_stays_apart(nlp):
    evs = mapped(read_report(nlp, "BAMAKO, June 3 - Soldiers clashed with jihadists near Douentza on Sunday.\n\n"
                                  "Gunmen killed four herders."))
    assert len(evs) == 2, [(e.sub_event_type, e.location.name) for e in evs]
    evs = mapped(read_report(nlp, "OUAGADOUGOU, June 3 - Soldiers clashed with jihadists near Djibo on Sunday. "
                                  "Hundreds of residents protested against the insecurity."))
    assert sorted(e.event_type for e in evs) == ["Battles", "Protests"], [(e.sub_event_type, e.location.name)
                                                                          for e in evs]
