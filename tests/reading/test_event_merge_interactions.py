"""Events gold after the audit-10 merges: an area named beside the event's town, a week's summary placed in
the article's area, a summary bullet with its own day. Sentences unlike the gold's (other conflicts, names)."""
from reading.corpus import read_text


def read(nlp, text, published="2025-10-20"):
    return nlp(read_text(text, doc_id="t", published=published))


# (1) "X, the capital of Y province" only says where the town X is: every event of the sentence is at X
def test_the_province_whose_capital_was_entered_gets_no_event(nlp):
    doc = read(nlp, "Rebels entered Goma, the capital of North Kivu province, and clashed with the army on Monday.")
    assert doc.events and {e.location.name for e in doc.events} == {"Goma"}, doc.events


def test_the_region_of_a_main_town_stormed_gets_no_event(nlp):
    doc = read(nlp, "On Friday, militants stormed Kidal, the main town of the Kidal region, and clashed with the army.")
    assert doc.events and {e.location.precision for e in doc.events} == {1}, doc.events


def test_a_city_named_inside_a_region_is_still_the_place(nlp):
    doc = read(nlp, "The army retook its last stronghold in Darfur, the city of El Fasher, on Monday after heavy "
                    "fighting.")
    assert [e.location.name for e in doc.events] == ["El Fasher"], doc.events


# (2) a week's summary placed in the area that holds the article's places (no place of its own) is the fights
# the article then tells one by one, as one placed in the country is
KIVU = ("North Kivu weekly, 12-18 October\n\nFighting between M23 rebels and the Congolese army moved closer to the "
        "lakeshore this week. On 14 October, the rebels {what} in Sake, residents said.{more}")


def test_a_weekly_summary_placed_in_the_province_is_the_fights_it_tells(nlp):
    doc = read(nlp, KIVU.format(what="clashed with soldiers", more=" On 16 October, M23 fighters attacked an army "
                                "position near Rutshuru."))
    assert [(e.date.precision, e.location.precision) for e in doc.events] == [("day", 1), ("day", 2)], doc.events


def test_a_weekly_summary_in_the_province_with_no_fight_told_stays(nlp):
    doc = read(nlp, KIVU.format(what="kidnapped a trader", more=""))
    assert [e.date.precision for e in doc.events if e.event_type == "Battles"] == ["week"], doc.events


# (3) a summary's bullet line with its own day, at a place not found, is the body's event of that day
FLASH = ("Sudan: North Darfur - Flash Update No. 3\n\nKEY POINTS\n"
         "- Six people killed by shelling in Tawilgha Locality on {day} March.\n"
         "- Water trucking resumed in the camps\n\n"
         "SITUATION OVERVIEW\nOn 5 March, shells landed on a market in a village in Tawilgha Locality, killing six "
         "people, according to local sources.")


def test_a_dated_bullet_retelling_the_bodys_shelling_is_one_event(nlp):
    doc = read(nlp, FLASH.format(day=5), published="2025-03-08")
    assert [(e.date.start.isoformat(), e.fatalities) for e in doc.events] == [("2025-03-05", 6)], doc.events
    # the body's telling kept (its heading line in capitals is a sentence of its own)
    assert doc.events[0].evidence.sentence.startswith("On 5 March, shells landed"), doc.events


def test_a_dated_bullet_on_another_day_than_the_body_stays(nlp):
    doc = read(nlp, FLASH.format(day=2), published="2025-03-08")
    assert sorted(e.date.start.isoformat() for e in doc.events) == ["2025-03-02", "2025-03-05"], doc.events
