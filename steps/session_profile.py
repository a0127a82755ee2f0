"""Pool-profile steps for issue 13's settings: revocation, rotation, auth sessions, temporary passwords,
devices, the feature plan and the sign-in policy. Read-only, like steps/profile.py, whose helpers
find the pool and the app client (by env.py setting, id or name)."""

from __future__ import annotations

from pytest_bdd import parsers, then

from cognito_conformance.existing_pool import suite_pool_only

from .grammar import phrase
from .profile import _client as _described_client, _items, _pool
from .session_pools import client_settings


def _client(cognito, user_pool, settings, ref: str) -> dict:
    """The app client a profile names: by env.py setting, id or name, or by the key of a client of
    the suite's own pool (which a team's pool does not have)."""
    if ref in {spec.key for spec in user_pool.spec.clients}:
        suite_pool_only(user_pool, f"app client {ref!r} is one of the suite's own pools; this pool is yours")
        ref = user_pool.clients[ref].id
    return _described_client(cognito, user_pool, settings, ref)


@then(parsers.re(r'app client "(?P<client>[^"]+)" (?P<does>revokes|does not revoke) tokens'))
def _(client, does, cognito, cognito_user_pool, cognito_settings):
    actual = client_settings(_client(cognito, cognito_user_pool, cognito_settings, client))["revokes_tokens"]
    assert (actual is True) == (does == "revokes"), f"EnableTokenRevocation is {actual}"


@then(phrase('app client "{client}" rotates refresh tokens with a grace period of {seconds:d} seconds'))
def _(client, seconds, cognito, cognito_user_pool, cognito_settings):
    described = _client(cognito, cognito_user_pool, cognito_settings, client)
    actual = client_settings(described)["rotation_grace_seconds"]
    assert actual == seconds, f"RefreshTokenRotation is {described.get('RefreshTokenRotation')}"


@then(phrase('app client "{client}" does not rotate refresh tokens'))
def _(client, cognito, cognito_user_pool, cognito_settings):
    described = _client(cognito, cognito_user_pool, cognito_settings, client)
    assert client_settings(described)["rotation_grace_seconds"] is None, \
        f"RefreshTokenRotation is {described.get('RefreshTokenRotation')}"


@then(phrase('app client "{client}" gives {minutes:d} minutes to answer a challenge'))
def _(client, minutes, cognito, cognito_user_pool, cognito_settings):
    actual = client_settings(_client(cognito, cognito_user_pool, cognito_settings, client))["auth_session_minutes"]
    assert actual == minutes, f"AuthSessionValidity is {actual} minutes"


@then(parsers.re(r"temporary passwords last (?P<days>\d+) days?"), converters={"days": int})
def _(days, cognito, cognito_user_pool):
    policy = _pool(cognito, cognito_user_pool)["Policies"]["PasswordPolicy"]
    assert policy.get("TemporaryPasswordValidityDays", 7) == days, f"the PasswordPolicy is {policy}"


@then(parsers.re(r"the pool remembers devices (?P<when>always|when the user agrees|never)"))
def _(when, cognito, cognito_user_pool):
    config = _pool(cognito, cognito_user_pool).get("DeviceConfiguration")
    if when == "never":
        assert not config, f"DeviceConfiguration is {config}"
        return
    assert config, "DeviceConfiguration is not set: the pool does not remember devices"
    on_prompt = bool(config.get("DeviceOnlyRememberedOnUserPrompt"))
    assert on_prompt == (when == "when the user agrees"), f"DeviceConfiguration is {config}"


@then(parsers.re(r"a remembered device (?P<does>replaces|does not replace) MFA"))
def _(does, cognito, cognito_user_pool):
    config = _pool(cognito, cognito_user_pool).get("DeviceConfiguration") or {}
    actual = bool(config.get("ChallengeRequiredOnNewDevice"))
    assert actual == (does == "replaces"), f"DeviceConfiguration is {config}"


@then(phrase("the pool is on the {tier:w} feature plan"))
def _(tier, cognito, cognito_user_pool):
    actual = _pool(cognito, cognito_user_pool).get("UserPoolTier")
    assert actual == tier, f"UserPoolTier is {actual}"


@then(phrase("users may sign in first with {factors}"))
def _(factors, cognito, cognito_user_pool):
    policy = _pool(cognito, cognito_user_pool).get("Policies", {}).get("SignInPolicy", {})
    actual = sorted(policy.get("AllowedFirstAuthFactors") or [])
    assert actual == sorted(_items(factors)), f"AllowedFirstAuthFactors is {policy.get('AllowedFirstAuthFactors')}"
