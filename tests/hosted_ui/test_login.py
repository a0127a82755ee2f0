"""/login: the sign-in form, its CSRF token, and credential checks (SPEC.md §9.2)."""

import re

import pytest

from cognito_conformance.hosted_ui.browser import query_of


def authorize_params(world, client=None):
    return {"response_type": "code", "client_id": (client or world.public)["ClientId"],
            "redirect_uri": world.callback, "state": "s1", "scope": "openid"}


def login_page(world, browser):
    return browser.follow(browser.authorize(**authorize_params(world)))


def test_form_has_username_password_and_a_csrf_token_tied_to_a_cookie(world, browser):
    page = login_page(world, browser)
    assert page.status_code == 200
    assert page.headers["Content-Type"].startswith("text/html")
    assert re.search(r'<form[^>]*method="post"', page.text)
    assert 'name="username"' in page.text and 'name="password"' in page.text
    csrf = re.search(r'name="_csrf"\s+value="([^"]+)"', page.text).group(1)
    assert browser.http.cookies.get("XSRF-TOKEN") == csrf
    assert "<script" not in page.text  # works without JavaScript


def test_right_credentials_redirect_with_code_and_state(world, browser):
    resp = browser.submit_login(login_page(world, browser), world.username, world.password)
    assert resp.status_code == 302
    q = query_of(resp.headers["Location"])
    assert resp.headers["Location"].startswith(world.callback + "?")
    assert q["state"] == "s1" and q["code"]
    assert browser.http.cookies.get("cognito")  # the managed-login session cookie


@pytest.mark.parametrize("username, password", [("alice", "wrong-Passw0rd!"),
                                                ("nobody", "Passw0rd!Passw0rd")])
def test_wrong_credentials_show_the_form_again_with_an_error(world, browser, username, password):
    resp = browser.submit_login(login_page(world, browser), username, password)
    assert resp.status_code == 200
    assert "Location" not in resp.headers
    assert "Incorrect username or password." in resp.text
    assert 'name="password"' in resp.text
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
    resp = browser.submit_login(page, world.username, world.password)
    assert resp.status_code == 403


def test_unconfirmed_user_cannot_sign_in(world, browser):
    world.idp.sign_up(ClientId=world.public["ClientId"], Username="bob",
                      Password="Passw0rd!Passw0rd")
    resp = browser.submit_login(login_page(world, browser), "bob", "Passw0rd!Passw0rd")
    assert resp.status_code == 200 and "not confirmed" in resp.text


def test_disabled_user_cannot_sign_in(world, browser):
    world.idp.admin_create_user(UserPoolId=world.pool_id, Username="carol",
                                MessageAction="SUPPRESS")
    world.idp.admin_set_user_password(UserPoolId=world.pool_id, Username="carol",
                                      Password="Passw0rd!Passw0rd", Permanent=True)
    world.idp.admin_disable_user(UserPoolId=world.pool_id, Username="carol")
    resp = browser.submit_login(login_page(world, browser), "carol", "Passw0rd!Passw0rd")
    assert resp.status_code == 200 and "Location" not in resp.headers
