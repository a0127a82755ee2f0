"""GET /logout (docs/cognito-spec.md 9.3)."""

from cognito_conformance.hosted_ui.browser import query_of


def authorize_params(world):
    return {"response_type": "code", "client_id": world.public["ClientId"],
            "redirect_uri": world.callback, "scope": "openid"}


def test_logout_clears_the_session_and_redirects_to_logout_uri(world, browser):
    browser.sign_in(world.username, world.password, **authorize_params(world))
    assert "code" in browser.open("/oauth2/authorize", **authorize_params(world)).query
    resp = browser.get("/logout", client_id=world.public["ClientId"], logout_uri=world.logout)
    assert resp.status_code == 302 and resp.headers["Location"] == world.logout
    assert not browser.http.cookies.get("cognito")
    # the session is gone: authorize asks for credentials again
    again = browser.authorize(**authorize_params(world))
    assert "/login?" in again.headers["Location"]


def test_unregistered_logout_uri_is_an_error_page(world, browser):
    resp = browser.get("/logout", client_id=world.public["ClientId"],
                       logout_uri="https://evil.example.com/")
    assert resp.status_code == 400 and "Location" not in resp.headers


def test_unknown_client_or_no_target_is_an_error_page(world, browser):
    assert browser.get("/logout", client_id="nope", logout_uri=world.logout).status_code == 400
    assert browser.get("/logout", client_id=world.public["ClientId"]).status_code == 400


def test_redirect_uri_form_sends_the_browser_to_login(world, browser):
    resp = browser.get("/logout", client_id=world.public["ClientId"],
                       redirect_uri=world.callback, response_type="code", state="s")
    assert resp.status_code == 302 and "/login?" in resp.headers["Location"]
    assert query_of(resp.headers["Location"])["state"] == "s"
