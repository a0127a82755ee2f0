"""Which user pool a scenario runs in, by the configuration it needs.

Each Given publishes the pool as ``cognito_user_pool``; it must come before the people and app clients,
which are taken from it. A pool that needs a setting this run lacks (an SMS role on AWS) skips
the scenario with the reason.
"""

from __future__ import annotations

import pytest
from pytest_bdd import given

from cognito_conformance.configurations import MFA_POOLS, STANDARD_POOL, VERIFY_BEFORE_UPDATE_POOL
from cognito_conformance.pools import MissingSetting

from .grammar import phrase


def provision(provisioner, spec):
    try:
        return provisioner.pool(spec)
    except MissingSetting as why:
        pytest.skip(str(why))


@given(phrase("a user pool where MFA is {mode}"), target_fixture="cognito_user_pool")
def _(mode, cognito_provisioner):
    return provision(cognito_provisioner, STANDARD_POOL if mode == "off" else MFA_POOLS[mode])


@given("a user pool that requires MFA", target_fixture="cognito_user_pool")
def _(cognito_provisioner):
    return provision(cognito_provisioner, MFA_POOLS["required"])


@given("a user pool that keeps the old email address until the new one is verified", target_fixture="cognito_user_pool")
def _(cognito_provisioner):
    return provision(cognito_provisioner, VERIFY_BEFORE_UPDATE_POOL)
