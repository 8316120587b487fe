"""ev21: a strike by a country's forces, reported from a dateline in that same country ("JERUSALEM - Israeli
jets ...", "KYIV - Ukrainian drones ..."), is not placed at the dateline's town: the attacker's home says
nothing of where it struck (placed in the other country the article names, else unplaced with a note). A
state striking a group that fights at home, rebels or militants keeps the dateline near it. Sentences of
our own."""
import pytest

from reading.corpus import read_text


def strikes(nlp, body):
    doc = nlp(read_text(f"t\n\n{body}", doc_id="t", published="2026-05-02", title="t"))
    return [e for e in doc.events if e.event_type == "Explosions/Remote violence"]


@pytest.mark.parametrize("body, home", [
    ("JERUSALEM, May 2 - Israeli warplanes hit two fishing boats off the coast on Friday.", "IL"),
    ("KYIV, May 2 - Ukrainian drones struck an oil depot overnight, officials said.", "UA"),
    ("LONDON, May 2 - British jets bombed an ammunition depot on Tuesday, the defence ministry said.", "GB"),
])
def test_the_attackers_dateline_does_not_place_its_strike(nlp, body, home):
    got = strikes(nlp, body)
    assert len(got) == 1, got
    assert got[0].location is None or got[0].location.country != home, got[0].location
    assert "attacker" in got[0].location_note


def test_the_other_country_the_article_names_places_it(nlp):
    body = ("MOSCOW, May 2 - Russian drones struck an oil depot overnight, officials said. "
            "Ukraine said the fire was put out by morning.")
    got = strikes(nlp, body)
    assert [getattr(e.location, "country", None) for e in got] == ["UA"], got


@pytest.mark.parametrize("body, town", [
    ("MAIDUGURI, May 2 - Nigerian jets bombed Boko Haram camps on Sunday, the air force said.", "Maiduguri"),
    ("PESHAWAR, May 2 - Pakistani jets struck militant hideouts on Sunday.", "Peshawar"),
])
def test_a_strike_on_foes_at_home_keeps_the_dateline(nlp, body, town):
    got = strikes(nlp, body)
    assert [getattr(e.location, "name", None) for e in got] == [town], got
