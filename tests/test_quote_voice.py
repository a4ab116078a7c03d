"""First-person speakers of statements, press releases and transcripts (quotes/voice.py,
issue 13): "we" and "I" outside quotes are the issuing body or the speaker a line names, and
nobody when neither is evident. Sentences written for these tests."""

from __future__ import annotations

from tacitus import Document, Pipeline
from tacitus.records import Event


def _sides(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.name or e.source.text if e.source else None,
         e.target.name or e.target.text if e.target else None)
        for e in events if e.event_type == event_type
    }  # fmt: skip


def test_we_in_a_statement_is_the_issuing_body(pipeline: Pipeline) -> None:
    text = (
        "The Government of Chile condemns the bombing of the market in Lima. We urge Peru to "
        "bring those responsible to justice.\n\nOur embassy is consulting with the Peruvian "
        "government. We are consulting with Bolivia as well."
    )
    events = pipeline.extract(text)
    [urge] = [e for e in events if e.event_type == "REQUEST"]
    assert urge.source is not None and urge.source.country == "CHL"
    assert urge.target is not None and urge.target.country == "PER"
    assert "'We' → the issuing body of the statement" in urge.reason
    consult = [e for e in events if e.event_type == "CONSULT" and e.target]
    assert any(
        e.source and e.source.country == "CHL" and e.target.country == "BOL" for e in consult
    )


def test_a_stance_in_the_present_tense_issues_a_statement(pipeline: Pipeline) -> None:
    text = (
        "The members of the Security Council are deeply concerned by the fighting in Yemen. "
        "We call on Saudi Arabia to allow the delivery of aid."
    )
    [call] = [e for e in pipeline.extract(text) if e.event_type == "REQUEST"]
    assert call.source is not None and call.source.country == "IGO"
    assert call.target is not None and call.target.country == "SAU"


def test_i_is_a_person_never_a_body(pipeline: Pipeline) -> None:
    text = "The Government of Canada welcomes the accord. I urge Russia to respect it."
    sources = {s for s, _ in _sides(pipeline.extract(text), "REQUEST")}
    assert not sources - {None}


def test_no_issuer_no_guess(pipeline: Pipeline) -> None:
    for text in (
        "We condemn the attack on the Peruvian embassy. We urge Chile to act.",
        "Chile says it will respond. We urge Peru to withdraw its troops.",  # news of speech
        "Chile attacked Peru yesterday. We urge Peru to withdraw its troops.",  # past: news
    ):
        events = pipeline.extract(text)
        assert not any(e.reason.find("issuing body") >= 0 for e in events), text


def test_a_line_that_says_gives_the_voice_to_its_speaker(pipeline: Pipeline) -> None:
    text = (
        "Russian Foreign Minister Sergei Lavrov said:\n\nI condemn the sanctions imposed by "
        "Japan.\n\nWe urge Tokyo to lift them without delay."
    )
    events = pipeline.extract(text)
    [urge] = [e for e in events if e.event_type == "REQUEST"]
    assert urge.source is not None and urge.source.name == "Sergei Lavrov"
    assert "the speaker of the lines after" in urge.reason


def test_transcript_labels_change_the_voice(pipeline: Pipeline) -> None:
    text = (
        "SECRETARY KERRY: We urge Russia to stop the bombing of Aleppo.\n\n"
        "QUESTION: Do we urge Syria to stop it too?\n\n"
    )
    requests = [e for e in pipeline.extract(text) if e.event_type == "REQUEST"]
    assert {(e.source.name if e.source else None) for e in requests} == {"John Kerry"}
    assert all("labelled 'SECRETARY KERRY:'" in e.reason for e in requests)


def test_a_quote_of_someone_else_keeps_its_own_speaker(pipeline: Pipeline) -> None:
    head = "The Government of Chile condemns the attack on its embassy.\n\n"
    quoted = pipeline.extract(head + '"We will attack Peru tomorrow," a masked man shouted.')
    assert not [e for e in quoted if e.event_type == "ASSAULT" and e.source]
    [said] = [e for e in pipeline.extract(head + "We will attack Peru.") if e.event_type == "ASSAULT"
              and e.source]  # fmt: skip
    assert said.source is not None and said.source.country == "CHL"


def test_a_transcript_label_is_no_actor(pipeline: Pipeline) -> None:
    """ "QUESTION:", "MODERATOR:" open a line of a transcript; the tagger reads some of them
    as names, but they name no one."""
    text = (
        "SECRETARY KERRY: We will work with Iraq.\n\nQUESTION: Will you send troops to Iraq?"
        "\n\nMODERATOR: One more question.\n\nREPORTER: Will Russia attack Ukraine?"
    )
    [result] = list(pipeline.run([Document("transcript", text)]))
    named = {m.actor.name for m in result.mentions if m.actor is not None}
    assert not named & {"QUESTION", "MODERATOR", "REPORTER"}, named
    assert {"John Kerry", "Iraq"} <= named


def test_a_label_with_a_title_word_and_a_name_is_a_speaker(pipeline: Pipeline) -> None:
    """ "SPEAKER ...:" or "HOST ...:" with a name is someone; "QUESTION:" alone is no one."""
    text = "SPEAKER NANCY PELOSI: We condemn the attack on the embassy in Kabul.\n\nQUESTION: Why?"
    [condemn] = [e for e in pipeline.extract(text) if e.event_type == "ACCUSE"]
    assert condemn.source is not None, condemn.reason
    assert "the speaker labelled 'SPEAKER NANCY PELOSI:'" in condemn.reason


def test_a_title_line_names_the_issuing_body(pipeline: Pipeline) -> None:
    for title in (
        "Statement by the Foreign Ministry of Chile",
        "Press release from the Government of Chile",
        "Joint declaration of Chile on the border",
    ):
        text = f"{title}\n\nWe urge Peru to withdraw its troops from the border."
        [urge] = [e for e in pipeline.extract(text) if e.event_type == "REQUEST"]
        assert urge.source is not None and urge.source.country == "CHL", title
        assert urge.target is not None and urge.target.country == "PER"
        assert "the issuing body of the statement" in urge.reason


def test_a_statement_in_the_first_person_names_its_issuer_later(pipeline: Pipeline) -> None:
    text = (
        "We condemn the bombing of the market in Lima. On Sunday, gunmen attacked a bus. "
        "Bolivia remains committed to peace in the region. We urge Chile to arrest the gunmen."
    )
    [urge] = [e for e in pipeline.extract(text) if e.event_type == "REQUEST"]
    assert urge.source is not None and urge.source.country == "BOL"
    assert urge.target is not None and urge.target.country == "CHL"


def test_news_before_a_statement_names_no_issuer(pipeline: Pipeline) -> None:
    for text in (
        # news opens the text: a later statement is a quote's, not the text's
        "Chile attacked Peru yesterday. Bolivia remains committed to peace. We urge Peru to "
        "withdraw its troops.",
        # a title that is a sentence, or names no issuer
        "Statement on the border.\n\nWe urge Peru to withdraw its troops.",
    ):
        events = pipeline.extract(text)
        assert not any(e.reason.find("issuing body") >= 0 for e in events), text
