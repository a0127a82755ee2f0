"""One browser for the hosted UI (the stand-in or a real domain), driven with ``requests``.

It behaves as a browser does: it keeps cookies, follows every redirect, and ends where the last
redirect pointed. It fetches only the hosts it is told it may visit (the hosted UI's, and an identity
provider the suite runs); a redirect anywhere else (the app's callback URL, a social provider's
sign-in page) is where the browser *lands*, recorded and not fetched, since those addresses are the
app's or a third party's. The OAuth steps and the stand-in's own tests both use it.

Pages are read by what the classic hosted UI documents for its sign-in page: a form with a password
field, and errors in an element of class ``errorMessage-customizable`` (Developer Guide, "Customizing
hosted UI (classic) branding").
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import parse_qs, urljoin, urlsplit

import requests

TIMEOUT = 10
MAX_REDIRECTS = 10
ERROR_CLASS = "errorMessage-customizable"


def pkce_pair() -> tuple[str, str]:
    """(code_verifier, S256 code_challenge)."""
    verifier = secrets.token_urlsafe(48)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
    return verifier, challenge.rstrip(b"=").decode()


def query_of(location: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}


def fragment_of(location: str) -> dict[str, str]:
    return {k: v[0] for k, v in parse_qs(urlsplit(location).fragment).items()}


@dataclass
class Form:
    action: str
    fields: dict[str, str]
    has_password: bool


class _PageReader(HTMLParser):
    """The forms of a page and the text of its error elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[Form] = []
        self.errors: list[str] = []
        self._error_depth = 0
        self._error_text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = {k: v or "" for k, v in attrs}
        if tag == "form":
            self.forms.append(Form(attrs.get("action", ""), {}, False))
        elif tag == "input" and self.forms:
            form = self.forms[-1]
            if attrs.get("type") == "password":
                form.has_password = True
            if attrs.get("name"):
                form.fields[attrs["name"]] = attrs.get("value", "")
        if self._error_depth:
            self._error_depth += 1
        elif ERROR_CLASS in attrs.get("class", "").split():
            self._error_depth, self._error_text = 1, []

    def handle_endtag(self, tag):
        if self._error_depth:
            self._error_depth -= 1
            if not self._error_depth and "".join(self._error_text).strip():
                self.errors.append(" ".join("".join(self._error_text).split()))

    def handle_data(self, data):
        if self._error_depth:
            self._error_text.append(data)


@dataclass
class Landing:
    """Where the browser ended: a page it fetched, or an address it was sent to and did not fetch."""

    url: str
    #: The last response: the page itself, or the redirect that sent the browser to ``url``.
    response: requests.Response
    hops: list[str] = field(default_factory=list)

    @property
    def fetched(self) -> bool:
        return not self.response.is_redirect

    @property
    def status(self) -> int:
        return self.response.status_code

    @property
    def query(self) -> dict[str, str]:
        return query_of(self.url)

    @property
    def fragment(self) -> dict[str, str]:
        return fragment_of(self.url)

    def is_at(self, address: str) -> bool:
        """Whether the browser ended at ``address`` (a URL without query), with or without a query."""
        return self.url == address or self.url.startswith(address + "?") or self.url.startswith(address + "#")

    def _read(self) -> _PageReader:
        reader = _PageReader()
        if self.fetched and "html" in self.response.headers.get("Content-Type", ""):
            reader.feed(self.response.text)
        return reader

    @property
    def sign_in_form(self) -> Form | None:
        """The page's sign-in form (the form with a password field), if it shows one."""
        return next((form for form in self._read().forms if form.has_password), None)

    @property
    def error_messages(self) -> list[str]:
        return self._read().errors

    def describe(self) -> str:
        where = self.url.split("?")[0]
        return f"{where} ({'page ' + str(self.status) if self.fetched else 'not fetched'})"


