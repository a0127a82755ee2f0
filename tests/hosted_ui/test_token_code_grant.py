"""POST /oauth2/token, grant_type=authorization_code (docs/cognito-spec.md 9.4)."""

import pytest

from cognito_conformance.hosted_ui.browser import pkce_pair


def exchange(world, code, **extra):
    return {"grant_type": "authorization_code", "code": code, "redirect_uri": world.callback,
            **extra}


def test_code_exchange_returns_cognito_shaped_tokens(world, sign_in, token_request):
    resp = token_request(exchange(world, sign_in()))
    assert resp.status_code == 200
    assert resp.headers["Content-Type"].startswith("application/json")
    assert resp.headers["Access-Control-Allow-Origin"] == "*"
    body = resp.json()
    assert set(body) == {"access_token", "id_token", "refresh_token", "token_type", "expires_in"}
    assert body["token_type"] == "Bearer" and body["expires_in"] == 3600


def test_no_id_token_without_openid(world, sign_in, token_request):
    body = token_request(exchange(world, sign_in(scope="email"))).json()
    assert "id_token" not in body and {"access_token", "refresh_token"} <= set(body)


def test_a_code_works_once(world, sign_in, token_request):
    code = sign_in()
    assert token_request(exchange(world, code)).status_code == 200
    second = token_request(exchange(world, code))
    assert second.status_code == 400 and second.json() == {"error": "invalid_grant"}


def test_unknown_code_is_invalid_grant(world, token_request):
    resp = token_request(exchange(world, "not-a-code"))
    assert resp.status_code == 400 and resp.json()["error"] == "invalid_grant"


def test_redirect_uri_must_match(world, sign_in, token_request):
    resp = token_request(exchange(world, sign_in(), redirect_uri="https://app.example.com/other"))
    assert resp.status_code == 400 and resp.json()["error"] == "invalid_grant"


def test_code_of_another_client_is_invalid_grant(world, sign_in, token_request):
    code = sign_in(client=world.confidential)
    resp = token_request(exchange(world, code))
    assert resp.status_code == 400 and resp.json()["error"] == "invalid_grant"


def test_pkce_s256_verifier_is_checked(world, sign_in, token_request):
    verifier, challenge = pkce_pair()
    pkce = {"code_challenge": challenge, "code_challenge_method": "S256"}
    bad = token_request(exchange(world, sign_in(**pkce), code_verifier=pkce_pair()[0]))
    assert bad.status_code == 400 and bad.json()["error"] == "invalid_grant"
    missing = token_request(exchange(world, sign_in(**pkce)))
    assert missing.status_code == 400 and missing.json()["error"] == "invalid_request"
    good = token_request(exchange(world, sign_in(**pkce), code_verifier=verifier))
    assert good.status_code == 200


def test_confidential_client_with_basic_auth_or_post_secret(world, sign_in, token_request):
    c = world.confidential
    basic = token_request(exchange(world, sign_in(client=c)),
                          auth=(c["ClientId"], c["ClientSecret"]))
    assert basic.status_code == 200
    post = token_request(exchange(world, sign_in(client=c), client_id=c["ClientId"],
                                  client_secret=c["ClientSecret"]))
    assert post.status_code == 200


@pytest.mark.parametrize("how", ["basic", "post", "none"])
def test_confidential_client_with_a_wrong_or_no_secret_is_invalid_client(
        world, sign_in, token_request, how):
    c = world.confidential
    data = exchange(world, sign_in(client=c))
    auth = None
    if how == "basic":
        auth = (c["ClientId"], "wrong")
    elif how == "post":
        data.update(client_id=c["ClientId"], client_secret="wrong")
    else:
        data.update(client_id=c["ClientId"])
    resp = token_request(data, auth=auth, client=c)
    # Cognito documents every token-endpoint error as HTTP 400 (docs/cognito-spec.md 9.4).
    assert resp.status_code == 400 and resp.json() == {"error": "invalid_client"}


def test_unknown_grant_type(world, token_request):
    resp = token_request({"grant_type": "password", "username": "alice", "password": "x"})
    assert resp.status_code == 400 and resp.json() == {"error": "unsupported_grant_type"}
