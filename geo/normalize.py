"""Spelling-proof keys for place names, so that one place has one key.

News reports spell the same Arabic, Slavic or Amharic name many ways
("Gharyan", "Garyan", "Gharian"; "al-Zawiya", "Zawiyah"). Rather than listing
examples, two general keys are computed:

* :func:`name_key` folds case, diacritics, apostrophes, hyphens and the Arabic
  article (al-/el- and the assimilated sun-letter forms as-, ash-, az-, ...);
  an exact match on it is trusted.
* :func:`skeleton_key` is a transliteration-tolerant consonant skeleton
  (gh->g, kh->k, q->k, sh->s, ou->u, vowels dropped, doubles collapsed); it is
  only a fallback, used when :func:`name_key` finds nothing, and
  :func:`skeleton_ok` says whether a skeleton is long enough to trust.

Examples
--------
>>> name_key("Qaṣr Bin Ghashīr")
'qasr bin ghashir'
>>> name_key("al-Zāwiyah") == name_key("Az Zawiyah") == name_key("Zawiyah")
True
>>> skeleton_key("Misurata") == skeleton_key("Misrata")
True
>>> name_key("")
''
"""
from __future__ import annotations

import re
import unicodedata

__all__ = [
    "ARTICLES",
    "SUN_ARTICLES",
    "drop_articles",
    "fold",
    "is_article",
    "key_tokens",
    "name_key",
    "own_name_less_article",
    "skeleton_key",
    "skeleton_ok",
    "skeleton_token",
    "slug",
]

#: Arabic definite-article spellings dropped from keys. ``al``/``el`` always;
#: the assimilated forms only before a word starting with the same consonant
#: ("ash Shati", "az-Zawiya", "ad Dawhah") so that English "as", "at", "an"
#: survive ("At Tripoli" is not the article).
ARTICLES = ("al", "el", "ul")
_SUN = {"ad": "d", "adh": "dh", "an": "n", "ar": "r", "as": "s", "ash": "sh",
        "at": "t", "ath": "th", "az": "z", "ed": "d", "en": "n", "er": "r",
        "es": "s", "esh": "sh", "et": "t", "ez": "z"}
#: The assimilated (sun-letter) article spellings.
SUN_ARTICLES = tuple(sorted(_SUN))

# Letters NFKD does not decompose.
_SPECIAL = {"ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ß": "ss", "æ": "ae",
            "Æ": "ae", "œ": "oe", "Œ": "oe", "đ": "d", "Đ": "d", "ð": "d",
            "Ð": "d", "þ": "th", "Þ": "th", "ı": "i", "ħ": "h", "Ħ": "h"}
# Apostrophes, ayn/hamza marks and backticks vanish; other punctuation splits.
_GONE = "'’‘ʼʻʿʾ`´′ˈ\u02bc\u02bb"
_SPLIT = re.compile(r"[^a-z0-9]+")


def _build_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x250):
        ch = chr(code)
        if ch in _SPECIAL:
            table[code] = _SPECIAL[ch]
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", ch)
                       if not unicodedata.combining(c)).lower()
        if base != ch:
            table[code] = base
    for ch in _GONE:
        table[ord(ch)] = ""
    for ch, rep in _SPECIAL.items():
        table[ord(ch)] = rep
    return table


_TABLE = _build_table()


