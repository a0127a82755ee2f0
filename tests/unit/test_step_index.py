"""cognito_conformance.step_index: the indexed step lookup gives pytest-bdd's own answer, in its order."""

from __future__ import annotations

import json
import textwrap
from importlib.metadata import version
from types import SimpleNamespace

import pytest
from pytest_bdd import parsers

from cognito_conformance import step_index
from tests.run_suite import run_suite

#: Run in the child pytest at the end of collection: both lookups for every step of every scenario.
CHECKER = textwrap.dedent('''
    import json, os
    import pytest
    from pytest_bdd.scenario import scenario_wrapper_template_registry
    from cognito_conformance import step_index

    def pytest_collection_finish(session):
        fixturemanager = session._fixturemanager
        checked, differing, unmatched = 0, [], 0
        for item in session.items:
            template = scenario_wrapper_template_registry.get(getattr(item, "function", None))
            if template is None:
                continue
            callspec = getattr(item, "callspec", None)
            example = callspec.params.get("_pytest_bdd_example", {}) if callspec else {}
            for step in template.render(example).steps:
                original = [(d.argname, d.baseid) for d in step_index.ORIGINAL(step, fixturemanager, item)]
                indexed = [(d.argname, d.baseid) for d in
                           step_index.indexed_find_fixturedefs_for_step(step, fixturemanager, item)]
                checked += 1
                unmatched += not original
                if original != indexed:
                    differing.append([item.nodeid, step.name, original, indexed])
        with open(os.environ["STEP_INDEX_OUT"], "w") as out:
            json.dump({"checked": checked, "differing": differing, "unmatched": unmatched,
                       "installed": step_index.SCENARIO_MODULE.find_fixturedefs_for_step
                       is step_index.indexed_find_fixturedefs_for_step}, out)
''')


def test_the_index_answers_as_pytest_bdd_on_every_step_of_the_catalogue(tmp_path):
    (tmp_path / "step_index_checker.py").write_text(CHECKER)
    out = tmp_path / "out.json"
    run = run_suite("features", "--collect-only", "-q", "-p", "step_index_checker",
                    env={"PYTHONPATH": str(tmp_path), "STEP_INDEX_OUT": str(out)})
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    result = json.loads(out.read_text())
    assert result["installed"], "the suite's run did not install the indexed lookup"
    assert result["checked"] > 1000, result["checked"]  # 1,504 steps in 310 test instances
    assert result["unmatched"] == 0
    assert result["differing"] == []


def test_the_pinned_version_is_the_installed_one():
    """A new pytest-bdd keeps its own lookup until this module is checked against it: re-pin then."""
    assert version("pytest-bdd") in step_index.PINNED
    assert step_index.install()
    step_index.uninstall()


@pytest.mark.parametrize(("pattern", "word"), [
    (parsers.string("a user signs in"), "a"),
    (parsers.string("Signs"), "signs"),
    (parsers.parse("the user {name} signs in"), "the"),
    (parsers.parse("signs {how}"), "signs"),
    (parsers.cfparse("Alice has {count:d} codes"), "alice"),
    (parsers.parse("{who} signs in"), None),
    (parsers.parse("sign{suffix} in"), None),
    (parsers.parse("{{literal}} braces"), None),
    (parsers.re(r"a user (?P<name>\w+)"), None),
    (parsers.string("Ünïcode first"), None),
])
def test_a_definition_is_indexed_by_its_literal_first_word_only(pattern, word):
    assert step_index.literal_first_word(pattern) == word


def test_a_step_is_looked_up_by_its_first_word_without_case():
    assert step_index.first_word("The user signs in") == "the"
    assert step_index.first_word("  padded  words") == "padded"
    assert step_index.first_word("Kelvin \u212a") == "kelvin"
    assert step_index.first_word("\u212aelvin") is None  # KELVIN SIGN: matches "k" without case
    assert step_index.first_word("") is None


class _Definitions:
    """A stand-in for pytest's fixture manager in pytest-bdd's view: names, definitions, visibility."""

    def __init__(self, definitions, hidden=()):
        self.definitions, self.hidden = definitions, set(hidden)
        self._arg2node2fixturedefs, self._arg2nodeid2fixturedefs = {}, {}
        for d in definitions:
            self._arg2node2fixturedefs.setdefault(d.argname, {}).setdefault(None, []).append(d)

    def _get_all_fixture_defs(self):
        return list(self.definitions)

    def getfixturedefs(self, name, node):
        visible = [d for d in self.definitions if d.argname == name and d.argname not in self.hidden]
        return visible or None


