"""A state's institutions, parties and media as actors of their own; organisations that are
not states; news agencies credited in datelines (issue 14). Sentences written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus import Document, Pipeline
from tacitus.actors.dictionary import ActorDictionary, load_dictionary
from tacitus.errors import DataError

Found = dict[str, tuple[str | None, str | None, str | None]]


def actors(pipeline: Pipeline, text: str) -> Found:
    [result] = list(pipeline.run([Document("t", text)]))
    assert not isinstance(result, Exception)
    return {
        text[m.start : m.end]: (m.actor.actor_id, m.actor.country, m.actor.sector)
        for m in result.mentions  # type: ignore[union-attr]
    }


def actor_of(pipeline: Pipeline, text: str, mention: str) -> tuple[str | None, ...] | None:
    found = actors(pipeline, text)
    return next((v for k, v in found.items() if mention in k), None)


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # named agencies, departments, legislatures and courts: their own ids
        ("The FBI opened an inquiry into the leak.", "FBI", ("org:USA-FBI", "USA", "COP")),
        ("The CIA warned of new plots.", "CIA", ("org:USA-CIA", "USA", "SPY")),
        ("FBI agents searched the office.", "FBI", ("org:USA-FBI", "USA", "COP")),
        ("Two FBI officials briefed lawmakers.", "FBI", ("org:USA-FBI", "USA", "COP")),
        ("The Justice Dept. sued the city.", "Justice Dept.", ("org:USA-DOJ", "USA", "JUD")),
        ("The Department of Justice sued the city.", "Justice", ("org:USA-DOJ", "USA", "JUD")),
        ("The Pentagon denied the report.", "Pentagon", ("org:USA-DOD", "USA", "MIL")),
        ("The Home Office deported him.", "Home Office", ("org:GBR-HOME-OFFICE", "GBR", "COP")),
        ("The Duma passed the law.", "Duma", ("org:RUS-DUMA", "RUS", "LEG")),
        ("The Knesset dissolved itself.", "Knesset", ("org:ISR-KNESSET", "ISR", "LEG")),
        ("The FSB detained a journalist.", "FSB", ("org:RUS-FSB", "RUS", "SPY")),
        # a kind of institution with the country the text gives it
        ("Iraq's interior ministry banned the march.", "ministry", ("org:IRQ-MOI", "IRQ", "COP")),
        ("The Iraqi parliament voted.", "parliament", ("org:IRQ-PARLIAMENT", "IRQ", "LEG")),
        ("The parliament of Kenya met.", "parliament", ("org:KEN-PARLIAMENT", "KEN", "LEG")),
        ("The Ministry of Oil of Iraq signed it.", "Ministry", ("org:IRQ-MOO", "IRQ", "GOV")),
        (
            "The British interior ministry refused.",
            "ministry",
            ("org:GBR-HOME-OFFICE", "GBR", "COP"),
        ),
        ("The Chilean Senate approved it.", "Senate", ("org:CHL-SENATE", "CHL", "LEG")),
        # parties and media
        (
            "The Republican Party chose him.",
            "Republican",
            ("group:US-REPUBLICAN-PARTY", "USA", "PTY"),
        ),
        ("Likud won the vote.", "Likud", ("group:LIKUD", "ISR", "PTY")),
        ("Xinhua reported the visit.", "Xinhua", ("org:CHN-XINHUA", "CHN", "JRN")),
        ("The Associated Press reported it.", "Associated Press", ("org:USA-AP", "USA", "JRN")),
        # a state's organs stay the state's
        ("The US Army withdrew.", "US Army", ("country:USA", "USA", "MIL")),
        ("The U.S. Embassy in Cairo closed.", "Embassy", ("country:USA", "USA", "GOV")),
        # a demonym on an agent of that country that is none of its organs, as "Iraqi
        # civilians": the country and the agent's sector, not the state
        ("The Serbian Orthodox Church condemned it.", "Church", (None, "SRB", "REL")),
    ],
)
def test_institutions_are_actors_of_their_own(
    pipeline: Pipeline, text: str, mention: str, expected: tuple[str | None, ...]
) -> None:
    assert actor_of(pipeline, text, mention) == expected, actors(pipeline, text)


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # a country word inside an organisation's name does not make it the state
        ("Priorities USA spent millions on ads.", "Priorities USA", (None, "USA", None)),
        ("Team USA beat the hosts.", "Team USA", (None, "USA", None)),
        ("The Syrian Computer Society hacked it.", "Syrian Computer", (None, "SYR", None)),
        ("Bank of America lent the money.", "Bank of America", (None, "USA", None)),
        ("The Socialist Party of Serbia won.", "Serbia", (None, "SRB", None)),
        ("The South African Truth Commission met.", "Truth", (None, "ZAF", None)),
        ("The Friends of Syria group met.", "Friends of Syria", (None, None, None)),
        ("The Commission of Inquiry on Syria met.", "Inquiry on Syria", (None, None, None)),
        ("USA TODAY published the poll.", "USA TODAY", ("org:USA-USA-TODAY", "USA", "JRN")),
        ("Russia Today aired the interview.", "Russia Today", ("org:RUS-RT", "RUS", "JRN")),
    ],
)
def test_a_country_inside_an_organisation_name_is_not_the_state(
    pipeline: Pipeline, text: str, mention: str, expected: tuple[str | None, ...]
) -> None:
    found = actors(pipeline, text)
    assert next((v for k, v in found.items() if mention in k), None) == expected, found
    assert not any((v[0] or "").startswith("country:") for v in found.values())


def test_an_organisations_officials_are_not_the_state(pipeline: Pipeline) -> None:
    [result] = list(pipeline.run([Document("t", "Priorities USA officials met donors.")]))
    [mention] = [m for m in result.mentions if "Priorities" in m.actor.text]  # type: ignore[union-attr]
    assert mention.actor.name == "Priorities USA" and mention.actor.country == "USA"
    assert mention.actor.actor_id != "country:USA"


def test_an_organisation_that_is_not_a_state_says_why(pipeline: Pipeline) -> None:
    [result] = list(pipeline.run([Document("t", "Priorities USA spent millions on ads.")]))
    [mention] = result.mentions  # type: ignore[union-attr]
    assert mention.actor.name == "Priorities USA" and mention.actor.actor_id is None
    assert "the organisation's country, not the state" in mention.actor.reason


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # a country written on the name
        ("The French Senate rejected the reform.", "Senate", ("org:FRA-SENATE", "FRA", "LEG")),
        (
            "Pakistan's Supreme Court freed him.",
            "Supreme Court",
            ("org:PAK-SUPREME-COURT", "PAK", "JUD"),
        ),
        # the state the document names most
        (
            "Pakistan's army chief met the prime minister in Pakistan. The Supreme Court later "
            "barred the minister.",
            "The Supreme Court",
            ("org:PAK-SUPREME-COURT", "PAK", "JUD"),
        ),
        (
            "India's prime minister spoke in Delhi. Congress called the speech a betrayal of India.",
            "Congress",
            ("group:INC", "IND", "PTY"),
        ),
        (
            "Canada's prime minister faced a vote in Canada. The Conservatives voted against him.",
            "Conservatives",
            ("group:CAN-CONSERVATIVE", "CAN", "PTY"),
        ),
        # the usual reading when the document names no state that has one
        ("The Senate rejected the bill.", "Senate", ("org:USA-SENATE", "USA", "LEG")),
        ("Congress passed the budget.", "Congress", ("org:USA-CONGRESS", "USA", "LEG")),
        ("Labour won the by-election.", "Labour", ("group:UK-LABOUR-PARTY", "GBR", "PTY")),
        # no reading at all: the name stays, without a state
        ("Parliament approved the budget on Monday.", "Parliament", (None, None, "LEG")),
        # the states of its own sentence are its other sides, not its own
        ("The Senate condemned Mexico.", "Senate", ("org:USA-SENATE", "USA", "LEG")),
        ("Parliament sent aid to Israel.", "Parliament", (None, None, "LEG")),
        # a state that has no such body keeps its country, without an institution
        ("The Iraqi Congress met in Baghdad.", "Congress", (None, "IRQ", "LEG")),
        # a longer name the state opens is its own body (actors/national_bodies.py): a party
        ("The Iraqi National Congress met in London.", "Congress", (None, "IRQ", "PTY")),
        # a demonym on a shared name that is one entity with it: that state's body, not the
        # usual reading's
        ("The Kenyan Treasury froze the accounts.", "Treasury", (None, "KEN", "GOV")),
        (
            "The Iraqi National Security Council met on Monday.",
            "National Security Council",
            (None, "IRQ", "GOV"),
        ),
        (
            "The Philippine Department of Energy fined three power firms.",
            "Department of Energy",
            (None, "PHL", "GOV"),
        ),
        # US federal departments and regulators (institutions.yaml)
        (
            "The Energy Department fined the utility.",
            "Energy Department",
            ("org:USA-DOE", "USA", "GOV"),
        ),
        ("The EPA sued the refinery.", "EPA", ("org:USA-EPA", "USA", "GOV")),
        (
            "The Securities and Exchange Commission charged the banker.",
            "Securities and Exchange Commission",
            ("org:USA-SEC", "USA", "GOV"),
        ),
    ],
)
def test_names_several_states_share_are_decided_by_the_text(
    pipeline: Pipeline, text: str, mention: str, expected: tuple[str | None, ...]
) -> None:
    assert actor_of(pipeline, text, mention) == expected, actors(pipeline, text)


def test_spellings_of_one_institution_share_one_id(pipeline: Pipeline) -> None:
    text = (
        "The Justice Department opened a case. The Department of Justice said the U.S. Justice "
        "Department would not comment, and a DOJ spokesman agreed."
    )
    ids = {v[0] for v in actors(pipeline, text).values()}
    assert ids == {"org:USA-DOJ"}


@pytest.mark.parametrize(
    "text",
    [
        "WASHINGTON (AP) — Senators met on Monday.",
        "MOSCOW (Reuters) - Officials met on Monday.",
        "Officials met on Monday.\n\n[Reuters] [AP]",
        "Officials met on Monday. Photo: AFP",
    ],
)
def test_news_agencies_in_datelines_and_credits_are_no_actors(
    pipeline: Pipeline, text: str
) -> None:
    found = actors(pipeline, text)
    assert not any((v[0] or "").startswith(("org:USA-AP", "org:GBR-REUTERS", "org:FRA-AFP"))
                   for v in found.values()), found  # fmt: skip


def test_an_agency_that_reports_or_is_acted_on_is_an_actor(pipeline: Pipeline) -> None:
    events = pipeline.extract("Iran accused Reuters of spreading lies.")
    assert events and events[0].target is not None
    assert events[0].target.actor_id == "org:GBR-REUTERS"


def test_an_institution_and_its_state_are_two_sides(pipeline: Pipeline) -> None:
    events = pipeline.extract("The FBI accused the State Department of hiding the files.")
    assert [(e.source.actor_id, e.target.actor_id) for e in events if e.source and e.target] == [
        ("org:USA-FBI", "org:USA-DOS")
    ]


def test_user_files_add_institutions_and_shared_names(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "institutions:\n"
        "  - {kind: MOW, name: Water Ministry, sector: GOV, words: [water ministry]}\n"
        "actors:\n"
        "  - {id: org:IRQ-MOW, name: Iraqi Ministry of Water Resources, country: IRQ,\n"
        "     sector: GOV, kind: MOW, names: [Ministry of Water Resources]}\n"
        "  - {id: org:NZL-PARLIAMENT, name: New Zealand Parliament, country: NZL, sector: LEG,\n"
        "     kind: PARLIAMENT, shared_names: [House of Representatives]}\n"
    )
    dictionary = load_dictionary([extra])
    assert dictionary.by_kind[("IRQ", "MOW")].id == "org:IRQ-MOW"
    assert dictionary.institutions[("water", "ministry")].kind == "MOW"
    assert "NZL" in dictionary.shared["House of Representatives"].entries
    assert dictionary.shared["Senate"].default == "USA"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            "actors: [{id: group:X, name: X, country: IRQ, kind: MOI}]",
            "bad.yaml#1: 'kind' is only allowed on org: entries",
        ),
        (
            "actors: [{id: org:X, name: X, country: IRQ, kind: interior}]",
            "bad.yaml#1: 'kind' must be upper case letters, digits and hyphens",
        ),
        (
            "actors: [{id: org:X, name: X, shared_names: [Senate]}]",
            "bad.yaml#1: an entry with 'kind' or 'shared_names' needs a 'country'",
        ),
        (
            "actors: [{id: country:X, name: X, country: X, shared_names: [Senate]}]",
            "bad.yaml#1: 'shared_names' are only allowed on org: and group: entries",
        ),
        (
            "institutions: [{kind: MOX, name: X, colour: red}]",
            "bad.yaml institutions#1: unknown keys ['colour']",
        ),
        ("institutions: [{kind: MOX}]", "bad.yaml institutions#1: missing or empty 'name'"),
    ],
)
def test_malformed_institution_entries(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content)
    with pytest.raises(DataError) as info:
        ActorDictionary().add_file(path)
    assert message in str(info.value)
