"""Claims and places of events the last sessions left alone (session 25, evg), as general rules. Sentences of our own."""
from tests.reading.mapped_events import read_report


def _held(doc) -> list:
    return sorted((c.faction, c.location.name) for c in doc.claims if c.relation == "holds")


def test_two_parts_of_a_named_country_held_are_both_held(nlp):
    doc = read_report(nlp, "The army controls the north and east of Chad, a spokesman said on Monday.")
    assert _held(doc) == [("Chadian forces", "eastern Chad"), ("Chadian forces", "northern Chad")]


def test_parts_of_the_country_joined_by_commas_and_the_are_each_held(nlp):
    doc = read_report(nlp, "Fighting raged in Ethiopia on Monday. Fano militias hold the south, west and centre of "
                           "the country.")
    assert [name for _, name in _held(doc)] == ["central Ethiopia", "southern Ethiopia", "western Ethiopia"]
    doc = read_report(nlp, "Fighting raged in Ethiopia on Monday. Fano militias hold the south and the west of the "
                           "country.")
    assert [name for _, name in _held(doc)] == ["southern Ethiopia", "western Ethiopia"]


def test_two_parts_told_as_adjectives_are_both_held(nlp):
    doc = read_report(nlp, "The army holds northern and eastern Chad.")
    assert [name for _, name in _held(doc)] == ["eastern Chad", "northern Chad"]


def test_parts_of_another_country_than_the_story_are_that_countrys(nlp):
    doc = read_report(nlp, "Fighting raged in Somalia on Monday. Al-Shabaab controls the south and the east of Kenya.")
    assert [name for _, name in _held(doc)] == ["eastern Kenya", "southern Kenya"]


def test_parts_of_a_town_held_are_no_parts_of_the_country(nlp):
    doc = read_report(nlp, "Fighting raged in Haiti on Monday. Tonight the gangs of Viv Ansanm hold the north and the "
                           "centre of the city.")
    assert not [c for c in doc.claims if "central" in c.location.name]


def test_a_part_held_and_a_new_clause_is_one_part(nlp):
    doc = read_report(nlp, "Fighting raged in Yemen on Monday. The Houthis hold the north and the army holds Marib.")
    assert [c.location.name for c in doc.claims if c.faction == "Houthis"] == ["northern Yemen"]


def test_towns_listed_after_a_colon_are_each_held(nlp):
    doc = read_report(nlp, "Fighting raged in Somalia on Monday. Al-Shabaab now controls three towns: Jowhar, Balcad "
                           "and Afgooye.")
    assert len(_held(doc)) == 3 and all(f == "al-Shabaab" for f, _ in _held(doc))
    doc = read_report(nlp, "Fighting raged in Sudan on Monday. The RSF holds all five state capitals of Darfur: Nyala, "
                           "El Geneina, Zalingei, El Daein and El Fasher.")
    assert len(_held(doc)) == 5 and {f for f, _ in _held(doc)} == {"RSF"}


def test_towns_captured_listed_after_a_colon_are_each_taken(nlp):
    doc = read_report(nlp, "The Arakan Army has captured four towns: Paletwa, Kyauktaw, Minbya and Mrauk-U.")
    assert len([c for c in doc.claims if c.relation == "took" and c.faction == "Arakan Army"]) == 4


def test_a_colon_after_things_held_that_are_no_places_gives_no_claim(nlp):
    doc = read_report(nlp, "Al-Shabaab controls two things: the roads and the markets in Mogadishu.")
    assert not doc.claims


def _placed(doc, etype: str) -> list:
    return [e.location.name if e.location is not None else None for e in doc.events if e.event_type == etype]


def test_a_second_thing_reported_does_not_place_the_first(nlp):
    doc = read_report(nlp, "The army said soldiers had neutralised a cell of militants on Monday and that the convoy "
                           "had reached Bamako.")
    assert _placed(doc, "Battles") == ["Mali"]
    doc = read_report(nlp, "The ministry said troops had killed 12 insurgents on Sunday and that the army had reopened "
                           "the road to Damboa.")
    assert _placed(doc, "Battles") == ["Nigeria"]


def test_a_later_thing_reported_with_no_place_of_its_own_takes_the_one_told_before(nlp):
    doc = read_report(nlp, "The ministry said its jets had bombed rebel positions around Kidal on Thursday and that the "
                           "counter-offensive was making progress.")
    assert set(_placed(doc, "Explosions/Remote violence") + _placed(doc, "Battles")) <= {"near Kidal"}


