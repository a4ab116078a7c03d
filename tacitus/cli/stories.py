"""``tacitus stories``, ``tacitus outlets`` and ``tacitus compare``: thin shells over
:mod:`tacitus.stories`."""

from __future__ import annotations

import sys
from collections.abc import Mapping
from typing import Any, TextIO

import click

from ..output import write_table
from ..store import open_store
from ..stories import StoryOptions, compare, list_stories, outlet_profiles, rebuild, story
from ..stories.profiles import PROFILE_COLUMNS
from ..stories.queries import STORY_COLUMNS
from .base import Abort, emit, main
from .options import db_option, format_option
from .store import filters_from, matched, query_options

COMPARE_COLUMNS = ("kind", "label", "outlets", "only", "num_sources", "id", "text")


DOCUMENT_COLUMNS = (
    "doc_id", "outlet", "published", "similarity", "duplicate_of", "agency", "reason",
)  # fmt: skip


@main.command("stories")
@click.argument("story_id", required=False)
@query_options
@click.option(
    "--rebuild",
    "again",
    is_flag=True,
    help="Group every stored document again from scratch (needs write access).",
)
@click.option("--embeddings/--no-embeddings", default=False, show_default=True,
              help="With --rebuild: add sentence-embedding similarity (tacitus[embeddings]); "
                   "later ingests keep the choice.")  # fmt: skip
def stories_command(story_id: str | None, db: str, fmt: str, again: bool, embeddings: bool,
                    **values: Any) -> None:  # fmt: skip
    """Stories in the store (documents about the same story), largest first; with STORY_ID,
    that story's documents, each with why it is there.

    Documents are grouped as they are ingested; --rebuild groups them all again. --outlet,
    --since, --until and --text (titles) pick stories; --actor, --country, --type,
    --quad-class, --location-country and --near pick stories with such a merged event (for the
    place: one of its mentions located there). A document's reason gives the probability
    that placed it and what it rests on: the similarity of its words, headline, actors and
    events with the story's, with the terms that weigh most, and the days between them.
    """
    filters = filters_from(values)
    if embeddings and not again:
        raise Abort("--embeddings goes with --rebuild", "tacitus stories --rebuild --embeddings")
    if story_id is not None:
        _one_story(db, story_id, fmt)
        return
    with open_store(db, read_only=not again) as store:
        if again:
            counts = rebuild(store, StoryOptions(embeddings=embeddings))
            click.echo(
                f"tacitus: {counts.documents} documents in {counts.stories} stories "
                f"({counts.duplicates} near-duplicates, {counts.merged_events} merged events)",
                err=True,
            )
        found = list_stories(store, matched(store, filters))
    for row in found:
        row["outlet_names"] = list(row["outlet_names"])
    emit(found, fmt, STORY_COLUMNS)


def _one_story(db: str, story_id: str, fmt: str) -> None:
    with open_store(db, read_only=True) as store:
        found = story(store, story_id)
    if fmt == "jsonl":
        emit([found], fmt, ())
        return
    if fmt == "csv":
        emit(found["documents_list"], fmt, DOCUMENT_COLUMNS)
        return
    click.echo(f"Story {found['story_id']}: {found['title']}")
    click.echo(f"{found['documents']} documents, {found['outlets']} outlets, "
               f"{found['independent']} independent sources, "
               f"{found['events']} merged events")  # fmt: skip
    for doc in found["documents_list"]:
        where = ", ".join(str(x) for x in (doc["outlet"], doc["published"]) if x)
        click.echo(f"\n{doc['doc_id']}" + (f" ({where})" if where else ""))
        if doc["agency"]:
            click.echo(f"  {doc['agency']} copy: {doc['agency_mark']}")
        click.echo(f"  {doc['reason'] or '(placed before reasons were kept: --rebuild)'}")


