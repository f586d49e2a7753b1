"""Briefing -> the JSON contract of shared/briefing-format.md (schema 1)."""

from __future__ import annotations

from typing import Any

from .model import Briefing

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
