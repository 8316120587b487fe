"""Names whose pieces are joined by hyphens and particles ("Pont-y-clun", "Weston-super-Mare") are read
whole: placed when the gazetteer holds the whole name, else listed unplaced as one name, never as the
town that shares their first piece."""
from __future__ import annotations

from tests.reading.places import surfaces, toponyms_by_name


def test_welsh_name_ending_lower_case_is_placed_whole(gaz):
    text = "Police closed roads around Bourton-on-the-Water and in Pont-y-clun after the storm."
    got = toponyms_by_name(text, gaz)
    assert set(got) == {"Bourton-on-the-Water", "Pont-y-clun"}
    assert abs(got["Pont-y-clun"]["lat"] - 51.52) < 0.2 and abs(got["Pont-y-clun"]["lon"] + 3.39) < 0.2


def test_particle_ym_joins_a_name(gaz):
    text = "Farmers met at the showground in Llanfair-ym-Muallt on Thursday."
    got = toponyms_by_name(text, gaz)
    assert list(got) == ["Llanfair-ym-Muallt"]
    assert abs(got["Llanfair-ym-Muallt"]["lat"] - 52.15) < 0.2  # Builth Wells, not Llanfair on the coast


def test_unknown_hyphenated_name_is_unplaced_whole(gaz):
    text = "Crews pumped water in Pen-y-ffordd and Ynys-y-bwl overnight."
    got = toponyms_by_name(text, gaz)
    assert set(got) == {"Pen-y-ffordd", "Ynys-y-bwl"}
    assert got["Pen-y-ffordd"]["lat"] is None  # not Pen, a town in India


def test_english_particle_before_capital(gaz):
    text = "The lifeboat from Weston-super-Mare was launched twice."
    got = toponyms_by_name(text, gaz)
    assert list(got) == ["Weston-super-Mare"] and abs(got["Weston-super-Mare"]["lat"] - 51.35) < 0.2


def test_hyphens_between_two_places_or_words_stay_apart(gaz):
    assert surfaces("The Gaza-to-Egypt convoy and a Kharkiv-on-foot march were planned.", gaz) == \
        ["Gaza", "Egypt", "Kharkiv"]
