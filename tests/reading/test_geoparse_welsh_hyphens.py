"""Welsh names joined by hyphens and particles ("Pen-y-ffordd", "Betws-y-Coed", "Llanfair-ym-Muallt"): a
first piece that is an English word ("Pen") is no word there but the head of a name; the whole name
is listed (unplaced when the gazetteer lacks it), never dropped nor read as a town called Pen."""
from __future__ import annotations

from tests.reading.places import toponyms_by_name


def test_an_unknown_welsh_name_after_an_english_word_is_listed_whole(gaz):
    t = toponyms_by_name("Police were called to Pen-y-ffordd after the crash.", gaz)
    assert list(t) == ["Pen-y-ffordd"] and t["Pen-y-ffordd"]["lat"] is None
    t = toponyms_by_name("Gales brought down trees across Pen-y-bryn and Tal-y-bont.", gaz)
    assert "Pen-y-bryn" in t and "Pen" not in t


def test_known_welsh_names_are_placed_in_wales(gaz):
    t = toponyms_by_name("Gales brought down trees across Pen-y-bryn and Tal-y-bont.", gaz)
    assert t["Tal-y-bont"]["lat"] is not None and abs(t["Tal-y-bont"]["lon"] + 4) < 1.5
    t = toponyms_by_name("Rail services between Betws-y-Coed and Llanfair-ym-Muallt were cut.", gaz)
    assert all(v["lat"] is not None and 51.3 < v["lat"] < 53.5 for v in t.values()) and len(t) == 2


def test_a_welsh_name_with_a_lower_case_word_after_its_hyphen_is_the_town(gaz):
    # "Castell-nedd" is Neath in Welsh (a GeoNames alternate name): not Castell, Bavaria
    t = toponyms_by_name("Firefighters in Castell-nedd worked through the night.", gaz)
    assert list(t) == ["Castell-nedd"] and abs(t["Castell-nedd"]["lat"] - 51.66) < 0.1


def test_a_compound_adjective_after_a_name_stays_the_name(gaz):
    t = toponyms_by_name("Kyiv-based reporters reached Donetsk-area villages.", gaz)
    assert list(t) == ["Kyiv", "Donetsk"]
