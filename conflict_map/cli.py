"""The ``conflict-map`` command: geoparse, extract, build.

Every failure a user can cause (a missing folder, a bad date, an unwritable
output) ends in one line on stderr and exit code 2, never a traceback.
Problems inside the corpus are reported, one line each, and the build goes on.
"""
from __future__ import annotations

import argparse
import datetime as dt
import io
import json
import sys
import time
import warnings
from collections import Counter
from pathlib import Path
from typing import Sequence

from conflict_map.engines import ENGINES

__all__ = ["main"]


class UserError(Exception):
    """A mistake in the command line or its inputs: shown as one line, exit 2."""


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        if len(text) == 10 and text[4] == text[7] == "-" and text.replace("-", "").isdigit():
            # the right form, an impossible day ("2024-02-30"): say which, not that the form is wrong
            raise argparse.ArgumentTypeError(f"no such day (YYYY-MM-DD): {text!r}") from None
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {text!r}") from None


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"not a positive whole number: {text!r}")
    return n


#: The longest --window, in days (a century): longer ones overflow the date arithmetic.
MAX_WINDOW_DAYS = 36_500


def _window(text: str) -> int:
    n = _positive(text)
    if n > MAX_WINDOW_DAYS:
        raise argparse.ArgumentTypeError(f"at most {MAX_WINDOW_DAYS} days: {text!r}")
    return n


