"""ev14: "An ethnic armed group in Myanmar said it captured Lashio": the country after "in" is where the speaker is,
not the speaker, so the capture is not the state's (no "Myanmar forces" zone over a town rebels took); a country that
says something itself ("Mali said its troops retook Kidal") still acts. Sentences of our own."""
from tests.reading.mapped_events import held_sides, mapped, read_report


def test_a_group_in_a_country_is_not_the_country(nlp):
    doc = read_report(nlp, "BANGKOK, Aug 5 - A rebel alliance in Myanmar said it captured the town of Hsipaw on "
                           "Saturday.", published="2024-08-05")
    assert "Myanmar forces" not in {e.actor1 for e in mapped(doc)}
    assert "Myanmar forces" not in held_sides(doc)


def test_a_country_that_speaks_still_acts(nlp):
    doc = read_report(nlp, "BAMAKO, Aug 5 - Mali said its troops retook Kidal on Saturday.", published="2024-08-05")
    assert [e.actor1 for e in mapped(doc)] == ["Malian forces"]
