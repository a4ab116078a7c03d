"""The HTTP API and the dashboard (``tacitus serve``): FastAPI over the store.

Modules: :mod:`.app` (the application, limits, static files, what is loaded before serving), :mod:`.routes` (read
endpoints), :mod:`.write` (``POST /api/documents``), :mod:`.params` (filters and paging),
:mod:`.views` (what the read endpoints answer: pages, outlets, one document, stories),
:mod:`.graph` and :mod:`.nodes` (the actor network), :mod:`.timeline`, :mod:`.geo` (the map's
places and points), :mod:`.models` (the answers' OpenAPI schema), :mod:`.evidence` (trigger
and actor spans), :mod:`.errors` (the one error shape); ``static/`` holds the dashboard.
"""

from __future__ import annotations

from .app import LOOPBACK_NAMES, MAX_BODY, create_app, prepare

__all__ = ["LOOPBACK_NAMES", "MAX_BODY", "create_app", "prepare"]
