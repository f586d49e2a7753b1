"""Briefing -> the JSON contract of shared/briefing-format.md (schema 1)."""

from __future__ import annotations

from typing import Any

from newsbrief.model import (
    Briefing,
    Country,
    Meeting,
    Participant,
    Person,
    Quote,
    RemovedLine,
    Source,
    SummarySentence,
)

SCHEMA = 1


def briefing_to_dict(b: Briefing, *, timings: bool = False, debug: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {
        "schema": SCHEMA,
        "source": {
            "url": b.source.url,
            "title": b.source.title,
            "site": b.source.site,
            "author": b.source.author,
            "published": b.source.published,
            "words": b.source.words,
        },
        "summary": [{"text": s.text, "index": s.index} for s in b.summary],
        "quotes": [
            {"text": q.text, "speaker": q.speaker, "cue": q.cue, "score": round(q.score, 3)} for q in b.quotes
        ],
        "countries": [{"code": c.code, "name": c.name, "mentions": c.mentions} for c in b.countries],
        "leaders": [
            {
                "name": p.name,
                "aliases": list(p.aliases),
                "title": p.title,
                "country": p.country,
                "organization": p.organization,
                "mentions": p.mentions,
                # Only when the text did not say the office: an extension of the contract.
                **({"office_from": p.office_from} if p.office_from else {}),
            }
            for p in b.leaders
        ],
        "meetings": [
            {
                "participants": [{"name": x.name, "country": x.country} for x in m.participants],
                "kind": m.kind,
                "where": m.where,
                "when": m.when,
                "evidence": m.evidence,
                "background": m.background,
                "planned": m.planned,
            }
            for m in b.meetings
        ],
    }
    if timings:
        out["timings_ms"] = dict(b.timings_ms)
    if debug:
        out["removed"] = [{"text": r.text, "reason": r.reason} for r in b.removed]
    return out


def error_dict(message: str) -> dict[str, Any]:
    return {"schema": SCHEMA, "error": message}


def briefing_from_dict(d: dict[str, Any]) -> Briefing:
    """The inverse of briefing_to_dict (for the link cache).

    Keys the contract does not carry are read when present, so a record made
    with debug=True and timings=True, plus a quote's exact "score" and its
    "start"/"end" offsets, comes back equal to the original briefing.
    """
    src = d.get("source") or {}
    return Briefing(
        source=Source(
            url=src.get("url"),
            title=src.get("title"),
            site=src.get("site"),
            author=src.get("author"),
            published=src.get("published"),
            words=int(src.get("words") or 0),
        ),
        summary=tuple(SummarySentence(text=s["text"], index=int(s["index"])) for s in d.get("summary", ())),
        quotes=tuple(
            Quote(
                text=q["text"],
                speaker=q.get("speaker"),
                cue=q.get("cue"),
                score=float(q.get("score") or 0.0),
                start=int(q.get("start") or 0),
                end=int(q.get("end") or 0),
            )
            for q in d.get("quotes", ())
        ),
        countries=tuple(
            Country(code=c["code"], name=c["name"], mentions=int(c.get("mentions") or 0))
            for c in d.get("countries", ())
        ),
        leaders=tuple(
            Person(
                name=p["name"],
                aliases=tuple(p.get("aliases") or ()),
                title=p.get("title"),
                country=p.get("country"),
                organization=p.get("organization"),
                is_leader=True,
                kind="person",
                mentions=int(p.get("mentions") or 0),
                office_from=p.get("office_from") or "",
            )
            for p in d.get("leaders", ())
        ),
        meetings=tuple(
            Meeting(
                participants=tuple(
                    Participant(name=x.get("name"), country=x.get("country"))
                    for x in m.get("participants", ())
                ),
                kind=m["kind"],
                where=m.get("where"),
                when=m.get("when"),
                evidence=m.get("evidence", ""),
                background=bool(m.get("background", False)),
                planned=bool(m.get("planned", False)),
            )
            for m in d.get("meetings", ())
        ),
        removed=tuple(RemovedLine(text=r["text"], reason=r["reason"]) for r in d.get("removed", ())),
        timings_ms=dict(d.get("timings_ms") or {}),
    )
