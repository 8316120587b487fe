"""Reading corpora: folders, manifests, encodings, HTML, bad input, uploads."""
import datetime as dt
import json
from pathlib import Path

import pytest

from reading.corpus import (
    CorpusError,
    decode_bytes,
    parse_published,
    read_corpus,
    read_text,
    read_upload,
    read_uploads,
    safe_name,
)

SEEDS = Path(__file__).parents[2] / "seeds"

ARTICLE = (
    "Militants attack convoy near Gao\n\n"
    "Gunmen attacked a supply convoy on the road between Gao and Ansongo on Tuesday, "
    "the army said. Two soldiers were wounded.\n"
)
OTHER = (
    "Floods cut road to Juba\n\nHeavy rain cut the main road from Juba to Nimule, "
    "stranding hundreds of trucks, officials said on Monday.\n"
)
HTML_ARTICLE = """<html><head><title>Shelling hits Kharkiv suburbs | Example News</title>
<meta property="article:published_time" content="2022-03-03T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Shelling hits Kharkiv suburbs</h1>
<p>Artillery fire struck residential districts on the northern edge of Kharkiv overnight,
regional officials said, damaging dozens of homes and a school.</p>
<p>Rescue teams worked through the morning to clear rubble from the streets.</p>
</article><footer>Copyright Example News</footer></body></html>"""
HTML_EMPTY = "<html><head><title>Index</title><script>var a=1;</script></head><body><nav>Menu</nav></body></html>"


def write(folder, name, content):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def manifest(folder, rows, name="manifest.jsonl"):
    lines = [r if isinstance(r, str) else json.dumps(r) for r in rows]
    write(folder, name, "\n".join(lines) + "\n")


def problems_for(result, name):
    return [p for p in result.problems if p.doc_id == name or p.text == name]


def status(result, name):
    return {f.path: f.status for f in result.files}[name]


# --- normal reading --------------------------------------------------------------


def test_corpus_reads_seed_folder_with_manifest():
    r = read_corpus(SEEDS)
    assert [d.id for d in r.documents] == ["000_525c5d9150b2b19b.txt", "003_33d41b09b9eec8fe.txt"]
    d0, d3 = r.documents
    assert d0.published == dt.date(2019, 4, 4) and d0.published_uncertainty_days == 3
    assert d3.published == dt.date(2019, 4, 9) and d3.source == "The Caravel"
    assert d3.title == "General Haftar, Leader of Libyan National Army, Attacks Tripoli"