def _definition(name, step_type, parser):
    from pytest_bdd.steps import StepFunctionContext, step_function_context_registry

    def func():
        return None

    step_function_context_registry[func] = StepFunctionContext(type=step_type, step_func=func, parser=parser)
    return SimpleNamespace(argname=name, func=func, baseid="")


def _step(step_type, text):
    return SimpleNamespace(type=step_type, name=text)


def test_types_visibility_order_and_regular_expressions_are_kept():
    definitions = [
        _definition("d_then", "then", parsers.string("a user signs in")),
        _definition("d_given", "given", parsers.parse("a user {how}")),
        _definition("d_any", None, parsers.re(r".* signs in")),
        _definition("d_hidden", "given", parsers.string("a user signs in")),
        _definition("d_other", "given", parsers.string("another user signs in")),
    ]
    manager = _Definitions(definitions, hidden={"d_hidden"})
    for step in (_step("given", "a user signs in"), _step("then", "a user signs in"), _step("when", "A USER waits")):
        assert [d.argname for d in step_index.indexed_find_fixturedefs_for_step(step, manager, None)] == \
            [d.argname for d in step_index.ORIGINAL(step, manager, None)]
    names = [d.argname for d in step_index.indexed_find_fixturedefs_for_step(_step("given", "a user signs in"),
                                                                             manager, None)]
    assert names == ["d_given", "d_any"]


def test_a_definition_added_later_is_found():
    manager = _Definitions([_definition("first", "given", parsers.string("one"))])
    assert [d.argname for d in step_index.indexed_find_fixturedefs_for_step(_step("given", "two"), manager, None)] == []
    later = _definition("second", "given", parsers.string("two"))
    manager.definitions.append(later)
    manager._arg2node2fixturedefs["second"] = {None: [later]}
    assert [d.argname for d in step_index.indexed_find_fixturedefs_for_step(_step("given", "two"), manager, None)] == \
        ["second"]


@pytest.mark.parametrize(("pattern", "prefix"), [
    (parsers.string("A user {literally} signs in"), "a user {literally} signs in"),
    (parsers.parse("The user {name} signs in"), "the user "),
    (parsers.cfparse("{count:d} codes"), ""),
    (parsers.re(r"a user (?P<name>\w+)"), ""),
    (parsers.parse("Ünïcode {x}"), ""),
])
def test_a_definition_is_ruled_out_by_its_literal_start(pattern, prefix):
    assert step_index.literal_prefix(pattern) == prefix


def test_a_text_beyond_ascii_is_tried_on_every_definition_that_could_match_it():
    # "ſ" (LATIN SMALL LETTER LONG S) matches "s" without case in parse's patterns, though "ſ".lower() is "ſ".
    definitions = [_definition("d_long_s", "given", parsers.parse("a user ſigns {how}"))]
    manager = _Definitions(definitions)
    step = _step("given", "a user Signs in")
    assert [d.argname for d in step_index.indexed_find_fixturedefs_for_step(step, manager, None)] == \
        [d.argname for d in step_index.ORIGINAL(step, manager, None)]
    step = _step("given", "a user ſigns in")
    assert [d.argname for d in step_index.indexed_find_fixturedefs_for_step(step, manager, None)] == \
        [d.argname for d in step_index.ORIGINAL(step, manager, None)] == ["d_long_s"]


@pytest.mark.parametrize(("pattern", "pieces"), [
    (parsers.parse("{name} signs in with {flow}"), (" signs in with ",)),
    (parsers.cfparse("Alice has {count:d} codes"), ("alice has ", " codes")),
    (parsers.parse("braces {{kept}} {x}"), ("braces ", "kept", " ")),
    (parsers.string("a {literal} text"), ()),
    (parsers.re(r"a (?P<x>\w+)"), ()),
])
def test_a_definition_is_ruled_out_by_the_literal_parts_between_its_fields(pattern, pieces):
    assert step_index.literal_pieces(pattern) == pieces


def test_a_text_lacking_a_literal_part_could_not_match():
    assert step_index.could_match("alice signs in with user_srp_auth", "", (" signs in with ",))
    assert not step_index.could_match("alice signs out", "", (" signs in with ",))
    assert not step_index.could_match("bob has 3 codes", "alice has ", ("alice has ", " codes"))
