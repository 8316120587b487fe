"""ev21: a force striking a port, airport, air base, refinery or power plant ("Russian forces struck a power
plant in Zaporizhzhia") is a strike from afar, placed at the town named; an earthquake, a ship or workers
"striking" a port are not. Sentences of our own."""
import pytest

from reading.corpus import read_text


def strikes(nlp, body):
    doc = nlp(read_text(f"t\n\n{body}", doc_id="t", published="2026-05-02", title="t"))
    return [e for e in doc.events if e.event_type == "Explosions/Remote violence"]


@pytest.mark.parametrize("body, actor, iso", [
    ("KYIV, May 2 - Russian forces struck a thermal power plant in Zaporizhzhia overnight.", "Russian forces", "UA"),
    ("SANAA, May 2 - US forces bombed the airport in Saada on Friday.", "American forces", "YE"),
    ("KHARTOUM, May 2 - RSF drones hit the oil refinery in Obeid on Sunday.", "RSF", "SD"),
])
def test_a_force_striking_an_installation_is_a_strike(nlp, body, actor, iso):
    got = strikes(nlp, body)
    assert [(e.actor1, e.location.country, e.location.precision) for e in got] == [(actor, iso, 1)], got


@pytest.mark.parametrize("body", [
    "ATHENS, May 2 - An earthquake struck the port of Patras on Friday.",
    "ROTTERDAM, May 2 - The container ship struck a port crane on Friday.",
    "MOMBASA, May 2 - Workers struck the port for a second day on Friday.",
])
def test_no_strike_on_an_installation(nlp, body):
    assert strikes(nlp, body) == []


def test_typhoon_jets_strike_and_a_typhoon_does_not(nlp):
    # (Eurofighter "Typhoons" are jets; a storm is "Typhoon Haikui" or "the typhoon")
    got = strikes(nlp, "SANAA, May 2 - RAF Typhoons struck two Houthi sites near Saada overnight.")
    assert [(e.actor1, e.location.country) for e in got] == [("British forces", "YE")], got
    assert strikes(nlp, "MANILA, May 2 - Typhoon Haikui pounded the port of Aparri on Friday.") == []
