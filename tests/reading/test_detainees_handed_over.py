"""ev16: detainees "handed over to the prosecutor's office" or to the police are an arrest's end, no transfer of
territory; a base "handed over to the army" still is one. Sentences of our own."""
from tests.reading.mapped_events import kinds, mapped, read_report


def test_detainees_handed_to_prosecutors_are_no_territory(nlp):
    body = ("CUCUTA, Feb 3 - Villagers detained two gunmen in Sardinata on Sunday and handed them over to the "
            "police.")
    assert kinds(mapped(read_report(nlp, body, published="2025-02-03"))) == [("Strategic developments", "Arrests")]


def test_a_base_handed_over_is_a_transfer(nlp):
    body = "GAO, Feb 3 - UN peacekeepers left their camp in Ansongo on Sunday and handed it over to the Malian army."
    assert ("Strategic developments", "Non-violent transfer of territory") in kinds(
        mapped(read_report(nlp, body, published="2025-02-03")))
