"""Remove what crashed runs left behind, and only what the suite can prove it created.

A name is not proof: anyone may name a pool or user ``cc-<YYYYmmddHHMMSS><4 hex>-...``. The sweep
deletes

* a pool only when its name carries a run id, its ``cognito-conformance-run`` tag is that run id, its
  ``cognito-conformance-creator`` tag is the identity sweeping now, and it was created in the run's
  time; a pool protected against deletion that fails any of these is never touched;
* a Lambda trigger function (``cc-<run id>-<worker>-<Trigger>``) or its log group (``/aws/lambda/<function>``)
  only when, like a pool, its run tag, its creator tag and its creation time fit the run its name carries
  (the suite tags both when it creates them; it creates no IAM role on AWS, so none is swept);
* a user of a team's pool only when its username (or, on an email-as-username pool whose usernames
  are UUIDs, its email address) carries a run id in any capitals, its ``UserCreateDate`` falls in that
  run's time, and its email address (if it has one) is at the suite's email domain.

Everything else that looks like the suite's is listed as unproven, never deleted; a name whose run id
is not a real time is skipped with a line. A run younger than ``min_age`` may still be going.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from .pools import delete_pool

RUN_NAME = re.compile(r"^cc-(?P<stamp>\d{14})(?P<hex>[0-9a-f]{4})-", re.IGNORECASE)
#: How long after its run id's time a run may still be creating things (a long, paced run on AWS).
LONGEST_RUN = timedelta(hours=24)
#: Clocks of this machine and of Cognito may disagree a little.
CLOCK_SKEW = timedelta(minutes=5)
RUN_TAG = "cognito-conformance-run"
CREATOR_TAG = "cognito-conformance-creator"
#: Every capitalization of the prefix: ListUsers' ``^=`` filter tells capitals apart.
PREFIXES = ("cc-", "cC-", "Cc-", "CC-")


class MalformedRunName(ValueError):
    """A name shaped like a run's whose run id is not a real time (``cc-20241399000000abcd-x``)."""


def run_id(name: str) -> str | None:
    """The run id a name carries (lower-cased), or None if it carries none."""
    match = RUN_NAME.match(name)
    return f"{match['stamp']}{match['hex']}".lower() if match else None


