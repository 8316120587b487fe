"""One attack wave is one event: the drones or missiles of a strike shot down (told in its sentence or the
next) are part of that strike, not a "Disrupted weapons use" event besides it; "launched 300 drones" is a
strike even with no "at" after it. Interceptions of something else (an aircraft, a bomb defused) and
interceptions told alone stay events. Sentences of several conflicts."""
from reading.corpus import read_text

REMOTE = "Explosions/Remote violence"


def read(nlp, text, published="2025-04-09"):
    return nlp(read_text(text, doc_id="t", published=published))


def types(doc):
    return sorted((e.event_type, e.sub_event_type) for e in doc.events)


def test_launched_drones_of_which_some_were_shot_down(nlp):
    doc = read(nlp, "Russia launched 212 drones overnight, of which 187 were shot down, the Ukrainian air force said.")
    assert types(doc) == [(REMOTE, "Air/drone strike")], doc.events


def test_interceptions_told_in_the_next_sentence(nlp):
    doc = read(nlp, "Iran fired dozens of missiles at Israel on Tuesday night. Israeli air defences intercepted most "
                    "of them, the military said.")
    assert [e.event_type for e in doc.events] == [REMOTE], doc.events


def test_a_wave_with_a_toll_and_its_interceptions(nlp):
    doc = read(nlp, "Russia launched 90 drones and 12 missiles at Ukraine overnight, killing four people in Dnipro. "
                    "Air defences downed 70 of the drones, officials said.")
    got = [e for e in doc.events if e.event_type == REMOTE]
    assert len(doc.events) == len(got) and any(e.fatalities == 4 for e in got), doc.events


def test_a_jet_shot_down_is_its_own_event(nlp):
    doc = read(nlp, "Russian drones struck Sumy overnight. Ukrainian forces shot down a Russian Su-25 jet over "
                    "Zaporizhzhia on Monday.")
    assert ("Strategic developments", "Disrupted weapons use") in types(doc), doc.events


def test_interceptions_told_alone_stay_an_event(nlp):
    doc = read(nlp, "The Israeli military said it intercepted two drones launched from Yemen on Friday.")
    assert types(doc) == [("Strategic developments", "Disrupted weapons use")], doc.events


def test_a_bomb_defused_is_no_part_of_a_rocket_attack(nlp):
    doc = read(nlp, "Police defused a bomb outside a school in Peshawar on Monday. A rocket hit a market in "
                    "Bannu the same day.")
    assert ("Strategic developments", "Disrupted weapons use") in types(doc), doc.events
