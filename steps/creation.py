"""What a new app client is without settings, and what creating an app client or a pool refuses.

The app client a scenario creates is its own (``cognito_scratch_clients``, deleted after it); a pool that
an implementation creates where Cognito refuses it is deleted after the scenario too.
"""

from __future__ import annotations

import secrets

from pytest_bdd import then, when

from cognito_conformance.existing_pool import suite_pool_only
from cognito_conformance.outcome import attempt

from .grammar import phrase


def _new_client(cognito, user_pool, scratch_clients) -> dict:
    assert scratch_clients, "no app client was created in this scenario"
    return cognito.describe_user_pool_client(UserPoolId=user_pool.id, ClientId=scratch_clients[-1])["UserPoolClient"]


@then("the new app client names no auth flows, no read or write attributes and no user existence setting")
def _(cognito, cognito_user_pool, cognito_scratch_clients):
    described = _new_client(cognito, cognito_user_pool, cognito_scratch_clients)
    named = {key: described[key] for key in ("ExplicitAuthFlows", "ReadAttributes", "WriteAttributes",
                                              "PreventUserExistenceErrors") if described.get(key)}
    assert not named, f"DescribeUserPoolClient names {named}"


@then(phrase("the new app client gives {minutes:d} minutes to answer a challenge"))
def _(minutes, cognito, cognito_user_pool, cognito_scratch_clients):
    actual = _new_client(cognito, cognito_user_pool, cognito_scratch_clients).get("AuthSessionValidity")
    assert actual == minutes, f"AuthSessionValidity is {actual!r}"


@then("the new app client does not pass on additional user context data")
def _(cognito, cognito_user_pool, cognito_scratch_clients):
    actual = _new_client(cognito, cognito_user_pool, cognito_scratch_clients).get(
        "EnablePropagateAdditionalUserContextData")
    assert actual is not True, f"EnablePropagateAdditionalUserContextData is {actual!r}"


@when("an administrator creates an app client allowing a scope that no resource server defines",
      target_fixture="cognito_outcome")
def _(cognito, cognito_user_pool, cognito_scratch_clients):
    """CreateUserPoolClient with AllowedOAuthScopes and no OAuth flows, the members LocalStack's
    AWS-validated test_custom_scopes sent when AWS refused it."""
    outcome = attempt("CreateUserPoolClient", cognito.create_user_pool_client, UserPoolId=cognito_user_pool.id,
                      ClientName=f"{cognito_user_pool.name}-scratch-{secrets.token_hex(3)}", GenerateSecret=False,
                      AllowedOAuthScopes=[f"cc-undefined-{secrets.token_hex(3)}/read"])
    if outcome.ok:
        cognito_scratch_clients.append(outcome.response["UserPoolClient"]["ClientId"])
    return outcome


@when("an administrator creates a user pool whose schema requires a custom attribute", target_fixture="cognito_outcome")
def _(cognito, cognito_provisioner, cognito_scratch_pools, cognito_run_prefix, cognito_run_tags):
    suite_pool_only(cognito_provisioner, "the scenario creates a user pool of its own, which the suite never does "
                                         "beside a pool it did not create")
    outcome = attempt("CreateUserPool", cognito.create_user_pool, PoolName=f"{cognito_run_prefix}-required-custom",
                      UserPoolTags=cognito_run_tags,
                      Schema=[{"Name": "tier", "AttributeDataType": "String", "Mutable": True, "Required": True}])
    if outcome.ok:
        cognito_scratch_pools.append(outcome.response["UserPool"]["Id"])
    return outcome
