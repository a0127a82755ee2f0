"""The hosted UI in a browser: the authorization endpoint, the sign-in page, the session and sign-out.

A browser visit publishes ``visit``: what the app asked for and where the browser was sent.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urljoin, urlsplit

import requests
from pytest_bdd import given, then, when

from cognito_conformance.hosted_ui import pkce_pair
from cognito_conformance.oauth_configurations import CALLBACK, SIGNED_OUT
from cognito_conformance.people import strong_password

from .grammar import phrase

TIMEOUT = 10
SCOPES = "openid email profile aws.cognito.signin.user.admin"
_CSRF = re.compile(r'name="_csrf"\s+value="([^"]*)"')
_FORM = re.compile(r'<form[^>]*action="([^"]*)"', re.S)


@dataclass
class Visit:
    """One trip of the browser through the hosted UI, as the app started it."""

    params: dict
    response: requests.Response | None = None
    verifier: str | None = field(default=None, repr=False)

    @property
    def location(self) -> str:
        return self.response.headers.get("Location", "") if self.response is not None else ""

    def sent_back(self) -> dict[str, str]:
        """The query the browser brought back to the redirect_uri ({} if it was not sent there)."""
        if not self.location.startswith(self.params.get("redirect_uri", "") + "?"):
            return {}
        return {k: v[0] for k, v in parse_qs(urlsplit(self.location).query).items()}

    @property
    def code(self) -> str:
        code = self.sent_back().get("code")
        assert code, f"the browser was not sent back with a code: {self.response.status_code} {self.location}"
        return code


def authorize_params(app_client, **extra) -> dict:
    return {"response_type": "code", "client_id": app_client.id, "redirect_uri": CALLBACK,
            "scope": SCOPES, "state": secrets.token_urlsafe(12), **extra}


def go(browser, url: str, **kwargs) -> requests.Response:
    return browser.get(url, allow_redirects=False, timeout=TIMEOUT, **kwargs)


def start(browser, domain, params: dict) -> Visit:
    return Visit(params, go(browser, domain.url("/oauth2/authorize"), params=params))


def sign_in(browser, domain, params: dict, username: str, password: str) -> Visit:
    """authorize -> the sign-in page -> post the username and password; follows the hosted UI's redirects."""
    visit = start(browser, domain, params)
    page = visit.response
    while page.is_redirect and urlsplit(page.headers["Location"]).netloc in ("", domain.host):
        page = go(browser, urljoin(page.url, page.headers["Location"]))
    if page.is_redirect:  # a live session sent the browser straight back
        visit.response = page
        return visit
    csrf, form = _CSRF.search(page.text), _FORM.search(page.text)
    assert csrf and form, f"no sign-in form on the page at {page.url}"
    visit.response = browser.post(urljoin(page.url, form.group(1).replace("&amp;", "&")),
                                  data={"_csrf": csrf.group(1), "username": username, "password": password},
                                  allow_redirects=False, timeout=TIMEOUT)
    return visit


def person_in(people, name, user_pool):
    person = people[name]
    person.pool_id = user_pool.id
    return person


@given("a user pool with a hosted UI", target_fixture="user_pool")
def _(hosted_ui_pool):
    return hosted_ui_pool.pool


@when("the app sends the browser to sign in", target_fixture="visit")
def _(hosted_ui_browser, hosted_ui_domain, app_client):
    return start(hosted_ui_browser, hosted_ui_domain, authorize_params(app_client))


FLAWS = {
    "an unregistered callback URL": {"redirect_uri": "https://evil.example.com/callback"},
    "an unknown app client": {"client_id": "1example23456789"},
    "a response type the app client does not allow": {"response_type": "token"},
    "a scope the user pool does not know": {"scope": "openid https://unknown.example.com/scope"},
    "no response type": {"response_type": None},
    "a PKCE challenge by the plain method": {"code_challenge": "a" * 43, "code_challenge_method": "plain"},
}


@when(phrase("the app sends the browser to sign in with {flaw}"), target_fixture="visit")
def _(flaw, hosted_ui_browser, hosted_ui_domain, app_client):
    params = {k: v for k, v in {**authorize_params(app_client), **FLAWS[flaw]}.items() if v is not None}
    return start(hosted_ui_browser, hosted_ui_domain, params)


@given(phrase("{name:Person} has signed in on the hosted UI"), target_fixture="visit")
@when(phrase("{name:Person} signs in on the hosted UI"), target_fixture="visit")
def _(name, people, user_pool, hosted_ui_browser, hosted_ui_domain, app_client):
    person = person_in(people, name, user_pool)
    return sign_in(hosted_ui_browser, hosted_ui_domain, authorize_params(app_client), person.username,
                   person.password)


