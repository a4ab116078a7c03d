"""People and their offices (issue: people, offices and coreference).

``PeopleResolver.apply`` runs after the resolver has found states, organisations, groups and
agents: it resolves person mentions (names and titles) to ``person:...`` actors with the
country and sector of the office they hold on the document's date.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .resolve_types import HitMap


class PeopleResolver:
    """Resolves people in a parsed document (placeholder until the people data lands)."""

    def apply(self, doc: Doc, hits: HitMap, published: str | None) -> None:
        return None
