"""it / its / they / them / their: agreement, binding, then the subject of the clause before
the nearest actor (tacitus/actors/antecedents.py). Each sentence puts a nearer agreeing actor
between the pronoun and the subject it goes on with."""

from __future__ import annotations

import pytest

from tacitus import Pipeline
from tacitus.actors.coref import antecedent


def chosen(pipeline: Pipeline, text: str, word: str, nth: int = 1) -> tuple[str, str] | None:
    """The name (or text) and reason of the antecedent of the nth ``word`` of ``text``."""
    analyzer = pipeline.analyzer
    doc = analyzer.nlp(text)
    hits = analyzer.resolver.resolve(doc, "2016-03-01")
    tokens = [t for t in doc if t.text == word]
    found = antecedent(tokens[nth - 1], hits)
    if found is None:
        return None
    return found[0].actor.name or found[0].actor.text, found[1]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # their: the clause subject, not the plural or the place named nearer
        (
            "Kurdish fighters drove Islamic State militants out of the hills in their "
            "advance on the town.",
            "their",
            "Kurdish",
        ),
        # its: the subject of its own clause first, then the clauses above it
        ("The ministry said the rebels had shelled its convoy near the border.", "its", "ministry"),
        ("Germany protested after the Kremlin moved troops to its western border.", "its", "Russia"),
        # they in a relative clause: the main clause's subject, not the group named nearer
        (
            "The militants shelled villages held by Kurdish fighters, killing civilians they "
            "claim to be defending.",
            "they",
            "militants",
        ),
        # a subject it / they: the subject of the sentence before, not its object
        ("The United States sanctioned Iran on Monday. It also expelled two diplomats.", "It", "United States"),
        (
            "Syrian rebels attacked Hezbollah fighters near the border. They later seized a "
            "village.",
            "They",
            "Syrian",
        ),
        # an earlier subject it stands for its own antecedent
        ("The army advanced. It took the bridge, and it shelled the town.", "it", "army"),
    ],
)  # fmt: skip
def test_the_clause_subject_before_the_nearest(
    pipeline: Pipeline, text: str, word: str, expected: str
) -> None:
    found = chosen(pipeline, text, word, 2 if text.count(f" {word} ") > 1 else 1)
    assert found is not None
    assert expected.lower() in found[0].lower(), found
    assert "clause subject" in found[1], found


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # binding: an object pronoun is never its own clause's subject
        ("Iraq said Iran attacked it.", "it", "Iraq"),
        ("The army attacked the rebels and killed many of them.", "them", "rebels"),
        ("Government troops shelled the villages and the rebels fired back at them.", "them", "troops"),
    ],
)  # fmt: skip
def test_an_object_pronoun_is_not_its_own_subject(
    pipeline: Pipeline, text: str, word: str, expected: str
) -> None:
    found = chosen(pipeline, text, word)
    assert found is not None
    assert expected.lower() in found[0].lower(), found


def test_what_the_bound_subject_stands_for_is_bound_too(pipeline: Pipeline) -> None:
    text = (
        "Iraqi police and Shia militias were accused of abuses. Amnesty International said "
        "they had detained Sunni men after capturing them."
    )
    them = chosen(pipeline, text, "them")
    assert them is None or ("Iraq" not in them[0] and "Shia" not in them[0]), them


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("The United States sanctioned Iran on Monday. It was also accused of funding militias.", "It", "Iran"),
        ("Militants seized ten villagers because they had helped the army.", "they", "villagers"),
    ],
)  # fmt: skip
def test_a_patient_goes_on_with_the_object(
    pipeline: Pipeline, text: str, word: str, expected: str
) -> None:
    found = chosen(pipeline, text, word)
    assert found is not None
    assert expected.lower() in found[0].lower(), found
    assert "its patient" in found[1]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # it: never a plural noun, never a person
        ("Iraqi forces advanced on the town. It was shelled by the militants.", "It"),
        ("Kurdish fighters entered the town on Monday. It fell after a week.", "It"),
        ("Angela Merkel visited the camp. It was later closed.", "It"),
        # they: never one person, never a state named in the singular
        ("Putin said they would respond.", "they"),
        ("Putin met Erdogan in Sochi to discuss their plans.", "their"),
        ("France condemned the attack on Monday. They later closed the border.", "They"),
        # the subject it goes on with is a thing: nobody
        ("Amnesty International said the school had been full when it was hit by a shell.", "it"),
        (
            "The conflict between the army and the Houthis began in 2014. It has killed "
            "thousands of civilians.",
            "It",
        ),
        # an object it is a thing told in its own sentence, not the actor before
        ("Turkey proposed a ceasefire on Monday. Russia welcomed it.", "it"),
    ],
)
def test_no_agreeing_antecedent_leaves_the_pronoun_unresolved(
    pipeline: Pipeline, text: str, word: str
) -> None:
    assert chosen(pipeline, text, word) is None


def test_events_take_the_subject_and_name_the_rule(pipeline: Pipeline) -> None:
    events = pipeline.extract(
        "The United States imposed sanctions on Iran on Monday. It also expelled two "
        "Iranian diplomats from Washington."
    )
    expelled = [e for e in events if e.trigger.text.startswith("expel")]
    assert expelled, [(e.event_type, e.trigger.text) for e in events]
    assert expelled[0].source is not None
    assert expelled[0].source.name == "United States"
    assert (
        "pronoun 'It' → 'United States' (clause subject, previous sentence)" in expelled[0].reason
    )


