"""The newsroom sample corpus and its labels agree: what the labels say about stories, outlets
and agency copy can be seen in the articles themselves."""

from __future__ import annotations

import json
from collections import defaultdict
from importlib import resources
from typing import Any

AGENCY_MARK = {"GPA": "(GPA)", "Northline": "(Northline)", "ACP": "(ACP)"}


def _lines(name: str) -> list[dict[str, Any]]:
    text = resources.files("tacitus").joinpath(f"samples/{name}").read_text("utf-8")
    return [json.loads(line) for line in text.splitlines()]


def test_labels_describe_every_article() -> None:
    articles = {a["id"]: a for a in _lines("newsroom.jsonl")}
    labels = {row["id"]: row for row in _lines("newsroom-labels.jsonl")}
    assert set(articles) == set(labels) and len(articles) >= 80
    assert len({a["outlet"] for a in articles.values()}) == 7
    for doc_id, row in labels.items():
        article = articles[doc_id]
        assert row["outlet"] == article["outlet"] and row["published"] == article["published"]
        assert article["url"].split("/")[2].endswith(".test")
        marked = [agency for agency, mark in AGENCY_MARK.items() if mark in article["text"]]
        assert marked == ([row["wire"]] if row["wire"] else []), doc_id
        if row["duplicate_of"]:
            assert labels[row["duplicate_of"]]["wire_text"] == row["wire_text"]


def test_the_corpus_has_what_the_views_need() -> None:
    labels = _lines("newsroom-labels.jsonl")
    outlets: dict[str, set[str]] = defaultdict(set)
    for row in labels:
        outlets[row["story"]].add(row["outlet"])
    assert max(len(o) for o in outlets.values()) >= 5  # a story told by five outlets or more
    assert sum(1 for o in outlets.values() if len(o) >= 4) >= 4
    assert sum(1 for s in outlets if s.startswith("S-")) >= 40  # single-article stories
    wire = [row for row in labels if row["wire"]]
    assert len(wire) >= 15 and len({row["outlet"] for row in wire}) >= 4
    texts = [a["text"] for a in _lines("newsroom.jsonl")]
    single = [t for t in texts if "\n" in t and "\n\n" not in t]
    assert len(single) >= 20  # single-newline paragraphs
    assert sum(1 for t in texts if " in 1962" in t or "In 1962" in t) >= 2  # decades ago
