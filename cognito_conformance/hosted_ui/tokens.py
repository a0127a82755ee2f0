"""JWTs signed with moto's private key, shaped like Cognito's (docs/cognito-spec.md 3.2-3.4).

moto signs every pool's tokens with the one key in
``moto/cognitoidp/resources/jwks-private.json`` (``kid`` "dummy", moto-5.2.5.md 7a) through
joserfc with the header ``{"kid": "dummy", "alg": "RS256"}`` (joserfc adds
``"typ": "JWT"``). We do exactly the same, so the stand-in's tokens verify against moto's
JWKS, in-process or on the standalone server.
"""

from __future__ import annotations

import uuid
from typing import Any

from joserfc import jwt
from joserfc.errors import JoseError
from joserfc.jwk import RSAKey
from moto.utilities.utils import load_resource

from .directory import BOOLEAN_ATTRIBUTES, OAuthClient, User

KID = "dummy"
_HEADER = {"kid": KID, "alg": "RS256"}
_KEY = RSAKey.import_key(load_resource("cognitoidp/resources/jwks-private.json"))

# Attributes never copied into an ID token as claims.
_NOT_CLAIMS = {"sub", "identities"}


def issuer(region: str, pool_id: str) -> str:
    """The original (non-"updated") Cognito issuer, as moto uses (docs/cognito-spec.md 4.3)."""
    return f"https://cognito-idp.{region}.amazonaws.com/{pool_id}"


def sign(claims: dict[str, Any]) -> str:
    return jwt.encode(_HEADER, claims, _KEY)


def decode(token: str) -> dict[str, Any] | None:
    """Verify the signature with moto's key; return the claims, or None if it fails."""
    try:
        return dict(jwt.decode(token, _KEY, algorithms=["RS256"]).claims)
    except (JoseError, ValueError, TypeError):
        return None


def new_id() -> str:
    return str(uuid.uuid4())


def access_token_claims(*, iss: str, client: OAuthClient, user: User | None, scope: str,
                        now: int, expires_in: int, auth_time: int,
                        origin_jti: str | None) -> dict[str, Any]:
    claims: dict[str, Any] = {
        "sub": user.sub if user else client.client_id,
        "iss": iss,
        "client_id": client.client_id,
        "token_use": "access",
        "scope": scope,
        "auth_time": auth_time,
        "exp": now + expires_in,
        "iat": now,
        "jti": new_id(),
        "version": 2,
    }
    if origin_jti:
        claims["origin_jti"] = origin_jti
    if user is not None:  # client_credentials tokens carry no user (docs/cognito-spec.md 3.4)
        claims["event_id"] = new_id()
        claims["username"] = user.username
        if user.groups:
            claims["cognito:groups"] = list(user.groups)
    return claims


def id_token_claims(*, iss: str, client: OAuthClient, user: User, now: int, expires_in: int,
                    auth_time: int, origin_jti: str, nonce: str | None) -> dict[str, Any]:
    claims: dict[str, Any] = {
        "sub": user.sub,
        "aud": client.client_id,
        "iss": iss,
        "token_use": "id",
        "cognito:username": user.username,
        "auth_time": auth_time,
        "exp": now + expires_in,
        "iat": now,
        "jti": new_id(),
        "origin_jti": origin_jti,
        "event_id": new_id(),
    }
    if user.groups:
        claims["cognito:groups"] = list(user.groups)
    for name, value in user.attributes.items():
        if name in _NOT_CLAIMS or not client.can_read(name):
            continue
        # ID tokens carry *_verified as JSON booleans; custom attributes stay strings.
        claims[name] = (str(value).lower() == "true") if name in BOOLEAN_ATTRIBUTES else value
    if user.identities:
        claims["identities"] = user.identities
    if nonce:
        claims["nonce"] = nonce
    return claims
