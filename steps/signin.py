"""Signing in by each flow, the app client's allowed flows, and the challenges Cognito answers with."""

from __future__ import annotations

from dataclasses import replace

from pytest_bdd import given, then, when

import pytest

from cognito_conformance import auth, divergences
from cognito_conformance.existing_pool import Inverted, PreconditionUnmet
from cognito_conformance.people import strong_password
from cognito_conformance.token_kinds import ACCESS, KINDS

from .common import expect_ok
from .grammar import phrase

SRP_CHALLENGE_PARAMETERS = ("SALT", "SRP_B", "SECRET_BLOCK", "USER_ID_FOR_SRP")


PREFERRED_FLOWS = ("USER_PASSWORD_AUTH", "USER_SRP_AUTH", "ADMIN_USER_PASSWORD_AUTH")


def sign_in(cognito, app_client, person, flow, password=None):
    outcome = auth.sign_in(cognito, app_client, flow, person.username, password or person.password)
    outcome.flow = flow
    if outcome.result:
        person.keep_tokens(outcome.result)
    return outcome


def flow_was_enabled(outcome, app_client, implementation: str) -> None:
    """On a team's pool, a flow its client does not enable turns the scenario into its negative twin:
    the sign-in must have been refused with InvalidParameterException."""
    __tracebackhide__ = True
    if not (app_client.existing and outcome.flow and not app_client.allows(outcome.flow)):
        return
    known = divergences.find_twin(divergences.TWIN_FLOW_REFUSED, implementation)
    if known and outcome.error_code != "InvalidParameterException":
        pytest.xfail(f"{implementation} diverges: {known.reason} ({known.reference})")
    assert outcome.error_code == "InvalidParameterException", (
        f"{outcome.flow} is not in app client {app_client.id}'s ExplicitAuthFlows, yet the sign-in "
        f"was not refused: {outcome.describe()}")
    raise Inverted(f"{outcome.flow} is not enabled on app client {app_client.id} (ExplicitAuthFlows); "
                   f"its negative twin holds: {outcome.flow} is refused by this client")


@given(phrase("{name:Person} is signed in"))
def _(name, cognito_people, cognito, cognito_app_client):
    flow = next((f for f in PREFERRED_FLOWS if cognito_app_client.allows(f)), None)
    if flow is None:
        raise PreconditionUnmet(f"app client {cognito_app_client.id} enables none of {', '.join(PREFERRED_FLOWS)}")
    expect_ok(sign_in(cognito, cognito_app_client, cognito_people[name], flow), f"{name} signs in with {flow}")


@when(phrase("{name:Person} signs in with {flow:Flow}"), target_fixture="cognito_outcome")
def _(name, flow, cognito_people, cognito, cognito_app_client):
    return sign_in(cognito, cognito_app_client, cognito_people[name], flow)


@when(phrase("{name:Person} signs in with {flow:Flow} using a wrong password"), target_fixture="cognito_outcome")
def _(name, flow, cognito_people, cognito, cognito_app_client):
    return sign_in(cognito, cognito_app_client, cognito_people[name], flow, password=strong_password())


@when(phrase("{name:Person} signs in with {flow:Flow} without the secret hash"), target_fixture="cognito_outcome")
def _(name, flow, cognito_people, cognito, cognito_app_client):
    return sign_in(cognito, replace(cognito_app_client, secret=None), cognito_people[name], flow)


@when(phrase("{name:Person} starts signing in with USER_SRP_AUTH"), target_fixture="cognito_outcome")
def _(name, cognito_people, cognito, cognito_app_client):
    person = cognito_people[name]
    return auth.start_srp(cognito, cognito_app_client, person.username, person.password)[2]


@then(phrase("{name:Person} can sign in with {flow:Flow}"))
def _(name, flow, cognito_people, cognito, cognito_app_client, cognito_settings):
    outcome = sign_in(cognito, cognito_app_client, cognito_people[name], flow)
    flow_was_enabled(outcome, cognito_app_client, cognito_settings.implementation.value)
    assert ACCESS.of(outcome.result), f"{name} could not sign in: {outcome.describe()}"


