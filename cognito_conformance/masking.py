"""Keep passwords, tokens, secrets and codes out of logs and reports.

Two ways, both needed:

* by shape, knowing no secret in advance: JWTs, the suite's own generated passwords, and the values
  of request/response fields that carry secrets (in JSON, dict reprs, query strings and keyword
  arguments) - but not words that merely contain a field's name ("GetUserAttributeVerificationCode:")
  nor source lines (``{code:ErrorCode}``, ``Code=code``);
* by value: every secret a cognito-idp client of the suite sent or received (TOTP secrets, SRP secret
  blocks, sessions, tokens, passwords) is remembered by ``remember_secrets`` and masked wherever it
  shows up later (a local variable with --showlocals, an assertion message, a report).
"""

from __future__ import annotations

import re
import threading

from .people import PASSWORD_PREFIX

MASK = "***"
SECRET_FIELDS = (
    "Password", "PreviousPassword", "ProposedPassword", "TemporaryPassword", "PASSWORD", "NEW_PASSWORD",
    "AccessToken", "IdToken", "RefreshToken", "REFRESH_TOKEN", "access_token", "id_token", "refresh_token",
    "SecretHash", "SECRET_HASH", "ClientSecret", "client_secret", "ConfirmationCode", "Session",
    "PASSWORD_CLAIM_SIGNATURE", "PASSWORD_CLAIM_SECRET_BLOCK", "SECRET_BLOCK", "SRP_A", "SRP_B", "SALT",
    "SecretCode", "UserCode", "SOFTWARE_TOKEN_MFA_CODE", "SMS_MFA_CODE", "EMAIL_OTP_CODE", "Code", "code",
    "Token", "token", "DeviceSecretVerifierConfig", "PasswordVerifier", "x-moto-forgot-password-confirmation-code",
    # AWS credentials: in botocore's logged headers, a credentials file, STS answers
    "X-Amz-Security-Token", "x-amz-security-token", "aws_secret_access_key", "aws_session_token",
    "SecretAccessKey", "SessionToken",
)
#: Settings whose value may carry a secret (a code command's key): only the program's name is shown, in
#: shell-quoted command lines and argument reprs (``-o 'cognito_code_command=cmd key'``, ``'--code-command',
#: 'cmd key'``), as the header and the reports' command line show ``--code-command``.
SECRET_SETTINGS = ("cognito_code_command", "COGNITO_CODE_COMMAND", "--code-command")
_KEYS = "|".join(map(re.escape, sorted(SECRET_FIELDS, key=len, reverse=True)))
#: A field's name stands alone: not inside a longer word ("VerificationCode") or an identifier.
_ALONE = r"(?<![\w-])"
#: "Key": value / 'Key': 'value' (JSON, dict reprs, headers): the value, quoted or not.
_QUOTED_KEY = re.compile(
    _ALONE + r"""(?P<key>(?P<q>["'])(?:%s)(?P=q)\s*[:=]\s*)(?P<quote>b["']|["']?)(?P<value>[^"',}\s&)\]]+)"""
    % _KEYS)
#: Key='value' or Key: "value" (keyword arguments, log lines): only a quoted value.
_QUOTED_VALUE = re.compile(_ALONE + r"""(?P<key>(?:%s)\s*[:=]\s*)(?P<quote>["'])(?P<value>[^"']+)""" % _KEYS)
#: ?code=X&... #access_token=X (URLs, form bodies): an unquoted value after = with nothing between.
_QUERY = re.compile(r"""(?P<key>(?:^|(?<=[?&#'"\s]))(?:%s)=)(?P<quote>)(?P<value>[^"'&#\s]+)""" % _KEYS)
_JWT = re.compile(r"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")
_PASSWORD = re.compile(re.escape(PASSWORD_PREFIX) + r"[A-Za-z0-9_-]{8,}")
_SETTINGS = "|".join(map(re.escape, SECRET_SETTINGS))
#: One pass for the rest, by shape: an AWS access key id (long-term AKIA, temporary ASIA); the arguments
#: of a secret setting's quoted value.
_SHAPES = re.compile(
    r"(?P<akid>\b(?:AKIA|ASIA)[A-Z0-9]{16}\b)"
    r"""|(?P<key>['"](?:%(s)s)\s*=|['"]--code-command['"],?\s+['"])(?P<value>[^'"\n]*)""" % {"s": _SETTINGS})


def _shape(match: re.Match) -> str:
    if match["akid"]:
        return MASK
    program, _, arguments = match["value"].strip().partition(" ")
    return f"{match['key']}{program} {MASK}" if arguments else match[0]


