"""The JSON contract's meeting fields: "planned" and "background" go out and come back."""

from __future__ import annotations

import json

from newsbrief.model import Briefing, Meeting, Participant, Source
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
