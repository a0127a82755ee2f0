"""The hosted UI's token, userInfo, revocation and discovery endpoints, as an app calls them.

Token endpoint answers are published as ``token_response``; userInfo answers as ``userinfo_response``.
"""

from __future__ import annotations

import requests
from pytest_bdd import given, then, when

from cognito_conformance.hosted_ui.browser import TIMEOUT, pkce_pair
from cognito_conformance.jwt import decode_unverified
from cognito_conformance.oauth_configurations import OTHER_CALLBACK, RESOURCE_SERVER
from cognito_conformance.token_kinds import ACCESS, KINDS, from_token_endpoint

from .grammar import phrase
from .oauth import authorize_params, person_in, sign_in
from .tokens import check_claim

#: How the scenarios name what the token endpoint returns.
TOKEN_SETS = {
    "an ID token, an access token and a refresh token": {"ID", "access", "refresh"},
    "an access token and a refresh token but no ID token": {"access", "refresh"},
    "an ID token and an access token but no refresh token": {"ID", "access"},
    "only an access token": {"access"},
}


def post(url: str, data: dict, app_client, how: str = "basic", secret: str | None = None) -> requests.Response:
    """POST a form as the app client: a secret goes in HTTP Basic (or the body); a public client sends its id."""
    secret = secret or app_client.secret
    auth = None
    if secret and how == "basic":
        auth = (app_client.id, secret)
    elif secret:
        data = {**data, "client_id": app_client.id, "client_secret": secret}
    else:
        data = {**data, "client_id": app_client.id}
    return requests.post(url, data=data, auth=auth, allow_redirects=False, timeout=TIMEOUT)


def exchange(domain, app_client, visit, how="basic", **overrides) -> requests.Response:
    data = {"grant_type": "authorization_code", "code": visit.code, "redirect_uri": visit.params["redirect_uri"]}
    if visit.verifier:
        data["code_verifier"] = visit.verifier
    secret = overrides.pop("secret", None)
    return post(domain.url("/oauth2/token"), {**data, **overrides}, app_client, how, secret)


def keep_tokens(person, response: requests.Response) -> None:
    assert response.status_code == 200, f"the token endpoint answered {response.status_code} {response.text[:200]}"
    body = response.json()
    person.keep_tokens(from_token_endpoint(body))


def userinfo(domain, access_token: str) -> requests.Response:
    return requests.get(domain.url("/oauth2/userInfo"), headers={"Authorization": f"Bearer {access_token}"},
                        timeout=TIMEOUT)


def refused_with(response: requests.Response) -> str | None:
    try:
        return response.json().get("error")
    except ValueError:
        return None


@given(phrase("{name:Person} has tokens from the hosted UI"))
def _(name, cognito_people, cognito_user_pool, cognito_hosted_ui_browser, cognito_hosted_ui_domain, cognito_app_client):
    person = person_in(cognito_people, name, cognito_user_pool)
    visit = sign_in(cognito_hosted_ui_browser, authorize_params(cognito_app_client), person.username, person.password)
    keep_tokens(person, exchange(cognito_hosted_ui_domain, cognito_app_client, visit))


@given("a machine-to-machine app client with the resource server's scopes", target_fixture="cognito_app_client")
def _(cognito_hosted_ui_pool):
    return cognito_hosted_ui_pool.machine


@given("the app has already exchanged the code")
def _(visit, cognito_hosted_ui_domain, cognito_app_client):
    first = exchange(cognito_hosted_ui_domain, cognito_app_client, visit)
    assert first.status_code == 200, f"the first exchange failed: {first.text[:200]}"


@given("five minutes have passed")
def _(cognito_hosted_ui_domain):
    cognito_hosted_ui_domain.advance(5 * 60 + 1)


@when("the app exchanges the code at the token endpoint", target_fixture="token_response")
def _(visit, cognito_hosted_ui_domain, cognito_app_client):
    return exchange(cognito_hosted_ui_domain, cognito_app_client, visit)


EXCHANGES = {
    "the PKCE verifier": {},
    "a wrong PKCE verifier": {"code_verifier": pkce_pair()[0]},
    "another registered callback URL": {"redirect_uri": OTHER_CALLBACK},
    "its secret in HTTP Basic authentication": {"how": "basic"},
    "its secret in the request body": {"how": "body"},
    "a wrong client secret": {"secret": "a-wrong-secret-0123456789"},
}


