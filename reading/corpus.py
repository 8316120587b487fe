"""Read a corpus (a folder, uploads or pasted text) into :class:`Document` objects.

A corpus is a folder of ``.txt``, ``.md`` and ``.html``/``.htm`` articles with
an optional ``manifest.jsonl`` or ``manifest.csv`` giving, per ``file``, its
``published`` date (``YYYY-MM-DD``, or ``YYYY-MM`` when only the month is
known), ``title``, ``url``, ``source`` and ``published_uncertainty_days``.

Real corpora are messy, so nothing here raises for bad input: every file ends
up in :attr:`CorpusResult.files` as read, skipped, failed or duplicate, and
every difficulty is a coded :class:`Problem` with one readable line. Only a
missing or unreadable corpus folder raises :class:`CorpusError`. Output order
is the sorted order of file names, whatever the file system returns.
"""
from __future__ import annotations

import csv
import datetime as dt
import errno
import hashlib
import html
import io
import json
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable, Iterable

from reading.document import Document, Problem
from reading.messages import Messages

__all__ = [
    "CorpusError",
    "CorpusResult",
    "FileRecord",
    "DEFAULT_MAX_BYTES",
    "ARTICLE_SUFFIXES",
    "BYTE_ORDER_MARKS",
    "read_corpus",
    "read_manifest",
    "checked_url",
    "UNLISTED_NOTE",
    "HTML_DATE_NOTE",
    "read_text",
    "read_upload",
    "read_uploads",
    "safe_name",
    "decode_bytes",
    "parse_published",
]

#: Files larger than this are reported and not read (20 MB).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
#: Article file types read; anything else is reported as skipped.
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
_HTML_SUFFIXES = (".html", ".htm")
_MANIFESTS = ("manifest.jsonl", "manifest.csv")
#: The note of a file dated by its HTML page's own metadata.
HTML_DATE_NOTE = "publication date from HTML metadata"
#: The note of an uploaded file dated by the upload, not by the manifest uploaded with it.
UNLISTED_NOTE = "no manifest row: the upload's date and address"
#: An HTML page yielding fewer words than this has no article (menus, stubs).
_MIN_ARTICLE_WORDS = 12


class CorpusError(ValueError):
    """The corpus folder itself cannot be used (missing, not a folder, unreadable)."""


@dataclass(slots=True)
class FileRecord:
    """What happened to one input file, so a report can account for all of them.

    path (str): the file name relative to the corpus folder.
    status (str): "read", "skipped", "failed" or "duplicate".
    message (str): one line: the problem, or how it was read ("utf-8", "cp1256").
    doc_id (str | None): the document made from it, when read.
    encoding (str | None): the text encoding detected, when decoded.
    bytes (int | None): the file size.
    """

    path: str
    status: str
    message: str = ""
    doc_id: str | None = None
    encoding: str | None = None
    bytes: int | None = None


@dataclass(slots=True)
class CorpusResult:
    """Documents read, every problem met, and one record per input file."""

    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    files: list[FileRecord] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Number of files per status, all four statuses present."""
        out = {"read": 0, "skipped": 0, "failed": 0, "duplicate": 0}
        for f in self.files:
            out[f.status] = out.get(f.status, 0) + 1
        return out


# --------------------------------------------------------------------------- dates


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.+\-Z]*)?$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def parse_published(value: str | dt.date | None) -> tuple[dt.date | None, str]:
    """Parse a manifest publication date into (date, precision).

    ``YYYY-MM-DD`` (a trailing ISO time is ignored) gives day precision;
    ``YYYY-MM`` gives the first of the month with precision "month".

    Raises
    ------
    ValueError
        For impossible dates (2019-02-30) and other formats.

    Examples
    --------
    >>> parse_published("2019-04")
    (datetime.date(2019, 4, 1), 'month')
    >>> parse_published(None)
    (None, 'day')
    """
    if value is None:
        return None, "day"
    if isinstance(value, dt.datetime):
        return value.date(), "day"
    if isinstance(value, dt.date):
        return value, "day"
    if not isinstance(value, str):
        raise ValueError(f"published must be a YYYY-MM-DD string, got {type(value).__name__}")
    text = value.strip()
    if not text:
        return None, "day"
    m = _DAY.match(text)
    if m:
        return dt.date(int(m[1]), int(m[2]), int(m[3])), "day"
    m = _MONTH.match(text)
    if m:
        return dt.date(int(m[1]), int(m[2]), 1), "month"
    raise ValueError(f"published {value!r} is not YYYY-MM-DD or YYYY-MM")


# ----------------------------------------------------------------------- decoding


class _NotText(Exception):
    pass


class _Undecodable(Exception):
    pass


_LATIN_FAMILY = re.compile(r"^(cp125[0247-8]|latin|iso8859_(1|2|3|4|9|10|13|14|15|16)$|mac_)")
_BAD_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode article bytes; return (text, encoding name).

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are recognised by
    their marks; otherwise charset-normalizer guesses, preferring cp1252 for
    Latin-script text (English news with curly quotes) and keeping its guess
    for other scripts (cp1256 Arabic, cp1251 Cyrillic).

    Raises
    ------
    ValueError
        "not a text file" for binary data, "encoding not recognised" otherwise.
    """
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError(f"data must be bytes, got {type(data).__name__}")
    data = bytes(data)
    try:
        text, enc = _decode(data)
    except _NotText:
        raise ValueError("not a text file") from None
    except _Undecodable:
        raise ValueError("encoding not recognised") from None
    return text, enc


