"""GET /oauth2/authorize: redirect to /login, and each documented error (docs/cognito-spec.md 9.1)."""

import pytest

from cognito_conformance.hosted_ui.browser import pkce_pair, query_of


def params(world, **extra):
    base = {"response_type": "code", "client_id": world.public["ClientId"],
            "redirect_uri": world.callback, "state": "xyz", "scope": "openid email"}
    base.update(extra)
    return {k: v for k, v in base.items() if v is not None}


def test_valid_request_redirects_to_login_with_the_parameters(world, browser):
    resp = browser.authorize(**params(world))
    assert resp.status_code == 302
    location = resp.headers["Location"]
    assert location.startswith(f"/{world.pool_id}/login?")
    assert query_of(location)["client_id"] == world.public["ClientId"]
    assert query_of(location)["state"] == "xyz"


@pytest.mark.parametrize("override", [{"client_id": "nope"},
                                      {"redirect_uri": "https://evil.example.com/cb"},
                                      {"redirect_uri": None}])
def test_unknown_client_or_unregistered_redirect_uri_is_an_error_page(world, browser, override):
    resp = browser.authorize(**params(world, **override))
    assert resp.status_code == 400
    assert "Location" not in resp.headers
    assert "text/html" in resp.headers["Content-Type"]


@pytest.mark.parametrize("override, error", [
    ({"response_type": None}, "invalid_request"),
    ({"response_type": "token"}, "unauthorized_client"),
    ({"scope": "openid nonsense"}, "invalid_scope"),
    ({"code_challenge": pkce_pair()[1]}, "invalid_request"),
    ({"code_challenge": pkce_pair()[1], "code_challenge_method": "plain"}, "invalid_request"),
    ({"code_challenge_method": "S256"}, "invalid_request"),
])
def test_errors_redirect_to_the_app_and_echo_state(world, browser, override, error):
    resp = browser.authorize(**params(world, **override))
    assert resp.status_code == 302
    location = resp.headers["Location"]
    assert location.startswith(world.callback + "?")
    assert query_of(location)["error"] == error
    assert query_of(location)["state"] == "xyz"
    assert "code" not in query_of(location)


def test_prompt_none_without_a_session_is_login_required(world, browser):
    resp = browser.authorize(**params(world, prompt="none"))
    assert query_of(resp.headers["Location"])["error"] == "login_required"


def test_scopes_the_client_does_not_allow_are_ignored(world, browser, token_request):
    code = browser.code_for(world.username, world.password, **params(world, scope="openid phone"))
    token = token_request({"grant_type": "authorization_code", "code": code,
                           "redirect_uri": world.callback}).json()
    from jose import jwt
    assert jwt.get_unverified_claims(token["access_token"])["scope"] == "openid"


def test_with_a_session_authorize_still_goes_to_login_which_sends_the_code_back(world, browser):
    browser.sign_in(world.username, world.password, **params(world))
    resp = browser.authorize(**params(world, state="again"))
    assert resp.status_code == 302 and resp.headers["Location"].startswith(f"/{world.pool_id}/login?")
    back = browser.step(resp)
    assert back.status_code == 302 and back.headers["Location"].startswith(world.callback + "?")
    assert query_of(back.headers["Location"])["state"] == "again"
    assert "code" in query_of(back.headers["Location"])


def test_prompt_login_shows_the_form_despite_a_session(world, browser):
    browser.sign_in(world.username, world.password, **params(world))
    landing = browser.open("/oauth2/authorize", **params(world, prompt="login"))
    assert landing.sign_in_form is not None and "code" not in landing.query


def test_prompt_none_with_a_session_sends_the_code_from_authorize(world, browser):
    browser.sign_in(world.username, world.password, **params(world))
    resp = browser.authorize(**params(world, prompt="none", state="silent"))
    assert resp.headers["Location"].startswith(world.callback + "?")
    assert query_of(resp.headers["Location"])["state"] == "silent" and "code" in query_of(resp.headers["Location"])
