"""The second- and third-level unit table (geo/data/admin_units.parquet) and its lookup by name."""
from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from geo.admin_units import units_named
from geo.boundaries import DATA_DIR
from geo.normalize import name_key


@pytest.fixture(scope="module")
def table():
    return pq.read_table(DATA_DIR / "admin_units.parquet").to_pydict()


def test_keys_are_the_names_keys_in_order(table):
    # the lookup bisects the key column: a key stale after a change to name_key would hide its unit
    keys = table["key"]
    assert keys == sorted(keys)
    assert all(k == name_key(n) for k, n in zip(keys, table["name"]))


def test_units_carry_a_country_and_a_centre_and_no_ukrainian_hromadas(table):
    assert len(table["name"]) > 100_000
    assert "UA" not in set(table["country"])
    assert all(len(c) == 2 for c in set(table["country"]))
    assert all(-90 <= lat <= 90 for lat in table["lat"]) and all(-180 <= lon <= 180 for lon in table["lon"])


def test_a_name_is_found_whatever_its_accents_and_case():
    (a,) = units_named("Imias")
    (b,) = units_named("IMÍAS")
    assert a == b and a.country == "CU"


def test_a_territory_the_source_filed_under_a_neighbour_keeps_its_own_country():
    # the package lists Mahagi (a DRC territory by Lake Albert) under Uganda
    (u,) = units_named("Mahagi")
    assert u.country == "CD"
    assert 1.5 < u.lat < 3.0 and 30.0 < u.lon < 31.5


def test_names_of_several_units_give_them_all_and_unknown_names_none():
    assert {u.country for u in units_named("Beni")} >= {"CD", "NP"}
    assert units_named("Qwxzyville") == ()
    assert units_named("") == ()
    with pytest.raises(TypeError):
        units_named(None)


def test_no_unit_of_a_country_whose_names_and_centres_the_source_misaligns(table):
    # the source pairs Burkina Faso's, Congo's, Malawi's and Namibia's names with other units' centres
    # ("Gorom Gorom" 270 km from the town): left out, no unit is better than one drawn hundreds of km off
    assert not {"BF", "CG", "MW", "NA"} & set(table["country"])
    assert units_named("Gorom Gorom") == () and units_named("Likoma") == ()
