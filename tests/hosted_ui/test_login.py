"""/login: the sign-in form, its CSRF token, and credential checks (docs/cognito-spec.md 9.2)."""

import re
from urllib.parse import urlsplit

import pytest



def authorize_params(world, client=None):
    return {"response_type": "code", "client_id": (client or world.public)["ClientId"],
            "redirect_uri": world.callback, "state": "s1", "scope": "openid"}


def login_page(world, browser):
    return browser.open("/oauth2/authorize", **authorize_params(world))


def test_form_has_username_password_and_a_csrf_token_tied_to_a_cookie(world, browser):
    page = login_page(world, browser)
    assert page.status == 200 and urlsplit(page.url).path.endswith("/login")
    assert page.response.headers["Content-Type"].startswith("text/html")
    assert re.search(r'<form[^>]*method="post"', page.response.text)
    form = page.sign_in_form
    assert form is not None and {"username", "password", "_csrf"} <= set(form.fields)
    assert browser.http.cookies.get("XSRF-TOKEN") == form.fields["_csrf"]
    assert not page.error_messages
    assert "<script" not in page.response.text  # works without JavaScript


def test_right_credentials_redirect_with_code_and_state(world, browser):
    landing = browser.submit_sign_in(login_page(world, browser), world.username, world.password)
    assert landing.is_at(world.callback) and not landing.fetched
    assert landing.query["state"] == "s1" and landing.query["code"]
    assert browser.http.cookies.get("cognito")  # the managed-login session cookie


@pytest.mark.parametrize("username, password", [("alice", "wrong-Passw0rd!"),
                                                ("nobody", "Passw0rd!Passw0rd")])
def test_wrong_credentials_show_the_form_again_with_an_error(world, browser, username, password):
    landing = browser.submit_sign_in(login_page(world, browser), username, password)
    assert landing.status == 200 and landing.fetched
    assert landing.error_messages == ["Incorrect username or password."]
    assert landing.sign_in_form is not None
    assert not browser.http.cookies.get("cognito")


def test_post_without_the_csrf_token_is_refused(world, browser):
    page = login_page(world, browser)
    resp = browser.http.post(page.url, data={"username": world.username,
                                             "password": world.password},
                             allow_redirects=False)
    assert resp.status_code == 403
    assert "Location" not in resp.headers


def test_csrf_token_must_match_the_cookie(world, browser):
    page = login_page(world, browser)
    browser.http.cookies.clear()
    browser.http.cookies.set("XSRF-TOKEN", "forged")
    landing = browser.submit_sign_in(page, world.username, world.password)
    assert landing.status == 403 and landing.sign_in_form is None


def test_unconfirmed_user_cannot_sign_in(world, browser):
    world.idp.sign_up(ClientId=world.public["ClientId"], Username="bob",
                      Password="Passw0rd!Passw0rd")
    landing = browser.submit_sign_in(login_page(world, browser), "bob", "Passw0rd!Passw0rd")
    assert landing.status == 200 and landing.error_messages == ["User is not confirmed."]


def test_disabled_user_cannot_sign_in(world, browser):
    world.idp.admin_create_user(UserPoolId=world.pool_id, Username="carol",
                                MessageAction="SUPPRESS")
    world.idp.admin_set_user_password(UserPoolId=world.pool_id, Username="carol",
                                      Password="Passw0rd!Passw0rd", Permanent=True)
    world.idp.admin_disable_user(UserPoolId=world.pool_id, Username="carol")
    landing = browser.submit_sign_in(login_page(world, browser), "carol", "Passw0rd!Passw0rd")
    assert landing.status == 200 and landing.error_messages == ["User is disabled."]
