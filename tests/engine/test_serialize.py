"""The JSON contract's meeting fields: "planned" and "background" go out and come back."""

from __future__ import annotations

import json

from newsbrief.model import Briefing, Meeting, Participant, Person, Source
from newsbrief.serialize import briefing_from_dict, briefing_to_dict

YOON, KISHIDA = Participant("Yoon Suk Yeol", "KR"), Participant("Fumio Kishida", "JP")
HELD = Meeting((YOON, KISHIDA), "summit", "Washington", "on Tuesday", "Yoon met Kishida on Tuesday.")
PLANNED = Meeting(
    (YOON, Participant(None, "DE")),
    "visit",
    None,
    "next week",
    "Yoon will visit Germany next week.",
    planned=True,
)
EARLIER = Meeting((YOON, KISHIDA), "talks", None, "2019", "They last met in 2019.", background=True)


def test_planned_is_written_next_to_background():
    d = briefing_to_dict(Briefing(Source(title="t"), meetings=(HELD, PLANNED, EARLIER)))
    assert [(m["planned"], m["background"]) for m in d["meetings"]] == [
        (False, False),
        (True, False),
        (False, True),
    ]


def test_meetings_come_back_equal_through_json():
    b = Briefing(Source(title="t"), meetings=(HELD, PLANNED, EARLIER))
    back = briefing_from_dict(json.loads(json.dumps(briefing_to_dict(b))))
    assert back.meetings == b.meetings
    assert back.meetings[1].planned is True


def test_a_record_made_before_planned_existed_reads_as_not_planned():
    d = briefing_to_dict(Briefing(Source(title="t"), meetings=(HELD,)))
    del d["meetings"][0]["planned"]
    (back,) = briefing_from_dict(d).meetings
    assert back.planned is False and back == HELD


def test_an_office_only_the_leaders_table_gave_is_marked_and_comes_back():
    said = Person("Park Ji-won", title="President", country="KR", is_leader=True, mentions=3)
    looked_up = Person(
        "Haruto Sato", title="Prime Minister", country="JP", is_leader=True, office_from="table"
    )
    d = briefing_to_dict(Briefing(Source(title="t"), leaders=(said, looked_up)))
    assert "office_from" not in d["leaders"][0]  # the contract's shape, unchanged when the text says it
    assert d["leaders"][1]["office_from"] == "table"
    back = briefing_from_dict(json.loads(json.dumps(d)))
    assert [p.office_from for p in back.leaders] == ["", "table"]
