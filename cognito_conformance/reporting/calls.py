"""The Cognito and HTTP calls a scenario made, masked: what each step asked and what came back.

A ``CallRecorder`` listens on a boto3 ``cognito-idp`` client's event system (botocore's documented
``provide-client-params`` and ``after-call`` events) and, once ``attach_http`` is called, on every
``requests`` session's ``send`` (the OAuth endpoints, the hosted UI, JWKS), so it sees every call the
steps make without the steps knowing. It keeps the calls of the current scenario in order, each tagged
with the step that made it.

Recording costs a reference per call: what was sent and what came back are kept as they are (no copy,
no masking). Only a scenario the report shows a call of pays for turning them into masked data: a
failed one shows every call (``scenario_calls``), its failing step's call marked; an expected
divergence shows its diverging step's call (``for_step``). Secret-bearing fields are masked by name
(``kept``), then every text by shape and by remembered value (``masking.mask``), all of a scenario's
texts in one batch.
"""

from __future__ import annotations

import collections
import json
import re
import threading
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ..masking import MASK, SECRET_FIELDS
from .masked_texts import mask_strings

#: Calls kept per scenario, the newest (a scenario makes a handful; a runaway loop must not grow the record).
LIMIT = 200
_SECRET = frozenset(SECRET_FIELDS) | {"SECRET_BLOCK", "PASSWORD_CLAIM_SECRET_BLOCK", "SRP_B", "SALT", "DEVICE_KEY",
                                      "ClientSecret", "SecretCode", "AccessToken"}
#: In an OAuth form, query, JSON answer or cookie, a field of one of these names holds a secret (the
#: endpoints' own lower-case names; Cognito's API names are in ``_SECRET``).
_HTTP_SECRET = frozenset({"password", "client_secret", "code", "code_verifier", "access_token", "id_token",
                          "refresh_token", "token", "session", "secret", "_csrf", "csrf", "csrf_token",
                          "assertion", "client_assertion", "samlresponse", "authorization", "cookie",
                          "set-cookie", "x-amz-security-token"})
#: The request and response headers a shown HTTP call keeps (the rest is transport detail).
_HEADERS = ("authorization", "content-type", "location", "www-authenticate", "cache-control")
#: An HTML form's hidden input carries a CSRF token or a session: its value is masked.
_HIDDEN = re.compile(r"""(<input\b[^>]*\btype=["']?hidden["']?[^>]*\bvalue=["'])[^"']*""", re.IGNORECASE)
#: Longest text of a shown call (a page's HTML, a big answer's value).
TEXT_LIMIT = 1500


def _secret_name(key: object) -> bool:
    return key in _SECRET


def _http_secret_name(key: object) -> bool:
    return key in _SECRET or str(key).lower() in _HTTP_SECRET


def kept(value: Any, depth: int = 0, secret=_secret_name) -> Any:
    """A request or response value as a report keeps it: every secret field's value replaced by ***,
    the other texts as they are (masked with the rest of the scenario's texts), deep and long structures
    cut. ``secret`` says which field names hold secrets."""
    if depth > 8:
        return "…"
    if isinstance(value, dict):
        return {str(k): MASK if secret(k) else kept(v, depth + 1, secret) for k, v in value.items()
                if k != "ResponseMetadata"}
    if isinstance(value, (list, tuple)):
        items = [kept(v, depth + 1, secret) for v in value[:30]]
        return items + [f"… {len(value) - 30} more"] if len(value) > 30 else items
    if isinstance(value, (bytes, bytearray)):
        return f"<{len(value)} bytes>"
    if isinstance(value, (int, float, bool)) or value is None:
        return value
    return str(value)


def shown(value: Any) -> Any:
    """A kept value as shown: every text masked (``masking.mask``, in one batch), then cut."""
    return _cut(mask_strings(value))


def masked(value: Any) -> Any:
    """A request or response value with every secret masked: ``shown(kept(value))``."""
    return shown(kept(value))