#: An error code in a "code" field is not a secret.
_ERROR_NAME = re.compile(r"\w+(Exception|Error)$|[a-z_]+$")
#: An unquoted value of letters, dots and underscores only is a name in source (``Code=code)``,
#: ``'Session': session``), not a secret: codes, tokens and the suite's passwords all hold digits.
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z_.]*[),\]]*$")

#: Secrets seen in this process, masked by value; short values are left out (they would garble text).
_REMEMBERED: set[str] = set()
_LOCK = threading.Lock()
MIN_REMEMBERED = 8
#: Parts of a response that hold no secret (an error's Code is its name).
NOT_SECRET = ("Error", "ResponseMetadata")


def remember(value: object) -> None:
    """Mask ``value`` wherever it appears from now on (strings of at least MIN_REMEMBERED characters)."""
    if isinstance(value, str) and len(value) >= MIN_REMEMBERED:
        with _LOCK:
            _REMEMBERED.add(value)


def _remember_fields(data: object) -> None:
    if isinstance(data, dict):
        for key, value in data.items():
            if key in NOT_SECRET:
                continue
            if key in SECRET_FIELDS:
                remember(value)
            _remember_fields(value)
    elif isinstance(data, list):
        for item in data:
            _remember_fields(item)


def remember_credentials(session) -> None:
    """Mask the AWS credentials a boto3 session signs with (access key id, secret key, session token)."""
    try:
        credentials = session.get_credentials()
        frozen = credentials.get_frozen_credentials() if credentials is not None else None
    except Exception:  # no credentials yet: the backend says so itself, with a clear line
        return
    if frozen is not None:
        for value in (frozen.access_key, frozen.secret_key, frozen.token):
            remember(value)


def remember_secrets(client) -> None:
    """Remember the secret fields of every request a client sends and every response it gets."""

    def on_request(params, **_):
        _remember_fields(params)

    def on_response(parsed=None, **_):
        _remember_fields(parsed)

    client.meta.events.register("before-parameter-build.cognito-idp", on_request)
    client.meta.events.register("after-call.cognito-idp", on_response)


def _masked(match: re.Match) -> str:
    value = match["value"]
    if not match["quote"] and _IDENTIFIER.match(value):
        return match[0]
    if match["key"].strip("\"' :=").lower() == "code" and _ERROR_NAME.match(value):
        return match[0]  # "code": "NotAuthorizedException", error=invalid_grant: an error's name
    return f"{match['key']}{match['quote']}{MASK}"


def _longest_first(secret: str) -> tuple[int, str]:
    return -len(secret), secret


class _Known:
    """The remembered secrets arranged for masking, as each is remembered rather than once per text:
    indexed by their first ``MIN_REMEMBERED`` characters, so that a short text is searched only for
    the secrets whose start it holds, not for every secret the run has seen (a number that grows
    with the run); longest first (a secret inside a longer one is masked with it)."""

    def __init__(self, source: set[str]) -> None:
        self.source = source
        self.indexed: set[str] = set()
        self.by_start: dict[str, list[str]] = {}
        #: Looked for in every text: too short to index, or able to appear where a mask was put.
        self.always: set[str] = set()

    def update(self) -> None:
        if len(self.indexed) == len(self.source):  # secrets are only ever added
            return
        for secret in self.source - self.indexed:
            if len(secret) < MIN_REMEMBERED or any(character in secret for character in MASK):
                self.always.add(secret)
            else:
                self.by_start.setdefault(secret[:MIN_REMEMBERED], []).append(secret)
            self.indexed.add(secret)

    def candidates(self, text: str) -> list[str]:
        """The secrets that may be in ``text``, longest first. Masking puts only ``MASK`` into a text, so
        a secret without its characters is in the text after some were masked only if it was before."""
        if len(text) > 8 * len(self.indexed):  # a long text: searching it once per secret is cheaper
            return sorted(self.indexed, key=_longest_first)
        found = set(self.always)
        group_of = self.by_start.get
        for start in range(len(text) - MIN_REMEMBERED + 1):
            group = group_of(text[start:start + MIN_REMEMBERED])
            if group:
                found.update(group)
        return sorted(found, key=_longest_first)


_KNOWN: list[_Known] = []


def _known() -> _Known:
    with _LOCK:
        if not _KNOWN or _KNOWN[0].source is not _REMEMBERED:
            _KNOWN[:] = [_Known(_REMEMBERED)]
        _KNOWN[0].update()
        return _KNOWN[0]


def mask(text: str) -> str:
    """``text`` with every secret it contains replaced by ***."""
    for secret in _known().candidates(text):
        if secret in text:
            text = text.replace(secret, MASK)
    text = _JWT.sub(MASK, text)
    text = _PASSWORD.sub(MASK, text)
    text = _SHAPES.sub(_shape, text)
    for pattern in (_QUOTED_KEY, _QUOTED_VALUE, _QUERY):
        text = pattern.sub(_masked, text)
    return text
