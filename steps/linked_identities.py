"""Linking a user's identity at an identity provider to the user's existing account, and unlinking it."""

from __future__ import annotations

from pytest_bdd import given, then

from cognito_conformance import result_classes
from cognito_conformance.jwt import decode_unverified
from cognito_conformance.outcome import attempt

from .common import expect_ok
from .federation import SUITE_PROVIDER
from .grammar import phrase
from .oauth_tokens import exchange


def _provider_identity(person) -> dict:
    """The person's identity at the suite's OIDC provider, as the API names it (its subject)."""
    return {"ProviderName": SUITE_PROVIDER, "ProviderAttributeName": "Cognito_Subject",
            "ProviderAttributeValue": person.sub}


@given(phrase("an administrator has linked {name:Person}'s identity at that provider to her account"))
def _(name, cognito_people, cognito, cognito_user_pool):
    person = cognito_people[name]
    expect_ok(attempt("AdminLinkProviderForUser", cognito.admin_link_provider_for_user, UserPoolId=cognito_user_pool.id,
                      DestinationUser={"ProviderName": "Cognito", "ProviderAttributeValue": person.username},
                      SourceUser=_provider_identity(person)), "AdminLinkProviderForUser")


@given(phrase("an administrator has unlinked {name:Person}'s identity at that provider"))
def _(name, cognito_people, cognito, cognito_user_pool):
    expect_ok(attempt("AdminDisableProviderForUser", cognito.admin_disable_provider_for_user,
                      UserPoolId=cognito_user_pool.id, User=_provider_identity(cognito_people[name])), "AdminDisableProviderForUser")


def _username_in_id_token(visit, hosted_ui_domain, app_client, request) -> str:
    if hosted_ui_domain.stand_in is not None:
        result_classes.mark(request.node, result_classes.STAND_IN,
                            "which user a federated sign-in lands on is decided by the hosted-UI stand-in")
    response = exchange(hosted_ui_domain, app_client, visit)
    assert response.status_code == 200, f"the token endpoint answered {response.status_code}"
    return decode_unverified(response.json()["id_token"])[1].get("cognito:username", "")


@then(phrase("the ID token for that code is {name:Person}'s own"))
def _(name, cognito_people, visit, cognito_hosted_ui_domain, cognito_app_client, request):
    username = _username_in_id_token(visit, cognito_hosted_ui_domain, cognito_app_client, request)
    assert username == cognito_people[name].username, f"the sign-in landed on {username!r}"


@then(phrase("the ID token for that code is not {name:Person}'s own"))
def _(name, cognito_people, visit, cognito_hosted_ui_domain, cognito_app_client, request):
    username = _username_in_id_token(visit, cognito_hosted_ui_domain, cognito_app_client, request)
    assert username and username != cognito_people[name].username, f"the sign-in landed on {username!r}"
