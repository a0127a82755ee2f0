"""The OAuth 2.0 grants and the revocation endpoint, on Authlib's components, adjusted to Cognito's
documented behaviour (docs/cognito-spec.md 9) where Authlib's defaults differ. Each adjustment says why.

Every grant talks to the stand-in's ``Core`` (``core.py``) through its public methods only; the core
is bound to the grant classes when they are registered (``bound``), so no grant reaches into the
authorization server.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from authlib.oauth2.rfc6749 import grants
from authlib.oauth2.rfc6749.errors import (InvalidRequestError, InvalidScopeError,
                                           UnsupportedTokenTypeError)
from authlib.oauth2.rfc7009 import RevocationEndpoint
from authlib.oauth2.rfc7636 import CodeChallenge

if TYPE_CHECKING:
    from .core import Core
    from .directory import OAuthClient

# Cognito accepts client_secret_basic and client_secret_post; public clients send client_id.
AUTH_METHODS = ["client_secret_basic", "client_secret_post", "none"]

T = TypeVar("T", bound=type)


def bound(cls: T, core: "Core") -> T:
    """A subclass of a grant (or endpoint) class that talks to ``core``."""
    return type(cls.__name__, (cls,), {"core": core})


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
    random bearer strings)."""

    TOKEN_ENDPOINT_AUTH_METHODS = AUTH_METHODS
    core: "Core"

    def token_context(self) -> dict:
        return {}

    def generate_token(self, user=None, scope=None, grant_type=None, expires_in=None,
                       include_refresh_token=True):
        return self.core.issue_tokens(grant_type or self.GRANT_TYPE, self.request.client, user, scope,
                                      include_refresh_token, **self.token_context())


class AuthorizationCodeGrant(_CognitoTokens, grants.AuthorizationCodeGrant):
    def save_authorization_code(self, code, request):
        raise NotImplementedError  # codes are made by Core.issue_code (see below)

    def create_authorization_response(self, redirect_uri, grant_user):
        # Same as Authlib's, except that Core.issue_code makes the code (with its expiry and
        # the nonce/PKCE data it is bound to) in one step; federation uses it too.
        payload = self.request.payload.data
        location = self.core.issue_code(
            self.request.client, redirect_uri, self.request.scope or "", grant_user,
            nonce=payload.get("nonce"), code_challenge=payload.get("code_challenge"),
            code_challenge_method=payload.get("code_challenge_method"),
            state=self.request.payload.state)
        return 302, "", [("Location", location)]

    def query_authorization_code(self, code, client):
        # Single use and 5-minute lifetime; expired/used → invalid_grant.
        return self.core.take_code(code, client.client_id)

    def delete_authorization_code(self, authorization_code):
        pass  # already removed by take_code

    def authenticate_user(self, authorization_code):
        return self.core.user_for_code(authorization_code)

    def token_context(self) -> dict:
        return {"code": self.request.authorization_code}


class RefreshTokenGrant(_CognitoTokens, grants.RefreshTokenGrant):
    # No rotation: the refresh_token grant returns no new refresh token (docs/cognito-spec.md 3.6).
    INCLUDE_NEW_REFRESH_TOKEN = False

    def authenticate_refresh_token(self, refresh_token):
        return self.core.usable_refresh_token(refresh_token)

    def authenticate_user(self, refresh_token):
        return self.core.user_for_refresh(refresh_token)

    def revoke_old_credential(self, refresh_token):
        pass  # without rotation the refresh token stays valid

    def token_context(self) -> dict:
        return {"refresh": self.request.refresh_token}


class ClientCredentialsGrant(_CognitoTokens, grants.ClientCredentialsGrant):
    TOKEN_ENDPOINT_AUTH_METHODS = ["client_secret_basic", "client_secret_post"]

    def validate_token_request(self):
        super().validate_token_request()
        # Cognito: defaults to all the client's scopes, ignores disallowed ones, and only
        # custom (resource-server) scopes can be granted (docs/cognito-spec.md 9.4).
        client: OAuthClient = self.request.client
        allowed = client.get_allowed_scope(self.request.payload.scope)
        custom = [s for s in (allowed or "").split() if "/" in s]
        if not custom:
            raise InvalidScopeError()
        self.request.scope = " ".join(custom)

    def validate_requested_scope(self):
        pass  # done in validate_token_request against the pool's scopes

    def generate_token(self, user=None, scope=None, grant_type=None, expires_in=None,
                       include_refresh_token=True):
        return self.core.issue_tokens("client_credentials", self.request.client, None,
                                      self.request.scope, False)


class ImplicitGrant(_CognitoTokens, grants.ImplicitGrant):
    """response_type=token: tokens in the fragment, never a refresh token."""

    def token_context(self) -> dict:
        return {"nonce": self.request.payload.data.get("nonce")}


class CognitoRevocation(RevocationEndpoint):
    """/oauth2/revoke (docs/cognito-spec.md 5.2): refresh tokens only; revokes every token with the
    same origin_jti; unknown or already revoked tokens still get 200 with an empty body."""

    CLIENT_AUTH_METHODS = AUTH_METHODS
    SUPPORTED_TOKEN_TYPES = ("refresh_token",)
    core: "Core"

    def check_params(self, request, client):
        if not request.form.get("token"):
            raise InvalidRequestError()
        if not client.revocation_enabled:
            raise InvalidRequestError("Token revocation is disabled for this client")
        if request.form.get("token_type_hint") not in (None, "refresh_token"):
            raise UnsupportedTokenTypeError()
        # An access or ID token (a JWT of ours) is not a refresh token.
        if self.core.is_jwt_of_ours(request.form["token"]):
            raise UnsupportedTokenTypeError()

    def query_token(self, token_string, token_type_hint):
        return self.core.refresh_token(token_string)

    def revoke_token(self, token, request):
        self.core.revoke(token)

    def create_endpoint_response(self, request):
        status, _body, headers = super().create_endpoint_response(request)
        return status, "", headers  # Cognito answers 200 with an empty body
