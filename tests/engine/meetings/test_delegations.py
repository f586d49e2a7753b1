"""Talks between delegations: the countries represented (meetings/delegations.py)."""

from __future__ import annotations

import pytest

from tests.engine.meetings.helpers import REED, REPORTER, WIDER, meet, pair, pairs


@pytest.mark.parametrize(
    "text",
    [
        "Two days of talks on the fishing dispute begin in Geneva on Wednesday. Tom Hale will represent "
        "Nigeria, while Santiago is represented by its director general for Europe, Ian Reed.",
        "Two days of talks on the fishing dispute begin in Geneva on Wednesday. The quota is the main issue. "
        "Most boats are idle. Tom Hale will represent Nigeria. Santiago is being represented by Ian Reed.",
    ],
)
def test_countries_represented_at_talks_told_before_met(text):
    (found,) = meet(text, {REPORTER: ("Tom Hale",), REED: ("Ian Reed",)})
    assert (pairs([found]), found.kind) == ({pair("NG", "CL")}, "talks")


def test_representing_a_country_with_no_talks_is_no_meeting():
    text = "Tom Hale has represented Nigeria in court for years, while Chile is represented by Ian Reed."
    assert meet(text, {REPORTER: ("Tom Hale",), REED: ("Ian Reed",)}) == ()


def test_a_country_represented_at_a_meeting_of_leaders_is_one_more_party():
    text = "Okafor, Lindqvist and Kishida are meeting at the palace, with Chile represented by its envoy."
    found = pairs(meet(text, WIDER))
    assert pair("Daniel Okafor", "CL") in found and pair("Fumio Kishida", "Anna Lindqvist") in found


@pytest.mark.parametrize(
    "lead",
    [
        "The delegation's leader, Ian Reed, said the talks would be hard.",
        "The delegation, led by Ian Reed, hopes to settle the quotas.",
        "Ian Reed, who heads the delegation, said the talks would be hard.",
        "The head of the delegation, Ian Reed, said the talks would be hard.",
    ],
)
def test_the_unnamed_side_of_a_delegation_is_its_named_leader(lead):
    text = (
        "A 12-member Chilean delegation left for Tokyo on Monday for trade talks with Japanese officials. "
        + lead
    )
    assert pair("Ian Reed", "JP") in pairs(meet(text, {REED: ("Ian Reed", "Reed")}))


def test_a_person_who_only_met_a_delegation_does_not_lead_it():
    text = (
        "A 12-member Chilean delegation left for Tokyo on Monday for trade talks with Japanese officials. "
        "Ian Reed, who met the delegation last year, said the talks would be hard."
    )
    assert pair("Ian Reed", "JP") not in pairs(meet(text, {REED: ("Ian Reed", "Reed")}))
