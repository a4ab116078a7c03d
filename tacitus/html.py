"""Main text and metadata of an HTML page (the one home of trafilatura)."""

from __future__ import annotations

from dataclasses import dataclass

import trafilatura


@dataclass(frozen=True, slots=True)
class Extracted:
    text: str
    title: str | None
    published: str | None
    site: str | None
    url: str | None


def extract_html(html: str, url: str | None = None) -> Extracted | None:
    """The article in ``html``, or None when no main text can be found."""
    try:
        result = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=False, favor_precision=True
        )
    except Exception:  # trafilatura raises many kinds on broken markup
        return None
    if result is None:
        return None
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = (data.get("text") or "").strip()
    if not text:
        return None
    return Extracted(
        text=text,
        title=data.get("title") or None,
        published=data.get("date") or None,
        site=data.get("sitename") or data.get("hostname") or None,
        url=data.get("url") or url,
    )