@when(phrase("the app exchanges the code with {variation}"), target_fixture="token_response")
def _(variation, visit, cognito_hosted_ui_domain, cognito_app_client):
    overrides = dict(EXCHANGES[variation])
    return exchange(cognito_hosted_ui_domain, cognito_app_client, visit, overrides.pop("how", "basic"), **overrides)


@when(phrase("the app refreshes {name:Person}'s tokens at the token endpoint"), target_fixture="token_response")
def _(name, cognito_people, cognito_hosted_ui_domain, cognito_app_client):
    return post(cognito_hosted_ui_domain.url("/oauth2/token"),
                {"grant_type": "refresh_token", "refresh_token": cognito_people[name].refresh_token}, cognito_app_client)


@when("the app asks the token endpoint for a token with its client credentials", target_fixture="token_response")
def _(cognito_hosted_ui_domain, cognito_app_client):
    return post(cognito_hosted_ui_domain.url("/oauth2/token"),
                {"grant_type": "client_credentials", "scope": f"{RESOURCE_SERVER}/read"}, cognito_app_client)


@when("the app asks the token endpoint for the password grant", target_fixture="token_response")
def _(cognito_hosted_ui_domain, cognito_app_client):
    return post(cognito_hosted_ui_domain.url("/oauth2/token"), {"grant_type": "password", "username": "x",
                                                        "password": "y"}, cognito_app_client)


@then(phrase("the token endpoint returns {tokens}"))
def _(tokens, token_response):
    assert token_response.status_code == 200, f"the token endpoint answered {token_response.status_code} " \
                                              f"{refused_with(token_response)}"
    body = token_response.json()
    returned = {kind.phrase for kind in KINDS if body.get(kind.oauth_field)}
    assert returned == TOKEN_SETS[tokens], f"the token endpoint returned {sorted(returned)}"


@then(phrase("the token endpoint says they are Bearer tokens that expire in {seconds:d} seconds"))
def _(seconds, token_response):
    body = token_response.json()
    assert (body.get("token_type"), body.get("expires_in")) == ("Bearer", seconds), \
        f"token_type {body.get('token_type')!r}, expires_in {body.get('expires_in')!r}"


@then(phrase("the token endpoint refuses it with {error:w}"))
def _(error, token_response):
    assert token_response.status_code >= 400 and refused_with(token_response) == error, (
        f"expected {error}, got {token_response.status_code} {refused_with(token_response)}")


@then("the token endpoint issues no tokens")
def _(token_response):
    # The exact error code is not documented (docs/cognito-spec.md 9.4), only that no tokens come.
    assert token_response.status_code >= 400 and ACCESS.oauth_field not in token_response.text, \
        f"the token endpoint answered {token_response.status_code}"


@then("the access token grants only the resource server's scopes")
def _(token_response):
    scopes = decode_unverified(token_response.json()[ACCESS.oauth_field])[1].get("scope", "").split()
    assert scopes and all(s.startswith(f"{RESOURCE_SERVER}/") for s in scopes), f"the scopes are {scopes}"


@when(phrase("the app asks the userInfo endpoint with {name:Person}'s access token"),
      target_fixture="userinfo_response")
def _(name, cognito_people, cognito_hosted_ui_domain):
    return userinfo(cognito_hosted_ui_domain, cognito_people[name].access_token)


@then("the userInfo endpoint says")
def _(userinfo_response, datatable, cognito_people, cognito_app_client, cognito_user_pool, cognito_backend):
    assert userinfo_response.status_code == 200, f"userInfo answered {userinfo_response.status_code}"
    claims = userinfo_response.json()
    context = {"people": cognito_people, "app_client": cognito_app_client, "user_pool": cognito_user_pool, "backend": cognito_backend}
    problems = [p for claim, expected in datatable[1:] if (p := check_claim(claims, claim, expected, **context))]
    assert not problems, "userInfo: " + "; ".join(problems)


def assert_invalid_token(response: requests.Response) -> None:
    __tracebackhide__ = True
    assert response.status_code == 401, f"userInfo answered {response.status_code}"
    assert 'error="invalid_token"' in response.headers.get("WWW-Authenticate", ""), response.headers.get(
        "WWW-Authenticate")


