"""ev13: the wording of army press releases and assessments, read as the events they tell. Pakistan's ISPR and
Somalia's government call militants "khwarij"/"khawarij", armies "neutralise" the "members of" a group, and tell
their dead as "sent to hell" after "an intense exchange of fire" (the fight is the event, not a reference to one
before); Sahel armies strike with their "air component"; a "glide-bomb" attack and a mine "planted" on a road are
explosions, not attacks by hand; a "Key Takeaways" block set off from its heading by a blank line is still a summary
of the detail told below; locust swarms that "invaded" a region fight nobody. Sentences of our own."""
import pytest

from tests.reading.mapped_events import kinds, mapped, read_report


def read(nlp, text, published="2025-10-15"):
    return mapped(read_report(nlp, text, published))


@pytest.mark.parametrize("text, toll", [
    ("Security forces killed four khwarij in Tank district on Monday, the ISPR said.", 4),
    ("Somali forces neutralised 12 khawarij in an operation near Jowhar on Monday, the information ministry said.", 12),
    ("On 14 October, security forces raided a hideout in Bannu District. After an intense exchange of fire, six "
     "khwarij were sent to hell, the army said.", 6),
    ("Troops neutralised four members of the Abu Sayyaf Group in Patikul, Sulu, on Monday, the Army said.", 4),
])
def test_militants_by_the_armies_own_word_die_in_a_battle(nlp, text, toll):
    evs = read(nlp, text)
    assert kinds(evs) == [("Battles", "Armed clash")], kinds(evs)
    assert evs[0].fatalities == toll


def test_a_fight_told_after_its_dead_is_not_history(nlp):
    evs = read(nlp, "On Sunday, police raided a compound in Kohat. Following an exchange of fire, three militants "
                    "were killed, police said.")
    assert ("Battles", "Armed clash") in kinds(evs), kinds(evs)


def test_suspects_apprehended_are_arrests(nlp):
    evs = read(nlp, "On 13 October, police apprehended four suspects in Peshawar during a search operation.")
    assert kinds(evs) == [("Strategic developments", "Arrests")]


@pytest.mark.parametrize("text, kind", [
    ("On Friday the air component struck a group of terrorists near Sebba, the army said.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("Druzhkivka came under heavy glide-bomb attacks on Monday, killing three civilians, the governor said.",
     ("Explosions/Remote violence", "Air/drone strike")),
    ("Also on Tuesday, a mine planted on a dirt road killed three farmers near Natitingou, the prefect said.",
     ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
])
def test_the_weapon_names_the_event(nlp, text, kind):
    assert kinds(read(nlp, text, "2025-03-07")) == [kind]


def test_a_takeaway_capture_below_its_own_heading_line_is_the_details_summary(nlp):
    evs = read(nlp, "Key Takeaways:\n\n- Myanmar. The Arakan Army captured Gwa in Rakhine State and is likely "
                    "preparing to attack Ngathaingchaung.\n- Mali. JNIM continued its blockade of Kayes.\n\nMyanmar. "
                    "The Arakan Army captured Gwa, 100 kilometers south of Thandwe, on October 25 after heavy "
                    "fighting with the junta's troops.", "2025-11-01")
    assert [e.date.start.isoformat() for e in evs if "territory" in e.sub_event_type] == ["2025-10-25"]


def test_locust_swarms_invading_a_region_are_no_battle(nlp):
    assert read(nlp, "Desert locust swarms have invaded eastern Sudan and advanced towards Kassala, the FAO said "
                     "on Wednesday.", "2025-04-02") == []


def test_members_of_a_band_named_by_no_name_are_no_civilians(nlp):
    # (a guard: "members of" counts only before a group's name; this gave an attack on civilians at the region)
    evs = read(nlp, "The army said it neutralised 46 members of the extremist band in operations conducted in East "
                    "Gojjam and North Wollo zones.", "2025-07-03")
    assert "Violence against civilians" not in [e.event_type for e in evs]