def _cut(value: Any) -> Any:
    if isinstance(value, str):
        return value if len(value) <= TEXT_LIMIT else value[:TEXT_LIMIT] + f"… ({len(value)} characters)"
    if isinstance(value, dict):
        return {k: _cut(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_cut(v) for v in value]
    return value


class CallRecorder:
    def __init__(self) -> None:
        self.calls: collections.deque = collections.deque(maxlen=LIMIT)
        self.made = 0
        self.step: int | None = None
        self._pending: tuple | None = None
        self._sending = threading.local()

    def attach(self, client: Any) -> "CallRecorder":
        events = client.meta.events
        events.register("provide-client-params", self._request, unique_id="cc-report-request")
        events.register("after-call", self._response, unique_id="cc-report-response")
        return self

    def attach_http(self):
        """Record every HTTP exchange made with ``requests`` (each redirect hop apart); returns the undo."""
        import requests

        original = requests.Session.send
        recorder, sending = self, self._sending

        def send(session, request, **kwargs):
            if getattr(sending, "depth", 0):  # a redirect hop inside an outer send: recorded by it
                return original(session, request, **kwargs)
            step = recorder.step
            sending.depth = 1
            try:
                response = original(session, request, **kwargs)
            except Exception as error:
                recorder._keep(("http", step, request, None, error))
                raise
            finally:
                sending.depth = 0
            for hop in (*response.history, response):
                recorder._keep(("http", step, hop.request or request, hop, None))
            return response

        requests.Session.send = send
        return lambda: setattr(requests.Session, "send", original)

    def reset(self) -> None:
        self.calls, self.made, self.step, self._pending = collections.deque(maxlen=LIMIT), 0, None, None

    def _keep(self, raw: tuple) -> None:
        self.made += 1
        self.calls.append(raw)

    def _request(self, params: dict, model: Any = None, **_: Any) -> None:
        self._pending = (getattr(model, "name", "?"), params, self.step)

    def _response(self, parsed: dict | None = None, model: Any = None, http_response: Any = None,
                  **_: Any) -> None:
        operation, params, step = self._pending or (getattr(model, "name", "?"), {}, self.step)
        self._pending = None
        self._keep(("api", step, operation, params, getattr(http_response, "status_code", None), parsed or {}))

    def _chosen(self, index: int | None) -> int | None:
        """Which kept call failing step ``index`` shows: its own last call, else the last one before it."""
        calls = list(self.calls)
        own = [n for n, raw in enumerate(calls) if raw[1] == index]
        if own:
            return own[-1]
        before = [n for n, raw in enumerate(calls) if raw[1] is None or index is None or raw[1] < index]
        return before[-1] if before else None

    def for_step(self, index: int | None) -> dict | None:
        """The call that failing step ``index`` made last, else the last call before it, masked."""
        chosen = self._chosen(index)
        if chosen is None:
            return None
        call = shown(_data(list(self.calls)[chosen]))
        call.pop("step", None)
        return call

    def scenario_calls(self, failing: int | None) -> dict:
        """Every kept call of the scenario in order, masked, the one failing step ``failing`` shows
        marked ``failing``; ``made``: how many calls the scenario made (older ones past LIMIT are dropped)."""
        chosen = self._chosen(failing) if failing is not None else None
        found = shown([_data(raw) for raw in self.calls])
        for number, call in enumerate(found):
            call["failing"] = number == chosen
        return {"made": self.made, "calls": found}


def _data(raw: tuple) -> dict:
    return _http(*raw[1:]) if raw[0] == "http" else _cognito(*raw[1:])


def _cognito(step, operation, params, status, parsed) -> dict:
    call = {"kind": "cognito", "step": step, "operation": operation, "request": kept(params or {}), "status": status}
    error = parsed.get("Error") or {}
    if error:
        call["error_code"] = str(error.get("Code") or "Unknown")
        call["message"] = str(error.get("Message") or "")
    else:
        call["response_keys"] = sorted(k for k in parsed if k != "ResponseMetadata")
        call["response"] = kept(parsed)
    return call


def _http(step, request, response, error) -> dict:
    method = str(getattr(request, "method", "") or "GET")
    url = _url(str(getattr(request, "url", "") or ""))
    call = {"kind": "http", "step": step, "operation": f"{method} {urlsplit(url).path or '/'}",
            "request": {"url": url, **_headers(getattr(request, "headers", None) or {}),
                        **({"body": _body(getattr(request, "body", None), _header(request, "content-type"))}
                           if getattr(request, "body", None) else {})}}
    if response is None:
        call["error_code"] = type(error).__name__
        call["message"] = str(error)
        return call
    call["status"] = response.status_code
    answer = _headers(response.headers)
    if "Location" in answer:
        answer["Location"] = _url(answer["Location"])
    if getattr(response, "_content_consumed", False) and response.content:
        answer["body"] = _body(response.content, response.headers.get("content-type"))
    call["response"] = answer
    if response.status_code >= 400:
        call["error_code"] = f"HTTP {response.status_code}"
        if isinstance(answer.get("body"), dict) and "error" in answer["body"]:
            call["error_code"] = str(answer["body"]["error"])
    return call


def _header(request, name: str) -> str | None:
    return (getattr(request, "headers", None) or {}).get(name)


def _headers(headers) -> dict:
    kept_ = {}
    for name in _HEADERS:
        value = headers.get(name)
        if value is None:
            continue
        if name == "authorization":  # "Basic <base64 of id:secret>", "Bearer <token>": the scheme only
            value = f"{str(value).split(' ', 1)[0]} {MASK}"
        kept_[name.title()] = str(value)
    return kept_


def _url(url: str) -> str:
    """A URL with the values of its secret query and fragment parameters masked."""
    parts = urlsplit(url)
    if not parts.query and not parts.fragment:
        return url
    return urlunsplit(parts._replace(query=_form(parts.query), fragment=_form(parts.fragment)))


def _form(text: str) -> str:
    if "=" not in text:
        return text
    pairs = parse_qsl(text, keep_blank_values=True)
    return urlencode([(k, MASK if _http_secret_name(k) else v) for k, v in pairs], safe="*:/@,")


def _body(body, content_type: str | None):
    """A body as data: JSON parsed and masked by field name, a form's fields, text (hidden inputs masked)."""
    if isinstance(body, (bytes, bytearray)):
        try:
            body = bytes(body).decode("utf-8")
        except UnicodeDecodeError:
            return f"<{len(body)} bytes>"
    if not isinstance(body, str):
        return f"<{type(body).__name__}>"
    kind = (content_type or "").lower()
    if "json" in kind or body[:1] in "{[":
        try:
            return kept(json.loads(body), secret=_http_secret_name)
        except ValueError:
            pass
    if "x-www-form-urlencoded" in kind:
        return {k: MASK if _http_secret_name(k) else v for k, v in parse_qsl(body, keep_blank_values=True)}
    return _HIDDEN.sub(lambda m: m[1] + MASK, body)
