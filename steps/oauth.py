"""The hosted UI in a browser: the authorization endpoint, the sign-in page, the session and sign-out.

The browser (``cognito_conformance.hosted_ui.browser``) follows redirects as a browser does; a visit
publishes ``visit``: what the app asked for and where the browser ended. Thens assert only that end.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from pytest_bdd import given, then, when

from cognito_conformance import result_classes
from cognito_conformance.hosted_ui.browser import Browser, Landing, pkce_pair
from cognito_conformance.oauth_configurations import CALLBACK, SIGNED_OUT
from cognito_conformance.people import strong_password

from .grammar import phrase

SCOPES = "openid email profile aws.cognito.signin.user.admin"


@dataclass
class Visit:
    """One trip of the browser through the hosted UI, as the app started it, and where it ended."""

    params: dict
    landing: Landing
    verifier: str | None = field(default=None, repr=False)

    def sent_back(self) -> dict[str, str]:
        """The query the browser brought back to the redirect_uri ({} if it did not end there)."""
        return self.landing.query if self.landing.is_at(self.params.get("redirect_uri", "")) else {}

    @property
    def code(self) -> str:
        code = self.sent_back().get("code")
        assert code, f"the browser was not sent back with a code; it ended at {self.landing.describe()}"
        return code


def authorize_params(app_client, **extra) -> dict:
    return {"response_type": "code", "client_id": app_client.id, "redirect_uri": CALLBACK,
            "scope": SCOPES, "state": secrets.token_urlsafe(12), **extra}


def start(browser: Browser, params: dict) -> Visit:
    return Visit(params, browser.open("/oauth2/authorize", **params))


def sign_in(browser: Browser, params: dict, username: str, password: str) -> Visit:
    """The app sends the browser to /oauth2/authorize; where it shows a sign-in page, the person signs in."""
    return Visit(params, browser.sign_in(username, password, **params))


def person_in(people, name, user_pool):
    person = people[name]
    person.pool_id = user_pool.id
    return person


def on_hosted_ui(landing: Landing, domain) -> bool:
    return urlsplit(landing.url).netloc == domain.host


@given("a user pool with a hosted UI", target_fixture="cognito_user_pool")
def _(cognito_hosted_ui_pool):
    return cognito_hosted_ui_pool.pool


@when("the app sends the browser to sign in", target_fixture="visit")
def _(cognito_hosted_ui_browser, cognito_app_client):
    return start(cognito_hosted_ui_browser, authorize_params(cognito_app_client))


FLAWS = {
    "an unregistered callback URL": {"redirect_uri": "https://evil.example.com/callback"},
    "an unknown app client": {"client_id": "1example23456789"},
    "a response type the app client does not allow": {"response_type": "token"},
    "a scope the user pool does not know": {"scope": "openid https://unknown.example.com/scope"},
    "no response type": {"response_type": None},
    "a PKCE challenge by the plain method": {"code_challenge": "a" * 43, "code_challenge_method": "plain"},
}


@when(phrase("the app sends the browser to sign in with {flaw}"), target_fixture="visit")
def _(flaw, cognito_hosted_ui_browser, cognito_app_client):
    params = {k: v for k, v in {**authorize_params(cognito_app_client), **FLAWS[flaw]}.items() if v is not None}
    return start(cognito_hosted_ui_browser, params)


@given(phrase("{name:Person} has signed in on the hosted UI"), target_fixture="visit")
@when(phrase("{name:Person} signs in on the hosted UI"), target_fixture="visit")
def _(name, cognito_people, cognito_user_pool, cognito_hosted_ui_browser, cognito_app_client):
    person = person_in(cognito_people, name, cognito_user_pool)
    return sign_in(cognito_hosted_ui_browser, authorize_params(cognito_app_client), person.username, person.password)


@given(phrase('{name:Person} has signed in on the hosted UI asking only for "{scope}"'), target_fixture="visit")
def _(name, scope, cognito_people, cognito_user_pool, cognito_hosted_ui_browser, cognito_app_client):
    person = person_in(cognito_people, name, cognito_user_pool)
    return sign_in(cognito_hosted_ui_browser, authorize_params(cognito_app_client, scope=scope), person.username, person.password)


@given(phrase("{name:Person} has signed in on the hosted UI with a PKCE challenge"), target_fixture="visit")
def _(name, cognito_people, cognito_user_pool, cognito_hosted_ui_browser, cognito_app_client):
    person = person_in(cognito_people, name, cognito_user_pool)
    verifier, challenge = pkce_pair()
    params = authorize_params(cognito_app_client, code_challenge=challenge, code_challenge_method="S256")
    visit = sign_in(cognito_hosted_ui_browser, params, person.username, person.password)
    visit.verifier = verifier
    return visit


@when(phrase("{name:Person} signs in on the hosted UI with a wrong password"), target_fixture="visit")
def _(name, cognito_people, cognito_user_pool, cognito_hosted_ui_browser, cognito_app_client):
    person = person_in(cognito_people, name, cognito_user_pool)
    return sign_in(cognito_hosted_ui_browser, authorize_params(cognito_app_client), person.username, strong_password())


@when(phrase("the app sends the browser to sign out, returning to {where}"), target_fixture="visit")
def _(where, cognito_hosted_ui_browser, cognito_app_client):
    logout_uri = {"its registered sign-out URL": SIGNED_OUT,
                  "an unregistered address": "https://evil.example.com/signed-out"}[where]
    params = {"client_id": cognito_app_client.id, "logout_uri": logout_uri}
    return Visit(params, cognito_hosted_ui_browser.open("/logout", **params))


@then("the browser is shown the sign-in page")
def _(visit, cognito_hosted_ui_domain):
    landing = visit.landing
    assert on_hosted_ui(landing, cognito_hosted_ui_domain) and urlsplit(landing.url).path.endswith("/login"), (
        f"expected the hosted UI's /login page, the browser ended at {landing.describe()}")
    assert landing.status == 200 and landing.sign_in_form is not None, "the page has no sign-in form"


@then("the browser is sent back to the app with a code and the same state")
def _(visit):
    sent = visit.sent_back()
    assert sent.get("code"), (f"expected the browser back at {visit.params['redirect_uri']} with a code; "
                              f"it ended at {visit.landing.describe()} {visit.landing.error_messages}")
    assert sent.get("state") == visit.params["state"], "the state came back changed"


@then("the browser is shown the sign-in page again with an error")
def _(visit, cognito_hosted_ui_domain):
    landing = visit.landing
    assert not visit.sent_back(), "the browser was sent back to the app"
    assert on_hosted_ui(landing, cognito_hosted_ui_domain) and landing.status == 200, (
        f"expected the sign-in page again, the browser ended at {landing.describe()}")
    assert landing.sign_in_form is not None, f"the page at {landing.describe()} is not the sign-in page"
    assert landing.error_messages, "the sign-in page shows no error message"


@then(phrase("the browser is sent back to the app with the error {error:w}"))
def _(error, visit):
    sent = visit.sent_back()
    assert sent.get("error") == error, f"expected error={error}, the browser ended at {visit.landing.describe()}"
    assert "code" not in sent


@then("the hosted UI refuses without sending the browser away")
def _(visit, cognito_hosted_ui_domain):
    # The stand-in shows an error page; Cognito shows its own error page on the same domain.
    landing = visit.landing
    assert on_hosted_ui(landing, cognito_hosted_ui_domain), f"the browser was sent away, to {landing.describe()}"
    assert landing.sign_in_form is None and "code" not in landing.query, "the hosted UI went on to sign in"


@then("the browser is sent to the app's sign-out URL")
def _(visit):
    assert visit.landing.url == visit.params["logout_uri"], (
        f"expected the browser at {visit.params['logout_uri']}, it ended at {visit.landing.describe()}")


@then("the hosted UI no longer remembers the browser")
def _(cognito_hosted_ui_browser, cognito_hosted_ui_domain, cognito_app_client, request):
    if not cognito_hosted_ui_domain.keeps_session:
        result_classes.mark(request.node, result_classes.NOT_PROVEN,
                            "this hosted UI keeps no sign-in session at all, so nothing it does at /logout could "
                            "make this step fail")
    again = start(cognito_hosted_ui_browser, authorize_params(cognito_app_client))
    assert not again.sent_back(), "the hosted UI signed the browser in without asking"
    assert again.landing.sign_in_form is not None, f"expected the sign-in page, got {again.landing.describe()}"
