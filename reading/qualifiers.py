"""First-level units (states, provinces, counties) as qualifiers of town names.

Local news names a town with its state: "Springfield, Ill.", "Athens, Georgia",
"Gundagai, NSW", "Lewes, East Sussex", "PARIS, Texas -". Three rules live here,
each called from :mod:`reading.toponyms` by one line:

- :func:`town_of_unit`: a bare admin-1 name means a town of that name only when
  the town lies in (or at the edge of) the unit: "Marib" is the town in Marib
  governorate, but "Oregon" is not Oregon, Ohio.
- :func:`unit_qualifiers`: "Town, Unit" (a full unit name, a USPS/ISO code or an
  AP abbreviation after a comma) keeps the town's namesakes inside the unit, and
  the qualifier is itself a mention of the unit.
- :func:`pull_to_units`: a unit the article names pulls its ambiguous towns to
  the namesake inside it, as a named country does ("Springfield" in an article
  about Illinois).

Abbreviations: ``geo/data/admin1_abbreviations.csv`` (see geo/data/README.md).
"""
from __future__ import annotations

import csv
import functools
import io
import math
import re
from bisect import bisect_left
from pathlib import Path
from typing import Any

from geo.distance import great_circle_km
from geo.gazetteer import NEWS_UNIT_COUNTRIES, respelt_generics, when_loaded
from reading.memos import gazetteer_memo, memo_table
from reading.prefilter import CUE_WORDS

__all__ = ["town_of_unit", "unit_qualifiers", "bare_after_qualified", "unit_after_town", "pull_to_units", "units_of_towns", "place_units", "abbreviations"]

_DATA = Path(__file__).resolve().parent.parent / "geo" / "data" / "admin1_abbreviations.csv"
#: A town this close to a unit's outline belongs to it (capital districts, coasts, simplified outlines).
_EDGE_KM = 30.0
#: A town known by another name ("Kiev" for Kyiv) stands for the unit only when it is this big.
_ALIAS_POPULATION = 100_000
#: Kinds a unit qualifier may pick inside the unit.
_TOWN_KINDS = ("city", "district", "landmark", "airport", "county")
#: A name ending with one of these words means the unit itself ("Gao region", "Idlib province").
_AREA_WORD = re.compile(r"\b(?:province|state|region|governorate|oblast|district|county|prefecture|department)$", re.I)
#: Kinds of units: first-level divisions and named regions (Wales, Darfur, Donbas).
_UNIT_KINDS = ("admin1", "region")


