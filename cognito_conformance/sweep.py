"""Remove what crashed runs left behind: pools and users named for a run, older than a minimum age.

Only names decide (``cc-<YYYYmmddHHMMSS><4 hex>-...``, the run id starting with its UTC start time)
and age: a run younger than ``min_age`` may still be going, so it is left alone.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from .pools import delete_pool

RUN_NAME = re.compile(r"^cc-(?P<stamp>\d{14})[0-9a-f]{4}-")


def run_start(name: str) -> datetime | None:
    """When the run that named ``name`` started, or None if no run of this suite named it."""
    match = RUN_NAME.match(name)
    if not match:
        return None
    return datetime.strptime(match["stamp"], "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc)


def _old(name: str, min_age: timedelta, now: datetime) -> bool:
    started = run_start(name)
    return started is not None and started <= now - min_age


def sweep_pools(cognito, min_age: timedelta, now: datetime | None = None) -> list[str]:
    """Delete the suite's pools older than ``min_age`` (with their domains); return their names."""
    now = now or datetime.now(timezone.utc)
    swept = []
    for page in cognito.get_paginator("list_user_pools").paginate(MaxResults=60):
        for pool in page["UserPools"]:
            if not _old(pool["Name"], min_age, now):
                continue
            domain = cognito.describe_user_pool(UserPoolId=pool["Id"])["UserPool"].get("Domain")
            if domain:
                cognito.delete_user_pool_domain(Domain=domain, UserPoolId=pool["Id"])
            delete_pool(cognito, pool["Id"])  # also one protected against deletion
            swept.append(pool["Name"])
    return swept


def sweep_users(cognito, pool_id: str, min_age: timedelta, now: datetime | None = None) -> list[str]:
    """Delete the suite's users older than ``min_age`` from a pool it did not create; return their names."""
    now = now or datetime.now(timezone.utc)
    swept = []
    for page in cognito.get_paginator("list_users").paginate(UserPoolId=pool_id, Filter='username ^= "cc-"'):
        for user in page["Users"]:
            if _old(user["Username"], min_age, now):
                cognito.admin_delete_user(UserPoolId=pool_id, Username=user["Username"])
                swept.append(user["Username"])
    return swept
