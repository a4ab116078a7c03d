"""Building SQL ``WHERE`` clauses: conditions with their parameters, in order (the one home of
this for the store's queries, the API's and the stories').

User input only ever travels as parameters: a condition is SQL written here or by the caller,
never pasted from a filter's value.
"""

from __future__ import annotations

from typing import Any


class Where:
    """SQL conditions and their parameters, in order."""

    def __init__(self) -> None:
        self.conditions: list[str] = []
        self.params: list[Any] = []

    def add(self, condition: str, *params: Any) -> None:
        self.conditions.append(condition)
        self.params.extend(params)

    def sql(self, keyword: str = "WHERE") -> str:
        """`` WHERE a AND b`` (or another keyword: ``HAVING``); empty without conditions."""
        return f" {keyword} " + " AND ".join(self.conditions) if self.conditions else ""


def like(text: str) -> str:
    """An ``ILIKE ? ESCAPE '\\'`` pattern for a substring, its wildcards taken literally."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
