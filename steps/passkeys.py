"""Passkeys (WebAuthn): a pool that allows them, with its prefix domain as the relying party, and the
registration options StartWebAuthnRegistration hands out."""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import pytest
from botocore.exceptions import ClientError
from pytest_bdd import given, then

from cognito_conformance import validity
from cognito_conformance.existing_pool import suite_pool_only
from cognito_conformance.pools import Pool
from cognito_conformance.session_configurations import PASSKEY_POOL, PASSKEY_USER_VERIFICATION

from .grammar import phrase


@dataclass(frozen=True)
class PasskeyPool:
    pool: Pool
    relying_party: str


@pytest.fixture(scope="session")
def cognito_passkey_pool(cognito_provisioner, cognito, cognito_run_prefix):
    """The passkey pool, its prefix domain, and WebAuthnConfiguration naming that domain as relying party."""
    pool = cognito_provisioner.pool(PASSKEY_POOL)
    suite_pool_only(pool, "the passkey scenarios need a domain and a WebAuthn configuration that the suite "
                          "creates, and it never changes your pool's")
    prefix = f"{cognito_run_prefix}-passkeys".lower().replace("_", "-")[:63]
    relying_party = f"{prefix}.auth.{cognito.meta.region_name}.amazoncognito.com"
    request = {"UserPoolId": pool.id, "MfaConfiguration": "OFF",
               "WebAuthnConfiguration": {"RelyingPartyId": relying_party,
                                         "UserVerification": PASSKEY_USER_VERIFICATION}}
    validity.refuse(validity.check_mfa_request(request, f"pool {PASSKEY_POOL.key!r}"))
    try:
        cognito_provisioner.add_domain(pool, prefix)  # checked against validity.py first
    except ClientError as exc:  # an implementation without domains: the scenario fails, saying so
        raise _unsupported(exc) from None
    try:
        cognito.set_user_pool_mfa_config(**request)
    except ClientError as exc:
        _delete_domain(cognito, pool, prefix)
        raise _unsupported(exc) from None
    yield PasskeyPool(pool, relying_party)
    _delete_domain(cognito, pool, prefix)


def _unsupported(exc: ClientError) -> AssertionError:
    code = exc.response.get("Error", {}).get("Code")
    return AssertionError(f"the passkey pool could not be given its relying party ({exc.operation_name} answered {code})")


def _delete_domain(cognito, pool: Pool, prefix: str) -> None:
    try:  # a pool with a domain cannot be deleted: the domain goes first
        cognito.delete_user_pool_domain(UserPoolId=pool.id, Domain=prefix)
    except Exception as exc:  # the provisioner reports the pool it then cannot delete
        warnings.warn(f"the passkey pool's domain {prefix} could not be deleted: {exc}", stacklevel=1)


@given("a user pool where users may sign in with a passkey", target_fixture="cognito_user_pool")
def _(cognito_passkey_pool):
    return cognito_passkey_pool.pool


@then(phrase("the registration options name the pool's relying party, the user, a challenge and the key types"))
def _(cognito_outcome, cognito_passkey_pool):
    assert cognito_outcome.ok, f"StartWebAuthnRegistration failed: {cognito_outcome.describe()}"
    options = cognito_outcome.response.get("CredentialCreationOptions")
    assert isinstance(options, dict), f"CredentialCreationOptions is not a JSON object: {type(options).__name__}"
    missing = [m for m in ("rp", "user", "challenge", "pubKeyCredParams") if not options.get(m)]
    assert not missing, f"CredentialCreationOptions lacks {missing}; it has {sorted(options)}"
    assert options["rp"].get("id") == cognito_passkey_pool.relying_party, (
        f"rp.id is {options['rp'].get('id')!r}, not the pool's relying party {cognito_passkey_pool.relying_party!r}")
    assert options["user"].get("id") and options["user"].get("name"), f"user has {sorted(options['user'])}"
    assert isinstance(options["pubKeyCredParams"], list), "pubKeyCredParams is not a list"
