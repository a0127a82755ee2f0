"""The step catalogue stays unambiguous: one owner per phrase, one definition per feature step."""

from collections import Counter

from cognito_conformance import divergences

from .step_catalogue import feature_steps, scenario_names, step_definitions


def test_no_step_phrase_is_defined_twice():
    counts = Counter((d.type, d.text) for d in step_definitions())
    assert [phrase for phrase, n in counts.items() if n > 1] == []


def test_every_feature_step_has_exactly_one_definition():
    definitions = step_definitions()
    problems = []
    for step in set(feature_steps()):
        owners = [d.where for d in definitions if d.type == step.type and d.matches(step.text)]
        if len(owners) != 1:
            problems.append(f"{step.where} {step.type} {step.text!r}: defined by {owners or 'nothing'}")
    assert sorted(problems) == []


def test_every_step_definition_is_used():
    steps = set(feature_steps())
    unused = [d.where for d in step_definitions()
              if not any(d.type == s.type and d.matches(s.text) for s in steps)]
    assert unused == []


def test_scenario_names_are_unique_across_the_suite():
    counts = Counter(name for name, _ in scenario_names())
    assert [name for name, n in counts.items() if n > 1] == []


def test_every_divergence_names_a_scenario():
    names = {name for name, _ in scenario_names()}
    assert [d.scenario for d in divergences.REGISTRY if d.tag is None and d.scenario not in names] == []
