"""The stand-in's service layer: what the views and the grants ask of it, with no web framework.

Like moto's ``models.py`` for a service: it holds the directory (pools, clients and users read
through boto3), the state (codes, sessions, refresh tokens) and the clock, and it issues codes and
Cognito-shaped tokens. Views (``views.py``) and grants (``grants.py``) call its methods; neither
reaches into the other.
"""

from __future__ import annotations

from typing import Any, Callable

from authlib.common.urls import add_params_to_uri

from . import tokens
from .directory import (BOOLEAN_ATTRIBUTES, EMAIL_ATTRIBUTES, PHONE_ATTRIBUTES,
                        PROFILE_ATTRIBUTES, Directory, OAuthClient, User)
from .state import AuthorizationCode, RefreshToken, Session, State


class Core:
    """State and token issuing shared by every endpoint."""

    def __init__(self, cognito_client, region: str, clock: Callable[[], float]) -> None:
        self.directory = Directory(cognito_client)
        self.state = State(clock)
        self.clock = clock
        self.region = region
        self.endpoint_url = cognito_client.meta.endpoint_url.rstrip("/")

    # --- what the discovery document and the tokens name --------------------------------
    def issuer(self, pool_id: str) -> str:
        prefix = pool_id.split("_", 1)[0]
        return tokens.issuer(prefix if prefix.count("-") >= 2 else self.region, pool_id)

    def jwks_uri(self, pool_id: str) -> str:
        return f"{self.endpoint_url}/{pool_id}/.well-known/jwks.json"

    # --- users ---------------------------------------------------------------------------
    def current_user(self, pool_id: str, template: User | Session) -> User | None:
        """Re-read the user (attributes may have changed), keeping the sign-in's facts (its identities
        and auth_time) from ``template``: an earlier read of the user, or the hosted-UI session."""
        user = self.directory.user(pool_id, template.username)
        if user is None or not user.enabled:
            return None
        user.identities = template.identities
        user.auth_time = template.auth_time
        return user

    def user_for_code(self, code: AuthorizationCode) -> User | None:
        return self.current_user(code.pool_id, code.user)

    def user_for_refresh(self, refresh: RefreshToken) -> User | None:
        user = self.directory.user(refresh.pool_id, refresh.username)
        if user is not None:
            user.identities = refresh.identities
        return user

    # --- codes and refresh tokens, for the grants ----------------------------------------
    def take_code(self, code: str, client_id: str) -> AuthorizationCode | None:
        """Single use and a five-minute life (docs/cognito-spec.md 9.1): None when used or expired."""
        return self.state.take_code(code, client_id)

    def usable_refresh_token(self, token: str) -> RefreshToken | None:
        """A refresh token that is neither revoked, expired, nor held by a disabled or deleted user."""
        found = self.state.usable_refresh_token(token)
        if found is None:
            return None
        user = self.directory.user(found.pool_id, found.username)
        return found if user is not None and user.enabled else None

    def refresh_token(self, token: str) -> RefreshToken | None:
        return self.state.refresh_token(token)

    def revoke(self, refresh: RefreshToken) -> None:
        self.state.revoke(refresh)

    @staticmethod
    def is_jwt_of_ours(token: str) -> bool:
        return tokens.decode(token) is not None

    # --- issuing ---------------------------------------------------------------------------
    def issue_code(self, client: OAuthClient, redirect_uri: str, scope: str, user: User, *,
                   nonce=None, code_challenge=None, code_challenge_method=None,
                   state=None) -> str:
        """Make an authorization code; return the redirect_uri?code=...&state=... URL."""
        code = self.state.add_code(
            pool_id=client.pool_id, client_id=client.client_id, redirect_uri=redirect_uri,
            scope=scope, user=user, auth_time=user.auth_time, nonce=nonce,
            code_challenge=code_challenge, code_challenge_method=code_challenge_method)
        params = [("code", code.code)] + ([("state", state)] if state else [])
        return add_params_to_uri(redirect_uri, params)

    def issue_tokens(self, grant_type: str, client: OAuthClient, user: User | None, scope: str | None,
                     include_refresh: bool, *, code: AuthorizationCode | None = None,
                     refresh: RefreshToken | None = None, nonce: str | None = None) -> dict[str, Any]:
        now = int(self.clock())
        iss = self.issuer(client.pool_id)
        access_life = client.validity("Access", 3600)
        id_life = client.validity("Id", 3600)
        out: dict[str, Any] = {}
        if grant_type == "client_credentials":
            claims = tokens.access_token_claims(
                iss=iss, client=client, user=None, scope=scope or "", now=now,
                expires_in=access_life, auth_time=now, origin_jti=None)
            return {"access_token": tokens.sign(claims), "expires_in": access_life,
                    "token_type": "Bearer"}
        if grant_type == "authorization_code":
            auth_time, nonce, scope = code.auth_time, code.nonce, code.scope
            origin_jti = tokens.new_id()
            if include_refresh:
                issued = self.state.add_refresh_token(
                    client.validity("Refresh", 30 * 86400), pool_id=client.pool_id,
                    client_id=client.client_id, username=user.username, scope=scope,
                    auth_time=auth_time, identities=user.identities)
                origin_jti = issued.origin_jti
                out["refresh_token"] = issued.token
        elif grant_type == "refresh_token":
            # auth_time stays the original sign-in time on refresh (docs/cognito-spec.md 3.3).
            auth_time, origin_jti, scope = refresh.auth_time, refresh.origin_jti, scope or refresh.scope
        else:  # implicit
            auth_time, origin_jti = user.auth_time, tokens.new_id()
        scope = scope or ""
        if "openid" in scope.split():
            out["id_token"] = tokens.sign(tokens.id_token_claims(
                iss=iss, client=client, user=user, now=now, expires_in=id_life,
                auth_time=auth_time, origin_jti=origin_jti, nonce=nonce))
        out["access_token"] = tokens.sign(tokens.access_token_claims(
            iss=iss, client=client, user=user, scope=scope, now=now, expires_in=access_life,
            auth_time=auth_time, origin_jti=origin_jti))
        out["expires_in"] = access_life
        # Implicit fragments use lowercase "bearer" (docs/cognito-spec.md 3.1).
        out["token_type"] = "bearer" if grant_type == "implicit" else "Bearer"
        return out

    # --- userInfo --------------------------------------------------------------------------
    def userinfo(self, pool_id: str, access_token: str) -> dict[str, str] | None:
        """The userInfo answer for an access token, or None when the token is not one userInfo accepts."""
        claims = tokens.decode(access_token)
        if (claims is None or claims.get("token_use") != "access"
                or claims.get("iss") != self.issuer(pool_id)
                or int(claims.get("exp", 0)) <= self.clock()
                or self.state.is_revoked(claims.get("origin_jti"))
                or "openid" not in str(claims.get("scope", "")).split()
                or "username" not in claims):
            return None
        user = self.directory.user(pool_id, claims["username"])
        if user is None or not user.enabled or user.sub != claims.get("sub"):
            return None
        client = self.directory.client(pool_id, claims.get("client_id"))
        body = {"sub": user.sub}
        body.update(self.userinfo_attributes(user, client, set(claims["scope"].split())))
        body["username"] = user.username
        return body

    @staticmethod
    def userinfo_attributes(user: User, client: OAuthClient | None, scopes: set[str]) -> dict[str, str]:
        """docs/cognito-spec.md 9.5: `openid` alone → every readable attribute; `profile`/`email`/`phone`
        → their groups. Values are strings (email_verified is "true"/"false")."""
        narrowing = scopes & {"profile", "email", "phone"}
        wanted: set[str] | None = None
        if narrowing:
            wanted = set()
            if "profile" in narrowing:
                wanted |= set(PROFILE_ATTRIBUTES) | {n for n in user.attributes if n.startswith("custom:")}
            if "email" in narrowing:
                wanted |= set(EMAIL_ATTRIBUTES)
            if "phone" in narrowing:
                wanted |= set(PHONE_ATTRIBUTES)
        out = {}
        for name, value in user.attributes.items():
            if name == "sub" or (client is not None and not client.can_read(name)):
                continue
            if wanted is None or name in wanted:
                out[name] = str(value).lower() if name in BOOLEAN_ATTRIBUTES else value
        return out

    # --- federation bookkeeping ------------------------------------------------------------
    def federated_status(self, pool_id: str, username: str) -> str | None:
        """"EXTERNAL_PROVIDER" for users this stand-in created by federation, else None."""
        return "EXTERNAL_PROVIDER" if self.state.federated_identity(pool_id, username) else None
