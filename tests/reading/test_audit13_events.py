"""Audit 13 (event-reading errors left by the session): an attack retold mid-sentence by a speaker ("officials
said the strikes killed ...") is the attack told before. Sentences unlike the gold's (other conflicts and places)."""
import pytest

from reading.corpus import read_text
from tests.reading.mapped_events import mapped


def read(nlp, title, body, published="2026-05-02"):
    return nlp(read_text(f"{title}\n\n{body}", doc_id="t", published=published, title=title))


# (a) "<speaker> said the strikes killed three people": a retelling, its toll the attack's
@pytest.mark.parametrize("title, body, toll", [
    ("Strikes hit Hodeidah port",
     "ADEN, May 2 - U.S. strikes hit a port near Hodeidah on Thursday. Houthi officials said the strikes killed "
     "three people near the port, a spokesman said.", 3),
    ("Base attacked near Jilib",
     "MOGADISHU, May 2 - Al-Shabaab fighters attacked an army base near Jilib on Thursday.\n\n"
     "A military commander said the attack killed six soldiers.", 6),
    ("Jets strike Saada",  # (the speaker's day between the verb and the retelling)
     "RIYADH, May 2 - Coalition jets struck a weapons depot near Saada on Thursday.\n\n"
     "Houthi-run Al-Masirah TV said on Friday that the strikes killed two guards, a claim the coalition denied.", 2),
])
def test_an_attack_retold_by_a_speaker_is_one_event(nlp, title, body, toll):
    doc = read(nlp, title, body)
    violent = [e for e in mapped(doc) if e.event_type != "Protests" and e.event_type != "Riots"]
    assert [(e.date.start.isoformat(), e.fatalities) for e in violent] == [("2026-04-30", toll)], doc.events


def test_a_speakers_new_attack_with_its_own_day_stays(nlp):
    doc = read(nlp, "Two days of strikes",
               "KYIV, May 2 - Russian forces shelled Bilopillia on Thursday.\n\n"
               "On Friday, Russian drones struck Sumy, and officials said the strikes killed four people.")
    strikes = sorted((e.date.start.isoformat(), e.fatalities) for e in mapped(doc)
                     if e.event_type == "Explosions/Remote violence")
    assert strikes == [("2026-04-30", None), ("2026-05-01", 4)], doc.events


# (b) "The missile hit a school in the Saltivka district" after "A missile struck Kharkiv": a detail of that event
@pytest.mark.parametrize("title, body, town", [
    ("Missile hits Kharkiv",  # (a district inside the city's shape)
     "KYIV, May 2 - A Russian missile struck Kharkiv on Thursday, killing two people.\n\n"
     "The missile hit a school in the Saltivka district, the mayor said.", "Kharkiv"),
    ("Shelling of Donetsk",  # (a district whose namesake the gazetteer knows only far away)
     "MOSCOW, May 2 - Ukrainian shelling hit Donetsk on Thursday, killing three civilians.\n\n"
     "The shells hit a market in the Kirovsky district, the city's mayor said.", "Donetsk"),
])
def test_a_district_of_the_events_town_is_that_event(nlp, title, body, town):
    doc = read(nlp, title, body)
    strikes = [e for e in mapped(doc) if e.event_type == "Explosions/Remote violence"]
    assert [(e.location.name, e.date.start.isoformat()) for e in strikes] == [(town, "2026-04-30")], doc.events


def test_a_town_outside_the_events_town_stays_its_own_place(nlp):
    doc = read(nlp, "Missile hits Kharkiv",
               "KYIV, May 2 - A Russian missile struck Kharkiv on Thursday, killing two people.\n\n"
               "The missile hit a school in the Chuhuiv district, 40 km east of the city, the governor said.")
    strikes = [e for e in mapped(doc) if e.event_type == "Explosions/Remote violence"]
    assert len(strikes) == 2 and strikes[1].location.name.endswith("Chuhuyiv"), doc.events


# (c) a capital's dateline is where the report was filed: a fight at a place not found goes to the area named around it
@pytest.mark.parametrize("title, body, area", [
    ("Gunmen attack villagers",
     "ABUJA, May 2 - Bandits attacked villagers near the Kuyambana forest reserve on Sunday, killing 14 people, "
     "residents said. The reserve lies in Zamfara State.", "Zamfara"),
    ("Camp attacked",
     "BAMAKO, May 2 - Jihadists attacked an army camp near the Wagadou forest on Thursday, killing nine soldiers, "
     "the army said. The forest lies in the Segou region.", "Ségou"),
])
def test_a_fight_off_the_capital_is_placed_in_the_area_named(nlp, title, body, area):
    doc = read(nlp, title, body)
    fights = [e for e in mapped(doc) if e.event_type in ("Battles", "Violence against civilians")]
    assert len(fights) == 1 and fights[0].location.name == area, doc.events
    assert fights[0].location.precision == 3 and fights[0].location_note, doc.events


def test_an_area_holding_the_capital_leaves_the_capital(nlp):
    doc = read(nlp, "Car bomb",
               "BAGHDAD, May 2 - A car bomb exploded near the Al-Mutanabbi book market on Thursday, killing five "
               "people, police said. The market lies in the heart of Baghdad Governorate.")
    blasts = [e for e in mapped(doc) if e.event_type == "Explosions/Remote violence"]
    assert [e.location.name for e in blasts] == ["Baghdad"], doc.events
