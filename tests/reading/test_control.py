"""Control claims: who holds, took, left or is expanding into what."""
import datetime as dt

import pytest
from shapely.geometry import Point

from reading.control import ControlClaims
from tests.reading.test_actors import make_doc


def claims(text, **kw):
    kw.setdefault("components", ("actors", "control"))
    return make_doc(text, **kw).claims


def one(text, **kw):
    cs = claims(text, **kw)
    assert len(cs) == 1, [(c.faction, c.relation, c.location.name) for c in cs]
    return cs[0]


def triple(c):
    return (c.faction, c.relation, c.location.name)


@pytest.mark.parametrize("sentence, expected", [
    ("The LNA controls Sirte.", ("LNA", "holds", "Sirte")),
    ("Haftar's forces hold Gharyan.", ("LNA", "holds", "Gharyan")),
    ("The LNA has been in control of Sirte for months.", ("LNA", "holds", "Sirte")),
    ("The Government of National Accord based in Tripoli protested.", ("GNA", "holds", "Tripoli")),
    ("Sirte, controlled by the LNA, was calm.", ("LNA", "holds", "Sirte")),
    ("Tripoli, the base for the internationally recognized Libyan government, was calm.",
     ("GNA", "holds", "Tripoli")),
    ("Food reached the LNA-held Sirte.", ("LNA", "holds", "Sirte")),
    ("The LNA's stronghold Benghazi was quiet.", ("LNA", "holds", "Benghazi")),
    ("The LNA seized the strategic town of Gharyan.", ("LNA", "took", "Gharyan")),
    ("GNA forces retook Gharyan.", ("GNA", "took", "Gharyan")),
    ("Gharyan fell to the LNA.", ("LNA", "took", "Gharyan")),
    ("Sirte was captured by the LNA.", ("LNA", "took", "Sirte")),
    ("The LNA withdrew from Gharyan.", ("LNA", "withdrew", "Gharyan")),
    ("The LNA said on Monday it had entered Sirte.", ("LNA", "took", "Sirte")),
])
def test_control_relations(sentence, expected):
    assert triple(one(sentence)) == expected


def test_control_militias_in_city_loyal_to_government():
    c = one("The militias in Tripoli claim to be loyal to the national unity government.")
    assert triple(c) == ("GNA", "holds", "Tripoli")


def test_control_country_part_from_direction_words():
    c = one("Khalifa Haftar, who has been controlling the country's east, spoke.")
    assert c.faction == "LNA" and c.relation == "holds"
    assert c.location.precision == 3
    assert c.location.geometry.contains(Point(20.07, 32.12))  # Benghazi


def test_control_eastern_portion_of_a_country():
    c = one("The LNA which controls the Eastern portion of Libya spoke.")
    assert c.location.geometry.contains(Point(20.07, 32.12))
    assert not c.location.geometry.contains(Point(13.19, 32.89))  # not Tripoli


def test_control_expanding_to_the_south_via_pronoun():
    c = one("Haftar has refrained from all-out war. Rather, he has focused his efforts "
            "for expanding his zone of control to the south.")
    assert (c.faction, c.relation) == ("LNA", "expanding")
    assert c.location.geometry.contains(Point(14.43, 27.04))  # Sabha
    assert not c.location.geometry.contains(Point(13.19, 32.89))


def test_control_date_in_sentence():
    c = one("The LNA seized Gharyan on April 2.")
    assert c.date.start == dt.date(2019, 4, 2)


def test_control_date_falls_back_to_publication():
    c = one("The LNA controls Sirte.")
    assert c.date.start == dt.date(2019, 4, 9) and c.date.basis == "publication"


def test_control_undated_without_publication():
    doc = make_doc("The LNA controls Sirte.", published=None, components=("actors", "control"))
    assert doc.claims[0].date is None
    assert any(p.code == "W405" for p in doc.problems)


def test_control_evidence_quotes_the_phrase():
    c = one("Fighting went on. Sirte, controlled by the LNA, was calm.")
    assert c.evidence.sentence == "Sirte, controlled by the LNA, was calm."


def test_control_no_profile_keeps_actor_as_named():
    c = one("Houthi rebels seized Aden.", country="YE", profile=None)
    assert triple(c) == ("Houthis", "took", "Aden")  # a well-known group: one name for its spellings
    c = one("Zaraban rebels seized Aden.", country="YE", profile=None)
    assert triple(c) == ("Zaraban rebels", "took", "Aden")


def test_control_capitalised_name_without_actor():
    c = one("The Houthi-controlled port of Aden was shelled.", country="YE", profile=None)
    assert triple(c) == ("Houthi", "holds", "Aden")


def test_control_sudan_profile():
    cs = claims("The RSF seized Wad Madani after the army withdrew from the city of Khartoum.", country="SD",
                profile="sudan", published=dt.date(2023, 12, 19))
    assert {triple(c) for c in cs} == {("RSF", "took", "Wad Madani"), ("SAF", "withdrew", "Khartoum")}


def test_control_air_force_is_not_a_place():
    assert claims("An airstrike by the government-controlled air force hit a farm.") == []


def test_control_needs_a_place():
    assert claims("The LNA controls the narrative.") == []


def test_control_talk_is_not_control():
    assert claims("The LNA took part in talks in Sirte.") == []


def test_control_ids_deterministic():
    a = claims("The LNA controls Sirte. Gharyan fell to the LNA.")
    b = claims("The LNA controls Sirte. Gharyan fell to the LNA.")
    assert [c.id for c in a] == [c.id for c in b] and len({c.id for c in a}) == 2


def test_control_rejects_non_document():
    with pytest.raises(TypeError, match="doc"):
        ControlClaims()(None)
