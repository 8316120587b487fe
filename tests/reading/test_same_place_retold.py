"""A fight with no day of its own, told right after a fight the text dates, at a place that sentence names, is
an account of that fight: of its day, not of the publication day. Sentences of our own."""
import datetime as dt

import pytest

from reading.corpus import read_text
from tests.reading.mapped_events import mapped


def read(nlp, text, published="2025-06-11"):
    return mapped(nlp(read_text(text, doc_id="t", published=published)))


@pytest.mark.parametrize("text, day", [
    ("Rebels attacked the town of Kalehe on Sunday, and three civilians died in crossfire. Government troops "
     "killed 15 rebels in Kalehe, an army spokesman said.", dt.date(2025, 6, 8)),
    ("Heavy fighting broke out on Monday near the Chaman crossing, where residents said five people were hurt. "
     "The border police said they had killed 20 attackers at Chaman.", dt.date(2025, 6, 9)),
])
def test_a_fight_retold_at_the_place_just_named_keeps_its_day(nlp, text, day):
    evs = read(nlp, text)
    assert evs and all(e.date.start == day for e in evs), [(e.event_type, e.date) for e in evs]


def test_a_fight_elsewhere_with_no_day_keeps_the_publication_day(nlp):
    evs = read(nlp, "Rebels attacked the town of Kalehe on Sunday. Gunmen killed four farmers in Rutshuru "
                    "territory, a local official said.")
    days = {e.location.name if e.location else e.location_note: e.date.start for e in evs}
    assert dt.date(2025, 6, 11) in days.values(), days


@pytest.mark.parametrize("text, day", [
    ("Jihadists attacked the town of Djibo on Saturday, a security source said.\n\nAbout 200 fighters entered the "
     "town from the east and burned the market, residents said.", dt.date(2025, 6, 7)),
    ("ISWAP fighters attacked the town of Monguno on Monday. Gunmen also killed nine fishermen outside the town, "
     "a militia leader said.", dt.date(2025, 6, 9)),
])
def test_a_fight_in_the_town_just_named_keeps_its_day(nlp, text, day):
    """"the town" of the next sentence is the place of the dated fight told before it: the same story, its day."""
    evs = read(nlp, text)
    assert len(evs) >= 2 and all(e.date.start == day for e in evs), [(e.sub_event_type, e.date) for e in evs]
