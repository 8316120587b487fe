"""ev16: burning an effigy or a flag in protest is a peaceful protest (ACLED), burning tyres and a bus still riots;
"took a priest and several churchgoers hostage" is an abduction however long the list of captives; setting fire to
a church, a jail or a school is property destruction. Sentences of our own."""
from tests.reading.mapped_events import kinds, mapped, read_report


def test_an_effigy_burnt_in_protest_is_peaceful(nlp):
    body = "DHAKA, May 6 - Students burnt an effigy of the minister in Sylhet on Monday to protest against fee rises."
    assert kinds(mapped(read_report(nlp, body, published="2025-05-06"))) == [("Protests", "Peaceful protest")]


def test_tyres_and_a_bus_set_alight_are_a_riot(nlp):
    body = "DHAKA, May 6 - Students burnt tyres and set fire to a bus in Sylhet on Monday to protest against fee rises."
    assert kinds(mapped(read_report(nlp, body, published="2025-05-06"))) == [("Riots", "Violent demonstration")]


def test_a_long_list_of_hostages_is_an_abduction(nlp):
    body = "KIDAL, May 6 - Gunmen took a teacher and several of his pupils hostage in Tessalit on Monday."
    assert kinds(mapped(read_report(nlp, body, published="2025-05-06"))) == [
        ("Violence against civilians", "Abduction/forced disappearance")]


def test_a_church_set_on_fire_is_property_destruction(nlp):
    body = "KIDAL, May 6 - Gunmen set fire to a church and the town hall in Tessalit on Monday."
    assert kinds(mapped(read_report(nlp, body, published="2025-05-06"))) == [
        ("Strategic developments", "Looting/property destruction")]