#: Byte order marks and their encodings, longest first (UTF-32's starts as UTF-16's does).
BYTE_ORDER_MARKS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def _decode_as(data: bytes, enc: str) -> tuple[str, str]:
    """``data`` in the encoding its byte-order mark or its NUL pattern announces: that or nothing."""
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        raise _Undecodable from None
    if _BAD_CONTROLS.search(text[:4096]):
        raise _NotText
    return text, enc


def _decode(data: bytes) -> tuple[str, str]:
    for bom, enc in BYTE_ORDER_MARKS:
        if data.startswith(bom):
            return _decode_as(data, enc)
    if b"\x00" in data:
        enc = _utf16_without_bom(data)
        if enc is not None:
            return _decode_as(data, enc)
        if data.count(b"\x00") * 100 > len(data):
            raise _NotText
        data = data.replace(b"\x00", b"")  # a few stray NUL bytes in a text (a bad export): they hold no text
    sample = data[:65536]
    if sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27)) > max(2, len(sample) // 200):
        raise _NotText
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    import charset_normalizer  # imported lazily: only non-UTF-8 files pay for it

    best = charset_normalizer.from_bytes(data[:262144]).best()
    if best is None:
        raise _Undecodable
    enc = best.encoding
    if _LATIN_FAMILY.match(enc) or "cp1252" in best.could_be_from_charset:
        try:
            return data.decode("cp1252"), "cp1252"
        except UnicodeDecodeError:
            pass
    try:
        return data.decode(enc), enc
    except (UnicodeDecodeError, LookupError):
        raise _Undecodable from None


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" when ``data`` reads as UTF-16 with no byte order mark: in Latin
    script every other byte is zero (nine in ten of them or more, and almost none of the others)."""
    sample = data[:4096]
    if len(sample) < 8:
        return None
    halves = sample[0::2], sample[1::2]
    zeros = [h.count(0) / len(h) for h in halves]
    for i, enc in ((1, "utf-16-le"), (0, "utf-16-be")):
        if zeros[i] >= 0.9 and zeros[1 - i] <= 0.05:
            return enc
    return None


#: NUL characters and lone surrogates: no text, and they break what the text is written to (a
#: GeoPackage cuts a string at NUL; UTF-8 cannot encode a lone surrogate).
_NO_TEXT = re.compile("[\x00\ud800-\udfff]")


#: A date written with slashes, day and month in either order ("06/05/2025", "6/5/25").
_SLASHED_DATE = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4}")


def _normalise_text(text: str) -> str:
    """One newline convention (Unicode's paragraph and line separators, which some word processors
    write, become a blank line and a line break: a headline stays a headline), no byte order mark,
    no NUL (dropped), no lone surrogate (U+FFFD)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\u2028" in text or "\u2029" in text:
        text = text.replace("\u2029", "\n\n").replace("\u2028", "\n")
    if _NO_TEXT.search(text) is not None:
        text = text.replace("\x00", "")
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")  # (pairs rejoined)
    return text[1:] if text.startswith("\ufeff") else text


# --------------------------------------------------------------------------- HTML


class _TagStripper(HTMLParser):
    """Plain fallback: visible text, one paragraph per block element."""

    _SKIP = frozenset({"script", "style", "noscript", "template", "svg", "head", "nav", "footer", "aside", "form"})
    _BLOCK = frozenset(
        {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article",
         "blockquote", "pre", "table", "ul", "ol", "header", "main", "title"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in self._SKIP:
            self.skip += 1
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in self._BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def _strip_tags(markup: str) -> str:
    parser = _TagStripper()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # html.parser is lenient; be safe on pathological input
        return ""
    text = "".join(parser.parts)
    paras = [re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paras if p)


def _html_article(markup: str) -> tuple[str, str | None, dt.date | None]:
    """Return (article text, title, published) from an HTML page, offline."""
    title = None
    body = ""
    try:
        import trafilatura

        extracted = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False)
    except Exception:  # trafilatura failing on odd markup must not stop the corpus
        extracted = None
    if extracted is not None:
        body = (getattr(extracted, "text", None) or "").strip()
        title = (getattr(extracted, "title", None) or "").strip() or None
    if len(body.split()) < _MIN_ARTICLE_WORDS:
        body = _strip_tags(markup)
    else:  # trafilatura separates paragraphs by one newline; sentences need blank lines
        body = "\n\n".join(line.strip() for line in body.split("\n") if line.strip())
    if title is None:
        m = re.search(r"<title[^>]*>(.*?)</title>", markup, re.I | re.S)
        if m:
            title = html.unescape(re.sub(r"\s+", " ", m.group(1))).strip() or None
    published = None
    try:
        import htmldate

        found = htmldate.find_date(markup, extensive_search=False, original_date=True)
        if found:
            published = dt.date.fromisoformat(found)
    except Exception:
        published = None
    if title and body and body.split("\n", 1)[0].strip() != title:
        body = f"{title}\n\n{body}"  # the title is the first line, as for .txt files
    return body, title, published


# -------------------------------------------------------------------------- title


_HEADLINE_END_BAD = (".", ",", ";", ":")


def _headline(text: str) -> str | None:
    """The first line when it looks like a headline, else None."""
    stripped = text.lstrip()
    if not stripped:
        return None
    first, _, rest = stripped.partition("\n")
    line = first.strip().lstrip("#").strip()
    if not line or len(line) > 200:
        return None
    words = line.split()
    if len(words) > 25 or line.endswith(_HEADLINE_END_BAD) and not line.endswith("..."):
        return None
    if not line[0].isupper() and not line[0].isdigit() and not line[0] in "\"'“‘":
        return None
    if not any(ch.isalpha() for ch in line):
        return None
    followed_by_blank = rest == "" or rest.startswith("\n") or rest.lstrip(" \t").startswith("\n")
    if not followed_by_blank and len(words) > 12:
        return None
    return line


# ----------------------------------------------------------------------- manifest


@dataclass(slots=True)
class _Row:
    line: int
    published: dt.date | None = None
    precision: str = "day"
    uncertainty: int = 0
    title: str | None = None
    url: str | None = None
    source: str | None = None
    date_reported: bool = False  # a bad date already has its problem


#: Dates spreadsheets and computer clocks write for "no date" (their day zero).
_ZERO_DATES = frozenset({dt.date(1900, 1, 1), dt.date(1970, 1, 1)})


def _implausible_published(date: dt.date | None) -> str | None:
    """Why ``date`` cannot be an article's publication date, else None: before 1900, or a spreadsheet's
    or a clock's day zero (1900-01-01, 1970-01-01). A date after today is kept: judging it by the
    build's day would make the same corpus build differently from one day to the next."""
    if date is None:
        return None
    if date in _ZERO_DATES:
        return "is a spreadsheet's or a clock's day zero, written where a date is missing"
    if date.year < 1900:
        return "is before 1900"
    return None


def _norm_name(name: str) -> str:
    name = name.replace("\\", "/").strip()
    while name.startswith("./"):
        name = name[2:]
    return name


def _text_field(value) -> str | None:
    if value is None:
        return None
    text = _normalise_text(str(value)).strip()
    return text or None


#: Column separators of a CSV manifest, tried in this order.
_CSV_SEPARATORS = (",", ";", "\t", "|")


def _parse_manifest(name: str, data: bytes, known: set[str], *,
                    flat: bool = False) -> tuple[dict[str, _Row], list[Problem]]:
    """The manifest's rows by file name, and its problems. ``flat``: the files were uploaded, their
    names reduced by :func:`safe_name` ("articles/goma.txt" arrives as "goma.txt"), and the rows'
    names are reduced alike, so a manifest written for a folder still finds them."""
    problems: list[Problem] = []
    rows: dict[str, _Row] = {}
    firsts: dict[str, int] = {}

    def problem(code: str, **kw) -> None:
        problems.append(Problem(code, "manifest", name, kw.get("file", name), getattr(Messages, code).format(manifest=name, **kw)))

    try:
        text = _normalise_text(decode_bytes(data)[0])
    except ValueError as exc:
        problem("W111", error=str(exc))
        return rows, problems
    raw_rows: list[tuple[int, object]] = []
    if name.lower().endswith(".jsonl"):
        for lineno, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            try:
                raw_rows.append((lineno, json.loads(line)))
            except json.JSONDecodeError as exc:
                problem("W105", line=lineno, error=exc.msg)
    else:
        # the separator that makes a 'file' column of the header (Excel writes ";" in much of Europe)
        header = text.split("\n", 1)[0]
        columns = {sep: [c.strip().strip('"').strip().lower() for c in header.split(sep)] for sep in _CSV_SEPARATORS}
        sep = next((sep for sep, cols in columns.items() if "file" in cols), None)
        if sep is None:
            problem("W120", columns=", ".join(c for c in columns[","] if c) or "none")
            return rows, problems
        try:
            reader = csv.DictReader(io.StringIO(text), delimiter=sep)
            for row in reader:
                clean = {(k or "").strip().lower(): v for k, v in row.items() if k is not None}
                raw_rows.append((reader.line_num, clean))
        except csv.Error as exc:
            problem("W111", error=str(exc))
    for lineno, raw in raw_rows:
        if not isinstance(raw, dict):
            problem("W105", line=lineno, error="not an object")
            continue
        file = _text_field(raw.get("file"))
        if file is None:
            problem("W106", line=lineno)
            continue
        file = safe_name(file) if flat else _norm_name(file)
        if file not in known:
            problem("W107", line=lineno, file=file)
            continue
        if file in firsts:
            problem("W110", line=lineno, file=file, first=firsts[file])
            continue
        firsts[file] = lineno
        row = _Row(line=lineno)
        value = raw.get("published")
        try:
            row.published, row.precision = parse_published(value if not isinstance(value, (int, float)) else str(value))
        except (ValueError, TypeError):
            # "06/05/2025", as spreadsheets write dates: 6 May or 5 June; said so, not just "not YYYY-MM-DD"
            slashed = isinstance(value, str) and _SLASHED_DATE.fullmatch(value.strip()) is not None
            problem("W122" if slashed else "W108", line=lineno, value=value, file=file)
            row.date_reported = True
        why = _implausible_published(row.published)
        if why is not None:
            problem("W119", line=lineno, value=row.published.isoformat(), why=why, file=file)
            row.published, row.date_reported = None, True
        unc = raw.get("published_uncertainty_days")
        if unc not in (None, ""):
            try:
                if isinstance(unc, bool) or (isinstance(unc, float) and not unc.is_integer()):
                    raise ValueError
                row.uncertainty = int(unc)
                if row.uncertainty < 0:
                    raise ValueError
            except (ValueError, TypeError):
                problem("W109", line=lineno, value=unc, file=file)
                row.uncertainty = 0
        texts = {}
        for fld in ("title", "source", "url"):
            value = raw.get(fld)
            if isinstance(value, (dict, list, bool)):  # (a CSV cell is always text; JSON may hold anything)
                problem("W118", line=lineno, field=fld, value=json.dumps(value)[:60], file=file)
                value = None
            texts[fld] = _text_field(value)
        row.title, row.source, url = texts["title"], texts["source"], texts["url"]
        try:
            url = checked_url(url)
        except ValueError:
            problem("W114", line=lineno, value=url, file=file)
            url = None
        row.url = url
        rows[file] = row
    return rows, problems


def read_manifest(name: str, data: bytes, known: Iterable[str]) -> tuple[dict[str, "_Row"], list[Problem]]:
    """An uploaded manifest's rows for the articles already in a corpus (``known``: their ids),
    by id, and its problems: a manifest that comes after its articles re-dates them."""
    return _parse_manifest(name, data, set(known), flat=True)


# ---------------------------------------------------------------------- core read


@dataclass(slots=True)
class _Entry:
    name: str
    size: int
    load: Callable[[], bytes]
    path: str | None = None
    #: (code, status, what) when the entry is no file that can be read (a broken link, a pipe)
    problem: tuple[str, str, str] | None = None


def _shown_name(name: str) -> str:
    """A file name as text: bytes no UTF-8 (a name from a Windows zip) written as ``\\xff``, one
    name for one file (Python hands them over as lone surrogates, which no output can hold)."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _no_bytes() -> bytes:
    """The ``load`` of an entry that is no file (never called: its problem is reported instead)."""
    raise OSError(errno.EIO, "not a file")


def _list_folder(root: Path) -> list[_Entry]:
    """Every file under ``root``, and every entry that is no readable file, with why.

    Links to folders are followed, each folder once: a link back up the tree (a loop) or to a
    folder already read is listed, not walked again. A link to nothing, a link that loops, a pipe,
    a socket or a device, and a folder that cannot be listed each get an entry with its problem, so
    nothing in the folder is silently left out. Hidden folders (".git") are not entered. Raises
    OSError only when ``root`` itself cannot be listed.
    """
    entries: list[_Entry] = []
    seen: set[tuple[int, int]] = set()
    todo: list[tuple[str, str]] = [(str(root), "")]
    while todo:
        folder, rel = todo.pop()
        try:
            st = os.stat(folder)
            with os.scandir(folder) as it:
                items = sorted(it, key=lambda d: d.name)
        except OSError as exc:
            if not rel:
                raise
            what = f"a folder that cannot be listed ({exc.strerror or type(exc).__name__}); the files in it are not read"
            entries.append(_Entry(rel, 0, _no_bytes, folder, ("E111", "failed", what)))
            continue
        if (st.st_dev, st.st_ino) in seen:
            what = "a link to a folder already read (a loop, or the same folder twice); not read again"
            entries.append(_Entry(rel, 0, _no_bytes, folder, ("W117", "skipped", what)))
            continue
        seen.add((st.st_dev, st.st_ino))
        for item in reversed(items):  # (the stack pops them back in name order)
            shown = _shown_name(item.name)
            name = f"{rel}/{shown}" if rel else shown
            try:
                st = item.stat()  # (follows links)
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    what = "a link that loops back on itself"
                elif item.is_symlink():
                    what = f"a link to nothing ({_shown_name(os.readlink(item.path))!r} does not exist)"
                else:
                    what = f"cannot be read ({exc.strerror or type(exc).__name__})"
                entries.append(_Entry(name, 0, _no_bytes, item.path, ("E111", "failed", what)))
                continue
            if stat.S_ISDIR(st.st_mode):
                if not item.name.startswith("."):
                    todo.append((item.path, name))
            elif stat.S_ISREG(st.st_mode):
                entries.append(_Entry(name, st.st_size, Path(item.path).read_bytes, item.path))
            else:
                what = "not a file but a pipe, socket or device"
                entries.append(_Entry(name, 0, _no_bytes, item.path, ("E111", "failed", what)))
    return entries


def _fingerprint(text: str) -> str:
    norm = re.sub(r"\W+", " ", unicodedata.normalize("NFKC", text).casefold()).strip()
    return hashlib.sha1(norm.encode("utf-8")).hexdigest()


def _read_entries(entries: list[_Entry], max_bytes: int, *, overrides: dict | None = None,
                  manifests: tuple[str, ...] = _MANIFESTS, uploaded: bool = False,
                  unlisted: _Row | None = None) -> CorpusResult:
    result = CorpusResult()
    entries = sorted(entries, key=lambda e: e.name)
    by_name = {e.name: e for e in entries}
    manifest_name = next((m for m in manifests if m in by_name), None)
    rows: dict[str, _Row] = {}
    articles = [e for e in entries if e.name not in manifests]
    known = {e.name for e in articles}
    if manifest_name is not None:
        if len(manifests) > 1 and all(m in by_name for m in manifests):
            result.problems.append(Problem("W112", "manifest", "manifest.csv", "manifest.csv", Messages.W112))
        m_entry = by_name[manifest_name]
        try:
            if m_entry.size > max_bytes:
                raise OSError(f"larger than {max_bytes} bytes")
            rows, problems = _parse_manifest(manifest_name, m_entry.load(), known, flat=uploaded)
        except OSError as exc:
            rows, problems = {}, [Problem("W111", "manifest", manifest_name, manifest_name,
                                          Messages.W111.format(manifest=manifest_name, error=exc))]
        result.problems.extend(problems)
        for m in manifests:
            if m in by_name:
                result.files.append(FileRecord(m, "read" if m == manifest_name else "skipped",
                                               "manifest" if m == manifest_name else Messages.W112))
    seen: dict[str, str] = {}
    for entry in articles:
        _read_one(entry, max_bytes, rows, manifest_name, seen, result, overrides, unlisted)
    if manifest_name is not None and overrides is None:
        _fold_fields_never_given(result, manifest_name, rows)
    result.files.sort(key=lambda f: f.path)
    return result


def _fold_fields_never_given(result: CorpusResult, manifest: str, rows: dict) -> None:
    """A field no row of the manifest gives (no url column at all) is one problem, not one per
    article: 80 lines saying "no url" would bury the places that could not be placed. A field only
    some rows lack stays reported per article (those are likely slips)."""
    listed = [d for d in result.documents if d.id in rows]
    if len(listed) < 2:
        return
    for fld in ("url", "source"):
        said = {d.id: Messages.W115.format(name=d.id, field=fld) for d in listed}
        if not all(any(p.code == "W115" and p.reason == said[d.id] for p in d.problems) for d in listed):
            continue
        drop = {(d.id, said[d.id]) for d in listed}
        for d in listed:
            d.problems = [p for p in d.problems if not (p.code == "W115" and (p.doc_id, p.reason) in drop)]
        result.problems[:] = [p for p in result.problems if not (p.code == "W115" and (p.doc_id, p.reason) in drop)]
        result.problems.append(Problem("W116", "metadata", manifest, manifest,
                                       Messages.W116.format(manifest=manifest, field=fld, count=len(listed))))


def _fail(result: CorpusResult, name: str, status: str, code: str, kind: str, *, size: int | None = None,
          encoding: str | None = None, **kw) -> None:
    message = getattr(Messages, code).format(name=name, size=size, **kw)
    result.problems.append(Problem(code, kind, name, name, message))
    result.files.append(FileRecord(name, status, message, encoding=encoding, bytes=size))


def _read_one(entry, max_bytes, rows, manifest_name, seen, result, overrides, unlisted=None) -> None:
    name = entry.name
    base = name.rsplit("/", 1)[-1]
    if base.startswith("."):
        result.files.append(FileRecord(name, "skipped", "hidden file"))
        return
    if entry.problem is not None:
        code, status, what = entry.problem
        _fail(result, name, status, code, "unreadable" if status == "failed" else "skipped", what=what)
        return
    suffix = ("." + base.rsplit(".", 1)[-1].lower()) if "." in base else ""
    if suffix not in ARTICLE_SUFFIXES:
        _fail(result, name, "skipped", "W101", "skipped", size=entry.size, suffix=suffix or "(none)")
        return
    if entry.size > max_bytes:
        _fail(result, name, "failed", "E106", "unreadable", size=entry.size, limit=max_bytes)
        return
    if entry.size == 0:
        _fail(result, name, "failed", "E105", "unreadable", size=0)
        return
    try:
        data = entry.load()
    except OSError as exc:
        _fail(result, name, "failed", "E109", "unreadable", error=exc.strerror or type(exc).__name__)
        return
    if len(data) > max_bytes:
        _fail(result, name, "failed", "E106", "unreadable", size=len(data), limit=max_bytes)
        return
    try:
        text, encoding = _decode(data)
    except _NotText:
        _fail(result, name, "failed", "E104", "unreadable", size=len(data))
        return
    except _Undecodable:
        _fail(result, name, "failed", "E107", "unreadable", size=len(data))
        return
    text = _normalise_text(text)
    html_title = html_date = None
    if suffix in _HTML_SUFFIXES:
        text, html_title, html_date = _html_article(text)
        if len(text.split()) < _MIN_ARTICLE_WORDS:
            _fail(result, name, "failed", "E108", "unreadable", size=len(data), encoding=encoding)
            return
    if not text.strip():
        _fail(result, name, "failed", "E105", "unreadable", size=len(data), encoding=encoding)
        return
    key = _fingerprint(text)
    if key in seen:
        _fail(result, name, "duplicate", "W104", "duplicate", size=len(data), encoding=encoding, original=seen[key])
        return
    seen[key] = name
    row = rows.get(name)
    if overrides is not None:
        row = overrides
    doc = Document(id=name, text=text, path=_shown_name(entry.path) if entry.path else None)
    notes = [encoding]
    if row is not None:
        doc.published, doc.published_precision = row.published, row.precision
        doc.published_uncertainty_days = row.uncertainty
        doc.title, doc.url, doc.source = row.title, row.url, row.source
    elif unlisted is not None and (unlisted.published or unlisted.url):
        # an uploaded file its manifest does not list: the upload's own date and address
        doc.published, doc.published_precision, doc.url = unlisted.published, unlisted.precision, unlisted.url
        notes.append(UNLISTED_NOTE)
    if doc.published is None and html_date is not None and _implausible_published(html_date) is None:
        doc.published = html_date
        notes.append(HTML_DATE_NOTE)
    if doc.title is None:
        doc.title = html_title if html_title else (_headline(text) if suffix not in _HTML_SUFFIXES else None)
    missing = [f for f, v in (("publication date", doc.published), ("title", doc.title),
                              ("url", doc.url), ("source", doc.source)) if v is None]
    if row is None and missing:
        code, msg = "W113", Messages.W113.format(name=name, fields=", ".join(missing))
        doc.problems.append(Problem(code, "metadata", name, name, msg))
    elif row is not None:
        if doc.published is None and not row.date_reported:
            doc.problems.append(Problem("W102", "metadata", name, name, Messages.W102.format(name=name)))
        if doc.title is None:
            doc.problems.append(Problem("W103", "metadata", name, name, Messages.W103.format(name=name)))
        for fld, value in (("url", doc.url), ("source", doc.source)):
            if value is None and overrides is None:
                doc.problems.append(Problem("W115", "metadata", name, name, Messages.W115.format(name=name, field=fld)))
    result.problems.extend(doc.problems)
    result.documents.append(doc)
    result.files.append(FileRecord(name, "read", "; ".join(notes), doc_id=name, encoding=encoding, bytes=len(data)))


# -------------------------------------------------------------------- public API


def read_corpus(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> CorpusResult:
    """Read every article in a folder (recursively), with its manifest.

    Parameters
    ----------
    path : str or Path
        The corpus folder. Hidden files and folders (".git") are ignored.
    max_bytes : int
        Files larger than this are reported (E106) and not read.

    Returns
    -------
    CorpusResult
        Documents sorted by file name, their problems, and one
        :class:`FileRecord` per file found.

    Raises
    ------
    CorpusError
        Only when the folder is missing, not a folder, or cannot be listed.
    """
    if not isinstance(path, (str, Path)):
        raise TypeError(Messages.E110.format(name="path", expected="a str or Path", got=type(path).__name__))
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0:
        raise ValueError(Messages.E110.format(name="max_bytes", expected="a positive int", got=repr(max_bytes)))
    root = Path(path)
    if not root.exists():
        raise CorpusError(Messages.E101.format(path=str(path)))
    if not root.is_dir():
        raise CorpusError(Messages.E102.format(path=str(path)))
    try:
        entries = _list_folder(root)
    except OSError as exc:
        raise CorpusError(Messages.E103.format(path=str(path), error=exc.strerror or type(exc).__name__)) from None
    return _read_entries(entries, max_bytes)


def read_uploads(items: Iterable[tuple[str, bytes]], *, max_bytes: int = DEFAULT_MAX_BYTES,
                 manifest: str | None = None, published: str | dt.date | None = None,
                 url: str | None = None) -> CorpusResult:
    """Read several uploaded files (articles and perhaps a manifest) as one corpus.

    Names are reduced with :func:`safe_name`; clashing names get "-2", "-3". The manifest is
    the item named ``manifest.jsonl`` or ``manifest.csv``, or the one named ``manifest`` (a
    user's own ``dates.csv``: its format is told by its ending, its problems name it as uploaded);
    its rows find the files by their names reduced alike (a row for "articles/goma.txt" is "goma.txt").
    ``published`` and ``url`` date and address the files the manifest has no row for (their file
    record's notes say so, :data:`UNLISTED_NOTE`); ValueError when ``url`` is not http(s).
    """
    pub, precision = parse_published(published)
    unlisted = _Row(line=0, published=pub, precision=precision, url=checked_url(url))
    entries: list[_Entry] = []
    used: set[str] = set()
    for name, data in items:
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError(Messages.E110.format(name="data", expected="bytes", got=type(data).__name__))
        clean = safe_name(name)
        if clean in used:
            stem, dot, ext = clean.rpartition(".")
            stem, ext = (stem, "." + ext) if dot else (clean, "")
            n = 2
            while f"{stem}-{n}{ext}" in used:
                n += 1
            clean = f"{stem}-{n}{ext}"
        used.add(clean)
        blob = bytes(data)
        entries.append(_Entry(clean, len(blob), (lambda b=blob: b)))
    manifests = _MANIFESTS if manifest is None else (safe_name(manifest),)
    return _read_entries(entries, max_bytes, manifests=manifests, uploaded=True, unlisted=unlisted)


def read_upload(
    name: str,
    data: bytes,
    *,
    published: str | dt.date | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    published_uncertainty_days: int = 0,
    max_bytes: int = DEFAULT_MAX_BYTES,
    workdir: str | Path | None = None,
) -> tuple[Document | None, list[Problem]]:
    """Read one uploaded file; metadata come from the arguments, not a manifest.

    The name is reduced with :func:`safe_name` (never a path). With ``workdir``
    the bytes are also saved there, and only there.

    Returns
    -------
    (Document or None, list[Problem])
        None when the file cannot be read; the problems then say why, in one
        line each (the document's own metadata problems are also on it).
    """
    if not isinstance(data, (bytes, bytearray)):
        raise TypeError(Messages.E110.format(name="data", expected="bytes", got=type(data).__name__))
    clean = safe_name(name)
    pub, precision = parse_published(published)
    row = _Row(line=0, published=pub, precision=precision, uncertainty=int(published_uncertainty_days),
               title=_text_field(title), url=checked_url(url), source=_text_field(source))
    path = None
    if workdir is not None:
        base = Path(workdir).resolve()
        dest = (base / clean).resolve()
        if dest.parent != base:
            raise ValueError(f"name {name!r} leaves the working folder")
        base.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(bytes(data))
        path = str(dest)
    blob = bytes(data)
    result = _read_entries([_Entry(clean, len(blob), lambda: blob, path)], max_bytes, overrides=row)
    return (result.documents[0] if result.documents else None), result.problems


def checked_url(url: str | None) -> str | None:
    """``url`` as text, or None when empty; ValueError when it is not an http(s) address (never a
    ``javascript:`` link on a page)."""
    url = _text_field(url)
    if url is not None and not re.match(r"^https?://[^\s<>\"']+$", url, re.I):
        raise ValueError(f"url must be an http(s) address, got {url!r}")
    return url


def read_text(
    text: str,
    *,
    doc_id: str,
    published: str | dt.date | None = None,
    title: str | None = None,
    url: str | None = None,
    source: str | None = None,
    published_uncertainty_days: int = 0,
) -> Document:
    """Make a Document from pasted text.

    The text is kept whole (newlines normalised); the title is the given one,
    else the first line when it looks like a headline. A missing publication
    date is recorded as a problem (W102), since relative dates then stay open.

    Examples
    --------
    >>> d = read_text("Truce collapses\\n\\nFighting resumed.", doc_id="p1", published="2020-05")
    >>> d.title, d.published, d.published_precision
    ('Truce collapses', datetime.date(2020, 5, 1), 'month')
    """
    if not isinstance(text, str):
        raise TypeError(Messages.E110.format(name="text", expected="str", got=type(text).__name__))
    if not isinstance(doc_id, str) or not doc_id.strip():
        raise ValueError(Messages.E110.format(name="doc_id", expected="a non-empty str", got=repr(doc_id)))
    if isinstance(published_uncertainty_days, bool) or not isinstance(published_uncertainty_days, int) \
            or published_uncertainty_days < 0:
        raise ValueError(Messages.E110.format(name="published_uncertainty_days", expected="an int >= 0",
                                              got=repr(published_uncertainty_days)))
    pub, precision = parse_published(published)
    text = _normalise_text(text)
    doc = Document(id=doc_id, text=text, title=_text_field(title) or _headline(text), published=pub,
                   published_precision=precision, published_uncertainty_days=published_uncertainty_days,
                   url=checked_url(url), source=_text_field(source))
    if pub is None:
        doc.problems.append(Problem("W102", "metadata", doc_id, doc_id, Messages.W102.format(name=doc_id)))
    return doc


_UNSAFE = re.compile(r"[^\w.\- ]+", re.UNICODE)


def safe_name(name: str) -> str:
    """Reduce an uploaded file name to a plain, harmless file name.

    Drops any folder part (``../../etc/passwd`` gives ``passwd``), control
    characters and leading dots; keeps letters, digits, ``. _ -`` and spaces.

    Examples
    --------
    >>> safe_name("../../secret/report 1.txt")
    'report 1.txt'
    >>> safe_name("..")
    'upload.txt'
    """
    if not isinstance(name, str):
        raise TypeError(Messages.E110.format(name="name", expected="str", got=type(name).__name__))
    base = re.split(r"[/\\]", name)[-1]
    base = unicodedata.normalize("NFKC", base)
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C")
    base = _UNSAFE.sub("_", base).strip(" .")
    base = base.lstrip(".-_ ")
    # File systems limit names in bytes (255), not characters: cap the UTF-8 length.
    if len(base.encode("utf-8")) > 120:
        stem, dot, ext = base.rpartition(".")
        keep_ext = bool(dot) and len(ext.encode("utf-8")) <= 8
        head = stem if keep_ext else base
        room = 120 - (len(ext.encode("utf-8")) + 1 if keep_ext else 0)
        head = head.encode("utf-8")[:room].decode("utf-8", "ignore")
        base = head + ("." + ext if keep_ext else "")
    return base or "upload.txt"