@then("the userInfo endpoint does not accept the token")
def _(userinfo_response):
    # The docs say only that userInfo "doesn't accept these access tokens": no user's attributes come back.
    assert userinfo_response.status_code >= 400, f"userInfo answered {userinfo_response.status_code}"
    assert "username" not in userinfo_response.text and "sub" not in userinfo_response.text, \
        "userInfo answered with the user's attributes"


@then(phrase("the userInfo endpoint refuses {name:Person}'s access token with invalid_token"))
def _(name, cognito_people, cognito_hosted_ui_domain):
    assert_invalid_token(userinfo(cognito_hosted_ui_domain, cognito_people[name].access_token))


@when(phrase("the app revokes {name:Person}'s refresh token"), target_fixture="revocation_response")
def _(name, cognito_people, cognito_hosted_ui_domain, cognito_app_client, request):
    cognito_hosted_ui_domain.note_stand_in("/oauth2/revoke", request.node)
    return post(cognito_hosted_ui_domain.url("/oauth2/revoke"), {"token": cognito_people[name].refresh_token}, cognito_app_client)


@when("the app revokes a token Cognito never issued", target_fixture="revocation_response")
def _(cognito_hosted_ui_domain, cognito_app_client, request):
    cognito_hosted_ui_domain.note_stand_in("/oauth2/revoke", request.node)
    return post(cognito_hosted_ui_domain.url("/oauth2/revoke"), {"token": pkce_pair()[0]}, cognito_app_client)


@then("the revocation endpoint accepts it")
def _(revocation_response):
    assert revocation_response.status_code == 200, f"the revocation endpoint answered " \
                                                   f"{revocation_response.status_code} {refused_with(revocation_response)}"


@then(phrase("{name:Person}'s refresh token no longer works at the token endpoint"))
def _(name, cognito_people, cognito_hosted_ui_domain, cognito_app_client):
    again = post(cognito_hosted_ui_domain.url("/oauth2/token"),
                 {"grant_type": "refresh_token", "refresh_token": cognito_people[name].refresh_token}, cognito_app_client)
    assert refused_with(again) == "invalid_grant", f"the refresh answered {again.status_code} {refused_with(again)}"


@when("the app reads the user pool's OpenID configuration", target_fixture="discovery_document")
def _(cognito_hosted_ui_domain):
    response = requests.get(cognito_hosted_ui_domain.discovery_url, timeout=TIMEOUT)
    assert response.status_code == 200, f"the discovery document answered {response.status_code}"
    return response.json()


def documented_issuer(pool_id: str) -> str:
    """The original issuer as the Developer Guide writes it: the Region is the pool id's prefix
    ("us-east-1_EXAMPLE" is a pool of us-east-1), not anything the stand-in or the backend computes."""
    region = pool_id.split("_", 1)[0]
    return f"https://cognito-idp.{region}.amazonaws.com/{pool_id}"


@then("it names the user pool's issuer and its JWKS")
def _(discovery_document, cognito_user_pool, cognito_backend):
    issuer = documented_issuer(cognito_user_pool.id)
    assert discovery_document.get("issuer") == issuer, f"issuer {discovery_document.get('issuer')!r}, not {issuer!r}"
    jwks_uri = discovery_document.get("jwks_uri", "")
    if cognito_backend.endpoint_url:
        # An emulator serves the keys at its own endpoint; the path is the documented one.
        assert jwks_uri.endswith(f"/{cognito_user_pool.id}/.well-known/jwks.json"), jwks_uri
    else:
        assert jwks_uri == f"{issuer}/.well-known/jwks.json", jwks_uri
    keys = requests.get(jwks_uri, timeout=TIMEOUT).json().get("keys")
    assert keys and all(key.get("kid") and key.get("kty") == "RSA" for key in keys), f"the JWKS holds {keys}"


@then("it names the hosted UI's authorization, token and userInfo endpoints")
def _(discovery_document, cognito_hosted_ui_domain):
    expected = {"authorization_endpoint": "/oauth2/authorize", "token_endpoint": "/oauth2/token",
                "userinfo_endpoint": "/oauth2/userInfo"}
    wrong = {k: discovery_document.get(k) for k, path in expected.items()
             if discovery_document.get(k) != cognito_hosted_ui_domain.url(path)}
    assert not wrong, f"these endpoints are not the hosted UI's: {wrong}"
