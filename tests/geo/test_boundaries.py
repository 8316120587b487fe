"""Offline boundaries: derived Natural Earth files and the shapes they give."""
import json

import pytest
from shapely.geometry import Point

from geo.boundaries import (DATA_DIR, admin1_frame, admin1_shape, basemap_geojson,
                            countries_frame, country_shape, region_rows, region_shape)

TRIPOLI = Point(13.19, 32.89)
BENGHAZI = Point(20.07, 32.12)
SABHA = Point(14.43, 27.04)
DONETSK = Point(37.80, 48.00)


def test_derived_files_exist_and_are_small():
    sizes = {p.name: p.stat().st_size for p in DATA_DIR.iterdir() if p.is_file()}
    for name in ("admin1.parquet", "countries.parquet", "basemap.geojson", "regions.csv",
                 "curated_places.csv", "demonyms.csv", "country_aliases.csv", "README.md"):
        assert name in sizes, name
    # 6.0 MB with the US county centres from towns and the DRC provinces; 8.7 MB with the admin-2/3 units
    assert sum(sizes.values()) < 9_000_000
    assert sizes["basemap.geojson"] < 400_000
    assert sizes["admin_units.parquet"] < 3_000_000


def test_country_shape_libya_contains_tripoli():
    shape = country_shape("LY")
    assert shape.is_valid and shape.contains(TRIPOLI)


def test_country_shape_accepts_lowercase_code():
    assert country_shape("ly").equals(country_shape("LY"))


def test_country_shape_unknown_is_none():
    assert country_shape("ZZ") is None


@pytest.mark.parametrize("bad", ["LBY", "", "L1"])
def test_country_shape_rejects_bad_code(bad):
    with pytest.raises(ValueError, match="iso2"):
        country_shape(bad)


def test_country_shape_rejects_non_string():
    with pytest.raises(TypeError, match="iso2"):
        country_shape(218)


def test_countries_frame_has_unique_codes():
    frame = countries_frame()
    assert frame["iso_a2"].is_unique and len(frame) > 200


def test_admin1_frame_columns():
    cols = set(admin1_frame().columns)
    assert {"id", "name", "alt_names", "iso_a2", "admin", "type", "region",
            "label_lon", "label_lat", "geometry"} <= cols


def test_admin1_libya_uses_current_districts():
    ly = admin1_frame("LY")
    assert len(ly) == 22
    assert "Al Jabal al Gharbi" in set(ly["name"])


def test_admin1_geometries_are_valid():
    assert admin1_frame().geometry.is_valid.all()


def test_admin1_ids_unique():
    assert admin1_frame()["id"].is_unique


def test_admin1_label_inside_polygon():
    for row in admin1_frame("SD").itertuples():
        assert row.geometry.buffer(1e-6).contains(Point(row.label_lon, row.label_lat)), row.name


def test_admin1_shape_tripoli_district():
    assert admin1_shape("ne:LBY-tarabulus").contains(TRIPOLI)


def test_admin1_shape_unknown_is_none():
    assert admin1_shape("ne:XXX-nowhere") is None


def test_regions_have_sources():
    rows = region_rows()
    assert rows and all(r["source"] for r in rows)


def test_region_admin1_ids_exist():
    ids = set(admin1_frame()["id"])
    for row in region_rows():
        for a in filter(None, row["admin1_ids"].split("|")):
            assert a in ids, (row["id"], a)


def test_libyan_historic_regions_partition_the_right_towns():
    cyr, tri, fez = (region_shape(f"region:ly-{n}") for n in ("cyrenaica", "tripolitania", "fezzan"))
    assert cyr.contains(BENGHAZI) and not cyr.contains(TRIPOLI)
    assert tri.contains(TRIPOLI) and not tri.contains(SABHA)
    assert fez.contains(SABHA) and not fez.contains(BENGHAZI)


def test_region_donbas_contains_donetsk():
    assert region_shape("region:ua-donbas").contains(DONETSK)


def test_region_bbox_fallback():
    assert region_shape("region:ps-gaza").contains(Point(34.45, 31.50))


def test_region_unknown_is_none():
    assert region_shape("region:nowhere") is None


def test_basemap_geojson_is_fresh_feature_collection():
    a = basemap_geojson()
    assert a["type"] == "FeatureCollection" and len(a["features"]) > 200
    a["features"].clear()
    assert basemap_geojson()["features"]


def test_basemap_geojson_serialises():
    assert json.dumps(basemap_geojson())


@pytest.mark.parametrize("region, seat", [
    ("region:et-north-gondar", Point(37.90, 13.16)),  # Debark
    ("region:et-central-gondar", Point(37.47, 12.60)),  # Gondar
    ("region:et-south-gondar", Point(38.02, 11.85)),  # Debre Tabor
    ("region:et-west-gondar", Point(36.16, 12.95)),  # Metemma
    ("region:et-north-wollo", Point(39.59, 11.83)),  # Woldia
    ("region:et-south-wollo", Point(39.63, 11.13)),  # Dessie
    ("region:et-east-gojjam", Point(37.73, 10.35)),  # Debre Markos
    ("region:et-west-gojjam", Point(37.27, 10.70)),  # Finote Selam
    ("region:ps-north-gaza", Point(34.48, 31.53)),  # Jabalia
])
def test_zone_boxes_hold_their_seats(region, seat):
    assert region_shape(region).contains(seat)


def test_north_gaza_leaves_gaza_city_out():
    assert not region_shape("region:ps-north-gaza").contains(Point(34.467, 31.502))
