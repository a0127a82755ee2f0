"""Verify Cognito user-pool JWTs with the seven steps AWS documents, in order.

Steps (``STEPS[n - 1]`` names step n): 1 structure, 2 kid (find the key in the
pool's JWKS), 3 signature (RS256 only), 4 expiry, 5 client, 6 issuer, 7 token_use.
Every refusal is a :class:`JwtError` subclass whose ``step`` is the failing step;
a token broken for step N alone is refused at exactly step N.

Choices worth knowing (see also the class docstrings):

* Tokens longer than ``max_token_chars`` (default 64 KiB; real Cognito tokens are
  1-4 KB) are refused at step 1 before any decoding.
* Segments must be canonical unpadded base64url (RFC 7515 §2). The signature
  segment may be empty, so an unsecured ``alg: none`` token gets to step 3 and
  is refused there as an :class:`AlgorithmError`.
* The key is looked up (step 2) before ``alg`` is checked (step 3), but a key is
  only ever used for RS256 verification, whatever the header says.
* Claims must have the JSON type Cognito gives them (aws-jwt-verify's ``assertJwtPayload`` and
  ``jwt-model.ts``; the ID and access token pages of the Developer Guide). A claim a step uses is
  refused at that step: ``exp``/``nbf`` not a finite number at 4, ``aud``/``client_id`` not a string
  at 5 (whichever the client is checked against, and the other too when present), ``iss`` at 6,
  ``token_use`` at 7. The claims no step uses (:data:`CLAIM_TYPES`: ``sub``, ``iat``, ``jti``,
  ``scope``, ``auth_time``, ``cognito:groups`` ...) are checked at step 1, before the signature, as
  aws-jwt-verify's ``decomposeUnverifiedJwt`` does. Absent claims are not required, ``exp`` aside.
* Step 5 with a ``token_use`` that is neither ``id`` nor ``access``: the client is
  checked against ``client_id`` if the token has one, else against ``aud``; if it
  has neither, step 5 is deferred and step 7 refuses the token. ``aud`` must be a
  string (Cognito never sends a list).
* A fetch that fails or lacks the wanted kid starts a cool-down (default 10 s)
  during which unknown kids are refused without fetching; cached kids still work.

JOSE libraries: the suite verifies (here) and tampers (``tampering.py``) with python-jose, the
developers' guide's JWT library. The hosted-UI stand-in signs with joserfc on purpose: it is the
library moto itself signs with (moto[cognitoidp] depends on it), so the stand-in's tokens are made
exactly as moto's are, and the verifier checking them is a second, independent implementation, so a
bug shared by signer and verifier cannot hide. Authlib's own JOSE module is not used; Authlib serves
the stand-in's OAuth endpoints only.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
import threading
import time
from collections.abc import Callable, Sequence
from typing import Any

import requests
from jose import jwk as jose_jwk

from .pool_ids import POOL_ID

__all__ = [
    "STEPS", "JwtError", "JwtStructureError", "KidNotFoundError", "JwksFetchError",
    "InvalidJwkError", "AlgorithmError", "SignatureError", "ClaimError", "ExpiredError",
    "NotYetValidError", "ClientIdError", "IssuerError", "TokenUseError",
    "CognitoJwtVerifier", "decode_unverified", "CLAIM_TYPES",
]

STEPS = ("structure", "kid", "signature", "expiry", "client", "issuer", "token_use")
_SEGMENTS = re.compile(r"[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*")
MAX_TOKEN_CHARS = 64 * 1024
MAX_JWKS_BYTES = 1024 * 1024
_STRING, _NUMBER, _STRINGS = "a string", "a number", "a list of strings"
#: The JSON type of each standard claim that no step uses, checked at step 1 when present.
CLAIM_TYPES = {
    "sub": _STRING, "iat": _NUMBER, "jti": _STRING, "scope": _STRING, "auth_time": _NUMBER,
    "cognito:groups": _STRINGS, "username": _STRING, "cognito:username": _STRING,
    "origin_jti": _STRING, "event_id": _STRING, "at_hash": _STRING, "version": _NUMBER,
    "cognito:roles": _STRINGS, "cognito:preferred_role": _STRING,
}


# --- errors -------------------------------------------------------------------------

class JwtError(Exception):
    """A token was refused. ``step`` is the failing step (1-7), ``reason`` the why."""

    step = 0

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"JWT refused at step {self.step} ({STEPS[self.step - 1]}): {reason}")


class JwtStructureError(JwtError):
    """Step 1: not three base64url segments, header/payload not JSON objects, or a claim no
    later step uses has the wrong JSON type (:data:`CLAIM_TYPES`)."""
    step = 1


class KidNotFoundError(JwtError):
    """Step 2: the header's ``kid`` is missing, not a string, or not in the JWKS."""
    step = 2


