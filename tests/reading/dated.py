"""The one date a sentence of a dates test holds (shared by the date test modules)."""
from reading.dates import find_dates


def only_date(text, published):
    """The one date mention of ``text`` that resolves to a date (the test fails if there is not exactly one)."""
    (m,) = [m for m in find_dates(text, published) if m.date is not None]
    return m