@given(phrase('{name:Person} has signed in on the hosted UI asking only for "{scope}"'), target_fixture="visit")
def _(name, scope, people, user_pool, hosted_ui_browser, hosted_ui_domain, app_client):
    person = person_in(people, name, user_pool)
    return sign_in(hosted_ui_browser, hosted_ui_domain, authorize_params(app_client, scope=scope),
                   person.username, person.password)


@given(phrase("{name:Person} has signed in on the hosted UI with a PKCE challenge"), target_fixture="visit")
def _(name, people, user_pool, hosted_ui_browser, hosted_ui_domain, app_client):
    person = person_in(people, name, user_pool)
    verifier, challenge = pkce_pair()
    params = authorize_params(app_client, code_challenge=challenge, code_challenge_method="S256")
    visit = sign_in(hosted_ui_browser, hosted_ui_domain, params, person.username, person.password)
    visit.verifier = verifier
    return visit


@when(phrase("{name:Person} signs in on the hosted UI with a wrong password"), target_fixture="visit")
def _(name, people, user_pool, hosted_ui_browser, hosted_ui_domain, app_client):
    person = person_in(people, name, user_pool)
    return sign_in(hosted_ui_browser, hosted_ui_domain, authorize_params(app_client), person.username,
                   strong_password())


@when(phrase("the app sends the browser to sign out, returning to {where}"), target_fixture="visit")
def _(where, hosted_ui_browser, hosted_ui_domain, app_client):
    logout_uri = {"its registered sign-out URL": SIGNED_OUT,
                  "an unregistered address": "https://evil.example.com/signed-out"}[where]
    params = {"client_id": app_client.id, "logout_uri": logout_uri}
    return Visit(params, go(hosted_ui_browser, hosted_ui_domain.url("/logout"), params=params))


@then("the browser is shown the sign-in page")
def _(visit, hosted_ui_browser, hosted_ui_domain):
    assert visit.response.is_redirect, f"expected a redirect to the sign-in page, got {visit.response.status_code}"
    target = urljoin(visit.response.url, visit.location)
    assert urlsplit(target).netloc == hosted_ui_domain.host and urlsplit(target).path.endswith("/login"), target
    page = go(hosted_ui_browser, target)
    assert page.status_code == 200 and 'name="password"' in page.text, "the sign-in page has no password field"


@then("the browser is sent back to the app with a code and the same state")
def _(visit):
    sent = visit.sent_back()
    assert visit.response.status_code == 302 and sent.get("code"), (
        f"expected a redirect to {visit.params['redirect_uri']} with a code, got "
        f"{visit.response.status_code} to {visit.location.split('?')[0]!r}")
    assert sent.get("state") == visit.params["state"], "the state came back changed"


@then("no code is sent back to the app")
def _(visit):
    assert "code" not in visit.sent_back(), "the browser was sent back to the app with a code"


@then(phrase("the browser is sent back to the app with the error {error:w}"))
def _(error, visit):
    sent = visit.sent_back()
    assert sent.get("error") == error, f"expected error={error}, the browser went to {visit.location!r}"
    assert "code" not in sent


@then("the hosted UI refuses without sending the browser away")
def _(visit, hosted_ui_domain):
    # The stand-in shows an error page; Cognito sends the browser to its own /error page.
    if visit.response.is_redirect:
        target = urlsplit(urljoin(visit.response.url, visit.location))
        assert target.netloc == hosted_ui_domain.host, f"the browser was sent to {target.geturl()}"
        assert not target.path.endswith(("/login", "/oauth2/authorize")), "the hosted UI went on to sign in"
    else:
        assert visit.response.status_code >= 400, f"the hosted UI answered {visit.response.status_code}"


@then("the browser is sent to the app's sign-out URL")
def _(visit):
    assert visit.response.is_redirect and visit.location == visit.params["logout_uri"], (
        f"expected a redirect to {visit.params['logout_uri']}, got {visit.response.status_code} {visit.location!r}")


@then("the hosted UI no longer remembers the browser")
def _(hosted_ui_browser, hosted_ui_domain, app_client):
    again = start(hosted_ui_browser, hosted_ui_domain, authorize_params(app_client))
    assert "code" not in again.sent_back(), "the hosted UI signed the browser in without asking"
    assert urlsplit(again.location).path.endswith("/login"), f"expected the sign-in page, got {again.location!r}"
