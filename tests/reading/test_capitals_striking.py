"""A capital as the subject of a violent verb is its state's forces ("Washington bombed rebel positions near
Saada": American forces), and the strike is placed where it hit, not at the capital. Bombing, pounding or
hammering a side's positions is a strike (bombed: from the air; pounded, hammered, struck, targeted: shelling,
unless aircraft did it); "positions on" an issue are no target."""
import pytest

from reading.corpus import read_text


def read(nlp, body, title="t", published="2026-05-02"):
    return nlp(read_text(f"{title}\n\n{body}", doc_id="t", published=published, title=title))


def strikes(doc):
    return [(e.sub_event_type, e.actor1, e.location.name if e.location else None) for e in doc.events
            if e.event_type == "Explosions/Remote violence"]


@pytest.mark.parametrize("body, expected", [
    ("SANAA, May 2 - Washington bombed rebel positions near Saada on Thursday.",
     ("Air/drone strike", "American forces", "near Sa'dah")),
    ("KYIV, May 2 - Moscow pounded Ukrainian positions near Pokrovsk on Thursday.",
     ("Shelling/artillery/missile attack", "Russian forces", "near Pokrovsk")),
    ("KYIV, May 2 - Moscow hammered Ukrainian positions near Pokrovsk on Thursday.",
     ("Shelling/artillery/missile attack", "Russian forces", "near Pokrovsk")),
    ("KHARTOUM, May 2 - Sudanese troops pounded RSF positions near El Obeid on Thursday.",
     ("Shelling/artillery/missile attack", "SAF", "near El Obeid")),
    ("KYIV, May 2 - Russian jets pounded Ukrainian positions near Pokrovsk on Thursday.",
     ("Air/drone strike", "Russian forces", "near Pokrovsk")),
])
def test_a_strike_on_positions_by_its_side(nlp, body, expected):
    assert strikes(read(nlp, body)) == [expected]


@pytest.mark.parametrize("body", [
    "WASHINGTON, May 2 - Critics hammered the administration's positions on trade on Thursday.",
    "MOSCOW, May 2 - Analysts said Moscow targeted positions on energy prices in its talks with Beijing.",
])
def test_positions_on_an_issue_are_no_target(nlp, body):
    assert strikes(read(nlp, body)) == []
