"""Make Cognito-shaped JWTs, genuine and broken, for the verifier's tests (no pytest)."""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import json

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.asymmetric import rsa
from jose import jwt as jose_jwt

POOL_ID = "eu-west-1_AbC123"
ISSUER = f"https://cognito-idp.eu-west-1.amazonaws.com/{POOL_ID}"
CLIENT_ID = "3n4b5urk1ft4fl3mg5e62d9ado"
KID = "kid-main="
NOW = 1_700_000_000
DROP = object()  # a claim override that removes the claim


@functools.lru_cache(maxsize=None)
def rsa_key(name: str = "main") -> rsa.RSAPrivateKey:
    """A 2048-bit RSA key per name, generated once per process (generation is slow)."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def public_pem(key: rsa.RSAPrivateKey) -> bytes:
    return key.public_key().public_bytes(serialization.Encoding.PEM,
                                         serialization.PublicFormat.SubjectPublicKeyInfo)


def b64url(data: bytes | str | dict) -> str:
    if isinstance(data, dict):
        data = json.dumps(data, separators=(",", ":"))
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _uint(value: int) -> str:
    return b64url(value.to_bytes((value.bit_length() + 7) // 8, "big"))


def jwk(key: rsa.RSAPrivateKey, kid: str = KID, **extra) -> dict:
    """The public JWK as Cognito publishes it: alg, e, kid, kty, n, use."""
    numbers = key.public_key().public_numbers()
    return {"alg": "RS256", "e": _uint(numbers.e), "kid": kid, "kty": "RSA",
            "n": _uint(numbers.n), "use": "sig", **extra}


def jwks(*keys: dict) -> dict:
    return {"keys": list(keys or [jwk(rsa_key())])}


def claims(shape: str = "id", now: int = NOW, **overrides) -> dict:
    """Genuine-looking claims shaped like an ``id`` or ``access`` token (``token_use=shape``
    unless overridden), valid for an hour from ``now``. ``DROP`` as a value removes a claim."""
    base = {"sub": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee", "iss": ISSUER, "token_use": shape,
            "auth_time": now, "iat": now, "exp": now + 3600, "jti": "j-1", "origin_jti": "o-1"}
    if shape == "id":
        base.update({"aud": CLIENT_ID, "cognito:username": "alice", "email": "alice@example.com",
                     "email_verified": True})
    else:
        base.update({"client_id": CLIENT_ID, "username": "alice", "version": 2,
                     "scope": "aws.cognito.signin.user.admin"})
    base.update(overrides)
    return {k: v for k, v in base.items() if v is not DROP}


def sign(payload: dict, key: rsa.RSAPrivateKey | None = None, kid: str | None = KID,
         algorithm: str = "RS256", **headers) -> str:
    """Sign with python-jose; ``kid=None`` leaves the kid out of the header."""
    if kid is not None:
        headers["kid"] = kid
    return jose_jwt.encode(payload, key or rsa_key(), algorithm=algorithm, headers=headers)


def token(shape: str = "id", **overrides) -> str:
    """A genuine token for POOL_ID/CLIENT_ID, signed by ``rsa_key()`` under KID."""
    return sign(claims(shape, **overrides))


def sign_raw(header: dict, payload_json: str, key: rsa.RSAPrivateKey | None = None) -> str:
    """RS256-sign a payload given as raw JSON text (e.g. with ``1e400`` in it)."""
    signing_input = f"{b64url(header)}.{b64url(payload_json)}"
    signature = (key or rsa_key()).sign(signing_input.encode("ascii"), padding.PKCS1v15(),
                                        hashes.SHA256())
    return f"{signing_input}.{b64url(signature)}"


def forge(header: dict | str, payload: dict | str, signature: bytes | str = b"") -> str:
    """Assemble a token from parts (dicts are JSON-encoded, str parts used as they are)."""
    parts = [p if isinstance(p, str) else b64url(p) for p in (header, payload)]
    sig = signature if isinstance(signature, str) else b64url(signature)
    return ".".join([*parts, sig])


def hs256_confusion(payload: dict, secret: bytes, kid: str = KID) -> str:
    """The alg-confusion attack: HS256 keyed with the RSA *public* key bytes."""
    signing_input = f"{b64url({'alg': 'HS256', 'kid': kid})}.{b64url(payload)}"
    mac = hmac.new(secret, signing_input.encode("ascii"), hashlib.sha256).digest()
    return f"{signing_input}.{b64url(mac)}"


def with_payload(tok: str, payload: dict) -> str:
    """Swap the payload of a signed token, keeping header and signature."""
    header, _, signature = tok.split(".")
    return f"{header}.{b64url(payload)}.{signature}"