@main.command("outlets")
@db_option
@click.option("--outlet", help="Outlet name (case-insensitive).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Documents from this date on.")
@click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Documents up to this date.")
@format_option
def outlets_command(db: str, fmt: str, **values: Any) -> None:
    """How each outlet tells the news: events and quotes reported, whom it quotes, tone,
    loaded language, and its stance toward each actor (jsonl: the whole profiles).

    Tone, loaded language and stance are the outlet's own reporting: its copies (a press
    agency's copy, a near-duplicate of another outlet's document) are left out and counted
    in "copies" (jsonl: "copied_from", whose they were); boilerplate (editor's notes,
    footers, credits, sentences repeated across its own articles) is left out of those and
    of its events and quotes, and counted in "boilerplate_sentences" (jsonl: "boilerplate")."""
    filters = filters_from(values)
    with open_store(db, read_only=True) as store:
        profiles = outlet_profiles(store, filters)
    emit(profiles, fmt, PROFILE_COLUMNS)


@main.command("compare")
@click.argument("story_id")
@db_option
@format_option
def compare_command(story_id: str, db: str, fmt: str) -> None:
    """One story outlet by outlet: which outlets reported which events and quotes, what only
    one reported, and where their claims conflict (jsonl and csv: one row per item)."""
    with open_store(db, read_only=True) as store:
        found = compare(store, story_id)
    if fmt == "table":
        write_comparison(found, sys.stdout)
    else:
        emit(comparison_rows(found), fmt, COMPARE_COLUMNS)


def comparison_rows(found: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The comparison flattened: one row per merged event, quote and conflict."""
    rows: list[dict[str, Any]] = []
    for kind, items, text in (("event", found["events"], "sentence"),
                              ("quote", found["quotes"], "text")):  # fmt: skip
        for item in items:
            outlets = sorted(item["by_outlet"])
            rows.append({
                "kind": kind, "label": item["label"], "outlets": ";".join(outlets),
                "only": outlets[0] if len(outlets) == 1 and len(found["outlets"]) > 1 else "",
                "num_sources": len(outlets),
                "id": item.get("merged_id") or item.get("quote_id"), "text": item[text],
            })  # fmt: skip
    for conflict in found["conflicts"]:
        a, b = conflict["a"], conflict["b"]
        rows.append({
            "kind": "conflict", "label": f"{_conflict_kind(conflict)}: {a['label']} | {b['label']}",
            "outlets": ";".join(sorted(set(a["outlets"]) | set(b["outlets"]))),
            "only": ";".join(conflict["only_a"] + conflict["only_b"]),
            "num_sources": len(set(a["outlets"]) | set(b["outlets"])),
            "id": f"{a['merged_id']}/{b['merged_id']}", "text": f"{a['sentence']} | {b['sentence']}",
        })  # fmt: skip
    return rows


def write_comparison(found: Mapping[str, Any], out: TextIO) -> None:
    """The comparison as plain-text tables (what ``tacitus compare`` prints)."""
    story = found["story"]
    outlets = [o["outlet"] for o in found["outlets"]]
    out.write(f"Story {story['story_id']}: {story['title']}\n")
    out.write(f"{story['documents']} documents, {story['outlets']} outlets, "
              f"{len(found['events'])} merged events, {len(found['quotes'])} quotes\n\n")  # fmt: skip
    write_table(found["outlets"], out, ("outlet", "documents", "duplicates", "events", "quotes"))
    for title, items in (("Events", found["events"]), ("Quotes", found["quotes"])):
        out.write(f"\n{title} (x: reported by the outlet)\n")
        matrix = [{"item": i["label"], **{o: "x" if o in i["by_outlet"] else "" for o in outlets}}
                  for i in items]  # fmt: skip
        write_table(matrix, out, ("item", *outlets))
    out.write("\nReported by one outlet only\n")
    only = [{"outlet": o, "kind": k, "item": label}
            for o, kinds in found["exclusive"].items() for k, labels in kinds.items()
            for label in labels]  # fmt: skip
    write_table(only, out, ("outlet", "kind", "item"))
    out.write("\nConflicting claims\n")
    conflicts = [{"kind": _conflict_kind(c), "a": c["a"]["label"], "by_a": "; ".join(c["a"]["outlets"]),
                  "b": c["b"]["label"], "by_b": "; ".join(c["b"]["outlets"])}
                 for c in found["conflicts"]]  # fmt: skip
    write_table(conflicts, out, ("kind", "a", "by_a", "b", "by_b"))


def _conflict_kind(conflict: dict[str, Any]) -> str:
    """'numbers (soldier: 33 or 34)', 'negation'."""
    detail = conflict.get("detail")
    return f"{conflict['kind']} ({detail})" if detail else str(conflict["kind"])
