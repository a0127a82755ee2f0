"""Which pool and app client issue 13's scenarios use: revocation, rotation and auth sessions,
temporary passwords, remembered devices, choice-based sign-in.

On a pool the suite creates, each configuration is true by construction. On a team's pool
(existing-pool mode) the setting is read back, and a scenario whose setting differs is skipped
with the setting named.
"""

from __future__ import annotations

from pytest_bdd import given

from cognito_conformance.existing_pool import PreconditionUnmet, require
from cognito_conformance.session_configurations import (
    AUTH_SESSION_MINUTES, CHOICE_POOL, DEVICES_POOL, GRACE_SECONDS, SESSION_CLIENTS, SESSIONS_POOL,
    TEMPORARY_PASSWORD_DAYS)

from .user_pools import provision


def described_client(cognito, app_client) -> dict:
    return cognito.describe_user_pool_client(UserPoolId=app_client.pool_id,
                                             ClientId=app_client.id)["UserPoolClient"]


def client_settings(described: dict) -> dict:
    """The client's session settings as ClientSpec states them (the API's defaults filled in)."""
    rotation = described.get("RefreshTokenRotation") or {}
    return {"revokes_tokens": described.get("EnableTokenRevocation"),
            "rotation_grace_seconds": (rotation.get("RetryGracePeriodSeconds", 0)
                                       if rotation.get("Feature") == "ENABLED" else None),
            "auth_session_minutes": described.get("AuthSessionValidity", 3)}


def _check_client(cognito, app_client) -> None:
    """A team's client must have the session settings the scenario's client has."""
    if not app_client.existing:
        return
    actual = client_settings(described_client(cognito, app_client))
    actual["revokes_tokens"] = bool(actual["revokes_tokens"])
    spec = app_client.spec
    wanted = {"revokes_tokens": spec.revokes_tokens is not False, "rotation_grace_seconds": spec.rotation_grace_seconds,
              "auth_session_minutes": spec.auth_session_minutes or 3}
    different = {k: (actual[k], v) for k, v in wanted.items() if actual[k] != v}
    if different:
        raise PreconditionUnmet(f"app client {app_client.id} has " + ", ".join(
            f"{k}={have} (the scenario needs {need})" for k, (have, need) in different.items()))


def _session_client(user_pool, cognito, sentence: str):
    client = user_pool.clients[SESSION_CLIENTS[sentence].key]
    _check_client(cognito, client)
    return client


@given("the app client revokes tokens", target_fixture="cognito_app_client")
def _(cognito_user_pool, cognito):
    return _session_client(cognito_user_pool, cognito, "revokes tokens")


@given("the app client does not revoke tokens", target_fixture="cognito_app_client")
def _(cognito_user_pool, cognito):
    return _session_client(cognito_user_pool, cognito, "does not revoke tokens")


@given("the app client does not rotate refresh tokens", target_fixture="cognito_app_client")
def _(cognito_user_pool, cognito):
    return _session_client(cognito_user_pool, cognito, "does not rotate refresh tokens")


@given("the app client rotates refresh tokens with no grace period", target_fixture="cognito_app_client")
def _(cognito_user_pool, cognito):
    return _session_client(cognito_user_pool, cognito, "rotates refresh tokens with no grace period")


@given("the app client rotates refresh tokens with a grace period of 10 seconds", target_fixture="cognito_app_client")
def _(cognito_user_pool, cognito):
    return _session_client(cognito_user_pool, cognito, f"rotates refresh tokens with a grace period of {GRACE_SECONDS} seconds")


@given("the app client gives 3 minutes to answer a challenge", target_fixture="cognito_app_client")
def _(cognito_user_pool, cognito):
    return _session_client(cognito_user_pool, cognito, f"gives {AUTH_SESSION_MINUTES} minutes to answer a challenge")


def _existing_pool_setting(user_pool, what: str, actual, wanted) -> None:
    require(actual == wanted, user_pool, f"this pool's {what} is {actual!r}; the scenario needs {wanted!r}")


@given("a user pool whose app clients differ in revocation, rotation and auth sessions",
       target_fixture="cognito_user_pool")
def _(cognito_provisioner):
    return provision(cognito_provisioner, SESSIONS_POOL)


@given("a user pool whose temporary passwords last 1 day", target_fixture="cognito_user_pool")
def _(cognito_provisioner, cognito):
    pool = provision(cognito_provisioner, SESSIONS_POOL)
    if pool.existing:
        policy = cognito.describe_user_pool(UserPoolId=pool.id)["UserPool"]["Policies"]["PasswordPolicy"]
        _existing_pool_setting(pool, "TemporaryPasswordValidityDays",
                               policy.get("TemporaryPasswordValidityDays", 7), TEMPORARY_PASSWORD_DAYS)
    return pool


@given("a user pool that remembers devices when the user agrees", target_fixture="cognito_user_pool")
def _(cognito_provisioner, cognito):
    pool = provision(cognito_provisioner, DEVICES_POOL)
    if pool.existing:
        actual = cognito.describe_user_pool(UserPoolId=pool.id)["UserPool"].get("DeviceConfiguration")
        _existing_pool_setting(pool, "DeviceConfiguration", actual, dict(DEVICES_POOL.device_configuration))
    return pool


@given("a user pool where users choose how to sign in, by password only", target_fixture="cognito_user_pool")
def _(cognito_provisioner, cognito):
    pool = provision(cognito_provisioner, CHOICE_POOL)
    if pool.existing:
        described = cognito.describe_user_pool(UserPoolId=pool.id)["UserPool"]
        factors = described.get("Policies", {}).get("SignInPolicy", {}).get("AllowedFirstAuthFactors")
        _existing_pool_setting(pool, "SignInPolicy.AllowedFirstAuthFactors", factors, ["PASSWORD"])
    return pool


@given("the app client lets users choose how to sign in", target_fixture="cognito_app_client")
def _(cognito_user_pool):
    client = cognito_user_pool.clients["choice"]
    require(client.allows("USER_AUTH"), client, f"app client {client.id} does not allow USER_AUTH (ExplicitAuthFlows)")
    return client
