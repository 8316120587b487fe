"""ev14: maritime advisories tell an attack in two sentences ("UKMTO has received a report of an incident 40
nautical miles south-east of Aden at 0610 UTC on 3 May. The vessel was hit by an unknown projectile."): the
second is the event, at the first one's place and day; a ship "hit by an unknown projectile" is struck from afar,
one struck by "an uncrewed surface vessel" or "an explosive-laden boat" by an explosive. An incident that was no attack (a
skiff that turned away) gives none. Sentences of our own."""
import pytest

from tests.reading.mapped_events import mapped, read_report


def test_an_advisory_tells_the_attack_after_the_incident(nlp):
    body = ("UKMTO has received a report of an incident 40 nautical miles south-east of Aden, Yemen, at 0610 UTC "
            "on 3 May 2025.\n\nThe Master reports that the vessel was hit by an unknown projectile on the bow. "
            "The crew are safe.")
    evs = mapped(read_report(nlp, body, published="2025-05-05", title="UKMTO warning 012/2025"))
    assert [(e.event_type, e.date.start.isoformat(), e.location.country) for e in evs] == [
        ("Explosions/Remote violence", "2025-05-03", "YE")], evs
    assert "Aden" in evs[0].location.name


@pytest.mark.parametrize("body, sub", [
    ("A tanker was struck by an explosive-laden boat off Ras Isa on Tuesday, the maritime agency said.",
     "Remote explosive/landmine/IED"),
    ("An explosive-laden uncrewed surface vessel rammed a bulk carrier off Mokha on Tuesday.",
     "Remote explosive/landmine/IED"),
    ("A container ship was hit by an unknown projectile off Aden on Tuesday, the agency said.",
     "Shelling/artillery/missile attack"),
])
def test_a_ship_struck_by_a_drone_boat_or_a_projectile(nlp, body, sub):
    evs = mapped(read_report(nlp, body, published="2025-05-08", title="Ship attacked"))
    assert [(e.event_type, e.sub_event_type) for e in evs] == [("Explosions/Remote violence", sub)], evs


def test_an_incident_that_was_no_attack_gives_no_event(nlp):
    body = ("UKMTO has received a report of an incident 30 nautical miles west of Mokha, Yemen, on 3 May 2025.\n\n"
            "A skiff approached the vessel and turned away after the crew raised the alarm. The vessel is "
            "proceeding to its next port of call.")
    assert mapped(read_report(nlp, body, published="2025-05-05", title="UKMTO advisory")) == []
