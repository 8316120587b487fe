"""A country's point lies in its main part: far territories do not pull it away (audit gold2: the
United States was placed in Montana, 1,300 km from its usual centre, by Alaska and Hawaii)."""
from __future__ import annotations

import pytest
from shapely.geometry import MultiPolygon, box

from geo.gazetteer import _country_point


@pytest.fixture(scope="module")
def gaz():
    return pytest.importorskip("geo.gazetteer").load_gazetteer()


def test_united_states_point_is_in_the_contiguous_states(gaz):
    us = gaz.country("US")
    assert 37 < us.lat < 42 and -102 < us.lon < -95


@pytest.mark.parametrize("iso, lat, lon", [("FR", 46.7, 2.2), ("NO", 64.5, 12.7), ("RU", 62.0, 96.7), ("CA", 61.4, -98.3)])
def test_other_countries_keep_their_label_point(gaz, iso, lat, lon):
    c = gaz.country(iso)
    assert abs(c.lat - lat) < 0.1 and abs(c.lon - lon) < 0.1


def test_far_small_part_moves_the_point_to_the_main_part():
    main, far = box(0, 0, 20, 10), box(-60, 40, -50, 45)
    geom = MultiPolygon([main, far])
    # a label pulled off the main part by 1,000 km or more goes to the main part's centre
    assert _country_point(geom, 20.0, -20.0) == (5.0, 10.0)
    # a label near the main part stays
    assert _country_point(geom, 6.0, 11.0) == (6.0, 11.0)
    assert _country_point(main, 20.0, -20.0) == (20.0, -20.0)
