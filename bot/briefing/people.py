"""The Cast: every person and body in the article, with all their mentions."""

from __future__ import annotations

from .model import Cast, CountryMention, Document


def build_cast(doc: Document, country_mentions: tuple[CountryMention, ...]) -> Cast:
    return Cast(country_mentions=country_mentions)
