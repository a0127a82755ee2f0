"""The suite's clean-up removes a pool protected against deletion, as real Cognito requires: DeleteUserPool
refused with InvalidParameterException until UpdateUserPool makes DeletionProtection INACTIVE (Developer
Guide, "User pool deletion protection"). moto ignores the protection, so a model of the documented
behaviour stands in for Cognito here."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

from cognito_conformance.pools import Provisioner
from cognito_conformance.settings_configurations import OWN_POOLS
from cognito_conformance.sweep import sweep_pools


class InvalidParameterException(Exception):
    pass


class ProtectingCognito:
    """Just enough of cognito-idp: pools that refuse deletion while protected."""

    def __init__(self) -> None:
        self.exceptions = SimpleNamespace(InvalidParameterException=InvalidParameterException)
        self.pools: dict[str, dict] = {}

    def create_user_pool(self, **request):
        pool_id = f"us-east-1_p{len(self.pools)}"
        self.pools[pool_id] = {"Id": pool_id, "Name": request["PoolName"], "CreationDate": request.get("created"),
                               "UserPoolTags": request.get("UserPoolTags", {}),
                               "DeletionProtection": request.get("DeletionProtection", "INACTIVE")}
        return {"UserPool": self.pools[pool_id]}

    def update_user_pool(self, UserPoolId, DeletionProtection="INACTIVE", **_):
        self.pools[UserPoolId]["DeletionProtection"] = DeletionProtection

    def delete_user_pool(self, UserPoolId):
        if self.pools[UserPoolId]["DeletionProtection"] == "ACTIVE":
            raise InvalidParameterException("protected")
        del self.pools[UserPoolId]

    def describe_user_pool(self, UserPoolId):
        return {"UserPool": self.pools[UserPoolId]}

    def get_paginator(self, name):
        assert name == "list_user_pools"
        return SimpleNamespace(paginate=lambda **_: [{"UserPools": list(self.pools.values())}])


def test_the_provisioners_cleanup_removes_a_protected_pool():
    cognito = ProtectingCognito()
    provisioner = Provisioner(cognito, "cc-20260101000000abcd-gw0", {})
    provisioner.pool(OWN_POOLS["deletion protection"])
    assert [p["DeletionProtection"] for p in cognito.pools.values()] == ["ACTIVE"]
    assert provisioner.cleanup() == []
    assert cognito.pools == {}


CREATED = datetime(2020, 1, 1, 0, 1, tzinfo=timezone.utc)
OURS = {"cognito-conformance-run": "20200101000000abcd", "cognito-conformance-creator": "arn:aws:iam::1:user/ci"}


def test_the_sweep_removes_a_protected_pool_a_crashed_run_left():
    cognito = ProtectingCognito()
    cognito.create_user_pool(PoolName="cc-20200101000000abcd-gw0-protected", DeletionProtection="ACTIVE",
                             UserPoolTags=OURS, created=CREATED)
    result = sweep_pools(cognito, timedelta(hours=1), "arn:aws:iam::1:user/ci")
    assert result.deleted == ["pool cc-20200101000000abcd-gw0-protected"]
    assert cognito.pools == {}


def test_the_sweep_never_touches_a_protected_pool_it_cannot_prove_the_suites():
    """Issue 18, finding 1: a team's protected pool named like a run's stays, protection and all."""
    cognito = ProtectingCognito()
    cognito.create_user_pool(PoolName="cc-20250301090000c0de-billing", DeletionProtection="ACTIVE",
                             created=datetime(2025, 3, 1, 9, 0, 30, tzinfo=timezone.utc))
    cognito.create_user_pool(PoolName="cc-20200101000000abcd-gw0-standard", DeletionProtection="ACTIVE",
                             UserPoolTags={**OURS, "cognito-conformance-creator": "arn:aws:iam::1:user/someone"},
                             created=CREATED)
    result = sweep_pools(cognito, timedelta(hours=1), "arn:aws:iam::1:user/ci")
    assert result.deleted == [] and len(result.unproven) == 2
    assert [p["DeletionProtection"] for p in cognito.pools.values()] == ["ACTIVE", "ACTIVE"]
