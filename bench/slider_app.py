"""Bench-only Streamlit page: a synthetic events frame on the app's map, with day-step buttons.

Started by ``bench/slider.py``; not part of the app. Environment:
``CM_BENCH_N`` (events, default 10000) and ``CM_BENCH_MAP``:
``ours`` (``layers.mapview.app_map`` + ``st_folium(feature_group_to_add=...)``,
as in ``streamlit_app.py``) or ``plain`` (a new folium map of CircleMarkers
for the events up to the date, re-rendered on every step: the usual
``st_folium`` pattern).
"""
from __future__ import annotations

import base64
import copy
import datetime as dt
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import JQUERY, empty_zones, synthetic_events  # noqa: E402

import folium  # noqa: E402
import streamlit as st  # noqa: E402
from streamlit_folium import st_folium  # noqa: E402

from layers.assets import css_urls, js_urls  # noqa: E402
from layers.mapview import app_map, time_layer  # noqa: E402

N = int(os.environ.get("CM_BENCH_N", "10000"))
KIND = os.environ.get("CM_BENCH_MAP", "ours")
START = dt.date(2019, 10, 1)


@st.cache_resource
def data(n: int):
    return synthetic_events(n, seed=n), empty_zones()


@st.cache_resource
def base_map(n: int) -> folium.Map:
    events, zones = data(n)
    return app_map(events, zones, at=START)[0]


@st.cache_resource
def jquery_uri() -> str:
    return "data:text/javascript;base64," + base64.b64encode(JQUERY.read_bytes()).decode("ascii")


def plain_map(events, at: dt.date) -> folium.Map:
    shown = events[events["event_date"] <= at.isoformat()]
    m = folium.Map(location=[30.0, 17.0], zoom_start=6, tiles=None)
    # The same vendored files as ours, plus the jQuery folium's Popup needs (inlined: offline).
    m.default_js = [("jquery", jquery_uri())] + js_urls("static")
    m.default_css = css_urls("static")
    for lat, lon, quote in zip(shown["latitude"], shown["longitude"], shown["quote"]):
        folium.CircleMarker([lat, lon], radius=5, popup=folium.Popup(quote, max_width=300)).add_to(m)
    return m


events, zones = data(N)
if "at" not in st.session_state:
    st.session_state.at = START


def step(days: int) -> None:
    st.session_state.at += dt.timedelta(days=days)


left, right = st.columns(2)
left.button("◀", key="prev_day", on_click=step, args=(-1,))
right.button("▶", key="next_day", on_click=step, args=(1,))
st.subheader(f"Map as of {st.session_state.at.isoformat()}")
if KIND == "ours":
    # As streamlit_app.py: the all-dates map built once (cached), copied per rerun
    # (st_folium mutates it); a step sends only the date layer.
    base = copy.deepcopy(base_map(N))
    st_folium(base, key="map", height=620, use_container_width=True, returned_objects=[],
              feature_group_to_add=time_layer(st.session_state.at))
else:
    st_folium(plain_map(events, st.session_state.at), key="map", height=620, use_container_width=True,
              returned_objects=[])
