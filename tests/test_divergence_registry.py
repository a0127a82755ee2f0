"""The divergence registry's entries are measured facts: each names the step of its scenario at which
the implementation diverges, and versions the registry measured that implementation on."""

from __future__ import annotations

from collections import Counter

from cognito_conformance import divergences

from .step_catalogue import scenario_step_templates, scenario_tags


def test_every_divergence_names_a_step_of_its_scenario():
    steps = scenario_step_templates()
    wrong = [(d.implementation, d.scenario, d.step) for d in divergences.REGISTRY
             if d.tag is None and (d.step is None or d.step not in steps.get(d.scenario, []))]
    assert wrong == []


def test_a_tag_wide_divergence_names_a_step_every_scenario_of_its_tag_has():
    """moto's one entry for every @triggers scenario: each of them has the invocation step it names."""
    steps, tags = scenario_step_templates(), scenario_tags()
    tag_wide = [d for d in divergences.REGISTRY if d.tag is not None]
    assert tag_wide, "no tag-wide entry: the moto trigger entry is gone"
    for entry in tag_wide:
        tagged = [name for name, found in tags.items() if entry.tag in found]
        assert tagged, f"no scenario carries @{entry.tag}"
        lacking = [name for name in tagged if entry.step is None
                   or not any(entry.names_step(step) for step in steps[name])]
        assert lacking == [], f"these @{entry.tag} scenarios lack a step matching {entry.step!r}"


def test_a_tag_wide_divergence_applies_only_to_scenarios_with_its_tag():
    [entry] = [d for d in divergences.REGISTRY if d.tag == "triggers"]
    assert divergences.find("Any trigger scenario", "moto", [], tags={"triggers"}, version="5.2.6") is entry
    assert divergences.find("Any trigger scenario", "moto", [], tags={"signup"}, version="5.2.6") is None
    assert divergences.find("Any trigger scenario", "ministack", [], tags={"triggers"}) is None
    assert entry.diverges_at("the PreSignUp trigger received a PreSignUp_SignUp event for Alice",
                             "AssertionError: the PreSignUp trigger received no PreSignUp_SignUp event for Alice")
    assert not entry.diverges_at("Alice's account is CONFIRMED", "received no")


def test_every_divergence_names_versions_its_implementation_was_measured_on():
    wrong = [(d.implementation, d.scenario, d.measured_on) for d in divergences.REGISTRY
             if not d.measured_on or not set(d.measured_on) <= set(divergences.measured_versions(d.implementation))]
    assert wrong == []


def test_moto_5_2_6s_longer_totp_secret_no_longer_diverges_there():
    [entry] = [d for d in divergences.REGISTRY if d.scenario == "Cognito hands out a secret for an authenticator app"]
    assert entry.measured_on == ("5.2.5",)
    assert divergences.find(entry.scenario, "moto", [], version="5.2.5") is entry
    assert divergences.find(entry.scenario, "moto", [], version="5.2.6") is None
    # The same secret for every user still diverges on both.
    same = "Each user gets a secret of their own"
    assert divergences.find(same, "moto", [], version="5.2.5") is divergences.find(same, "moto", [], version="5.2.6")


def test_entries_for_one_scenario_differ_in_where_they_diverge():
    """A scenario may diverge in more than one measured way; two entries naming the same place would make
    one of them unreachable."""
    places = Counter((d.implementation, d.scenario, d.example, d.step, d.observation) for d in divergences.REGISTRY)
    assert [place for place, n in places.items() if n > 1] == []


def test_the_runs_version_is_told_from_its_implementations_module_alone():
    """The header's version line (an xdist controller's only use of the registry) imports that
    implementation's registry module, not every one; the registry is whole when read."""
    import subprocess
    import sys

    probe = ("import sys; from cognito_conformance import divergences; "
             "divergences.version_status('moto', '0.0.1'); "
             "print(sorted(m.rsplit('.', 1)[1] for m in sys.modules "
             "if m.startswith('cognito_conformance.divergences.') and m != 'cognito_conformance.divergences.model')); "
             "print(len(divergences.REGISTRY) == sum(len(m.ENTRIES) for m in divergences.MODULES.values()))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["['moto']", "True"]
    assert set(divergences.MODULES) == set(divergences.MODULE_NAMES)


def test_find_reads_the_registry_the_module_holds(monkeypatch):
    """A registry set on the module (as tests/reporting/red_run.py sets one) is the one looked in."""
    [entry] = [d for d in divergences.REGISTRY if d.tag == "triggers"]
    assert divergences.find_all(entry.scenario, entry.implementation, [], tags=("triggers",)) == (entry,)
    monkeypatch.setattr(divergences, "REGISTRY", ())
    assert divergences.find_all(entry.scenario, entry.implementation, [], tags=("triggers",)) == ()
