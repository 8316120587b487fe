""""the Channel" alone is the English Channel, as British and French news writes it (gold 26's first run missed it
in a story of small boats from France): listed unplaced like "the Gulf", never a TV channel or a longer name."""
from __future__ import annotations

from reading.geoparse import geoparse


def _surfaces(text: str, gaz) -> list[str]:
    return [text[r["start"]:r["end"]] for r in geoparse(text, gazetteer=gaz)]


def test_the_channel_alone_is_a_place(gaz):
    assert "Channel" in _surfaces("Coastguards said two dinghies had capsized in the Channel overnight.", gaz)


def test_longer_names_and_tv_channels_are_not(gaz):
    assert "Channel" not in _surfaces("Freight through the Channel Tunnel resumed on Sunday.", gaz)
    assert _surfaces("The documentary aired on the History Channel and then on the channel's website.", gaz) == []
