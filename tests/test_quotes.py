"""Quotes: quotation marks, each form of direct and indirect speech, speakers, offsets, the
reporter of events inside quotes, the ``quotes`` command and the gold set's evaluation.

The texts are written for these tests; the gold set is ``data/quotes_gold.jsonl``.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tacitus import Document, Pipeline, Quote
from tacitus.cli import main
from tacitus.evaluate import read_gold, run_eval
from tacitus.quotes.marks import marked_spans

GOLD = Path(__file__).parent / "data" / "quotes_gold.jsonl"


def quotes_of(pipeline: Pipeline, text: str) -> list[Quote]:
    [result] = list(pipeline.run([Document(doc_id="t", text=text)]))
    assert not isinstance(result, Document) and hasattr(result, "quotes"), result
    for quote in result.quotes:
        assert text[quote.start : quote.end] == quote.text  # offsets into the document
    return result.quotes


def spoken(quotes: list[Quote]) -> list[tuple[str, bool, str | None, str | None]]:
    return [
        (q.text, q.direct, q.speaker.text if q.speaker else None, q.speaker and q.speaker.country)
        for q in quotes
    ]


# -- quotation marks (no model) ---------------------------------------------------------------


def marks(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.how) for s in marked_spans(text)]


def test_marks_straight_curly_and_apostrophes() -> None:
    text = "Russia's envoy said: \"We won't leave.\" Iran’s reply: “No deal,” he said."
    assert marks(text) == [("We won't leave.", "marks"), ("No deal,", "marks")]


def test_marks_single_quotes_outside_double_only() -> None:
    text = "He called it 'a major step' and said \"they told us 'wait' again\"."
    assert marks(text) == [("a major step", "marks"), ("they told us 'wait' again", "marks")]


def test_marks_over_paragraphs_and_unclosed() -> None:
    text = '"First paragraph.\n\n"Second paragraph," she said.\n\n"Never closed.\n\nNarrative.'
    assert marks(text) == [
        ('First paragraph.\n\n"Second paragraph,', "continued"),
        ("Never closed.", "unclosed"),
    ]


def test_marks_continuation_without_opening_mark() -> None:
    text = '"Taking this step would help.\n\nWe suggest joint action."\n\nOther text.'
    assert marks(text) == [
        ("Taking this step would help.\n\nWe suggest joint action.", "continued")
    ]


def test_marks_colon_line_break_missing_opening_mark() -> None:
    text = "The spokesman stated:\n\nWe remain committed. We will stay.”\n\nMore."
    assert marks(text) == [("We remain committed. We will stay.", "no opening mark")]
    block = "The spokesman stated:\n\nWe remain committed.\n\nMore."
    assert marks(block) == [("We remain committed.", "block")]


def test_marks_scan_handles_long_documents() -> None:
    # correctness on a long input; speed is measured in benchmarks/bench_quotes.py, not here
    unit = 'He said "yes" and she said "no, it is not so".\n' * 20
    assert len(marked_spans(unit * 200)) == 2 * 20 * 200


# -- direct quotes ----------------------------------------------------------------------------


def test_direct_quote_with_cue_after_and_title_speaker(pipeline: Pipeline) -> None:
    quotes = quotes_of(
        pipeline, '"We will not accept unilateral steps on the dam," the Egyptian minister said.'
    )
    assert spoken(quotes) == [
        ("We will not accept unilateral steps on the dam", True, "the Egyptian minister", "EGY")
    ]
    assert quotes[0].cue == "said"


def test_split_quote_continues_through_any_verb(pipeline: Pipeline) -> None:
    text = (
        '"The ceasefire is holding," the Lebanese prime minister told reporters. "But Israel '
        'violates our airspace every day," he continued, "and the world must act."'
    )
    quotes = quotes_of(pipeline, text)
    assert [q.text for q in quotes] == [
        "The ceasefire is holding",
        "But Israel violates our airspace every day",
        "and the world must act.",
    ]
    assert {q.speaker.country for q in quotes if q.speaker} == {"LBN"} and len(quotes) == 3


def test_split_quote_gives_two_quotes_with_one_speaker(pipeline: Pipeline) -> None:
    text = (
        "“The sanctions have failed,” the British foreign secretary said, “and we will "
        "now look at further measures.”"
    )
    assert spoken(quotes_of(pipeline, text)) == [
        ("The sanctions have failed", True, "the British foreign secretary", "GBR"),
        ("and we will now look at further measures.", True, "the British foreign secretary", "GBR"),
    ]


def test_quote_over_paragraphs(pipeline: Pipeline) -> None:
    text = (
        "Japan's defence minister spoke in Tokyo on Friday.\n\n"
        '"This launch is a grave threat to the region.\n\n'
        '"We have lodged a strong protest with Pyongyang," the minister said.'
    )
    [quote] = quotes_of(pipeline, text)
    assert quote.text.startswith("This launch") and quote.text.endswith("with Pyongyang")
    assert quote.speaker is not None and quote.speaker.country == "JPN"


def test_scare_quotes_are_not_statements_but_long_fragments_are(pipeline: Pipeline) -> None:
    text = (
        'Officials dismissed the "media campaign". The Chinese defence ministry said its '
        'troops had acted "in a restrained and professional manner".'
    )
    [quote] = quotes_of(pipeline, text)
    assert quote.direct is False  # the fragment is part of the reported clause
    assert quote.text == 'its troops had acted "in a restrained and professional manner"'
    assert quote.speaker is not None and quote.speaker.country == "CHN"


def test_short_quote_framed_as_a_statement(pipeline: Pipeline) -> None:
    assert spoken(quotes_of(pipeline, '"Never," the Iranian minister said.')) == [
        ("Never", True, "the Iranian minister", "IRN")
    ]


def test_colon_and_line_break_with_missing_opening_mark(pipeline: Pipeline) -> None:
    text = (
        "In Kabul, a Pakistani army spokesman stated:\n\n"
        "Pakistan will respond with full force to any violation of its sovereignty.”\n\n"
        "Kabul did not reply."
    )
    [quote] = quotes_of(pipeline, text)
    assert quote.direct and quote.cue == "stated"
    assert quote.text.endswith("its sovereignty.")
    assert quote.speaker is not None and quote.speaker.country == "PAK"


def test_colon_intro_without_reporting_verb(pipeline: Pipeline) -> None:
    text = (
        "The Turkish foreign minister took a different tone:\n\n"
        "All of these efforts must be coordinated with Ankara.”"
    )
    [quote] = quotes_of(pipeline, text)
    assert quote.cue == ":" and quote.speaker is not None and quote.speaker.country == "TUR"


def test_unframed_quote_continues_the_statement_before(pipeline: Pipeline) -> None:
    text = (
        "French President Emmanuel Macron told the conference that Europe needed its own "
        'defence.\n\n"We cannot depend on others for our security. Europe must act."'
    )
    indirect, direct = quotes_of(pipeline, text)
    assert (indirect.direct, direct.direct, direct.cue) == (False, True, None)
    assert direct.speaker is not None and direct.speaker.name == "Emmanuel Macron"
    assert "statement before" in direct.speaker.reason


# -- indirect speech --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "cue", "country"),
    [
        (
            "Russian Foreign Minister Sergei Lavrov said that the talks had reached a dead end.",
            "the talks had reached a dead end",
            "said",
            "RUS",
        ),
        (
            "A senior Iraqi official told reporters the government was negotiating a withdrawal.",
            "the government was negotiating a withdrawal",
            "told",
            "IRQ",
        ),
        (
            "According to Turkish officials, Ankara has sent reinforcements to Idlib.",
            "Ankara has sent reinforcements to Idlib",
            "according to",
            "TUR",
        ),
        (
            "In a statement, the Saudi foreign ministry condemned the attack on the tanker.",
            "condemned the attack on the tanker",
            "in a statement",
            "SAU",
        ),
        (
            "Israeli jets struck depots near Damascus overnight, Syrian military sources said.",
            "Israeli jets struck depots near Damascus overnight",
            "said",
            "SYR",
        ),
        (
            "The Iranian foreign ministry denied that the programme had a military purpose.",
            "the programme had a military purpose",
            "denied",
            "IRN",
        ),
        (
            "The Chinese ambassador warned that Beijing would respond to any provocation.",
            "Beijing would respond to any provocation",
            "warned",
            "CHN",
        ),
    ],
)
def test_indirect_speech(
    pipeline: Pipeline, text: str, content: str, cue: str, country: str
) -> None:
    [quote] = quotes_of(pipeline, text)
    assert (quote.text, quote.direct, quote.cue) == (content, False, cue)
    assert quote.speaker is not None and quote.speaker.country == country


def test_noted_and_emphasized_adding_that(pipeline: Pipeline) -> None:
    text = (
        "The Egyptian president noted that the crossing was open, and emphasized that aid "
        "would flow. He spoke in Cairo, adding that Egypt would host talks."
    )
    quotes = quotes_of(pipeline, text)
    assert [(q.cue, q.text) for q in quotes] == [
        ("noted", "the crossing was open"),
        ("emphasized", "aid would flow"),
        ("adding", "Egypt would host talks"),
    ]
    assert {q.speaker.country for q in quotes if q.speaker} == {"EGY"}


def test_no_statement_without_a_speaker_or_in_the_authors_voice(pipeline: Pipeline) -> None:
    text = (
        'The film "Letters from the Front" opened in Kyiv. The so-called "peace plan" stalled. '
        "We doubt that the plan will work. It is said that talks failed. An airfield called "
        '"Q-West" was hit.'
    )
    assert quotes_of(pipeline, text) == []


def test_short_quote_taken_by_a_reporting_verb(pipeline: Pipeline) -> None:
    text = 'Azerbaijan\'s foreign ministry called the remarks "provocative and irresponsible".'
    assert spoken(quotes_of(pipeline, text)) == [
        ("provocative and irresponsible", True, "Azerbaijan's foreign ministry", "AZE")
    ]


# -- speakers ---------------------------------------------------------------------------------


def test_pronoun_speaker_is_the_nearest_earlier_subject(pipeline: Pipeline) -> None:
    text = (
        "Egypt's foreign minister, Sameh Shoukry, met Sudanese officials in Khartoum. "
        "He said Cairo would keep working with Khartoum."
    )
    [quote] = quotes_of(pipeline, text)
    assert quote.speaker is not None
    assert (quote.speaker.name, quote.speaker.country) == ("Sameh Shoukry", "EGY")
    assert "pronoun 'He'" in quote.speaker.reason


def test_pronoun_skips_actors_inside_the_quote(pipeline: Pipeline) -> None:
    text = (
        "Iran's adviser Ali Akbar Velayati spoke on Sunday. "
        '"Emmanuel Macron is behaving like a servant of Washington," he said.'
    )
    [quote] = quotes_of(pipeline, text)
    assert quote.speaker is not None and quote.speaker.name == "Ali Akbar Velayati"


def test_name_and_title_take_the_earlier_full_mention(pipeline: Pipeline) -> None:
    text = (
        "Russian Foreign Minister Sergei Lavrov arrived in Ankara on Monday. "
        '"We coordinate our efforts against terrorism," Lavrov said. '
        "The Saudi foreign ministry issued a reply. The ministry said the kingdom was ready."
    )
    lavrov, ministry = quotes_of(pipeline, text)
    assert lavrov.speaker is not None and lavrov.speaker.country == "RUS"
    assert ministry.speaker is not None
    assert (ministry.speaker.text, ministry.speaker.country) == (
        "The Saudi foreign ministry",
        "SAU",
    )


def test_statement_issuer_is_the_speaker(pipeline: Pipeline) -> None:
    text = (
        "Iraqi Joint Operations Command issued a statement which read: "
        "“The countries will cooperate in collecting information.”"
    )
    [quote] = quotes_of(pipeline, text)
    assert quote.speaker is not None and quote.speaker.text == "Iraqi Joint Operations Command"
    assert quote.speaker.country == "IRQ"


def test_unresolved_speaker_stays_visible_as_text(pipeline: Pipeline) -> None:
    [quote] = quotes_of(pipeline, "Observers said the building collapsed after the blast.")
    assert quote.speaker is not None
    assert (quote.speaker.text, quote.speaker.country, quote.speaker.actor_id) == (
        "Observers",
        None,
        None,
    )
    assert quote.speaker.reason == "speaker not resolved to an actor yet"


# -- events inside quotes ---------------------------------------------------------------------


def test_events_inside_a_quote_are_reported_by_its_speaker(pipeline: Pipeline) -> None:
    text = (
        "Iran's adviser Ali Akbar Velayati spoke on Sunday. "
        '"France has threatened Iran with sanctions," the Iranian adviser said. '
        '"We will impose sanctions on France," the Iranian foreign minister added.'
    )
    events = pipeline.extract(text)
    threat = next(e for e in events if e.source and e.source.country == "FRA")
    assert threat.reported_by is not None
    assert (threat.reported_by.text, threat.reported_by.country) == ("the Iranian adviser", "IRN")
    [sanction] = [e for e in events if e.event_type == "SANCTION"]
    assert sanction.source is not None and sanction.source.country == "IRN"  # "we": the speaker
    assert sanction.reported_by is not None
    assert sanction.reported_by.text == "the Iranian foreign minister"


def test_events_outside_quotes_keep_their_own_reporter(pipeline: Pipeline) -> None:
    [event] = pipeline.extract("Chile praised Argentina.")
    assert event.reported_by is None


# -- the command ------------------------------------------------------------------------------


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


TEXT = '"We will never give up," the Ukrainian president said. Kyiv was calm.'


def test_quotes_command_formats(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT)
    code, out, err = run("quotes", str(path))
    assert code == 0
    [record] = [json.loads(line) for line in out.splitlines()]
    assert record["doc_id"] == str(path) and record["direct"] is True  # the path as given
    assert TEXT[record["start"] : record["end"]] == record["text"] == "We will never give up"
    assert record["speaker"]["country"] == "UKR"
    assert err.startswith("tacitus: 1 documents, 1 quotes, 0 failed (")
    code, out, _ = run("quotes", str(path), "--format", "csv", "-q")
    [row] = list(csv.DictReader(io.StringIO(out)))
    assert (row["cue"], row["speaker.country"], row["text"]) == (
        "said",
        "UKR",
        "We will never give up",
    )
    code, out, _ = run("quotes", "-", "--format", "table", "-q", input=TEXT)
    lines = out.splitlines()
    assert lines[0].split() == ["doc_id", "speaker", "kind", "cue", "text"]
    assert "the Ukrainian president (UKR GOV)" in lines[2] and "direct" in lines[2]


def test_quotes_command_errors_and_exit_codes(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(TEXT)
    code, out, err = run("quotes", str(tmp_path / "missing.txt"), str(good))
    assert code == 1 and len(out.splitlines()) == 1
    assert f"error: {tmp_path / 'missing.txt'}: no such file or directory" in err
    assert "tacitus: 1 documents, 1 quotes, 1 failed" in err
    missing = tmp_path / "none.duckdb"
    code, _, err = run("quotes", "--db", str(missing))  # no inputs: query a store
    assert code == 2 and err.startswith(f"Error: no store at {missing}")
    code, _, err = run("quotes", "-", "--format", "xml", input=TEXT)
    assert code == 2 and "'xml' is not one of 'jsonl', 'csv', 'table'" in err
    code, _, err = run("quotes", "-", "--actors", str(tmp_path / "nope.yaml"), input=TEXT)
    assert code == 2 and err.strip() == f"Error: actor file not found: {tmp_path / 'nope.yaml'}"


# -- the gold set -----------------------------------------------------------------------------


def test_a_speaker_is_never_someone_mentioned_in_what_was_said(pipeline: Pipeline) -> None:
    text = (
        "Michael Flynn spoke to reporters on Monday. According to Flynn, Putin wanted better "
        'relations with Washington. "Russia is not our enemy," he said.'
    )
    quotes = quotes_of(pipeline, text)
    speakers = {q.text: q.speaker for q in quotes}
    said = speakers["Russia is not our enemy"]
    assert said is not None and said.actor_id == "person:michael-flynn"  # not Putin
    assert "an earlier speaker" in said.reason


def test_a_pronoun_speaker_follows_the_pronouns_before_it(pipeline: Pipeline) -> None:
    text = (
        "Michael Flynn has long praised Russia. He sat next to Vladimir Putin at a dinner in "
        'Moscow.\n\n"We should work with Russia against terrorism," he said in an interview.'
    )
    [quote] = quotes_of(pipeline, text)
    assert quote.speaker is not None and quote.speaker.actor_id == "person:michael-flynn"


def test_family_members_speak_for_themselves(pipeline: Pipeline) -> None:
    text = (
        "Donald Trump spoke in Florida on Monday. Melania Trump and Donald Trump Jr. spoke "
        'in Ohio. "We love this state," Mrs. Trump said. Trump Jr. said the polls were wrong.'
    )
    speakers = {q.text: q.speaker for q in quotes_of(pipeline, text)}
    assert {k: s.actor_id if s else None for k, s in speakers.items()} == {
        "We love this state": "person:melania-trump",
        "the polls were wrong": "person:donald-trump-jr",
    }


def test_gold_offsets_are_exact() -> None:
    for row in read_gold(GOLD):
        for quote in row["gold"]["quotes"]:
            assert row["text"][quote["start"] : quote["end"]] == quote["text"], row["id"]


def test_gold_set_gate(pipeline: Pipeline) -> None:
    """Floors pinned a little under the measured figures (benchmarks/results/quotes.md)."""
    metrics = run_eval("quotes", GOLD, pipeline).metrics
    assert metrics["precision"] >= 0.95 and metrics["recall"] >= 0.95, metrics
    assert metrics["speaker_accuracy"] >= 0.95, metrics
    assert metrics["country_accuracy"] >= 0.85, metrics


def test_quotes_of_a_store(tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text(TEXT)
    db = str(tmp_path / "s.duckdb")
    assert run("ingest", str(source), "--db", db, "-q")[0] == 0
    code, out, _ = run("quotes", "--db", db, "--format", "jsonl")
    stored = [json.loads(line) for line in out.splitlines()]
    code2, fresh, _ = run("quotes", str(source), "-q")
    assert code == code2 == 0
    assert stored == [json.loads(line) for line in fresh.splitlines()]
    assert stored  # the sample text has quotes
