"""What a report says of the war itself is no event's: its running toll ("The conflict, which began in 2016, has
killed more than 4,000 people") is not the toll of the attack told before it, and the cause its fighters fight for
("rebels who are fighting to create a state") is no fight on the publication day. Sentences of our own."""
from tests.reading.mapped_events import read_article


def test_the_wars_toll_is_not_the_last_attacks(nlp):
    doc = read_article(nlp, "A roadside bomb wounded three soldiers near Ndop on Saturday, a security source said.\n\n"
                            "The conflict, which began in 2016 after a crackdown on lawyers and teachers, has killed "
                            "more than 4,000 people, according to rights groups.", "2025-11-18")
    bombs = [e for e in doc.events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert bombs and bombs[0].fatalities is None, [(e.sub_event_type, e.fatalities) for e in doc.events]
    assert all((e.fatalities or 0) < 4000 for e in doc.events), [(e.sub_event_type, e.fatalities) for e in doc.events]


def test_fighting_for_a_cause_is_no_fight(nlp):
    doc = read_article(nlp, "The rebels, who are fighting to create an independent state in the south, have a base "
                            "near Kumba.", "2025-11-18")
    assert [e for e in doc.events if e.event_type == "Battles"] == [], [(e.sub_event_type, e.location)
                                                                          for e in doc.events]


def test_fighting_to_retake_a_town_is_a_fight(nlp):
    doc = read_article(nlp, "Soldiers were fighting to retake Kumba from the rebels on Sunday.", "2025-11-18")
    assert any(e.sub_event_type == "Armed clash" for e in doc.events), [e.sub_event_type for e in doc.events]
