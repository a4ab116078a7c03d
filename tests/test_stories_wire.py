"""Agency copy: told from datelines, bylines, copyright and credit lines, and counted once per
agency in a story's independent sources (no model)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from store_data import country, event, result

from tacitus import open_store
from tacitus.cli import main
from tacitus.records import Event
from tacitus.store import Store
from tacitus.stories import list_stories, merged_events, outlet_profiles, story, update_stories
from tacitus.stories.wire import agency_copy, canonical

BODY = (
    "The harbour authority closed the northern port of Velmora on Tuesday after a storm "
    "surge flooded the container terminal, stranding dozens of cargo ships offshore. "
    "Port officials said cranes and warehouses along the quay were under a metre of water "
    "and that loading would not resume before the weekend. Sweden offered Norland pumps and "
    "engineers."
)
HELP = "Sweden offered Norland pumps and engineers."


@pytest.mark.parametrize(
    ("text", "outlet", "agency", "mark"),
    [
        (f"VELMORA, Norland (AP) — {BODY}", "Harbour Times", "AP", "dateline"),
        (f"VELMORA, Oct 7 (Reuters) - {BODY}", "Harbour Times", "Reuters", "dateline"),
        (f"AFP — {BODY}", "Harbour Times", "AFP", "dateline"),
        (f"By MARTA LINDQVIST Northern Press Agency\n\n{BODY}", "Harbour Times", "NPA", "byline"),
        (f"By Marta Lindqvist, Northern Press Agency\n\n{BODY}", None, "NPA", "byline"),
        (f"By Marta Lindqvist, REUTERS\n\n{BODY}", "Harbour Times", "Reuters", "byline"),
        (f"{BODY}\n\nCopyright 2026 Northern Press Agency. All rights reserved.", "Harbour Times",
         "NPA", "copyright"),
        (f"{BODY}\n\nAssociated Press writer Jon Berg in Oslo contributed to this report.",
         "Harbour Times", "AP", "credit"),
        # a known agency by its initials is not an outlet with the same initials
        (f"VELMORA, Norland (AP) — {BODY}", "Alpine Post", "AP", "dateline"),
    ],
)  # fmt: skip
def test_agency_copy_is_told_by_its_marks(text: str, outlet: str | None, agency: str,
                                          mark: str) -> None:  # fmt: skip
    found = agency_copy(text, outlet)
    assert found is not None
    assert (found.agency, found.how.split()[0]) == (agency, mark)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (BODY, "Harbour Times"),  # no mark
        (f"VELMORA, Norland (AP) — {BODY}", "Associated Press"),  # the agency's own site
        (f"VELMORA (Oct 7) — {BODY}", "Harbour Times"),  # a date in the parenthesis
        (f"By Marta Lindqvist\n\n{BODY}", "Harbour Times"),  # a staff byline
        (f"{BODY}\n\nCopyright 2026 The Harbour Times. All rights reserved.", "The Harbour Times"),
        # the publisher's own notice, whatever its company name
        (f"{BODY}\n\nCopyright 2026 The Harbour Times Company. All rights reserved.", "The Harbour Times"),
        (f"{BODY}\n\n© 2026 Velmora Free Press Ltd", "Velmora Free Press"),
        (f"{BODY}\n\nAn official told reporters (AP) - the port would reopen.", "Harbour Times"),
    ],
)  # fmt: skip
def test_own_reporting_is_not_agency_copy(text: str, outlet: str) -> None:
    assert agency_copy(text, outlet) is None


def test_an_agency_has_one_name() -> None:
    assert canonical("Agence France-Presse") == canonical("AFP") == "AFP"
    assert canonical("The Associated Press") == "AP"
    assert canonical("Northern Press Agency") == "NPA"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "t.duckdb") as opened:
        yield opened


def _story_of_four(store: Store) -> str:
    """One story from four outlets: two carry one agency's copy (edited apart, not
    near-duplicates), one reports on its own, one copies that report word for word."""
    own = (
        "Storm surge floods Velmora port. Floodwater poured into the container terminal of "
        "Velmora on Tuesday, and the harbour authority shut the northern port as cargo ships "
        "waited offshore. Dock workers said cranes, warehouses and the quay were under water, "
        f"and the authority said loading would not restart before the weekend. {HELP}"
    )

    def help_from(doc_id: str) -> list[Event]:
        sweden, norland = country("SWE", "Sweden", "GOV"), country("NOR", "Norland", "GOV")
        return [event(doc_id, 0, "SUPPORT", sweden, norland, HELP)]

    store.write(
        [
            result("a", f"Velmora port shut by storm surge.\n\nVELMORA, Norland (AP) — {BODY}",
                   outlet="Harbour Times", published="2026-10-06", events=help_from("a")),
            result("b", f"Velmora port closed after flooding.\nBy INGRID HOLM Associated Press"
                   f"\n\n{BODY} Shipping lines said they would divert vessels south.",
                   outlet="Coastal Ledger", published="2026-10-06", events=help_from("b")),
            result("c", own, help_from("c"), outlet="Norland Daily", published="2026-10-06"),
            result("d", own, help_from("d"), outlet="Valley Courier", published="2026-10-07"),
        ]
    )  # fmt: skip
    update_stories(store)
    [found] = list_stories(store)
    return str(found["story_id"])


def test_a_story_counts_an_agency_once_among_its_independent_sources(store: Store) -> None:
    story_id = _story_of_four(store)
    [found] = list_stories(store)
    assert (found["documents"], found["outlets"]) == (4, 4)
    assert found["independent"] == 2  # AP, and the Norland Daily's own report
    assert found["copies"] == 3
    assert found["agencies"] == ["AP"]
    docs = {d["doc_id"]: d for d in story(store, story_id)["documents_list"]}
    assert docs["a"]["agency"] == docs["b"]["agency"] == "AP"
    assert docs["a"]["agency_mark"].startswith("dateline 'VELMORA, Norland (AP)")
    assert docs["b"]["agency_mark"].startswith("byline")
    assert docs["c"]["agency"] is None and docs["d"]["duplicate_of"] == "c"
    [merged] = merged_events(store, story_id=story_id)
    counts = ("num_mentions", "num_articles", "num_sources", "num_independent")
    assert tuple(merged[k] for k in counts) == (4, 4, 4, 2)


def test_the_story_command_names_the_agency(tmp_path: Path) -> None:
    path = tmp_path / "t.duckdb"
    with open_store(path) as opened:
        story_id = _story_of_four(opened)
    shown = CliRunner().invoke(main, ["stories", story_id, "--db", str(path)])
    assert shown.exit_code == 0, shown.output
    assert "4 documents, 4 outlets, 2 independent sources" in shown.output
    assert "AP copy: dateline 'VELMORA, Norland (AP)" in shown.output
    listed = CliRunner().invoke(main, ["stories", "--db", str(path), "--format", "csv"])
    assert listed.exit_code == 0, listed.output
    assert listed.output.splitlines()[0].split(",")[:5] == [
        "story_id", "first_published", "last_published", "documents", "articles",
    ]  # fmt: skip
    assert "independent" in listed.output.splitlines()[0]


def test_an_outlets_voice_leaves_out_the_copies_it_prints(store: Store) -> None:
    """Tone, loaded language and stance are the outlet's own reporting; copies are counted
    and named apart."""
    _story_of_four(store)
    profiles = {p["outlet"]: p for p in outlet_profiles(store)}
    agency_only, copier, own = (
        profiles["Harbour Times"], profiles["Valley Courier"], profiles["Norland Daily"],
    )  # fmt: skip
    assert (agency_only["documents"], agency_only["copies"]) == (1, 1)
    assert agency_only["copied_from"] == {"AP": 1}
    assert agency_only["tone"] is None and agency_only["stance"] == []
    assert agency_only["events"] == 1  # what it carried is still what it reported
    assert (copier["copies"], copier["copied_from"]) == (1, {"Norland Daily": 1})
    assert copier["stance"] == []
    assert (own["copies"], own["copied_from"]) == (0, {})
    assert own["tone"] is not None
    assert [(s["key"], s["events"]) for s in own["stance"]] == [("country:NOR", 1)]
