"""Steps 4 and 12 of the Cast: bodies.

4. A name ending in a body's last word ("Hale Gallery", data/body_last_words.txt) is a body
   unless the article tells it is a person.
12. Bodies that speak: ministries, seats of government, organisations ("the Foreign Ministry
   said", "Washington said"), each one Person of kind "body" with its mentions."""

from __future__ import annotations

import re
from functools import cache

from newsbrief import lexicon, places
from newsbrief.cast.credits import inside_spans
from newsbrief.cast.drafts import CastDraft, PersonDraft
from newsbrief.cast.names import body_last_words
from newsbrief.cast.title_table import Organisation
from newsbrief.cast.titles import TitleContext


def speaking_bodies(draft: CastDraft) -> None:
    assert draft.ctx is not None
    _speaking_bodies(draft, draft.ctx, draft.orgs)


def bodies_by_last_word(draft: CastDraft) -> None:
    """ "the Hale Gallery", "People Power Party": a name ending in a body's last word
    (names.body_last_words) is a body, unless the article tells it is a person: an honorific,
    a gendered title or a one-gender given name ("Margaret Court"), or an office it holds."""
    for p in draft.people:
        if (
            p.kind == "person"
            and len(p.tokens) > 1
            and p.tokens[-1] in body_last_words()
            and not p.known_gender()
            and p.title_kind not in ("head", "office", "org")
        ):
            p.kind = "body"


def _speaking_bodies(draft: CastDraft, ctx: TitleContext, orgs: list[tuple[int, int, Organisation]]) -> None:
    """Bodies that speak: ministries, seats of government, international organisations."""
    text = draft.text
    for m in draft.body_matches:
        if inside_spans(draft.credits, m.start(), m.end()):
            continue
        name = re.sub(r"\s+", " ", m.group("body"))
        country = None
        cm = ctx.country_at_end.get(m.start("body") - 1) or ctx.country_at_end.get(m.start("body") - 3)
        if cm:
            country = cm.code
        if country:
            name = f"{name} of {places.country_name(country)}"
        _body_mention(draft, name, country, None, m.start(), m.end())
    for m in draft.country_mentions:
        if text[m.start : m.end] in places.seats():
            _body_mention(draft, text[m.start : m.end], m.code, None, m.start, m.end)
    for s, e, org in orgs:
        _body_mention(draft, org.name, org.country, org.name, s, e)


def _body_mention(
    draft: CastDraft, name: str, country: str | None, org: str | None, start: int, end: int
) -> None:
    i = draft.bodies_by_name.get(name)
    if i is None:
        draft.people.append(PersonDraft(tokens=(name,), kind="body", country=country, organization=org))
        i = draft.bodies_by_name[name] = len(draft.people) - 1
    p = draft.people[i]
    p.forms[name] = p.forms.get(name, 0) + 1
    draft.mentions.append((start, end, i, "name"))


@cache
def body_pattern() -> re.Pattern[str]:
    """Ministries, seats of ministries and named documents that speak ("the Foreign Ministry",
    "Ministry of National Defense", "the State Department", "the Washington Summit Declaration")."""
    ministry, ministry_of = (
        lexicon.alternation(lexicon.SPEECH_WORDS, "ministry"),
        lexicon.alternation(lexicon.SPEECH_WORDS, "ministry_of"),
    )
    offices, documents = (
        lexicon.alternation(lexicon.SPEECH_WORDS, "body_office"),
        lexicon.alternation(lexicon.SPEECH_WORDS, "document"),
    )
    return re.compile(
        rf"(?<![\w-])(?=[tA-Z])(?:the[ \t]+)?(?P<body>(?:{ministry})[ \t]+(?:Ministry|Office)"
        rf"|Ministry[ \t]+of[ \t]+(?:the[ \t]+)?(?:{ministry_of})|{offices}"
        rf"|(?:[A-Z][\w-]+[ \t]+){{1,3}}(?:{documents}))"
    )
