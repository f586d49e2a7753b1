"""Direct quotations and who said them (speakers looked up in the Cast)."""

from __future__ import annotations

from .model import Cast, Document, Quote


def find_quotes(doc: Document, cast: Cast) -> tuple[Quote, ...]:
    return ()
