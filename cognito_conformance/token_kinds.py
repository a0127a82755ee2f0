"""ID, access and refresh tokens: every name each one goes by, in one place.

Scenarios say "Alice's ID token"; the token's ``token_use`` claim says ``id``; InitiateAuth's
AuthenticationResult, an app client's ``TokenValidityUnits`` and its ``IdTokenValidity`` say
``IdToken``; the OAuth token endpoint says ``id_token``. Steps, pools and the profile checks look
the other names up here. Default lifetimes: ID 1 h, access 1 h, refresh 30 days (API Reference,
CreateUserPoolClientRequest; docs/cognito-spec.md, "Token lifetimes").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class TokenKind:
    #: How scenarios name it ("Alice's ID token", "refresh tokens live 1 day").
    phrase: str
    #: Its ``token_use`` claim, and the key of a lifetime (``{"id": Lifetime(...)}``).
    use: str
    #: Its member of AuthenticationResult and of TokenValidityUnits.
    result_key: str
    #: Its member of the OAuth token endpoint's answer.
    oauth_field: str
    #: (value, unit) when the app client states no lifetime.
    default_lifetime: tuple[int, str]

    @property
    def validity_field(self) -> str:
        """The app client's member holding its lifetime's value (``IdTokenValidity``)."""
        return f"{self.result_key}Validity"

    def of(self, tokens: Mapping) -> str | None:
        """This token out of an AuthenticationResult (or a person's kept tokens), if it is there."""
        return tokens.get(self.result_key)

    def __str__(self) -> str:
        return self.phrase


ID = TokenKind("ID", "id", "IdToken", "id_token", (1, "hours"))
ACCESS = TokenKind("access", "access", "AccessToken", "access_token", (1, "hours"))
REFRESH = TokenKind("refresh", "refresh", "RefreshToken", "refresh_token", (30, "days"))

KINDS: tuple[TokenKind, ...] = (ID, ACCESS, REFRESH)
#: The two that are JWTs an application verifies (the refresh token is opaque to it).
JWTS: tuple[TokenKind, ...] = (ID, ACCESS)
BY_PHRASE = {kind.phrase: kind for kind in KINDS}
BY_USE = {kind.use: kind for kind in KINDS}


def from_token_endpoint(body: Mapping) -> dict[str, str]:
    """The token endpoint's answer as an AuthenticationResult names its tokens."""
    return {kind.result_key: body[kind.oauth_field] for kind in KINDS if kind.oauth_field in body}
