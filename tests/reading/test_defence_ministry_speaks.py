"""A defence ministry named alone ("The defence ministry said its forces had regained control of X") speaks for the
forces of the story's one country, as "the army" does: the retaking is theirs. A ministry's words about another
side ("said militants attacked a post") still name that side. Sentences of our own (Syria, Mali, Sudan)."""
import pytest

from tests.reading.mapped_events import mapped, read_report


@pytest.mark.parametrize("body, side, published", [
    ("DAMASCUS (Reuters) - Fighting raged near Jableh and Latakia in Syria on Thursday. The defence ministry said on "
     "Friday its forces had regained control of the town of Baniyas.", "Syrian forces", "2025-03-07"),
    ("KHARTOUM (Reuters) - Fighting went on in Sudan's Omdurman and Bahri on Monday. The ministry of defence said on "
     "Tuesday its troops had recaptured the town of Bara.", "SAF", "2025-03-11"),
])
def test_a_defence_ministry_named_alone_speaks_for_its_forces(nlp, body, side, published):
    doc = read_report(nlp, body, published=published)
    taken = [e for e in mapped(doc) if "territory" in e.sub_event_type]
    assert [e.actor1 for e in taken] == [side], [(e.sub_event_type, e.actor1) for e in doc.events]


def test_a_ministry_telling_of_militants_names_the_militants(nlp):
    doc = read_report(nlp, "BAMAKO (Reuters) - Jihadists attacked army posts in Mali's Mopti and Segou regions this "
                           "week. The defence ministry said militants attacked a post near Diafarabe on Friday.",
                      published="2025-03-08")
    last = max(mapped(doc), key=lambda e: e.evidence.start)
    assert last.actor1 not in ("Malian forces", ""), [(e.sub_event_type, e.actor1) for e in doc.events]
