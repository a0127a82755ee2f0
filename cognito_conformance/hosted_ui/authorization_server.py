"""Authlib's authorization server for the stand-in: the grants of ``grants.py`` bound to one ``Core``,
and Cognito's error shapes (docs/cognito-spec.md 9.4, 5.2)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from authlib.integrations.flask_oauth2 import AuthorizationServer
from authlib.oauth2.rfc6749.errors import InvalidClientError, UnsupportedTokenTypeError
from flask import request as flask_request

from .grants import (AuthorizationCodeGrant, ClientCredentialsGrant, CognitoCodeChallenge,
                     CognitoRevocation, ImplicitGrant, RefreshTokenGrant, bound)

if TYPE_CHECKING:
    from .core import Core


class CognitoAuthorizationServer(AuthorizationServer):
    def __init__(self, core: "Core"):
        super().__init__()
        self._directory = core.directory
        self.register_token_generator("default", self._no_default)
        self.register_grant(bound(AuthorizationCodeGrant, core), [CognitoCodeChallenge(required=False)])
        self.register_grant(bound(RefreshTokenGrant, core))
        self.register_grant(bound(ClientCredentialsGrant, core))
        self.register_grant(bound(ImplicitGrant, core))
        self.register_endpoint(bound(CognitoRevocation, core))

    @staticmethod
    def _no_default(**_kwargs):
        raise RuntimeError("every grant issues tokens through Core.issue_tokens")

    def query_client(self, client_id):
        pool_id = (flask_request.view_args or {}).get("pool_id")
        return self._directory.client(pool_id, client_id) if pool_id else None

    def save_token(self, token, request):
        pass  # refresh tokens are stored when issued (Core.issue_tokens)

    def validate_requested_scope(self, scope):
        pass  # per-pool scopes are checked by OAuthClient.get_allowed_scope

    def handle_error_response(self, request, error):
        status, body, headers = error(self.get_error_uri(request, error))
        if isinstance(body, dict):
            # Cognito's token endpoint errors are {"error": "..."} only.
            body = {"error": body["error"]}
            headers = [(k, v) for k, v in headers if k.lower() != "www-authenticate"]
            if isinstance(error, InvalidClientError):
                # The token endpoint documents every error as 400; the revocation endpoint
                # documents invalid_client as 401 (docs/cognito-spec.md 9.4, 5.2). Authlib uses 401
                # whenever client_secret_basic was acceptable.
                status = 401 if (flask_request.endpoint or "").endswith("revoke") else 400
            elif isinstance(error, UnsupportedTokenTypeError):
                status = 400  # Authlib: 401 (a ForbiddenError); Cognito documents 400
        return self.handle_response(status, body, headers)

    def handle_response(self, status_code, payload, headers):
        if isinstance(payload, dict):
            payload = json.dumps(payload)
            headers = [(k, v) for k, v in headers if k.lower() != "content-type"]
            headers.append(("Content-Type", "application/json;charset=UTF-8"))
        return super().handle_response(status_code, payload, headers)
