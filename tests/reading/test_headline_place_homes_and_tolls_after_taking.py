"""evu: three readings of a report's own words. (a) A headline's place is the desk's shorthand when the body tells
the one act of that kind somewhere else and never names the headline's place ("Russia shells Kharkiv highway" over
"shelled the highway north of Izium on Sunday"): one event, the body's. (b) A casualty's home district ("Sepoy X, a
resident of Y", "(age 23, resident of Y district)", "a native of Y", "hailing from Y") is where the dead came from,
not where they fought. (c) A toll "after its capture" is of the taking's day told just before, not the publication
day. Sentences of our own (Ukraine, Pakistan, the Philippines, Nigeria, DR Congo, Burkina Faso)."""
import datetime as dt

import pytest

from tests.reading.mapped_events import mapped, place_names, read_report


def test_headline_place_folds_into_the_one_act_the_body_tells_elsewhere(nlp):
    evs = mapped(read_report(nlp, "KYIV, June 3 - Russian forces shelled the highway north of Izium on Sunday, "
                                  "the regional governor said.", "2025-06-03", "Russia shells Kharkiv highway"))
    assert len(evs) == 1, [(e.sub_event_type, e.location.name) for e in evs]
    assert evs[0].date.start == dt.date(2025, 6, 1)
    assert "Kharkiv" not in place_names(evs)


def test_headline_place_kept_when_the_body_tells_two_such_acts_elsewhere(nlp):
    evs = mapped(read_report(nlp, "KYIV, June 3 - Russian forces shelled the highway north of Izium on Sunday, "
                                  "the regional governor said. Russian artillery also shelled Kherson on Monday.",
                             "2025-06-03", "Russia shells Kharkiv highway"))
    assert "Kharkiv" in place_names(evs), place_names(evs)


@pytest.mark.parametrize("body, home", [
    ("Lance Naik Imran, hailing from Chakwal, was killed when militants attacked a post in the Spinwam area on "
     "Monday.", "Chakwal"),
    ("Private Ramon Diaz, a native of Iloilo, was killed when rebels ambushed a patrol in the hills on Sunday, "
     "the army said.", "Iloilo"),
    ("Troops killed four militants in the Dossali area on Monday, while Sepoy Amir Khan (age 23, resident of "
     "Mianwali district) embraced shahadat.", "Mianwali"),
])
def test_a_casualty_home_district_is_not_where_the_fight_was(nlp, body, home):
    evs = mapped(read_report(nlp, body, "2025-05-08"))
    assert evs, "the fight is still an event"
    assert not any(home in (n or "") for n in place_names(evs)), place_names(evs)


def test_a_home_district_beside_the_named_fight_leaves_the_fight_there(nlp):
    evs = mapped(read_report(nlp, "Sepoy Ahmed, a resident of Swat, embraced martyrdom when militants attacked a "
                                  "police post in Kohat on Monday.", "2025-05-08"))
    assert place_names(evs) == ["Kohat"]


def test_a_witness_resident_still_places_the_event(nlp):
    evs = mapped(read_report(nlp, "A resident of Kaya said gunmen attacked the market on Monday.", "2025-05-08"))
    assert place_names(evs) == ["Kaya"]


@pytest.mark.parametrize("body, taken", [
    ("Rebels captured Rutshuru on 12 May after heavy fighting. Local groups said the rebels killed at least 30 "
     "civilians in the town after its capture.", dt.date(2025, 5, 12)),
    ("Jihadists seized Djibo on 3 May. Witnesses said the fighters executed 12 men in the town after seizing it.",
     dt.date(2025, 5, 3)),
])
def test_a_toll_after_the_taking_is_of_the_taking_day(nlp, body, taken):
    evs = mapped(read_report(nlp, body, "2025-05-20"))
    tolls = [e for e in evs if e.fatalities]
    assert tolls and all(e.date.start == taken for e in tolls), [(e.fatalities, e.date) for e in evs]


def test_a_toll_after_the_fall_of_another_named_town_is_not_of_that_taking(nlp):
    evs = mapped(read_report(nlp, "Rebels captured Rutshuru on 12 May. Gunmen killed 8 people in Kiwanja after the "
                                  "fall of Goma, residents said.", "2025-05-20"))
    assert [e.date.start for e in evs if e.fatalities] != [dt.date(2025, 5, 12)]


def test_a_headline_town_that_is_no_road_stays_its_own_event(nlp):
    evs = mapped(read_report(nlp, "ABUJA, June 3 - Bandits attacked a police post in Gusau on Sunday, police said.",
                             "2025-06-03", "Gunmen attack police in Katsina"))
    assert "Katsina" in " ".join(n or "" for n in place_names(evs)), place_names(evs)
