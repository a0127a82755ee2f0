"""Drive the hosted UI (stand-in or real) the way a browser does, with ``requests``."""

from __future__ import annotations

import base64
import hashlib
import re
import secrets
from urllib.parse import parse_qs, urljoin, urlsplit

import requests

_CSRF = re.compile(r'name="_csrf"\s+value="([^"]*)"')
_ACTION = re.compile(r'<form[^>]*name="cognitoSignInForm"[^>]*action="([^"]*)"')


def pkce_pair() -> tuple[str, str]:
    """(code_verifier, S256 code_challenge)."""
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
    return verifier, challenge.rstrip(b"=").decode()


def query_of(location: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


def fragment_of(location: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(location).fragment).items()}


class Browser:
    """One browser (one cookie jar) against one pool's hosted UI at ``base_url``."""

    def __init__(self, base_url: str, session: requests.Session | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.http = session or requests.Session()

    def get(self, path: str, **params) -> requests.Response:
        return self.http.get(f"{self.base_url}{path}", params=params, allow_redirects=False,
                             timeout=10)

    def authorize(self, **params) -> requests.Response:
        return self.get("/oauth2/authorize", **params)

    def follow(self, response: requests.Response) -> requests.Response:
        """Follow one redirect that stays on the hosted UI."""
        return self.http.get(urljoin(response.url, response.headers["Location"]),
                             allow_redirects=False, timeout=10)

    def submit_login(self, login_page: requests.Response, username: str,
                     password: str) -> requests.Response:
        csrf = _CSRF.search(login_page.text)
        action = _ACTION.search(login_page.text)
        assert csrf and action, "no sign-in form on the page"
        action_url = urljoin(login_page.url, action.group(1).replace("&amp;", "&"))
        return self.http.post(action_url, data={"_csrf": csrf.group(1), "username": username,
                                                "password": password},
                              allow_redirects=False, timeout=10)

    def sign_in(self, username: str, password: str, **params) -> requests.Response:
        """authorize → /login → POST credentials. Returns the last response (302 to the
        app's redirect_uri with code/state on success, or the form again with an error)."""
        params.setdefault("response_type", "code")
        first = self.authorize(**params)
        if first.status_code != 302 or "/login?" not in first.headers["Location"]:
            return first
        page = self.follow(first)
        return self.submit_login(page, username, password)

    def code_for(self, username: str, password: str, **params) -> str:
        resp = self.sign_in(username, password, **params)
        assert resp.status_code == 302, (resp.status_code, resp.text[:300])
        q = query_of(resp.headers["Location"])
        assert "code" in q, resp.headers["Location"]
        return q["code"]
