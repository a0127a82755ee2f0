"""The OAuth 2.0 protocol, on Authlib's server components, adjusted to Cognito's documented
behaviour (SPEC.md §9) where Authlib's defaults differ. Each adjustment says why."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from authlib.integrations.flask_oauth2 import AuthorizationServer
from authlib.oauth2.rfc6749 import grants
from authlib.oauth2.rfc6749.errors import (
    InvalidClientError, InvalidRequestError, InvalidScopeError,
    UnsupportedTokenTypeError)
from authlib.oauth2.rfc7009 import RevocationEndpoint
from authlib.oauth2.rfc7636 import CodeChallenge
from flask import request as flask_request

from . import tokens
from .directory import AppClient

if TYPE_CHECKING:
    from .app import Core

# Cognito accepts client_secret_basic and client_secret_post; public clients send client_id.
AUTH_METHODS = ["client_secret_basic", "client_secret_post", "none"]


class CognitoCodeChallenge(CodeChallenge):
    """PKCE as Cognito does it: S256 only ("plain not supported"), and a code_challenge
    without code_challenge_method is invalid_request (Authlib would default to plain)."""

    SUPPORTED_CODE_CHALLENGE_METHOD = ["S256"]

    def validate_code_challenge(self, grant, redirect_uri):
        data = grant.request.payload.data
        if data.get("code_challenge") and not data.get("code_challenge_method"):
            raise InvalidRequestError("Missing 'code_challenge_method'")
        if data.get("code_challenge_method") and not data.get("code_challenge"):
            raise InvalidRequestError("Missing 'code_challenge'")
        return super().validate_code_challenge(grant, redirect_uri)


class _CognitoTokens:
    """Every grant issues Cognito-shaped JWTs through Core.issue_tokens (not Authlib's
    random bearer strings), with the grant's request at hand for nonce/auth_time."""

    TOKEN_ENDPOINT_AUTH_METHODS = AUTH_METHODS

    def generate_token(self, user=None, scope=None, grant_type=None, expires_in=None,
                       include_refresh_token=True):
        return self.server.core.issue_tokens(
            grant_type or self.GRANT_TYPE, self.request, self.request.client, user, scope,
            include_refresh_token)


class AuthorizationCodeGrant(_CognitoTokens, grants.AuthorizationCodeGrant):
    def save_authorization_code(self, code, request):
        raise NotImplementedError  # codes are made by State.add_code (see below)

    def create_authorization_response(self, redirect_uri, grant_user):
        # Same as Authlib's, except that Core.issue_code makes the code (with its expiry and
        # the nonce/PKCE data it is bound to) in one step; federation uses it too.
        payload = self.request.payload.data
        location = self.server.core.issue_code(
            self.request.client, redirect_uri, self.request.scope or "", grant_user,
            nonce=payload.get("nonce"), code_challenge=payload.get("code_challenge"),
            code_challenge_method=payload.get("code_challenge_method"),
            state=self.request.payload.state)
        return 302, "", [("Location", location)]

    def query_authorization_code(self, code, client):
        # Single use and 5-minute lifetime (SPEC.md §9.1); expired/used → invalid_grant.
        return self.server.core.state.take_code(code, client.client_id)

    def delete_authorization_code(self, authorization_code):
        pass  # already removed by take_code

    def authenticate_user(self, authorization_code):
        return self.server.core.current_user(authorization_code.pool_id,
                                             authorization_code.user)


class RefreshTokenGrant(_CognitoTokens, grants.RefreshTokenGrant):
    # No rotation: the refresh_token grant returns no new refresh token (SPEC.md §3.6).
    INCLUDE_NEW_REFRESH_TOKEN = False

    def authenticate_refresh_token(self, refresh_token):
        found = self.server.core.state.usable_refresh_token(refresh_token)
        if found is None:
            return None
        # A disabled or deleted user cannot refresh (Cognito revokes on disable).
        user = self.server.core.directory.user(found.pool_id, found.username)
        if user is None or not user.enabled:
            return None
        return found

    def authenticate_user(self, refresh_token):
        user = self.server.core.directory.user(refresh_token.pool_id, refresh_token.username)
        if user is not None:
            user.identities = refresh_token.identities
        return user

    def revoke_old_credential(self, refresh_token):
        pass  # without rotation the refresh token stays valid


