"""What an operation did: its response, or the AWS error code it failed with.

Whens never raise on an expected error: they return an Outcome, and Thens assert on it.
Reprs show codes and response keys only, never tokens or passwords.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from botocore.exceptions import ClientError

#: The code an Outcome carries when the backend has no implementation of the operation
#: (moto raises NotImplementedError in process).
NOT_IMPLEMENTED = "NotImplemented"
#: The code an Outcome carries when the server answered HTTP 500 without an AWS error body.
SERVER_ERROR = "HTTP500"


@dataclass
class Outcome:
    operation: str
    response: dict | None = field(default=None, repr=False)
    error_code: str | None = None
    error_message: str | None = field(default=None, repr=False)
    #: Earlier calls of a multi-call flow (SRP's InitiateAuth before its challenge answer).
    steps: list["Outcome"] = field(default_factory=list, repr=False)
    #: The sign-in flow, for outcomes of signing in.
    flow: str | None = None
    #: The names of the attributes the call wrote or deleted (never their values), so that a failure
    #: message says which attribute a write was about: a misspelt name is another observation.
    attributes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.error_code is None

    @property
    def result(self) -> dict:
        """The AuthenticationResult of a sign-in, or {} when there is none."""
        return (self.response or {}).get("AuthenticationResult") or {}

    def __repr__(self) -> str:
        verb = "deleting" if self.operation.endswith("DeleteUserAttributes") else "writing"
        what = f"{self.operation} {verb} {', '.join(self.attributes)}" if self.attributes else self.operation
        if self.ok:
            keys = sorted(k for k in (self.response or {}) if k != "ResponseMetadata")
            return f"<{what} succeeded with {keys}>"
        return f"<{what} failed with {self.error_code}>"

    def describe(self) -> str:
        """A line for assertion messages: the code, never the message (moto puts tokens there)."""
        return repr(self)


def _attribute_names(params: dict) -> tuple[str, ...]:
    if "UserAttributes" in params:
        return tuple(str(a.get("Name")) for a in params["UserAttributes"] or ())
    return tuple(str(name) for name in params.get("UserAttributeNames") or ())


def attempt(operation: str, call, /, **params) -> Outcome:
    """Call ``call(**params)`` and capture its response or its AWS error code."""
    attributes = _attribute_names(params) if operation.endswith(("UpdateUserAttributes",
                                                                 "DeleteUserAttributes")) else ()
    try:
        return Outcome(operation, response=call(**params), attributes=attributes)
    except ClientError as error:
        details = error.response.get("Error", {})
        code = details.get("Code") or "Unknown"
        if code == "500":  # an HTML error page: an emulator crashed or lacks the operation
            code = SERVER_ERROR
        return Outcome(operation, error_code=code, error_message=details.get("Message"), attributes=attributes)
    except NotImplementedError:
        return Outcome(operation, error_code=NOT_IMPLEMENTED, attributes=attributes)


def refused(outcome: Outcome) -> bool:
    """Whether the implementation refused the call: an error code of its own, not a missing operation."""
    return not outcome.ok and outcome.error_code not in MISSING_OPERATION


#: Codes that say the implementation lacks the operation or the flow rather than refusing the call:
#: moto in process, an emulator's HTML error page, cognito-local's "CognitoLocal#Unsupported".
MISSING_OPERATION = (NOT_IMPLEMENTED, SERVER_ERROR, "Unsupported")
