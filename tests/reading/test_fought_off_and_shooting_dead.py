"""evy: "fought off" an attack names the attackers as the other side, as "repelled" does (evd: the attack is
theirs, actor1; fighting off men, not their attack, keeps the subject first); an accusation
of "shooting dead" or "gunning down" people is an alleged killing, its toll kept. Sentences of our own."""
import pytest

from reading.corpus import read_text
from tests.reading.mapped_events import violent_events


def violent(nlp, text, published="2025-06-11"):
    return violent_events(nlp, text, published)


@pytest.mark.parametrize("text, actor1, actor2", [
    ("Ukrainian troops fought off a Russian assault on Pokrovsk on Monday.", "Russian forces", "Ukrainian forces"),
    ("Kurdish fighters fought off an Islamic State attack on Hasakah on Tuesday.", "Islamic State",
     "Kurdish fighters"),
    ("Somali troops fought off al-Shabaab militants near Afgoye on Friday.", "Somali forces", "al-Shabaab"),
])
def test_fought_off_names_the_attackers(nlp, text, actor1, actor2):
    rows = violent(nlp, text)
    assert len(rows) == 1 and (rows[0].actor1, rows[0].actor2) == (actor1, actor2), rows


@pytest.mark.parametrize("text, actor, fatalities, how", [
    ("Residents accused soldiers of shooting dead six civilians in Djibo on Sunday.", "Burkinabe forces", 6,
     "accusation by residents"),
    ("Local leaders accused Fulani militiamen of shooting dead 11 farmers near Bokkos on Saturday.",
     "Fulani militiamen", 11, "accusation"),
])
def test_an_accused_shooting_is_an_alleged_killing(nlp, text, actor, fatalities, how):
    rows = violent(nlp, text)
    assert len(rows) == 1, rows
    assert rows[0].actor1 == actor and rows[0].fatalities == fatalities and how in rows[0].alleged, rows


def test_shooting_dead_told_as_fact_is_a_killing(nlp):
    rows = violent(nlp, "Soldiers opened fire on a market in Gao on Monday, shooting dead four traders.")
    assert len(rows) == 1 and rows[0].fatalities == 4 and rows[0].alleged == "", rows


def test_gunning_down_protesters_is_force_against_them(nlp):
    doc = nlp(read_text("Police gunned down three protesters in Kisumu on Tuesday. Witnesses said officers "
                        "kept gunning down two more marchers in Nakuru on Wednesday.", doc_id="t",
                        published="2025-06-11"))
    rows = [e for e in doc.events if e.sub_event_type == "Excessive force against protesters"]
    assert sorted(e.fatalities for e in rows) == [2, 3], doc.events
