"""Audit 4 (unseen wire, live-blog, OCHA and ISW-style reports): events and actors.
Sentences unlike the audit corpus's (other places and names)."""
import pytest

from reading.corpus import read_text
from reading.pipeline import default_pipeline


@pytest.fixture(scope="module")
def nlp():
    return default_pipeline(profile=None)


def read(nlp, text, published="2023-10-18"):  # a Wednesday
    return nlp(read_text(text, doc_id="t", published=published))


def rows(doc):
    return [(e.sub_event_type, e.actor1, getattr(e.location, "name", None), e.fatalities) for e in doc.events]


# --- "<demonym> strikes hit ...": an air strike, the demonym's forces acting, placed where they hit --------


@pytest.mark.parametrize("text, actor", [
    ("Turkish strikes hit Kurdish militant positions in northern Iraq on Monday.", "Turkish forces"),
    ("Russian strikes on Zaporizhzhia killed three people on Tuesday, the governor said.", "Russian forces"),
    ("Pakistani strikes targeted hideouts in Afghanistan's Paktika province overnight.", "Pakistani forces"),
    ("Warplanes carried out at least a dozen strikes on Idlib on Sunday.", ""),
    ("Israeli jets carried out more than 20 strikes on Rafah overnight.", "Israeli forces"),
])
def test_demonym_strikes_are_air_strikes(nlp, text, actor):
    got = rows(read(nlp, text))
    assert got and got[0][0] == "Air/drone strike", got
    assert got[0][1] == actor, got
    assert "Russia" not in {g[2] for g in got} and "Turkey" not in {g[2] for g in got}, got


@pytest.mark.parametrize("text", [
    "Rail strikes hit services across Britain on Tuesday.",
    "French strikes hit flights and trains in Paris on Tuesday.",
    "Teachers' strikes in Nairobi continued on Monday.",
])
def test_labour_strikes_are_no_air_strike(nlp, text):
    assert not [r for r in rows(read(nlp, text)) if r[0] == "Air/drone strike"]


@pytest.mark.parametrize("text", [
    "Militants dropped explosives from a drone on an army post in Bannu on Sunday.",
    "ISWAP fighters attacked a base in Monguno with grenades launched from drones on Friday.",
])
def test_explosives_dropped_from_drones(nlp, text):
    assert [r for r in rows(read(nlp, text)) if r[0] == "Air/drone strike"], rows(read(nlp, text))


# --- organised-crime groups named after a place: the group acts -----------------------------------


@pytest.mark.parametrize("text, actor", [
    ("Members of the Gulf Cartel clashed with soldiers in Reynosa on Sunday.", "Gulf Cartel"),
    ("Gunmen of the Juarez Cartel killed four police officers in Chihuahua on Monday.", "Juarez Cartel"),
    ("The Tijuana cartel ambushed a patrol near Ensenada on Friday.", "Tijuana cartel"),
])
def test_cartel_named_after_a_place_is_the_actor(nlp, text, actor):
    got = rows(read(nlp, text))
    assert got and actor in {g[1] for g in got}, got


# --- a headline retold by the body is one event -----------------------------------------------------


@pytest.mark.parametrize("text, published", [
    ("Drone strike on Kharkiv apartment block kills 14\n\nKYIV (AP) - A Russian drone hit an apartment block in Kharkiv "
     "on Sunday, killing at least 14 people, officials said.", "2024-06-03"),
    ("Bomb attack on Kabul mosque kills 21\n\nKABUL (Reuters) - A suicide bomber blew himself up inside a mosque in Kabul "
     "on Friday, killing 21 worshippers, police said.", "2024-06-08"),
    ("Army raid in Nablus kills seven\n\nIsraeli forces killed seven Palestinians in raids across the northern West Bank "
     "on Tuesday, the health ministry said.", "2024-06-05"),
    ("Soldiers, militants clash in Khyber\n\nPESHAWAR - Security forces killed four TTP militants in a gunfight in the "
     "Tirah valley of Khyber district on Monday, the military said.", "2024-06-04"),
])
def test_headline_retold_by_the_body_is_one_event(nlp, text, published):
    doc = read(nlp, text, published)
    assert len(doc.events) == 1, rows(doc)
    assert doc.events[0].evidence.start > text.index("\n"), rows(doc)  # the body's, with its own date


def test_headline_of_another_event_stays(nlp):
    doc = read(nlp, "Bandits kidnap 20 in Zamfara village\n\nSeparately, soldiers clashed with ISWAP fighters near "
                    "Monguno on Monday, killing 12 insurgents.", "2024-06-05")
    assert len(doc.events) == 2, rows(doc)
