"""Fixtures shared by the reading tests."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def gaz():
    """The offline gazetteer the tool ships (a test file that reads with a fake one defines its own ``gaz``)."""
    return pytest.importorskip("geo.gazetteer").load_gazetteer()
