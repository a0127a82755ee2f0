"""Broken copies of a genuine token, one per verification step, for showing where each is refused.

Each works on any pool's token without its private key: the pool's signature is kept, dropped,
or replaced by one made with a key the pool does not have.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json

from cryptography.hazmat.primitives.asymmetric import rsa
from jose import jwk as jose_jwk
from jose import jws


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _json_segment(value: dict) -> str:
    return _b64(json.dumps(value, separators=(",", ":")).encode())


def _parts(token: str) -> tuple[dict, dict, str, str, str]:
    header_b64, payload_b64, signature = token.split(".")
    decode = lambda segment: json.loads(base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4)))
    return decode(header_b64), decode(payload_b64), header_b64, payload_b64, signature


def two_segments(token: str) -> str:
    return ".".join(token.split(".")[:2])


def unknown_kid(token: str) -> str:
    header, _, _, payload_b64, signature = _parts(token)
    return ".".join([_json_segment({**header, "kid": "not-a-key-of-this-pool"}), payload_b64, signature])


def changed_payload(token: str) -> str:
    _, payload, header_b64, _, signature = _parts(token)
    forged = {**payload, "sub": "00000000-0000-0000-0000-000000000000"}
    return ".".join([header_b64, _json_segment(forged), signature])


def signed_by_another_key(token: str) -> str:
    header, payload, _, _, _ = _parts(token)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    return jws.sign(payload, key, headers={"kid": header["kid"]}, algorithm="RS256")


def alg_none(token: str) -> str:
    header, _, _, payload_b64, _ = _parts(token)
    return ".".join([_json_segment({**header, "alg": "none"}), payload_b64, ""])


def hs256_with_public_key(token: str, pool_jwks: dict) -> str:
    """The classic confusion: an HMAC whose secret is the pool's public key, in PEM."""
    header, _, _, payload_b64, _ = _parts(token)
    public = next(k for k in pool_jwks["keys"] if k.get("kid") == header["kid"])
    secret = jose_jwk.construct(public, algorithm="RS256").to_pem()
    signing_input = f"{_json_segment({**header, 'alg': 'HS256'})}.{payload_b64}"
    signature = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return f"{signing_input}.{_b64(signature)}"
