"""The people scenarios speak of ("Alice", "Bob"): run-unique usernames and valid passwords."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from .token_kinds import ACCESS, REFRESH


#: Every password the suite makes starts so: it meets every policy rule, and masking knows it.
PASSWORD_PREFIX = "Aa1!"


def strong_password() -> str:
    """A password that meets the strictest pool policy: long, with every character class."""
    return f"{PASSWORD_PREFIX}{secrets.token_urlsafe(12)}"


@dataclass
class Person:
    name: str
    username: str
    email: str
    password: str = field(default_factory=strong_password, repr=False)
    sub: str | None = None
    #: The pool this person's account was made in (None until then); it is deleted afterwards.
    pool_id: str | None = None
    #: The latest AuthenticationResult this person holds (IdToken, AccessToken, RefreshToken).
    tokens: dict = field(default_factory=dict, repr=False)
    #: The software token's secret.
    totp_secret: str | None = field(default=None, repr=False)
    #: Passwords this person used before (for "the old password no longer works").
    old_passwords: list[str] = field(default_factory=list, repr=False)

    @property
    def access_token(self) -> str:
        return ACCESS.of(self.tokens)

    @property
    def refresh_token(self) -> str:
        return REFRESH.of(self.tokens)

    def keep_tokens(self, result: dict) -> None:
        """Remember tokens from a sign-in or refresh; a refresh keeps the earlier RefreshToken."""
        self.tokens = {**self.tokens, **result}

    def change_password(self, new_password: str) -> None:
        self.old_passwords.append(self.password)
        self.password = new_password


@dataclass
class Notes:
    """What happened to one person during a scenario that later steps read back."""

    #: The responses of the calls that sent the person a code, by purpose ("sign_up", ...).
    deliveries: dict = field(default_factory=dict, repr=False)
    #: An address the person changed to (the original stays in ``Person.email``).
    new_email: str | None = None
    #: The last TOTP code the person used (a code works once).
    last_totp_code: str | None = field(default=None, repr=False)


class ScenarioNotes(dict):
    """One scenario's notes, by person name ("Alice"); a person's are made on first use."""

    def __missing__(self, name: str) -> Notes:
        self[name] = Notes()
        return self[name]


class People:
    """The cast of one scenario. Usernames carry the run's prefix, so nothing collides."""

    def __init__(self, prefix: str, email_domain: str = "example.com") -> None:
        self._prefix = prefix
        self._email_domain = email_domain
        self._cast: dict[str, Person] = {}

    def __getitem__(self, name: str) -> Person:
        if name not in self._cast:
            username = f"{self._prefix}-{name.lower()}-{secrets.token_hex(3)}"
            self._cast[name] = Person(name, username, f"{username}@{self._email_domain}")
        return self._cast[name]

    def __iter__(self):
        return iter(self._cast.values())
