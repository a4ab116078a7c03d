"""Loading the spaCy pipeline: a blank line always ends a sentence."""

from __future__ import annotations

import pytest

from tacitus import Document, Pipeline
from tacitus.nlp import load_model

HEADLINE = (
    "Military Cites Increased Russian Concern on Move\n\n"
    "Iraq has been sharing intelligence with Iran on fighting ISIS for some time."
)


def test_a_headline_without_a_full_stop_is_its_own_sentence(pipeline: Pipeline) -> None:
    nlp = pipeline.analyzer.nlp
    assert "tacitus_paragraphs" in nlp.pipe_names
    assert nlp.pipe_names.index("tacitus_paragraphs") < nlp.pipe_names.index("parser")
    sentences = [s.text.strip() for s in nlp(HEADLINE).sents]
    assert sentences == [
        "Military Cites Increased Russian Concern on Move",
        "Iraq has been sharing intelligence with Iran on fighting ISIS for some time.",
    ]
    # the event's evidence is the sentence alone, not the headline run into it
    [result] = list(pipeline.run([Document("h", HEADLINE)]))
    assert result.events and all(  # type: ignore[union-attr]
        not e.sentence.startswith("Military")
        for e in result.events  # type: ignore[union-attr]
    )


def test_spacy_as_shipped_runs_a_headline_into_its_paragraph() -> None:
    stock = load_model(compiled_rules=False, paragraphs=False, lemmas=False)
    assert "tacitus_paragraphs" not in stock.pipe_names
    assert len(list(stock(HEADLINE).sents)) == 1  # why the component is there


def test_a_prefixed_irregular_verb_has_its_lemma(pipeline: Pipeline) -> None:
    """spaCy's lemmatizer knows "took" but leaves "retook" as it is."""
    nlp = pipeline.analyzer.nlp
    for sentence, word, lemma in [
        ("The rebels retook the town on Sunday.", "retook", "retake"),
        ("The guards mistook the envoy for a spy.", "mistook", "mistake"),
        ("Nobody foresaw the coup in Niger.", "foresaw", "foresee"),
        ("The army took the town.", "took", "take"),
    ]:
        [token] = [t for t in nlp(sentence) if t.text == word]
        assert token.lemma_ == lemma, (sentence, token.lemma_)


def test_a_prefixed_lemma_needs_an_inflected_rest() -> None:
    from tacitus.nlp import prefixed_lemma

    exceptions = {"took": ["take"], "set": ["set"], "saw": ["see"]}
    assert prefixed_lemma("retook", exceptions) == "retake"
    assert prefixed_lemma("reset", exceptions) is None  # a base form: left alone
    assert prefixed_lemma("oversaw", exceptions) == "oversee"
    assert prefixed_lemma("took", exceptions) is None
    assert prefixed_lemma("review", exceptions) is None


def test_a_silent_e_verb_has_its_lemma(pipeline: Pipeline) -> None:
    """spaCy's lemmatizer strips "-ed" before it tries "-e": "fined" became "fin", "staged"
    "stag", whenever both are verbs; a doubled consonant keeps the short verb."""
    nlp = pipeline.analyzer.nlp
    for sentence, word, lemma in [
        ("The regulator fined the bank on Monday.", "fined", "fine"),
        ("Workers are staging a sit-in outside the ministry.", "staging", "stage"),
        ("The court fines anyone who refuses.", "fines", "fine"),
        ("The rebels waged war on the capital.", "waged", "wage"),
        ("Ministers hoped to reach a deal.", "hoped", "hope"),
        # a doubled consonant or a stem of two vowels: the short verb
        ("The minister rapped the table.", "rapped", "rap"),
        ("They planned a visit to Cairo.", "planned", "plan"),
        ("Government troops routed the rebels.", "routed", "rout"),
    ]:
        [token] = [t for t in nlp(sentence) if t.text == word]
        assert token.lemma_ == lemma, (sentence, token.lemma_)


