"""Keep passwords, tokens and codes out of logs and reports.

Masks by shape, so it needs to know no secret in advance: JWTs, the suite's own generated
passwords, and the values of request/response fields that carry secrets.
"""

from __future__ import annotations

import re

from .people import PASSWORD_PREFIX

MASK = "***"
SECRET_FIELDS = (
    "Password", "PreviousPassword", "ProposedPassword", "TemporaryPassword", "PASSWORD", "NEW_PASSWORD",
    "AccessToken", "IdToken", "RefreshToken", "REFRESH_TOKEN", "access_token", "id_token", "refresh_token",
    "SecretHash", "SECRET_HASH", "ClientSecret", "client_secret", "ConfirmationCode", "Session",
    "PASSWORD_CLAIM_SIGNATURE", "SRP_A", "SecretCode", "UserCode", "SOFTWARE_TOKEN_MFA_CODE",
    "SMS_MFA_CODE", "Code",
)
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")
_PASSWORD = re.compile(re.escape(PASSWORD_PREFIX) + r"[A-Za-z0-9_-]{8,}")
_FIELD = re.compile(
    r"""(?P<key>["']?(?:%s)["']?\s*[:=]\s*)(?P<quote>["']?)(?P<value>[^"',}\s&]+)"""
    % "|".join(map(re.escape, SECRET_FIELDS))
)


#: A field named just "code" holds an OAuth or confirmation code, unless it names an error code.
_CODE = re.compile(r"""(?P<key>["']?\bcode["']?\s*[:=]\s*)(?P<quote>["']?)(?P<value>(?!\w+(Exception|Error)\b)[^"',}\s&]+)""")


def mask(text: str) -> str:
    """``text`` with every secret it contains replaced by ***."""
    text = _JWT.sub(MASK, text)
    text = _PASSWORD.sub(MASK, text)
    text = _CODE.sub(lambda m: f"{m['key']}{m['quote']}{MASK}", text)
    return _FIELD.sub(lambda m: f"{m['key']}{m['quote']}{MASK}", text)
