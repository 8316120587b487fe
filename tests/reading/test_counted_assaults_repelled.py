"""Assaults repelled by the dozen ("repelled 56 Russian assaults", "fought off more than 20 Azerbaijani attacks") are
the attackers' (actor1, as one "Russian assault" is: evd, the side that repelled them actor2); bare "troops" right after a state's voice
("Ukraine's General Staff said on Monday that troops ...") are that state's forces."""
import pytest

from tests.reading.mapped_events import mapped, read_report


def sides(nlp, body):
    doc = read_report(nlp, body, published="2025-03-10", title="Front line")
    return [(e.actor1, e.actor2) for e in mapped(doc) if e.event_type == "Battles"]


@pytest.mark.parametrize("body, pair", [
    ("Ukraine's General Staff said on Monday that troops had repelled 56 Russian assaults along the Pokrovsk front.",
     ("Russian forces", "Ukrainian forces")),
    ("Armenian forces repelled more than 20 Azerbaijani attacks near Sotk on Tuesday, the ministry said.",
     ("Azerbaijani forces", "Armenian forces")),
    ("Armenia's defence ministry said troops had repelled an Azerbaijani attack near Jermuk on Monday.",
     ("Azerbaijani forces", "Armenian forces")),
])
def test_the_counted_assaults_are_the_other_side(nlp, body, pair):
    assert sides(nlp, body) == [pair]
