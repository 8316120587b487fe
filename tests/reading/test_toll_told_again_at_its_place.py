"""evf: a second source's toll of the attack just told, at its place ("... The army said eight people died in the
attack on X"), is that attack told again with another count, not a second event; an attack at another place, or a
toll told after it of another fight, stays apart. Sentences of our own."""
from tests.reading.mapped_events import place_names, read_report

VIOLENT = ("Battles", "Violence against civilians", "Explosions/Remote violence")


def _violent(doc):
    return [e for e in doc.events if e.event_type in VIOLENT]


def test_the_armys_lower_count_of_the_attack_at_its_town_is_one_event(nlp):
    doc = read_report(nlp, "Gunmen killed 15 worshippers in Bokkos on Sunday, witnesses said. The army said nine "
                           "people died in the attack on Bokkos.", "2025-05-20")
    evs = _violent(doc)
    assert len(evs) == 1 and evs[0].fatalities == 15, [(e.sub_event_type, e.fatalities) for e in evs]


def test_a_sides_count_of_the_fighting_at_the_place_is_the_fight_told(nlp):
    doc = read_report(nlp, "Al-Shabaab fighters killed nine soldiers in an attack on a base in Beledweyne on "
                           "Wednesday. The military said four soldiers died in the fighting in Beledweyne.", "2025-05-22")
    evs = _violent(doc)
    assert len(evs) == 1 and evs[0].fatalities == 9, [(e.sub_event_type, e.fatalities) for e in evs]


def test_a_toll_of_the_fighting_at_another_town_stays_its_own(nlp):
    doc = read_report(nlp, "Jihadists attacked Djibo on Monday, killing 40 people. The army said six soldiers were "
                           "killed in the fighting in Arbinda.", "2025-05-20")
    assert len(_violent(doc)) == 2, place_names(_violent(doc))
