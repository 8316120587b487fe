"""Wire copy read as an analyst would (session 19, prb): a dateline with its year dates the report, not the
event its lead tells on a weekday; a "since ... took up arms again in 2021" clause dates that start, not the
capture; a place someone was flown or extradited to is the journey's end, not where the event was.
Sentences of our own, with the real gazetteer and pipeline."""
import pytest

from reading.corpus import read_text
from reading.events import dateline_end


def read(nlp, text, published):
    return nlp(read_text(text, doc_id="t", published=published))


@pytest.mark.parametrize("text, rest", [
    ("KHARKIV, May 3, 2024 (AP) - Shells hit", "Shells hit"),
    ("JUBA, Feb 9 2023 (Reuters) - Troops", "Troops"),
    ("BENI, 14 June 2022 (AFP) - Rebels", "Rebels"),
    ("Kampala, 2 August 2023 - Gunmen", "Gunmen"),
    ("Addis Ababa, Nov 4, 2021 (Xinhua) - Fighting", "Fighting"),
])
def test_a_dateline_with_its_year_ends_before_the_lead(text, rest):
    assert text[dateline_end(text, 0):] == rest


@pytest.mark.parametrize("text", [
    "Kenya, 5 February - the talks resumed.",  # no year: a country and a day, not a dateline
    "Police said, 4 March 2020 - a date - was the last time he was seen.",
])
def test_no_dateline_without_a_town_and_its_full_date(text):
    assert dateline_end(text, 0) == 0


@pytest.mark.parametrize("text, published, day", [
    # (the weekday told further from the trigger than the dateline's day)
    ("KANO, Aug 21, 2023 (Reuters) - An air strike hit a crowded cattle market in the village of Maradun in the "
     "northwestern state of Zamfara on Saturday, killing nine people, residents said.", "2023-08-21", "2023-08-19"),
    ("Kinshasa, 12 May 2022 - A drone strike hit a primary school on the outskirts of the town of Beni in North Kivu "
     "province on Tuesday, killing six pupils, the army said.", "2022-05-12", "2022-05-10"),
])
def test_the_lead_weekday_dates_the_event_not_the_dateline(nlp, text, published, day):
    doc = read(nlp, text, published)
    assert [str(e.date.start) for e in doc.events] == [day]


def test_a_since_clause_start_does_not_date_the_capture(nlp):
    doc = read(nlp, "Islamist fighters have seized the town of Mocimboa da Praia, their boldest gain since the insurgents "
                    "resumed their campaign in 2019, officials said on Monday.", "2023-06-07")
    assert doc.events and all(e.date is None or e.date.start.year == 2023 for e in doc.events)
    assert all(c.date is None or c.date.start.year == 2023 for c in doc.claims)


def test_where_a_captive_was_flown_does_not_place_the_fighting(nlp):
    doc = read(nlp, "Clashes broke out in the state of Tamaulipas on Friday after a cartel leader was arrested and "
                    "flown to Mexico City.", "2023-03-12")
    places = [e.location.name for e in doc.events if e.location is not None]
    assert places and "Mexico City" not in places


@pytest.mark.parametrize("text, town", [
    ("Rebels attacked the town of Kalemie on Monday, and hundreds of families fled toward Moba.\n\n"
     "Troops launched a counter-attack on Tuesday, but the rebels still held most of the town.", "Kalemie"),
    ("Gangs attacked the town of Jacmel on Monday, killing five people. Thousands of residents fled towards Les Cayes "
     "and the coast.\n\nPolice launched a counter-offensive on Tuesday morning, but the gangs remained in control of "
     "most of the town, a local official said.", "Jacmel"),
])
def test_the_town_is_not_where_people_fled_toward(nlp, text, town):
    doc = read(nlp, text, "2023-09-06")
    assert len(doc.events) == 2 and {e.location.name for e in doc.events if e.location is not None} == {town}


def test_a_claim_saying_its_fighters_killed_is_the_attack_told_again(nlp):
    doc = read(nlp, "Al-Shabaab fighters stormed a military base in the town of Bulo Burde early on Wednesday, killing "
                    "at least 14 soldiers, local elders said.\n\nThe attack began at dawn when a car bomb exploded at "
                    "the gate of the base.\n\nAl-Shabaab claimed responsibility in a statement on a website linked to "
                    "the group, saying its fighters had killed 30 soldiers and seized weapons.", "2024-05-09")
    assert len([e for e in doc.events if e.event_type == "Battles"]) == 1


def test_a_titled_person_between_two_leaders_is_no_place():
    from reading.geoparse import geoparse

    text = ("Angola hosted talks on Friday between President William Ruto and Ugandan President Yoweri Museveni, "
            "who agreed to reopen the border.")
    assert [p["name"] for p in geoparse(text)] == ["Angola"]
