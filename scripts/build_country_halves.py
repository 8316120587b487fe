"""The parts of two-part country names as regions ("Herzegovina", "Trinidad", "Tobago"), from shipped data only.

A country named "X and Y" (``pycountry``'s short name: "Bosnia and Herzegovina", "Trinidad and
Tobago", "Antigua and Barbuda") is made of the lands X and Y, and reporters name either alone
("fighting in Herzegovina", "San Fernando, a city in Trinidad"). A part becomes a region of the
country made of the country's Natural Earth admin-1 units whose name holds the part as words
("Herzegovina-Neretva" and "West Herzegovina"; "Eastern Tobago" and "Western Tobago"), or, when no
unit names it, of all the units that do not name the other part (Trinidad: the units of Trinidad
and Tobago but Tobago's). Left out: a part that already names a place of the country (the "Bosnia"
alias, the unit "Barbuda", the capital "Sao Tome"), a nationality ("Turks"), and a part neither of
whose halves any unit names (Saint Kitts and Nevis, Wallis and Futuna): no shape for it.
Prints regions.csv rows. Usage: python scripts/build_country_halves.py
"""
from __future__ import annotations

import csv
import os
import re
import sys

sys.path.insert(0, os.getcwd())
from geo import boundaries  # noqa: E402
from geo.gazetteer import load_gazetteer  # noqa: E402
from geo.normalize import name_key  # noqa: E402

TWO_PART = re.compile(r"(?:the )?([A-Z][^,]*?) and (?:the )?([A-Z][^,]*)$")


def _holds(unit: str, part: str) -> bool:
    return f" {name_key(part)} " in f" {name_key(unit).replace('-', ' ')} "


def main() -> None:
    import pycountry

    gaz = load_gazetteer()
    demonyms = set()
    with open(boundaries.DATA_DIR / "demonyms.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            demonyms |= {name_key(row["demonym"]), name_key(row["demonym"]) + "s"}
    out = csv.writer(sys.stdout, lineterminator="\n")
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        name = getattr(c, "common_name", None) or c.name
        m = TWO_PART.match(name)
        if m is None:
            continue
        units = boundaries.admin1_frame(c.alpha_2)
        units = [(r.id, r.name) for r in units.itertuples() if not all(_holds(r.name, p) for p in m.groups())]
        for part, other in (m.groups(), m.groups()[::-1]):
            if name_key(part) in demonyms or any(p.country == c.alpha_2 for p in gaz.candidates(part, fuzzy=False)):
                continue
            ids = [i for i, n in units if _holds(n, part)]
            how = "the units whose name holds it"
            if not ids and any(_holds(n, other) for _, n in units):
                ids = [i for i, n in units if not _holds(n, other)]
                how = f"the units but those named after {other}"
            if not ids:
                continue
            slug = name_key(part).replace(" ", "-")
            out.writerow([f"region:{c.alpha_2.lower()}-{slug}", part, "", c.alpha_2, "|".join(sorted(ids)), "",
                          f"a part of {name} named alone (pycountry ISO 3166-1 name): {how}, Natural Earth admin-1; "
                          f"scripts/build_country_halves.py; approximate"])


if __name__ == "__main__":
    main()
