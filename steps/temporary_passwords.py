"""Temporary passwords: they last TemporaryPasswordValidityDays, and AdminCreateUser RESEND issues a new one."""

from __future__ import annotations

from pytest_bdd import given, then, when

from cognito_conformance import auth
from cognito_conformance.existing_pool import PreconditionUnmet
from cognito_conformance.outcome import attempt, refused
from cognito_conformance.people import strong_password
from cognito_conformance.session_configurations import TEMPORARY_PASSWORD_DAYS

from .grammar import phrase

#: Longest real wait the suite accepts for time to pass on a backend whose clock it cannot move.
LONGEST_REAL_WAIT = 20 * 60


def resend(cognito, user_pool, person):
    new_password = strong_password()
    outcome = attempt("AdminCreateUser", cognito.admin_create_user, UserPoolId=user_pool.id,
                      Username=person.username, MessageAction="RESEND", TemporaryPassword=new_password)
    if outcome.ok:
        person.change_password(new_password)
    return outcome


@given(phrase("{name:Person}'s temporary password has outlived the pool's validity"))
def _(name, cognito_clock):
    wait = TEMPORARY_PASSWORD_DAYS * 86400 + 3600
    if not cognito_clock.can_travel and wait > LONGEST_REAL_WAIT:
        raise PreconditionUnmet(f"the scenario needs {TEMPORARY_PASSWORD_DAYS} day to pass, and this backend's "
                                "clock cannot be moved (only the in-process backend travels in time)")
    cognito_clock.advance(wait)


@when(phrase("an administrator resends {name:Person}'s invitation with a new temporary password"),
      target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_user_pool):
    return resend(cognito, cognito_user_pool, cognito_people[name])


@then("the sign-in is refused")
def _(cognito_outcome):
    assert refused(cognito_outcome), f"the sign-in was not refused: {cognito_outcome.describe()}"


@then(phrase("Cognito challenges {name:Person} with NEW_PASSWORD_REQUIRED when she signs in with {flow:Flow}"))
def _(name, flow, cognito_people, cognito, cognito_app_client):
    person = cognito_people[name]
    outcome = auth.sign_in(cognito, cognito_app_client, flow, person.username, person.password)
    assert outcome.ok and outcome.response.get("ChallengeName") == "NEW_PASSWORD_REQUIRED", (
        f"signing in with the new temporary password: {outcome.describe()} "
        f"with challenge {(outcome.response or {}).get('ChallengeName')}")
