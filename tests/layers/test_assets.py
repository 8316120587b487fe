"""layers.assets: vendored libraries, two URL modes, standalone pages."""
import base64

import pytest

from layers import assets
from layers.assets import css_urls, inline_html, js_urls, remote_references


def test_every_registered_file_is_vendored_with_a_licence():
    for _, rel in assets.JS_FILES + assets.CSS_FILES:
        assert (assets.VENDOR_DIR / rel).is_file(), rel
    for folder in ("leaflet", "leaflet.markercluster"):
        assert (assets.VENDOR_DIR / folder / "LICENSE").is_file()


def test_vendor_readme_lists_versions_and_licences():
    text = (assets.VENDOR_DIR / "README.md").read_text()
    assert "1.9.4" in text and "1.5.3" in text and "BSD-2-Clause" in text and "MIT" in text


def test_static_mode_points_at_streamlit_static_folder():
    for name, url in js_urls("static") + css_urls("static"):
        assert url.startswith("/app/static/vendor/"), (name, url)


def test_leaflet_loads_before_our_script():
    names = [n for n, _ in js_urls("static")]
    assert names[0] == "leaflet" and names[-1] == "conflict_map"


def test_inline_mode_gives_data_uris_holding_the_files():
    name, url = js_urls("inline")[0]
    assert url.startswith("data:text/javascript;base64,")
    assert "Leaflet" in base64.b64decode(url.split(",", 1)[1]).decode()


def test_no_mode_uses_a_cdn():
    for mode in assets.MODES:
        for _, url in js_urls(mode) + css_urls(mode):
            assert not url.startswith("http"), url


def test_unknown_mode_is_a_value_error_naming_it():
    with pytest.raises(ValueError, match="cdn"):
        js_urls("cdn")


def test_non_string_mode_is_a_type_error():
    with pytest.raises(TypeError, match="mode"):
        css_urls(3)


def test_css_images_become_data_uris():
    css = assets.asset_text("leaflet/leaflet.css")
    assert "images/layers.png" not in css
    assert "data:image/png;base64," in css


def test_missing_asset_says_how_to_fix():
    with pytest.raises(FileNotFoundError, match="vendor_assets.sh"):
        assets.asset_text("nothing/here.js")


def test_asset_outside_vendor_folder_is_refused():
    with pytest.raises(FileNotFoundError):
        assets.asset_text("../../pyproject.toml")


def _page(head: str) -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body><script>var t='https://tiles/{{z}}';</script></body></html>"


def test_inline_html_inlines_static_script_and_stylesheet():
    head = (
        '<script src="/app/static/vendor/leaflet/leaflet.js"></script>'
        '<link rel="stylesheet" href="/app/static/vendor/leaflet/leaflet.css"/>'
    )
    out = inline_html(_page(head))
    assert "<script src" not in out and "<link" not in out
    assert "L.Map" in out or "Leaflet" in out
    assert "data:image/png;base64," in out


def test_inline_html_decodes_data_uri_scripts():
    head = "".join(f'<script src="{u}"></script>' for _, u in js_urls("inline"))
    head += "".join(f'<link rel="stylesheet" href="{u}"/>' for _, u in css_urls("inline"))
    out = inline_html(_page(head))
    assert "data:text/javascript" not in out and "data:text/css" not in out
    assert remote_references(out) == []
    assert "ConflictMap" in out


def test_inline_html_refuses_a_cdn_script():
    head = '<script src="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js"></script>'
    with pytest.raises(ValueError, match="network"):
        inline_html(_page(head))


def test_inline_html_refuses_a_cdn_stylesheet():
    head = '<link rel="stylesheet" href="https://netdna.bootstrapcdn.com/x.css"/>'
    with pytest.raises(ValueError):
        inline_html(_page(head))


def test_tile_templates_inside_javascript_are_allowed():
    assert inline_html(_page("")).count("https://tiles/") == 1


def test_inlined_script_cannot_close_its_element_early():
    out = assets._script_safe("var s = '</script><b>';")
    assert "</script" not in out


def test_inline_html_rejects_non_string():
    with pytest.raises(TypeError, match="html"):
        inline_html(b"<html></html>")


def test_remote_references_lists_scripts_and_stylesheets_only():
    html = (
        '<script src="https://x.org/a.js"></script>'
        '<link rel="stylesheet" href="//y.org/b.css">'
        '<link rel="icon" href="https://z.org/i.png">'
    )
    assert remote_references(html) == ["https://x.org/a.js", "//y.org/b.css"]


def test_published_data_is_named_by_its_content_and_old_files_are_pruned(tmp_path, monkeypatch):
    url = assets.publish_data('{"a":1}', folder=tmp_path)
    assert url.startswith("/app/static/vendor/conflict-map/data/") and url.endswith(".json")
    assert assets.publish_data('{"a":1}', folder=tmp_path) == url
    assert (tmp_path / url.rsplit("/", 1)[1]).read_text() == '{"a":1}'
    assert assets.publish_data('{"a":2}', folder=tmp_path) != url
    monkeypatch.setattr(assets, "KEEP_DATA_FILES", 3)
    for i in range(6):
        assets.publish_data(f'{{"n":{i}}}', folder=tmp_path)
    assert len(list(tmp_path.glob("*.json"))) == 3


def test_publishing_where_nothing_can_be_written_gives_none(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert assets.publish_data("{}", folder=blocker / "sub") is None
