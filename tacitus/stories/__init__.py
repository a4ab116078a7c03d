"""Across documents: stories, merged events, and how each outlet told it (docs/stories.md).

Documents about the same story are grouped as they arrive (:mod:`.index`: TF-IDF centroids,
an inverted index and MinHash near-duplicates, within a time window when documents are dated);
the event mentions of a story are merged into events counted by mentions, articles and outlets
(:mod:`.merge`); each outlet gets a profile (:mod:`.profiles`: events and quotes reported, whom
it quotes, tone and loaded language from :mod:`.tone`, stance toward each actor); one story
can be compared outlet by outlet (:mod:`.compare`).

    update_stories(store)       place new documents (the store's ingest calls it per batch)
    rebuild(store)              place every document again
    list_stories(store, f)      stories with their counts (JSON-able dicts)
    story(store, story_id)      one story: documents and merged events with their mentions
    merged_events(store, f)     merged events, most reported first
    compare(store, story_id)    who reported what, exclusives, conflicting claims
    outlet_profiles(store, f)   one profile per outlet
"""

from __future__ import annotations

from ..errors import StoryNotFound
from .assign import StoryCounts, rebuild, update_stories
from .compare import compare
from .index import StoryOptions
from .profiles import outlet_profiles
from .queries import list_stories, merged_events, story

__all__ = [
    "StoryCounts",
    "StoryNotFound",
    "StoryOptions",
    "compare",
    "list_stories",
    "merged_events",
    "outlet_profiles",
    "rebuild",
    "story",
    "update_stories",
]
