"""An end-to-end audit on new theatres (eastern Congo, Syria 2024, Kursk, Myanmar, Sudan, the Sahel,
Lebanon, Somalia): events and claims. Sentences unlike the audit corpus's (other places and names)."""
import pytest

from reading.corpus import read_text


def read(nlp, text, published="2023-10-18", title=None):  # a Wednesday
    return nlp(read_text(text, doc_id="t", published=published, title=title))


def rows(doc):
    return [(e.sub_event_type, e.actor1, getattr(e.location, "name", None)) for e in doc.events]


# --- who tells of a capture by others did not make it ----------------------------------------------


@pytest.mark.parametrize("text, teller", [
    ('The Ethiopian army admitted on Monday that "extremist elements" had entered the town of Dessie.', "Ethiopian"),
    ("Mozambique's defence ministry acknowledged that insurgent groups had overrun the port of Palma.", "Mozambi"),
    ("The Nigerian army conceded on Tuesday that armed gangs had seized the town of Gwoza.", "Nigerian"),
])
def test_the_teller_of_a_capture_by_others_is_not_the_taker(nlp, text, teller):
    doc = read(nlp, text)
    assert doc.events, rows(doc)
    assert not [e for e in doc.events if teller in (e.actor1 or "")], rows(doc)
    assert not [c for c in doc.claims if teller in c.faction], [(c.faction, c.relation) for c in doc.claims]


@pytest.mark.parametrize("text", [
    "The Ethiopian army said on Monday that its troops had recaptured the town of Dessie.",
    "The Ethiopian army said on Monday that troops had recaptured the town of Dessie.",
    "The Ethiopian army said on Monday that it had recaptured the town of Dessie.",
])
def test_the_teller_of_its_own_capture_stays_the_taker(nlp, text):
    doc = read(nlp, text)
    assert [e for e in doc.events if "Ethiopian" in (e.actor1 or "")], rows(doc)


# --- "in November last year": the year before publication's --------------------------------------


@pytest.mark.parametrize("text, start, end", [
    ("Rebels overran the garrison at Kutkai in October last year.", "2023-10-01", "2023-10-31"),
    ("The town fell on 2 March last year after a long siege.", "2023-03-02", "2023-03-02"),
    ("The militia withdrew on Nov. 30 of last year.", "2023-11-30", "2023-11-30"),
    ("Talks are set for February next year.", "2025-02-01", "2025-02-28"),
    ("Fighting flared in early May this year.", "2024-05-01", "2024-05-10"),
])
def test_a_month_or_day_told_with_last_or_next_year_takes_that_year(text, start, end):
    import datetime as dt

    from reading.dates import find_dates
    found = [m for m in find_dates(text, published=dt.date(2024, 12, 9)) if m.date is not None]
    assert [(m.date.start.isoformat(), m.date.end.isoformat()) for m in found] == [(start, end)], found


def test_last_years_in_the_next_clause_is_not_the_months_year():
    import datetime as dt

    from reading.dates import find_dates
    found = find_dates("Shelling resumed in November, last year's truce having collapsed.", published=dt.date(2024, 12, 9))
    assert found[0].date.start == dt.date(2024, 11, 1)


# --- a village not found, placed by the area named beside it: that area did not change hands ------


@pytest.mark.parametrize("text, taker", [
    # the first word of the name is a place far away ("Malaya", PH), the name is read as not found
    ("On Friday Russian troops seized Malaya Kamyshevakha, east of Izium.", "Russian forces"),
    ("M23 fighters captured Nyabiondo-Qwer, west of Goma, on Monday.", "M23"),
])
def test_a_village_not_found_next_to_an_area_draws_no_zone_over_that_area(nlp, text, taker):
    from layers.zones import zone_timeline
    doc = read(nlp, text, published="2025-03-13")
    taken = [e for e in doc.events if e.actor1 == taker and "territory" in e.sub_event_type]
    assert taken, rows(doc)
    assert "W409" in [p.code for p in doc.problems]
    assert zone_timeline(doc.claims, doc.events).empty


# --- "since the war began in April 2023": the war's date, not the event's ---------------------------


@pytest.mark.parametrize("text, day", [
    ("Ethiopian troops have retaken Lalibela, their biggest gain since the offensive began in July 2021.", "2023-10-18"),
    ("Mozambique's army said on Sunday it had recaptured Mocimboa da Praia, the first town regained since the "
     "insurgency erupted in 2017.", "2023-10-15"),
    ("Haitian police have retaken the town of Mirebalais, the first success since the state of emergency was "
     "declared in March.", "2023-10-18"),
])
def test_a_date_after_since_something_began_is_not_the_events(nlp, text, day):
    doc = read(nlp, text)
    assert doc.events, rows(doc)
    # (the day the event ends by: "said on Sunday it had recaptured" spans the day before to the day told)
    assert [e.date.end.isoformat() for e in doc.events if not e.background] == [day] * len(
        [e for e in doc.events if not e.background]) and not [e for e in doc.events if e.background], \
        [(e.date, e.background) for e in doc.events]


# --- a capture retold by a later sentence naming nobody is the same capture ------------------------


@pytest.mark.parametrize("text, town", [
    ("Nigerian troops recaptured Gwoza on Sunday, the defence ministry said. "
     "Soldiers entered the town from the south and took control of its market.", "Gwoza"),
    ("The Ethiopian army retook Lalibela on Sunday, a spokesman said. Troops moved into the town at dawn and "
     "seized its airport.", "Lalibela"),
])
def test_a_capture_retold_by_a_later_sentence_is_one_event(nlp, text, town):
    doc = read(nlp, text)
    taken = [e for e in doc.events if "territory" in e.sub_event_type and town in getattr(e.location, "name", "")]
    assert len(taken) == 1 and taken[0].actor1, rows(doc)


# --- "fought alongside": allies, no fight told -------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Chadian soldiers, who had fought alongside French troops in northern Mali, began leaving Tessalit on Monday.",
    "The militia, which fought side by side with the army last year, handed in its weapons in Bunia on Monday.",
])
def test_fighting_alongside_someone_is_no_clash(nlp, text):
    doc = read(nlp, text)
    assert not [e for e in doc.events if e.sub_event_type == "Armed clash"], rows(doc)


def test_fighting_alongside_someone_against_another_is_a_clash(nlp):
    doc = read(nlp, "Local militiamen fought alongside the army against ISWAP fighters near Monguno on Monday.")
    assert [e for e in doc.events if e.sub_event_type == "Armed clash"], rows(doc)


# --- "the rebels" are not the group named as the army's helper --------------------------------------


@pytest.mark.parametrize("text", [
    "Central African troops, backed by Wagner mercenaries, retook Bambari on Friday. On Sunday the rebels shelled the town.",
    "An army convoy, accompanied by fighters of the private military company Wagner, reached Anefis on Friday. "
    "The rebels ambushed it near Tarkint on Sunday.",
])
def test_the_rebels_are_not_the_armys_helper(nlp, text):
    doc = read(nlp, text)
    later = [e for e in doc.events if e.date is not None and e.date.start.isoformat() == "2023-10-15"]
    assert later and not [e for e in later if "Wagner" in (e.actor1 or "")], rows(doc)


def test_the_rebels_are_still_the_group_named_before(nlp):
    doc = read(nlp, "M23 fighters seized Rubaya on Friday. On Sunday the rebels shelled the town of Sake.")
    assert [e for e in doc.events if e.actor1 == "M23" and e.date.start.isoformat() == "2023-10-15"], rows(doc)
