"""A run interrupted while CreateUserPool is under way still deletes that pool (found by its name)."""

from __future__ import annotations

import pytest

from cognito_conformance.configurations import STANDARD_POOL
from cognito_conformance.pools import Provisioner


class InterruptedCognito:
    """The pool is created on the server, then Ctrl-C arrives before the response is read."""

    def __init__(self) -> None:
        self.pools: dict[str, str] = {}

    def create_user_pool(self, PoolName, **_):
        self.pools["eu-west-1_created"] = PoolName
        raise KeyboardInterrupt

    def list_user_pools(self, MaxResults, NextToken=None):
        pools = [{"Id": "eu-west-1_other", "Name": "someone-else"},
                 *({"Id": pool_id, "Name": name} for pool_id, name in self.pools.items())]
        return {"UserPools": pools}

    def delete_user_pool(self, UserPoolId):
        del self.pools[UserPoolId]


def test_a_pool_whose_creation_was_interrupted_is_deleted_at_cleanup():
    cognito = InterruptedCognito()
    provisioner = Provisioner(cognito, "cc-run", {})
    with pytest.raises(KeyboardInterrupt):
        provisioner.pool(STANDARD_POOL)
    assert cognito.pools == {"eu-west-1_created": "cc-run-standard"}
    assert provisioner.cleanup() == []
    assert cognito.pools == {}
