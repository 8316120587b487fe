"""The side an article names for an attack it first told with no side, or with only "gunmen", is the attack's actor:
the side claiming it ("Al-Shabaab claimed responsibility for the attack"), the one blamed for it (an accusation), and
the one "the attack was led by" (hedged as reported when the text hedges it). A sentence that names a side by "by"
for something else (the mosque "was built by") changes nothing."""
from reading.corpus import read_text


def first(nlp, text, published="2025-03-31"):
    doc = nlp(read_text(text, doc_id="t", published=published))
    assert doc.events, doc.problems
    return doc.events[0]


def test_a_claim_names_the_gunmen_of_the_attack_before(nlp):
    ev = first(nlp, "MOGADISHU (Reuters) - Gunmen stormed a hotel in Mogadishu on Monday, killing nine people, police "
                    "said. Al-Shabaab claimed responsibility for the attack.")
    assert ev.actor1 == "al-Shabaab" and not ev.alleged, ev


def test_the_side_blamed_for_a_gunmens_attack_is_its_alleged_actor(nlp):
    ev = first(nlp, "MOGADISHU (Reuters) - Gunmen stormed a hotel in Mogadishu on Monday, killing nine people, police "
                    "said. Police blamed al-Shabaab for the attack.")
    assert ev.actor1 == "al-Shabaab" and ev.alleged.startswith("accusation"), ev


def test_the_side_an_attack_was_led_by_is_its_actor(nlp):
    ev = first(nlp, "PORT-AU-PRINCE (AP) - Gang members stormed the town of Mirebalais on Monday, freeing 500 "
                    "inmates, police said. The attack was led by the Viv Ansanm coalition.")
    assert ev.actor1 == "Viv Ansanm", ev


def test_a_side_an_ambush_was_reportedly_carried_out_by_is_its_reported_actor(nlp):
    ev = first(nlp, "BAMAKO (Reuters) - Gunmen attacked a convoy near Gao on Monday, killing five soldiers. The "
                    "ambush was reportedly carried out by JNIM fighters.")
    assert ev.actor1 == "JNIM" and "reportedly" in ev.alleged, ev


def test_a_building_built_by_a_side_names_no_attacker(nlp):
    ev = first(nlp, "KABUL (Reuters) - A bomb exploded at a mosque in Kunduz on Friday, killing 40. The mosque was "
                    "built by the Taliban in 2005.")
    assert ev.actor1 == "", ev