class JwksFetchError(JwtError):
    """Step 2: the JWKS could not be fetched or is not a JWKS."""
    step = 2


class InvalidJwkError(JwtError):
    """Step 2: the JWK found for the ``kid`` is not an RSA signature key."""
    step = 2


class AlgorithmError(JwtError):
    """Step 3: header ``alg`` (or the JWK's ``alg``) is not RS256."""
    step = 3


class SignatureError(JwtError):
    """Step 3: the RS256 signature does not verify with the JWK."""
    step = 3


class ClaimError(JwtError):
    """Base of the claim failures (steps 4-7)."""


class ExpiredError(ClaimError):
    """Step 4: ``exp`` missing, not a finite number, or ``now >= exp + grace``."""
    step = 4


class NotYetValidError(ClaimError):
    """Step 4: ``nbf`` present and ``now < nbf - grace`` (Cognito sends no ``nbf``)."""
    step = 4


class ClientIdError(ClaimError):
    """Step 5: ``aud`` (ID token) or ``client_id`` (access token) is not the client, or either
    is present and not a string."""
    step = 5


class IssuerError(ClaimError):
    """Step 6: ``iss`` is not exactly the pool's issuer."""
    step = 6


class TokenUseError(ClaimError):
    """Step 7: ``token_use`` is not ``id``/``access``, or not the expected one."""
    step = 7


# --- decoding -----------------------------------------------------------------------

def _b64decode(segment: str) -> bytes:
    """Decode canonical unpadded base64url; raise ValueError otherwise."""
    raw = base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
    if base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii") != segment:
        raise ValueError("not canonical base64url")
    return raw


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        raise ValueError("duplicate member name")
    return dict(pairs)


def _refuse_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def _json_object(segment: str, what: str) -> dict:
    try:
        value = json.loads(_b64decode(segment).decode("utf-8"), object_pairs_hook=_no_duplicates,
                           parse_constant=_refuse_constant)
    except (ValueError, binascii.Error, RecursionError) as exc:
        raise JwtStructureError(f"{what} is not base64url-encoded JSON ({exc})") from None
    if not isinstance(value, dict):
        raise JwtStructureError(f"{what} is JSON but not an object")
    return value


def _split(token: object, max_chars: int = MAX_TOKEN_CHARS) -> tuple[dict, dict, bytes, bytes]:
    """Step 1. Return header, payload, signing input and signature bytes."""
    if not isinstance(token, str):
        raise JwtStructureError(f"token is a {type(token).__name__}, not a str")
    if len(token) > max_chars:
        raise JwtStructureError(f"token is {len(token)} chars, over the {max_chars}-char limit")
    if not _SEGMENTS.fullmatch(token):
        raise JwtStructureError("not three base64url segments separated by '.'")
    header_seg, payload_seg, signature_seg = token.split(".")
    header = _json_object(header_seg, "header")
    payload = _json_object(payload_seg, "payload")
    try:
        signature = _b64decode(signature_seg)
    except (ValueError, binascii.Error):
        raise JwtStructureError("signature is not canonical base64url") from None
    return header, payload, f"{header_seg}.{payload_seg}".encode("ascii"), signature


def _has_type(value: object, kind: str) -> bool:
    if kind == _STRING:
        return isinstance(value, str)
    if kind == _NUMBER:
        return _is_number(value)
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _check_claim_types(payload: dict) -> None:
    """Step 1: refuse a standard claim of the wrong JSON type (see :data:`CLAIM_TYPES`)."""
    for claim, kind in CLAIM_TYPES.items():
        if claim in payload and not _has_type(payload[claim], kind):
            raise JwtStructureError(f"claim {claim!r} is {type(payload[claim]).__name__}, not {kind}")


def decode_unverified(token: str) -> tuple[dict, dict]:
    """Return ``(header, payload)`` after step 1's structure check only (claim types are not
    checked). NOT verified: for reading claims."""
    header, payload, _, _ = _split(token)
    return header, payload


def _is_number(value: object) -> bool:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return isinstance(value, int) or math.isfinite(value)  # isfinite(10**400) would overflow


# --- verifier -----------------------------------------------------------------------

