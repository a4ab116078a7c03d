"""The people of older wire news (states_historic_regions.yaml, about 1985-2008): dated
offices give the side's country and sector, the date picks among people of one surname, a
rebel's or opposition leader's office never answers a state's title, and the common words
and places some surnames share stay what they are. Sentences written for these tests."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from tacitus import Pipeline
from tacitus.actors.dictionary import load_dictionary
from tacitus.actors.people_index import STATE_POSTS
from tacitus.actors.titles import office_roles
from tacitus.records import Actor

FILE = "states_historic_regions.yaml"


def actors(
    pipeline: Pipeline, text: str, published: str | None, as_of: str | None = None
) -> list[tuple[str, Actor]]:
    analyzer = pipeline.analyzer
    doc = analyzer.nlp(text)
    hits = analyzer.resolver.resolve(doc, published, as_of)
    return sorted(((doc[h.anchor].text, h.actor) for hs in hits.values() for h in hs),
                  key=lambda p: p[0])  # fmt: skip


def person(pipeline: Pipeline, text: str, published: str | None, anchor: str) -> Actor:
    found = [a for t, a in actors(pipeline, text, published) if t == anchor]
    assert found, f"no actor at {anchor!r} in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("published", "text", "anchor", "expected"),
    [
        ("1996-01-10", "Russian Defence Minister Pavel Grachev flew to Grozny on Wednesday.",
         "Grachev", ("person:pavel-grachev", "RUS", "MIL")),
        ("1995-03-02", "Foday Sankoh's fighters attacked a diamond town in the east.",
         "Sankoh", ("person:foday-sankoh", "SLE", "REB")),
        ("1993-08-16", "Mohamed Farrah Aidid refused to hand over his heavy weapons.",
         "Aidid", ("person:mohamed-farrah-aidid", "SOM", "REB")),
        ("1991-10-02", "Raoul Cedras said the army had taken power to restore order.",
         "Cedras", ("person:raoul-cedras", "HTI", "MIL")),
        ("1997-11-20", "Necmettin Erbakan accused the generals of plotting against him.",
         "Erbakan", ("person:necmettin-erbakan", "TUR", None)),  # no office then: nationality
        ("1988-05-04", "Rauf Denktash rejected the proposal of the Greek Cypriot side.",
         "Denktash", ("person:rauf-denktash", "CYP", "GOV")),
        ("1989-05-20", "Zhao Ziyang visited hunger strikers in the square at dawn.",
         "Ziyang", ("person:zhao-ziyang", "CHN", "GOV")),
        ("2004-06-01", "Sistani called for elections before the end of the year.",
         "Sistani", ("person:ali-al-sistani", "IRQ", "REL")),
        ("2005-06-01", "Thaksin flew to the southern provinces after the attacks.",
         "Thaksin", ("person:thaksin-shinawatra", "THA", "GOV")),
        ("2004-04-01", "Abdel Aziz al-Rantisi vowed that Hamas would avenge the killing.",
         "Rantisi", ("person:abdel-aziz-al-rantisi", "PSE", "REB")),
    ],
)  # fmt: skip
def test_dated_people_get_the_office_held_then(
    pipeline: Pipeline, published: str, text: str, anchor: str, expected: tuple[str, ...]
) -> None:
    actor = person(pipeline, text, published, anchor)
    assert (actor.actor_id, actor.country, actor.sector) == expected
    assert FILE in actor.reason


def test_an_office_ended_before_the_date_gives_the_nationality(pipeline: Pipeline) -> None:
    actor = person(pipeline, "Mobutu Sese Seko died in exile in Morocco.", "1997-09-08", "Seko")
    assert (actor.actor_id, actor.country, actor.sector) == ("person:mobutu-sese-seko", "COD", None)
    assert "no office on 1997-09-08 (last: President of COD" in actor.reason


def test_undated_text_takes_the_last_office(pipeline: Pipeline) -> None:
    [(_, sankoh)] = [
        p
        for p in actors(pipeline, "Foday Sankoh signed the accord in Lome.", None, "2025-01-01")
        if p[0] == "Sankoh"
    ]
    assert (sankoh.actor_id, sankoh.country, sankoh.sector) == ("person:foday-sankoh", "SLE", "REB")
    assert "undated text: the last, Leader of the Revolutionary United Front" in sankoh.reason


@pytest.mark.parametrize(
    ("text", "early", "late"),
    [
        ("Papandreou said Greece was ready to talk.",
         ("1987-03-03", "person:andreas-papandreou"), ("2010-03-03", "person:george-papandreou")),
        ("Aidid said his men would not disarm.",
         ("1993-08-16", "person:mohamed-farrah-aidid"),
         ("2001-03-01", "person:hussein-mohamed-farrah-aidid")),
        ("Kadyrov said the republic was calm.",
         ("2002-01-10", "person:akhmad-kadyrov"), ("2010-01-10", "person:ramzan-kadyrov")),
        ("President Marcos ordered the army into the province.",
         ("1985-01-10", "person:ferdinand-marcos"), ("2023-01-10", "person:bongbong-marcos")),
        ("Arias called on both sides to lay down their arms.",
         ("1990-02-02", "person:oscar-arias"), ("2020-02-02", "person:fernando-arias")),
        ("Zia said the country would not sign the treaty.",
         ("1985-06-01", "person:muhammad-zia-ul-haq"), ("1993-06-01", "person:khaleda-zia")),
        ("Tshisekedi said the opposition would take part.",
         ("1992-02-02", "person:etienne-tshisekedi"), ("2020-02-02", "person:felix-tshisekedi")),
    ],
)  # fmt: skip
def test_the_date_picks_among_people_of_one_surname(
    pipeline: Pipeline, text: str, early: tuple[str, str], late: tuple[str, str]
) -> None:
    anchor = text.split()[1] if text.startswith("President") else text.split()[0]
    for published, expected in (early, late):
        assert person(pipeline, text, published, anchor).actor_id == expected, published


def test_titles_name_the_holder_of_the_day(pipeline: Pipeline) -> None:
    text = "The Cypriot president met the Greek prime minister in Athens."
    found = {t: a for t, a in actors(pipeline, text, "1995-06-01")}
    assert found["president"].actor_id == "person:glafcos-clerides"
    assert found["minister"].actor_id == "person:andreas-papandreou"
    leader = person(pipeline, "The Sudanese leader said the war would end.", "1995-06-01", "leader")
    assert leader.actor_id == "person:omar-al-bashir"  # not the rebel chairman John Garang


def test_a_breakaway_entity_head_is_not_the_state_president(pipeline: Pipeline) -> None:
    """The head of Republika Srpska (or of Puntland, or the Chechen separatists) is not "the
    Bosnian president": the title names the state's own holder."""
    text = "The Bosnian president met Radovan Karadzic in Geneva."
    found = {t: a for t, a in actors(pipeline, text, "1994-06-01")}
    assert found["president"].actor_id == "person:alija-izetbegovic"
    assert found["Karadzic"].actor_id == "person:radovan-karadzic"
    russian = person(pipeline, "The Russian president flew to Grozny.", "1995-06-01", "president")
    assert russian.actor_id == "person:boris-yeltsin"


