"""Pool profiles of a team's Lambda triggers (issue 22): which triggers the pool runs, and which event version
its pre token generation trigger gets. Read-only: DescribeUserPool's LambdaConfig."""

from __future__ import annotations

from pytest_bdd import then

from cognito_conformance.triggers import PHRASES, configured, pre_token_version

from .grammar import phrase


def lambda_config(cognito, user_pool) -> dict:
    return cognito.describe_user_pool(UserPoolId=user_pool.id)["UserPool"].get("LambdaConfig") or {}


@then(phrase("the pool runs a {kind:TriggerKind} trigger"))
def _(kind, cognito, cognito_user_pool):
    found = configured(lambda_config(cognito, cognito_user_pool))
    assert PHRASES[kind] in found, f"the pool runs no {kind} trigger: its LambdaConfig names {sorted(found) or 'none'}"


@then(phrase("the pool runs no {kind:TriggerKind} trigger"))
def _(kind, cognito, cognito_user_pool):
    found = configured(lambda_config(cognito, cognito_user_pool))
    assert PHRASES[kind] not in found, f"the pool runs a {kind} trigger: {found[PHRASES[kind]]}"


@then(phrase("the pool's pre token generation trigger gets events of version {version:w}"))
def _(version, cognito, cognito_user_pool):
    actual = pre_token_version(lambda_config(cognito, cognito_user_pool))
    assert actual == version, f"the pool's pre token generation trigger gets {actual or 'nothing (there is none)'}"