class CognitoJwtVerifier:
    """Verifies ID/access tokens of one user pool; thread-safe, keys cached by kid.

    ``client_id``: the app client id, a sequence of accepted ids, or ``None`` to accept
    any client (must be passed explicitly). ``token_use``: ``"id"``, ``"access"`` or
    ``None`` for either (explicit too). ``jwks``: a JWKS dict to use instead of
    fetching. ``issuer``: override the derived issuer (emulators, the "updated"
    issuer); the JWKS is then fetched from ``{issuer}/.well-known/jwks.json``.
    ``cooldown_seconds``: after a fetch that did not yield the wanted kid (or failed),
    no fetch happens for this long, measured with ``clock`` (default
    ``time.monotonic``). ``grace_seconds`` widens the ``exp``/``nbf`` window.
    """

    def __init__(self, *, user_pool_id: str, client_id: str | Sequence[str] | None,
                 token_use: str | None, jwks: dict | None = None, issuer: str | None = None,
                 grace_seconds: float = 0, cooldown_seconds: float = 10.0,
                 fetch_timeout: float = 3.0, max_token_chars: int = MAX_TOKEN_CHARS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if not isinstance(user_pool_id, str) or not user_pool_id:
            raise ValueError(f"user_pool_id must be a non-empty str, got {user_pool_id!r}")
        if issuer is None:
            match = POOL_ID.fullmatch(user_pool_id)
            if not match:
                raise ValueError(f"Invalid Cognito user pool id {user_pool_id!r}: expected "
                                 "'<region>_<id>' such as 'eu-west-1_AbC123' (or pass issuer=)")
            issuer = f"https://cognito-idp.{match['region']}.amazonaws.com/{user_pool_id}"
        if token_use not in ("id", "access", None):
            raise ValueError(f"token_use must be 'id', 'access' or None, got {token_use!r}")
        if isinstance(client_id, str) or client_id is None:
            clients = None if client_id is None else frozenset([client_id])
        else:
            clients = frozenset(client_id)
            if not clients or not all(isinstance(c, str) for c in clients):
                raise ValueError("client_id must be a str, a non-empty sequence of str, or None")
        if not _is_number(grace_seconds) or grace_seconds < 0:
            raise ValueError("grace_seconds must be a number >= 0")
        self.user_pool_id = user_pool_id
        self.issuer = issuer  # compared exactly with ``iss``
        self.jwks_uri = f"{issuer.rstrip('/')}/.well-known/jwks.json"
        self.client_ids = clients
        self.token_use = token_use
        self.grace_seconds = grace_seconds
        self.cooldown_seconds = cooldown_seconds
        self.fetch_timeout = fetch_timeout
        self.max_token_chars = max_token_chars
        self._clock = clock
        self._lock = threading.Lock()
        self._static = jwks is not None
        self._jwks: dict[str, dict] | None = None     # kid -> JWK, from the last good JWKS
        self._keys: dict[str, Any] = {}                 # kid -> constructed jose key
        self._cooldown_until: float | None = None
        self._last_fetch_failed: JwksFetchError | None = None
        if jwks is not None:
            try:
                self._jwks = self._index(jwks, "jwks=")
            except JwksFetchError as exc:
                raise ValueError(exc.reason) from None

    # -- step 2: keys --

    @staticmethod
    def _index(jwks: object, source: str) -> dict[str, dict]:
        if not isinstance(jwks, dict) or not isinstance(jwks.get("keys"), list):
            raise JwksFetchError(f"JWKS at {source} is not a JSON object with a 'keys' list")
        return {k["kid"]: k for k in jwks["keys"] if isinstance(k, dict) and isinstance(k.get("kid"), str)}

    def _fetch(self) -> dict[str, dict]:
        try:
            resp = requests.get(self.jwks_uri, timeout=self.fetch_timeout, stream=True,
                                allow_redirects=False, headers={"Accept": "application/json"})
            with resp:
                if resp.status_code != 200:
                    raise JwksFetchError(f"GET {self.jwks_uri} answered HTTP {resp.status_code}")
                body = b""
                for chunk in resp.iter_content(65536):
                    body += chunk
                    if len(body) > MAX_JWKS_BYTES:
                        raise JwksFetchError(f"JWKS at {self.jwks_uri} is over {MAX_JWKS_BYTES} bytes")
        except requests.RequestException as exc:
            raise JwksFetchError(f"GET {self.jwks_uri} failed: {type(exc).__name__}: {exc}") from exc
        try:
            document = json.loads(body.decode("utf-8"))
        except ValueError:
            raise JwksFetchError(f"JWKS at {self.jwks_uri} is not JSON") from None
        return self._index(document, self.jwks_uri)

    def _jwk_for(self, kid: str) -> dict:
        with self._lock:
            if self._jwks is not None and kid in self._jwks:
                return self._jwks[kid]
            if self._static:
                raise KidNotFoundError(f"kid {kid!r} is not in the JWKS given to the verifier")
            if self._cooldown_until is not None and self._clock() < self._cooldown_until:
                if self._last_fetch_failed is not None:
                    raise JwksFetchError(f"last JWKS fetch failed ({self._last_fetch_failed.reason});"
                                         " not refetching during the cool-down")
                raise KidNotFoundError(f"kid {kid!r} is not in the JWKS; not refetching during "
                                       f"the {self.cooldown_seconds:g}s cool-down")
            try:
                self._jwks, self._keys = self._fetch(), {}
            except JwksFetchError as exc:
                self._last_fetch_failed = exc
                self._cooldown_until = self._clock() + self.cooldown_seconds
                raise
            self._last_fetch_failed = None
            if kid in self._jwks:
                self._cooldown_until = None
                return self._jwks[kid]
            self._cooldown_until = self._clock() + self.cooldown_seconds
            raise KidNotFoundError(f"kid {kid!r} is not in the JWKS at {self.jwks_uri} (refetched)")

    def _key_for(self, kid: str, jwk: dict) -> Any:
        key = self._keys.get(kid)
        if key is None:
            if jwk.get("kty") != "RSA":
                raise InvalidJwkError(f"JWK {kid!r} has kty {jwk.get('kty')!r}, not 'RSA'")
            if "use" in jwk and jwk["use"] != "sig":
                raise InvalidJwkError(f"JWK {kid!r} has use {jwk['use']!r}, not 'sig'")
            if not (isinstance(jwk.get("n"), str) and isinstance(jwk.get("e"), str)):
                raise InvalidJwkError(f"JWK {kid!r} lacks string 'n' and 'e'")
            try:  # public members only: a private JWK is never loaded as a private key
                key = jose_jwk.construct({"kty": "RSA", "n": jwk["n"], "e": jwk["e"]}, "RS256")
            except Exception as exc:  # noqa: BLE001 - any parse failure means a bad JWK
                raise InvalidJwkError(f"JWK {kid!r} is not a valid RSA public key ({exc})") from None
            self._keys[kid] = key
        return key

    # -- the seven steps --

    def verify(self, token: str, now: float | None = None) -> dict:
        """Run steps 1-7 on ``token``; return its claims or raise a :class:`JwtError`.

        ``now`` is epoch seconds (default ``time.time()``).
        """
        header, claims, signing_input, signature = _split(token, self.max_token_chars)  # 1
        _check_claim_types(claims)

        kid = header.get("kid")                                                              # 2
        if not isinstance(kid, str) or not kid:
            raise KidNotFoundError("header has no 'kid' string")
        jwk = self._jwk_for(kid)

        alg = header.get("alg")                                                              # 3
        if alg != "RS256":
            raise AlgorithmError(f"header alg {alg!r} is not allowed; only 'RS256' is accepted")
        if "alg" in jwk and jwk["alg"] != "RS256":
            raise AlgorithmError(f"JWK {kid!r} is for alg {jwk['alg']!r}, not 'RS256'")
        key = self._key_for(kid, jwk)
        if not key.verify(signing_input, signature):
            raise SignatureError(f"RS256 signature does not verify with JWK {kid!r}")

        now = time.time() if now is None else now                                            # 4
        exp = claims.get("exp")
        if not _is_number(exp):
            raise ExpiredError(f"'exp' is {'missing' if exp is None else 'not a finite number'}")
        if now - self.grace_seconds >= exp:  # not exp + grace: a huge int exp overflows float
            raise ExpiredError(f"token expired at {exp} (now {now})")
        nbf = claims.get("nbf")
        if "nbf" in claims and (not _is_number(nbf) or now + self.grace_seconds < nbf):
            raise NotYetValidError(f"'nbf' {nbf!r} is not a number or is after now ({now})")

        use = claims.get("token_use")                                                        # 5
        claim = {"id": "aud", "access": "client_id"}.get(use) if isinstance(use, str) else None
        if claim is None:
            claim = "client_id" if "client_id" in claims else "aud" if "aud" in claims else None
        for name in ("aud", "client_id"):
            if name in claims and not isinstance(claims[name], str):
                raise ClientIdError(f"{name!r} is {type(claims[name]).__name__}, not a string")
        if self.client_ids is not None and claim is not None:
            value = claims.get(claim)
            if not isinstance(value, str) or value not in self.client_ids:
                raise ClientIdError(f"{claim!r} is {value!r}, not an accepted client id")

        if claims.get("iss") != self.issuer:                                                 # 6
            raise IssuerError(f"'iss' is {claims.get('iss')!r}, expected {self.issuer!r}")

        if use not in ("id", "access"):                                                      # 7
            raise TokenUseError(f"'token_use' is {use!r}, not 'id' or 'access'")
        if self.token_use is not None and use != self.token_use:
            raise TokenUseError(f"'token_use' is {use!r}, expected {self.token_use!r}")
        return claims
