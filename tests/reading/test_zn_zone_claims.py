"""Control claims the zones missed or drew wrongly (session 26, zn), as general rules. Sentences of our own."""
from tests.reading.mapped_events import held_sides, read_report


def _claims(doc, relation: str | None = None) -> list:
    return sorted((c.faction, c.relation, c.location.name) for c in doc.claims
                  if relation is None or c.relation == relation)


# -- a hold told in the present inside a relative clause after the place --------------------------------------------

def test_a_present_hold_in_a_relative_clause_after_the_place_is_held(nlp):
    doc = read_report(nlp, "Russian drones struck a market in Kherson, which Ukrainian forces now control, on "
                           "Monday, officials said.")
    assert [(f, n) for f, _, n in _claims(doc, "holds")] == [("Ukrainian forces", "Kherson")]
    doc = read_report(nlp, "Government troops clashed with fighters in Kidal, which the FLA still holds.")
    assert [n for f, _, n in _claims(doc, "holds") if "FLA" in f or "Azawad" in f] == ["Kidal"]


def test_a_relative_clause_whose_verb_is_no_hold_gives_no_claim(nlp):
    doc = read_report(nlp, "Officials met in Kidal, which the FLA runs out of patience with, on Monday.")
    assert not _claims(doc, "holds")


# -- a verb in quotation marks ------------------------------------------------------------------------------------

def test_a_taking_verb_in_quotation_marks_is_a_capture(nlp):
    doc = read_report(nlp, 'The army said on Sunday that Kenyan troops had "liberated" the town of Kismayo on Friday.')
    assert ("Kenyan forces", "took", "Kismayo") in _claims(doc)
    doc = read_report(nlp, "Rebel radio said M23 fighters \u201ccaptured\u201d Rutshuru on Monday.")
    assert [n for f, r, n in _claims(doc, "took") if f == "M23"] == ["Rutshuru"]


# -- a garrison overrun; a base overrun whose defenders were forced out -----------------------------------------

def test_a_garrison_overrun_in_or_of_a_town_takes_the_town(nlp):
    doc = read_report(nlp, "The RSF overran the army garrison in Babanusa on Tuesday after weeks of fighting.")
    assert [n[:5] for f, r, n in _claims(doc, "took") if f == "RSF"] == ["Baban"]
    doc = read_report(nlp, "Taliban fighters overran the police garrison of Kunduz on Monday, officials said.")
    assert [n for f, r, n in _claims(doc, "took") if f == "Taliban"] == ["Kunduz"]
    assert "Taliban" in held_sides(doc)


def test_a_base_overrun_in_a_town_with_its_defenders_forced_out_takes_the_town(nlp):
    doc = read_report(nlp, "ISWAP fighters overran a military base in Monguno on Monday night, killing six soldiers "
                           "and forcing troops to withdraw to Maiduguri, sources said.")
    assert [n for f, r, n in _claims(doc, "took") if "ISWAP" in f or "West Africa" in f] == ["Monguno"]


def test_a_base_overrun_in_a_town_is_still_a_fight_only(nlp):
    doc = read_report(nlp, "ISWAP fighters overran a military base in Monguno on Monday night, killing six soldiers.")
    assert not _claims(doc, "took")
    doc = read_report(nlp, "Al-Shabaab fighters attacked the army garrison in Beledweyne on Monday.")
    assert not _claims(doc, "took")


# -- a building named after a place -------------------------------------------------------------------------------

def test_a_building_named_after_a_place_is_not_the_place(nlp):
    doc = read_report(nlp, "Fighting raged in Sirte. Government forces captured the Ouagadougou conference centre "
                           "after a day of street fighting.")
    assert not [c for c in doc.claims if c.location.name.startswith("Ouagadougou")]
    doc = read_report(nlp, "Taliban fighters seized the Kabul Serena hotel on Monday.")
    assert not _claims(doc, "took")
    doc = read_report(nlp, "Taliban fighters seized Kabul on Monday, officials said.")
    assert [n for f, r, n in _claims(doc, "took")] == ["Kabul"]


# -- where a side came from is no place it took -----------------------------------------------------------------------

def test_a_side_driving_in_from_a_place_did_not_take_it(nlp):
    doc = read_report(nlp, "Kenyan troops rolled into Kismayo on Saturday, a few hours after about 300 Ethiopian "
                           "soldiers drove in from Somalia.")
    assert ("Ethiopian forces", "took", "Somalia") not in _claims(doc)
    assert ("Kenyan forces", "took", "Kismayo") in _claims(doc)
    doc = read_report(nlp, "Russian troops pushed back from Kyiv on Friday, officials said.")
    assert not _claims(doc, "took")


def test_a_side_driving_another_out_of_a_place_still_took_it(nlp):
    doc = read_report(nlp, "Ukrainian forces drove Russian troops out of Kherson on Friday.")
    assert [n for f, r, n in _claims(doc, "took") if f == "Ukrainian forces"] == ["Kherson"]


# -- towns included in an area held --------------------------------------------------------------------------------

def test_towns_included_in_an_area_held_are_held(nlp):
    doc = read_report(nlp, "The army holds the north, east and centre of Chad, including Abeche, a spokesman said.")
    assert "Abéché" in [n for f, r, n in _claims(doc, "holds")] or "Abeche" in [n for f, r, n in _claims(doc, "holds")]
    doc = read_report(nlp, "The RSF controls North Darfur, including Kutum and Kabkabiya, residents said.")
    held = [n for f, r, n in _claims(doc, "holds") if f == "RSF"]
    assert len(held) == 3


def test_a_thing_included_in_a_town_held_is_no_place(nlp):
    doc = read_report(nlp, "The army holds Kharkiv, including its airport, officials said.")
    assert [n for f, r, n in _claims(doc, "holds")] == ["Kharkiv"]


def test_a_garrison_overrun_recalled_in_a_relative_clause_with_no_day_gives_no_claim(nlp):
    doc = read_report(nlp, "The RSF, which overran the army garrison in Babanusa, did not comment on Monday.")
    assert not _claims(doc, "took")


# -- a side described before its verb -----------------------------------------------------------------------------

def test_a_side_described_between_its_name_and_its_verb_still_takes_or_holds(nlp):
    doc = read_report(nlp, "The M23, a Tutsi-led rebel group, seized Goma on Monday.")
    assert ("M23", "took", "Goma") in _claims(doc)
    doc = read_report(nlp, "Al-Shabaab, an al-Qaeda affiliate, now controls Jilib, residents said.")
    assert [(f, n) for f, r, n in _claims(doc, "holds")] == [("al-Shabaab", "Jilib")]
    doc = read_report(nlp, "Fighters of the Arakan Army, one of the strongest ethnic armies in Myanmar, captured "
                           "Buthidaung on Saturday.")
    assert [n[:10] for f, r, n in _claims(doc, "took") if f == "Arakan Army"] == ["Buthidaung"]


def test_a_description_tells_no_day_of_the_claim(nlp):
    doc = read_report(nlp, "The M23, a group formed in 2012, seized Goma on Monday.", published="2025-06-03")
    took = [c for c in doc.claims if c.relation == "took"]
    assert took and all(c.date.start.year == 2025 for c in took)
