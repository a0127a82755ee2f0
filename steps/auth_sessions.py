"""Auth sessions: a challenge's Session lives AuthSessionValidity minutes."""

from __future__ import annotations

from pytest_bdd import given, then

from cognito_conformance.outcome import refused

from .grammar import phrase


@given(phrase("{minutes:d} minutes and {seconds:d} seconds have passed since the challenge"))
def _(minutes, seconds, cognito_clock):
    cognito_clock.advance(minutes * 60 + seconds)


@then("the answer is refused")
def _(cognito_outcome):
    assert refused(cognito_outcome) and not cognito_outcome.result, f"the late answer was accepted: {cognito_outcome.describe()}"
