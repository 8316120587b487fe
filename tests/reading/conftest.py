"""Fixtures shared by the reading tests."""
from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def gaz():
    """The offline gazetteer the tool ships (a test file that reads with a fake one defines its own ``gaz``)."""
    return pytest.importorskip("geo.gazetteer").load_gazetteer()


@pytest.fixture(scope="session")
def nlp():
    """The reading pipeline with no conflict profile chosen in advance (the article picks its own),
    as the CLI and the app read (a test file that needs another pipeline defines its own ``nlp``)."""
    return pytest.importorskip("reading.pipeline").default_pipeline(profile=None)
