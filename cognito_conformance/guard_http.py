"""How the guard reads an HTTP request of the suite's requests session as the cognito-idp call it is.

botocore sends cognito-idp calls as JSON with ``X-Amz-Target: AWSCognitoIdentityProviderService.<Op>``;
the query protocol's shape (``Action=<Op>`` in a form or query string, maps as ``Name.entry.N.key``,
lists as ``Name.member.N.Field``) is read too, so that no transport of the same calls goes unchecked.
"""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlsplit

TARGET_PREFIX = "AWSCognitoIdentityProviderService."
#: Hosted-UI pages whose POST changes a user, and the API call each stands for.
HOSTED_UI_WRITES = {"/signup": "SignUp", "/confirmUser": "ConfirmSignUp", "/forgotPassword": "ForgotPassword",
                    "/confirmForgotPassword": "ConfirmForgotPassword", "/resetPassword": "ConfirmForgotPassword"}
_FLAT = re.compile(r"^(?P<name>\w+)\.(?P<kind>entry|member)\.(?P<index>\d+)(?:\.(?P<field>\w+))?$")


def _text(body: bytes | str | None) -> str:
    if not body:
        return ""
    return body.decode("utf-8", "replace") if isinstance(body, bytes) else body


def fields(url: str, body: bytes | str | None) -> dict[str, list[str]]:
    """A request's query-string and form fields together."""
    found = parse_qs(urlsplit(url).query)
    for key, values in parse_qs(_text(body)).items():
        found.setdefault(key, []).extend(values)
    return found


def _header(headers: dict, name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name.lower():
            return value.decode("ascii", "replace") if isinstance(value, bytes) else str(value)
    return None


def api_call(url: str, body: bytes | str | None, headers: dict) -> tuple[str, dict] | str | None:
    """(operation, parameters) of a cognito-idp call; a string saying why when a call cannot be read; None
    for a request that is no API call (a hosted-UI page, a JWKS fetch)."""
    target = _header(headers, "X-Amz-Target")
    if target:
        operation = target.rsplit(".", 1)[-1]
        try:
            params = json.loads(_text(body) or "{}")
        except ValueError:
            return f"its {operation} body is not JSON, so the guard cannot tell what it names"
        if not isinstance(params, dict):
            return f"its {operation} body is not a JSON object, so the guard cannot tell what it names"
        return operation, params
    found = fields(url, body)
    if "Action" not in found:
        return None
    return found["Action"][0], unflatten(found)


def unflatten(found: dict[str, list[str]]) -> dict:
    """Query-protocol fields as botocore's parameters: maps (``AuthParameters.entry.1.key``) and lists of
    structures (``UserAttributes.member.1.Name``) rebuilt, other fields as their first value."""
    params: dict = {}
    grouped: dict[tuple[str, str], dict[int, dict[str, str]]] = {}
    for key, values in found.items():
        match = _FLAT.match(key)
        if match is None:
            params[key] = values[0]
            continue
        slot = grouped.setdefault((match["name"], match["kind"]), {}).setdefault(int(match["index"]), {})
        slot[match["field"] or "value"] = values[0]
    for (name, kind), slots in grouped.items():
        ordered = [slots[i] for i in sorted(slots)]
        if kind == "entry":
            params[name] = {slot.get("key"): slot.get("value") for slot in ordered}
        else:
            params[name] = ordered
    return params
