"""Which app client a scenario goes through: the flows it allows, its secret, its attribute permissions.

Each Given publishes the standard pool's client with that configuration as ``cognito_app_client``.
"""

from __future__ import annotations

from pytest_bdd import given

from cognito_conformance.configurations import CLIENT_ALLOWING_ONLY
from cognito_conformance.existing_pool import can_write, require

from .grammar import phrase


@given(phrase("the app client allows only {flow:Flow}"), target_fixture="cognito_app_client")
def _(flow, cognito_user_pool):
    return cognito_user_pool.clients[CLIENT_ALLOWING_ONLY[flow]]


@given("the app client has a client secret", target_fixture="cognito_app_client")
def _(cognito_user_pool):
    client = cognito_user_pool.clients["confidential"]
    assert client.secret, "the confidential app client was created without a secret"
    return client


@given(phrase("the app client may not write {attribute:Attribute}"), target_fixture="cognito_app_client")
def _(attribute, cognito_user_pool):
    client = cognito_user_pool.clients["no custom write"]
    assert attribute not in client.spec.write_attributes
    return client


@given("the app client hides whether users exist", target_fixture="cognito_app_client")
def _(cognito_user_pool):
    client = cognito_user_pool.clients["hides users"]
    assert client.spec.hides_users
    return client


@given("the app client tells whether users exist", target_fixture="cognito_app_client")
def _(cognito_user_pool):
    client = cognito_user_pool.clients["app"]
    require(not client.spec.hides_users, client, f"app client {client.id} has PreventUserExistenceErrors ENABLED")
    return client


@given("the app client states no token lifetimes")
def _(cognito_app_client):
    require(not cognito_app_client.spec.lifetimes, cognito_app_client, f"app client {cognito_app_client.id} states its own token lifetimes")


@given(phrase("the app client may write {attribute:Attribute}"))
def _(attribute, cognito_app_client):
    require(can_write(cognito_app_client, attribute), cognito_app_client,
            f"app client {cognito_app_client.id} may not write {attribute} (WriteAttributes)")


@given("the pool sends account recovery codes to the verified email address first")
def _(cognito_user_pool, cognito):
    recovery = cognito.describe_user_pool(UserPoolId=cognito_user_pool.id)["UserPool"].get("AccountRecoverySetting", {})
    mechanisms = sorted(recovery.get("RecoveryMechanisms", []), key=lambda m: m["Priority"])
    first = mechanisms[0]["Name"] if mechanisms else None
    require(first == "verified_email", cognito_user_pool,
            f"this pool's AccountRecoverySetting puts {first or 'nothing'} first, not verified_email ({recovery})")