@then(phrase("{name:Person}'s old password no longer works"))
def _(name, cognito_people, cognito, cognito_app_client):
    person = cognito_people[name]
    outcome = sign_in(cognito, cognito_app_client, person, "USER_PASSWORD_AUTH", password=person.old_passwords[-1])
    assert outcome.error_code == "NotAuthorizedException", f"the old password: {outcome.describe()}"


@then(phrase("Cognito challenges {name:Person} with {challenge:w}"))
def _(challenge, cognito_outcome, cognito_app_client, cognito_settings):
    flow_was_enabled(cognito_outcome, cognito_app_client, cognito_settings.implementation.value)
    assert cognito_outcome.ok and cognito_outcome.response.get("ChallengeName") == challenge, (
        f"expected the {challenge} challenge, got {cognito_outcome.describe()} "
        f"with challenge {(cognito_outcome.response or {}).get('ChallengeName')}"
    )


@then("the challenge carries SALT, SRP_B, SECRET_BLOCK and USER_ID_FOR_SRP")
def _(cognito_outcome):
    parameters = cognito_outcome.response["ChallengeParameters"]
    missing = [name for name in SRP_CHALLENGE_PARAMETERS if not parameters.get(name)]
    assert not missing, f"the PASSWORD_VERIFIER challenge lacks {missing}"


@then(phrase("the challenge's USER_ID_FOR_SRP is {name:Person}'s username"))
def _(name, cognito_outcome, cognito_people):
    assert cognito_outcome.ok, f"expected a PASSWORD_VERIFIER challenge, got {cognito_outcome.describe()}"
    assert cognito_outcome.response["ChallengeParameters"].get("USER_ID_FOR_SRP") == cognito_people[name].username


@given(phrase("{name:Person} has signed in with {flow:Flow} and been challenged with {challenge:w}"),
       target_fixture="challenge")
def _(name, flow, challenge, cognito_people, cognito, cognito_app_client, cognito_settings):
    outcome = sign_in(cognito, cognito_app_client, cognito_people[name], flow)
    flow_was_enabled(outcome, cognito_app_client, cognito_settings.implementation.value)
    assert outcome.ok and outcome.response.get("ChallengeName") == challenge, (
        f"expected the {challenge} challenge, got {outcome.describe()} "
        f"with challenge {(outcome.response or {}).get('ChallengeName')}")
    return outcome


@when(phrase("{name:Person} answers with a new password"), target_fixture="cognito_outcome")
def _(name, challenge, cognito_people, cognito, cognito_app_client):
    person = cognito_people[name]
    new_password = strong_password()
    outcome = auth.answer_new_password(cognito, cognito_app_client, challenge, person.username, new_password)
    if outcome.result:
        person.change_password(new_password)
        person.keep_tokens(outcome.result)
    return outcome


@then(phrase("{name:Person} receives an ID token, an access token and a refresh token"))
def _(name, cognito_outcome, cognito_app_client, cognito_settings):
    flow_was_enabled(cognito_outcome, cognito_app_client, cognito_settings.implementation.value)
    assert cognito_outcome.ok, f"{name} was not signed in: {cognito_outcome.describe()}"
    missing = [kind.result_key for kind in KINDS if not kind.of(cognito_outcome.result)]
    assert not missing, f"the AuthenticationResult lacks {missing}"


@then(phrase("the tokens are Bearer tokens that expire in {seconds:d} seconds"))
def _(seconds, cognito_outcome):
    assert cognito_outcome.result.get("TokenType") == "Bearer"
    assert cognito_outcome.result.get("ExpiresIn") == seconds


@when(phrase("{name:Person}, who has no account, signs in with {flow:Flow}"), target_fixture="cognito_outcome")
def _(name, flow, cognito_people, cognito, cognito_app_client):
    return sign_in(cognito, cognito_app_client, cognito_people[name], flow)
