"""The Cognito calls a scenario made, masked: what a failing step asked and what Cognito answered.

A ``CallRecorder`` listens on a boto3 ``cognito-idp`` client's event system (botocore's documented
``provide-client-params`` and ``after-call`` events), so it sees every call the steps make without
the steps knowing. It keeps the calls of the current scenario, each tagged with the step that made
it; a failing step is shown with its own last call, or, for a Then that asserts on an earlier
outcome, the last call before it. Secret-bearing fields are masked by name when a call is kept;
every other text by shape (``masking.mask``) only when the call is shown, for a failing step: a
scenario makes several calls and shows at most one, and masking every text of every call cost
more than the calls did.
"""

from __future__ import annotations

from typing import Any

from ..masking import MASK, SECRET_FIELDS
from .masked_texts import mask_strings

#: Calls kept per scenario (a scenario makes a handful; a runaway loop must not grow the record).
LIMIT = 50
_SECRET = frozenset(SECRET_FIELDS) | {"SECRET_BLOCK", "PASSWORD_CLAIM_SECRET_BLOCK", "SRP_B", "SALT", "DEVICE_KEY",
                                      "ClientSecret", "SecretCode", "AccessToken"}


def kept(value: Any, depth: int = 0) -> Any:
    """A request or response value as kept: every secret field's value replaced by ***, the other texts
    as they are (masked by ``shown`` when the call is shown), deep and long structures cut."""
    if depth > 6:
        return "…"
    if isinstance(value, dict):
        return {str(k): MASK if k in _SECRET else kept(v, depth + 1) for k, v in value.items()
                if k != "ResponseMetadata"}
    if isinstance(value, (list, tuple)):
        return [kept(v, depth + 1) for v in value[:20]]
    if isinstance(value, (bytes, bytearray)):
        return f"<{len(value)} bytes>"
    if isinstance(value, (int, float, bool)) or value is None:
        return value
    return str(value)


def shown(value: Any) -> Any:
    """A kept value as shown: every text masked (``masking.mask``), then cut to 500 characters."""
    return _cut(mask_strings(value))


def masked(value: Any) -> Any:
    """A request or response value with every secret masked: ``shown(kept(value))``."""
    return shown(kept(value))


def _cut(value: Any) -> Any:
    if isinstance(value, str):
        return value[:500]
    if isinstance(value, dict):
        return {k: _cut(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_cut(v) for v in value]
    return value


class CallRecorder:
    def __init__(self) -> None:
        self.calls: list[dict] = []
        self.step: int | None = None
        self._pending: dict | None = None

    def attach(self, client: Any) -> "CallRecorder":
        events = client.meta.events
        events.register("provide-client-params", self._request, unique_id="cc-report-request")
        events.register("after-call", self._response, unique_id="cc-report-response")
        return self

    def reset(self) -> None:
        self.calls, self.step, self._pending = [], None, None

    def _request(self, params: dict, model: Any = None, **_: Any) -> None:
        self._pending = {"operation": getattr(model, "name", "?"), "request": kept(params or {}),
                         "step": self.step}

    def _response(self, parsed: dict | None = None, model: Any = None, http_response: Any = None,
                  **_: Any) -> None:
        call = self._pending or {"operation": getattr(model, "name", "?"), "request": {}, "step": self.step}
        self._pending = None
        parsed = parsed or {}
        error = parsed.get("Error") or {}
        call["status"] = getattr(http_response, "status_code", None)
        if error:
            call["error_code"] = str(error.get("Code") or "Unknown")
            call["message"] = str(error.get("Message") or "")
        else:
            call["response_keys"] = sorted(k for k in parsed if k != "ResponseMetadata")
            call["response"] = kept(parsed)
        if len(self.calls) < LIMIT:
            self.calls.append(call)

    def for_step(self, index: int | None) -> dict | None:
        """The call that failing step ``index`` made last, else the last call before it."""
        own = [c for c in self.calls if c.get("step") == index]
        if own:
            return _public(own[-1])
        before = [c for c in self.calls if c.get("step") is None or index is None or c["step"] < index]
        return _public(before[-1]) if before else None


def _public(call: dict) -> dict:
    """The call as a report shows it: every text masked, the response's long values cut."""
    public = shown({k: v for k, v in call.items() if k != "step"})
    response = public.pop("response", None)
    if response is not None:  # the response's shape, values masked, kept short
        public["response"] = {k: (v if len(str(v)) < 200 else "…") for k, v in response.items()}
    return public