def test_an_act_reported_with_its_own_place_keeps_it(nlp):
    doc = read_report(nlp, "Police said officers had arrested five suspects in Kisumu on Monday and that the road to "
                           "Nairobi had reopened.")
    assert _placed(doc, "Strategic developments") == ["Kisumu"]
    doc = read_report(nlp, "Kyiv said Russian forces shelled Kherson on Sunday and that three people were killed.")
    assert _placed(doc, "Explosions/Remote violence") == ["Kherson"]


def test_a_teller_s_frame_places_what_is_reported(nlp):
    doc = read_report(nlp, "In Mali's north, the army said soldiers had neutralised a cell of militants on Monday and "
                           "that the convoy had reached Bamako.")
    assert _placed(doc, "Battles") == ["northern Mali"]


def _violent(doc) -> list:
    return [(e.event_type, e.sub_event_type, e.location.name) for e in doc.events
            if e.event_type in ("Battles", "Violence against civilians", "Explosions/Remote violence")]


def test_a_lede_in_an_area_and_the_attack_told_in_its_town_are_one_event_of_the_lede_s_kind(nlp):
    doc = read_report(nlp, "Gunmen killed 14 villagers in northwestern Nigeria on Sunday. The attack began at dawn "
                           "in Gusau, police said.")
    assert _violent(doc) == [("Violence against civilians", "Attack", "Gusau")]
    assert doc.events[0].fatalities == 14


def test_an_attack_told_apart_or_with_a_larger_toll_stays_its_own(nlp):
    doc = read_report(nlp, "Gunmen killed 14 villagers in northwestern Nigeria on Sunday. The attack in Gusau killed "
                           "20 people, police said.")
    assert len(_violent(doc)) == 2
    doc = read_report(nlp, "Gunmen killed 14 villagers in northwestern Nigeria on Sunday. Another attack hit Gusau "
                           "on Sunday, police said.")
    assert len(_violent(doc)) == 2


def _taken(doc) -> list:
    return [(e.actor1, e.location.name) for e in doc.events if "territory" in e.sub_event_type]


def test_a_place_that_fell_described_with_a_number_is_the_subject_that_fell(nlp):
    doc = read_report(nlp, "Ghazni, a city of 270,000 people, fell on Thursday to the Taliban, officials said.")
    assert _taken(doc) == [("Taliban", "Ghazni")]


def test_a_place_held_described_with_a_number_or_by_its_country_is_held(nlp):
    doc = read_report(nlp, "Kherson, a city of 280,000 people before the war, is now held by Ukrainian forces.")
    assert _held(doc) == [("Ukrainian forces", "Kherson")]
    doc = read_report(nlp, "Fighting raged in Afghanistan. Kunduz, Afghanistan's fifth largest city, is now under "
                           "the control of the Taliban.")
    assert _held(doc) == [("Taliban", "Kunduz")]


def test_a_clause_after_a_place_held_is_still_not_read_as_its_description(nlp):
    doc = read_report(nlp, "Kherson, which Russia took in March 2022, is now held by Ukrainian forces.")
    assert not _held(doc)


def test_a_dateline_lede_paragraph_told_again_keeps_its_own_sentence_as_evidence(nlp):
    """A lede that opens with its dateline and runs as long as a paragraph is the story's first sentence, not a
    headline whose telling the body's sentence replaces (one rule for the title line: events.title_line)."""
    from tests.reading.mapped_events import read_article
    doc = read_article(nlp, "KANO, Nigeria, June 2 (Reuters) - Gunmen killed at least 12 people in Gusau in Zamfara "
                            "state on Sunday, residents said, in the latest of a wave of attacks by armed bands on "
                            "farming communities in the country's northwest.\n\nGunmen killed 12 people in Gusau on "
                            "Sunday, a local official said. They burned houses.", "2025-06-03")
    evs = [e for e in doc.events if e.event_type == "Violence against civilians"]
    assert len(evs) == 1 and evs[0].evidence.sentence.startswith("KANO, Nigeria")


def test_a_short_title_line_told_again_takes_the_body_s_sentence_as_evidence(nlp):
    from tests.reading.mapped_events import read_article
    doc = read_article(nlp, "Gunmen kill 12 in Gusau\n\nGunmen killed 12 people in Gusau on Sunday, a local "
                            "official said.", "2025-06-03")
    evs = [e for e in doc.events if e.event_type == "Violence against civilians"]
    assert len(evs) == 1 and evs[0].evidence.sentence.startswith("Gunmen killed 12 people")