class Browser:
    """One browser (one cookie jar) on a hosted UI at ``base_url``; ``hosts`` are further hosts it may
    fetch (an identity provider the suite runs). ``aliases`` maps an address prefix to the one the browser
    really fetches, as a name server and a proxy in front of a domain would (the pool's domain
    https://<prefix>.auth.<region>.amazoncognito.com, to the emulator's endpoint that answers for it)."""

    def __init__(self, base_url: str, session: requests.Session | None = None,
                 hosts: tuple[str, ...] = (), aliases: dict[str, str] | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.http = session or requests.Session()
        self.aliases = {prefix.rstrip("/"): target.rstrip("/") for prefix, target in (aliases or {}).items()}
        self.hosts = {urlsplit(self.base_url).netloc, *hosts, *(urlsplit(a).netloc for a in self.aliases)}

    def routed(self, url: str) -> str:
        """The address the browser fetches for ``url`` (``url`` itself unless an alias covers it)."""
        for prefix, target in self.aliases.items():
            if url == prefix or url.startswith(prefix + "/") or url.startswith(prefix + "?"):
                return target + url[len(prefix):]
        return url

    def allow(self, url: str) -> None:
        """Let the browser fetch ``url``'s host too."""
        self.hosts.add(urlsplit(url).netloc)

    # --- as a browser ------------------------------------------------------------------------
    def open(self, path: str, **params) -> Landing:
        """Go to ``path`` on the hosted UI (or an absolute URL) and follow every redirect."""
        url = path if "://" in path else f"{self.base_url}{path}"
        params = {k: v for k, v in params.items() if v is not None}
        return self.follow(self.http.get(url, params=params, allow_redirects=False, timeout=TIMEOUT))

    def follow(self, response: requests.Response) -> Landing:
        hops = [response.url]
        for _hop in range(MAX_REDIRECTS):
            if not response.is_redirect:
                return Landing(response.url, response, hops)
            target = urljoin(response.url, response.headers["Location"])
            if urlsplit(target).netloc not in self.hosts:
                return Landing(target, response, hops)
            target = self.routed(target)
            response = self.http.get(target, allow_redirects=False, timeout=TIMEOUT)
            hops.append(target)
        raise AssertionError(f"more than {MAX_REDIRECTS} redirects: {hops}")

    def submit_sign_in(self, page: Landing, username: str, password: str) -> Landing:
        """Type the username and password into the page's sign-in form and submit it."""
        form = page.sign_in_form
        assert form is not None, f"no sign-in form at {page.describe()}"
        data = {**form.fields, "username": username, "password": password}
        action = urljoin(page.url, form.action or page.url)
        return self.follow(self.http.post(action, data=data, allow_redirects=False, timeout=TIMEOUT))

    def sign_in(self, username: str, password: str, **params) -> Landing:
        """/oauth2/authorize → wherever it leads; on a sign-in page, sign in. Returns where the browser ends
        (the app's callback with code and state on success, the sign-in page again on a refusal)."""
        params.setdefault("response_type", "code")
        landing = self.open("/oauth2/authorize", **params)
        if landing.sign_in_form is None:
            return landing  # a live session sent the browser back, or the request was refused
        return self.submit_sign_in(landing, username, password)

    def code_for(self, username: str, password: str, **params) -> str:
        landing = self.sign_in(username, password, **params)
        code = landing.query.get("code")
        assert code, f"no code: the browser ended at {landing.describe()} {landing.error_messages}"
        return code

    # --- one request, for the stand-in's own tests ---------------------------------------------
    def get(self, path: str, **params) -> requests.Response:
        return self.http.get(f"{self.base_url}{path}", params=params, allow_redirects=False, timeout=TIMEOUT)

    def authorize(self, **params) -> requests.Response:
        return self.get("/oauth2/authorize", **params)

    def step(self, response: requests.Response) -> requests.Response:
        """Follow exactly one redirect."""
        return self.http.get(urljoin(response.url, response.headers["Location"]), allow_redirects=False,
                             timeout=TIMEOUT)
