"""Offline geography: names to places (the gazetteer), places to shapes.

Everything here works with no network: the gazetteer and boundaries are built
from data shipped in ``geo/data`` or in PyPI packages.
"""
