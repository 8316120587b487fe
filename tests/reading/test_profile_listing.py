"""The profile folder's listing is read again for a new pipeline and after a short interval, not per article."""
import json
import shutil

import pytest

import reading.profiles as profiles
from reading.actors import ActorMentions
from reading.document import Document
from reading.pipeline import default_pipeline


@pytest.fixture()
def folder(tmp_path, monkeypatch):
    """A profile folder holding a copy of the shipped Libya profile, used instead of the shipped one."""
    shutil.copy(profiles.PROFILE_DIR / "libya.json", tmp_path / "libya.json")
    monkeypatch.setattr(profiles, "PROFILE_DIR", tmp_path)
    profiles.reread_listing()
    yield tmp_path
    profiles.reread_listing()  # (the next test reads the shipped folder again)


def _add_profile(folder, pid, country):
    data = json.loads((folder / "libya.json").read_text(encoding="utf-8"))
    data["id"], data["name"], data["countries"] = pid, pid, [country]
    (folder / f"{pid}.json").write_text(json.dumps(data), encoding="utf-8")


def test_new_pipeline_sees_a_profile_added_since_the_last(folder):
    assert profiles.available_profiles() == ["libya"]
    _add_profile(folder, "zz-test", "ZZ")
    ActorMentions()  # the next build makes its pipeline
    assert profiles.available_profiles() == ["libya", "zz-test"]


def test_next_build_detects_a_newly_added_profile(folder):
    nlp = default_pipeline(gazetteer=None)
    doc = Document(id="a", text="Fighting was reported.", title=None)
    doc.focus_country = "ZZ"
    assert nlp.get_pipe("actors").profile_for(doc) is None
    _add_profile(folder, "zz-test", "ZZ")
    nlp = default_pipeline(gazetteer=None)
    profiles._CACHE.pop("zz-test", None)
    try:
        assert nlp.get_pipe("actors").profile_for(doc).id == "zz-test"
    finally:
        profiles._CACHE.pop("zz-test", None)


def test_a_running_pipeline_sees_a_new_profile_after_the_interval(folder, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(profiles.time, "monotonic", lambda: clock[0])
    profiles.reread_listing()
    assert profiles.available_profiles() == ["libya"]
    _add_profile(folder, "zz-test", "ZZ")
    clock[0] += profiles.LISTING_TTL / 2
    assert profiles.available_profiles() == ["libya"]  # (within the interval: the listing is kept)
    clock[0] += profiles.LISTING_TTL
    assert profiles.available_profiles() == ["libya", "zz-test"]


def test_listing_follows_the_folder(folder, tmp_path_factory, monkeypatch):
    assert profiles.available_profiles() == ["libya"]
    other = tmp_path_factory.mktemp("other")
    shutil.copy(folder / "libya.json", other / "sudan.json")
    monkeypatch.setattr(profiles, "PROFILE_DIR", other)
    assert profiles.available_profiles() == ["sudan"]
