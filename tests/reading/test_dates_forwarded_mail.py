"""A forwarded mail's days (session 26, dat13): the forwarded message's header ("Date: Mon, Feb 3, 2025 at 7:40 AM",
"Date: Sat, 1 Feb 2025 18:05:11 +0000") is its day, and the words below it ("this morning", "yesterday", "on
Thursday", "today") count from that day, not from publication's; the forwarding note above it counts from
publication. Sentences of our own."""
import datetime as dt

from reading.dates import find_dates

D = dt.date


def dated(text, published):
    return [(m.text, m.date.start) for m in find_dates(text, published) if m.date]


def test_a_gmail_forward_counts_its_body_from_its_header():
    text = ("Subject: FW: Goma update\n\nForwarding the note below, which reached us yesterday.\n\n"
            "---------- Forwarded message ---------\nFrom: Goma office\nDate: Mon, Feb 3, 2025 at 7:40 AM\n"
            "Subject: Goma update\n\nShooting resumed near the airport this morning after a quiet night. The road "
            "to Sake was cut yesterday.")
    got = dated(text, D(2025, 2, 5))
    assert got[0] == ("yesterday", D(2025, 2, 4))
    assert ("this morning", D(2025, 2, 3)) in got
    assert got[-1] == ("yesterday", D(2025, 2, 2))


def test_a_quoted_original_message_counts_its_body_from_its_header_line():
    text = ("FYI\n\n-----Original Message-----\nFrom: Access cell\nDate: Sat, 1 Feb 2025 18:05:11 +0000\n"
            "Subject: Closures\n\nThe Hawara checkpoint was shut on Thursday and is still closed today.")
    got = dated(text, D(2025, 2, 4))
    assert ("on Thursday", D(2025, 1, 30)) in got
    assert got[-1] == ("today", D(2025, 2, 1))
