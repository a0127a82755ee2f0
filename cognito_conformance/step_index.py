"""pytest-bdd's step lookup through an index, so that its cost does not grow with the step definitions.

pytest-bdd (9.0.1) finds a step's definition in ``pytest_bdd.scenario.find_fixturedefs_for_step``: for
every step of every scenario it walks every fixture name of the session, asks pytest which of its
definitions the test can see (``getfixturedefs``) and tries each step definition's parser on the
step's text. Its cost is steps x fixtures: on this catalogue 2,822 steps made 603,595
``getfixturedefs`` calls, and a catalogue twice as large costs four times as much.

``indexed_find_fixturedefs_for_step`` gives the same answer in the same order, cheaper:

* the step definitions are indexed once (rebuilt only when a fixture name or a step definition is
  added), by the first word of their text when the parser says it literally (an exact string, or a
  ``parse``/``cfparse`` format whose first word has no field; matched without case, as ``parse``
  matches); a regular expression, or a text starting with a field, is tried on every step; a
  definition whose literal start or literal parts (between its fields) the step's text lacks is
  ruled out before its parser runs;
* which fixture names hold a definition matching a step's type and text is remembered per text;
* pytest is asked about visibility only for those names, and each visible definition is checked
  again exactly as pytest-bdd checks it, so scoping and overriding are pytest's, as before.

It replaces the function in ``pytest_bdd.scenario`` only for the pytest-bdd versions it was written
against (``PINNED``); another version keeps pytest-bdd's own lookup (correct, slower) until this
module is checked against it. tests/unit/test_step_index.py compares both lookups on every step of
the catalogue. The index belongs upstream (an index on pytest-bdd's side would need no access to
pytest's fixture registry from outside); until it lands there, it is carried here.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from importlib.metadata import version
from weakref import WeakKeyDictionary

from pytest_bdd import parsers
from pytest_bdd.compat import get_fixture_names, getfixturedefs
from pytest_bdd.steps import StepFunctionContext, step_function_context_registry

#: The pytest-bdd versions whose ``find_fixturedefs_for_step`` this module replaces.
PINNED = ("9.0.1",)
#: The module (``pytest_bdd.scenario`` is also the name of a function pytest-bdd exports).
SCENARIO_MODULE = importlib.import_module("pytest_bdd.scenario")
ORIGINAL = SCENARIO_MODULE.find_fixturedefs_for_step
#: The index of each session's fixture manager.
_INDEXES: WeakKeyDictionary = WeakKeyDictionary()


def first_word(text: str) -> str | None:
    """The first word of a step's text, lower-cased; None when it is not plain ASCII (a case-insensitive
    match could then pair it with another spelling, so every definition is tried)."""
    words = text.split(maxsplit=1)
    if not words or not words[0].isascii():
        return None
    return words[0].lower()


def literal_first_word(parser: parsers.StepParser) -> str | None:
    """The first word every text this parser matches starts with, lower-cased, or None when the
    parser does not say it literally (a regular expression, a field in the first word, another parser)."""
    if type(parser) is parsers.string:
        return first_word(parser.name)
    if type(parser) not in (parsers.parse, parsers.cfparse):
        return None
    literal, brace, _ = parser.name.partition("{")
    words = literal.split(maxsplit=1)
    if not words or (brace and len(words) == 1 and not literal[len(literal.rstrip()):]):
        return None  # "{who} signs in", "signs{x}": the first word is not all literal
    return first_word(literal)


def literal_prefix(parser: parsers.StepParser) -> str:
    """The text every text this parser matches starts with (lower-cased, ASCII), or "" when unknown."""
    if type(parser) is parsers.string:
        prefix = parser.name
    elif type(parser) in (parsers.parse, parsers.cfparse):
        prefix = parser.name.partition("{")[0]
    else:
        return ""
    return prefix.lower() if prefix.isascii() else ""


#: A ``parse`` field, or an escaped brace (taken as a field too: what is left is still literal).
_FIELD = re.compile(r"\{\{|\}\}|\{[^{}]*\}")


def literal_pieces(parser: parsers.StepParser) -> tuple[str, ...]:
    """Texts every text this parser matches contains (lower-cased, ASCII): the literal parts of a
    ``parse``/``cfparse`` format between its fields; none when unknown."""
    if type(parser) not in (parsers.parse, parsers.cfparse) or not parser.name.isascii():
        return ()
    return tuple(piece.lower() for piece in _FIELD.split(parser.name) if piece)


def could_match(lowered: str, prefix: str, pieces: tuple[str, ...]) -> bool:
    """Whether a plain-ASCII text (lower-cased) can match a definition with this start and these parts."""
    return lowered.startswith(prefix) and all(piece in lowered for piece in pieces)


class StepIndex:
    """The step definitions of one session, by type and first word; the names matching each text."""

    def __init__(self, fixturemanager) -> None:
        self.names = get_fixture_names(fixturemanager)
        self.key = (len(self.names), len(step_function_context_registry))
        order = {name: place for place, name in enumerate(self.names)}
        #: (place in the session's names, fixture name, step context, literal start, literal parts)
        self.by_word: dict[str, list[tuple]] = {}
        self.anywhere: list[tuple] = []
        self.everything: list[tuple] = []
        for fixturedef in _all_fixturedefs(fixturemanager):
            context = step_function_context_registry.get(fixturedef.func)
            if context is None or fixturedef.argname not in order:
                continue
            entry = (order[fixturedef.argname], fixturedef.argname, context,
                     literal_prefix(context.parser), literal_pieces(context.parser))
            self.everything.append(entry)
            word = literal_first_word(context.parser)
            (self.anywhere if word is None else self.by_word.setdefault(word, [])).append(entry)
        self.matching: dict[tuple[str | None, str], tuple[str, ...]] = {}

    def names_for(self, step_type: str | None, text: str) -> tuple[str, ...]:
        """The fixture names (in the session's order) with a definition matching this type and text."""
        key = (step_type, text)
        found = self.matching.get(key)
        if found is None:
            word = first_word(text)
            candidates = self.everything if word is None else [*self.by_word.get(word, ()), *self.anywhere]
            # A literal prefix rules a definition out without its parser, for a plain-ASCII text only
            # (matched without case, another alphabet's letter can stand for an ASCII one).
            lowered = text.lower() if text.isascii() else ""
            places = {(place, name) for place, name, context, prefix, pieces in candidates
                      if (not lowered or could_match(lowered, prefix, pieces)) and _matches(context, step_type, text)}
            found = self.matching[key] = tuple(name for _, name in sorted(places))
        return found


def _matches(context: StepFunctionContext, step_type: str | None, text: str) -> bool:
    """pytest-bdd's own test of a definition against a step (its type, then its parser)."""
    if context.type is not None and context.type != step_type:
        return False
    return bool(context.parser.is_matching(text))


def _all_fixturedefs(fixturemanager) -> Iterable:
    """Every fixture definition registered, whatever it is visible to (pytest has no public API)."""
    every = getattr(fixturemanager, "_get_all_fixture_defs", None)  # pytest >= 9.2
    if every is not None:
        return list(every())
    return [fixturedef for fixturedefs in fixturemanager._arg2fixturedefs.values() for fixturedef in fixturedefs]


def index_of(fixturemanager) -> StepIndex:
    """The session's index, rebuilt when a fixture name or a step definition was added since."""
    index = _INDEXES.get(fixturemanager)
    if index is None or index.key != (len(get_fixture_names(fixturemanager)), len(step_function_context_registry)):
        index = _INDEXES[fixturemanager] = StepIndex(fixturemanager)
    return index


def indexed_find_fixturedefs_for_step(step, fixturemanager, node) -> Iterator:
    """``pytest_bdd.scenario.find_fixturedefs_for_step``'s answer, in its order, through the index."""
    for name in index_of(fixturemanager).names_for(step.type, step.name):
        for fixturedef in getfixturedefs(fixturemanager, name, node) or []:
            context = step_function_context_registry.get(fixturedef.func)
            if context is not None and _matches(context, step.type, step.name):
                yield fixturedef


def install() -> bool:
    """Replace pytest-bdd's lookup with the indexed one; False (nothing replaced) on an unpinned version."""
    if version("pytest-bdd") not in PINNED:
        return False
    SCENARIO_MODULE.find_fixturedefs_for_step = indexed_find_fixturedefs_for_step
    return True


def uninstall() -> None:
    SCENARIO_MODULE.find_fixturedefs_for_step = ORIGINAL
