"""Shared fixtures: the seeds built once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seeds_build():
    """The whole build of the seed corpus (reading, events, zones)."""
    from conflict_map.build import build

    return build(SEEDS)


@pytest.fixture(scope="session")
def seeds_out(tmp_path_factory, seeds_build):
    """Every export of the seeds, written once into a temporary folder."""
    import datetime as dt

    from conflict_map.build import write_outputs

    out = tmp_path_factory.mktemp("seeds-out")
    write_outputs(seeds_build, out, at=dt.date(2019, 4, 9))
    return out


def pytest_terminal_summary(terminalreporter):
    """Print what the bad-input tests tried and what became of it."""
    import sys

    mod = sys.modules.get("tests.test_bad_inputs")
    line = mod.pytest_summary_line() if mod else None
    if line:
        terminalreporter.write_line(line)