def test_corpus_text_is_full_file_text_including_title(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    doc = read_corpus(tmp_path).documents[0]
    assert doc.text == ARTICLE
    assert doc.title == "Militants attack convoy near Gao"
    assert doc.text.index("Gao") == ARTICLE.index("Gao")


def test_corpus_manifest_title_wins_over_first_line(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    manifest(tmp_path, [{"file": "a.txt", "published": "2021-02-03", "title": "Given title", "url": "https://x.org/a", "source": "X"}])
    r = read_corpus(tmp_path)
    assert r.documents[0].title == "Given title"
    assert r.problems == []


def test_corpus_first_line_sentence_is_not_a_title(tmp_path):
    write(tmp_path, "a.txt", "The army said on Monday that it had retaken the town after three days of fighting.\nMore text.")
    assert read_corpus(tmp_path).documents[0].title is None


def test_corpus_month_only_publication_date(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    manifest(tmp_path, [{"file": "a.txt", "published": "2020-06", "title": "T", "url": "https://x.org", "source": "S"}])
    doc = read_corpus(tmp_path).documents[0]
    assert (doc.published, doc.published_precision) == (dt.date(2020, 6, 1), "month")


def test_corpus_csv_manifest(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "manifest.csv", "file,published,title,url,source,published_uncertainty_days\na.txt,2018-07-01,CSV title,https://e.org/1,E,2\n")
    doc = read_corpus(tmp_path).documents[0]
    assert (doc.published, doc.title, doc.published_uncertainty_days) == (dt.date(2018, 7, 1), "CSV title", 2)


def test_corpus_order_is_sorted_and_ids_are_relative(tmp_path):
    write(tmp_path, "b.txt", OTHER)
    write(tmp_path, "sub/a.md", ARTICLE)
    r = read_corpus(tmp_path)
    assert [d.id for d in r.documents] == ["b.txt", "sub/a.md"]


def test_corpus_missing_fields_reported_one_line_each(tmp_path):
    write(tmp_path, "a.txt", "the army said it had retaken the town after three days of fighting in the north.")
    manifest(tmp_path, [{"file": "a.txt"}])
    codes = sorted(p.code for p in read_corpus(tmp_path).problems)
    assert codes == ["W102", "W103", "W115", "W115"]


def test_corpus_without_manifest_one_warning_per_file(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    r = read_corpus(tmp_path)
    assert [p.code for p in r.problems] == ["W113"]
    assert "publication date" in r.problems[0].reason
    assert r.documents[0].problems == r.problems


# --- bad input: exactly one clear problem each, good files still read ----------


@pytest.fixture
def messy(tmp_path):
    write(tmp_path, "good.txt", ARTICLE)
    write(tmp_path, "empty.txt", b"")
    write(tmp_path, "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01")
    write(tmp_path, "latin.txt", "Ceasefire in Côte d’Ivoire\n\nThe “truce” held in Bouaké, officials said — naïvely.".encode("cp1252"))
    write(tmp_path, "arabic.txt", "اشتباكات في طرابلس\n\nأعلنت الحكومة حالة الطوارئ بعد اشتباكات عنيفة جنوب المدينة".encode("cp1256"))
    write(tmp_path, "bom.txt", "\ufeffHeadline with BOM\n\nText after a byte order mark about Mosul.".encode("utf-8"))
    write(tmp_path, "wide.txt", "Sixteen-bit text\n\nShelling near Idlib was reported.".encode("utf-16"))
    write(tmp_path, "page.html", HTML_ARTICLE)
    write(tmp_path, "menu.html", HTML_EMPTY)
    write(tmp_path, "good_copy.txt", ARTICLE.replace("  ", " ").upper())
    write(tmp_path, "notes.pdf", b"%PDF-1.4")
    manifest(
        tmp_path,
        [
            {"file": "good.txt", "published": "2021-05-04", "title": "G", "url": "https://e.org/g", "source": "E"},
            '{"file": "latin.txt", "published": ',
            {"file": "ghost.txt", "published": "2021-05-04"},
            {"file": "bom.txt", "published": "2019-02-30", "title": "B", "url": "https://e.org/b", "source": "E"},
            {"file": "wide.txt", "published": "last Tuesday", "title": "W", "url": "https://e.org/w", "source": "E"},
            {"title": "no file"},
        ],
    )
    return read_corpus(tmp_path)


def test_bad_input_good_file_still_read(messy):
    assert status(messy, "good.txt") == "read"
    good = next(d for d in messy.documents if d.id == "good.txt")
    assert good.published == dt.date(2021, 5, 4) and good.problems == []


def test_bad_input_every_file_accounted_for(messy):
    assert len(messy.files) == 12
    assert messy.counts() == {"read": 7, "skipped": 1, "failed": 3, "duplicate": 1}


def test_bad_input_empty_file(messy):
    (p,) = problems_for(messy, "empty.txt")
    assert p.code == "E105" and "empty" in p.reason
    assert status(messy, "empty.txt") == "failed"


def test_bad_input_binary_file(messy):
    (p,) = problems_for(messy, "binary.txt")
    assert p.code == "E104" and "not a text file" in p.reason


def test_bad_input_cp1252_decoded(messy):
    doc = next(d for d in messy.documents if d.id == "latin.txt")
    assert "Côte d’Ivoire" in doc.text and "“truce”" in doc.text and "naïvely" in doc.text


def test_bad_input_cp1256_arabic_decoded(messy):
    doc = next(d for d in messy.documents if d.id == "arabic.txt")
    assert doc.text.startswith("اشتباكات في طرابلس")
    assert "cp1256" in {f.path: f.message for f in messy.files}["arabic.txt"]


def test_bad_input_utf8_bom_stripped(messy):
    doc = next(d for d in messy.documents if d.id == "bom.txt")
    assert doc.text.startswith("Headline with BOM")


def test_bad_input_utf16_with_bom(messy):
    doc = next(d for d in messy.documents if d.id == "wide.txt")
    assert "Idlib" in doc.text


def test_bad_input_html_article_extracted(messy):
    doc = next(d for d in messy.documents if d.id == "page.html")
    assert doc.title == "Shelling hits Kharkiv suburbs"
    assert doc.text.startswith("Shelling hits Kharkiv suburbs\n\n")
    assert "northern edge of Kharkiv" in doc.text and "<p>" not in doc.text
    assert "Home" not in doc.text.split("\n")[0]
    assert doc.published == dt.date(2022, 3, 3)


def test_bad_input_html_without_article(messy):
    (p,) = problems_for(messy, "menu.html")
    assert p.code == "E108" and "no article text" in p.reason


def test_bad_input_duplicate_kept_once(messy):
    (p,) = problems_for(messy, "good_copy.txt")
    assert p.code == "W104" and "good.txt" in p.reason
    assert status(messy, "good_copy.txt") == "duplicate"


def test_bad_input_unsupported_type_skipped(messy):
    (p,) = problems_for(messy, "notes.pdf")
    assert p.code == "W101" and status(messy, "notes.pdf") == "skipped"


def test_bad_input_manifest_bad_json_line(messy):
    bad = [p for p in messy.problems if p.code == "W105"]
    assert len(bad) == 1 and "line 2" in bad[0].reason


def test_bad_input_manifest_unknown_file(messy):
    (p,) = problems_for(messy, "ghost.txt")
    assert p.code == "W107" and "line 3" in p.reason


def test_bad_input_manifest_impossible_date(messy):
    (p,) = problems_for(messy, "bom.txt")
    assert p.code == "W108" and "2019-02-30" in p.reason
    doc = next(d for d in messy.documents if d.id == "bom.txt")
    assert doc.published is None and doc.title == "B"


def test_bad_input_manifest_unparseable_date(messy):
    (p,) = problems_for(messy, "wide.txt")
    assert p.code == "W108" and "last Tuesday" in p.reason


def test_bad_input_manifest_row_without_file(messy):
    assert [p.code for p in messy.problems].count("W106") == 1


def test_bad_input_no_problem_has_multiline_reason(messy):
    assert all("\n" not in p.reason for p in messy.problems)


def test_corpus_file_over_max_bytes_not_read(tmp_path):
    write(tmp_path, "big.txt", "x " * 600)
    write(tmp_path, "small.txt", ARTICLE)
    r = read_corpus(tmp_path, max_bytes=1000)
    assert [d.id for d in r.documents] == ["small.txt"]
    (p,) = problems_for(r, "big.txt")
    assert p.code == "E106" and "1200" in p.reason


def test_corpus_manifest_duplicate_row(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    manifest(tmp_path, [{"file": "a.txt", "published": "2020-01-01"}, {"file": "a.txt", "published": "2021-01-01"}])
    r = read_corpus(tmp_path)
    assert r.documents[0].published == dt.date(2020, 1, 1)
    assert "W110" in [p.code for p in r.problems]


def test_corpus_manifest_javascript_url_dropped(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    manifest(tmp_path, [{"file": "a.txt", "published": "2020-01-01", "url": "javascript:alert(1)"}])
    r = read_corpus(tmp_path)
    assert r.documents[0].url is None and "W114" in [p.code for p in r.problems]


def test_corpus_missing_folder_raises_one_line():
    with pytest.raises(CorpusError, match="does not exist"):
        read_corpus("/no/such/folder/anywhere")


def test_corpus_file_instead_of_folder_raises(tmp_path):
    f = write(tmp_path, "a.txt", ARTICLE)
    with pytest.raises(CorpusError, match="not a folder"):
        read_corpus(f)


def test_corpus_error_is_value_error():
    assert issubclass(CorpusError, ValueError)


def test_corpus_hidden_files_ignored_quietly(tmp_path):
    write(tmp_path, ".DS_Store", b"\x00\x01")
    write(tmp_path, "a.txt", ARTICLE)
    r = read_corpus(tmp_path)
    assert status(r, ".DS_Store") == "skipped" and not problems_for(r, ".DS_Store")


def test_corpus_crlf_normalised(tmp_path):
    write(tmp_path, "a.txt", ARTICLE.replace("\n", "\r\n").encode("utf-8"))
    assert "\r" not in read_corpus(tmp_path).documents[0].text


# --- helpers ----------------------------------------------------------------------


def test_parse_published_formats():
    assert parse_published("2019-04-09") == (dt.date(2019, 4, 9), "day")
    assert parse_published("2019-04") == (dt.date(2019, 4, 1), "month")
    assert parse_published("2019-04-09T12:00:00Z") == (dt.date(2019, 4, 9), "day")


@pytest.mark.parametrize("bad", ["2019-02-30", "2019-13", "April 2019", "2019/04/09"])
def test_parse_published_rejects(bad):
    with pytest.raises(ValueError):
        parse_published(bad)


def test_decode_bytes_rejects_binary():
    with pytest.raises(ValueError, match="not a text file"):
        decode_bytes(b"abc\x00def")


def test_decode_bytes_prefers_utf8():
    assert decode_bytes("Zürich".encode("utf-8")) == ("Zürich", "utf-8")


# --- pasted text and uploads ------------------------------------------------------


def test_read_text_keeps_text_and_detects_title():
    doc = read_text(ARTICLE, doc_id="pasted-1", published="2021-05-04")
    assert doc.text == ARTICLE and doc.title == "Militants attack convoy near Gao"
    assert doc.problems == []


def test_read_text_without_date_records_problem():
    doc = read_text("Some text.", doc_id="p")
    assert [p.code for p in doc.problems] == ["W102"]


def test_read_text_bad_arguments():
    with pytest.raises(TypeError, match="text"):
        read_text(b"x", doc_id="p")
    with pytest.raises(ValueError, match="doc_id"):
        read_text("x", doc_id="")
    with pytest.raises(ValueError, match="url"):
        read_text("x", doc_id="p", url="javascript:alert(1)")


@pytest.mark.parametrize(
    "raw, clean",
    [("../../etc/passwd", "passwd"), ("C:\\Users\\me\\news.txt", "news.txt"), ("..", "upload.txt"),
     (".hidden.txt", "hidden.txt"), ("a<b>.html", "a_b_.html"), ("x\x00y.txt", "xy.txt")],
)
def test_safe_name(raw, clean):
    assert safe_name(raw) == clean


def test_read_upload_uses_arguments(tmp_path):
    doc, problems = read_upload("../evil/story.txt", ARTICLE.encode("utf-8"), published=dt.date(2021, 5, 4), title="T",
                                workdir=tmp_path / "w")
    assert problems == []
    assert doc.id == "story.txt" and doc.published == dt.date(2021, 5, 4) and doc.title == "T"
    assert (tmp_path / "w" / "story.txt").exists() and not (tmp_path / "evil").exists()


def test_read_upload_binary_reports_problem():
    doc, problems = read_upload("x.txt", b"\x00\x01\x02")
    assert doc is None and [p.code for p in problems] == ["E104"]


def test_read_uploads_with_manifest_and_clashing_names():
    items = [("a.txt", ARTICLE.encode()), ("dir/a.txt", OTHER.encode()),
             ("manifest.jsonl", b'{"file": "a.txt", "published": "2020-02-02"}\n')]
    r = read_uploads(items)
    assert [d.id for d in r.documents] == ["a-2.txt", "a.txt"]
    assert r.documents[1].published == dt.date(2020, 2, 2)


# --- the small fixture corpus (own texts, three countries, three formats) --------

FIXTURE = Path(__file__).parent / "fixtures" / "corpus_small"


def test_fixture_corpus_reads_all_three_formats():
    r = read_corpus(FIXTURE)
    assert [d.id for d in r.documents] == ["mali_gao.md", "ukraine_kharkiv.html", "yemen_marib.txt"]
    assert r.problems == [] and r.counts()["read"] == 4


def test_fixture_markdown_heading_is_title():
    doc = read_corpus(FIXTURE).documents[0]
    assert doc.title == "Convoy ambushed on the road to Ansongo"
    assert doc.published_precision == "month" and doc.text.startswith("# Convoy")


def test_fixture_html_title_and_uncertainty():
    doc = read_corpus(FIXTURE).documents[1]
    assert doc.title == "Shelling hits Kharkiv outskirts" and doc.published_uncertainty_days == 1
    assert "Saltivka" in doc.text and "<" not in doc.text


def test_file_records_carry_doc_id_encoding_and_size(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    (rec,) = read_corpus(tmp_path).files
    assert (rec.doc_id, rec.encoding, rec.bytes) == ("a.txt", "utf-8", len(ARTICLE.encode()))


def test_read_upload_without_date_reports_it():
    doc, problems = read_upload("story.txt", ARTICLE.encode("utf-8"))
    assert doc is not None and [p.code for p in problems] == ["W102"]


def test_both_manifests_jsonl_wins(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    manifest(tmp_path, [{"file": "a.txt", "published": "2020-01-01"}])
    write(tmp_path, "manifest.csv", "file,published\na.txt,2021-01-01\n")
    r = read_corpus(tmp_path)
    assert r.documents[0].published == dt.date(2020, 1, 1)
    assert [p.code for p in r.problems if p.kind == "manifest"] == ["W112"]
    assert status(r, "manifest.csv") == "skipped"


def test_bad_uncertainty_days_reported(tmp_path):
    write(tmp_path, "a.txt", ARTICLE)
    manifest(tmp_path, [{"file": "a.txt", "published": "2020-01-01", "published_uncertainty_days": "soon"}])
    r = read_corpus(tmp_path)
    assert r.documents[0].published_uncertainty_days == 0 and "W109" in [p.code for p in r.problems]


def test_html_paragraph_whitespace_collapsed(tmp_path):
    write(tmp_path, "p.html", HTML_ARTICLE)
    doc = read_corpus(tmp_path).documents[0]
    assert "overnight, regional officials said" in doc.text.replace("\n", " ")


def test_a_field_no_manifest_row_gives_is_one_problem_not_one_per_article(tmp_path):
    for name, text in (("a.txt", ARTICLE), ("b.txt", OTHER), ("c.txt", "Clashes were reported near Sirte on Monday.")):
        write(tmp_path, name, text)
    manifest(tmp_path, [{"file": "a.txt", "published": "2024-05-01", "title": "A", "url": "https://example.org/a"},
                        {"file": "b.txt", "published": "2024-05-02", "title": "B"},
                        {"file": "c.txt", "published": "2024-05-03", "title": "C"}])
    r = read_corpus(tmp_path)
    got = sorted((p.code, p.doc_id) for p in r.problems)
    # no row gives a source: said once; two rows lack the url one row gives: said for each
    assert got == [("W115", "b.txt"), ("W115", "c.txt"), ("W116", "manifest.jsonl")]
    assert "no source for any of its 3 articles" in next(p.reason for p in r.problems if p.code == "W116")
    assert [p.code for d in r.documents for p in d.problems] == ["W115", "W115"]


def test_a_markdown_heading_is_quoted_without_its_marker(nlp):
    # A .md article's heading is evidence like any sentence: the quote shown in popups has no "##".
    doc = nlp(read_text("## Militants storm army post near Tillaberi\n\nGunmen attacked an army post near "
                        "Tillaberi on Monday, killing five soldiers, the defence ministry said.\n",
                        doc_id="niger.md", published=dt.date(2025, 5, 6)))
    quotes = [s for e in doc.events for s in [e.evidence.sentence]]
    assert quotes and not any(q.lstrip().startswith("#") for q in quotes), quotes
    assert [doc.text[s.start:s.end] for s in doc.sentences][0] == "Militants storm army post near Tillaberi"


@pytest.mark.parametrize("written", ["06/05/2025", "6/5/25", "12/11/2024"])
def test_a_manifest_date_with_slashes_says_the_order_is_ambiguous(tmp_path, written):
    write(tmp_path, "a.txt", ARTICLE)
    (tmp_path / "manifest.csv").write_text(f"file,published\na.txt,{written}\n", encoding="utf-8")
    r = read_corpus(tmp_path)
    (p,) = [p for p in r.problems if p.kind == "manifest"]
    assert p.code == "W122" and repr(written) in p.reason and "YYYY-MM-DD" in p.reason
    assert r.documents[0].published is None
