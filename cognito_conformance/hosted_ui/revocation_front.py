"""``/oauth2/revoke`` in front of an implementation that serves the rest of the hosted UI but not this.

    front = RevocationFront(cognito_client).start()   # werkzeug, daemon thread, 127.0.0.1, a free port
    front.url("/oauth2/revoke")                       # http://127.0.0.1:PORT/oauth2/revoke
    front.stop()

The front decides nothing about tokens: it translates the endpoint (a form POST, the app client by HTTP
Basic or in the body) into the implementation's own ``RevokeToken`` call through ``cognito_client`` (a
boto3 ``cognito-idp`` client at the implementation's endpoint), so the implementation decides whether
the token is revoked and what its token and userInfo endpoints and its API refuse afterwards. What the
front does decide is the endpoint's answer: the HTTP status and error code it gives for each outcome of
RevokeToken (below). A scenario that reaches it therefore counts "holds on the stand-in".

The answers (Developer Guide, "The token revocation endpoint"; docs/cognito-spec.md 5.2):

- RevokeToken succeeded: HTTP 200 with an empty body;
- no ``token``, or no client id: 400 ``invalid_request`` (the front checks this before calling);
- UnsupportedOperationException (token revocation is off for the app client): 400 ``invalid_request``;
- UnsupportedTokenTypeException (not a refresh token): 400 ``unsupported_token_type``;
- NotAuthorizedException or ResourceNotFoundException (the app client or its secret is not the pool's):
  401 ``invalid_client``;
- InvalidParameterException (a token the API cannot read): 200, as the endpoint documents for "a token
  that isn't valid" (the API's own answer to such a token is UNCONFIRMED).
"""

from __future__ import annotations

import base64
import binascii
import json
from urllib.parse import unquote

from flask import Flask, Response, request

from .threaded_wsgi import ThreadedWSGI

#: RevokeToken's error codes, and the endpoint's (status, error) for each; anything else is a 500.
ANSWERS: dict[str, tuple[int, str | None]] = {
    "UnsupportedOperationException": (400, "invalid_request"),
    "UnsupportedTokenTypeException": (400, "unsupported_token_type"),
    "NotAuthorizedException": (401, "invalid_client"),
    "ResourceNotFoundException": (401, "invalid_client"),
    "InvalidParameterException": (200, None),
}


def client_credentials(authorization: str, form) -> tuple[str, str | None]:
    """(client_id, client_secret) from HTTP Basic (form-encoded, RFC 6749 2.3.1) or the body."""
    if authorization.lower().startswith("basic "):
        try:
            client_id, _, secret = base64.b64decode(authorization.split(" ", 1)[1]).decode().partition(":")
            return unquote(client_id), unquote(secret)
        except (binascii.Error, UnicodeDecodeError):
            return "", None
    return form.get("client_id", ""), form.get("client_secret")


def _answer(status: int, error: str | None) -> Response:
    if error is None:
        return Response("", status=status)
    return Response(json.dumps({"error": error}), status=status, content_type="application/json;charset=UTF-8")


class RevocationFront:
    """The revocation endpoint, translated into ``RevokeToken`` on ``cognito_client``'s endpoint."""

    #: What the front decides, and what not (the reason of the "holds on the stand-in" it gives a scenario).
    DECIDES = ("cognito_conformance/hosted_ui/revocation_front.py translated the request into the implementation's "
               "own RevokeToken, which decided what was revoked; the stand-in chose the endpoint's HTTP answer")

    def __init__(self, cognito_client, host: str = "127.0.0.1", port: int = 0) -> None:
        self.cognito = cognito_client
        self.app = self._create_app()
        self._http = ThreadedWSGI(self.app, host, port)

    def start(self) -> "RevocationFront":
        self._http.start()
        return self

    def stop(self) -> None:
        self._http.stop()

    def url(self, path: str = "") -> str:
        return f"{self._http.url}{path}"

    def revoke(self, token: str, client_id: str, client_secret: str | None) -> tuple[int, str | None]:
        """The endpoint's (status, error) for RevokeToken's outcome on the implementation."""
        secret = {"ClientSecret": client_secret} if client_secret else {}
        try:
            self.cognito.revoke_token(Token=token, ClientId=client_id, **secret)
        except self.cognito.exceptions.ClientError as exc:
            code = exc.response.get("Error", {}).get("Code", "")
            return ANSWERS.get(code, (500, "server_error"))
        return 200, None

    def _create_app(self) -> Flask:
        app = Flask("revocation_front")

        @app.post("/oauth2/revoke")
        def revoke():
            client_id, secret = client_credentials(request.headers.get("Authorization", ""), request.form)
            token = request.form.get("token")
            if not token or not client_id:
                return _answer(400, "invalid_request")
            return _answer(*self.revoke(token, client_id, secret))

        return app