def test_rebel_and_opposition_offices_never_answer_a_state_title() -> None:
    """Such an office either belongs to a group (org: "Hamas's leader") or has a title whose
    roles are none of a state's single-holder posts ("the Sudanese leader")."""
    data = yaml.safe_load(
        resources.files("tacitus").joinpath(f"data/people/{FILE}").read_text("utf-8")
    )
    ids = {a["id"] for a in data["actors"]}
    dictionary = load_dictionary()
    for actor_id in ids:
        for office in dictionary.entries[actor_id].offices:
            if office.org is None and office.sector in ("REB", "OPP", "PRM", "CRM"):
                assert not office_roles(office) & STATE_POSTS, (actor_id, office.title)


@pytest.mark.parametrize(
    ("published", "text", "word"),
    [
        ("2000-04-16", "Pot smoking is legal in several states, the governor said.", "Pot"),
        ("2020-05-01", "The court overturned Roe v. Wade, the senator said.", "Wade"),
        ("2004-12-28", "Aid arrived in Banda Aceh on Tuesday, officials said.", "Banda"),
        ("2004-12-28", "Police in Toledo arrested two men on Monday.", "Toledo"),
        ("2001-06-01", "Chandra Levy disappeared in Washington. Levy was last seen in May.", "Levy"),
    ],
)  # fmt: skip
def test_a_surname_alone_does_not_take_a_common_word_or_another_person(
    pipeline: Pipeline, published: str, text: str, word: str
) -> None:
    ids = {a.actor_id for _, a in actors(pipeline, text, published)}
    assert not ids & {
        "person:pol-pot", "person:abdoulaye-wade", "person:hastings-banda",
        "person:alejandro-toledo", "person:david-levy",
    }, word  # fmt: skip


def test_no_person_of_the_file_is_listed_twice() -> None:
    data = yaml.safe_load(
        resources.files("tacitus").joinpath(f"data/people/{FILE}").read_text("utf-8")
    )
    names = [n for a in data["actors"] for n in [a["name"], *(a.get("names") or [])]]
    assert len(names) == len(set(names))
    assert len(data["actors"]) >= 300


def test_later_peoples_earlier_offices_are_dated_too(pipeline: Pipeline) -> None:
    """People listed in the later files keep their offices of the 1990s and 2000s."""
    gul = person(pipeline, "Abdullah Gul flew to Brussels for the talks.", "2005-10-03", "Gul")
    assert (gul.country, gul.sector) == ("TUR", "GOV")
    assert "Minister of Foreign Affairs of TUR" in gul.reason
    found = {t: a for t, a in actors(pipeline, "The Egyptian foreign minister met the Israeli army chief.", "1993-09-01")}  # fmt: skip
    assert found["minister"].actor_id == "person:amr-moussa"
    assert found["chief"].actor_id == "person:ehud-barak"
