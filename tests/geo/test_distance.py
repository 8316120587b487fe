"""The readers' great-circle distance: right on known city pairs, symmetric, zero at a point, and
safe where rounding could push the haversine term past 1 (antipodes)."""
import math

import pytest

from geo.distance import great_circle_km


def test_known_distances():
    assert great_circle_km(51.5074, -0.1278, 48.8566, 2.3522) == pytest.approx(344, abs=3)  # London-Paris
    assert great_circle_km(32.8872, 13.1913, 32.1167, 20.0667) == pytest.approx(647, abs=5)  # Tripoli-Benghazi


def test_symmetric_and_zero():
    assert great_circle_km(15.5, 32.5, 13.2, 30.2) == great_circle_km(13.2, 30.2, 15.5, 32.5)
    assert great_circle_km(-1.68, 29.22, -1.68, 29.22) == 0.0


def test_antipodes_are_half_the_circumference():
    assert great_circle_km(0.0, 0.0, 0.0, 180.0) == pytest.approx(math.pi * 6371.0, rel=1e-12)
    assert great_circle_km(90.0, 0.0, -90.0, 0.0) == pytest.approx(math.pi * 6371.0, rel=1e-12)
