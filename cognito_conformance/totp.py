"""The codes an authenticator app shows for a software token: TOTP (RFC 6238), HMAC-SHA1, 6 digits,
30-second steps, as Cognito requires. Uses ``cryptography``'s TOTP; the key-length check is off
because a secret is whatever the pool hands out (moto's decodes to 56 bits)."""

from __future__ import annotations

import base64
import time

from cryptography.hazmat.primitives.hashes import SHA1
from cryptography.hazmat.primitives.twofactor.totp import TOTP

STEP_SECONDS = 30


def totp_code(secret: str, at: float | None = None) -> str:
    """The 6-digit code for the base32 ``secret`` at time ``at`` (default: now)."""
    key = base64.b32decode(secret.upper() + "=" * (-len(secret) % 8))
    totp = TOTP(key, 6, SHA1(), STEP_SECONDS, enforce_key_length=False)
    return totp.generate(int(time.time() if at is None else at)).decode()


def seconds_to_next_code(at: float | None = None) -> float:
    """How long until the code changes (a used code is not accepted again in its step)."""
    now = time.time() if at is None else at
    return STEP_SECONDS - now % STEP_SECONDS + 0.5
