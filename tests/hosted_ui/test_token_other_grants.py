"""POST /oauth2/token: refresh_token and client_credentials grants, code expiry (docs/cognito-spec.md 9.4)."""

import requests
from jose import jwt

from cognito_conformance.hosted_ui import Browser, HostedUI


def test_refresh_gives_new_access_and_id_tokens_and_no_refresh_token(world, tokens_for,
                                                                     token_request):
    first = tokens_for()
    resp = token_request({"grant_type": "refresh_token", "refresh_token": first["refresh_token"]})
    assert resp.status_code == 200
    body = resp.json()
    assert set(body) == {"access_token", "id_token", "token_type", "expires_in"}
    old, new = (jwt.get_unverified_claims(t["access_token"]) for t in (first, body))
    assert new["jti"] != old["jti"]
    assert new["origin_jti"] == old["origin_jti"]
    assert new["auth_time"] == old["auth_time"]  # the original sign-in time


def test_refresh_with_an_unknown_token_or_another_client_is_invalid_grant(world, tokens_for,
                                                                          token_request):
    unknown = token_request({"grant_type": "refresh_token", "refresh_token": "nope"})
    assert unknown.status_code == 400 and unknown.json() == {"error": "invalid_grant"}
    c = world.confidential
    other = token_request({"grant_type": "refresh_token",
                           "refresh_token": tokens_for()["refresh_token"]},
                          auth=(c["ClientId"], c["ClientSecret"]))
    assert other.status_code == 400 and other.json() == {"error": "invalid_grant"}


def test_refresh_without_the_token_is_invalid_request(token_request):
    resp = token_request({"grant_type": "refresh_token"})
    assert resp.status_code == 400 and resp.json() == {"error": "invalid_request"}


def test_client_credentials_returns_only_an_access_token(world, token_request):
    m2m = world.m2m
    resp = token_request({"grant_type": "client_credentials",
                          "scope": "https://api.example.com/read"},
                         auth=(m2m["ClientId"], m2m["ClientSecret"]))
    assert resp.status_code == 200
    body = resp.json()
    assert set(body) == {"access_token", "token_type", "expires_in"}
    claims = jwt.get_unverified_claims(body["access_token"])
    assert claims["scope"] == "https://api.example.com/read"
    assert claims["sub"] == claims["client_id"] == m2m["ClientId"]
    assert "username" not in claims


def test_client_credentials_defaults_to_every_client_scope(world, token_request):
    m2m = world.m2m
    body = token_request({"grant_type": "client_credentials"},
                         auth=(m2m["ClientId"], m2m["ClientSecret"])).json()
    assert set(jwt.get_unverified_claims(body["access_token"])["scope"].split()) == {
        "https://api.example.com/read", "https://api.example.com/write"}


def test_client_credentials_errors(world, token_request):
    m2m, c = world.m2m, world.confidential
    wrong_scope = token_request({"grant_type": "client_credentials", "scope": "nope/x"},
                                auth=(m2m["ClientId"], m2m["ClientSecret"]))
    assert wrong_scope.json() == {"error": "invalid_scope"}
    not_allowed = token_request({"grant_type": "client_credentials"},
                                auth=(c["ClientId"], c["ClientSecret"]))
    assert not_allowed.json() == {"error": "unauthorized_client"}
    wrong_secret = token_request({"grant_type": "client_credentials"},
                                 auth=(m2m["ClientId"], "wrong"))
    assert wrong_secret.status_code == 400 and wrong_secret.json() == {"error": "invalid_client"}


def test_code_expires_after_five_minutes(world):
    now = [1_700_000_000.0]
    with HostedUI(world.idp, clock=lambda: now[0]) as ui:
        browser = Browser(ui.base_url(world.pool_id))
        params = {"client_id": world.public["ClientId"], "redirect_uri": world.callback,
                  "scope": "openid"}
        exchange = {"grant_type": "authorization_code", "redirect_uri": world.callback,
                    "client_id": world.public["ClientId"]}
        token_url = f"{ui.base_url(world.pool_id)}/oauth2/token"
        code = browser.code_for(world.username, world.password, **params)
        now[0] += 299
        assert requests.post(token_url, data={**exchange, "code": code}).status_code == 200
        code = browser.code_for(world.username, world.password, prompt="login", **params)
        now[0] += 300
        late = requests.post(token_url, data={**exchange, "code": code})
        assert late.status_code == 400 and late.json() == {"error": "invalid_grant"}
