"""Cheap whole-text tests that gate the place rules say yes exactly when the plain test they replace
would: a faster gate must never skip a rule that could fire."""
from __future__ import annotations

import re

import pytest

from reading import toponyms


@pytest.mark.parametrize("text", [
    "Shelling hit the Mayo-Sava division overnight.",
    "Troops left the Donga\u2011Mantung area.",
    "Troops left the Donga\u2010Mantung area.",
    "A well-known road linked them.",  # hyphen between lower-case letters: no
    "GAO-Menaka convoy",  # capital before the hyphen: no
    "-Menaka at the very start",  # nothing before the hyphen: no
    "x-Y",
    "end of line\n-Abc",  # a line break before the hyphen: no
    "co-Chair and vice\u2011President",
    "",
])
def test_capital_hyphen_hint_agrees_with_the_plain_pattern(text):
    plain = re.compile(r"[a-z][-\u2010\u2011][A-Z]")
    assert (toponyms._CAPITAL_HYPHEN_HINT.search(text) is not None) == (plain.search(text) is not None)