class ClientCredentialsGrant(_CognitoTokens, grants.ClientCredentialsGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = ["client_secret_basic", "client_secret_post"]

    def validate_token_request(self):
        super().validate_token_request()
        # Cognito: defaults to all the client's scopes, ignores disallowed ones, and only
        # custom (resource-server) scopes can be granted (SPEC.md §9.4).
        client: AppClient = self.request.client
        allowed = client.get_allowed_scope(self.request.payload.scope)
        custom = [s for s in (allowed or "").split() if "/" in s]
        if not custom:
            raise InvalidScopeError()
        self.request.scope = " ".join(custom)

    def validate_requested_scope(self):
        pass  # done in validate_token_request against the pool's scopes


class CognitoRevocation(RevocationEndpoint):
    """/oauth2/revoke (SPEC.md §5.2): refresh tokens only; revokes every token with the
    same origin_jti; unknown or already revoked tokens still get 200 with an empty body."""

    CLIENT_AUTH_METHODS = AUTH_METHODS
    SUPPORTED_TOKEN_TYPES = ("refresh_token",)

    def check_params(self, request, client):
        if not request.form.get("token"):
            raise InvalidRequestError()
        if not client.revocation_enabled:
            raise InvalidRequestError("Token revocation is disabled for this client")
        if request.form.get("token_type_hint") not in (None, "refresh_token"):
            raise UnsupportedTokenTypeError()
        # An access or ID token (a JWT of ours) is not a refresh token.
        if tokens.decode(request.form["token"]) is not None:
            raise UnsupportedTokenTypeError()

    def query_token(self, token_string, token_type_hint):
        return self.server.core.state.refresh_token(token_string)

    def revoke_token(self, token, request):
        self.server.core.state.revoke(token)

    def create_endpoint_response(self, request):
        status, _body, headers = super().create_endpoint_response(request)
        return status, "", headers  # Cognito answers 200 with an empty body


class CognitoAuthorizationServer(AuthorizationServer):
    def __init__(self, core: "Core"):
        super().__init__()
        self.core = core
        self.register_token_generator("default", self._no_default)
        self.register_grant(AuthorizationCodeGrant, [CognitoCodeChallenge(required=False)])
        self.register_grant(RefreshTokenGrant)
        self.register_grant(ClientCredentialsGrant)
        self.register_endpoint(CognitoRevocation)

    @staticmethod
    def _no_default(**_kwargs):
        raise RuntimeError("every grant issues tokens through Core.issue_tokens")

    def query_client(self, client_id):
        pool_id = (flask_request.view_args or {}).get("pool_id")
        return self.core.directory.client(pool_id, client_id) if pool_id else None

    def save_token(self, token, request):
        pass  # refresh tokens are stored when issued (Core.issue_tokens)

    def validate_requested_scope(self, scope):
        pass  # per-pool scopes are checked by AppClient.get_allowed_scope

    def handle_error_response(self, request, error):
        status, body, headers = error(self.get_error_uri(request, error))
        if isinstance(body, dict):
            # Cognito's token endpoint errors are {"error": "..."} only.
            body = {"error": body["error"]}
            headers = [(k, v) for k, v in headers if k.lower() != "www-authenticate"]
            if isinstance(error, InvalidClientError):
                # The token endpoint documents every error as 400; the revocation endpoint
                # documents invalid_client as 401 (SPEC.md §9.4, §5.2). Authlib uses 401
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


__all__ = ["CognitoAuthorizationServer"]
