"""ev14: a digest of posts quotes each side's post under its stamp ("Civil defence, 9 June: “...”"): the quotation
is the report itself, one side's account as a bulletin would give it, so its events are read, at the stamp's day
(its "this morning" and its undated lines too, not the digest's publication day). A quotation after a speaker with
no day ("The minister said: “...”") or after a bare clock time stays words quoted. Sentences of our own."""
import pytest

from tests.reading.mapped_events import mapped, read_report


def test_a_post_under_a_dated_stamp_is_read_at_its_day(nlp):
    body = ("What each side posted this week.\n\n"
            "Regional civil defence, Telegram, 9 June: \"Artillery shelled Kharkiv this morning, killing two "
            "people.\"\n\n"
            "Rebel media office, 10 June: \"Our fighters ambushed an army convoy near Gao and killed 14 soldiers.\"")
    evs = mapped(read_report(nlp, body, published="2025-06-12", title="Posts of the week"))
    assert sorted((e.event_type, e.location.name, e.date.start.isoformat()) for e in evs) == [
        ("Battles", "near Gao", "2025-06-10"), ("Explosions/Remote violence", "Kharkiv", "2025-06-09")]


@pytest.mark.parametrize("body", [
    "The minister said: \"We will crush the rebels in Kidal and burn their camps.\"",
    "Posts from the club's channel.\n\n[18:20] The coach: \"We fought like lions and destroyed them in Lviv.\"",
])
def test_words_quoted_without_a_dated_stamp_are_no_event(nlp, body):
    assert mapped(read_report(nlp, body, published="2025-06-12", title="Words")) == []
