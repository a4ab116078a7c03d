"""The shipped people data: every state's four posts covered at the data's cut-off (or an
explicit gap with its reason), no two holders of one post at once, one id per person, and
every file with its cut-off stated. No model needed."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import Counter, defaultdict
from importlib import resources

import pytest
import yaml

from tacitus.actors.dictionary import ActorEntry, Office, load_dictionary
from tacitus.actors.titles import office_roles

POSTS = ("head of state", "head of government", "foreign minister", "defence minister")

REALM = (
    "Commonwealth realm: the head of state is King Charles III, recorded once as King of the "
    "United Kingdom (a governor-general represents him)"
)
NO_FORCES = "no armed forces of its own (police or another state's defence): no defence minister"
UNKNOWN = "holder not known to the data's author with confidence (written from memory)"

# posts not recorded, and why (docs/people.md); a post filled later must leave this list
GAPS: dict[tuple[str, str], str] = {
    **{(iso3, "head of state"): REALM for iso3 in (
        "ATG", "AUS", "BHS", "BLZ", "CAN", "GRD", "JAM", "KNA", "LCA", "NZL", "PNG", "SLB",
        "TUV", "VCT")},
    **{(iso3, "defence minister"): NO_FORCES for iso3 in (
        "AND", "CRI", "DMA", "FSM", "GRD", "ISL", "KIR", "LCA", "LIE", "MCO", "MHL", "NRU", "PAN",
        "PLW", "SLB", "SMR", "TUV", "VAT", "VCT", "WSM")},
    **{(iso3, "defence minister"): UNKNOWN for iso3 in (
        "AGO", "ATG", "BLZ", "BRB", "BWA", "COM", "DJI", "FJI", "GIN", "GNB", "GNQ", "HTI", "JAM", "KGZ",
        "KNA", "LBR", "LSO", "MDG", "MMR", "MWI", "NAM", "NIC", "PER", "SDN", "SLE", "SSD", "STP",
        "SUR", "SWZ", "SYC", "TCD", "TGO", "TON", "TTO", "TZA", "VUT")},
    **{(iso3, "foreign minister"): UNKNOWN for iso3 in (
        "BLZ", "COM", "DMA", "FSM", "GNB", "GNQ", "NRU", "SDN", "SSD", "STP", "SUR", "TON", "VCT",
        "VUT")},
    ("AND", "head of state"): "two co-princes ex officio (the French president and the Bishop of "
    "Urgell): not recorded as Andorran offices",
    ("SMR", "head of state"): "two captains regent, elected for six months: not recorded",
    ("SMR", "head of government"): "no head of government: the Secretary of State for Foreign "
    "Affairs acts as one and is recorded as foreign minister",
    ("BIH", "head of state"): "a three-member presidency whose chair rotates every eight months: "
    "not recorded",
    ("BHS", "defence minister"): "no defence ministry: the defence force is under the minister "
    "of national security (not recorded)",
    ("BTN", "defence minister"): "no defence ministry: the Royal Bhutan Army is under the King",
    ("ERI", "defence minister"): "vacant or unannounced since 2014",
    ("GUY", "defence minister"): "no defence minister: the president heads the Defence Board",
    ("PSE", "defence minister"): "the Palestinian Authority has no defence ministry",
}  # fmt: skip

# posts with two holders at once, and why (every other post has one holder at a time)
OVERLAPS: dict[tuple[str, str], str] = {
    ("YEM", "head of state"): "rival authorities: the Houthis' Supreme Political Council and the "
    "internationally recognised presidency",
    ("NIC", "head of state"): "two co-presidents since the constitutional reform of 2025",
    ("AFG", "head of government"): "the power-sharing chief executive of 2014-2020",
    ("CIV", "head of state"): "the disputed presidency of 2010-2011",
    ("LBY", "head of state"): "the rival National Transitional Council of 2011",
}


def _people_files() -> list[tuple[str, str]]:
    folder = resources.files("tacitus").joinpath("data/people")
    return sorted(
        (r.name, r.read_text("utf-8")) for r in folder.iterdir() if r.name.endswith(".yaml")
    )


def _terms() -> dict[tuple[str, str], list[tuple[Office, ActorEntry]]]:
    dictionary = load_dictionary()
    states = {e.country for e in dictionary.entries.values() if e.id.startswith("country:")}
    terms: dict[tuple[str, str], list[tuple[Office, ActorEntry]]] = defaultdict(list)
    for entry in dictionary.entries.values():
        for office in entry.offices:
            roles = office_roles(office)
            for post in POSTS:
                if post in roles and office.country in states:
                    terms[(office.country, post)].append((office, entry))
    return terms


def test_every_file_states_its_cutoff() -> None:
    for name, text in _people_files():
        data = yaml.safe_load(text)
        assert isinstance(data.get("cutoff"), dt.date), f"{name}: no cutoff"
        header = "".join(line for line in text.splitlines(keepends=True)[:20])
        assert f"Cut-off: {data['cutoff'].isoformat()}." in header, f"{name}: header cut-off"


def test_ids_are_unique_across_files() -> None:
    ids = Counter(
        m.group(1)
        for _, text in _people_files()
        for m in re.finditer(r"^  - id: (\S+)$", text, re.M)
    )
    assert not [i for i, n in ids.items() if n > 1]
    assert all(i.startswith("person:") for i in ids)


def test_dates_parse_and_terms_are_ordered() -> None:
    dictionary = load_dictionary()  # raises DataError on an unreadable date or end < start
    people = [e for e in dictionary.entries.values() if e.id.startswith("person:")]
    assert len(people) > 900
    for entry in people:
        assert entry.cutoff is not None, entry.id
        assert entry.gender in ("f", "m"), entry.id
        for office in entry.offices:
            assert office.start <= (office.end or office.start), entry.id


def test_every_state_has_its_four_posts_or_a_listed_gap() -> None:
    """A post is covered when someone holds it on the cut-off of the file they are in."""
    terms = _terms()
    dictionary = load_dictionary()
    states = {e.country for e in dictionary.entries.values() if e.id.startswith("country:")}
    assert len(states) == 197  # the 193 UN members, Palestine, the Holy See, Kosovo, Taiwan
    uncovered = {
        (state, post)
        for state in states
        for post in POSTS
        if not any(
            entry.cutoff is not None and office.held_on(entry.cutoff)
            for office, entry in terms.get((state, post), [])
        )
    }
    assert uncovered - set(GAPS) == set(), "posts with no holder and no listed gap"
    assert set(GAPS) - uncovered == set(), "listed gaps that are now covered: remove them"
    covered = len(states) * len(POSTS) - len(uncovered)
    assert covered >= 690  # 695 when written


@pytest.mark.parametrize("post", POSTS)
def test_one_holder_at_a_time(post: str) -> None:
    overlaps = []
    for (state, name), found in _terms().items():
        if name != post or (state, post) in OVERLAPS:
            continue
        found.sort(key=lambda t: t[0].start)
        for (a, who_a), (b, who_b) in itertools.pairwise(found):
            if a.end is None or b.start < a.end:
                overlaps.append((state, who_a.id, a.start, who_b.id, b.start))
    assert overlaps == []
