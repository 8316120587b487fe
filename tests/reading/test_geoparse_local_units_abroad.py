"""A town written with a local unit word ("X township", "X district") in a sentence that names a
region of one country is a place of that region, not a far namesake abroad: placed at the unit of the
name (geo/admin_units.py) or, when no source has it, left unplaced (listed), never pinned on another
continent."""
import pytest

from geo.gazetteer import load_gazetteer
from reading.geoparse import geoparse


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def rows(text, gaz):
    return {t["name"]: t for t in geoparse(text, gazetteer=gaz)}


def test_a_township_of_a_named_region_is_not_its_namesake_abroad(gaz):
    got = rows("In Sagaing region, resistance fighters raided a police post in Kani township on Friday.", gaz)
    assert got["Sagaing"]["lat"] is not None
    # the Sagaing township (since the admin-2/3 units; listed unplaced before), not Kani, Japan
    assert got["Kani"]["lat"] == pytest.approx(22.45, abs=0.5) and got["Kani"]["lon"] == pytest.approx(94.66, abs=0.5)


def test_a_district_of_its_own_country_stays_placed(gaz):
    got = rows("Cholera cases rose in Kasese district, western Uganda, on Thursday.", gaz)
    assert got["Kasese"]["lat"] == pytest.approx(0.09, abs=0.5)


def test_a_unit_named_in_another_sentence_moves_nothing(gaz):
    got = rows("Fighting was reported in Sagaing region. Separately, a festival opened in Kani city in Gifu.", gaz)
    assert got["Kani"]["lat"] == pytest.approx(35.4, abs=0.5)
