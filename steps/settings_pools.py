"""Which pool a settings scenario runs in: by sign-in identifiers, sign-up policy, schema, groups, recovery.

On a team's pool (existing-pool mode) each Given first reads the setting from DescribeUserPool and,
if the pool does not have it, skips naming the setting; the pool's own settings are never changed.
"""

from __future__ import annotations

from pytest_bdd import given

from cognito_conformance import settings_configurations as configs, validity
from cognito_conformance.existing_pool import require, suite_pool_only
from cognito_conformance.pools import AppClient, Pool

from .grammar import phrase
from .user_pools import provision

IDENTIFIERS = {"email address": "email", "phone number": "phone_number"}


def _setting(description: dict, path: str):
    value = description
    for key in path.split("."):
        value = (value or {}).get(key)
    return value


def team_pool_has(provisioner, path: str, wanted, holds) -> None:
    """In existing-pool mode, skip unless ``holds(value)`` for the pool's setting at ``path``."""
    if provisioner.existing:
        actual = _setting(provisioner.description, path)
        require(holds(actual), provisioner, f"this pool's {path} is {actual!r}; the scenario needs {wanted}")


@given(phrase("a user pool where users sign in with their {identifier} as the username"),
       target_fixture="cognito_user_pool")
def _(identifier, cognito_provisioner):
    attribute = IDENTIFIERS[identifier]
    if attribute == "phone_number":
        suite_pool_only(cognito_provisioner, "the suite names its users for the run, which a phone number cannot be")
    team_pool_has(cognito_provisioner, "UsernameAttributes", f"[{attribute!r}]", lambda v: v == [attribute])
    spec = configs.EMAIL_USERNAME_POOL if attribute == "email" else configs.PHONE_USERNAME_POOL
    return provision(cognito_provisioner, spec)


@given("a user pool where users may also sign in with their email address and preferred username",
       target_fixture="cognito_user_pool")
def _(cognito_provisioner):
    team_pool_has(cognito_provisioner, "AliasAttributes", "email and preferred_username",
                  lambda v: {"email", "preferred_username"} <= set(v or ()))
    return provision(cognito_provisioner, configs.ALIAS_POOL)


@given(phrase("a user pool whose usernames are case {kind:w}"), target_fixture="cognito_user_pool")
def _(kind, cognito_provisioner):
    sensitive = kind == "sensitive"
    team_pool_has(cognito_provisioner, "UsernameConfiguration.CaseSensitive", sensitive,
                  lambda v: (v if v is not None else True) == sensitive)
    return provision(cognito_provisioner, configs.CASE_POOLS[kind])


@given("a user pool where only administrators create users", target_fixture="cognito_user_pool")
def _(cognito_provisioner):
    team_pool_has(cognito_provisioner, "AdminCreateUserConfig.AllowAdminCreateUserOnly", True, bool)
    return provision(cognito_provisioner, configs.ADMIN_ONLY_POOL)


@given("a user pool whose schema has required and constrained attributes", target_fixture="cognito_user_pool")
def _(cognito_provisioner):
    suite_pool_only(cognito_provisioner, "the scenario needs the suite's own schema (custom:code, custom:age, "
                                 "custom:born, dev:custom:tier, name required)")
    return provision(cognito_provisioner, configs.SCHEMA_POOL)


@given("a user pool with groups that carry IAM roles", target_fixture="cognito_user_pool")
def _(cognito_provisioner):
    suite_pool_only(cognito_provisioner, "the scenario needs the suite's own groups readers, editors and plain")
    return provision(cognito_provisioner, configs.GROUPS_POOL)


@given("a user pool where only an administrator recovers accounts", target_fixture="cognito_user_pool")
def _(cognito_provisioner):
    team_pool_has(cognito_provisioner, "AccountRecoverySetting.RecoveryMechanisms", "admin_only",
                  lambda v: [m["Name"] for m in v or ()] == ["admin_only"])
    return provision(cognito_provisioner, configs.ADMIN_RECOVERY_POOL)


@given("a user pool that verifies email addresses automatically", target_fixture="cognito_user_pool")
def _(cognito_provisioner):
    team_pool_has(cognito_provisioner, "AutoVerifiedAttributes", "email", lambda v: "email" in (v or ()))
    return provision(cognito_provisioner, configs.EMAIL_VERIFYING_POOL)


@given("a user pool that verifies nothing automatically", target_fixture="cognito_user_pool")
def _(cognito_provisioner):
    team_pool_has(cognito_provisioner, "AutoVerifiedAttributes", "none", lambda v: not v)
    return provision(cognito_provisioner, configs.NOTHING_VERIFIED_POOL)


@given("a user pool created with only its name", target_fixture="cognito_user_pool")
def _(cognito_provisioner):
    """A pool of the suite's own whose every setting is Cognito's default (one per run, shared)."""
    suite_pool_only(cognito_provisioner, "the scenario needs a user pool created with only its name, which the "
                                         "suite never creates beside a pool it did not create")
    return provision(cognito_provisioner, configs.NAME_ONLY_POOL)


@given(phrase("a new user pool with {which}"), target_fixture="cognito_user_pool")
def _(which, cognito, cognito_provisioner, cognito_scratch_pools, cognito_run_prefix, cognito_run_tags):
    """A pool of the scenario's own (it changes or deletes it), never made in a team's account."""
    suite_pool_only(cognito_provisioner, "the scenario creates a user pool of its own, which the suite never "
                                         "does beside a pool it did not create")
    spec = configs.OWN_POOLS[which]
    name = f"{cognito_run_prefix}-{spec.key}"
    validity.refuse(validity.check_pool(spec, name=name))  # as the provisioner does: never send what Cognito refuses
    pool_id = cognito.create_user_pool(**spec.create_request(name, cognito_run_tags))["UserPool"]["Id"]
    cognito_scratch_pools.append(pool_id)
    clients = {}
    for client in spec.clients:
        created = cognito.create_user_pool_client(**client.create_request(pool_id, f"{name}-{client.key}"))
        clients[client.key] = AppClient(pool_id, created["UserPoolClient"]["ClientId"], client)
    return Pool(pool_id, name, spec, clients)


RECOVERY_NAMES = {"email address": "verified_email", "phone number": "verified_phone_number"}


@given(phrase("a user pool that recovers accounts by the {first} first, then by the {second}"),
       target_fixture="cognito_user_pool")
def _(first, second, cognito_provisioner):
    wanted = [RECOVERY_NAMES[first], RECOVERY_NAMES[second]]
    team_pool_has(cognito_provisioner, "AccountRecoverySetting.RecoveryMechanisms", f"{wanted} in priority order",
                  lambda v: [m["Name"] for m in sorted(v or (), key=lambda m: m["Priority"])] == wanted)
    return provision(cognito_provisioner, configs.RECOVERY_ORDER_POOLS[(first, second)])


@given("a user pool with its own verification messages", target_fixture="cognito_user_pool")
def _(cognito_provisioner):
    suite_pool_only(cognito_provisioner, "the scenario needs the suite's own verification messages")
    return provision(cognito_provisioner, configs.VERIFICATION_MESSAGES_POOL)