@functools.lru_cache(maxsize=1)
def abbreviations() -> dict[str, tuple[str, str, str]]:
    """Abbreviation as written ("Ill.", "IL", "NSW") -> (ISO2, admin-1 name, style "code"/"ap")."""
    out: dict[str, tuple[str, str, str]] = {}
    with open(_DATA, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(row["abbr"], (row["country"], row["admin1"], row["style"]))
    # "N. C.", "S. C.", "D. C.": the letters spaced, as older reports and books write them ("W. Va." is listed)
    for k, v in list(out.items()):
        if _DOTTED.fullmatch(k):
            out.setdefault(". ".join(k[:-1].split(".")) + ".", v)
    return out


#: An abbreviation of dotted capitals ("N.C.", "N.W.T.").
_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")
#: Spaced dotted capitals ("N. H."): after a comma, initials too ("Capt. Smith, N. H. McLean"), unless
#: no capitalised word follows.
_SPACED = re.compile(r"(?:[A-Z]\. )+[A-Z]\.")


def _abbr_alternatives() -> str:
    keys = sorted(abbreviations(), key=lambda k: (-len(k), k))
    return "|".join(re.escape(k) + (r"(?![ \t]+[A-Z][a-z])" if _SPACED.fullmatch(k) else "") for k in keys)


@functools.lru_cache(maxsize=1)
def _abbr_regex() -> re.Pattern:
    alts = _abbr_alternatives()
    # After a word and a comma; a dotted abbreviation ends with its dot, others with the word.
    return re.compile(r"(?<=[^\W\d_]),[ \t]*(?P<abbr>" + alts + r")(?![^\W\d_])(?!\.[^\W\d_])")


@functools.lru_cache(maxsize=1)
def _abbr_at() -> re.Pattern:
    alts = _abbr_alternatives()
    return re.compile(r",[ \t]*(?P<abbr>" + alts + r")(?![^\W\d_])(?!\.[^\W\d_])")


@functools.lru_cache(maxsize=1)
def _abbr_in_parentheses() -> re.Pattern:
    """A dotted state abbreviation in parentheses after a town, as sports pages and listings write it
    ("Fulton (Ill.) beat Morrison", "a player from Joplin (Mo.)"); undotted codes are left out ("(AP)")."""
    keys = sorted((k for k in abbreviations() if k.endswith(".")), key=lambda k: (-len(k), k))
    return re.compile(r" \((?P<abbr>" + "|".join(re.escape(k) for k in keys) + r")\)")


#: (each branch opens on a plain character, so the regex engine skips to the next comma or space)
_COMMA_CAP = re.compile(r",[ \t]*[A-Z]| (?P<paren>\()[A-Z]")


def _abbr_matches(text: str):
    """The matches of :func:`_abbr_regex`, tried only at commas after a letter and before a capital, and of
    :func:`_abbr_in_parentheses` at a parenthesis after a letter."""
    at = _abbr_at().match
    for c in _COMMA_CAP.finditer(text):
        i = c.start()
        if i and text[i - 1].isalpha():
            m = (_abbr_in_parentheses() if c.group("paren") else _abbr_at()).match(text, i)
            if m is not None:
                yield m


# --------------------------------------------------------------------------- memos per gazetteer

_MEMO_MAX = 200_000  # entries kept per gazetteer (distances, units); emptied beyond


def _memo(gazetteer: Any) -> dict:
    """This module's answers kept while ``gazetteer`` lives (:func:`reading.memos.gazetteer_memo`)."""
    return gazetteer_memo(gazetteer, "qualifiers")


def _get(gazetteer: Any, pid: str) -> Any:
    try:
        return gazetteer._by_id[pid]  # Gazetteer.get's first step, without its call (see toponyms._get)
    except (KeyError, TypeError, AttributeError):
        pass
    try:
        return gazetteer.get(pid)
    except (KeyError, TypeError, AttributeError):
        return None


def _unit(gazetteer: Any, country: str, name: str) -> Any:
    """The admin-1 place of this country and name (None when the gazetteer has none)."""
    memo = _memo(gazetteer)
    key = ("unit", country, name)
    if key not in memo:
        found = None
        try:
            for p in gazetteer.candidates(name, fuzzy=False):
                if p.kind == "admin1" and p.country == country and p.name == name:
                    found = p
                    break
        except (AttributeError, TypeError):
            found = None
        memo[key] = found
    return memo[key]


_OUTLINES = Path(__file__).resolve().parent.parent / "geo" / "data" / "admin1_outlines.csv"


class _Outlines:
    """Admin-1 id -> coarse outline, each parsed from its WKT when first asked for (a story
    needs a few of the ~4,500: parsing them all cost more than reading the file)."""

    __slots__ = ("_wkts", "_shapes")

    def __init__(self, wkts: dict[str, str]) -> None:
        self._wkts = wkts
        self._shapes: dict[str, Any] = {}

    def get(self, key: str, default: Any = None) -> Any:
        shape = self._shapes.get(key)
        if shape is None:
            wkt = self._wkts.get(key)
            if wkt is None:
                return default
            import shapely

            shape = self._shapes[key] = shapely.from_wkt(wkt)
        return shape

    def __getitem__(self, key: str) -> Any:
        shape = self.get(key)
        if shape is None:
            raise KeyError(key)
        return shape

    def __contains__(self, key: object) -> bool:
        return key in self._wkts

    def __len__(self) -> int:
        return len(self._wkts)


@functools.lru_cache(maxsize=1)
def _outlines() -> _Outlines:
    """Admin-1 id -> coarse outline (5 km: enough to tell a town at a unit's edge; ~10 MB
    instead of the ~60 MB of the full polygons, which plain geoparsing never loads)."""
    from geo.gazetteer import data_table

    return _Outlines(data_table("admin1-outlines", _OUTLINES.name, _outline_wkts))


def _outline_wkts(data: bytes) -> dict[str, str]:
    """Admin-1 id -> WKT of its outline, from the bytes of ``admin1_outlines.csv``."""
    rows = csv.DictReader(io.StringIO(data.decode("utf-8"), newline=""))
    return {r["id"]: r["wkt"] for r in rows}


@functools.lru_cache(maxsize=256)
def _region_outline(region_id: str) -> Any:
    """A region's coarse outline: its admin-1 outlines joined, or its bbox (None when unknown)."""
    import shapely
    from shapely.geometry import box

    from geo import boundaries

    for row in boundaries.region_rows():
        if row["id"] != region_id:
            continue
        parts = [g for g in (_outlines().get(x) for x in row["admin1_ids"].split("|") if x) if g is not None]
        if parts:
            return shapely.union_all(parts)
        if row["bbox"]:
            x0, y0, x1, y1 = (float(v) for v in row["bbox"].split())
            return box(x0, y0, x1, y1)
    return None


def _outline(unit: Any) -> Any:
    if unit.kind == "admin1":
        return _outlines().get(unit.id)
    if unit.kind == "region" and isinstance(unit.id, str):
        return _region_outline(unit.id)
    return None


def _edge_km(gazetteer: Any, town: Any, unit: Any) -> float:
    """Kilometres from a town to the outline of a unit (0 inside; inf when it has no outline)."""
    memo = _memo(gazetteer)
    key = ("edge", town.id, unit.id)
    d = memo.get(key)
    if d is None:
        if len(memo) > _MEMO_MAX:
            memo.clear()
        try:
            okey = ("outline", unit.kind, unit.id)  # (the outline and its bounds, read once per unit)
            got = memo.get(okey)
            if got is None:
                geom = _outline(unit)
                if geom is None:
                    raise LookupError(unit.id)
                got = memo[okey] = (geom, geom.bounds)
            geom, (x0, y0, x1, y1) = got
            if not (x0 - 1.0 <= town.lon <= x1 + 1.0 and y0 - 1.0 <= town.lat <= y1 + 1.0):
                d = 100.0  # over 1 degree outside its bounds: far (and not worth measuring)
            else:
                from shapely.geometry import Point

                deg = geom.distance(Point(town.lon, town.lat))
                d = deg * 111.2 * max(0.2, math.cos(math.radians(town.lat)))
        except Exception:  # no outline: only the admin-1 field counts
            d = math.inf
        memo[key] = d
    return d


#: A town filed under the next unit but this close to this one may be in it (a border town, simplified outlines).
_BORDER_KM = 10.0


def in_unit(gazetteer: Any, town: Any, unit: Any) -> bool:
    """True when a town lies in an admin-1 unit: its admin-1 field says so, or it is at the unit's
    edge (within 30 km when outside every outline, 10 km when filed under the next unit). An island
    (``geo/data/islands.csv``) holds only the towns inside its box: its edge is the sea (Oban is no town
    of Mull)."""
    if town.country != unit.country:
        return False
    if unit.admin1 and town.admin1 == unit.admin1:
        return True
    if unit.id.startswith("island:"):
        return _edge_km(gazetteer, town, unit) == 0.0
    return _edge_km(gazetteer, town, unit) <= (_BORDER_KM if town.admin1 else _EDGE_KM)


# --------------------------------------------------------------------------- a bare unit name


#: A town at a unit's edge stands for the unit's name only with this many people (GeoNames: unknown is 0).
_EDGE_TOWN_POPULATION = 1000


def town_of_unit(gazetteer: Any, unit: Any, towns: list[Any], surface: str) -> Any:
    """The town a bare unit name stands for ("Kidal", "Marib", "Sanaa"), or None ("Oregon", "Illinois").

    ``towns``: the name's towns in the unit's country, best first. A town stands
    for the unit's name when it lies in the unit, or at its edge (a capital district
    next to its province) and is known by that very name or is big (an alias such
    as "Kiev"); the country's capital always does ("Washington", "Mexico").
    """
    if gazetteer is None or unit.kind not in _UNIT_KINDS:
        return towns[0] if towns else None
    memo = _memo(gazetteer)
    mkey = ("town of unit", unit.id, surface, tuple(t.id for t in towns))
    if mkey in memo:
        return memo[mkey]
    if len(memo) > _MEMO_MAX:
        memo.clear()
    out = memo[mkey] = _town_of_unit(gazetteer, unit, towns, surface)
    return out


def _town_of_unit(gazetteer: Any, unit: Any, towns: list[Any], surface: str) -> Any:
    from geo.normalize import name_key
    from reading.toponyms import capital_name

    key = name_key(surface)
    capital = name_key(capital_name(unit.country) or "")
    for t in towns:
        own = name_key(t.name)
        if capital and own == capital and t.kind == "city":
            return t
        if shortened_key(key, own) and (t.population or 0) < SHORT_NAME_CITY:
            continue  # "Sinaloa" is the state, not Sinaloa de Leyva; "Durango", not Victoria de Durango
        if t.admin1 and t.admin1 == unit.admin1:
            return t
        if unit.kind == "region" and _edge_km(gazetteer, t, unit) == 0.0:
            return t  # inside a region (regions have no admin-1 field to compare)
        if (own == key and (t.population or 0) >= _EDGE_TOWN_POPULATION) or (t.population or 0) >= _ALIAS_POPULATION:
            # (a hamlet over the border is no town of the unit: Hebei, a village of Beijing, is not Hebei)
            d = _edge_km(gazetteer, t, unit)
            if d <= _EDGE_KM or (d == math.inf and not t.admin1):
                return t  # at the unit's edge (or nothing known of where either lies)
    return None


#: A city this big is meant by a shortened name of its own ("New York" for New York City).
SHORT_NAME_CITY = 1_000_000


#: Words that make no other name of a town: "Bandundu Province" (a GeoNames town) is Bandundu.
_GENERIC_WORDS = frozenset("city town province district municipality village county region state department "
                           "prefecture governorate oblast".split())


def shortened_key(key: str, own: str) -> bool:
    """``key`` is only the first or last word(s) of the name key ``own`` ("sinaloa" of "sinaloa de
    leyva", "durango" of "victoria de durango", "nasir" of "nasir extension"): a shortened name.
    A generic word left over ("bandundu province", "kuwait city") makes no other name."""
    if not key or len(own) <= len(key):
        return False
    if own.startswith(key + " "):
        rest = own[len(key) + 1 :]
    elif own.endswith(" " + key):
        rest = own[: len(own) - len(key) - 1]
    else:
        return False
    return not all(w in _GENERIC_WORDS for w in rest.split())


# --------------------------------------------------------------------------- "Town, Unit"

_PLACE_COMMA = re.compile(r"(?:^|(?<=[^\w'-]))([A-Z][\w'-]*(?:[ -][A-Z][\w'-]*){0,3}),[ \t]*$")


def unit_after_town(text: str, s: int, e: int, gazetteer: Any) -> bool:
    """"Newport, Wales": a name that is also a common word ("wales") is a place right after
    "Town, " when it names a unit (admin-1 or region) and the town is in the gazetteer."""
    m = _PLACE_COMMA.search(text, max(0, s - 60), s)
    if m is None or m.end() != s:
        return False
    try:
        if not any(p.kind in _UNIT_KINDS for p in gazetteer.candidates(text[s:e], fuzzy=False)):
            return False
        words = m.group(1)
        return any(gazetteer.candidates(words[k:], fuzzy=False)
                   for k in [0] + [i + 1 for i, c in enumerate(words) if c in " -"])
    except (AttributeError, TypeError):
        return False



#: ", Mississippi", ", New South Wales": a unit's full name after a town (one to three words).
_UNIT_NAME_AFTER = re.compile(r",[ \t]*([A-Z][a-z]+(?:[ \t][A-Z][a-z]+){0,2})\b")


def town_before_unit(text: str, s: int, e: int, gazetteer: Any) -> bool:
    """True when the name at ``s:e`` is followed by ", " and a US state, Canadian province or
    Australian state, abbreviated ("Miss.", "W.Va.", "NSW") or in full ("Mississippi"), in which the
    gazetteer has a town of that name: "Greenwood, Miss." names the town, whatever else the word is; so
    does a dotted abbreviation in parentheses ("Fulton (Ill.)")."""
    unit = None
    m = _abbr_at().match(text, e) or _abbr_in_parentheses().match(text, e)
    if m is not None:
        country, name, _ = abbreviations()[m.group("abbr")]
        unit = _unit(gazetteer, country, name)
        units = [unit] if unit is not None else []
    else:
        m = _UNIT_NAME_AFTER.match(text, e)
        if m is None:
            return False
        try:
            units = [p for p in gazetteer.candidates(m.group(1), fuzzy=False)
                     if p.kind == "admin1" and p.country in NEWS_UNIT_COUNTRIES]
        except (AttributeError, TypeError):
            return False
    if not units:
        return False
    try:
        towns = [p for p in gazetteer.candidates(text[s:e], fuzzy=False) if p.kind in _TOWN_KINDS]
    except (AttributeError, TypeError):
        return False
    return any(p.country == u.country and (p.admin1 == u.admin1 or in_unit(gazetteer, p, u)) for p in towns for u in units)


def _units_table(gazetteer: Any) -> dict:
    """Candidate ids (tuple) -> their units, kept per gazetteer."""
    return memo_table(gazetteer, "qualifiers", "units", _MEMO_MAX)


def _units_of(gazetteer: Any, ids: list[str], table: dict | None = None) -> list[Any]:
    """The units (admin-1, region) among these candidates, in order (kept per gazetteer)."""
    if table is None:
        table = _units_table(gazetteer)
    key = tuple(ids)
    out = table.get(key)
    if out is None:
        out = table[key] = [p for p in (_get(gazetteer, i) for i in ids) if p is not None and p.kind in _UNIT_KINDS]
    return out


def _narrow(gazetteer: Any, anchor: Any, unit: Any) -> bool:
    """Keep the anchor's candidates inside ``unit``; False (unchanged) when none is.

    An accented name keeps its unaccented namesake in the unit said with it: "San José, California" is
    San Jose, though the accent alone drops the Californian city (``reading.toponyms._accent_kept``)."""
    inside, edge = _inside_unit(gazetteer, anchor.candidates, unit)
    if not inside and not edge and not anchor.surface.isascii():
        from reading.toponyms import _accented, _exact_candidates

        if _accented(anchor.surface):
            inside, edge = _inside_unit(gazetteer, _exact_candidates(gazetteer, anchor.surface), unit)
    if not inside and not edge:
        return False
    anchor.candidates = inside + edge
    anchor.country = unit.country
    return True


def _inside_unit(gazetteer: Any, ids: list[str], unit: Any) -> tuple[list[str], list[str]]:
    """(towns of ``ids`` in ``unit``, towns of ``ids`` at its edge)."""
    inside, edge = [], []
    for pid in ids:
        p = _get(gazetteer, pid)
        if p is not None and p.kind in _TOWN_KINDS and in_unit(gazetteer, p, unit):
            (inside if p.admin1 == unit.admin1 else edge).append(pid)
    return inside, edge


#: A compass part of a unit ("southern Queensland", "the far south-west of Victoria"): a town said
#: to be in it is in the unit.
_COMPASS_PART = re.compile(r"(?:the[ \t]+)?(?:far[ \t]+)?(?:north|south|east|west|central)", re.I)

#: The word of a local government area before its name ("the Shire of X", "the Municipality of X"): such
#: an area lies in a first-level unit, so "in Y" after it names the unit, not a city called Y.
_LOCAL_UNIT_BEFORE = re.compile(r"\b(?:Shire|City|Municipality|District|Borough|Township|Council)[ \t]+of[ \t]+$")

#: Relations of a place said by a phrase before its name ("near X", "north of X", "between X and Y").
_PHRASE_RELATIONS = frozenset({"near", "offset", "between", "sector"})

_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")


def _next_found(found: list, pos: int) -> Any:
    """The first of ``found`` (sorted by start) that starts at or after ``pos``, else None: found by
    bisection, as a list of thousands of names asks it of each of them."""
    i = bisect_left(found, pos, key=_start_of)
    return found[i] if i < len(found) else None


def _start_of(f: Any) -> int:
    return f.start


def _listed(text: str, f: Any, found: list) -> bool:
    """True when another place follows ``f`` as the next item of a list ("in Kharkiv, Sumy and Chernihiv");
    a reference after a comma is none ("named after Aberdeen in Scotland, the city grew"), nor is a place
    said by a phrase ("Florence, Kentucky, near Cincinnati": where the namesake lies, no third item)."""
    g = _next_found(found, f.end)
    if g is None or (g.anchors and g.anchors[0].kind == "ref") or g.relation in _PHRASE_RELATIONS:
        return False
    return bool(_LIST_GAP.match(text[f.end : g.start]))


def _country_follows(text: str, f: Any, found: list, gazetteer: Any, units: list) -> bool:
    """True when the place after unit name ``f`` is, after a comma, the country of one of ``units``
    and ends the run: "Monroe County, Wisconsin, United States" is a chain of qualifiers, no list of
    three places (so the county is narrowed to the state's)."""
    nxt = _next_found(found, f.end)
    if nxt is None or not nxt.anchors or text[f.end : nxt.start].strip() != "," or _listed(text, nxt, found):
        return False
    countries = {u.country for u in units}
    return any((p := _get(gazetteer, pid)) is not None and p.kind == "country" and p.country in countries
               for pid in nxt.anchors[0].candidates)


#: A town this far (km) or more from the outline of the unit the text puts it in is another place
#: (:func:`_edge_km` measures up to 100 km, beyond one degree outside the outline's bounds).
_ELSEWHERE_KM = 100.0


#: A town's first reading this big elsewhere needs the state after it to give way to the namesake in it.
_BIG_ELSEWHERE = 100_000


def _state_before_a_town(text: str, f: Any, found: list, gazetteer: Any, a: Any, units: list) -> bool:
    """True when unit name ``f`` is a state of a federation set off by commas after the town ``a``, whose
    first reading is a big town outside it but a namesake in it, and the next item is a town: "between Cairo,
    Illinois, and New Orleans" qualifies Cairo (AP style), no list of a town, a state and a town (nor
    Cairo, Egypt). (Where the first reading is in the state already, the list is read as before.)"""
    if not text.startswith(", ", f.end):
        return False
    g = _next_found(found, f.end)
    if g is None or not g.anchors or g.anchors[0].kind != "name" or _units_of(gazetteer, g.anchors[0].candidates):
        return False
    first = _get(gazetteer, a.candidates[0])
    if first is None or (first.population or 0) < _BIG_ELSEWHERE:
        return False
    return any(_states_of_a_federation(u) and not in_unit(gazetteer, first, u) and any(
        (p := _get(gazetteer, pid)) is not None and p.kind in _TOWN_KINDS and in_unit(gazetteer, p, u)
        for pid in a.candidates[1:]) for u in units)


def _namesake_follows(f: Any, town: Any, found: list) -> bool:
    """True when the next item after unit name ``f`` is the town before it named again: "Paris, Texas,
    Paris, Tennessee, and Paris, Kentucky", "Richmond, Virginia, and Richmond, Indiana" list namesakes,
    each qualified by the unit after it, not units."""
    key = town.anchors[-1].surface.lower() if town.anchors else ""
    g = _next_found(found, f.end)
    return g is not None and bool(key) and bool(g.anchors) and g.anchors[0].kind == "name" \
        and g.anchors[0].surface.lower() == key


def _pair_follows(text: str, f: Any, found: list, gazetteer: Any) -> bool:
    """True when the next item after unit name ``f`` is another town followed by its own unit after a comma:
    "Portsmouth, New Hampshire, and Vacaville, California" lists two towns, each qualified by the unit after
    it, not three places (a unit as that next item, "Springfield, Ohio, Indiana, Michigan", is no town)."""
    g = _next_found(found, f.end)
    if g is None or not g.anchors or g.anchors[0].kind != "name" or _units_of(gazetteer, g.anchors[0].candidates):
        return False
    h = _next_found(found, g.end)
    return h is not None and bool(h.anchors) and text[g.end : h.start] == ", " and h.anchors[0].kind == "name" \
        and bool(_units_of(gazetteer, h.anchors[0].candidates))


def _home_unit(gazetteer: Any, a: Any, q: Any, units: list) -> Any:
    """"Moree in northern Victoria": a compass part of a name whose first reading is no unit (Victoria,
    Hong Kong) but that names a unit of a country the town has a namesake in (Victoria, Australia; Moree,
    New South Wales) is that unit: the text puts the town in a state of its own country. The town is
    then placed as with "Moree in Victoria": in the state, or unplaced when every namesake lies far
    outside it (a local town the gazetteer lacks is as likely as a writer's slip). None otherwise."""
    first = _get(gazetteer, q.candidates[0])
    if first in units:
        return None
    homes = {p.country for pid in a.candidates if (p := _get(gazetteer, pid)) is not None and p.kind in _TOWN_KINDS}
    if first is not None and first.kind == "country" and first.country in homes:
        return None  # "Tapachula, in southern Mexico": the town's own country, not the State of Mexico
    return next((u for u in units if u.kind == "admin1" and u.country in homes), None)


def _namesakes_elsewhere(gazetteer: Any, a: Any, q: Any, units: list, told: bool = False) -> bool:
    """"X in Ituri province", "X, Cumbria": the text puts the town in a unit, and every place the
    gazetteer knows by that name lies in another country (or another US state, Canadian province or
    Australian state) and far from it (the local village is not
    in the gazetteer, its namesakes abroad are other places). Only when the qualifier means a unit
    (its first place, no country among them: "X, Georgia" may be the country's town), and when no
    country is told for the town yet ("X in Punjab" already placed it in India). ``told``: the unit's
    country follows it ("X in Victoria, Australia"): the unit is meant, whatever the name's first place."""
    if not a.candidates or not units or (units[0].id != q.candidates[0] and not told) \
            or _COUNTY.search(q.surface) is not None \
            or (a.placed_in and not ((_states_of_a_federation(units[0]) or _namesake_in_country(gazetteer, a, units[0]))
                                     and a.country in ("", None, units[0].country))):
        return False  # ("Munising in Alger County": a county of Michigan, not the province of Algiers)
    if any((p := _get(gazetteer, pid)) is None or p.kind == "country" for pid in q.candidates):
        return False
    if any(pid.startswith("country:") for pid in a.candidates):
        return False  # "spying for Russia in the Kharkiv region": a country's name is the country, never a lost village
    for pid in a.candidates:
        p = _get(gazetteer, pid)
        if p is None:
            return False
        for unit in units:
            if (unit.country and p.country == unit.country and unit.kind != "admin1") \
                    or _outline(unit) is None or _edge_km(gazetteer, p, unit) < _ELSEWHERE_KM:
                return False
    return True


def _namesake_in_country(gazetteer: Any, a: Any, unit: Any) -> bool:
    """audit au10: a place the name ``a`` may be lies in the country of the province ``unit`` the text puts it
    in, so its other provinces are checked too ("Kaura village in Zamfara state": the gazetteer's Kaura of
    Nigeria is in Kaduna state, 250 km away)."""
    return unit.kind == "admin1" and bool(unit.country) and any(
        (p := _get(gazetteer, pid)) is not None and p.country == unit.country for pid in a.candidates)


def _states_of_a_federation(unit: Any) -> bool:
    """A US state, Canadian province or Australian state: a town said to be in one ("Naples in Maine")
    is not its namesake in another one far away (Naples, Florida), even in the same country."""
    return unit.kind == "admin1" and unit.country in NEWS_UNIT_COUNTRIES


_LIST_NAME = r"[A-Z][\w'\u2019-]*(?:[ \t][A-Z][\w'\u2019-]*){0,2}"
#: A list of names right before " in " and the unit: "Tawila and Sortony in ", "Drodro, Largu, and Savo in ".
_LIST_BEFORE_IN = re.compile(rf"{_LIST_NAME}(?:(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+){_LIST_NAME})+"
                             r"[ \t]+in[ \t]+(?:the[ \t]+)?$")


#: The most characters between a list's last known name and the unit after it (" and Sortony in the ").
_LIST_TAIL = 48


def _list_in_unit(text: str, found: list, gazetteer: Any) -> None:
    """"Tawila and Sortony in Darfur", "Drodro, Largu and Savo in Ituri": a unit after a list of
    towns holds each of them, not only the last. A town of the list whose first place lies in
    another country is pulled to its namesake in the unit, or unplaced when every place of its name
    lies far from the unit in another country (the village is not in the gazetteer); towns of the
    unit's country keep their places ("Kharkiv and Bakhmut in Donetsk region": a loose list)."""
    i = text.find(" in ")
    starts = None
    while i != -1:
        pos = i + 4  # where a name after " in " starts (or " in the ": "the Mopti region" or "Mopti region")
        i = text.find(" in ", i + 4)
        if starts is None:
            starts = [g.start for g in found]
        j = bisect_left(starts, pos)
        if j < len(found) and starts[j] != pos and text.startswith("the ", pos):
            j = bisect_left(starts, pos + 4)
            pos += 4
        if j == 0 or j == len(found) or starts[j] != pos:
            continue
        f = found[j]
        # (the list right before: its last name, or an unknown one after it, "and Sortony in")
        if f.start - found[j - 1].end > _LIST_TAIL or f.relation != "at" or not f.anchors:
            continue
        q = f.anchors[0]
        if q.kind != "name" or q.fuzzy or not q.candidates:
            continue
        unit = _get(gazetteer, q.candidates[0])
        if unit is None or unit.kind not in _UNIT_KINDS or not unit.country:
            continue  # (no unit first; "in the Sahel": a region of several countries)
        lo = max(0, f.start - 240)
        # the towns before it (within the window) whose first place lies in another country: most have none
        items = []
        for g in found[j - 1 :: -1]:
            if g.end <= lo:
                break
            if g.relation != "at" or len(g.anchors) != 1 or g.anchors[0].kind != "name":
                continue
            a = g.anchors[0]
            if not a.candidates or a.country or a.fuzzy:
                continue
            first = _get(gazetteer, a.candidates[0])
            if first is not None and first.country != unit.country and first.kind in _TOWN_KINDS:
                items.append((g, a))
        if not items or _COUNTY.search(q.surface) is not None or _listed(text, f, found):
            continue
        m = _LIST_BEFORE_IN.search(text, lo, f.start)
        if m is None:
            continue
        for g, a in items:
            if g.start >= m.start() and not _narrow(gazetteer, a, unit) \
                    and _namesakes_elsewhere(gazetteer, a, q, [unit]):
                a.candidates = []


#: "Washington, the seat of Beaufort County", "Berlin, a village in Worcester County": a town, said so. Not
#: "the village of" a name: "In Mexico, the village of Aquila was raided" names another place.
_TOWN_WORDS = (r" (?:(?:small|little|tiny|rural|farming|mill|mining|fishing|border|nearby) )?"
               r"(?:town|village|hamlet|township|borough|community) ")
_TOWN_APPOSITIVE = re.compile(
    rf", (?:the (?:county |parish )?seat of|a{_TOWN_WORDS}(?:in|of|near|on|outside)\b"
    rf"|the{_TOWN_WORDS}(?:in|of(?! [A-Z])|near|on|outside)\b)")


#: A dateline's town in capitals, then its state's abbreviation: "WILMINGTON, N.C. (AP) -".
_DATELINE_TOWN = re.compile(r"[A-Z][A-Z.'\u2019-]*(?:[ \t][A-Z][A-Z.'\u2019-]*)*(?=,)")


def _dateline_unit(text: str, gazetteer: Any) -> Any:
    """The admin-1 unit of a dateline "TOWN, Abbr." opening the text, or None."""
    start = len(text) - len(text.lstrip(" \t\"'([*"))
    m = _DATELINE_TOWN.match(text, start)
    if m is None or m.end() - start < 3:
        return None
    a = _abbr_at().match(text, m.end())
    if a is None:
        return None
    country, name, _ = abbreviations()[a.group("abbr")]
    return _unit(gazetteer, country, name)


def _town_appositives(text: str, found: list, gazetteer: Any) -> None:
    """"officials in Washington, the seat of Beaufort County": a county seat, a town or village the
    text calls so, is no national capital, no city of 500,000, no state or country: those
    candidates are dropped when a town of the name remains (the story's own state then picks its
    namesake: Washington, North Carolina, in a story from Greenville); a story datelined in a state
    keeps the town's namesakes there when it has some ("WILMINGTON, N.C. - ... in Washington, a town on
    the Pamlico River")."""
    from geo.normalize import name_key
    from reading.toponyms import capital_name

    m = _TOWN_APPOSITIVE.search(text)  # (a literal ", " first: a fast scan of the text)
    if m is None:
        return
    ends = {m.start()}
    for m in _TOWN_APPOSITIVE.finditer(text, m.end()):
        ends.add(m.start())
    home: Any = False  # the dateline's state, once looked up
    prev = None
    for f in found:
        g, prev = prev, f
        if f.end not in ends or f.relation != "at" or not f.anchors:
            continue
        a = f.anchors[-1]
        if a.kind != "name" or a.end != f.end or len(a.candidates) < 2 or a.country or a.fuzzy:
            continue
        if g is not None and _qualifies_town_before(text, g, f, gazetteer):
            continue  # "Naples in Maine, a village in New York and ...": Maine says where Naples is
        if home is False:
            home = _dateline_unit(text, gazetteer)
        keep = []
        for pid in a.candidates:
            p = _get(gazetteer, pid)
            if p is None or p.kind not in _TOWN_KINDS or p.kind == "county":
                continue
            if p.kind == "city" and ((p.population or 0) >= _WORLD_CITY or (
                    (p.population or 0) >= _NATIONAL_CITY and name_key(p.name) == name_key(capital_name(p.country) or "-"))):
                continue  # (the capital itself: its small namesakes of the country stay)
            keep.append(pid)
        if home is not None:  # "WILMINGTON, N.C. - ... in Washington, a town on the Pamlico River"
            local = [pid for pid in keep if in_unit(gazetteer, _get(gazetteer, pid), home)]
            keep = local or keep
        if keep and len(keep) < len(a.candidates):
            a.candidates = keep


#: "a village in ", "a small city in ": a settlement said to lie in the name after it.
_SETTLEMENT_IN_ANY = re.compile(r"\b(?:village|town|city|hamlet|township)[ \t]+in[ \t]+(?=[A-Z])")


def _settlements_in_units(text: str, found: list, gazetteer: Any) -> None:
    """"a village in New York", "a small city in Washington": a settlement lies in a unit, so a name
    that is both a unit (by its own name) and a city is the unit there (New York State, not the
    city; Washington State, not the capital)."""
    from geo.normalize import name_key

    ends = {m.end() for m in _SETTLEMENT_IN_ANY.finditer(text)}
    if not ends:
        return
    for f in found:
        if f.start not in ends or f.relation != "at" or not f.anchors or f.anchors[0].kind != "name" \
                or len(f.anchors[0].candidates) < 2:
            continue
        a = f.anchors[0]
        key = name_key(a.surface)
        unit = next((u for u in _units_of(gazetteer, a.candidates) if u.kind == "admin1" and name_key(u.name) == key), None)
        if unit is not None:
            a.candidates = [unit.id]


#: Between a town and the place it is said to lie in: "Couva in Trinidad", "Couva, in Trinidad,", "Couva, a town in Trinidad",
#: "Couva is a small town in Trinidad".
_TOWN_SAID_IN = re.compile(r",?[ \t]+in[ \t]+|(?:,[ \t]*|[ \t]+(?:is|was)[ \t]+)(?:a|an)[ \t]+(?:[a-z-]+[ \t]+){0,2}?"
                           r"(?:village|town|city|hamlet|township|borough|port|community)[ \t]+(?:in|on)[ \t]+")


#: A town said to lie in a place read as a town lies this near it (km).
_TOWN_SAID_IN_KM = 100.0


def _towns_in_their_countries(text: str, found: list, gazetteer: Any) -> None:
    """"Couva is a town in Trinidad": the place a town is said to lie in is read in the town's own country,
    not Trinidad, Bolivia. When the place has no reading in any of the town's countries, the one country
    whose longer name holds the place's name is meant ("Trinidad and Tobago"), and the town is narrowed
    to its namesakes in that country. When the place has readings in several of the town's countries, its
    best-ranked one there that is a unit or a country decides ("San Fernando, a city in Trinidad": the
    island, so not the Philippine San Fernando beside La Trinidad); when it is a town (an island read
    as its main town: "Santa Cruz, a city on Tenerife"), the town's namesakes near it."""
    from geo.normalize import name_key

    for g, f in zip(found, found[1:]):
        if f.start - g.end > 40 or f.relation != "at" or not g.anchors or not f.anchors \
                or _TOWN_SAID_IN.fullmatch(text, g.end, f.start) is None:
            continue
        a, q = g.anchors[-1], f.anchors[0]
        if a.kind != "name" or a.end != g.end or not a.candidates or q.kind != "name" or q.start != f.start:
            continue
        towns = [p for pid in a.candidates if (p := _get(gazetteer, pid)) is not None
                 and (p.kind in _TOWN_KINDS or p.kind in _UNIT_KINDS)]
        homes = {p.country for p in towns if p.country}
        if not homes or len(towns) < len(a.candidates):
            continue  # (a country named first: "Fighting in Ukraine in March")
        places = [p for pid in q.candidates if (p := _get(gazetteer, pid)) is not None]
        if homes & {p.country for p in places}:
            # (a town of one country, or a place read as a town there, is left to the other rules)
            # a unit holding a namesake of the town first: "Hamilton in Victoria" is the Australian state's
            # Hamilton, not one 60 km from Victoria, British Columbia
            best = next((p for p in places if p.country in homes and p.kind in _UNIT_KINDS and _holds_a_town(
                gazetteer, p, towns)), None) or next(p for p in places if p.country in homes)
            if len(homes) > 1 and best.kind in _UNIT_KINDS + ("country",):
                q.candidates = [best.id] + [p.id for p in places if p is not best]
                a.candidates = [p.id for p in towns if p.country == best.country]
                a.country = best.country
            elif len(homes) > 1 and best.kind == "city":
                # "Santa Cruz, a city on Tenerife": the island read as its town (Santa Cruz de
                # Tenerife); the namesakes near it, not Santa Cruz, Bolivia (a county is left to the county rules)
                near = [p for p in towns if p.country == best.country and _km(p, best) <= _TOWN_SAID_IN_KM]
                if near:
                    q.candidates = [best.id] + [p.id for p in places if p is not best]
                    a.candidates = [p.id for p in near]
                    a.country = best.country
            continue
        key = f" {name_key(q.surface)} "
        wholes = [c for c in sorted(homes) if (whole := gazetteer.country(c)) is not None
                  and key in f" {name_key(whole.name)} " and key.strip() != name_key(whole.name)]
        if len(wholes) == 1:
            q.candidates = [gazetteer.country(wholes[0]).id]
            a.candidates = [p.id for p in towns if p.country == wholes[0]]
            a.country = wholes[0]


#: Between the names of a chain "X in Y, Z" or "X, Y, Z": " in ", ", in " or a comma.
_CHAIN_GAP = re.compile(r",?[ \t]+in[ \t]+(?:the[ \t]+)?|[ \t]*,[ \t]*")
#: The same chain whose middle name the gazetteer lacks ("Hamilton in Lanarkshire, Scotland"): the gap from X to Z.
_CHAIN_UNKNOWN_MIDDLE = re.compile(r"(?:,?[ \t]+in[ \t]+(?:the[ \t]+)?|[ \t]*,[ \t]*)"
                                   r"[A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+){0,2}[ \t]*,[ \t]*")


def _chains_in_a_country(text: str, found: list, gazetteer: Any) -> None:
    """"Tripoli in Arcadia, Greece", "Hamilton in Lanarkshire, Scotland": a chain of names ending on a
    country (or a first-level region such as Scotland) says where the names before it lie. The middle
    name is narrowed to its places in that country, and is left unplaced when the gazetteer has none
    there (not Arcadia, California); the first name is narrowed to its places there when it has some
    (Trípoli, not Tripoli, Libya; Hamilton, South Lanarkshire, not Hamilton, Ontario)."""
    for k in range(1, len(found)):
        h = found[k]
        if text[h.start - 2 : h.start] != ", " or h.relation != "at" or not h.anchors:
            continue
        c = h.anchors[0]
        if c.kind != "name" or not c.candidates or c.fuzzy or c.start != h.start:
            continue
        whole = _get(gazetteer, c.candidates[0])
        if whole is None or whole.kind not in ("country", "region") or not whole.country:
            continue
        iso = whole.country
        f = found[k - 1]
        if k >= 2 and text[f.end : h.start].strip() == "," and _CHAIN_GAP.fullmatch(text, found[k - 2].end, f.start):
            g = found[k - 2]
            if f.relation != "at" or not f.anchors or (q := f.anchors[0]).kind != "name" or q.start != f.start \
                    or not q.candidates:
                continue
            places = [p for pid in q.candidates if (p := _get(gazetteer, pid)) is not None]
            if any(p.kind == "country" for p in places):
                continue  # a run of wholes ("Lima, Peru, South America"): left to the other rules
            q.candidates = [p.id for p in places if p.country == iso and p.id != whole.id]
            if q.candidates:
                q.country = iso
        elif _CHAIN_UNKNOWN_MIDDLE.fullmatch(text, f.end, h.start) is not None:
            g = f
        else:
            continue
        if not g.anchors or (a := g.anchors[-1]).kind != "name" or a.end != g.end or not a.candidates:
            continue
        towns = [p for pid in a.candidates if (p := _get(gazetteer, pid)) is not None]
        there = [p.id for p in towns if p.country == iso]
        if there and all(p.kind != "country" for p in towns):
            a.candidates = there
            a.country = iso


def _holds_a_town(gazetteer: Any, unit: Any, towns: list) -> bool:
    """Whether one of ``towns`` (places of any kind) is a town in ``unit`` (:func:`in_unit`): those filed
    under the unit are asked first, so that no outline is measured when one of them is."""
    mine = [t for t in towns if t.country == unit.country and t.kind in _TOWN_KINDS]
    return (bool(unit.admin1) and any(t.admin1 == unit.admin1 for t in mine)) \
        or any(in_unit(gazetteer, t, unit) for t in mine)


_IN_OR_COMMA = re.compile(r"(?:[ \t]*,?[ \t]+in[ \t]+(?:the[ \t]+)?|[ \t]*,[ \t]*)$")


def _qualifies_town_before(text: str, g: Any, f: Any, gazetteer: Any) -> bool:
    """True when ``f`` names an admin-1 unit right after a name and " in " or ", " ("Naples in Maine"):
    it qualifies that name, whatever appositive follows it."""
    if not g.anchors or g.anchors[-1].kind != "name" or f.start - g.end > 8 \
            or _IN_OR_COMMA.search(text, g.end, f.start) is None or _IN_OR_COMMA.search(text, g.end, f.start).start() != g.end:
        return False
    return any(u.kind == "admin1" for u in _units_of(gazetteer, f.anchors[-1].candidates))


#: A place this near a city (km) may be a part of it ("New York's Manhattan", "Kharkiv's Saltivka").
_CITY_PART_KM = 30.0
#: A place known only by another name farther than this (km) from the city a possessive names is no part of it.
_CITY_REACH_KM = 100.0


#: gold 15: a word saying the name is a part of the city before it ("Kinshasa's Gombe commune", "Karachi's
#: Lyari area"), not a place the city acts on ("Moscow's Kharkiv offensive").
_PART_WORD_AFTER = re.compile(r"[ \t]+(?:commune|district|neighbou?rhood|suburb|quarter|township|area|ward|municipality"
                              r"|locality|sector)s?\b")


def _names_parts(p: Any) -> bool:
    """A city whose possessive names its own parts: one of 100,000 people, or a national capital (Honiara)."""
    from reading.toponyms import _is_capital

    return p.kind == "city" and ((p.population or 0) >= 100_000 or _is_capital(p))


def _city_part(gazetteer: Any, a: Any, q: Any, part_said: bool = False) -> None:
    """"New York's Manhattan" after a dateline in Kansas: the part of the big city the possessive
    names (Manhattan, New York), not the article's own Manhattan. Narrows ``a`` to its places near
    the first city of 100,000 among ``q``'s places, and ``q`` to that city; unchanged when none is.
    ``part_said`` (a part word follows: "Kinshasa's Gombe commune"): no place beyond the city's reach
    stays, under its own name or not (not Gombe, Nigeria): the gazetteer lacks the part. A smaller national
    capital has its parts too ("Honiara's Chinatown": Mataniko, not San Francisco's)."""
    city = next((p for pid in q.candidates if (p := _get(gazetteer, pid)) is not None and _names_parts(p)), None)
    if city is None:
        return
    first = _get(gazetteer, q.candidates[0])
    if first is not None and first.kind in ("admin1", "country") and first.country != city.country:
        from reading.toponyms import _alias_only

        if _alias_only(q.surface, city):
            return  # "Florida's Big Bend": the state's, not Floridablanca's (Colombia), whose other name is Florida
    near = [pid for pid in a.candidates if (p := _get(gazetteer, pid)) is not None and p.kind in _TOWN_KINDS
            and p.country == city.country and _km(p, city) <= _CITY_PART_KM]
    if near:
        a.candidates = near
        a.country = city.country
        q.candidates = [city.id]
        return
    # "Mumbai's Sion": not Jerusalem, which GeoNames also calls Sion; a city under its own name stays
    # ("Moscow's Kharkiv offensive"), a small town under its own name beyond the city's reach does not
    # ("Homs's Khalidiya": a quarter of Homs, not Al Khalidiyah, a Jordanian town 280 km off)
    from reading.toponyms import _STRAY_POPULATION, _alias_only

    kept = [pid for pid in a.candidates if (p := _get(gazetteer, pid)) is None
            or (not part_said and not _alias_only(a.surface, p) and (p.kind != "city" or (p.population or 0) >= _STRAY_POPULATION))
            or _km(p, city) <= _CITY_REACH_KM]
    if len(kept) < len(a.candidates):
        a.candidates = kept
        q.candidates = [city.id]


#: "the Jani Khel area of Bannu district", "the Ghazaliya village of Diyala province": a part word and "of"
#: between a name and a unit's name (see :func:`_parts_of_units`).
_PART_OF = re.compile(r"[ \t]+(?:area|village|town|locality|outskirts|neighbou?rhood|suburb|sector)s?[ \t]+of[ \t]+(?:the[ \t]+)?")
#: The unit word after the unit's name in such a phrase.
_UNIT_WORD_AFTER = re.compile(r"[ \t]+(?:district|province|state|region|governorate|county|division|tehsil|oblast"
                              r"|prefecture|department)s?\b")
_UNIT_WORD_END = re.compile(r"[ \t](?:[Dd]istrict|[Pp]rovince|[Ss]tate|[Rr]egion|[Gg]overnorate|[Cc]ounty|[Dd]ivision"
                            r"|[Tt]ehsil|[Oo]blast|[Pp]refecture|[Dd]epartment)s?$")


def _parts_of_units(text: str, found: list, gazetteer: Any) -> None:
    """"the Jani Khel area of Bannu district": a place said to be an area, village or town of a district,
    province or state lies in that unit's country. Its namesakes there are kept; with none (the
    gazetteer lacks the place: Jani Khel in Pakistan, not the Afghan village across the border) it is
    left unplaced rather than read abroad. The unit's country is its first reading's."""
    for prev, f in zip(found, found[1:]):
        if f.start - prev.end > 24 or not prev.anchors or not f.anchors or f.relation != "at":
            continue
        a, q = prev.anchors[-1], f.anchors[0]
        if a.kind != "name" or q.kind != "name" or not a.candidates or not q.candidates or a.country:
            continue
        if _PART_OF.fullmatch(text, prev.end, f.start) is None or (
                _UNIT_WORD_END.search(q.surface) is None and _UNIT_WORD_AFTER.match(text, f.end) is None):
            continue
        unit = _get(gazetteer, q.candidates[0])
        places = [_get(gazetteer, pid) for pid in a.candidates]
        if unit is None or not unit.country or any(p is None or p.kind not in _TOWN_KINDS for p in places) \
                or (q.fuzzy and unit.kind not in ("admin1", "region")):
            continue  # (a unit's spelling guessed, "Aden governorate" for Adan, stands: the unit word says it is one)
        a.candidates = [p.id for p in places if p.country == unit.country]
        a.country = unit.country


#: The words of :func:`unit_qualifiers`' rarer passes, read with the text's other cue words.
_COUNTY_WORD_CUES = CUE_WORDS.add(("ounty", "arish", "orough", "ownship"))
_SETTLEMENT_IN_CUES = CUE_WORDS.add(("illage in ", "own in ", "ity in ", "ownship in ", "amlet in "))
_COUNTY_NAME_CUES = CUE_WORDS.add(("County", "Parish", "Borough"))


def unit_qualifiers(text: str, found: list, gazetteer: Any, pats: Any) -> None:
    """"Athens, Georgia", "Springfield, Ill.", "Gundagai, NSW": narrow the town to the unit (in place).

    A full unit name already found after the town (", " or " in ", also as a compass part of it: "in
    southern Queensland") narrows the
    town's candidates to those inside the unit and the unit name's candidates to
    the unit. An abbreviation after a comma ("Ill.", "NSW", "IL") becomes a mention
    of the unit (two-letter codes only when the town before it has a namesake in
    the unit); the same town name written again later gets the same narrowing.
    """
    pending = []
    cues = CUE_WORDS.of(text)
    if not cues.isdisjoint(_COUNTY_WORD_CUES):
        pending = county_guesses(text, found, gazetteer)
    narrowed: dict[tuple, tuple] = {}  # (surface lower, original candidates) -> (start, narrowed or None)
    if " of " in text:
        _parts_of_units(text, found, gazetteer)  # "the Jani Khel area of Bannu district": in Pakistan
    if " in " in text or " on " in text:
        _towns_in_their_countries(text, found, gazetteer)  # "Couva is a town in Trinidad": not Trinidad, Bolivia
    if ", " in text:
        _chains_in_a_country(text, found, gazetteer)  # "Tripoli in Arcadia, Greece": Greek, not Libyan or Californian
    # Full unit names after a town.
    possessive = "'s " in text or "\u2019s " in text
    for k, (prev, f) in enumerate(zip(found, found[1:])):
        gap = text[prev.end : f.start]
        if possessive and (g := _unit_after_country(text, found, k + 2)) is not None:
            f = g  # "Calamar, in Colombia's southern Guaviare department": the department qualifies the town
        elif len(gap) > 20:
            continue
        if not prev.anchors or not f.anchors or f.anchors[0].kind != "name" or not (
                f.relation == "at" or (f.relation == "part" and _COMPASS_PART.match(f.text) is not None)):
            continue  # ("Glenelg in the far south-west of Victoria": a part of the unit is in it too)
        a, q = prev.anchors[-1], f.anchors[0]
        if a.kind != "name" or not a.candidates or not q.candidates or q.fuzzy:
            continue
        if all(c.startswith("country:") for c in a.candidates):
            continue  # "the border with Indonesia in Sarawak": a country lies in no unit (gold 15)
        units = _units_of(gazetteer, q.candidates)
        if f.start - prev.end > 8 and not any(_namesake_in_country(gazetteer, a, u) for u in units):
            continue  # ("X village in Y state": only for a namesake in another state of the country; abroad, others tell)
        if not units or not pats.country_after_name.match(gap) \
                or text.startswith(("'s ", "\u2019s "), f.end) \
                or (_listed(text, f, found) and not _country_follows(text, f, found, gazetteer, units)
                    and not _namesake_follows(f, prev, found) and not _pair_follows(text, f, found, gazetteer)
                    and not _state_before_a_town(text, f, found, gazetteer, a, units)):
            continue
        for unit in units:
            before = tuple(a.candidates)
            if _narrow(gazetteer, a, unit):
                q.candidates = [unit.id]
                _remember_narrowed(narrowed, (a.surface.lower(), before), a.start, a.candidates, _opening(text, a))
                break
        else:
            # "Delaware County, New York": the state, its county unplaced when the gazetteer lacks it
            unit = _county_state(a, units)
            if unit is not None:
                q.candidates, a.candidates = [unit.id], []
            else:
                told = _LOCAL_UNIT_BEFORE.search(text, max(0, a.start - 20), a.start) is not None
                home = _home_unit(gazetteer, a, q, units) if f.relation == "part" else None
                if home is not None:
                    units = [home, *(u for u in units if u is not home)]
                if _namesakes_elsewhere(gazetteer, a, q, units, told or home is not None
                                        or _country_follows(text, f, found, gazetteer, units)):
                    a.candidates = []  # "Bogoro in Ituri province": not Bogor, Java, nor Bogoro, Nigeria
                    if told:
                        q.candidates = [units[0].id]  # "the Shire of X in Victoria": the state, not Victoria, Hong Kong
                if home is not None:
                    q.candidates = [home.id]  # "Moree in northern Victoria": the state, not Victoria, Hong Kong
    if " in " in text and (" and " in text or ", " in text):
        _list_in_unit(text, found, gazetteer)
    if ", the " in text or ", a " in text:
        _town_appositives(text, found, gazetteer)
    if not cues.isdisjoint(_SETTLEMENT_IN_CUES):
        _settlements_in_units(text, found, gazetteer)
    # A unit's possessive before a town or county of it ("New York's Rockland County", "Ohio's Dublin").
    if "'s " in text or "\u2019s " in text:
        for prev, f in zip(found, found[1:]):
            if f.start - prev.end != 3 or text[prev.end + 1] != "s" or text[prev.end] not in "'\u2019":
                continue
            if not prev.anchors or not f.anchors or f.relation != "at":
                continue
            q, a = prev.anchors[-1], f.anchors[0]
            if q.kind != "name" or a.kind != "name" or not q.candidates or not a.candidates or q.fuzzy:
                continue
            county = _COUNTY.search(a.surface) is not None
            top = _get(gazetteer, q.candidates[0])
            if not county and (top is None or top.kind != "country") and any(
                    (p := _get(gazetteer, pid)) is not None and _names_parts(p) for pid in q.candidates):
                _city_part(gazetteer, a, q, _PART_WORD_AFTER.match(text, a.end) is not None)
                continue  # "Kharkiv's Saltivka", "New York's Harlem": the city's own part (a country's
                # possessive is the country's: "Armenia's Syunik province", not Armenia, Colombia)
            for unit in _units_of(gazetteer, q.candidates):
                if unit.kind == "admin1" and (county or unit.country == "US") and _narrow(gazetteer, a, unit):
                    q.candidates = [unit.id]
                    break
    # A state after a county name the gazetteer cannot place ("Otsego County, New York").
    if not cues.isdisjoint(_COUNTY_NAME_CUES) and "," in text:
        _states_after_counties(text, found, gazetteer)
        if " in " in text:
            _towns_in_county_of_state(text, found, gazetteer)
    # Abbreviations after a comma or in parentheses.
    if "," in text or " (" in text:
        abbrs = abbreviations()
        added_spans: list[tuple[int, int]] = []
        ends = None
        added = []
        for m in _abbr_matches(text):
            if ends is None:
                ends = {}
                for f in found:
                    if f.anchors and f.anchors[-1].kind == "name" and f.anchors[-1].end == f.end:
                        ends[f.end] = f.anchors[-1]
            s, e = m.span("abbr")
            # a name read inside the abbreviation ("Pa" = Chongqing, "Kan" = Ganzhou) gives way to it
            over = [f for f in found if f.start < e and s < f.end]
            if any(not (s <= f.start and f.end <= e and f.relation == "at") for f in over) or any(
                    ts < e and s < te for ts, te in added_spans):
                continue
            country, name, style = abbrs[m.group("abbr")]
            unit = _unit(gazetteer, country, name)
            if unit is None:
                continue
            ab = m.group("abbr")
            # two-letter codes ("IN", "OK") and undotted words ("Vic") need a town of that unit before them
            needs_town = (style == "code" and len(ab) < 3) or not (ab.endswith(".") or ab.isupper())
            a = ends.get(m.start())
            if a is not None and a.candidates:
                before = tuple(a.candidates)
                if _narrow(gazetteer, a, unit):
                    _remember_narrowed(narrowed, (a.surface.lower(), before), a.start, a.candidates, _opening(text, a))
                elif needs_town:
                    continue
            elif needs_town:
                continue
            else:
                # the word before must be a capitalised name ("Hoover, Ala.")
                w = re.search(r"([^\W\d_][\w'.-]*)$", text[max(0, m.start() - 40) : m.start()])
                if not w or not w.group(1)[:1].isupper():
                    continue
            from reading.toponyms import Found, PlaceSpan

            span = PlaceSpan(s, e, text[s:e], "name", [unit.id], located=True)
            added.append(Found(s, e, text[s:e], "at", "location", [span]))
            added_spans.append((s, e))
            for f in over:
                found.remove(f)
        if added:
            found.extend(added)
            found.sort(key=lambda f: (f.start, f.end))
    if pending:
        _county_towns(pending, found, gazetteer)
    # The same town name again, later in the text: the same unit. Not before the qualified name (an
    # entry on "Alexandria" in Virginia ends with "Alexandria, Minnesota" among its namesakes), and
    # not at all when the name is qualified by two units (those are namesakes, the bare name is none).
    if narrowed:
        # nor for an entry's subject ("Barcelona is the capital of Anzoátegui state ... named after his native
        # Barcelona in Catalonia. For most of its history Barcelona was ..."): its bare mentions are the subject
        subjects = {a.surface.lower() for f in found for a in f.anchors if a.defines}
        # a mention placed otherwise in between ("Alexandria, Va. ... Alexandria, Egypt ... Alexandria") ends
        # the narrowing: what follows it is left to :func:`bare_after_qualified`
        placed = {}  # surface lower -> (start, candidates) of its mentions placed in a country or unit
        for f in found:
            for a in f.anchors:
                if a.kind == "name" and a.country:
                    placed.setdefault(a.surface.lower(), []).append((a.start, a.candidates))
        for f in found:
            for a in f.anchors:
                if a.kind != "name" or len(a.candidates) < 2 or a.surface.lower() in subjects:
                    continue
                hit = narrowed.get((a.surface.lower(), tuple(a.candidates)))
                if hit is None and a.surface.isupper() is False:
                    # a dateline in capitals ("CLEVELAND, Tenn.") was looked up with other candidates
                    hit = narrowed.get((a.surface.upper(), None))
                    if hit is not None and not set(hit[1] or ()) <= set(a.candidates):
                        hit = None
                if hit is not None and hit[1] is not None and a.start > hit[0] and not a.country and not any(
                        hit[0] < s < a.start and list(c) != list(hit[1]) for s, c in placed.get(a.surface.lower(), ())):
                    a.candidates = list(hit[1])


#: A country's possessive, then maybe a compass word, before a unit ("Colombia's southern ", "Nigeria's ").
_POSSESSIVE_COMPASS = re.compile(r"['\u2019]s[ \t]+(?:(?:far[ \t-])?(?:north|south)?-?(?:east|west)?(?:ern)?[ \t]+|central[ \t]+)?")


def _unit_after_country(text: str, found: list, j: int) -> Any:
    """The unit found ``found[j]`` when ``found[j - 1]`` is a country named in the possessive right before it
    ("in Colombia's southern Guaviare department"): what a town before the country is said to lie in."""
    if j >= len(found):
        return None
    c, g = found[j - 1], found[j]
    if not c.anchors or c.anchors[-1].kind != "name" or not c.anchors[-1].candidates \
            or not c.anchors[-1].candidates[0].startswith("country:"):
        return None
    m = _POSSESSIVE_COMPASS.match(text, c.end)
    return g if m is not None and m.end() == g.start else None


def _opening(text: str, a: Any) -> bool:
    """The name opens the article (its dateline or an entry's first words: "ROSWELL, N.M. (AP) -")."""
    return a.dateline or (a.start <= _OPENING_CHARS and text.rfind("\n", 0, a.start) == -1
                          and not text[: a.start].strip(" \t\"'([*"))


#: How far into its first line the name opening an article may start ("[ROSWELL, N.M.]", "By AP -").
_OPENING_CHARS = 2


def _remember_narrowed(narrowed: dict, key: tuple, start: int, keep: list[str], dateline: bool = False) -> None:
    """Keep the first qualified mention's narrowing of a name; a second, different one cancels it,
    unless the first opens the article ("ROSWELL, N.M. (AP) - ... Roswell should not be confused
    with Roswell, Ga."): the story's town, the later one a namesake."""
    if dateline and key[0].upper() != key[0] and (key[0].upper(), None) not in narrowed:
        narrowed[(key[0].upper(), None)] = (start, list(keep), True)  # any spelling of the opening town
    had = narrowed.get(key)
    if had is None:
        narrowed[key] = (start, keep, dateline)
    elif dateline and start < had[0]:
        narrowed[key] = (start, keep, True)  # (abbreviations are read after full names)
    elif had[1] is not None and list(had[1]) != list(keep) and not had[2]:
        narrowed[key] = (had[0], None, False)


# --------------------------------------------------------------------------- "X County" guesses

#: Second-level words of US/UK/Irish local news: a county the gazetteer lacks must not be
#: guessed from the generic word ("Orange County" is no misspelt "Erongo County").
_COUNTY = re.compile(r"(?:\s+|^)(?:County|Parish|Borough|Township)\b")
#: How close the specific part of the name must be to a guessed place's name.
_COUNTY_RATIO = 0.9


def _specific_close(specific: str, place: Any) -> bool:
    import difflib

    from geo.normalize import name_key

    key = name_key(specific)
    if not key:
        return False
    for n in (place.name, *place.alt_names):
        k = name_key(_COUNTY.sub("", n))
        if k and difflib.SequenceMatcher(None, key, k).ratio() >= _COUNTY_RATIO:
            return True
    return False


def county_guesses(text: str, found: list, gazetteer: Any) -> list[tuple[Any, tuple]]:
    """Drop the guessed spellings of a county name: "Orange County" -> Erongo, "Tulsa County" -> Talas.

    Fuzzy candidates of a name that ends with (or is followed by) County, Parish,
    Borough or Township are kept only when the part before that word is itself close
    to the place's name. None left: the county's candidates become the towns named
    like it ("Orange"), to be kept only inside a unit the article names (see
    :func:`unit_qualifiers`); returns those (anchor, towns) pairs, and (anchor,
    None) for a town's name written before County ("Harris County": kept only
    inside a unit the article names, when it names one).
    """
    pending = []
    for f in found:
        for a in f.anchors:
            if a.kind != "name" or not a.candidates:
                continue
            if not a.fuzzy:
                # "Harris County": a town's name before County is the county's, not the town's
                if _COUNTY.match(text, a.end) and not _COUNTY.search(a.surface):
                    pending.append((a, None))
                continue
            m = _COUNTY.search(a.surface)
            if m is not None and m.end() == len(a.surface):
                specific = a.surface[: m.start()]
            elif _COUNTY.match(text, a.end):
                specific = a.surface
            else:
                continue
            keep = [pid for pid in a.candidates
                    if (p := _get(gazetteer, pid)) is not None and _specific_close(specific, p)]
            if len(keep) != len(a.candidates):
                a.candidates = keep
            if not keep and m is not None and specific.strip():
                try:
                    towns = tuple(p.id for p in gazetteer.candidates(specific.strip(), fuzzy=False)
                                  if p.kind == "city")
                except (AttributeError, TypeError):
                    towns = ()
                if towns:
                    a.candidates, a.fuzzy = list(towns), False
                    pending.append((a, towns))
    return pending


def _county_towns(pending: list, found: list, gazetteer: Any) -> None:
    """A county's namesake towns not narrowed by a qualifier: those inside a unit the article
    names ("Orange County" in an article naming California: Orange, CA), else none (unresolved)."""
    units = []
    for f in found:
        for a in f.anchors:
            if a.kind == "name" and a.candidates and not a.fuzzy:
                p = _get(gazetteer, a.candidates[0])
                if p is not None and p.kind in _UNIT_KINDS:
                    units.append(p)
    for a, towns in pending:
        if towns is None:  # a town's name before County: kept only in a named unit
            # No unit named: the one town of that name ("Mandera County", Kenya), else unplaced (a
            # county the gazetteer lacks: not Cook, Australia for Chicago's "Cook County").
            places = [(pid, p) for pid in a.candidates if (p := _get(gazetteer, pid)) is not None]
            single = not units and sum(p.kind in _TOWN_KINDS for _, p in places) == 1
            keep = [pid for pid, p in places
                    if p.kind not in _TOWN_KINDS or single or any(in_unit(gazetteer, p, u) for u in units)]
            if len(keep) != len(a.candidates):
                a.candidates = keep
            continue
        if tuple(a.candidates) != towns:
            continue  # narrowed by its qualifier ("Orange County, California")
        keep = []
        for pid in towns:
            p = _get(gazetteer, pid)
            if p is not None and any(in_unit(gazetteer, p, u) for u in units):
                keep.append(pid)
        a.candidates = keep
        a.fuzzy = not keep  # no town: a guess again (listed, unresolved, only where written as a place)


# --------------------------------------------------------------------------- units named in the article


def place_units(named: list, gazetteer: Any, text: str = "") -> None:
    """:func:`units_of_towns`, then :func:`pull_to_units`: both only when a name may be a unit."""
    by_info = memo_table(gazetteer, "qualifiers", "units by info", _MEMO_MAX)  # candidates info (kept alive here) -> its units
    rows = []  # (anchor, candidates info, its units) of the names that may be units
    for _, a, info in named:
        if a.fuzzy or not a.place_id:
            continue
        units = by_info.get(info)
        if units is None:
            units = by_info[info] = _units_of(gazetteer, a.candidates)
        if units:
            rows.append((a, info, units))
    if rows:
        listed_units(named, gazetteer, rows)  # "in Delaware, Missouri, Washington and Ontario": states
        countries_listed_with_units(named, gazetteer, rows)  # "plants in Georgia and Tennessee": the state
        units_of_towns(named, gazetteer, rows)  # first: a unit it finds pulls towns too
        pull_to_units(named, gazetteer, rows, text)
        counties_of_units(named, gazetteer, rows)
    world_cities(named, gazetteer, rows)
    own_names(named, gazetteer)
    shortened_mentions(named, gazetteer)
    countries_of_placed_towns(named, gazetteer)  # "died in Lebanon ... near Beirut": not Lebanon, Tennessee
    fu = focus_unit_towns(named, gazetteer)
    if fu is not None:  # (a name placed in one unit with a namesake in another, in a local story)
        national_cities(named, gazetteer, fu)
    local_strays(named, gazetteer, rows)
    home_state_strays(named, gazetteer, text)


def bare_after_qualified(named: list) -> None:
    """A qualified mention ("Tripoli, Libya", "Alexandria, Va.", "the Lebanese port of Tripoli") binds
    the bare mentions of its name after it, until the next qualified mention: a text about two Tripolis
    reads each bare "Tripoli" as the last one it placed, whatever the article's vote. Bare mentions
    before any qualifier keep the article's reading, and so do all of them when one qualifier follows
    them (the story's own town, the qualified one a namesake aside). Left to their own rules: a dateline's town and
    an entry's subject (the story's town, the subject, whatever namesakes the text lists), and a bare
    mention without the qualified place among its candidates ("San José" after "San Jose, California").

    ``named``: (found, anchor, candidates info) in text order, their places chosen (in place).
    """
    from geo.normalize import name_key

    if not any(a.country for _, a, _ in named):
        return
    first: dict[str, bool] = {}  # name key -> its first mention is qualified
    places: dict[str, set] = {}  # name key -> the places its qualified mentions name
    own = set()  # the keys of a dateline's town and an entry's subject
    for _, a, _ in named:
        key = name_key(a.surface)
        first.setdefault(key, bool(a.country))
        if a.country:
            places.setdefault(key, set()).add(a.place_id)
        if a.dateline or a.defines:
            own.add(key)
    # (a bare name before one qualifier is the story's own town, the qualified one an aside: "Ipswich
    # councillors ... shares its name with Ipswich in Suffolk ... from Ipswich to Grandchester")
    bound = {key for key, ids in places.items() if (first[key] or len(ids) > 1) and key not in own}
    if not bound:
        return
    last: dict[str, Any] = {}  # name key -> the last qualified mention of it
    for _, a, _ in named:
        key = name_key(a.surface)
        if key not in bound:
            continue
        if a.country:
            last[key] = a
            continue
        q = last.get(key)
        if q is not None and q.place_id and a.place_id != q.place_id and q.place_id in a.candidates:
            a.place_id, a.reason = q.place_id, ""


#: A city bearing a name as its own takes it from a town bearing it only as another name when this
#: many times bigger (English names are often GeoNames' other names: Syracuse for Siracusa).
_OWN_NAME_FACTOR = 5
#: How much bigger a place bearing a name whole must be to take it from a town the press calls by a shortened
#: form of its own (:func:`shortened_key`).
_SHORTENED_FACTOR = 20


def own_names(named: list, gazetteer: Any) -> None:
    """A town chosen for a name it bears only as another name gives way to a city five times bigger that
    bears it as its own name ("Odesa, the port on the Black Sea" in an entry on Odessa, Texas, which
    GeoNames also calls Odesa: the Ukrainian city, 1 million, whose name it is); not when a country
    or qualifier was said for the name."""
    memo = None
    for _, a, info in named:
        if a.fuzzy or not a.place_id or info.fixed is not None or a.country or len(info.places) < 2:
            continue
        if memo is None:
            memo = memo_table(gazetteer, "qualifiers", "own name by info", _MEMO_MAX)  # (info, place id, surface) -> the city or None
        key = (info, a.place_id, a.surface)
        q = memo.get(key, False)
        if q is False:
            p = _get(gazetteer, a.place_id)
            q = memo[key] = None if p is None or p.kind != "city" or p.name == a.surface else _own_name_city(a.surface, p, info)
        if q is not None:
            a.place_id, a.reason = q.id, ""


#: A town chosen for a shortened name (:func:`shortened_mentions`) this small, and this far from the town the
#: text names in full, is a namesake the shortening met by chance.
_SHORTENED_TOWN_POPULATION = 20_000
_SHORTENED_FAR_KM = 100.0


def shortened_mentions(named: list, gazetteer: Any) -> None:
    """A bare name that is the first or last word(s) of a longer town name the text places ("the Shoals
    area" after "Muscle Shoals", "Moresby" after "Port Moresby") is that town when the name alone went to a
    town under 20,000 people over 100 km from it: writers shorten a name they have written whole, and a
    far village bearing the short form is a chance namesake (Shoals, Indiana, in an Alabama story). Only
    for a long name that is the town's own and a village far from all the article's other towns; not when a
    country or unit was said with the short name, nor for a dateline or a bigger town (its population keeps it)."""
    from geo.normalize import name_key

    full = towns = None
    for _, a, _ in named:
        if a.fuzzy or not a.place_id or a.country or a.placed_in or a.dateline:
            continue
        p = _get(gazetteer, a.place_id)
        if p is None or p.kind != "city" or (p.population or 0) >= _SHORTENED_TOWN_POPULATION:
            continue
        if full is None:
            towns = _placed_towns(named, gazetteer)
            # the long names the towns bear as their own ("Richmond Park" read as a DC suburb shortens nothing)
            full = [(k, t) for b, t in towns if t.kind == "city" and (" " in b.surface or "-" in b.surface)
                    and (k := name_key(b.surface)) == name_key(t.name)]
        if not full or any(_km(p, t) <= _SHORTENED_FAR_KM for b, t in towns if b.surface != a.surface):
            continue  # (a town among the article's others is its own: "Richmond" among Yorkshire towns)
        key = name_key(a.surface)
        q = next((t for k, t in full if t.id != p.id and shortened_key(key, k) and _km(p, t) > _SHORTENED_FAR_KM), None)
        if q is not None:
            a.place_id, a.reason = q.id, ""


#: The first words of names that are written abbreviated ("St. Clair", "Mt. Vernon", "Ft. Myers", "Pt. Pleasant").
_ABBREVIATED = {"st": ("saint",), "ste": ("sainte",), "mt": ("mount",), "ft": ("fort",), "pt": ("point", "port")}


def _spelt_out(key: str) -> tuple[str, ...]:
    """The name keys ``key`` abbreviates by its first word ("st clair": "saint clair"), or none."""
    head, _, rest = key.partition(" ")
    return tuple(f"{w} {rest}" for w in _ABBREVIATED.get(head, ())) if rest else ()


def _own_name_city(surface: str, p: Any, info: Any) -> Any:
    """The city :func:`own_names` moves ``surface`` to from ``p``, or None."""
    from geo.normalize import name_key

    key = name_key(surface)
    own = name_key(p.name)
    if own == key or respelt_generics(own, key) or own in _spelt_out(key):
        return None  # (its own name, maybe spelt otherwise: "Ras al-Ain" is Ra's al 'Ayn's own, "St. Clair" Saint Clair's)
    # Shortened as the press writes it, the name is the town's own ("San Lorenzo" is San Lorenzo de Esmeraldas's)
    # unless a place far bigger bears it whole ("Manhattan" is New York's, not Manhattan Beach's).
    factor = _SHORTENED_FACTOR if shortened_key(key, own) else _OWN_NAME_FACTOR
    return next((q for q in info.places if q is not p and q.kind == "city" and name_key(q.name) == key
                 and (q.population or 0) >= max(1, factor * (p.population or 0))), None)


def listed_units(named: list, gazetteer: Any, rows: list) -> None:
    """A name listed among two or more names placed at admin-1 units is a unit too, when it has one
    of its own name ("towns of the same name exist in Delaware, Missouri, Washington and Ontario":
    the states and the province, not Washington, DC, and Ontario, California). Names within
    :data:`_LIST_GAP_MAX` characters of each other are one list; a unit right after a town is its
    qualifier and counts like the others."""
    if len(rows) < 3 or sum(1 for a, _, us in rows if any(u.id == a.place_id and u.kind == "admin1" for u in us)) < 2:
        return
    order = sorted(((a.start, a.end, a, info) for _, a, info in named if a.place_id and not a.fuzzy),
                   key=lambda t: (t[0], t[1]))
    units_by_anchor = {id(a): us for a, _, us in rows}
    run: list = []
    for item in order + [None]:
        if item is not None and run and 0 < item[0] - run[-1][1] <= _LIST_GAP_MAX:
            run.append(item)
            continue
        if len(run) >= 3:
            _units_in_run(run, gazetteer, units_by_anchor)
        run = [item] if item is not None else []


#: Two names this close (", " or " and ") are a pair of one list.
_PAIR_GAP_MAX = 5
#: A country this far from the unit listed beside it is not meant with it.
_LISTED_COUNTRY_FAR_KM = 2000.0


def countries_listed_with_units(named: list, gazetteer: Any, rows: list) -> None:
    """A name placed at a country or a town and listed right beside an admin-1 unit of another country that
    has a unit of that very name is that unit ("plants in Georgia and Tennessee", "factories in Georgia,
    Alabama and South Carolina": the US state, not the Caucasian country; "ferries to Shetland and Orkney":
    the Scottish islands, not Orkney, South Africa). Not when the text said its country, nor for a country
    or town near the unit ("in Niger and Kebbi": Niger may be the country); "Mexico and Texas" stays the
    country (the state of México is no US unit)."""
    from geo.normalize import name_key

    placed = sorted(((a.start, a.end, a) for _, a, _ in named if a.place_id and not a.fuzzy), key=lambda t: t[:2])
    units_by_anchor = {id(a): us for a, _, us in rows}
    for k, (s, e, a) in enumerate(placed):
        if a.country or id(a) not in units_by_anchor:
            continue
        p = _get(gazetteer, a.place_id)
        if p is None or p.kind not in ("country", "city"):
            continue
        # (", " or " and ": after ", and " a new clause may begin, "Kano, Katsina and Yobe, and Niger reported")
        beside = [t for t in placed[max(0, k - 1):k + 2] if t[2] is not a and (0 < t[0] - e <= _PAIR_GAP_MAX
                                                                                or 0 < s - t[1] <= _PAIR_GAP_MAX)]
        key = name_key(a.surface)
        for _, _, b in beside:
            q = _get(gazetteer, b.place_id)
            if q is None or q.kind != "admin1" or q.country == p.country or _km(p, q) <= _LISTED_COUNTRY_FAR_KM:
                continue  # (a neighbour listed with a unit near it may be meant: "in Niger and Kebbi")
            unit = next((u for u in units_by_anchor[id(a)] if u.kind == "admin1" and u.country == q.country
                         and name_key(u.name) == key), None)
            if unit is not None:
                a.place_id, a.reason = unit.id, ""
                break


def _units_in_run(run: list, gazetteer: Any, units_by_anchor: dict) -> None:
    from geo.normalize import name_key

    kinds = [(_get(gazetteer, a.place_id), a) for _, _, a, _ in run]
    n_units = sum(1 for p, _ in kinds if p is not None and p.kind == "admin1")
    if n_units < 2:
        return
    for p, a in kinds:
        if p is None or p.kind != "city" or a.country:
            continue
        key = name_key(a.surface)
        unit = next((u for u in units_by_anchor.get(id(a), ()) if u.kind == "admin1" and name_key(u.name) == key), None)
        if unit is not None:
            a.place_id, a.reason = unit.id, ""


#: The focus unit's votes: its dateline town counts this much, every other town or county 1.
_FOCUS_DATELINE_VOTE = 3.0
#: ... and it must have this many votes, and more than half of all.
_FOCUS_UNIT_VOTES = 3.0
#: A namesake of the focus unit is the article's town when it lies this near another of its towns.
_FOCUS_NEAR_KM = 100.0


def focus_unit(named: list, gazetteer: Any) -> tuple[str, str] | None:
    """(country, admin-1 name) of a local article's own state or province, or None.

    Each town or county the article places votes for its admin-1 unit (a dateline's
    town, "DALTON, Ohio (AP) -", three times); the unit is the focus when it has three
    votes or more and more than half of them.
    """
    votes: dict[tuple[str, str], float] = {}
    for b, t in _placed_towns(named, gazetteer):
        if t.admin1 and t.country:
            k = (t.country, t.admin1)
            votes[k] = votes.get(k, 0.0) + (_FOCUS_DATELINE_VOTE if b.dateline else 1.0)
    if not votes:
        return None
    best = max(votes.items(), key=lambda kv: (kv[1], kv[0]))
    if best[1] < _FOCUS_UNIT_VOTES or best[1] * 2 <= sum(votes.values()):
        return None
    return best[0]


def countries_of_placed_towns(named: list, gazetteer: Any) -> None:
    """A country's own name read as its namesake town near a local story's towns ("a soldier who died in
    Lebanon" in a Tennessee story: Lebanon, Tennessee) is the country when the story places one of that
    country's towns ("... killed near Beirut"): whoever names Beirut means the country. Runs after the
    towns have their own names (:func:`own_names`: "Havana" first read as a New York village's old name)
    and before :func:`focus_unit_towns`, which keeps a country whose town is placed."""
    from geo.normalize import name_key

    picked = []  # (span, country) of the countries' names read as towns: most stories have none
    for _, a, info in named:
        if a.place_id and not a.country and not a.fuzzy and info.places and info.places[0].kind == "country" \
                and a.place_id != info.places[0].id and name_key(info.places[0].name) == name_key(a.surface):
            p = _get(gazetteer, a.place_id)
            if p is not None and p.kind == "city" and p.country != info.places[0].country:
                picked.append((a, info.places[0]))  # (not the country's own city of its name: Kuwait, Panama)
    if not picked:
        return
    homes = {t.country for _, t in _placed_towns(named, gazetteer) if t.kind == "city"}
    for a, country in picked:
        if country.country in homes:
            a.place_id, a.reason = country.id, ""


def focus_unit_towns(named: list, gazetteer: Any) -> tuple[str, str] | None:
    """A town of a bigger namesake elsewhere in the country or abroad goes to its namesake in the article's
    own state or province (:func:`focus_unit`) lying near the article's other towns ("TAMPA - ... In St
    Petersburg": Florida's, not Russia's; a city abroad keeps the name only as a national capital).

    "WOOSTER, Ohio - ... workers live in Orrville, Wooster, Smithville and Dalton": Dalton,
    Ohio (1,800 people, 20 km away), not Dalton, Georgia (34,000). The name must be its own
    name there (not another name of it), no country or unit said with it, and the namesake
    within 100 km of another of the article's towns in that unit and nearer to them than the
    town chosen ("GRAND ISLAND, Neb. - a plant near Aurora ... a buyer in Denver, Colo.":
    Aurora, Nebraska, though Aurora, Colorado, is next to Denver).
    A national capital or a city of 500,000 keeps its name ("officials in Washington").
    A country's name goes to its namesake town so too when the story names no other country ("Lebanon
    lies between Dayton and Mason" in an Ohio story: Lebanon, Ohio).
    Returns the article's focus unit when it looked for it (a name had a namesake in another unit).
    """
    fu = None
    done = False
    from geo.normalize import name_key
    from reading.toponyms import _is_capital, capital_name

    for _, a, info in named:
        if a.fuzzy or info.fixed is not None or a.country:
            continue
        if a.place_id:
            p = _get(gazetteer, a.place_id)
            if p is None or p.kind not in ("city", "county", "country"):
                continue
            # a namesake town (or county: "the Champaign County line" in an Ohio story) in another unit of its
            # country or abroad, first (most names have none); a country's namesake town ("Lebanon, Ohio")
            kind = "city" if p.kind == "country" else p.kind
            alts = [q for q in info.places if q.kind == kind and (q.country, q.admin1) != (p.country, p.admin1)]
        elif a.reason.startswith("ambiguous"):
            p = None
            alts = [q for q in info.places if q.kind == "city"]
        else:
            continue
        if not alts:
            continue
        if not done:
            fu, done = focus_unit(named, gazetteer), True
            if fu is None:
                return None
            towns = _placed_towns(named, gazetteer)
        alts = [q for q in alts if q.country == fu[0] and q.admin1 == fu[1]]
        if not alts:
            continue
        abroad = p is not None and p.country != fu[0]
        if p is not None and p.kind == "country":
            if _countries_named(named, gazetteer, a.surface) - {fu[0]} or any(t.country == p.country for _, t in towns):
                continue  # ("jets struck Syria and Lebanon", "in Lebanon ... Beirut"): the country
        elif abroad and p.country in _countries_named(named, gazetteer):
            continue  # ("In Argentina, farmers near Córdoba": the text names the namesake's own country)
        if p is not None and (_is_capital(p) if abroad else (p.population or 0) >= _WORLD_CITY or (
                (p.population or 0) >= _NATIONAL_CITY and name_key(p.name) == name_key(capital_name(p.country) or "-"))):
            continue  # (the capital itself, not a small namesake of it: Washington, Utah; a capital abroad, London)
        key = name_key(a.surface)
        others = [t for b, t in towns if b.surface != a.surface and t.country == fu[0] and t.admin1 == fu[1]]
        if not others:
            continue
        for q in alts:
            if name_key(q.name) != key:
                continue
            if q.kind == "county" and (p is None or p.admin1 not in _states_named(named, gazetteer)):
                a.place_id, a.reason = q.id, ""  # a state has one county of a name: the story's state's, however far
                break  # from its towns ("Fayette County" in an Indiana story: Indiana's, not Kentucky's; but
                # "Decatur, Illinois, the seat of Macon County" in an Alabama story keeps Illinois's)
            dq = min(_km(q, t) for t in others)
            if dq <= _FOCUS_NEAR_KM and (p is None or dq < min(_km(p, t) for t in others)):
                a.place_id, a.reason = q.id, ""
                break
    return fu


#: A city of the country this big, ten times the village chosen or more, is meant by a local story
#: naming it beside towns of other states (:func:`national_cities`).
_NATIONAL_CITY = 100_000


def national_cities(named: list, gazetteer: Any, fu: tuple[str, str]) -> None:
    """In a local story (its focus unit ``fu``, :func:`focus_unit`), a village of another state chosen for a bare name
    only because it lies near a town the story names in passing is the country's big city of that
    name: "MARQUETTE, Mich. - freighters bound for steel mills in Gary, Ind., and Cleveland" is
    Cleveland, Ohio (365,000), not Cleveland, Wisconsin (1,500), next to Milwaukee, named at the
    end. Only for a village under 25,000 outside the story's state and over 100 km from its towns
    there, no country or unit said with the name, and a city under that very name of 100,000 and
    ten times the village or more."""
    from geo.normalize import name_key

    home = [t for _, t in _placed_towns(named, gazetteer) if (t.country, t.admin1) == fu]
    bigs = None
    for _, a, info in named:
        if a.fuzzy or not a.place_id or a.country or info.fixed is not None:
            continue
        p = _get(gazetteer, a.place_id)
        if p is None or p.kind != "city" or (p.population or 0) >= _WORLD_CITY_RIVAL:
            continue
        if bigs is None:
            bigs = memo_table(gazetteer, "qualifiers", "national cities by info", _MEMO_MAX)  # info -> its cities of 100,000
        cities = bigs.get(info)
        if cities is None:
            cities = bigs[info] = tuple(q for q in info.places if q.kind == "city"
                                        and (q.population or 0) >= _NATIONAL_CITY)
        if not cities:
            continue
        key = name_key(a.surface)
        big = next((q for q in cities if q.country == p.country and q.id != p.id
                    and (q.population or 0) >= 10 * (p.population or 0) and name_key(q.name) == key), None)
        if big is None:
            continue
        if fu[0] != p.country or p.admin1 == fu[1] or big.admin1 == fu[1]:
            continue
        if any(_km(p, t) <= _FOCUS_NEAR_KM for t in home):
            continue
        a.place_id, a.reason = big.id, ""


#: A small town this far from every town of a local article is not what the article means.
_LOCAL_STRAY_KM = 1000.0
#: A local story told around one established town is a city's, of this many people, whose parts and
#: suburbs the gazetteer lacks (:func:`local_strays`: Seattle's Ballard).
_LOCAL_CITY_POPULATION = 100_000
_LOCAL_STRAY_POPULATION = 20_000
#: A town of another state this far from a local story's own (:func:`home_state_strays`) and smaller than
#: this is a local place the gazetteer lacks, wherever it stands: such towns are seldom news a state away
#: (the golds' far namesakes of 25,000-51,000 people in local stories were all the story's own places).
_HOME_STRAY_POPULATION = 100_000


def _countries_named(named: list, gazetteer: Any, but: str = "") -> set[str]:
    """The countries the text names as countries ("In Argentina, ..."), by names other than ``but``."""
    return {q.country for _, b, _ in named if b.place_id and b.surface != but and (q := _get(gazetteer, b.place_id))
            is not None and q.kind == "country"}


def _states_named(named: list, gazetteer: Any) -> set[str]:
    """The first-level units the article names as such ("Illinois"), by their admin-1 names."""
    return {p.admin1 for _, a, _ in named if a.place_id and (p := _get(gazetteer, a.place_id)) is not None
            and p.kind == "admin1"}


def _placed_towns(named: list, gazetteer: Any) -> list[tuple[Any, Any]]:
    """(span, town) of the names placed at a town (not guessed from a misspelling)."""
    towns = []
    for _, b, _ in named:
        if b.place_id and not b.fuzzy:
            t = _get(gazetteer, b.place_id)
            if t is not None and t.kind in _TOWN_KINDS:
                towns.append((b, t))
    return towns


def local_strays(named: list, gazetteer: Any, rows: list) -> None:
    """Unplace a small town far from every other town of a local article.

    "Seattle police closed streets in Ballard and Capitol Hill": Seattle's neighbourhoods,
    not Ballard, Utah (1,300 km) or Capitol Hill, Washington DC. When the article's other
    established towns (20,000 people or more, or their country said) all lie in a box of
    300 km each way, a town of their country under 20,000 people chosen for a name with no
    country said, lying over 1,000 km from all of them and in no unit
    the article names, is left unplaced (probably a place the gazetteer lacks). One established town
    makes a local story only when it is a city of :data:`_LOCAL_CITY_POPULATION`: "Lee retreated after
    Gettysburg; Grant had taken Vicksburg" is a history of two far towns, not Vicksburg's news.
    """
    towns = _placed_towns(named, gazetteer)
    if len(towns) < 2:
        return
    small = [(b, t) for b, t in towns
             if t.kind == "city" and (t.population or 0) < _LOCAL_STRAY_POPULATION and not b.country]
    if not small:
        return
    # the article's established towns (big, or their country or unit said): all near each other
    core = [t for b, t in towns if (t.population or 0) >= _LOCAL_STRAY_POPULATION or b.country]
    if not core:
        return  # no town to anchor on
    if len({t.id for t in core}) == 1 and (core[0].population or 0) < _LOCAL_CITY_POPULATION:
        return  # one small town makes no local story ("fell at Gettysburg ... the fall of Vicksburg": a history)
    if _capital_dateline_story(towns, core):
        return
    lats, lons = [t.lat for t in core], [t.lon for t in core]
    span = _LOCAL_KM / 111.2  # degrees: the core's box must fit in 300 km each way
    if max(lats) - min(lats) > span or (max(lons) - min(lons)) * math.cos(math.radians(max(abs(x) for x in lats))) > span:
        return  # the article is not local
    units = None
    for a, p in small:
        if any(t.country != p.country for t in core) or any(_km(p, t) <= _LOCAL_STRAY_KM for t in core):
            continue  # a town abroad (left to the stray rule of reading.toponyms), or near the article's towns
        if units is None:
            units = [u for b, _, us in rows for u in us if u.id == b.place_id]
        if any(in_unit(gazetteer, p, u) for u in units):
            continue
        a.place_id, a.reason = None, "a small namesake far from the article's other towns: probably a local place"


def home_state_strays(named: list, gazetteer: Any, text: str = "") -> None:
    """In a local story with a state or province of its own (:func:`focus_unit`: "YORK, Neb. (AP) -" and
    its towns), a bare name placed at a town of another state of its country over :data:`_LOCAL_STRAY_KM`
    from every town the story places in its state is a town the gazetteer lacks, left unplaced: a town
    under :data:`_HOME_STRAY_POPULATION` wherever it stands ("south of Gorham" in a Kansas story is no
    Gorham, Maine; "a sit-in at Khurai" in a Manipur story no Khurai, Madhya Pradesh, a town of 51,000), a
    bigger one below a world city when it is listed between towns of the story's state ("crews from
    Henderson, Waco and Utica" in a Nebraska story is no Waco, Texas), and so a town abroad listed so ("Ingham,
    Halifax and Cardwell" in a Queensland story is no Halifax, Nova Scotia); not a town of a state the story names
    in the town's sentence (``text``), as :func:`local_strays` keeps the towns of the units an article names.
    :func:`local_strays` asks more
    (a story whose big towns fit in one box) and misses stories spread over a wide state."""
    towns = _placed_towns(named, gazetteer)
    if len(towns) < 3:
        return
    fu = focus_unit(named, gazetteer)
    if fu is None:
        return
    home = [t for _, t in towns if (t.country, t.admin1) == fu]
    units = {b.place_id: any(q.kind == "admin1" for q in info.places) for _, b, info in named if b.place_id}
    named_units = None  # (the admin-1 units the story names, read once a town is doubted)
    for a, p in towns:
        if p.kind != "city" or a.country or a.dateline or (p.country, p.admin1) == fu \
                or (p.population or 0) >= _WORLD_CITY or any(_km(p, t) <= _LOCAL_STRAY_KM for t in home):
            continue
        if units.get(a.place_id):
            continue  # "South Dakota and Maryland": a state's name too, left to the rules on units
        abroad = p.country != fu[0]  # (only listed between the story's towns: "Ingham, Halifax and Cardwell")
        if (abroad or (p.population or 0) >= _HOME_STRAY_POPULATION) and not _listed_among(a, named, gazetteer, fu):
            continue
        if named_units is None:
            named_units = [(b, u) for _, b, _ in named if b.place_id and (u := _get(gazetteer, b.place_id)) is not None
                           and u.kind == "admin1"]
        if text and any(in_unit(gazetteer, p, u) and _one_sentence(text, a, b) for b, u in named_units):
            continue  # a town of a state its sentence names ("buses left for Manchester, N.H.; volunteers in Concord
            # and Nashua" in an Iowa story), not of one named elsewhere in passing
        a.place_id, a.reason = None, "a town of another state far from the local story's own: probably a local place"


def _one_sentence(text: str, a: Any, b: Any) -> bool:
    """Spans ``a`` and ``b`` lie in one sentence of ``text``."""
    from reading.toponyms import _SENTENCE_GAP

    return _SENTENCE_GAP.search(text, min(a.end, b.end), max(a.start, b.start)) is None


def _listed_among(a: Any, named: list, gazetteer: Any, unit: tuple[str, str]) -> bool:
    """The name ``a`` stands in a list between two towns of ``unit`` (country, admin-1 name)."""
    before = after = False
    for _, b, _ in named:
        if b is a or not b.place_id:
            continue
        q = _get(gazetteer, b.place_id)
        if q is None or q.kind != "city" or (q.country, q.admin1) != unit:
            continue
        before = before or 0 < a.start - b.end <= _LIST_GAP_MAX
        after = after or 0 < b.start - a.end <= _LIST_GAP_MAX
    return before and after


def _capital_dateline_story(towns: list, core: list) -> bool:
    """The article's only established towns are national capitals heading its dateline ("BAMAKO -
    The Armed Forces of Mali ... in the sector of Menaka"): a national story filed from the capital,
    not a local one; its towns may lie anywhere in the country (Ménaka, 1,100 km from Bamako).
    :func:`local_strays` leaves it alone."""
    from reading.toponyms import _is_capital

    core_ids = {id(c) for c in core}
    anchors = [b for b, t in towns if id(t) in core_ids]
    return bool(anchors) and all(b.dateline for b in anchors) and all(_is_capital(t) for t in core)


#: A city this big is a world city like a national capital ("Toronto", "Rotterdam": not their
#: namesakes in Ohio and New York, a twentieth of their size or less).
_WORLD_CITY = 500_000
#: ... unless the article's town of that name is this big (or bears the name only as another one).
_WORLD_CITY_RIVAL = 25_000
#: A namesake this near another town of the article is a local clue.
_LOCAL_KM = 300.0
#: A namesake of a world city must lie this near another town of the article to be a local clue (Dublin,
#: Ohio, 25 km from Columbus; London, California, 290 km from Los Angeles is none), nearer than the
#: world city itself (_LOCAL_KM: Mashhad 205 km from Taybad).
_WORLD_NAMESAKE_KM = 200.0
#: ... and a world city bearing the name only as another name gives way to such a namesake only when it lies this
#: far (km) from every town of the article (Giza for "Gizo" in a Solomon Islands story; not Oslo for "Christiania").
_ALIAS_WORLD_CITY_FAR_KM = 3000.0


#: A world city's namesake in a unit the article names, in an article whose towns lie mostly elsewhere, must
#: lie this near another of its towns to keep the name (London, Ontario, 75 km from Thamesville in a story
#: of Chatham-Kent; not Naples, Texas, 200 km from Dallas in a story naming Milan, Paris and Tokyo).
_UNIT_NAMESAKE_KM = 150.0


#: Two names this close (", ", " and ", ", and ") are items of one list.
_LIST_GAP_MAX = 6


def _listed_beside(a: Any, named: list, gazetteer: Any, country: str) -> bool:
    """True when the name ``a`` is listed right beside a city of 100,000 placed in ``country``
    ("sailed to Boston and New York", "routes to Boston and Chicago"): the world city of that country
    then, not a namesake of the article's own country (Boston, Lincolnshire; a Clare village)."""
    for _, b, _ in named:
        if b is a or not b.place_id or b.fuzzy:
            continue
        gap = b.start - a.end if b.start >= a.end else a.start - b.end
        if 0 < gap <= _LIST_GAP_MAX:
            q = _get(gazetteer, b.place_id)
            if q is not None and q.kind == "city" and q.country == country and (q.population or 0) >= 100_000:
                return True
    return False


#: Seats of government that GeoNames' country table does not give as the capital (it gives Sucre,
#: Yamoussoukro, Dodoma, Porto-Novo, Sri Jayawardenepura Kotte, Amsterdam): listed beside other
#: capitals, they name governments as capitals do.
_SEATS_OF_GOVERNMENT = (("BO", "La Paz"), ("CI", "Abidjan"), ("TZ", "Dar es Salaam"), ("BJ", "Cotonou"),
                        ("LK", "Colombo"), ("NL", "The Hague"))


def _seat_of_government(place: Any) -> bool:
    """The place is its country's capital, or the seat of its government (:data:`_SEATS_OF_GOVERNMENT`)."""
    from geo.normalize import name_key
    from reading.toponyms import capital_name

    key = name_key(place.name)
    return key == name_key(capital_name(place.country) or "-") or any(
        c == place.country and name_key(n) == key for c, n in _SEATS_OF_GOVERNMENT)


def _capitals_listed(a: Any, p: Any, big: Any, named: list, gazetteer: Any) -> bool:
    """True when ``big`` is a national capital (or seat of government) and the name ``a`` is listed right
    beside another country's ("Cairo and Riyadh are pressing for renewed talks", "Ankara and Tehran
    traded accusations", "from Managua and La Paz"): governments named by their capitals, not a
    district of Khartoum called Riyadh, nor La Paz, Mexico."""
    if not _seat_of_government(big):
        return False
    for _, b, _ in named:
        if b is a or not b.place_id or b.fuzzy:
            continue
        gap = b.start - a.end if b.start >= a.end else a.start - b.end
        if 0 < gap <= _LIST_GAP_MAX:
            q = _get(gazetteer, b.place_id)
            if q is not None and q.kind == "city" and q.country not in (p.country, big.country) \
                    and _seat_of_government(q):
                return True
    return False


def _unit_named_around(a: Any, big: Any, rows: list, gazetteer: Any) -> bool:
    """True when the article names, by its own name, a unit holding the world city ``big``, whatever
    place that name was given ("Los Angeles and other cities of California", in a Mexican story
    where "California" is first read as a Mexican village)."""
    from geo.normalize import name_key

    key = name_key(a.surface)  # (not the name itself: "Berlin" is also the German state)
    return any(u.kind == "admin1" and u.country == big.country and name_key(u.name) == name_key(b.surface) != key
               and in_unit(gazetteer, big, u) for b, _, us in rows for u in us)


def _home_country(q: Any, towns: list) -> bool:
    """True when at least half of ``towns`` lie in ``q``'s country: a story of that country, not a
    round-up of many countries' cities (a football report naming Buenos Aires among Montevideo, Rio,
    Quito and Santiago: "Lima" is Peru's capital, not Lima, Buenos Aires)."""
    return sum(t.country == q.country for t in towns) * 2 >= len(towns)


#: A world city this big is named in stories far from its country: its namesake keeps the name only in
#: a story local to the namesake's area, or of its country by name (not merely one of its country's).
_WORLD_METROPOLIS = 1_000_000


def _story_of(q: Any, big: Any, towns: list, countries: set) -> bool:
    """True when the story is ``q``'s rather than the world city ``big``'s: a city under a million needs
    only a story of ``q``'s country ("Oyo" in a Congolese story is Oyo, Congo, not Nigeria's); a bigger
    one a story local to ``q``'s area (at least half of ``towns`` within :data:`_LOCAL_KM`: "In
    neighboring Berlin" among Barre and Montpelier, Vermont) or of ``q``'s country named in it
    (``countries``: "Samara" beside Chagni with Ethiopia named). A tour of New York, Chicago, Nashville,
    Knoxville and Los Angeles plays London, England, not London, Kentucky, 130 km from Knoxville."""
    if not _home_country(q, towns):
        return False
    return (big.population or 0) < _WORLD_METROPOLIS or q.country in countries or sum(
        _km(q, t) <= _LOCAL_KM for t in towns) * 2 >= len(towns)


def _local_to(gazetteer: Any, unit: Any, towns: list) -> bool:
    """True when at least half of ``towns`` lie in ``unit``: a story local to it ("Naples" among Paris,
    Mount Pleasant and Texarkana, Texas), not one that names the unit among other countries' cities
    (a food poll naming Texas, Austin and Houston beside São Paulo, Lyon and Madrid: Naples, Italy)."""
    return sum(in_unit(gazetteer, t, unit) for t in towns) * 2 >= len(towns)


def world_cities(named: list, gazetteer: Any, rows: list) -> None:
    """A small town chosen only for the article's country is the world city of that name instead.

    "Polio was found in London, and in Albany and Yonkers": London, England, not London,
    Ohio. The town chosen for a name (no country said, no qualifier) goes back to a
    namesake that is a national capital or a city of 500,000 under that very name (or a city of 500,000
    bearing it as a former name: "cargoes from Calcutta" beside New Orleans is Kolkata, not Calcutta,
    Ohio), ten times its size or more, in another country, unless the town lies in a unit the
    article names ("London is a city in Madison County, Ohio") and, where the world city bears the name as
    its own, lies within 150 km of another town of the article or the article's other towns mostly lie in
    that unit; a namesake within 200 km
    of another town of the article (not itself a world city's small namesake), in a story that is its
    own (:func:`_story_of`), is preferred to both ("Columbus, Hilliard and Dublin": Dublin, Ohio). A city
    of 500,000 that is no capital takes the name only from a town of under 25,000 named so itself
    ("Rotterdam" is not Rotterdam, New York, but "Samara" in an article about Ethiopia stays Samara,
    Ethiopia, a town of 50,000), or from a bigger one when the city bears the name as its own and the story
    is not the town's ("Melbourne" among Seattle, Denver, Atlanta and Orlando is Australia's, not
    Melbourne, Florida, a town of 85,000).
    """
    from geo.normalize import name_key
    from reading.toponyms import capital_name

    bigs = memo_table(gazetteer, "qualifiers", "world city by info", _MEMO_MAX)  # candidates info (kept alive here) -> its world city or None
    todo = []
    for _, a, info in named:
        if a.fuzzy or not a.place_id or info.fixed is not None or a.country:
            continue
        big = bigs.get(info, False)
        if big is False:
            big = bigs[info] = next((q for q in info.places if q.kind == "city" and (
                (q.population or 0) >= _WORLD_CITY or name_key(q.name) == name_key(capital_name(q.country) or "-"))), None)
        if big is None or big.id == a.place_id:
            continue
        p = _get(gazetteer, a.place_id)
        if p is None or p.kind != "city" or p.country == big.country:
            continue
        if name_key(big.name) != name_key(a.surface) and (
                (big.population or 0) < _WORLD_CITY or name_key(p.name) != name_key(a.surface)):
            continue  # (a world city's former name, "Calcutta", "Bombay", against a town named so itself)
        if _capitals_listed(a, p, big, named, gazetteer):
            a.place_id, a.reason = big.id, ""  # "Cairo and Riyadh are pressing for talks", in a Sudanese story
            continue  # (whatever the town's size: "Caracas, Mexico City, Managua and La Paz")
        if (p.population or 0) * 10 > (big.population or 0):
            continue
        if _listed_beside(a, named, gazetteer, big.country):
            a.place_id, a.reason = big.id, ""  # "new routes to Boston and Chicago", from an Irish airport
            continue
        todo.append((a, p, big, info, _real_town_against(big, p, name_key(a.surface))))
    if not todo:
        return
    units = [u for a, _, us in rows for u in us if u.id == a.place_id]
    # (the small namesakes of other world cities are no clue: London, Ohio, and Paris, Kentucky, keep
    # each other no more than London and Paris do in a story naming New York and Los Angeles)
    doubted = {id(a) for a, _, _, _, real in todo if not real}
    towns = [(b, t) for b, t in _placed_towns(named, gazetteer) if id(b) not in doubted]
    countries = {q.country for q in (_get(gazetteer, b.place_id) for _, b, _ in named if b.place_id)
                 if q is not None and q.kind == "country"}
    for a, p, big, info, real in todo:
        others = [t for b, t in towns if b.surface != a.surface]
        if real and (name_key(big.name) != name_key(a.surface) or _story_of(p, big, others, countries)):
            continue  # a real town of the story ("Samara", Ethiopia, 50,000: not Samara, Russia), or one named
            # so itself against a world city bearing the name only as another name ("Puno" is not Pune)
        if name_key(big.name) != name_key(a.surface) and any(_km(p, t) <= _WORLD_NAMESAKE_KM for t in others) \
                and all(_km(big, t) > _ALIAS_WORLD_CITY_FAR_KM for t in others):
            continue  # a town named so itself near another of the article's, against a world city bearing the
            # name only as another name, far from them all ("cross from Buin to Gizo": the Solomon Islands'
            # town, not Giza; but "Christiania" beside Copenhagen and Stockholm is still Oslo)
        if any(in_unit(gazetteer, p, u) for u in units) and (
                name_key(big.name) != name_key(a.surface) or any(_km(p, t) <= _UNIT_NAMESAKE_KM for t in others)
                or any(_local_to(gazetteer, u, others) for u in units)):
            continue  # (a unit named, and the world city's name only another of its names, or the town near
            # another of the article's, or the story local to the unit)
        if _unit_named_around(a, big, rows, gazetteer):
            a.place_id, a.reason = big.id, ""  # "Los Angeles and other cities of California"
            continue
        # the first namesake near another town of the article (maybe the one chosen), else the world city;
        # the world city itself when it is near one too ("tremors were felt as far as Mashhad and Torbat-e
        # Jam" in a Herat story: Iran's city of 3 million, not a village of Badakhshan near Mazar-i-Sharif)
        key = name_key(a.surface)
        near = None if any(_km(big, t) <= _LOCAL_KM for t in others) else next(
            (q for q in info.places if q.kind == "city" and q.id != big.id and name_key(q.name) == key
             and any(_km(q, t) <= _WORLD_NAMESAKE_KM for t in others) and _story_of(q, big, others, countries)), None)
        a.place_id, a.reason = (near or big).id, ""


def _km(p: Any, q: Any) -> float:
    return great_circle_km(p.lat, p.lon, q.lat, q.lon)


_COUNTIES = Path(__file__).resolve().parent.parent / "geo" / "data" / "us_counties.csv"


@functools.lru_cache(maxsize=1)
def us_county_states() -> dict[str, frozenset]:
    """US county name key ("hall county") -> the states (admin-1 names) that have a county so named,
    whether or not the gazetteer can place it (``geo/data/us_counties.csv``)."""
    from geo.normalize import name_key

    out: dict[str, set] = {}
    with open(_COUNTIES, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(name_key(row["name"]), set()).add(row["state_name"])
    return {k: frozenset(v) for k, v in out.items()}


# The qualifiers' one-time tables, built with the gazetteer: the US counties, the units' abbreviations, the outlines.
when_loaded(us_county_states, abbreviations, _abbr_at, _outlines)


_COUNTY_BEFORE = re.compile(r"(?:^|[^\w])((?:[A-Z][a-z\u2019'.-]+[ \t]){1,2}(?:County|Parish|Borough)),[ \t]*$")


def _states_after_counties(text: str, found: list, gazetteer: Any) -> None:
    """A name after "X County, " is the US state with a county X ("Otsego County, New York": the
    state, not New York City), also when the gazetteer cannot place that county."""
    from geo.normalize import name_key

    for f in found:
        if f.relation != "at" or not f.anchors or f.anchors[0].kind != "name" or not f.anchors[0].candidates:
            continue
        m = _COUNTY_BEFORE.search(text, max(0, f.start - 40), f.start)
        if m is None:
            continue
        q = f.anchors[0]
        states = us_county_states().get(name_key(m.group(1)))
        if not states:
            first, _, rest = m.group(1).partition(" ")  # "in Otsego County, ..." after a capitalised word
            states = us_county_states().get(name_key(rest), ())
        for unit in _units_of(gazetteer, q.candidates):
            if unit.kind == "admin1" and unit.country == "US" and unit.admin1 in states:
                q.candidates = [unit.id]
                break


def _towns_in_county_of_state(text: str, found: list, gazetteer: Any) -> None:
    """"Damascus in Clackamas County, Oregon": the town is one of the state named after its county (run after
    :func:`_states_after_counties` has made that name the state), not Damascus, Syria, nor the Damascus of
    another state named before; left as read when the state has none of that name."""
    for f, c, s in zip(found, found[1:], found[2:]):
        if text[f.end : c.start] != " in " or text[c.end : s.start] != ", " or f.relation != "at" \
                or len(f.anchors) != 1 or not c.anchors or not s.anchors or _COUNTY.search(c.anchors[-1].surface) is None:
            continue
        a, q = f.anchors[0], s.anchors[0]
        if a.kind != "name" or a.country or len(a.candidates) < 2 or q.kind != "name" or len(q.candidates) != 1:
            continue
        unit = _get(gazetteer, q.candidates[0])
        if unit is not None and unit.kind == "admin1":
            _narrow(gazetteer, a, unit)


def _county_state(a: Any, units: list) -> Any:
    """The US state among ``units`` that has a county named as ``a`` is written ("Coos County"), or None."""
    if not _COUNTY.search(a.surface):
        return None
    from geo.normalize import name_key

    states = us_county_states().get(name_key(a.surface), ())
    for unit in units:
        if unit.kind == "admin1" and unit.country == "US" and unit.admin1 in states:
            return unit
    return None


def counties_of_units(named: list, gazetteer: Any, rows: list) -> None:
    """A county placed in another state than the US states the article names goes to the named state's
    county of that name when the gazetteer has it ("Ohio officials said Clark County ...": Ohio's, not
    Nevada's), and is unplaced when a named state has a county of that name the gazetteer cannot place
    ("Hall County" with Texas named: not Hall County, Nebraska)."""
    states = {p.admin1 for a, _, us in rows for p in us
              if p.id == a.place_id and p.kind == "admin1" and p.country == "US"}
    if not states:
        return
    from geo.normalize import name_key

    known = fu = None
    for _, a, _ in named:
        if a.fuzzy or not a.place_id:
            continue
        p = _get(gazetteer, a.place_id)
        if p is None or p.kind != "county" or p.admin1 in states:
            continue
        if fu is None:
            fu = focus_unit(named, gazetteer) or ()
        if fu and p.country == fu[0] and p.admin1 == fu[1]:
            continue  # the story's own state, by its towns ("Kokomo, Marion ... the Ohio River": Indiana's county)
        home = [c for c in a.candidates if (q := _get(gazetteer, c)) is not None and q.kind == "county"
                and q.admin1 in states]
        if len(home) == 1:
            a.place_id = home[0]  # "Ohio officials said Clark County ...": Ohio's, not Nevada's
            continue
        if known is None:
            known = us_county_states()
        if known.get(name_key(p.name), frozenset()) & states:
            a.place_id, a.reason = None, "a county of a named state that the gazetteer cannot place"


def _not_mere_aliases(surface: str, p: Any, inside: list) -> list:
    """Of the namesakes inside a named unit, those a town chosen under its own name (or a spelling of it)
    may go to: not one bearing the name only as another name of another spelling ("Sloviansk" is
    Slovyansk, in Donetsk oblast, not Nikopol, which GeoNames also calls so, in the Dnipropetrovsk oblast
    the story names). When none of them bears the name as its own, a town under :data:`_ALIAS_POPULATION`
    gives way to one bearing it as another name: its name is not so known that a former name of a town
    in the unit the story names is the likelier ("Pervomaisk ... officials in the Luhansk region":
    Sokolohirsk, its former name, not Pervomaysk, Mykolaiv); a town of another country bearing it so is no
    likelier ("Zeebrugge" is no former name of Old Saybrook, Connecticut)."""
    from reading.toponyms import _same_skeleton

    if not _same_skeleton(surface, p):
        return inside
    own = [q for q in inside if _same_skeleton(surface, q)]
    if own or (p.population or 0) >= _ALIAS_POPULATION:
        return own
    return [q for q in inside if q.country == p.country]  # (abroad, another name of another town is no former name of it)


def pull_to_units(named: list, gazetteer: Any, rows: list | None = None, text: str = "") -> None:
    """Towns of an ambiguous name go to the namesake inside a unit the article names.

    ``named``: (Found, PlaceSpan, candidates info) of the article's names, their
    ``place_id`` chosen. The units are the admin-1 places and regions chosen for
    names (not guessed spellings). A name whose chosen place is a town outside
    them (or left unresolved as ambiguous), but that has a town namesake inside
    one, is moved there, unless its place is a country, a unit, a national capital
    or a city of a million, or its country was said ("Tripoli, Lebanon"). The
    first such namesake (the gazetteer's order) wins. Nor is a big town listed between towns of ``text``
    that lie nearer it than its namesakes ("barges between Baton Rouge, Memphis and St. Louis" with
    "Houston, Texas" named: not Memphis, Texas; a list's members lie together: :func:`_listed_nearer`).
    """
    if rows is None:
        rows = [(a, info, _units_of(gazetteer, a.candidates)) for _, a, info in named if not a.fuzzy and a.place_id]
    units = {}
    for a, _, us in rows:
        for p in us:
            if p.id == a.place_id:
                units[p.id] = p
    if not units:
        return
    from geo.normalize import name_key
    from reading.toponyms import capital_name

    namesakes_of = _units_told_for_namesakes(named, units)
    chosen = None
    towns = None  # the placed towns (:func:`_placed_towns`), read once, updated when a town moves
    row_of: dict[int, int] = {}  # id of a placed name -> its row in ``towns``
    for _, a, info in named:
        if a.fuzzy or info.fixed is not None or a.country:
            continue
        if a.place_id:
            p = _get(gazetteer, a.place_id)
            if p is None or p.kind not in _TOWN_KINDS:
                continue
            if any(in_unit(gazetteer, p, u) for u in units.values()):
                continue
            if name_key(p.name) == name_key(capital_name(p.country) or "-"):
                continue
            if towns is None:
                towns = _placed_towns(named, gazetteer)
                row_of = {id(b): i for i, (b, _) in enumerate(towns)}
            if (p.population or 0) >= 1_000_000 and not _local_namesake(a, p, info, towns, gazetteer, units):
                continue
            if _world_city_kept(a, p, info, towns, gazetteer, units):
                continue
        elif a.reason.startswith("ambiguous"):
            p = None  # left unresolved for want of a clue: the unit is one
        else:
            continue
        mine = [u for uid, u in units.items() if a.surface.lower() not in namesakes_of.get(uid, ())]
        inside = [q for q in info.places if q is not p and q.kind in _TOWN_KINDS
                  and any(in_unit(gazetteer, q, u) for u in mine)]
        if inside and p is not None and text and (p.population or 0) >= _NATIONAL_CITY \
                and _listed_nearer(a, p, inside, named, text, gazetteer):
            continue
        if inside and p is not None:
            inside = _not_mere_aliases(a.surface, p, inside)
            if inside:
                if chosen is None:  # the towns as chosen, before any was pulled here
                    chosen = _placed_towns(named, gazetteer)
                if _among_its_towns(a, p, inside, chosen):
                    continue
        if inside:
            if len(inside) > 1:
                if towns is None:
                    towns = _placed_towns(named, gazetteer)
                    row_of = {id(b): i for i, (b, _) in enumerate(towns)}
                q = _nearest_to_towns(inside, a, towns, gazetteer, units)
            else:
                q = inside[0]
            a.place_id, a.reason = q.id, ""
            if towns is not None:
                if id(a) in row_of:  # a town moved to another town: its row changes, in place
                    towns[row_of[id(a)]] = (a, q)
                else:
                    towns = None  # a name placed for the first time: listed again when next asked for


#: Between two members of a list: a comma, "and" or "or" (", and ").
_LIST_JOIN = re.compile(r",?[ \t]+(?:and|or)[ \t]+|,[ \t]+")


def _listed_nearer(a: Any, p: Any, inside: list, named: list, text: str, gazetteer: Any) -> bool:
    """True when the name ``a``, read as ``p``, is listed right beside placed towns ("between Baton Rouge,
    Memphis and St. Louis") that all lie nearer ``p`` than any of its namesakes ``inside`` the named units:
    a list's members lie together, so the list keeps ``p`` (not when a member lies by a namesake: "the
    mayors of Słubice and Frankfurt (Oder)")."""
    k = next((i for i, (_, b, _) in enumerate(named) if b is a), None)
    if k is None:
        return False
    beside = []
    if k and _LIST_JOIN.fullmatch(text, named[k - 1][1].end, a.start):
        beside.append(named[k - 1][1])
    if k + 1 < len(named) and _LIST_JOIN.fullmatch(text, a.end, named[k + 1][1].start):
        beside.append(named[k + 1][1])
    towns = [t for b in beside if b.place_id and (t := _get(gazetteer, b.place_id)) is not None and t.kind in _TOWN_KINDS]
    return bool(towns) and len(towns) == len(beside) and all(_km(t, p) < min(_km(t, q) for q in inside) for t in towns)


def _among_its_towns(a: Any, p: Any, inside: list, towns: list) -> bool:
    """The town chosen for ``a`` lies within 100 km of two other towns of the article (a city of 100,000
    within 300 km), and none of its namesakes ``inside`` the named units lies within 300 km of one: the
    story's own town, not a name to pull ("90 miles east of Baltimore" in an entry on Dover, Delaware,
    naming Wilmington and Philadelphia, that ends with towns of the name "in New Jersey, Ohio and
    Tennessee": Maryland's city, not Baltimore, Ohio; Perth among Scone and Dundee when Western Australia
    is named). A town farther from the story is pulled as before ("In Guaviare, troops clashed near
    Calamar": not Calamar, Bolívar, 250 km from the story's Ocaña). ``towns``: the article's placed towns
    as chosen before any pull (:func:`_placed_towns`). A namesake near some of them loses too when the
    town chosen has :data:`_AMONG_ITS_TOWNS_FACTOR` times as many around it ("In Preston the weavers are
    idle ... Blackburn, Chorley, Wigan, Bolton ... money from Victoria, where Ballarat and Bendigo
    collected": Lancashire's Preston among five, not the Melbourne suburb near two)."""
    reach = _LOCAL_KM if (p.population or 0) >= _NATIONAL_CITY else _LOCAL_NAMESAKE_KM
    others = [t for b, t in towns if b.surface != a.surface]
    if sum(_km(p, t) <= reach for t in others) < 2:
        return False
    distinct = list({t.id: t for t in others}.values())  # (a dateline's town named again counts once)
    around = sum(_km(p, t) <= reach for t in distinct)
    return all(_AMONG_ITS_TOWNS_FACTOR * sum(_km(q, t) <= _LOCAL_KM for t in distinct) < around for q in inside)


#: The town chosen keeps its name against a pulling unit when this many times more of the article's towns
#: lie around it than around the namesake in the unit (:func:`_among_its_towns`).
_AMONG_ITS_TOWNS_FACTOR = 2


def _units_told_for_namesakes(named: list, units: dict) -> dict[str, frozenset]:
    """Unit id -> the names (lower case) every mention of the unit qualifies, right after them ("Hamilton,
    Ontario"): a unit named only to tell a namesake apart ("tourists book hotels in Hamilton, Ontario" in a
    Waikato story; "Perth, Ontario" in a Scottish one) does not pull the article's bare mentions of that
    name, which the writer meant as another place. A unit also named on its own is absent (it pulls all)."""
    told: dict[str, set] = {}
    alone: set[str] = set()
    prev = None
    for _, a, _ in named:
        if a.place_id in units:
            if prev is not None and 0 < a.start - prev.end <= 2 and not prev.fuzzy:
                told.setdefault(a.place_id, set()).add(prev.surface.lower())
            else:
                alone.add(a.place_id)
        prev = a
    return {uid: frozenset(keys) for uid, keys in told.items() if uid not in alone}


def _nearest_to_towns(places: list, a: Any, towns: list, gazetteer: Any, units: dict) -> Any:
    """Of several namesakes in the named units (those inside a unit, or filed under no unit and within
    :data:`_BORDER_KM` of its outline, before those at its edge), the
    one with the most other towns of the article within 100 km, then the nearest to its first placed
    town ("Pike County, Ky." named, then "Logan County" in a story from a West Virginia town: Logan
    County, West Virginia, not Kentucky's, first in the gazetteer's order); the first when the
    article places no other town. ``towns``: the article's placed towns (:func:`_placed_towns`)."""
    strict = [q for q in places if any(q.country == u.country and (q.admin1 == u.admin1 or u.kind == "region" or (
                                           not q.admin1 and _edge_km(gazetteer, q, u) <= _BORDER_KM))
                                       and in_unit(gazetteer, q, u) for u in units.values())]
    pool = strict or places
    towns = [(b.start, t) for b, t in towns if b.surface != a.surface]
    if len(pool) < 2 or not towns:
        return pool[0]
    first = min(towns, key=lambda bt: bt[0])[1]
    return min(pool, key=lambda q: (-sum(_km(q, t) <= _LOCAL_NAMESAKE_KM for _, t in towns), _km(q, first)))


def _world_city_kept(a: Any, p: Any, info: Any, towns: list, gazetteer: Any, units: dict) -> bool:
    """True when the name is, by its own name, that of a national capital or a city of a million in
    another country than the small town chosen for it, and no namesake in a named unit lies near two
    other towns of the article: :func:`world_cities` decides then ("Los Angeles and other cities of
    California" in a story naming Chiapas: not a Chiapas village of 900; "Colo-Colo of Santiago"
    where a club's name reads as an Ecuadorian province: Santiago de Chile). Not when :func:`world_cities`
    would keep the town anyway (:func:`_real_town_against`): then the unit named pulls it ("Alexandria"
    with Louisiana named: Alexandria, Louisiana, not Virginia's, nor Egypt's)."""
    from geo.normalize import name_key
    from reading.toponyms import capital_name

    key = name_key(a.surface)
    big = next((q for q in info.places if q.kind == "city" and q.country != p.country and name_key(q.name) == key
                and ((q.population or 0) >= 1_000_000 or key == name_key(capital_name(q.country) or "-"))), None)
    if big is None or (p.population or 0) * 10 > (big.population or 0):
        return False
    if _real_town_against(big, p, key):
        return False  # world_cities keeps such a town ("Alexandria", Virginia): the named unit decides (Louisiana's)
    return not _local_namesake(a, big, info, towns, gazetteer, units)


def _real_town_against(big: Any, p: Any, key: str) -> bool:
    """The town ``p`` chosen for the name ``key`` keeps it against the world city ``big`` of that name
    (:func:`world_cities`): the city is no national capital and the town has _WORLD_CITY_RIVAL people
    or bears the name only as another name."""
    from geo.normalize import name_key
    from reading.toponyms import capital_name

    return key != name_key(capital_name(big.country) or "-") and (
        (p.population or 0) >= _WORLD_CITY_RIVAL or name_key(p.name) != key)


#: A big city gives way to a namesake in a named unit this near two other towns of the article.
_LOCAL_NAMESAKE_KM = 100.0


def _local_namesake(a: Any, p: Any, info: Any, placed: list, gazetteer: Any, units: dict) -> bool:
    """A city of a million that is no capital still gives way to its namesake in a unit the
    article names when that namesake lies within 100 km of two other towns of the article and
    the city far from all of them ("Jacksonville" among Tyler, Kilgore and Longview, Texas).
    ``placed``: the article's placed towns (:func:`_placed_towns`)."""
    towns = []
    for b, t in placed:
        if b.surface != a.surface:
            if _km(p, t) <= 5 * _LOCAL_NAMESAKE_KM:
                return False  # (the first town near the city answers: a long list is not read to its end)
            towns.append(t)
    if len(towns) < 2:
        return False
    for q in info.places:
        if q is not p and q.kind in _TOWN_KINDS and any(in_unit(gazetteer, q, u) for u in units.values()) \
                and sum(_km(q, t) <= _LOCAL_NAMESAKE_KM for t in towns) >= 2:
            return True
    return False


def units_of_towns(named: list, gazetteer: Any, rows: list | None = None) -> None:
    """A name that may be a unit is that unit when a town of the article lies in it.

    "Georgia's governor ... in Atlanta": the US state, not the country; "The Victoria
    government ... Melbourne": the Australian state, not Victoria, Hong Kong. A name
    whose chosen place is not in the unit moves to the first of its candidate units
    (admin-1 or region) holding another name's chosen town, unless its place is a
    country of the unit's own country ("Mexico" with Toluca stays the country), a
    national capital or a city of a million, or its country was said.
    """
    if rows is None:
        rows = [(a, info, _units_of(gazetteer, a.candidates)) for _, a, info in named if not a.fuzzy and a.place_id]
    open_units = memo_table(gazetteer, "qualifiers", "open units", _MEMO_MAX)  # (units, chosen place id) -> the units it may move to
    movable = []  # (anchor, candidates info, the units it may move to)
    for a, info, units in rows:
        if a.fuzzy or not a.place_id or info.fixed is not None or a.country:
            continue
        key = (id(units), a.place_id)
        hit = open_units.get(key)
        if hit is None or hit[0] is not units:
            hit = open_units[key] = (units, _open_units(gazetteer, units, a.place_id))
        if hit[1]:
            movable.append((a, info, hit[1]))
    if not movable:
        return
    towns = _placed_towns(named, gazetteer)
    if not towns:
        return
    for a, info, units in movable:
        p = _get(gazetteer, a.place_id)
        # (not the name's own mentions: "Hamilton, Bermuda" later in a Waikato story puts no bare Hamilton
        # in Bermuda's parish of that name)
        others = [t for b, t in towns if b is not a and t.id != p.id and b.surface.lower() != a.surface.lower()]
        if p.kind == "country" and any(t.country == p.country for t in others):
            continue  # the country has towns of its own in the article ("Niger" with Niamey)
        for u in units:
            if any(in_unit(gazetteer, t, u) for t in others):
                # the unit, or its town of that name ("Gao" with Ansongo: Gao, Mali, in Gao region)
                namesakes = [q for q in info.places if q.kind == "city" and q.country == u.country]
                town = None
                if namesakes and not _AREA_WORD.search(a.surface):
                    town = town_of_unit(gazetteer, u, namesakes, a.surface)
                    if town is not None and not in_unit(gazetteer, town, u):
                        town = None  # the capital rule of town_of_unit: only a town inside the unit here
                a.place_id, a.reason = (town or u).id, ""
                break


def _open_units(gazetteer: Any, units: list, place_id: str) -> list:
    """The units a name chosen as ``place_id`` may still move to (:func:`units_of_towns`).

    Not to a unit of the place's own country when the place is a country or a unit
    ("Mexico" with Toluca), or a town lying in that unit ("Kidal" in Kidal region) or whose
    own name the unit does not bear; never from a national capital or a city of a million.
    """
    p = _get(gazetteer, place_id)
    if p is None:
        return []
    from geo.normalize import name_key

    town = p.kind in _TOWN_KINDS
    # (nor, for a town, to a unit of its country bearing the town's name only as another name: the region
    # of Kédougou, once part of Tambacounda's, with the town of Kédougou named: Tambacounda stays the city)
    out = [u for u in units
           if u.id != place_id and not (u.country == p.country and (
               not town or in_unit(gazetteer, p, u) or name_key(u.name) != name_key(p.name)))]
    if out and town:
        from reading.toponyms import capital_name

        if (p.population or 0) >= 1_000_000 or name_key(p.name) == name_key(capital_name(p.country) or "-"):
            return []
    return out