def _parser() -> argparse.ArgumentParser:
    from conflict_map import __version__

    p = argparse.ArgumentParser(
        prog="conflict-map",
        description="Read news reports about an armed conflict and turn them into a time-aware map.",
    )
    p.add_argument("--version", action="version", version=f"conflict-map {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    g = sub.add_parser("geoparse", help="find and resolve place names in JSON Lines {id, text}")
    g.add_argument("input", nargs="?", default="-", help="JSON Lines file ('-' or nothing: stdin)")
    g.add_argument("-o", "--out", default="-", help="output file ('-': stdout)")

    e = sub.add_parser("extract", help="read a corpus folder and write its facts")
    e.add_argument("corpus", help="folder of .txt/.md/.html articles, optional manifest.jsonl/.csv")
    e.add_argument("--format", choices=("jsonl", "geojson"), default="jsonl")
    e.add_argument("-o", "--out", default="-", help="output file ('-': stdout)")
    e.add_argument("--profile", default="auto", help="conflict profile: auto (default), none, a name or a JSON file")

    b = sub.add_parser("build", help="build every export of a corpus into a folder")
    b.add_argument("corpus", help="folder of .txt/.md/.html articles, optional manifest.jsonl/.csv")
    b.add_argument("--out", required=True, help="output folder")
    b.add_argument("--at", type=_date, help="also write a snapshot of the map on this date (YYYY-MM-DD)")
    b.add_argument("--window", type=_window, default=None, help="with --at: show only the last N days of events")
    b.add_argument("--profile", default="auto", help="conflict profile: auto (default), none, a name or a JSON file")
    b.add_argument("--title", default="conflict-map", help="title shown on the HTML maps")
    b.add_argument("--quiet", action="store_true", help="no progress bar, no problem lines")
    b.add_argument("--timings", action="store_true",
                   help='print the seconds of each stage on stderr, as one line: timings {"read_corpus": ...}')
    b.add_argument("--engine", choices=ENGINES, default="local",
                   help="where articles are read: this process (default), worker processes of this machine, "
                        "or a Dask cluster")
    b.add_argument("--scheduler", default=None, metavar="tcp://HOST:PORT",
                   help="with --engine dask: an existing scheduler (default: a local cluster sized to this machine)")
    b.add_argument("--workers", type=_positive, default=None,
                   help="with --engine processes, or dask and no --scheduler: worker processes (default: one per core)")
    b.add_argument("--store", default=None, metavar="DIR",
                   help="store of read articles and built layers (default: OUT/store); a rebuild reads only new or changed articles")
    b.add_argument("--no-store", action="store_true", help="keep nothing between builds")
    b.add_argument("--hold-days", type=_window, default=None, metavar="N",
                   help="how long the maps draw a hold after the last report telling it, when no later report "
                        "ends it (default: 365 days)")
    b.add_argument("--separate-reports", action="store_true",
                   help="maps draw one marker per article's report, not one per happening reported by "
                        "several articles (the data files keep one row per report either way)")
    return p


def _open_out(path: str):
    if path == "-":
        return sys.stdout
    try:
        return open(path, "w", encoding="utf-8", newline="\n")
    except OSError as exc:
        raise UserError(f"cannot write {path}: {exc.strerror}") from None


def _text_lines(raw: io.BufferedReader) -> io.TextIOWrapper:
    """The lines of a byte stream: UTF-16 or UTF-32 by their byte order mark (a JSON Lines file saved
    by a Windows editor), else UTF-8 (with or without its mark); undecodable bytes become U+FFFD, so
    each line is still read or reported."""
    from reading.corpus import BYTE_ORDER_MARKS

    head = raw.peek(4)[:4]
    enc = next((e for bom, e in BYTE_ORDER_MARKS if head.startswith(bom)), "utf-8-sig")
    return io.TextIOWrapper(raw, encoding=enc, errors="replace")


def _cmd_geoparse(args: argparse.Namespace) -> int:
    from reading.geoparse import geoparse_jsonl

    if args.input == "-":
        raw = getattr(sys.stdin, "buffer", None)
        lines = _text_lines(raw) if isinstance(raw, io.BufferedReader) else sys.stdin
    else:
        try:
            lines = _text_lines(open(args.input, "rb"))
        except OSError as exc:
            raise UserError(f"cannot read {args.input}: {exc.strerror}") from None
    out = _open_out(args.out)
    for line in geoparse_jsonl(lines):
        out.write(line.rstrip("\n") + "\n")
    out.flush()
    return 0


def _read_corpus(path: str):
    from reading.corpus import CorpusError, read_corpus

    try:
        return read_corpus(path)
    except CorpusError as exc:
        raise UserError(str(exc)) from None


def _check_profile(value: str) -> None:
    """A --profile that names no profile, or a file that is none, is a user error, said before reading."""
    if value in ("auto", "none"):
        return
    from reading.profiles import load_profile

    try:
        load_profile(value)
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise UserError(f"--profile {value}: {exc}") from None


def _problem_line(row) -> str:
    """A problem row of :func:`conflict_map.view.problem_rows` as code, article, what, why."""
    code, _, doc_id, text, reason = row
    what = f" {text!r}" if text and text != doc_id and text not in reason else ""
    if doc_id and reason.startswith(f"{doc_id}: "):  # messages about a file name it first
        reason = reason[len(doc_id) + 2:]
    elif doc_id and reason.startswith(f"{doc_id} line "):  # ("W107 manifest.csv: manifest.csv line 2: ...")
        reason = reason[len(doc_id) + 1:]
    return f"{code} {doc_id or '-'}:{what} {reason}"


#: A note on articles' metadata told of this many files or more in the same words ("no url given in the
#: manifest") prints once, its files counted: a manifest with an empty url column gave 90 lines.
FOLD_METADATA = 4


def _print_problems(rows, stream=sys.stderr) -> None:
    """One line per distinct problem row (:func:`conflict_map.view.problem_rows`: the build's problems, then
    its events with no place), in the app's order of kinds (:func:`conflict_map.view.in_problem_order`: a
    file not read first, a missing title or url last); a line repeated (a table or a feed saying "on Monday"
    40,000 times) is printed once with its count, so it cannot bury the others, and a note on metadata told
    of many files alike once with the files counted. ``report.json`` keeps every one."""
    from conflict_map.view import in_problem_order

    rows = in_problem_order(rows)
    alike: dict[tuple[str, str], list[str]] = {}
    for code, kind, doc_id, _, reason in rows:
        if kind == "metadata" and doc_id and reason.startswith(f"{doc_id}: "):
            files = alike.setdefault((code, reason[len(doc_id) + 2:]), [])
            if doc_id not in files:
                files.append(doc_id)
    folded = {key: files for key, files in alike.items() if len(files) >= FOLD_METADATA}
    said: set[tuple[str, str]] = set()
    for row, n in Counter(rows).items():  # (a Counter keeps first-seen order)
        code, kind, doc_id, _, reason = row
        key = (code, reason[len(doc_id) + 2:]) if kind == "metadata" and doc_id else None
        if key in folded:
            if key not in said:
                said.add(key)
                files = folded[key]
                named = ", ".join(files[:3]) + (f" and {len(files) - 3:,} more" if len(files) > 3 else "")
                stream.write(f"{code} {len(files):,} files: {key[1].rstrip('.')} ({named}).\n")
            continue
        line = _problem_line(row)
        stream.write(f"{line} ({n:,} times)\n" if n > 1 else f"{line}\n")


#: The progress bar's words while the gazetteer and the reading rules load, before the first article is read.
LOADING = "loading the gazetteer and the reading rules"


#: Above this many problems, a build ends their list with a summary (by kind, and the names
#: unplaced in most articles), so that a corpus of hundreds of reports does not end on a wall of lines.
SUMMARY_AFTER = 30


def _print_summary(result, stream=sys.stderr) -> None:
    """The build's problems counted (:func:`conflict_map.view.problem_summary`), when there are many; the
    count is of the lines printed (a repeated one once), and says how many there are with repeats."""
    from conflict_map.view import article_ids, problem_rows, problem_summary

    rows = problem_rows(result)
    if len(rows) > SUMMARY_AFTER:
        lines = problem_summary(rows, article_ids(result))
        repeats = f"; {len(rows):,} with repeats" if len(rows) > len(set(rows)) else ""
        # (on a line of its own: the counts of a corpus with many kinds of problems are a long line already)
        lines.insert(1, f"(listed above, a note told of many files alike once{repeats}; each in report.json)")
        stream.write("".join(f"{line}\n" for line in lines))


def _warning_printer():
    """A ``warnings.showwarning`` printing a library's warning (say W501, undated events left off the
    timeline map) as one line with no source line, each text once (the timeline and the snapshot warn alike)."""
    said: set[str] = set()

    def show(message, category, filename, lineno, file=None, line=None) -> None:
        if str(message) not in said:
            said.add(str(message))
            (file or sys.stderr).write(f"conflict-map: {message}\n")

    return show


def _cmd_extract(args: argparse.Namespace) -> int:
    from conflict_map.build import build_documents
    from conflict_map.view import problem_rows
    from reading.records import claim_record, event_record

    _check_profile(args.profile)
    read = _read_corpus(args.corpus)
    result = build_documents(read.documents, corpus_problems=read.problems, files=read.files, profile=args.profile)
    out = _open_out(args.out)
    if args.format == "jsonl":
        for d in result.documents:
            for ev in d.events:
                out.write(json.dumps(event_record(ev), ensure_ascii=False) + "\n")
            for c in d.claims:
                out.write(json.dumps(claim_record(c), ensure_ascii=False) + "\n")
    else:
        features = []
        for d in result.documents:
            for rec in [event_record(e) for e in d.events] + [claim_record(c) for c in d.claims]:
                loc = rec.pop("location")
                geom = loc.pop("geometry") if loc else None
                rec["location"] = loc
                features.append({"type": "Feature", "geometry": geom, "properties": rec})
        json.dump({"type": "FeatureCollection", "features": features}, out, ensure_ascii=False)
        out.write("\n")
    out.flush()
    _print_problems(problem_rows(result))
    return 0


def _engine(args: argparse.Namespace):
    """The reading engine the options ask for; a bad combination is a user error."""
    from conflict_map.engines import DaskEngine, LocalEngine, ProcessEngine

    if args.engine == "processes":
        if args.scheduler:
            raise UserError("--scheduler needs --engine dask")
        return ProcessEngine(args.workers)
    if args.engine != "dask":
        if args.scheduler or args.workers:
            raise UserError("--scheduler and --workers need --engine dask or processes")
        return LocalEngine()
    if args.scheduler and args.workers:
        raise UserError("--workers sizes a local cluster; an existing --scheduler has its own workers")
    if args.scheduler and not args.scheduler.startswith(("tcp://", "tls://", "inproc://", "ucx://", "ws://", "wss://")):
        raise UserError(f"--scheduler must be an address like tcp://HOST:PORT, got {args.scheduler!r}")
    engine = DaskEngine(args.scheduler, n_workers=args.workers)
    try:
        engine.client  # connect (or start the local cluster) now, to fail early and in one line
    except (OSError, TimeoutError, ValueError) as exc:
        engine.close()
        where = args.scheduler or "a local cluster"
        raise UserError(f"cannot start the Dask engine on {where}: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}") from None
    return engine


def _cmd_build(args: argparse.Namespace) -> int:
    from conflict_map.build import build_documents, current_outputs, exports_key, write_outputs
    from conflict_map.engines import EngineError
    from conflict_map.store import StoreError

    clock = [time.perf_counter()]
    timings: dict[str, float] = {}

    def lap(stage: str) -> None:
        now = time.perf_counter()
        timings[stage] = now - clock[0]
        clock[0] = now

    # a title typed in a terminal that is not UTF-8 arrives with lone surrogates, which no file can hold
    args.title = args.title.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    _check_profile(args.profile)
    if args.at is not None and args.window is not None and args.at.toordinal() <= args.window:
        raise UserError(f"--window {args.window} reaches back before the year 1 from --at {args.at.isoformat()}")
    if args.window is not None and args.at is None:
        # (said, not ignored: the timeline map.html has its own window choice, the snapshot needs a date)
        raise UserError(f"--window {args.window} needs --at: it sets the days the snapshot on that date shows")
    if Path(args.out).exists() and not Path(args.out).is_dir():
        raise UserError(f"--out must be a folder: {args.out} is a file")
    read = _read_corpus(args.corpus)
    lap("read_corpus")
    if not read.documents:
        from reading.messages import Messages

        sys.stderr.write(f"conflict-map: {Messages.W121.format(path=args.corpus)}\n")
    store = None if args.no_store else Path(args.store) if args.store else Path(args.out) / "store"
    if store is not None and store.exists():
        if not store.is_dir():
            raise UserError(f"--store must be a folder: {store}")
        if any(store.iterdir()) and not ((store / "index.json").is_file() or (store / "articles").is_dir()):
            raise UserError(f"--store {store} is a folder with other files, not a conflict-map store")
    progress = None
    bar = None
    engine = _engine(args)
    try:
        if not args.quiet and len(read.documents) > 1:
            from tqdm import tqdm

            # tqdm shows done/total, elapsed, the ETA and the rate (articles/s). Until the first article is
            # read, the gazetteer and the reading rules load (half a minute on a busy machine): said, not a bar
            # stuck at 0% whose first rate and time left would count the loading as reading.
            bar = tqdm(total=len(read.documents), unit="article", file=sys.stderr, smoothing=0.1,
                       desc=LOADING)

            def show(done: int, total: int) -> None:
                if bar.desc == LOADING:
                    bar.reset(total)  # (the rate and the time left from here: reading only)
                    bar.set_description("reading")
                bar.update(done - bar.n)
                if done == total:  # the corpus-wide stage (profile, events, zones) follows
                    bar.set_description("read; building the layers")

            progress = show
        try:
            result = build_documents(
                read.documents, corpus_problems=read.problems, files=read.files, profile=args.profile,
                progress=progress, engine=engine, store=store,
            )
        except (StoreError, OSError) as exc:
            raise UserError(f"cannot use the store {store}: {getattr(exc, 'strerror', None) or exc}") from None
        except EngineError as exc:
            raise UserError(f"{exc} (the articles read so far are kept in the store)") from None
    finally:
        if bar is not None:
            bar.close()
        engine.close()
    lap("build")
    key = None
    if store is not None:  # the store names the layers built: exports written from them are not written again
        try:
            layers_key = json.loads((store / "index.json").read_text(encoding="utf-8")).get("layers_key")
        except (OSError, ValueError, AttributeError):
            layers_key = None
        if isinstance(layers_key, str):
            key = exports_key(layers_key, at=args.at, window_days=args.window, title=args.title,
                              merge=not args.separate_reports, hold_days=args.hold_days)
    paths = current_outputs(args.out, key) if key is not None else None
    if paths is not None:
        if not args.quiet:
            print("exports unchanged: the same articles, options and code wrote them; not written again",
                  file=sys.stderr)
    else:
        try:
            paths = write_outputs(result, args.out, at=args.at, window_days=args.window, title=args.title, key=key,
                                  merge=not args.separate_reports, hold_days=args.hold_days)
        except OSError as exc:
            raise UserError(f"cannot write to {args.out}: {exc.strerror or exc}") from None
    lap("exports")
    if args.timings:
        sys.stderr.write("timings " + json.dumps({k: round(v, 3) for k, v in timings.items()}) + "\n")
    if not args.quiet:
        from conflict_map.view import problem_rows

        _print_problems(problem_rows(result))
        _print_summary(result)
    from layers.happenings import count_happenings

    s = {
        "articles": len(result.documents),
        "events": len(result.events) if args.separate_reports else count_happenings(result.events),
        "reports": len(result.events),
        "unlocated events": len(result.unlocated),
        "zones": len(result.zones),
        "problems": len(result.problems),
    }
    print(", ".join(f"{k}: {v}" for k, v in s.items()))
    for p in paths:
        print(p)
    if store is not None:
        print(store)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``conflict-map`` console script."""
    parser = _parser()
    args = parser.parse_args(argv)
    handlers = {"geoparse": _cmd_geoparse, "extract": _cmd_extract, "build": _cmd_build}
    try:
        with warnings.catch_warnings():
            warnings.showwarning = _warning_printer()
            return handlers[args.command](args)
    except UserError as exc:
        sys.stderr.write(f"conflict-map: error: {exc}\n")
        return 2
    except KeyboardInterrupt:
        sys.stderr.write("conflict-map: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
