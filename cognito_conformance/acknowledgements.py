"""What a team's pool does beyond the suite's reach, which a run with --allow-writes must be told it may
set off: a ``suite_group`` with an IAM role (its members get that role's credentials through an identity
pool) and Lambda triggers (every sign-up and sign-in of the suite's users invokes the team's functions).

Each stops the run at start with one line, unless acknowledged; acknowledged (or in a read-only run),
the header names it.
"""

from __future__ import annotations

from .settings import ConfigError

#: LambdaConfig keys that are settings, not triggers.
NOT_TRIGGERS = frozenset({"KMSKeyID"})


def triggers(pool: dict) -> list[str]:
    """The Lambda triggers a pool description names (PreSignUp, PreTokenGenerationConfig, ...)."""
    return sorted(name for name, value in (pool.get("LambdaConfig") or {}).items()
                  if value and name not in NOT_TRIGGERS)


def group_role(client, pool_id: str, group: str) -> str | None:
    """The IAM role of the pool's group ``group`` (None without one, or when there is no such group)."""
    try:
        return client.get_group(UserPoolId=pool_id, GroupName=group)["Group"].get("RoleArn")
    except client.exceptions.ResourceNotFoundException:
        return None


def check(settings, client, pool: dict) -> list[str]:
    """Stop the run (ConfigError) on what needs an acknowledgement it lacks; return the header's lines."""
    notes, env, pool_id = [], settings.env_file.path, settings.existing_pool_id
    writes = settings.allow_writes
    if group := settings.env_file.get("suite_group"):
        if role := group_role(client, pool_id, group):
            ack = settings.acknowledge_group_role
            if writes and not ack.value:
                raise ConfigError(f"{env}: suite_group {group!r} of pool {pool_id} has the IAM role {role}: the "
                                  "suite's users put in it get that role's credentials through an identity pool. "
                                  "Set aside a group without a role, or run with --acknowledge-group-role.")
            why = f"acknowledged ({ack.source})" if writes else "no user is added to it without --allow-writes"
            notes.append(f"suite group: {group!r} has the IAM role {role}; {why}")
    if found := triggers(pool):
        ack = settings.acknowledge_triggers
        if writes and not ack.value:
            raise ConfigError(f"{env}: pool {pool_id} has Lambda triggers ({', '.join(found)}): the suite's "
                              "sign-ups and sign-ins would invoke them. Run with --acknowledge-triggers to let "
                              "them run, or point the suite at a pool without triggers.")
        why = (f"the suite's sign-ups and sign-ins invoke them, acknowledged ({ack.source})" if writes
               else "a read-only run signs no one up or in")
        notes.append(f"pool triggers: {', '.join(found)}; {why}")
    return notes
