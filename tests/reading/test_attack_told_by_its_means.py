"""An attack named by the bare word ("condemned the terrorist attack at the market in Maiduguri on 3 May") and told
in the next sentence by its means, with no place or day of its own ("A suicide bomber blew herself up ..."), is one
happening: a bombing, at the attack's place and day, with the toll the detail gives."""
import pytest

from reading.corpus import read_text
from tests.reading.mapped_events import mapped


def read(nlp, body, published="2025-05-06"):
    return nlp(read_text(f"Statement by the Secretary-General\n\n{body}", doc_id="t", published=published,
                         title="Statement by the Secretary-General"))


@pytest.mark.parametrize("detail, sub", [
    ("A suicide bomber blew herself up among shoppers, killing at least 18 people.", "Suicide bomb"),
    ("A bomb hidden in a cart exploded among shoppers, killing at least 18 people.", "Remote explosive/landmine/IED"),
])
def test_a_bare_attack_told_by_its_means_is_one_bombing(nlp, detail, sub):
    doc = read(nlp, "The Secretary-General strongly condemns the terrorist attack at the fish market in Maiduguri, "
                    f"Nigeria, on 3 May. {detail}")
    evs = mapped(doc)
    assert [(e.event_type, e.sub_event_type, e.date.start.isoformat(), e.location.name, e.fatalities) for e in evs] \
        == [("Explosions/Remote violence", sub, "2025-05-03", "Maiduguri", 18)], doc.events


def test_an_attack_with_a_fight_after_it_stays_a_battle(nlp):
    doc = read(nlp, "Gunmen attacked an army post in Gwoza on 3 May. Soldiers fought them for two hours and "
                    "killed six of the attackers.")
    assert {e.event_type for e in mapped(doc)} == {"Battles"}, doc.events