def test_every_silent_e_trigger_verb_is_found_by_its_lemma(pipeline: Pipeline) -> None:
    """Each verb of the event lexicon that ends in a silent "e" after one consonant comes back
    from its past, "-ing" and third-person forms (those are the verbs the fix is for)."""
    from tacitus.events.lexicon import default_lexicon

    nlp = pipeline.analyzer.nlp
    verbs = sorted(
        v
        for v in default_lexicon().verbs
        if v.isalpha() and v.endswith("e") and len(v) > 3 and v[-2] not in "aeiouyw"
        and v[-3] in "aeiou" and v[-4] not in "aeiou"
    )  # fmt: skip
    assert {"fine", "stage", "rape", "snipe"} <= set(verbs)
    for verb in verbs:
        for form, frame in (
            (verb + "d", "Officials {} them on Monday."),
            (verb[:-1] + "ing", "Officials are {} them on Monday."),
        ):
            tokens = [t for t in nlp(frame.format(form)) if t.text == form]
            if tokens and tokens[0].pos_ == "VERB":
                assert tokens[0].lemma_ == verb, (form, tokens[0].lemma_)


def test_a_silent_e_lemma_needs_one_consonant_after_one_vowel() -> None:
    from tacitus.nlp import silent_e_lemma

    assert silent_e_lemma("fined", "fin") == "fine"
    assert silent_e_lemma("sniping", "snip") == "snipe"
    assert silent_e_lemma("finned", "fin") is None  # not the stem plus an ending
    assert silent_e_lemma("routed", "rout") is None  # two vowels: "rout"
    assert silent_e_lemma("bathed", "bath") is None  # two consonants


def test_territory_retaken_from_an_actor_targets_that_actor(pipeline: Pipeline) -> None:
    for text in (
        "Iraqi forces retook Ramadi from ISIL in December.",
        "Syrian troops recaptured Palmyra from the Islamic State on Sunday.",
        "Ukrainian forces captured the village of Robotyne from Russia.",
    ):
        events = [e for e in pipeline.extract(text) if e.event_type == "COERCE"]
        assert events, text
        assert events[0].target is not None and events[0].target.actor_id is not None, text
        assert "'from' phrase" in events[0].reason, (text, events[0].reason)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Foreign Office Minister Tobias Ellwood\nIraq has condemned the attack on the mosque.",
            "Foreign Office Minister Tobias Ellwood",
        ),
        (
            "Statement by the Minister for the Middle East\nBritain condemned the bombing.",
            "Statement by the Minister for the Middle East",
        ),
        ("PRESS RELEASE\nThe army said it had retaken the town.", "PRESS RELEASE"),
    ],
)
def test_a_title_line_is_not_run_into_the_next_line(
    pipeline: Pipeline, text: str, first: str
) -> None:
    """A heading or a title line ended by one line break ends its sentence (issue 14: a title
    line joined to the next sentence gave the minister Iraq's country)."""
    sentences = [s.text.strip() for s in pipeline.analyzer.nlp(text).sents]
    assert sentences[0] == first


WRAPPED = (
    "Officials in Baghdad said on Monday that the new Prime Minister\n"
    "Haider al-Abadi had left for talks with the Kurdish leaders in\n"
    "Erbil, where the regional government has asked for more money\n"
    "and for weapons to fight the militants who hold large parts of\n"
    "Nineveh province."
)


@pytest.mark.parametrize(
    "text",
    [
        # hard-wrapped prose: a line ending inside a sentence goes on
        WRAPPED,
        # a line ending with a word no sentence ends with
        "The minister said that the government of\nIraq had condemned the attack.",
        # a transcript's label runs into what is said after it
        "SECRETARY KERRY:\nThank you very much.",
    ],
)
def test_a_line_of_prose_runs_on(pipeline: Pipeline, text: str) -> None:
    sentences = list(pipeline.analyzer.nlp(text).sents)
    assert len(sentences) == 1


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Minister comments after an attack on a market in al-Hilla in Iraq \n"
            "Minister Tobias Ellwood said the UK condemned the attack.",
            "Minister comments after an attack on a market in al-Hilla in Iraq",
        ),
        (
            "Coalition strikes hit ISIL near Mosul\nThe coalition said ten strikes hit ISIL.",
            "Coalition strikes hit ISIL near Mosul",
        ),
    ],
)
def test_a_headline_is_not_run_into_the_next_line(
    pipeline: Pipeline, text: str, first: str
) -> None:
    """In text that is not hard-wrapped, a line break ends a sentence when the next line opens
    with a capital and the line before ends with a word that may end one."""
    sentences = [s.text.strip() for s in pipeline.analyzer.nlp(text).sents]
    assert sentences[0] == first