def test_no_side_when_no_actor_agrees(pipeline: Pipeline) -> None:
    # "they" after one person and a state named in the singular: no source, so no event
    events = pipeline.extract("Putin visited Turkey on Monday. They attacked the rebels.")
    assert not [e for e in events if e.trigger.text == "attacked"], [e.reason for e in events]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the speaker's own state is not the "it" of its condition: the other party
        (
            'Britain condemned the Syrian government on Monday. "We will keep up the pressure '
            'until it withdraws its forces from Idlib," Boris Johnson said.',
            "Syria",
        ),
        # negative: the speaker is of another state, the usual rules stand
        (
            'Iran fired missiles at Israel. "We will strike back until it withdraws its forces '
            'from Syria," the Israeli defence minister said.',
            "Iran",
        ),
    ],
)
def test_it_under_a_first_person_subject_is_not_the_speaker(
    pipeline: Pipeline, text: str, source: str
) -> None:
    events = [e for e in pipeline.extract(text) if e.trigger.text.startswith("withdraw")]
    assert events, text
    assert events[0].source is not None
    assert events[0].source.name == source, events[0].reason


def test_it_in_the_speakers_clause_with_no_other_party_has_no_side(pipeline: Pipeline) -> None:
    text = (
        'Britain announced new measures on Monday. "We will keep up the pressure until it '
        'withdraws its forces from Idlib," Boris Johnson said.'
    )
    events = [e for e in pipeline.extract(text) if e.trigger.text.startswith("withdraw")]
    assert not [e for e in events if e.source and e.source.name == "United Kingdom"]


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # the object's own: a "for" phrase of a verb or adjective with an object
        ("Jordan thanked Germany for its support to refugees.", "its", "Germany"),
        ("Chile is grateful to Canada for its help after the earthquake.", "its", "Canada"),
        ("The European Union fined Poland for its refusal to accept migrants.", "its", "Poland"),
        # an "in" / "with" phrase of a verb of help
        (
            "The coalition helped Kurdish fighters in their offensive against the militants.",
            "their",
            "Kurdish",
        ),
        ("Britain helped Kenya with its debts last year.", "its", "Kenya"),
    ],
)
def test_a_possessive_in_the_phrase_of_an_object_is_the_objects(
    pipeline: Pipeline, text: str, word: str, expected: str
) -> None:
    found = chosen(pipeline, text, word)
    assert found is not None and expected in found[0], found
    assert "the object of" in found[1], found


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # no object: the subject's own ("pressed on in their offensive")
        ("Iraqi troops pressed on in their offensive against the militants.", "their", "Iraq"),
        # "in" after a verb that is no help: the usual salience
        (
            "Kurdish fighters attacked the village in their push toward the river.",
            "their",
            "Kurdish",
        ),
    ],
)
def test_no_object_or_no_help_keeps_the_subject(
    pipeline: Pipeline, text: str, word: str, expected: str
) -> None:
    found = chosen(pipeline, text, word)
    assert found is not None and expected in found[0], found
    assert "the object of" not in found[1], found


def test_a_subject_pronoun_is_not_what_its_clause_names_again(pipeline: Pipeline) -> None:
    # "They accused the mayor of sending the police": not the police (they would be "them")
    text = "Police raided a camp of Tamil protesters in Colombo. They accused the mayor of sending the police."
    found = chosen(pipeline, text, "They")
    assert found is not None and "protesters" in found[0], found
    # named again only as a place: no bar ("expelled ... from Washington")
    text = "The United States imposed sanctions on Iran. It also expelled two Iranian diplomats from Washington."
    found = chosen(pipeline, text, "It")
    assert found is not None and found[0] == "United States", found
    # nothing named again: the subject before it, as usual
    text = "Police raided a camp of Tamil protesters in Colombo. They accused the mayor of ordering the raid."
    found = chosen(pipeline, text, "They")
    assert found is not None and found[0] == "Police", found


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # parallel objects: the object pronoun of a coordinated verb is the earlier object
        ("The ministry said gunmen shelled the market on Friday and then stormed it.", "it", None),
        ("Witnesses said militants surrounded the school and set it on fire.", "it", None),
        ("Police arrested the protesters and later released them.", "them", "protesters"),
        ("Turkey accused Syria of harbouring militants and warned it against attacks.", "it", "Syria"),
        ("The senator accused Gulf governments of stalling and urged them to pay more.", "them", "governments"),
        # one asked to act is someone: an abstract object before it is no parallel
        ("The council demanded free passage for the UN and asked it to report monthly.", "it", "United Nations"),
        # a prepositional object is no parallel: the clause subject as before
        ("Government troops shelled the villages and the rebels fired back at them.", "them", "troops"),
        # object control: the infinitive's subject is the object that controls it
        ("Britain urged Russia to return the ships it seized last week.", "it", "Russia"),
        ("The minister called on Israel to withdraw from the land it has held since 1967.", "it", "Israel"),
        ("France pressed Iran to free the sailors it detained.", "it", "Iran"),
        # subject control keeps the subject
        ("Egypt agreed to reopen the crossing it had closed in May.", "it", "Egypt"),
        # a clause told as a time goes on with the doer, not the main verb's object
        ("Turkey closed the border crossing after it shelled Kurdish positions.", "it", "Turkey"),
        ("Russia launched its invasion of Ukraine eight years after it annexed Crimea.", "it", "Russia"),
        # a passive one still goes on with the patient
        ("Militants tied six men to a car. They were beaten with sticks.", "They", "men"),
    ],
)  # fmt: skip
def test_parallel_objects_control_and_time_clauses(
    pipeline: Pipeline, text: str, word: str, expected: str | None
) -> None:
    found = chosen(pipeline, text, word)
    if expected is None:
        assert found is None, found
    else:
        assert found is not None
        assert expected.lower() in found[0].lower(), found
