"""Pre token generation through the hosted UI's token endpoint (issue 22): the authorization code grant
(TokenGeneration_HostedAuth) and the client credentials grant (TokenGeneration_ClientCredentials, V3_0 only),
on a pool of its own with a hosted UI, a resource server, a machine-to-machine client and the suite's
PreTokenGeneration function as V3_0.

The Given publishes that pool's hosted-UI domain as ``cognito_hosted_ui_domain`` (and the pool and its
"app" client), so the OAuth steps (steps/oauth.py, steps/oauth_tokens.py) talk to it.
"""

from __future__ import annotations

import pytest
from pytest_bdd import given, then

from cognito_conformance.configurations import pre_token_hosted_ui_pool
from cognito_conformance.jwt import decode_unverified
from cognito_conformance.triggers import PRE_TOKEN_GENERATION
from cognito_conformance.triggers.handlers import pre_token_generation as handler

from cognito_conformance.fixtures.hosted_ui import enter_hosted_ui_pool, trigger_hosted_ui_pool

MACHINE = "the machine-to-machine app client"


@pytest.fixture(scope="session")
def cognito_pre_token_hosted_ui_pool(cognito_provisioner, cognito, cognito_run_prefix, cognito_hosted_ui,
                                     cognito_settings):
    """The V3_0 pre token generation pool with its hosted UI (created on first use, for the session)."""
    yield from trigger_hosted_ui_pool(cognito_provisioner, cognito, cognito_run_prefix, cognito_hosted_ui,
                                      cognito_settings, pre_token_hosted_ui_pool(), suffix="-ptg")


@given("a user pool with a hosted UI and a PreTokenGeneration trigger of version V3_0",
       target_fixture="cognito_hosted_ui_domain")
def _(request, cognito_pre_token_hosted_ui_pool, cognito_hosted_ui, cognito_backend, cognito_settings):
    return enter_hosted_ui_pool(request, cognito_pre_token_hosted_ui_pool, cognito_hosted_ui, cognito_backend,
                                cognito_settings)


@given("the pool's machine-to-machine app client", target_fixture="cognito_app_client")
def _(cognito_pre_token_hosted_ui_pool):
    return cognito_pre_token_hosted_ui_pool.machine


@then("the PreTokenGeneration trigger received a TokenGeneration_ClientCredentials event for the machine-to-machine app client")
def _(cognito_triggers, cognito_user_pool, cognito_app_client, cognito_trigger_events):
    """Invocation first, for a grant without a user: the event names the machine client as its caller."""
    source = "TokenGeneration_ClientCredentials"

    def mine(found):
        return [e for e in found if e.source == source
                and (e.event.get("callerContext") or {}).get("clientId") == cognito_app_client.id]

    found = mine(cognito_triggers.events(cognito_user_pool.id, PRE_TOKEN_GENERATION, until=lambda f: bool(mine(f))))
    assert found, f"the PreTokenGeneration trigger received no {source} event for {MACHINE}"
    cognito_trigger_events[(PRE_TOKEN_GENERATION, MACHINE)] = found[-1].event


@then("the access token from the token endpoint carries the access token claim the function added")
def _(token_response):
    assert token_response.status_code == 200, \
        f"the token endpoint answered {token_response.status_code} {token_response.text[:200]}"
    claims = decode_unverified(token_response.json()["access_token"])[1]
    got = claims.get(handler.ACCESS_CLAIM)
    assert got == handler.CLAIM_VALUE, f"the access token's {handler.ACCESS_CLAIM} is {got!r}"
