"""Fiscal years as Gregorian spans ("FY2024" in a Pentagon story is October 2023 to September 2024, "the financial
year 2025-26" in an Indian one April 2025 to March 2026): the country is the earliest of those with a fiscal year
of their own (``patterns/fiscal_years.json``) the story names; with none named, a label is its plain years."""
from __future__ import annotations

import datetime as dt
import functools
import json
import re
from pathlib import Path

__all__ = ["fiscal_year_span"]

_FILE = Path(__file__).with_name("patterns") / "fiscal_years.json"


@functools.lru_cache(maxsize=1)
def _countries() -> tuple[dict, re.Pattern]:
    """The table, and one pattern of every country's names (a group per country: its ISO code)."""
    with _FILE.open(encoding="utf-8") as fh:
        table = json.load(fh)["countries"]
    alternatives = "|".join(f"(?P<{iso}>" + "|".join(re.escape(n) for n in sorted(spec["names"], key=len, reverse=True))
                            + ")" for iso, spec in table.items())
    return table, re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])")


def _country(text: str) -> dict | None:
    """The fiscal year of the earliest country the text names (of the table's), or None."""
    table, names = _countries()
    m = names.search(text)
    return table[m.lastgroup] if m is not None else None


def fiscal_year_span(text: str, first: int, last: int | None = None) -> tuple[dt.date, dt.date] | None:
    """The span of a fiscal year labelled ``first`` ("FY2024") or ``first``-``last`` ("2025-26", two years in a
    row), as the country ``text`` names keeps it; None with no such country named (or a label of no such year)."""
    spec = _country(text)
    if spec is None or (last is not None and last != first + 1):
        return None
    month = spec["start"]
    start_year = first if last is not None or spec["named_by"] == "start" else first - 1
    start = dt.date(start_year, month, 1)
    return start, dt.date(start_year + 1, month, 1) - dt.timedelta(days=1)
