"""The stand-in's own state: codes, sessions, refresh tokens, revocations. In memory, locked."""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from typing import Any, Callable

from authlib.oauth2.rfc6749 import AuthorizationCodeMixin, TokenMixin

from .directory import User

CODE_LIFETIME = 300          # seconds; "The authorization code is valid for five minutes"
SESSION_LIFETIME = 3600      # managed-login session cookie lasts one hour (docs/cognito-spec.md 3.5)


@dataclass
class AuthorizationCode(AuthorizationCodeMixin):
    code: str
    pool_id: str
    client_id: str
    redirect_uri: str
    scope: str
    user: User
    auth_time: int
    expires_at: float
    nonce: str | None = None
    code_challenge: str | None = None
    code_challenge_method: str | None = None

    def get_redirect_uri(self):
        return self.redirect_uri

    def get_scope(self):
        return self.scope


@dataclass
class RefreshToken(TokenMixin):
    token: str
    pool_id: str
    client_id: str
    username: str
    scope: str
    origin_jti: str
    auth_time: int
    expires_at: float
    identities: list[dict[str, Any]] | None = None
    revoked: bool = False

    def check_client(self, client):
        return client.client_id == self.client_id

    def get_scope(self):
        return self.scope

    def get_expires_in(self):
        return 0

    def is_expired(self):
        return False  # checked against the injectable clock by the store

    def is_revoked(self):
        return self.revoked


@dataclass
class Session:
    pool_id: str
    username: str
    auth_time: int
    expires_at: float
    identities: list[dict[str, Any]] | None = None


@dataclass
class State:
    clock: Callable[[], float]
    _lock: threading.RLock = field(default_factory=threading.RLock)
    _codes: dict[str, AuthorizationCode] = field(default_factory=dict)
    _refresh: dict[str, RefreshToken] = field(default_factory=dict)
    _sessions: dict[str, Session] = field(default_factory=dict)
    _revoked_origin_jtis: set[str] = field(default_factory=set)
    _federated: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    _pending: dict[str, dict[str, Any]] = field(default_factory=dict)

    # --- authorization codes ----------------------------------------------------------
    def add_code(self, **kwargs) -> AuthorizationCode:
        code = AuthorizationCode(code=secrets.token_urlsafe(32),
                                 expires_at=self.clock() + CODE_LIFETIME, **kwargs)
        with self._lock:
            self._codes[code.code] = code
        return code

    def take_code(self, code: str, client_id: str) -> AuthorizationCode | None:
        """Single use: the code is removed on the first attempt, whatever its outcome."""
        with self._lock:
            found = self._codes.pop(code, None)
        if found is None or found.client_id != client_id or self.clock() >= found.expires_at:
            return None
        return found

    # --- refresh tokens and revocation -------------------------------------------------
    def add_refresh_token(self, lifetime: int, **kwargs) -> RefreshToken:
        # Opaque, like Cognito's (encrypted) refresh tokens; not a JWT.
        token = RefreshToken(token=secrets.token_urlsafe(96), origin_jti=secrets.token_hex(16),
                             expires_at=self.clock() + lifetime, **kwargs)
        with self._lock:
            self._refresh[token.token] = token
        return token

    def refresh_token(self, token: str) -> RefreshToken | None:
        with self._lock:
            return self._refresh.get(token)

    def usable_refresh_token(self, token: str) -> RefreshToken | None:
        found = self.refresh_token(token)
        if found is None or found.revoked or self.clock() >= found.expires_at:
            return None
        return found

    def revoke(self, token: RefreshToken) -> None:
        with self._lock:
            token.revoked = True
            self._revoked_origin_jtis.add(token.origin_jti)

    def is_revoked(self, origin_jti: str | None) -> bool:
        with self._lock:
            return origin_jti in self._revoked_origin_jtis

    # --- managed-login sessions --------------------------------------------------------
    def add_session(self, pool_id: str, username: str, auth_time: int,
                    identities=None) -> str:
        sid = secrets.token_urlsafe(32)
        with self._lock:
            self._sessions[sid] = Session(pool_id, username, auth_time,
                                          self.clock() + SESSION_LIFETIME, identities)
        return sid

    def session(self, sid: str | None, pool_id: str) -> Session | None:
        with self._lock:
            found = self._sessions.get(sid or "")
        if found is None or found.pool_id != pool_id or self.clock() >= found.expires_at:
            return None
        return found

    def end_session(self, sid: str | None) -> None:
        with self._lock:
            self._sessions.pop(sid or "", None)

    # --- federation bookkeeping --------------------------------------------------------
    def put_pending(self, data: dict[str, Any]) -> str:
        """An authorize request waiting for an IdP's answer, keyed by the state we sent it."""
        key = secrets.token_urlsafe(24)
        with self._lock:
            self._pending[key] = data
        return key

    def take_pending(self, key: str | None) -> dict[str, Any] | None:
        with self._lock:
            return self._pending.pop(key or "", None)

    def record_federated(self, pool_id: str, username: str, identity: dict[str, Any]) -> None:
        with self._lock:
            self._federated[(pool_id, username)] = identity

    def federated_identity(self, pool_id: str, username: str) -> dict[str, Any] | None:
        with self._lock:
            return self._federated.get((pool_id, username))
