"""Countries named in the article: names, variants, demonyms, capitals as governments."""

from __future__ import annotations

from .model import CountryMention, Document


def find_country_mentions(doc: Document) -> tuple[CountryMention, ...]:
    return ()
