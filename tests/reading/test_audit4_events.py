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