def run_start(name: str) -> datetime | None:
    """When the run that named ``name`` started, or None if it carries no run id.
    Raises MalformedRunName when the id's time is not a real one."""
    match = RUN_NAME.match(name)
    if not match:
        return None
    try:
        return datetime.strptime(match["stamp"], "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc)
    except ValueError:
        raise MalformedRunName(f"{name!r}: its run id {match['stamp']} is not a time") from None


def fits_run(created: datetime | None, started: datetime) -> bool:
    """Whether something created at ``created`` can have been made by a run started at ``started``."""
    if created is None:
        return False
    if created.tzinfo is None:
        created = created.replace(tzinfo=timezone.utc)
    return started - CLOCK_SKEW <= created <= started + LONGEST_RUN


@dataclass
class SweepResult:
    """What a sweep deleted, what it left because it could not prove the suite made it, and why."""

    deleted: list[str] = field(default_factory=list)
    unproven: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        return ([f"  deleted {name}" for name in self.deleted]
                + [f"  left (not proven the suite's): {line}" for line in self.unproven]
                + [f"  skipped: {line}" for line in self.skipped])


def _age_ok(started: datetime, min_age: timedelta, now: datetime) -> bool:
    return started <= now - min_age


def sweep_pools(cognito, min_age: timedelta, creator: str, now: datetime | None = None) -> SweepResult:
    """Delete the suite's pools older than ``min_age`` that ``creator`` made (with their domains)."""
    now = now or datetime.now(timezone.utc)
    result = SweepResult()
    for page in cognito.get_paginator("list_user_pools").paginate(MaxResults=60):
        for pool in page["UserPools"]:
            name = pool["Name"]
            try:
                started = run_start(name)
            except MalformedRunName as bad:
                result.skipped.append(f"pool {pool['Id']}: {bad}")
                continue
            if started is None or not _age_ok(started, min_age, now):
                continue
            described = cognito.describe_user_pool(UserPoolId=pool["Id"])["UserPool"]
            why = _pool_unproven(described, name, creator, started)
            if why:
                result.unproven.append(f"pool {name} ({pool['Id']}): {why}")
                continue
            if described.get("Domain"):
                cognito.delete_user_pool_domain(Domain=described["Domain"], UserPoolId=pool["Id"])
            delete_pool(cognito, pool["Id"])  # the suite's own: also one it protected against deletion
            result.deleted.append(f"pool {name}")
    return result


def _pool_unproven(described: dict, name: str, creator: str, started: datetime) -> str | None:
    """Why a pool named for a run is not proven the suite's, or None when it is."""
    return _unproven(described.get("UserPoolTags") or {}, described.get("CreationDate"), name, creator, started)


def _unproven(tags: dict, created: datetime | None, name: str, creator: str, started: datetime) -> str | None:
    """Why something named for a run (a pool, a trigger function, its log group) is not proven the suite's:
    its run tag, its creator tag and its creation time must all fit the run its name carries."""
    if tags.get(RUN_TAG, "").lower() != run_id(name):
        return f"its {RUN_TAG} tag is {tags.get(RUN_TAG)!r}, not the run id its name carries"
    if tags.get(CREATOR_TAG) != creator:
        return f"its {CREATOR_TAG} tag is {tags.get(CREATOR_TAG)!r}, not the identity sweeping ({creator})"
    if not fits_run(created, started):
        return f"created {created}, not in the time of run {run_id(name)}"
    return None


#: Where Lambda writes a function's output (and where the suite creates its functions' log groups).
LAMBDA_LOG_GROUPS = "/aws/lambda/"


def _started(name: str, label: str, result: SweepResult, min_age: timedelta, now: datetime) -> datetime | None:
    """When the run a name carries started, if it is old enough to sweep; None otherwise (a bad id noted)."""
    try:
        started = run_start(name)
    except MalformedRunName as bad:
        result.skipped.append(f"{label}: {bad}")
        return None
    return started if started is not None and _age_ok(started, min_age, now) else None


def sweep_trigger_functions(lambda_client, logs_client, min_age: timedelta, creator: str,
                            now: datetime | None = None) -> SweepResult:
    """Delete the suite's trigger functions (``cc-<run id>-<worker>-<Trigger>``) and their log groups
    (``/aws/lambda/<function>``) older than ``min_age`` that ``creator`` made: each proven by its run and
    creator tags (the suite tags both when it creates them) and its creation time. Roles are never swept:
    the suite creates none on AWS."""
    now = now or datetime.now(timezone.utc)
    result = SweepResult()
    for page in lambda_client.get_paginator("list_functions").paginate():
        for function in page["Functions"]:
            name = function["FunctionName"]
            started = _started(name, f"function {name}", result, min_age, now)
            if started is None:
                continue
            tags = lambda_client.list_tags(Resource=function["FunctionArn"]).get("Tags") or {}
            why = _unproven(tags, _lambda_time(function.get("LastModified")), name, creator, started)
            if why:
                result.unproven.append(f"function {name}: {why}")
                continue
            lambda_client.delete_function(FunctionName=name)
            result.deleted.append(f"function {name}")
    for prefix in PREFIXES:
        pages = logs_client.get_paginator("describe_log_groups").paginate(logGroupNamePrefix=LAMBDA_LOG_GROUPS + prefix)
        for page in pages:
            for group in page["logGroups"]:
                group_name = group["logGroupName"]
                name = group_name[len(LAMBDA_LOG_GROUPS):]
                started = _started(name, f"log group {group_name}", result, min_age, now)
                if started is None:
                    continue
                tags = logs_client.list_tags_log_group(logGroupName=group_name).get("tags") or {}
                created = (datetime.fromtimestamp(group["creationTime"] / 1000, timezone.utc)
                           if group.get("creationTime") else None)
                why = _unproven(tags, created, name, creator, started)
                if why:
                    result.unproven.append(f"log group {group_name}: {why}")
                    continue
                logs_client.delete_log_group(logGroupName=group_name)
                result.deleted.append(f"log group {group_name}")
    return result


def _lambda_time(text: str | None) -> datetime | None:
    """Lambda's LastModified as a time: "2026-12-07T05:45:30.000+0000" (AWS), with any fraction, "Z" or "+00:00"."""
    match = re.match(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.\d+)?(Z|[+-]\d\d:?\d\d)?$", text or "")
    if not match:
        return None
    offset = (match[2] or "Z").replace(":", "")
    zone = timezone.utc if offset == "Z" else timezone(
        (1 if offset[0] == "+" else -1) * timedelta(hours=int(offset[1:3]), minutes=int(offset[3:5])))
    return datetime.strptime(match[1], "%Y-%m-%dT%H:%M:%S").replace(tzinfo=zone)


def _users_named_for_runs(cognito, pool_id: str):
    """Every user whose username or email starts with ``cc-`` in any capitals (each once)."""
    seen = set()
    for attribute in ("username", "email"):
        for prefix in PREFIXES:
            pages = cognito.get_paginator("list_users").paginate(UserPoolId=pool_id,
                                                                 Filter=f'{attribute} ^= "{prefix}"')
            for page in pages:
                for user in page["Users"]:
                    if user["Username"] not in seen:
                        seen.add(user["Username"])
                        yield user


def _email(user: dict) -> str | None:
    return next((a["Value"] for a in user.get("Attributes", []) if a["Name"] == "email"), None)


def user_proof(user: dict, email_domain: str, min_age: timedelta, now: datetime) -> tuple[str, str | None]:
    """('delete' | 'young' | 'unproven' | 'skip' | 'other', why) for one user of a team's pool."""
    username, email = user["Username"], _email(user)
    named = username if run_id(username) else (email if email and run_id(email) else None)
    if named is None:
        return "other", None
    try:
        started = run_start(named)
    except MalformedRunName as bad:
        return "skip", str(bad)
    if not _age_ok(started, min_age, now):
        return "young", None
    if not fits_run(user.get("UserCreateDate"), started):
        return "unproven", f"created {user.get('UserCreateDate')}, not in the time of run {run_id(named)}"
    if email is not None and not email.lower().endswith("@" + email_domain.lower()):
        return "unproven", f"its email address is not at the suite's domain {email_domain}"
    return "delete", None


def sweep_users(cognito, pool_id: str, min_age: timedelta, email_domain: str,
                now: datetime | None = None, proven: set[str] | None = None) -> SweepResult:
    """Delete the suite's users older than ``min_age`` from a pool it did not create. ``proven`` (the
    sweep's guard reads it) receives each username before the call that deletes it."""
    now = now or datetime.now(timezone.utc)
    result = SweepResult()
    proven = proven if proven is not None else set()
    for user in list(_users_named_for_runs(cognito, pool_id)):
        verdict, why = user_proof(user, email_domain, min_age, now)
        username = user["Username"]
        label = username if run_id(username) else f"{username} ({_email(user)})"
        if verdict == "skip":
            result.skipped.append(f"user {why}")
        elif verdict == "unproven":
            result.unproven.append(f"user {label}: {why}")
        elif verdict == "delete":
            proven.add(username)
            cognito.admin_delete_user(UserPoolId=pool_id, Username=username)
            result.deleted.append(f"user {label}")
    return result