def fold(text: str) -> str:
    """Lower-case ASCII form: diacritics, apostrophes and odd letters folded.

    Punctuation other than apostrophes is kept, so callers can split on it.

    >>> fold("Ṣabḥā’s")
    'sabhas'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be str, got {type(text).__name__}")
    out = text.translate(_TABLE)
    if not out.isascii():
        out = "".join(c for c in unicodedata.normalize("NFKD", out)
                      if not unicodedata.combining(c))
        out = out.translate(_TABLE)
    return out.lower()


def _tokens(text: str) -> list[str]:
    return [t for t in _SPLIT.split(fold(text)) if t]


def key_tokens(text: str) -> list[str]:
    """Folded word tokens, ta marbuta folded (-ah/-eh to -a/-e), articles kept.

    >>> key_tokens("Az-Zāwiyah")
    ['az', 'zawiya']
    """
    out = []
    for tok in _tokens(text):
        if len(tok) > 3 and tok[-1] == "h" and tok[-2] in "ae":
            tok = tok[:-1]
        out.append(tok)
    return out


def is_article(tok: str, next_tok: str) -> bool:
    """True when ``tok`` is an Arabic article before ``next_tok``.

    >>> is_article("ash", "shati"), is_article("at", "tripoli"), is_article("as", "misrata")
    (True, True, False)
    """
    if tok in ARTICLES:
        return True
    sun = _SUN.get(tok)
    return sun is not None and next_tok.startswith(sun)


def drop_articles(tokens: list[str]) -> list[str]:
    """Drop Arabic articles (never the last token)."""
    n = len(tokens)
    return [t for i, t in enumerate(tokens) if i + 1 >= n or not is_article(t, tokens[i + 1])]


#: Leading articles of European place names that reporters drop ("Le Bardo" written "Bardo"). Arabic
#: articles are dropped from every key already (:func:`name_key`); these are not, since many names keep
#: them ("La Paz", "The Hague", "Los Angeles").
_EUROPEAN_ARTICLES = ("le ", "la ", "les ", "l ", "il ", "lo ", "los ", "las ", "the ")


def own_name_less_article(own_key: str, key: str) -> bool:
    """``key`` is the key ``own_key`` of a place's own name without its leading European article: the
    place's name as written, not a mere alias ("bardo" of Le Bardo, Tunis; Bordeaux only lists "Bardo"
    among its foreign names).

    >>> own_name_less_article("le bardo", "bardo"), own_name_less_article("bordeaux", "bardo")
    (True, False)
    """
    n = len(own_key) - len(key)
    return n > 0 and own_key.endswith(key) and own_key[:n] in _EUROPEAN_ARTICLES


def name_key(name: str) -> str:
    """Exact-match key: folded tokens joined by one space, articles dropped.

    Parameters
    ----------
    name : str
        A place name as written.

    Returns
    -------
    str
        The key, "" for a name with no letters or digits.

    Examples
    --------
    >>> name_key("Ash-Shāṭi'")
    'shati'
    >>> name_key("Ta‘izz") == name_key("Taizz")
    True
    """
    key = _NAME_KEYS.get(name) if type(name) is str else None
    if key is None:
        key = " ".join(drop_articles(key_tokens(name)))
        if len(_NAME_KEYS) >= _NAME_KEYS_MAX:
            _NAME_KEYS.clear()
        _NAME_KEYS[name] = key
    return key


#: Name -> :func:`name_key` (the readers key the same names many times: a place's own name, an
#: article's names, a country's capital); emptied when it reaches :data:`_NAME_KEYS_MAX`.
_NAME_KEYS: dict[str, str] = {}
_NAME_KEYS_MAX = 50_000


_SKEL_SUBS = (("kh", "k"), ("gh", "g"), ("sh", "s"), ("ch", "s"), ("th", "t"),
              ("dh", "d"), ("ph", "f"), ("ou", "u"), ("q", "k"), ("c", "k"),
              ("dj", "g"), ("j", "g"), ("x", "ks"), ("v", "w"),
              ("ee", "i"), ("oo", "u"))
_VOWELS = re.compile(r"[aeiouy]+")
_LINKERS = {"bin": "b", "ben": "b", "ibn": "b", "bint": "b", "bani": "b",
            "beni": "b", "bou": "b", "bu": "b", "abu": "ab", "abou": "ab"}


def skeleton_token(tok: str) -> str:
    """Skeleton of one key token (see :func:`skeleton_key`); kept per process in :data:`_SKELETONS` (the
    fuzzy look-ups ask for the same tokens in many phrases)."""
    skeleton = _SKELETONS.get(tok)
    if skeleton is None:
        skeleton = _skeleton_token(tok)
        if len(_SKELETONS) >= _NAME_KEYS_MAX:
            _SKELETONS.clear()
        _SKELETONS[tok] = skeleton
    return skeleton


#: Token -> :func:`skeleton_token`; emptied when it reaches :data:`_NAME_KEYS_MAX`.
_SKELETONS: dict[str, str] = {}


def _skeleton_token(tok: str) -> str:
    if tok in _LINKERS:
        return _LINKERS[tok]
    for a, b in _SKEL_SUBS:
        tok = tok.replace(a, b)
    head, rest = tok[:1], tok[1:]
    rest = _VOWELS.sub("", rest)
    if head in "aeiouy":
        head = "a"
    s = head + rest
    return "".join(c for i, c in enumerate(s) if i == 0 or c != s[i - 1])


def skeleton_key(name: str) -> str:
    """Transliteration-tolerant consonant skeleton of a name.

    Only for a fallback lookup: many names share a skeleton.

    >>> skeleton_key("Tarhouna") == skeleton_key("Tarhuna")
    True
    >>> skeleton_key("Qasr Ben Gashir") == skeleton_key("Qaṣr bin Ghashīr")
    True
    """
    return " ".join(skeleton_token(t) for t in drop_articles(key_tokens(name)))


def skeleton_ok(skeleton: str) -> bool:
    """True when a skeleton carries enough consonants to be worth a lookup.

    Short skeletons ("sb", "trp") collide with too many unrelated names.

    >>> skeleton_ok("grn"), skeleton_ok("sb")
    (True, False)
    """
    return sum(1 for c in skeleton if c.isalnum()) >= 3


def slug(text: str) -> str:
    """Stable ASCII id fragment: ``slug("Ain Zara") == "ain-zara"``."""
    return "-".join(_tokens(text))
