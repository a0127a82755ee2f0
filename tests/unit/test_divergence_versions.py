"""Which measured version's divergences a run expects, and how an entry judges where a scenario failed."""

from __future__ import annotations

import pytest

from cognito_conformance import divergences
from cognito_conformance.divergences import Divergence


@pytest.mark.parametrize(("installed", "basis", "measured"), [
    ("5.2.5", "5.2.5", True),
    ("5.2.6", "5.2.6", True),
    ("5.2.7", "5.2.6", False),   # newer than any: the newest measured
    ("6.0.0", "5.2.6", False),
    ("5.2.4", "5.2.5", False),   # older than any: the oldest measured
    ("5.2.6.dev1", "5.2.5", False),
    (None, "5.2.6", False),
    ("not-a-version", "5.2.6", False),
])
def test_a_version_is_judged_against_the_versions_moto_was_measured_on(installed, basis, measured):
    status = divergences.version_status("moto", installed)
    assert status.measured == ("5.2.5", "5.2.6")
    assert (status.basis, status.is_measured) == (basis, measured)


def test_the_header_line_names_an_unmeasured_version_and_what_is_expected():
    line = divergences.version_status("moto", "5.2.7").describe()
    assert line.startswith("moto 5.2.7 is a version the registry has not measured (measured: 5.2.5, 5.2.6)")
    assert "expecting the divergences measured on 5.2.6" in line and "--strict-divergences" in line
    assert divergences.version_status("moto", "5.2.6").describe() == (
        "moto 5.2.6, a version the registry measured (measured: 5.2.5, 5.2.6)")


def test_real_cognito_has_no_registered_divergence():
    status = divergences.version_status("cognito", None)
    assert status.measured == () and status.basis is None


ENTRY = Divergence("S", "moto", "why", "ref", step="it fails with NotAuthorizedException",
                   observation="<InitiateAuth succeeded", measured_on=("5.2.6",))


@pytest.mark.parametrize(("step", "message", "diverges"), [
    ("it fails with NotAuthorizedException", "expected NotAuthorizedException, got <InitiateAuth succeeded with []>",
     True),
    # Another step: the suite's failure, or a new behaviour, never the registered divergence.
    ("Alice signs in with USER_PASSWORD_AUTH", "expected success, got <InitiateAuth failed with X>", False),
    # The registered step observing something else (the call failed instead of succeeding).
    ("it fails with NotAuthorizedException", "expected NotAuthorizedException, got <InitiateAuth failed with "
     "InvalidParameterException>", False),
])
def test_an_entry_accepts_a_failure_only_at_its_step_and_observation(step, message, diverges):
    assert ENTRY.diverges_at(step, message) is diverges


def test_an_entry_applies_only_on_the_versions_it_was_measured_on():
    assert ENTRY.applies_to("S", "moto", [], version="5.2.6")
    assert not ENTRY.applies_to("S", "moto", [], version="5.2.5")
    assert ENTRY.applies_to("S", "moto", [])  # without a version: any (the docs' tables)
